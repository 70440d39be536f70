import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../extractors/common/parse-html';
import { detectPage, kindOfPhrase } from '../extractors/detect';
import { naming } from '../extractors/detect/features';
import { deniesLegal } from '../extractors/detect/phrases';
import { docFromText } from '../extractors/input';
import { classifyDoc, docScoreInput } from '../extractors/kind';
import { badgeOnPage } from './helpers/badge-page';

// Composed English pages that speak of contracts, SLAs and policies without being one (data/detector/README.md):
// a contract tool's landing page, a job ad, a glossary, a changelog, a call for tenders, a trust page, a syllabus …
describe('composed English non-legal pages (data/detector/english-negatives)', () => {
  const dir = join(import.meta.dirname, '../data/detector/english-negatives');
  const pages = readdirSync(dir).filter((n) => /\.(?:md|html)$/.test(n));

  it('has pages of several genres', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pages)('%s is not called legal, whole or as its page sample', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = name.endsWith('.html') ? docFromHtml(text, null) : docFromText(text);
    expect(classifyDoc(doc).isLegal).toBe(false);
    const sample = detectPage({ url: '', title: doc.title ?? '', headings: [], sample: doc.text.slice(0, 4000) });
    expect(sample.isLegal).toBe(false);
    // As the badge reads it on a vendor's page: the title again as the page's <h1>, navigation around the text.
    expect(badgeOnPage(doc)).toBe(false);
  });
});

describe('a project README that lists clause types is about contracts, not one', () => {
  it('"Clause Finder" listing "1. Governing Law … 10. Uncapped Liability" under its own headings is not legal', () => {
    const readme = [
      '# 📄 Clause Finder',
      'Clause Finder is a machine-learning tool that reads contract PDFs and pulls out the answers to common review questions.',
      '### 🔍 What it does',
      'You upload a PDF and the model answers one question per clause type.',
      '## Clause types it looks for',
      [
        '1. Governing Law',
        '2. Cap on Liability',
        '3. Termination for Convenience',
        '4. Renewal Term',
        '5. Notice Period to Terminate Renewal',
        '6. Anti-Assignment',
        '7. License Grant',
        '8. Audit Rights',
        '9. Exclusivity',
        '10. Uncapped Liability',
      ].join('\n'),
      '## 🚀 How it works',
      'Text is split into chunks and each chunk is matched against the questions.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(readme)).isLegal).toBe(false);
  });
});

describe('an employer’s policies for its staff (an HR handbook) are no vendor policy', () => {
  it('"Time Off and Vacation Policy", "Remote Work Policy", "Company Policies" name no kind; look-alikes: a store’s and a service’s policies do', () => {
    expect(kindOfPhrase('2. Time Off and Vacation Policy')).toBeNull();
    expect(kindOfPhrase('Remote Work Policy')).toBeNull();
    expect(kindOfPhrase('Travel and Expense Policy')).toBeNull();
    expect(kindOfPhrase('Company Policies and Procedures')).toBeNull();
    expect(kindOfPhrase('Cancellation Policy')).toBe('policy');
    expect(kindOfPhrase('Refund and Returns Policy')).toBe('policy');
    expect(kindOfPhrase('Support Policy')).toBe('policy');
    expect(kindOfPhrase('Acceptable Use Policy')).toBe('aup');
  });

  it('a handbook page of leave, remote-work and expense rules is not legal', () => {
    const handbook = [
      '# Company Policies and Procedures',
      '## 1. Handbook Overview',
      'Welcome to the team! This handbook explains how we work together. All employees are expected to read it.',
      '## 2. Time Off and Vacation Policy',
      '- Full-time employees receive 20 vacation days per year.',
      '- Submit a time-off request at least 2 weeks in advance through the HR portal.',
      '- Unused sick days do not roll over.',
      '## 3. Remote Work Policy',
      'Remote work is available to employees who have been with the company for at least 6 months and have manager approval.',
      '## 4. Expense Reimbursement',
      'Submit expenses within 30 days with itemized receipts. Approved expenses are paid within 10 business days.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(handbook)).isLegal).toBe(false);
  });
});

describe('software named by the kind it works on, a quoted heading, an engineering team’s policy', () => {
  it('"Legal Policy Analyzer", "Privacy Policy Generator" deny a title; look-alikes: the documents of an app or a summary box do not', () => {
    expect(deniesLegal('Legal Policy Analyzer 📋')).toBe(true);
    expect(deniesLegal('Privacy Policy Generator')).toBe(true);
    expect(deniesLegal('SLA Tracker for support teams')).toBe(true);
    expect(deniesLegal('Privacy Policy')).toBe(false);
    expect(deniesLegal('Acme Reader Privacy Policy')).toBe(false);
    expect(deniesLegal('Terms of Service Summary')).toBe(false);
  });

  it('a blog post whose section heading quotes a question about "these terms of service" is not legal', () => {
    const post = [
      '# You should not have to read the small print',
      'Everyone says to read the small print before agreeing to anything. I think that puts the blame in the wrong place, and in this post I explain why companies get away with it.',
      '## "People who worry about this should just read the terms!"',
      'I can see why someone would say this, but most people simply do not have the hours it takes to read every agreement they click through.',
      '## "But what do these terms of service say that is so bad?"',
      'Plenty. Many streaming services reserve the right to change prices whenever they like, and some make you give up your right to go to court through arbitration clauses.',
      '## What you can do',
      'Use tools that summarise terms, support consumer groups, and tell companies you care about fair terms.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(post)).isLegal).toBe(false);
    // Look-alike: terms whose own section asks the question, unquoted, stay terms.
    const terms = [
      '# Terms of Service',
      'These Terms of Service govern your use of the Quillby app. By using the app you agree to these terms.',
      '## Who do these terms of service apply to?',
      'These terms apply to every user. You must be 18 or older. We may suspend your account if you breach these terms.',
      '## Governing law',
      'These terms are governed by the laws of Ireland.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(terms))).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('"Error Budget Policy" names no vendor policy; look-alike: "Service Credit Policy" does', () => {
    expect(kindOfPhrase('Error Budget Policy')).toBeNull();
    expect(kindOfPhrase('On-call Policy')).toBeNull();
    expect(kindOfPhrase('Service Credit Policy')).toBe('policy');
  });
});

describe('a decision record, a project’s SECURITY.md and a course’s policies are no vendor documents', () => {
  it('an architecture decision record titled "Data Retention Policy" is not legal; look-alike: a vendor’s retention policy is', () => {
    const adr = [
      '# 5. Data Retention Policy',
      '## Status',
      'Accepted',
      '## Context',
      'We store application data, uploaded files and audit logs. Regulations require that personal data is kept no longer than necessary, and storage costs grow every month.',
      '## Decision',
      'We will delete submitted applications 28 days after a decision and keep audit logs for one year. A nightly job removes expired records.',
      '## Consequences',
      'Support staff cannot recover applications after 28 days. We must tell users how long we keep their data.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(adr)).isLegal).toBe(false);
    // Its sections deny the legal reading, as a README's do.
    expect(naming(docScoreInput(docFromText(adr))).headingDenied).toBe(true);
    const vendor = [
      '# Data Retention Policy',
      'This Data Retention Policy explains how long Cobbleway keeps Customer Data after the end of a subscription.',
      '## Retention periods',
      'We retain Customer Data for thirty (30) days after termination, after which it is deleted from our systems. Backups are deleted within ninety (90) days.',
      '## Your rights',
      'You may request export of your data before the end of the retention period. We shall comply with applicable data protection law.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(vendor))).toMatchObject({ isLegal: true, kind: 'policy' });
    expect(naming(docScoreInput(docFromText(vendor))).headingDenied).toBe(false);
  });

  it('a repository’s security policy ("Supported Versions", "Reporting a Vulnerability") is not legal', () => {
    const security = [
      '# Security Policy / سياسة الأمان',
      '## Supported Versions / الإصدارات المدعومة',
      '| Version | Supported |',
      '| ------- | --------- |',
      '| 2.x | yes |',
      '| 1.x | no |',
      '## Reporting a Vulnerability / الإبلاغ عن ثغرة أمنية',
      'Please do not open a public issue. Email security@example.org with the details and steps to reproduce. We will acknowledge your report within 48 hours and keep you informed of the fix.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(security)).isLegal).toBe(false);
    expect(naming(docScoreInput(docFromText(security))).headingDenied).toBe(true);
  });

  it('"Attendance & late policy" names no vendor policy; look-alike: "Late Payment Policy" does', () => {
    expect(kindOfPhrase('Attendance & late policy')).toBeNull();
    expect(kindOfPhrase('Academic Integrity Policy')).toBeNull();
    expect(kindOfPhrase('Late Payment Policy')).toBe('policy');
  });
});

describe('a team’s SLA measures and a price list’s support tiers are no vendor SLA', () => {
  const page = (title: string) => `# ${title}

## First response time

| Priority | Target | Measured |
|---|---|---|
| P1 — Critical | 15 minutes | from ticket creation to first human response |
| P2 — High | 1 hour | from ticket creation to first human response |
| P3 — Medium | 4 hours | from ticket creation to first human response |

## Breaches

At 75% of the target the assigned agent is warned; at 100% the ticket goes to the team lead and is logged for SLA reporting. VIP customers move up one priority level.`;
  it('"SLA Targets" and "Support Tiers & SLA Packages" head internal targets and a price list', () => {
    expect(classifyDoc(docFromText(page('SLA Targets'))).isLegal).toBe(false);
    expect(classifyDoc(docFromText(page('Support Tiers & SLA Packages'))).isLegal).toBe(false);
    expect(naming(docScoreInput(docFromText(page('SLA Targets')))).titleDenied).toBe(true);
  });
  it('look-alike: a title that names the agreement ("Support Service Level Agreement") is not denied', () => {
    expect(naming(docScoreInput(docFromText(page('Support Service Level Agreement')))).titleDenied).toBe(false);
  });
});

describe('the card of a dataset or a model is documentation, not the contracts it holds', () => {
  const page = (title: string) => `# ${title}

## Dataset Summary

The corpus holds 510 commercial agreements. Each contract is labelled for clauses such as "Governing Law", "Cap on Liability" and "Renewal Term". The Licensee shall not assign this Agreement; the parties agree that either party may terminate this Agreement upon sixty (60) days' written notice.

## Languages

English.`;
  it('"Dataset Card for …" and "Model Card" deny the kind their clauses name', () => {
    expect(naming(docScoreInput(docFromText(page('Dataset Card for ClauseBank')))).titleDenied).toBe(true);
    expect(naming(docScoreInput(docFromText(page('Model Card: Contract Clause Tagger')))).titleDenied).toBe(true);
  });
  it('look-alike: a card that is a product ("Payment Card Terms of Service") is not denied', () => {
    expect(naming(docScoreInput(docFromText(page('Payment Card Terms of Service')))).titleDenied).toBe(false);
  });
});
