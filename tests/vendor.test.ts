import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractVendor, shortName } from '../extractors/vendor';

describe('extractVendor', () => {
  it('reads the party name, not the place it is incorporated in', () => {
    const text = `Distribution Agreement\nThis Agreement is made by and between Halvard Devices, Inc., a Delaware corporation ("Supplier"), and Ostra Pty Ltd, an Australian company ("Distributor").\nHalvard shall ship the Products. Halvard's prices may change.`;
    expect(extractVendor(docFromText(text))).toBe('Halvard');
  });

  it('reads a brand that starts like a month ("Marlo", "Octavo")', () => {
    const text = `# Marlo Master Services Agreement\n\nThis Agreement is between Marlo Engineering S.A., a company organised under the laws of Switzerland ("Marlo"), and Client.\nMarlo shall perform the Services. Marlo's liability is limited.`;
    expect(extractVendor(docFromText(text))).toBe('Marlo');
    const other = `Octavo (“Provider”) provides the Platform to the Customer.\nOctavo will respond within one business day. Octavo’s liability is limited.`;
    expect(extractVendor(docFromText(other))).toBe('Octavo');
  });

  it('reads an order form header line "Provider: X", not "Customer: Y"', () => {
    const text = `IRONVALE ORDER FORM\nProvider: Ironvale Corp.\nCustomer: Acme Widgets Inc.\nSubscription Term: 36 months.`;
    expect(extractVendor(docFromText(text))).toBe('Ironvale');
    const customerOnly = `ORDER FORM\nCustomer: Acme Widgets Inc.\nSubscription Term: 36 months.`;
    expect(extractVendor(docFromText(customerOnly))).toBeNull();
    // A sentence that begins with the role is not a header line.
    const sentence = `Supplier: The Supplier shall deliver the goods within 30 days.`;
    expect(extractVendor(docFromText(sentence))).toBeNull();
  });

  it('prefers the short form the preamble defines for a longer name', () => {
    const text = `# Lintang Cloud Services Agreement\n\nThis Agreement is effective as of 1 August 2025 between Lintang Cloud Pte. Ltd. ("Lintang") and the Customer.\nLintang targets availability of 99.9%. The aggregate liability of Lintang shall not exceed the Fees.`;
    expect(extractVendor(docFromText(text))).toBe('Lintang');
    // An alias that is not a prefix of the name stays a separate candidate.
    const other = `# Acme Cloud Services Agreement\n\nThis Agreement is between Acme Cloud GmbH ("Provider") and the Customer.\nAcme Cloud shall provide the Services. Acme Cloud's liability is limited.`;
    expect(extractVendor(docFromText(other))).toBe('Acme Cloud');
  });

  it('does not take a defined-term acronym for the vendor', () => {
    const text = `# Cloudvane Storage Service Level Agreement\n\nDuring the Term, the Covered Service will provide a Monthly Uptime Percentage as follows (the "Service Level Objective" or "SLO"). If Cloudvane does not meet the SLO, Customer will be eligible to receive Financial Credits. Cloudvane will credit future bills.`;
    expect(extractVendor(docFromText(text))).toBe('Cloudvane');
  });

  it('reads a defined provider party', () => {
    const text = `Effective Date: 1 March 2025\nKarmo (“Provider”) agrees to provide the following services to the Customer.\nKarmo will respond to support requests within one business day. Karmo’s liability is limited.`;
    expect(extractVendor(docFromText(text))).toBe('Karmo');
  });

  it('reads the short alias from a hereinafter list, dropping the corporate name', () => {
    const text = `Support Policy\nThis Support Policy governs services provided by Tellwise Technologies (SMC-Pvt.) Ltd., a company incorporated in Pakistan (hereinafter referred to as "Tellwise", "Company", "we" or "us") to any customer (hereinafter "Customer").\nTellwise shall respond to tickets promptly.`;
    expect(extractVendor(docFromText(text))).toBe('Tellwise');
  });

  it('reads a company name with a legal suffix and a role alias', () => {
    const text = `This Agreement is made between Brightloom, Inc. ("Company", "we") and you.\nBrightloom may update this Agreement. Brightloom's services are provided as is.`;
    expect(extractVendor(docFromText(text))).toBe('Brightloom');
  });

  it('reads the title and keeps the document’s own casing', () => {
    const text = `# ZEPHRA TERMS OF SERVICE\n\nThese Terms govern the Zephra Services. Zephra will provide the Services. Customer shall pay Zephra the fees.`;
    expect(extractVendor(docFromText(text))).toBe('Zephra');
    const sla = `# QBX Service Level Agreement\n\nThis SLA governs the QBX Service. If QBX does not meet the commitment, Customer gets a credit.`;
    expect(extractVendor(docFromText(sla))).toBe('QBX');
  });

  it('reads "X and the Customer" and possessives', () => {
    const text = `Subscription Agreement\nBackground\nOrvane has developed software for retailers.\nThe Customer wishes to use Orvane’s services.\nOrvane and the Customer have agreed to these terms.`;
    expect(extractVendor(docFromText(text))).toBe('Orvane');
  });

  it('never returns a generic role or a customer party', () => {
    const text = `Terms of Service\nThe Company (“Provider”) shall provide the Services. Customer shall pay. The Provider will notify Customer. Provider’s liability is limited.`;
    expect(extractVendor(docFromText(text))).toBeNull();
    const customer = `This Agreement is between Provider and Delmont Foods LLC ("Customer"). Customer shall pay.`;
    expect(extractVendor(docFromText(customer))).toBeNull();
  });

  it('returns null without evidence', () => {
    expect(extractVendor(docFromText(''))).toBeNull();
    expect(
      extractVendor(docFromText('Cloud outage knocks businesses offline. The company said it was sorry.')),
    ).toBeNull();
  });

  it('uses the host when the document writes the name', () => {
    const doc = docFromText(
      'Terms\n\nThese terms govern Pindle accounts. Pindle may suspend accounts for abuse. Pindle’s decision is final.',
      {
        url: 'https://www.pindle.io/legal/terms',
      },
    );
    expect(extractVendor(doc)).toBe('Pindle');
  });
});

describe('shortName', () => {
  it('drops corporate forms and generic trailing words', () => {
    expect(shortName('Najoomi Technologies (SMC-Pvt.) Ltd.')).toBe('Najoomi');
    expect(shortName('Omniful Ltd.')).toBe('Omniful');
    expect(shortName('Corvid Systems, Inc.')).toBe('Corvid');
    expect(shortName('Acme Cloud GmbH')).toBe('Acme Cloud');
    expect(shortName('Ltd.')).toBeNull();
    expect(shortName('Company')).toBeNull();
    expect(shortName('March')).toBeNull();
    expect(shortName('Kaigo Systems K.K.')).toBe('Kaigo');
    expect(shortName('PT Nusantara Teknologi Tbk')).toBe('Nusantara Teknologi');
    expect(shortName('PT')).toBeNull();
    expect(shortName('Ptolemy Labs Ltd')).toBe('Ptolemy');
    expect(shortName('Sept.')).toBeNull();
    // A brand that only starts like a month is still a brand.
    expect(shortName('Marlo Engineering S.A.')).toBe('Marlo Engineering');
    expect(shortName('Octopus Energy Ltd')).toBe('Octopus Energy');
    expect(shortName('Novo Systems Inc.')).toBe('Novo');
  });

  it('drops "Information Technology" as one generic phrase, but keeps a brand "Information"', () => {
    expect(shortName('Raqam Information Technology Company')).toBe('Raqam');
    expect(shortName('Raqam Information Technologies LLC')).toBe('Raqam');
    expect(shortName('Acme Information Ltd.')).toBe('Acme Information');
  });
});
