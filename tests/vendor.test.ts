import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../extractors/common/parse-html';
import { withTrace } from '../extractors/common/trace';
import { docFromText } from '../extractors/input';
import { extractVendor, shortName } from '../extractors/vendor';
import { manySubjects } from '../scripts/lib/hostile';

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

describe('extractVendor: preamble and title shapes', () => {
  it('does not take an acronym the document defines for its own words', () => {
    const text = `Service Level Terms\nThese terms apply to the Master Order Form (“MOF”) signed between the Tarnvik entity shown on the MOF (“Company”) and the customer.\nCompany shall meet the targets below.`;
    expect(extractVendor(docFromText(text))).toBe('Tarnvik');
  });

  it('reads a party described by its company register, UK style, before its role', () => {
    const parties = (supplier: string) =>
      `SERVICES AGREEMENT\n\nPARTIES\n(1) ${supplier}, incorporated and registered in England and Wales with company number 07654321 whose registered office is at 4 Dock Road, Leeds LS1 4AB ("Supplier"); and\n(2) the customer named in the Order Form ("Customer").\n\nThe Supplier shall provide the Services.`;
    expect(extractVendor(docFromText(parties('Brackenfold Cloud Limited')))).toBe('Brackenfold Cloud');
    expect(extractVendor(docFromText(parties('Marrowgate Digital Ltd')))).toBe('Marrowgate');
    // Look-alike: the customer described the same way is not the vendor.
    const customer = `SERVICES AGREEMENT\n\n(1) Ovenden Retail Limited, a company incorporated in Scotland with registered number SC123456 ("Customer"); and\n(2) the supplier named in Schedule 1 ("Supplier").\n\nThe Supplier shall provide the Services.`;
    expect(extractVendor(docFromText(customer))).toBeNull();
  });

  it('does not take a role the preamble defines from a common noun for a name (rule vendor/roleTerm)', () => {
    // The title's first word is the counterparty's role, defined in the preamble from a common noun.
    const terms = (title: string, role: string, who: string) =>
      `# ${title}\n\nThese ${title} ("Terms") are made between Tolvane Systems (Private) Limited, a company incorporated in Pakistan ("Tolvane"), and ${who} ("${role}").\n\n## 1. Services\n\nThe ${role} shall keep its account secure. Tolvane may change the Services.\n\n## 2. Fees\n\nTolvane may change its fees on 30 days' notice. The ${role} shall pay within 15 days.`;
    expect(
      extractVendor(
        docFromText(terms('Merchant Services Terms and Conditions', 'Merchant', 'the merchant that accepts them')),
      ),
    ).toBe('Tolvane');
    expect(extractVendor(docFromText(terms('Creator Program Terms', 'Creator', 'each creator who enrols')))).toBe(
      'Tolvane',
    );
    // Look-alike: a capitalised party name before its alias is still the vendor, even where its alias is an ordinary word.
    const named = `Hosting Terms\n\nThese Hosting Terms are made between Harbour Cloud Limited ("Harbour") and the customer ("Customer").\n\nHarbour shall host the Services. Harbour's fees apply.`;
    expect(extractVendor(docFromText(named))).toBe('Harbour');
  });

  it('a capitalised role after "the" and before a description is a role too ("the Seller identified on it")', () => {
    const text = `Standard Listing Contract\n\nThis Standard Listing Contract ("Contract") governs your purchase of the item shown on its listing, sold by the Seller identified on that listing ("Seller"). This Contract is between you and the Seller. Seller grants you the item. Seller makes no warranty. Seller may cancel. Seller will ship.`;
    expect(extractVendor(docFromText(text))).toBeNull();
    // Look-alike: "the Quillon Group (“Quillon”)" is a name: a capital follows it.
    const group = `Terms\n\nThese Terms are made with the Quillon Group ("Quillon"). Quillon shall host the Services. Quillon may change them.`;
    expect(extractVendor(docFromText(group))).toBe('Quillon');
  });

  it('a platform the contract says is not a party to it is not its vendor (rule vendor/notAParty)', () => {
    const text = (clause: string) =>
      `# Standard Listing Terms\n\nThese terms govern your purchase from the seller of a listing ("you" buy, the seller sells). ${clause} Maplestone operates the marketplace. Maplestone will host the listing. Maplestone's fees are paid by sellers. Maplestone may remove listings.`;
    expect(extractVendor(docFromText(text('Maplestone Ltd ("Maplestone") is not a party to these terms.')))).toBeNull();
    // Look-alike: a platform that says a third party is not a party stays the vendor.
    expect(extractVendor(docFromText(text('Your bank is not a party to these terms.')))).toBe('Maplestone');
  });

  it('a term defined for "you" names the customer, not the vendor', () => {
    const text =
      'Any plans selected by you (“Deliverables”) are subject to these Terms between you (the “ Advertiser”), and Brightwave Media, LLC (the “Media Company”). The Advertiser will be the “Agency” under the IAB Terms. Advertiser will prepay Brightwave. Advertiser shall supply artwork. Advertiser may cancel a campaign. Advertiser will approve each placement. Brightwave will publish the placements.';
    // The customer's term is no candidate; the provider's own evidence here is too thin to name it.
    expect(extractVendor(docFromText(text))).toBeNull();
    // Look-alike: the provider's own defined term stays its name.
    const own =
      'Media Terms\n\nThese Terms are between Brightwave Media, LLC (“Brightwave”) and you. Brightwave will publish the placements. Brightwave may refuse content.';
    expect(extractVendor(docFromText(own))).toBe('Brightwave');
  });

  it('what the contract says is no legal entity, and those who sign for a party, are not its vendor', () => {
    const text = (clause: string) =>
      `Fiscal Sponsorship Agreement\n\nProject: ________ (“Project”)\n\nThis Fiscal Sponsorship Agreement is made between Larkfield Foundation (“Sponsor”) and the Project Signatories (“Signatories”) on behalf of the Project.\n\n${clause} The Project will follow the policies of the Sponsor. The Project shall keep records. The Signatories shall manage the Project. The Signatories will keep the Sponsor informed.`;
    // The document names no provider of its own: none rather than the project or its signatories.
    expect(extractVendor(docFromText(text('The Project is not a separate legal entity.')))).toBeNull();
    // Look-alike: the provider stays the vendor when something else is said to be no legal entity.
    const acme =
      'Hosting Terms\n\nAcme Cloud Ltd (“Acme”) provides the Service. The Partner Programme is not a separate legal entity. Acme will provide support. Acme shall keep the Service available. Acme may change these terms.';
    expect(extractVendor(docFromText(acme))).toBe('Acme');
  });

  it('reads the aliases of a parenthetical whose quote is left unclosed ("(“Vendor, “we” or “us”)")', () => {
    const text = `# Partner Terms\n\nThese Terms govern your participation in the Program of Trelliant Systems Ltd. (“Vendor, “we” or “us”). Vendor will pay commissions. Vendor may end the Program.`;
    expect(extractVendor(docFromText(text))).toBe('Trelliant');
  });

  it('a title that is another legal page\'s name ("Disclaimer") and a role ("the Host Tenant") name no vendor', () => {
    const disclaimer = `Disclaimer\n\n1. By using this site the client agrees to these terms. Disclaimer applies to every page.`;
    expect(extractVendor(docFromText(disclaimer))).toBeNull();
    const tenant = `Terms and Conditions\n\nPlease read these Terms carefully before using the service operated by the Host Tenant ("us", "we", or "our"). The Host Tenant will bill you monthly. The Host Tenant may suspend accounts.`;
    expect(extractVendor(docFromText(tenant))).toBeNull();
    // Look-alike: a named operator is the vendor.
    const named = tenant.replaceAll('the Host Tenant', 'Orrel Hosting').replaceAll('The Host Tenant', 'Orrel Hosting');
    expect(extractVendor(docFromText(named))).toBe('Orrel Hosting');
  });

  it('reads a title whose parts a middle dot separates ("B2B Subscription Terms · Orrel")', () => {
    const text = `B2B Subscription Terms · Orrel\n\nThese terms govern your subscription. Orrel may suspend accounts that are unpaid.`;
    expect(extractVendor(docFromText(text))).toBe('Orrel');
  });

  it('reads a company whose name a place follows after its company form ("GmbH, Berlin")', () => {
    const text = `# Terms of Use\n\nThe Larkfell platform ("Platform") is provided by Larkfell Systems GmbH, Munich ("we", "us").\n\nWe may update these Terms. You must not misuse the Platform.`;
    expect(extractVendor(docFromText(text))).toBe('Larkfell');
    // Look-alike: a place alone after "provided by" names no vendor.
    const place = `# Terms of Use\n\nThe platform ("Platform") is provided by Munich ("we", "us").\n\nWe may update these Terms.`;
    expect(extractVendor(docFromText(place))).toBeNull();
  });

  it('reads a provider named by its lower-case domain before its aliases (vendor/domainBrand)', () => {
    const text = `# Uptime Commitment\n\nThis commitment describes the availability of tally.dev ("Service", "we", "us") for its paying customers ("you").\n\nWe aim to keep the tally.dev service available 99.9% of each month. If tally.dev misses this, we extend your plan by one week.`;
    expect(extractVendor(docFromText(text))).toBe('tally.dev');
    // Look-alike: a domain before the customer's aliases is the customer's.
    const customer = `# Uptime Commitment\n\nThis commitment applies to the customer at shop.example ("you", "Customer").\n\nWe aim to keep the service available 99.9% of each month.`;
    expect(extractVendor(docFromText(customer))).toBeNull();
  });

  it('reads the name a definition lists beside the provider’s pronouns (vendor/definedWe)', () => {
    const text = `Terms of Service\n\nDefinitions\n\n"Brackwater", "we", "our" and "us" refer to Brackwater and its affiliates.\n\n"You" means the person using the services.\n\nBrackwater may change these terms with notice.`;
    expect(extractVendor(docFromText(text))).toBe('Brackwater');
    // Look-alike: a definition list without the provider's pronouns names a customer or a thing, not the vendor.
    const things = `Terms of Service\n\nDefinitions\n\n"Brackwater", "Account" and "Workspace" refer to the features you use.\n\nYou may close your account.`;
    expect(extractVendor(docFromText(things))).toBeNull();
  });

  it("reads the company a list of the provider's roles and pronouns refers to (vendor/definedWe)", () => {
    const text = `Terms of Service\n\nDefinitions\n\n"Company", "we", "our", or "us" refers to Brightwell Hosting LLC in all of our policies.\n\n"You" means the person using the services.\n\nWe may change these terms with notice.`;
    expect(extractVendor(docFromText(text))).toBe('Brightwell Hosting');
    // Look-alikes: the customer's roles, or a provider's pronouns that refer to a product, not a company.
    const customer = `Terms of Service\n\nDefinitions\n\n"Customer", "you" and "your" refer to Brightwell Hosting LLC customers.\n\nWe may change these terms with notice.`;
    expect(extractVendor(docFromText(customer))).toBeNull();
    const product = `Terms of Service\n\nDefinitions\n\n"Service", "we" and "us" refer to Brightwell Cloud, our hosting platform.\n\nWe may change these terms with notice.`;
    expect(extractVendor(docFromText(product))).toBeNull();
  });

  it('reads a provider role named at once by its company between commas (vendor/roleAppositive)', () => {
    const text = `SCHEDULE 4 – SERVICE LEVELS\n\n1.1 This Schedule sets out the levels which the Contractor, Pelham Managed Services Limited, shall meet for the Council.\n\n2.1 The Contractor shall keep the Service available 99.5% of the time.`;
    expect(extractVendor(docFromText(text))).toBe('Pelham');
    // Look-alike: a role followed by words that are no company ("the Contractor, acting reasonably,") names no one.
    const acting = `SCHEDULE 4 – SERVICE LEVELS\n\n1.1 The Contractor, Acting Reasonably, shall meet the levels below for the Council.\n\n2.1 The Contractor shall keep the Service available 99.5% of the time.`;
    expect(extractVendor(docFromText(acting))).toBeNull();
  });

  it('reads a quoted alias written in Markdown bold', () => {
    const text = `Terms\nThe Platform is provided by Quillmere, a French société par actions simplifiée (“**Quillmere**”). Quillmere may update these Terms. Quillmere’s fees apply.`;
    expect(extractVendor(docFromText(text))).toBe('Quillmere');
  });

  it('reads the brand before a defined document title', () => {
    const text = `**Vantor Business Terms ("Business Terms")**\nThese Business Terms apply to Vantor Products. Vantor may change them. Vantor's decision is final.`;
    expect(extractVendor(docFromText(text))).toBe('Vantor');
  });

  it('reads "between you and X" and a name of two words as a subject', () => {
    const text = `# Terms\n\nThis is a contract between you and Bright Harbor. Bright Harbor makes no warranties. Further, Bright Harbor does not promise results. Bright Harbor's site is provided as is.`;
    expect(extractVendor(docFromText(text))).toBe('Bright Harbor');
  });

  it('reads a labelled provider line with a role alias', () => {
    const text = `Service Level Agreement\nService Provider(s): Kestrel Services Private Limited. ("Provider")\nCustomer: Some Buyer Ltd.\nThe Provider will answer tickets.`;
    expect(extractVendor(docFromText(text))).toBe('Kestrel');
  });

  it('look-alikes: roles, defined terms and document titles are never the vendor', () => {
    // "Disclosing Party", "Document Owner", "Commercial Terms" are what the text calls things.
    const roles = `Confidentiality\nThe Disclosing Party will mark its information. The Disclosing Party may object. The Receiving Party shall protect it. The Receiving Party's duties survive.`;
    expect(extractVendor(docFromText(roles))).toBeNull();
    const owner = `Service Level Agreement\nDocument Owner: Operations Manager\nThe Document Owner will review this SLA yearly. The Document Owner shall keep it current.`;
    expect(extractVendor(docFromText(owner))).toBeNull();
    const distributor = `Distribution Agreement\nThe Distributor shall buy the Products. The Distributor will pay. The Distributor's territory is fixed.`;
    expect(extractVendor(docFromText(distributor))).toBeNull();
  });
});

describe('extractVendor: cost', () => {
  // A page of many different capitalised subjects ("Kabo will …") made every candidate rescan
  // the body. Doubling the page must about double the time (medians; not a wall-clock limit).
  const page = manySubjects; // the same input `npm run bench` doubles (scripts/lib/hostile.ts)
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  const once = (doc: ReturnType<typeof docFromText>) => {
    const t0 = performance.now();
    extractVendor(doc);
    return performance.now() - t0;
  };

  // Retried: on a shared 2-core machine another process can still skew one measurement.
  it('grows linearly with the number of candidates', { retry: 2 }, () => {
    const smallDoc = docFromText(page(1000));
    const largeDoc = docFromText(page(2000));
    for (let k = 0; k < 3; k++) once(smallDoc); // warm-up: regexes compiled, code optimised
    // Interleaved, so a busy moment on the machine slows both sizes alike.
    const smallRuns: number[] = [];
    const largeRuns: number[] = [];
    for (let k = 0; k < 9; k++) {
      smallRuns.push(once(smallDoc));
      largeRuns.push(once(largeDoc));
    }
    const small = median(smallRuns);
    const large = median(largeRuns);
    expect(large / small).toBeLessThanOrEqual(2.3);
  });
});

describe('extractVendor: a name styled in lower case', () => {
  it('reads a lower-case subject that opens a sentence and is never capitalised', () => {
    const text = `# Uptime commitment\n\n1. quillby will use reasonable efforts to keep the quillby servers online.\n2. If the quillby platform is down, you may ask for a credit.`;
    expect(extractVendor(docFromText(text))).toBe('quillby');
  });

  it('look-alikes: ordinary list items, a capitalised word, a word used twice', () => {
    const list = `# Billing\n\n- invoices will be sent monthly.\n- payment shall be made in 30 days.\n- everyone must keep invoices and payment records.`;
    expect(extractVendor(docFromText(list))).toBeNull();
    const capitalised = `# Terms\n\n1. partnerco will process orders.\n2. Partnerco is a reseller of partnerco goods.`;
    expect(extractVendor(docFromText(capitalised))).toBeNull();
    const once = `# Terms\n\n1. zibbet will process orders. Orders ship weekly.`;
    expect(extractVendor(docFromText(once))).toBeNull();
  });

  it('reads a provider that names itself by its domain ("quillby.dev will provide …")', () => {
    const text = `# Service Level Agreement\n\nThis SLA forms part of the agreement between quillby.dev and Customer.\n\nquillby.dev will provide availability of at least 99.9% in each calendar month. Customer may report failures to quillby.dev by email.`;
    expect(extractVendor(docFromText(text))).toBe('quillby.dev');
    // Look-alike: a domain written once as a subject, never again.
    const once = `# Terms\n\nstatus.example.io will show incidents. We bill monthly.`;
    expect(extractVendor(docFromText(once))).toBeNull();
  });
});

describe('extractVendor: a brand written with its descriptive word (descriptiveForm)', () => {
  it('keeps "Solutions" when the document writes the name with it far more than without', () => {
    const text = `# Privacy Policy | VQ Solutions\n\nVQ Solutions ("we") runs the website vq.example. VQ Solutions collects contact details. VQ Solutions shares data with processors. VQ Scale is a product of ours. VQ Solutions will answer requests within 30 days.`;
    expect(extractVendor(docFromText(text))).toBe('VQ Solutions');
  });

  it('keeps the descriptive word of a word brand the document never writes alone', () => {
    const text = `QUENTIN SYSTEMS TERMS OF USE\n\nThese terms apply to your use of Quentin Systems hosted tools (the "Service"). Quentin Systems may change these terms at any time. Quentin Systems makes no promise about the results. The Service is provided by Quentin Systems. Write to help@quentin.example with questions.`;
    expect(extractVendor(docFromText(text))).toBe('Quentin Systems');
  });

  it('look-alikes: the bare initialism used as often, a word brand, too few uses', () => {
    const bare = `# VQ Terms\n\nThese terms are offered by VQ Solutions Ltd. ("VQ"). VQ will provide the service. VQ may suspend accounts. VQ's fees are in the Order Form. VQ Solutions is registered in Ireland.`;
    expect(extractVendor(docFromText(bare))).toBe('VQ');
    // A word brand stands alone where the long form is only its legal name, with a legal form after it.
    const word = `# Tarnell Services SLA\n\nTarnell Services Private Limited ("Provider") hosts the Platform. Tarnell Services Private Limited will credit the account. Tarnell Services Pvt. Ltd. may schedule maintenance. Tarnell Services Private Limited monitors uptime.`;
    expect(extractVendor(docFromText(word))).toBe('Tarnell');
    // … and where the document also writes the brand alone.
    const alone = `# Tarnell Services SLA\n\nTarnell Services ("Provider") hosts the Platform. Tarnell Services will credit the account. Tarnell Services may schedule maintenance. Tarnell monitors uptime.`;
    expect(extractVendor(docFromText(alone))).toBe('Tarnell');
    // Two uses are not enough to say how the document names itself (an initialism or a word brand).
    const fewWord = `# Tarnell Services SLA\n\nTarnell ("Provider") hosts the Platform. Tarnell Services will credit the account. Tarnell Services may schedule maintenance.`;
    expect(extractVendor(docFromText(fewWord))).toBe('Tarnell');
    const rare = `# VQ Terms\n\nVQ ("Provider") offers the Platform. Support is given by VQ Labs staff; VQ Labs answers within a day. VQ will provide the service.`;
    expect(extractVendor(docFromText(rare))).toBe('VQ');
  });
});

describe('extractVendor: the company named with its legal form over a product (namedCompany)', () => {
  const uses = (name: string) =>
    Array.from({ length: 10 }, (_, i) => `Clause ${i + 1} applies to content hosted by ${name} for you.`).join(' ');

  it('reads the company the document names and uses, not the product it defines', () => {
    const text = `These terms cover the Quillo editor available on the site ("Quillo"). You contract with Tarrow Inc. when you register. ${uses('Tarrow')}`;
    expect(extractVendor(docFromText(text))).toBe('Tarrow');
  });

  it('look-alikes: two companies used as much, a product with a provider role, a company named but rarely used', () => {
    const twoParties = `These terms cover the Quillo editor ("Quillo"). They are made between Tarrow Inc. and Brisk Ltd. ${uses('Tarrow')} ${uses('Brisk')}`;
    expect(extractVendor(docFromText(twoParties))).not.toBe('Tarrow');
    const role = `Quillo ("Provider") offers the editor. Quillo will host your pages. You pay Tarrow Inc. through the store. ${uses('Tarrow')}`;
    expect(extractVendor(docFromText(role))).toBe('Quillo');
    const rare = `These terms cover the Quillo editor ("Quillo"). Quillo will host your pages. Quillo's fees apply. Payments go to Tarrow Inc. by card.`;
    expect(extractVendor(docFromText(rare))).toBe('Quillo');
  });
});

describe('extractVendor: articles and possessives in titles', () => {
  it('reads the name from a possessive title, never an article', () => {
    const possessive = `# Brindle's Service Level Agreement\n\nThis SLA describes the availability of the hosted service. Brindle will credit the account. Brindle monitors uptime every minute.`;
    expect(extractVendor(docFromText(possessive))).toBe('Brindle');
    expect(shortName("Brindle's")).toBe('Brindle');
  });

  it('look-alikes: a title opening with an article names no vendor', () => {
    const article = `# An Uptime Promise You Can Trust\n\nAn outage is rare. An engineer is on call. The service is monitored.`;
    expect(extractVendor(docFromText(article))).toBeNull();
  });
});

describe('extractVendor: a title of document words names no one', () => {
  const body =
    'These TITLE describe the availability and support levels Tessaly Networks, Inc. ("Tessaly") provides for the Tessaly Grid. They form part of your subscription agreement with Tessaly.';

  it('reads the preamble\'s name under "Service Commitments", "Availability Guarantee", "Support Standards"', () => {
    for (const title of [
      'Service Commitments',
      'Availability Guarantee',
      'Support Standards',
      'Customer Service Levels',
    ])
      expect(extractVendor(docFromText(`# ${title}\n\n${body.replace('TITLE', title)}`)), title).toBe('Tessaly');
  });

  it("look-alikes: a brand beside those words is still the title's name, and no name is made up", () => {
    const ravelin =
      '# Ravelin | Availability Commitment\n\nRavelin will respond within one hour. Ravelin monitors the service.';
    expect(extractVendor(docFromText(ravelin))).toBe('Ravelin');
    expect(
      extractVendor(docFromText('# Service Commitments\n\nThe provider will respond within one hour.')),
    ).toBeNull();
  });
});

describe('extractVendor: the party credit claims go to (claimContact)', () => {
  it('reads the name a customer contacts to claim a service credit, whole unless written alone', () => {
    const sla = `# Uptime\n\nWe aim for 99.9% monthly uptime on the hosted API.\n\n## Claims\n\nTo receive a service credit, send your request by contacting Pellwick Labs by email within 30 days of the outage.`;
    expect(extractVendor(docFromText(sla))).toBe('Pellwick Labs');
    // The team word is dropped, and the brand alone wins where the document also writes it alone.
    const team = `# Service Level Agreement\n\nOrrin will keep the portal available 99.5% of each month. Orrin monitors it every minute.\nTo claim a credit, email Orrin Technologies Support with the ticket numbers.`;
    expect(extractVendor(docFromText(team))).toBe('Orrin');
  });

  it('look-alikes: a desk with no name, a partner in a payment sentence, an indemnity notice', () => {
    const desk = `# SLA\n\nTo claim a service credit, contact Customer Support within 15 days.`;
    expect(extractVendor(docFromText(desk))).toBeNull();
    const partner = `# Billing\n\nPayments are handled by our processor. To dispute a charge, contact Stripe by email. Refunds take 10 days.`;
    expect(extractVendor(docFromText(partner))).toBeNull();
    const indemnity = `# Supply Agreement\n\nThe Supplier shall notify Halloran Foods promptly of any claim. Each party bears its own costs.`;
    expect(extractVendor(docFromText(indemnity))).toBeNull();
  });
});

describe('extractVendor: a defined thing is not a brand (definedThing)', () => {
  it('does not shorten a thing the document defines after "the" into a brand', () => {
    const text = `Terms of use\nWe may offer chat rooms and forums on our site (collectively, the “Community Services”). Where we provide any Community Service, we will say so. Community Services are moderated. Any Community Service may be withdrawn. The Community Services are free. Use of Community Services by a minor needs consent.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('does not take a term defined after a description or for a group for a brand', () => {
    const sla = `# Service Level Agreement\n\nThe provider will use commercially reasonable efforts to reach a Monthly Uptime Percentage of at least 99.5% in each monthly billing cycle (the "Uptime Commitment"). If the Uptime Commitment is missed, credits apply. The Uptime Commitment excludes maintenance. Claims under the Uptime Commitment go to support.`;
    expect(extractVendor(docFromText(sla))).toBeNull();
    const group = `Loan Agreement\nHarbin Metals, Inc., an Ohio corporation, and Corvale Tools, Inc., a Texas corporation (collectively, the "Obligors") entered into a facility. The Obligors shall repay it. The Obligors covenant as follows. Each of the Obligors agrees.`;
    expect(extractVendor(docFromText(group))).not.toBe('Obligors');
  });

  it('does not take a term defined with "a" or "an" for a brand: it names one of a kind of thing', () => {
    const sla = `Service Level Agreement\nThis SLA covers the Brindle Connectors listed on our site (a "Connector"). Connectors is unavailable when calls fail. Connectors will be restored quickly. A Connector may be paused. Connectors will not be billed while down. Brindle will credit you.`;
    expect(extractVendor(docFromText(sla))).not.toBe('Connector');
    expect(extractVendor(docFromText(sla))).not.toBe('Connectors');
  });

  it('look-alike: a short form that shares the name\'s word, after "together with its affiliates", is the brand', () => {
    const text = `Terms of Service\nThese terms are offered by Quarrel Analytics Ltd (together with its affiliates, "Quarrel"). Quarrel will provide the Service. Quarrel may suspend accounts.`;
    expect(extractVendor(docFromText(text))).toBe('Quarrel');
  });

  it('look-alike: the brand of a defined product, written alone elsewhere, still counts', () => {
    const text = `Co-Branding Agreement\nThe search pages (the "Tallis Services") are hosted by Tallis. Tallis shall host the pages. Tallis will keep them online. Tallis's logo appears on each page.`;
    expect(extractVendor(docFromText(text))).toBe('Tallis');
  });
});

describe('extractVendor: a title that is a name and a kind of document (titleBrand)', () => {
  it('reads the name from the title even where the body never repeats it', () => {
    // A name before the kind in one segment needs one use of its own in the body (rule vendor/documentName).
    const sla = `# Pinemark SLA\n\nWe guarantee 99.9% uptime each month. If we miss it, Pinemark credits your account.`;
    expect(extractVendor(docFromText(sla))).toBe('Pinemark');
    const alone = `# Pinemark SLA\n\nWe guarantee 99.9% uptime each month. If we miss it, you receive service credits.`;
    expect(extractVendor(docFromText(alone))).toBeNull();
    const after = `# Service Level Agreement — Brindlewood\n\nWe guarantee 99.9% monthly uptime. If we miss it, you get credits.`;
    expect(extractVendor(docFromText(after))).toBe('Brindlewood');
    const html = `<html><head><title>Terms of Service | Brindlewood</title></head><body><h1>Terms of Service</h1><p>By using the service you accept these terms. We may change them with notice.</p></body></html>`;
    expect(extractVendor(docFromHtml(html, null))).toBe('Brindlewood');
    // A segment that shortens to the name ("Networks" dropped) stands as the name too.
    const shortened = `<html><head><title>SLA | Pellucid Networks</title></head><body><h1>Service Level Agreement</h1><p>We will make the Service available 99.95% of each month.</p></body></html>`;
    expect(extractVendor(docFromHtml(shortened, null))).toBe('Pellucid');
  });

  it('look-alikes: a qualifying word, an ordinary word the body writes in lower case, a filing label', () => {
    const standard = `# Standard SLA\n\nWe guarantee 99.9% uptime. Standard plans get email support.`;
    expect(extractVendor(docFromText(standard))).toBeNull();
    const word = `# Laboratory Services Agreement\n\nThe samples are tested at our laboratory within ten days. Fees are due monthly.`;
    expect(extractVendor(docFromText(word))).toBeNull();
    // The party the preamble names outranks a descriptive word in the title.
    const party = `LABORATORY SERVICES AGREEMENT\n\nThis Agreement is made by and between Quenton Labs, Inc. ("Provider") and Ardley Farms ("Client").\nProvider shall test the samples at its laboratory.`;
    expect(extractVendor(docFromText(party))).toBe('Quenton');
    const exhibit = `# Exhibit 10.9 Services Agreement\n\nThe parties agree as follows. Fees are due monthly.`;
    expect(extractVendor(docFromText(exhibit))).toBeNull();
    // A hosting agreement that calls its provider only "Host" names no vendor; the look-alike names the host.
    const host = `# Hosting Service Level Agreement\n\nHost shall give Client 48 hours' notice of maintenance. Host shall respond to calls within 4 hours. Host's call centre logs each call.`;
    expect(extractVendor(docFromText(host))).toBeNull();
    const named = `# Hosting Service Level Agreement\n\nThis Agreement is between Tarrow Hosting, Inc. ("Host") and the Client.\nHost shall give Client 48 hours' notice of maintenance. Host shall respond to calls within 4 hours.`;
    expect(extractVendor(docFromText(named))).toBe('Tarrow Hosting');
  });
});

describe('extractVendor: a three-word name beside a title segment that is the kind alone', () => {
  const page = (title: string, body: string) =>
    docFromHtml(
      `<html><head><title>${title}</title></head><body><h1>Service Level Agreement</h1><p>${body}</p></body></html>`,
      null,
    );

  it('reads "Service Level Agreement (SLA) | Harrowgate Blue Studio" when the body uses the name once', () => {
    const doc = page(
      'Service Level Agreement (SLA) | Harrowgate Blue Studio',
      'This SLA sets out the availability of the hosting services of Harrowgate Blue Studio. We commit to 99.9% monthly uptime.',
    );
    expect(extractVendor(doc)).toBe('Harrowgate Blue Studio');
  });

  it('look-alikes: three title words the body never uses, and three words beside a segment that is more than a kind', () => {
    const unused = page(
      'Terms of Service | Read Before Signing',
      'These terms govern the hosting services. We commit to 99.9% monthly uptime.',
    );
    expect(extractVendor(unused)).toBeNull();
    const more = page(
      'Uptime Report 2026 | Harrowgate Blue Studio',
      'This page lists the availability of the hosting services of Harrowgate Blue Studio last year.',
    );
    expect(extractVendor(more)).not.toBe('Harrowgate Blue Studio');
  });
});

describe('extractVendor: the copyright holder, severity levels defined as terms, a team acting for its company', () => {
  it('reads the licensor from "Copyright (c) 2019-2024, Quillon GmbH" beside the body\'s uses', () => {
    const text = `# Evaluation License\n\nCopyright (c) 2019-2024, Quillon GmbH i.G.\nAll rights reserved.\n\nThe software is provided by Quillon GmbH "as is". In no event shall Quillon GmbH be liable for any damages. Quillon GmbH reserves the right to assign this Agreement. A failure to act does not limit Quillon GmbH's rights.`;
    expect(extractVendor(docFromText(text))).toBe('Quillon');
  });

  it('reads the holder of a page footer "Terms of Service Brannock OÜ © 2021" (the name ends at its company form)', () => {
    const text = `# Terms of Service\n\nBy using the service you accept these terms. Brannock may change them with notice. Brannock's liability is limited to the fees paid.\n\nTerms of Service Brannock OÜ © 2021`;
    expect(extractVendor(docFromText(text))).toBe('Brannock');
  });

  it('look-alike: a holder the body never names is no vendor on its own', () => {
    const text = `# Evaluation License\n\nCopyright (c) 2019-2024, Quillon GmbH\n\nThe software is provided "as is". In no event shall the licensor be liable for any damages. The licensor reserves the right to assign this Agreement.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('reads "Tessary" where "Tessary Support will …" acts for it and "Severity 1 (“High”)" defines a level', () => {
    const text = [
      '# Incidents and Uptime',
      'Severity 1 (“High”): the production environment is down. Severity 2 (“Normal”): a feature is degraded. Severity 3 (“Low”): a question.',
      'Severity 1 (“High”) incidents get a reply within one hour; Severity 2 (“Normal”) incidents within one business day; Severity 3 (“Low”) within two.',
      'Tessary Support will open a ticket for each incident. Tessary Support will send updates. Tessary Support will close the ticket once the fix works. Tessary commits to 99.95% monthly availability.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Tessary');
  });
});

describe('extractVendor: a title segment that names the company whole, beside its first word (titleNameOverItsFirstWord)', () => {
  const body =
    'Wilmore Engineering will maintain 99.9% monthly uptime for the systems it operates. Wilmore will answer critical incidents within 4 hours. Wilmore Engineering will publish a report each month. Wilmore will credit missed months. Wilmore will review the targets each year.';
  const page = (title: string) =>
    docFromHtml(
      `<html><head><title>${title}</title></head><body><h1>Service Level Agreement</h1><p>${body}</p></body></html>`,
      null,
    );
  it('reads "Wilmore Engineering" from "Service Level Agreement | Wilmore Engineering" where the body ties it with "Wilmore"', () => {
    expect(extractVendor(page('Service Level Agreement | Wilmore Engineering'))).toBe('Wilmore Engineering');
  });
  it('look-alike: the same tie under a title that names the document after the company ("Wilmore Engineering SLA") stays null', () => {
    expect(extractVendor(page('Wilmore Engineering SLA'))).toBeNull();
  });
});

describe('extractVendor: a term a definition makes a thing is no party (definedAsThing)', () => {
  it('"“Goods” means the goods …" keeps "Goods" out, however often the goods are a subject', () => {
    const text = [
      '1. Interpretation',
      '1.1 “Goods” means the goods, samples and materials supplied to the Customer under the Agreement.',
      '1.2 “Customer” means the company which accepts the supply of Goods and/or Services.',
      'The Supplier shall supply the Goods and/or Services to the Customer. Goods will be delivered to the address in the Quotation. Goods will be packed with care. Goods are at the Customer’s risk from delivery. Goods shall be inspected on arrival. Goods will be invoiced on dispatch. Goods shall be returned only with consent.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBeNull();
  });
  it('look-alike: a party defined by its role and name ("“Quorra” means the company, Quorra, …") still names the vendor', () => {
    const text = [
      'Definitions',
      '“Quorra” means the company, Quorra, described in Section 12.',
      '“Services” means the products and services ordered by You.',
      'Quorra will provide the Services. Quorra will keep Your data confidential. Quorra may suspend accounts that break these terms. Quorra shall invoice monthly.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Quorra');
  });
});

describe('extractVendor: a role of one kind of contract, or a capitalised common word, is no vendor', () => {
  it('reads no vendor from "Lessee shall …" or "Prohibited Uses"', () => {
    const lease = `LEASE AGREEMENT\nLessee shall pay the rent monthly. Lessee shall keep the premises in repair. Lessee may not sublet. Lessee shall insure the premises.`;
    expect(extractVendor(docFromText(lease))).toBeNull();
    const aup = `# Acceptable Use Policy\n\n## Prohibited Uses\nProhibited uses include spam and malware. Prohibited content will be removed. Prohibited activity may lead to suspension.`;
    expect(extractVendor(docFromText(aup))).toBeNull();
  });
  it('look-alike: a company whose name holds such a word ("Merchant Bridge Ltd") is still read', () => {
    const text = `Services Agreement\nThis Agreement is made by and between Merchant Bridge Ltd ("Provider") and the Client.\nMerchant Bridge will provide the Services. Merchant Bridge may suspend accounts.`;
    expect(extractVendor(docFromText(text))).toBe('Merchant Bridge');
  });
});

describe('extractVendor: a term of several words the sentence before wrote in lower case names a thing', () => {
  it('"the term of cooperation … (“Term of Cooperation”)" is no party', () => {
    const text = `AGREEMENT\nParty A and Party B agree that the term of cooperation under this Agreement shall commence on the execution date and end when Party B's licence expires ("Term of Cooperation"). Term of Cooperation may be extended in writing. Term of Cooperation shall end early on insolvency. Term of Cooperation will be recorded.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });
  it('look-alike: a party defined after its own name is read ("Halden Cloud Ltd (“Halden Cloud”)")', () => {
    const text = `SERVICES AGREEMENT\nThis Agreement is made between Halden Cloud Ltd ("Halden Cloud") and the Customer. Halden Cloud will provide the Services. Halden Cloud may suspend accounts.`;
    expect(extractVendor(docFromText(text))).toBe('Halden Cloud');
  });
});

describe('extractVendor: a Gulf company name that joins its brand to its business with "for"', () => {
  const terms = (party: string) =>
    `# Terms of Use\n\nwww.qasr.sa is a site operated by ${party}. We are incorporated in the Kingdom of Saudi Arabia.\nBy using our site you accept these terms. We may change these terms at any time.`;
  it('reads the brand before "for" in "X for Y Company Ltd." and "X Company for Y Ltd."', () => {
    expect(extractVendor(docFromText(terms('Qasr for Digital Services Company Ltd. ("we")')))).toBe('Qasr');
    const between = `# Terms of Use\n\nThese terms are between you and Al Noor Company for Trading Ltd. ("we"). We are incorporated in the Kingdom of Saudi Arabia.\nBy using our site you accept these terms. We may change these terms at any time.`;
    expect(extractVendor(docFromText(between))).toBe('Al Noor');
  });

  it("a site whose brand is not its operator's name: the operator does not stand in for the brand (siteOperatedBy)", () => {
    expect(extractVendor(docFromText(terms('Harbor Retail Holding Company Ltd. ("we")')))).toBeNull();
    const named = `# Privacy Policy\n\nwww.qasr.sa is a website ("our site") operated by Harbor Retail Holding Company Ltd ("we"). We protect your privacy.\nWe collect your data when you use our site.`;
    expect(extractVendor(docFromText(named))).toBeNull();
    // Look-alike: the operator's name is the site's brand.
    expect(extractVendor(docFromText(terms('Qasr Retail Holding Company Ltd. ("we")')))).toBe('Qasr Retail');
  });

  it('look-alikes: "for" after a lower-case word or a document word is no part of a name', () => {
    expect(
      extractVendor(docFromText(terms('our team, working for Business Services Holding Company Ltd. ("we")'))) ?? '',
    ).not.toMatch(/working|for/);
    expect(extractVendor(docFromText(terms('the Terms for Digital Services Company Ltd. ("we")'))) ?? '').not.toMatch(
      /Terms/,
    );
  });
});

describe('extractVendor: defined terms that look like names ("Licensed Products, Limited Use License")', () => {
  const uses = Array.from({ length: 24 }, (_, i) => `Licensed Products item ${i + 1} is covered.`).join(' ');
  const msa = [
    '# Master Services Agreement',
    '',
    'THIS KORVEN MASTER SERVICES AGREEMENT GOVERNS USE OF THE SERVICES AND THE SOFTWARE.',
    '',
    'Korven will provide the Services. Korven will host the Software. Korven shall keep backups. Korven’s support team answers tickets. Korven’s fees apply.',
    '',
    '#### 4.4 Licensed Products, Limited Use License',
    '',
    uses,
  ].join('\n');
  it('a participle term or a "Limited" that runs on into a capitalised word names no company', () => {
    expect(extractVendor(docFromText(msa))).toBe('Korven');
  });

  it('look-alike: a company whose name opens with a participle is still a company', () => {
    const company = `# Master Services Agreement\n\nThis Agreement is between Hosted Labs, Inc. ("Provider") and the Customer.\nProvider shall host the Software. Hosted Labs will maintain backups.`;
    expect(extractVendor(docFromText(company))).toBe('Hosted');
  });
});

describe('extractVendor: a law named "Legislation", a sentence-case title, source-code keywords, a Polish company form', () => {
  it('"Data Protection Legislation" defined in a DPA is no party', () => {
    const dpa = `# Data Processing Agreement\n\nThis DPA is made under the GDPR and any other applicable data protection legislation ("Data Protection Legislation"). For the purposes of Data Protection Legislation: Customer is the Controller. Assistance is given as required under Data Protection Legislation.`;
    expect(extractVendor(docFromText(dpa))).toBeNull();
  });
  it('the first word of a sentence-case title ("Emergency calling terms and conditions") is no brand', () => {
    const text = `# Emergency calling terms and conditions\n\nEmergency Services may not be available. Emergency Services are provided by local authorities. Call Emergency Services directly.`;
    expect(extractVendor(docFromText(text))).toBeNull();
    // Look-alike: in a title-case name the first word is the brand ("Cloudvane Storage SLA").
    expect(
      extractVendor(
        docFromText('# Cloudvane Storage SLA\n\nCloudvane will credit you. Cloudvane shall publish status.'),
      ),
    ).toBe('Cloudvane');
  });
  it('a page source\'s "const guarantees = [ … ]" names no one, and "Sp. z o.o." is a company form', () => {
    const source = `# Service Level Agreement\nconst guarantees = [1, 2];\nconst guarantees = [3];\nconst guarantees = [4];\nWe credit 10% below 99.9%.`;
    expect(extractVendor(docFromText(source))).not.toBe('const');
    // A name read up to its first dot keeps "Sp" ("Korvik Sp. z o.o." → "Korvik Sp").
    expect(shortName('Korvik Sp')).toBe('Korvik');
  });
});

describe('extractVendor: a law a DPA names is no party (lawName)', () => {
  const dpa = (party: string) =>
    '# Data Processing Addendum\n\n' +
    `This DPA forms part of the Terms of Service, unless the Customer ("Customer" or "You") has signed a master agreement with ${party}, in which case this DPA forms part of that agreement.\n` +
    'Data Protection Laws include the United Kingdom General Data Protection Regulation ("UK GDPR") and the EU standard contractual clauses ("EU SCCs").\n' +
    "The UK GDPR's rules apply to transfers from the UK. The EU SCCs' clauses apply to transfers from the EEA. The UK GDPR's records duty applies. The EU SCCs' Module Two applies. The UK GDPR's Article 28 applies. The EU SCCs' Clause 17 applies. The UK GDPR's scope applies.\n" +
    'We will process Personal Data only on Your instructions.';
  it('reads the company defined as "We", not the law the DPA names more often', () => {
    expect(extractVendor(docFromText(`${dpa('Korrigan Ltd ("Company", "We", "Ours" or "Us")')}\nKorrigan Ltd`))).toBe(
      'Korrigan',
    );
  });

  it('look-alike: with no company named, the laws do not stand in for one', () => {
    expect(extractVendor(docFromText(dpa('us')))).toBeNull();
  });
});

describe('extractVendor: a title segment that is a company with its corporate form (titleCompany)', () => {
  it('reads "X Ltd — Service Definition" where the title does not call the document a known kind', () => {
    const schedule = `# Orrin Fieldworks Ltd — Service Definition and Schedules\n\nThe Supplier shall make the Platform available 99.5% of each month. The Buyer may claim credits.`;
    expect(extractVendor(docFromText(schedule))).toBe('Orrin Fieldworks');
    const html = `<html><head><title>Halsey & Brandt GmbH – Leistungsbeschreibung</title></head><body><h1>Service Description</h1><p>The Supplier operates the platform. The Buyer pays monthly.</p></body></html>`;
    expect(extractVendor(docFromHtml(html, null))).toBe('Halsey & Brandt');
  });

  it('look-alikes: a title segment with a name and more words, a form not at the end', () => {
    const more = `# Orrin Fieldworks Services — Service Definition\n\nThe Supplier shall make the Platform available 99.5% of each month.`;
    expect(extractVendor(docFromText(more))).toBeNull();
    const about = `# Supplier terms for Orrin Fieldworks Ltd partners — Service Definition\n\nThe Supplier shall make the Platform available.`;
    expect(extractVendor(docFromText(about))).toBeNull();
  });
});

describe('extractVendor: every segment of the title, and an ordinary word that opens sentences', () => {
  it('reads the name in a later segment of the title ("Colocation SLA – Brindlecourt")', () => {
    const html = `<html><head><title>Colocation Service Level Agreement – Brindlecourt</title></head><body><h1>Colocation Service Level Agreement</h1><p>This SLA applies to colocation services. Brindlecourt will keep power available 99.99% of each month. Credits apply to all colocation customers.</p></body></html>`;
    expect(extractVendor(docFromHtml(html, null))).toBe('Brindlecourt');
  });

  it('look-alike: a product word capitalized only where it opens a sentence or a heading is not the vendor', () => {
    const html = `<html><head><title>Colocation Service Level Agreement</title></head><body><h1>Colocation SLA</h1><p>This SLA applies to colocation services. Power is available 99.99% of each month. Colocation customers may claim credits.</p></body></html>`;
    expect(extractVendor(docFromHtml(html, null))).toBeNull();
    // The same word written mid-sentence as a name stays a name.
    const brand = `# Colocation Terms\n\nThese terms are between you and Colocation. Colocation will host your racks. Questions go to Colocation support. Our colocation services run 24x7.`;
    expect(extractVendor(docFromText(brand))).toBe('Colocation');
  });
});

describe("extractVendor: the first word of the document's own name is not a vendor (documentName)", () => {
  it.each([
    'Technical Support Policy',
    'Fair Usage Policy',
    'Responsible Disclosure Policy',
    'Hosting Terms',
    'Ethical Sourcing Policy',
    'Consulting Agreement',
    'Accessibility Statement',
    'Community Guidelines',
  ])('"%s" written again in the body names no vendor', (title) => {
    const text = `# ${title}\n\nThis ${title} applies to everyone who uses our services. Technical questions and other requests go to our team. We may update this ${title} from time to time.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('look-alikes: the same shape with a name the body also uses on its own', () => {
    const support = `# Vellum Support Policy\n\nThis Support Policy is part of the Vellum Subscription Agreement. Urgent requests are answered within 2 hours.`;
    expect(extractVendor(docFromText(support))).toBe('Vellum');
    const subject = `# Quarrel Data Service Level Agreement\n\nQuarrel Data will make the Platform available 99.9% of each month. Credits are 10% of the monthly fee.`;
    expect(extractVendor(docFromText(subject))).toBe('Quarrel');
  });
});

describe('extractVendor: a registration number between the name and its defined term', () => {
  it('reads "X Pty Ltd (ACN 004 123 456) (“Supplier”)"', () => {
    const text = `# Master Services Agreement\n\nThis agreement is made between Tamberlin Pty Ltd (ACN 004 123 456) ("Supplier") and the customer named in the Order ("Customer").`;
    expect(extractVendor(docFromText(text))).toBe('Tamberlin');
  });
  it('look-alike: a dated agreement defined in brackets names no party', () => {
    const text = `# Order Form\n\nThis Order is placed under the agreement dated 1 May 2024 (the "MSA") between the parties.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('extractVendor: a register number in the place of the name, and aliases set in bold (unquoted)', () => {
  it('reads the company a paragraph opens with when "(“we”)" follows its register number', () => {
    const text = `# Terms of Service\n\n**Grinwald B.V.**, Havenstraat 12, 1011 AB Amsterdam, Netherlands, registered with the Chamber of Commerce under KvK 81234567 ("**we**", "**us**"). You are the person who creates an account ("**you**").`;
    expect(extractVendor(docFromText(text))).toBe('Grinwald');
  });
  it("a document's code as its first line ('SLA0051') is no vendor; look-alike: a brand with a digit ('HC2') is", () => {
    // As a PDF's text layer gives it: the code centred on the first line, and again in the footer.
    const coded = [
      `${' '.repeat(40)}SLA0042`,
      '',
      `${' '.repeat(30)}Software license agreement`,
      '',
      'SOFTWARE LICENSE AGREEMENT (“Agreement”)',
      '',
      'BY INSTALLING THE SOFTWARE YOU ACCEPT THIS AGREEMENT WITH VELTRIX LABS LTD (“VELTRIX”). VELTRIX GRANTS YOU A LICENCE.',
      '',
      'SLA0042 - Rev 3 - May 2020',
    ].join('\n');
    expect(extractVendor(docFromText(coded))).toBe('VELTRIX');
    const brand = `# HC2 Software License Agreement\n\nHC2 grants you a licence to use the software. HC2 may end it on notice.`;
    expect(extractVendor(docFromText(brand))).toBe('HC2');
  });
  it('look-alike: a register number with no company before it names no one', () => {
    const text = `# Terms of Service\n\nThe service is run by a firm registered with the Chamber of Commerce under KvK 81234567 ("we", "us"). We may change these terms.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });
  it('reads "(**We**, **us**, **our**)" after a company, and a title word the customer is called by is no vendor', () => {
    const text = `# Clinic Terms and Conditions\n\nThese terms govern your use of the Tallyfern Platform (**Platform**). The Platform is provided to the subscribing clinic (**you**, **your**, the **Clinic**) and is owned and operated by Marrowby Pty Ltd (ACN 612 345 678) (**We**, **us**, **our**).`;
    expect(extractVendor(docFromText(text))).toBe('Marrowby');
  });
  it('look-alike: a parenthetical of ordinary words is no list of aliases', () => {
    const text = `# Support\n\nContact Hollin Systems Ltd (for example, email or chat) when the service is down. We answer within a day.`;
    expect(extractVendor(docFromText(text))).not.toBe('Hollin Systems');
  });
});

describe('extractVendor: American-style quotes put the list’s comma inside them', () => {
  it('reads "Tarnwell, Inc. (“we,” “us,” and their variants)" as the provider, over a defined term used as a subject', () => {
    const text =
      '# Evaluation Agreement\n\nThis Evaluation Agreement is made between the party named in the order form (“you” and its variants) and Tarnwell, Inc. (“we,” “us,” and their variants). You may provide suggestions or other feedback to us (“Feedback”). Feedback will be used to improve the product. Feedback may be shared with our partners.';
    expect(extractVendor(docFromText(text))).toBe('Tarnwell');
  });
  it('a list naming the provider twice ("we," "us," "Tessel Labs," "Brightlane") leaves the choice to the title', () => {
    const body =
      'These Terms are a binding contract between you and Brightlane, which is owned and operated by the folks at Tessel Labs ("we," "us," "our," "Tessel Labs," "Brightlane"). These Terms apply whenever you use the service.';
    expect(extractVendor(docFromText(`# Brightlane Terms of Service\n\n${body}`))).toBe('Brightlane');
    expect(extractVendor(docFromText(`# Tessel Labs Terms of Service\n\n${body}`))).toBe('Tessel Labs');
  });
  it('look-alike: the same list for the customer ("you," "your") names no vendor', () => {
    const text =
      '# Evaluation Agreement\n\nThis Evaluation Agreement is made with the company named in the order form (“you,” “your,” and their variants). You may provide feedback to us. We may use it.';
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('extractVendor: a name before the name of its own document (documentOf)', () => {
  it('reads "the Ravelle Terms of Service" as Ravelle\'s, with one more use of the name', () => {
    const text = `# Service Level Agreement\n\nThis SLA is part of the Ravelle Terms of Service. Ravelle guarantees 99.9% uptime each month. Questions about the Ravelle Privacy Policy go to our team.`;
    expect(extractVendor(docFromText(text))).toBe('Ravelle');
  });
  it('look-alikes: a qualifier of the document ("the Master Subscription Agreement", "the Standard Terms of Service")', () => {
    const master = `# Service Level Agreement\n\nThis SLA is part of the Master Subscription Agreement. The Master Subscription Agreement governs. We guarantee 99.9% uptime.`;
    expect(extractVendor(docFromText(master))).toBeNull();
    const standard = `# Service Level Agreement\n\nThis SLA is part of the Enterprise Customer Agreement and the Standard Terms of Service. We guarantee 99.9% uptime; see the Standard Terms of Service.`;
    expect(extractVendor(docFromText(standard))).toBeNull();
  });
});

describe('extractVendor: the other party of the customer (betweenCustomer)', () => {
  it('reads "between X and Customer" and "between you and X" when the name is written once', () => {
    const customer = `# Service Level Agreement\n\nThis SLA forms part of the agreement between Corvane and Customer. We guarantee 99.9% uptime.`;
    expect(extractVendor(docFromText(customer))).toBe('Corvane');
    const you = `# Terms\n\nThese terms are a contract between you and Tessellate. We may change them.`;
    expect(extractVendor(docFromText(you))).toBe('Tessellate');
  });

  it('look-alikes: two named companies, a party that is a role', () => {
    const two = `# Supply Agreement\n\nThis agreement is between Orlen Mills and Barrow Foods. Deliveries are weekly.`;
    expect(extractVendor(docFromText(two))).toBeNull();
    const role = `# Terms\n\nThis agreement is between the Provider and Customer. The Provider hosts the service.`;
    expect(extractVendor(docFromText(role))).toBeNull();
  });
});

describe('extractVendor: who operates the service the document governs (operatedBy)', () => {
  it('reads "pixelroot.io, operated by X" and "The Service is owned and operated by X"', () => {
    const site =
      '# Terms of Service\n\nWelcome! These Terms govern your use of quillmere.io, operated by Quillmere Labs, Inc.';
    expect(extractVendor(docFromText(site))).toBe('Quillmere');
    const service = '# Terms of Use\n\nThe Service is owned and operated by Tarnwell Ltd. You must not misuse it.';
    expect(extractVendor(docFromText(service))).toBe('Tarnwell');
  });

  it('look-alikes: data in the app provided by a supplier, analytics on the website provided by a tool', () => {
    const data = '# Terms of Use\n\nMap data in the app is provided by Globemap. You must not copy the maps.';
    expect(extractVendor(docFromText(data))).toBeNull();
    const tool = '# Privacy Policy\n\nOur website uses analytics provided by Countwise. We collect little data.';
    expect(extractVendor(docFromText(tool))).toBeNull();
  });

  it('reads the document\'s own defined thing "provided by X" with no verb, and X wins a tie with the defined thing', () => {
    const apps =
      '# Service Level Agreement (SLA)\n\nThis SLA covers the software applications ("Apps") provided by **Kestrelwood** on the Atlassian Marketplace.\n\nSupport for our Apps is given by email. Our Apps are updated monthly. Apps may be unavailable when the marketplace is down.\n\nKestrelwood provides support on a commercially reasonable basis.';
    expect(extractVendor(docFromText(apps))).toBe('Kestrelwood');
    // Look-alike: the thing defined with no provider named leaves only the defined thing, which is no vendor.
    const none =
      '# Service Level Agreement (SLA)\n\nThis SLA covers the software applications ("Apps") listed on the Atlassian Marketplace.\n\nSupport for our Apps is given by email. Our Apps are updated monthly.';
    expect(extractVendor(docFromText(none))).not.toBe('Kestrelwood');
  });
});

describe('extractVendor: the provider introducing itself', () => {
  const vendor = (text: string) => extractVendor(docFromText(text));

  it('reads "We are X GmbH, <address>" up to the company form', () => {
    expect(
      vendor(
        '# Terms\n\n1. Who we are\nWe are Quernstone Analytics Ltd, 4 Mill Lane, Leeds. You can reach us by email.\n\nYou shall not misuse the service.',
      ),
    ).toBe('Quernstone');
  });

  it('reads "Welcome to X!" opening a terms page when the text names X again', () => {
    expect(
      vendor(
        '# Terms of Use\n\nWelcome to Fennick! These Terms of Use govern your use of the app. Fennick may update them from time to time.',
      ),
    ).toBe('Fennick');
  });

  it('look-alikes: "we are" before no company, "welcome to our website"', () => {
    expect(vendor('# Terms\n\nWe are Committed To Privacy. You shall not misuse the service.')).toBeNull();
    expect(vendor('# Terms of Use\n\nWelcome to our website! These Terms govern your use of it.')).toBeNull();
  });
});

describe('extractVendor: a product name in the title, the provider in the body (vendor/shortOverProduct)', () => {
  const vendor = (text: string) => extractVendor(docFromText(text));
  const sla = (subject: string) =>
    `# Tarnby Ledger Service Level Agreement\n\nThis Service Level Agreement applies to the Tarnby Ledger and forms part of the Tarnby Customer Terms.\n\n## Availability\n\n${subject} will make the Ledger available at least 99.9% of the time in each calendar month.\n\n## Maintenance\n\n${subject} will announce scheduled maintenance at least 48 hours in advance.`;

  it('takes the short name the body makes the subject of its obligations', () => {
    expect(vendor(sla('Tarnby'))).toBe('Tarnby');
  });

  it('look-alike: when the product itself is the subject, the tie stays unread', () => {
    expect(vendor(sla('The Tarnby Ledger'))).not.toBe('Tarnby');
  });
});

describe('names that are no party: a glued word, a clause’s subject, a role in one clause', () => {
  const vendorOf = (text: string) => extractVendor(docFromText(text));

  it('a name glued to the word before it (markup that lost its space) is not cut to its last words', () => {
    const glued = [
      '# Terms and Conditions',
      'By using the app you enter into a legal agreement between you and**Northwind Labs Pte Ltd**(the "Company"), a company organised under the laws of Singapore.',
      'The Company may update these Terms. You must keep your password safe.',
    ].join('\n\n');
    expect(vendorOf(glued)).not.toBe('Labs');
    expect(vendorOf(glued)).toBeNull();
    // Look-alike: with its space the name is read whole.
    expect(vendorOf(glued.replace('and**Northwind', 'and **Northwind'))).toBe('Northwind');
  });

  it('"Force Majeure" and the NDA roles "Recipient" and "Discloser" are never the vendor', () => {
    const clauses = [
      '# Subscription Agreement',
      'Brisklane will provide the Services described in the Order.',
      '## Force Majeure',
      'Force Majeure means an event beyond a party’s reasonable control. A party affected by Force Majeure will notify the other party. While Force Majeure continues, the affected obligations are suspended. A party affected by Force Majeure must try to end it.',
      '## Confidentiality',
      'Recipient shall keep the Confidential Information secret. Recipient will use it only for this Agreement. Recipient must not disclose it except to its advisers. Discloser may ask for its return, and Recipient shall return it. Discloser will be entitled to an injunction.',
    ].join('\n\n');
    const v = vendorOf(clauses);
    expect(['Force Majeure', 'Recipient', 'Discloser']).not.toContain(v);
    // Look-alike: the provider named as often as those terms is the vendor.
    const named = clauses.replace(
      'Brisklane will provide the Services described in the Order.',
      'Brisklane will provide the Services described in the Order. Brisklane shall host them in the EU. Brisklane may update them. Brisklane will give notice of changes.',
    );
    expect(vendorOf(named)).toBe('Brisklane');
  });
});

describe('a subject with an article is a thing the contract defines, not a party', () => {
  const body = (subject: string) =>
    [
      '# Cloud Services Agreement',
      `${subject} will be available for the Subscription Period. ${subject} may process personal data only as instructed. ${subject} will not materially lose functionality. ${subject} shall be hosted in the EU.`,
      'Customer shall pay the fees within 30 days of invoice.',
    ].join('\n\n');

  it('"the Cloud Service will …" four times names no vendor', () => {
    expect(extractVendor(docFromText(body('the Cloud Service').replace(/^the/m, 'The')))).toBeNull();
  });

  it('look-alike: a name without an article, as often, is the vendor', () => {
    expect(extractVendor(docFromText(body('Quillmere')))).toBe('Quillmere');
  });
});

describe('a brand styled with a lower-case prefix', () => {
  it('"**qLedger Ltd** (\\"Company,\\" \\"we\\")" names qLedger', () => {
    const text =
      '# Terms of Service\n\n**qLedger Ltd** ("Company," "we," "us," or "our") may update these Terms. qLedger provides a ledger service.';
    expect(extractVendor(docFromText(text))).toBe('qLedger');
  });

  it('look-alike: a long lower-case word glued to a name is not a prefix', () => {
    const text =
      '# Terms of Service\n\nThese Terms are an agreement between you andQledger Ltd ("Company," "we") for the ledger service.';
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('"between the Customer and X" naming another instrument', () => {
  const dpa = (tail: string) =>
    [
      '# Data Processing Agreement',
      '- **Processor:** **Harrow Apps, LLC**, provider of the Apps (**“Harrow Apps”**).',
      'Harrow Apps processes personal data for the Customer.',
      `Processing on the hosting platform uses Skyline’s infrastructure. ${tail}`,
    ].join('\n\n');

  it('standard contractual clauses between the Customer and a sub-processor do not make it the vendor', () => {
    expect(
      extractVendor(
        docFromText(dpa('Transfers are governed by standard contractual clauses between the Customer and Skyline.')),
      ),
    ).toBe('Harrow Apps');
  });

  it('look-alike: "this Agreement is between the Customer and X" still names X', () => {
    expect(
      extractVendor(
        docFromText(
          '# Terms\n\nThis Agreement is between the Customer and Brisklane. Brisklane will host the Service.',
        ),
      ),
    ).toBe('Brisklane');
  });
});

describe('a name right after the end of a sentence', () => {
  it('"… these Terms of Service ("Terms"). Brisklane Ltd ("we")" names Brisklane, not "Service . Brisklane"', () => {
    const text =
      '# Terms of Service\n\nBy creating an account you agree to these Terms of Service ("Terms"). Brisklane Ltd ("Company," "we") provides the platform. Brisklane may update these Terms.';
    expect(extractVendor(docFromText(text))).toBe('Brisklane');
  });

  it('look-alike: initials and a company form ending in a full stop stay in the name', () => {
    const text =
      '# Terms of Service\n\nThese Terms are with Harlow U.S. Holdings Inc. ("Harlow", "we"). Harlow may update them.';
    expect(extractVendor(docFromText(text))).toBe('Harlow');
  });
});

describe('an alias made only of contract words is a defined term', () => {
  it('"(“Service Availability”)" is no vendor; the provider named as the subject is', () => {
    const text = [
      '# Service Level Commitment',
      'The Service is available when Customer is able to log in and view Customer Data ("Service Availability").',
      'Quillmere will use commercially reasonable efforts to maintain Service Availability of at least 99.8%. Quillmere will measure Service Availability monthly. Quillmere may exclude maintenance. Quillmere will report it. Service Availability excludes outages caused by Customer.',
    ].join('\n\n');
    expect(extractVendor(docFromText(text))).toBe('Quillmere');
  });

  it('look-alike: an alias with a brand word among contract words is still a brand', () => {
    const text =
      '# Terms\n\nThese Terms are with Quillmere Services Ltd ("Quillmere Services", "we"). Quillmere Services may update them.';
    expect(extractVendor(docFromText(text))).toBe('Quillmere');
  });
});

describe('a policy title whose words name its subject', () => {
  it('"Return and Exchange Policy" names no vendor', () => {
    const text =
      '# سياسة الإرجاع والاستبدال | Return and Exchange Policy\n\n## العربية\n\n- **14 يوماً** من تاريخ استلام المنتج\n- يجب أن يكون المنتج في حالته الأصلية\n\n## English\n\n- **14 days** from delivery\n- Return the product unused, in its original packaging';
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('look-alike: "Tallowby Return Policy" names Tallowby where the body writes it', () => {
    const text =
      '# Tallowby Return Policy\n\nTallowby will accept returns within 14 days of delivery. Tallowby will refund the price within 10 days of receiving the item.';
    expect(extractVendor(docFromText(text))).toBe('Tallowby');
  });
});

describe('a name joined by "&"', () => {
  it('"Harlow Training & Compliance will …" names the whole, not "Compliance"', () => {
    const text =
      '# Harlow Training & Compliance Terms of Service\n\nHarlow Training & Compliance will provide the Service. Harlow Training & Compliance may suspend accounts. Harlow Training & Compliance shall not be liable for delays. Harlow Training & Compliance will give notice of changes.';
    expect(extractVendor(docFromText(text))).toBe('Harlow Training & Compliance');
  });

  it('look-alike: "Terms & Conditions" as a subject is no name', () => {
    const text =
      '# Terms\n\nThese Terms & Conditions will apply to every order. Terms & Conditions may change. Terms & Conditions shall govern. Terms & Conditions will prevail.';
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('extractVendor: the limited-company forms of Central and South-East Europe', () => {
  it('reads "Vedran Systems d.o.o." and "Vltava Labs s.r.o." as the party, its form dropped', () => {
    const hr = `# Service Subscription Agreement\n\nThis Agreement is between **Vedran Systems d.o.o.** (“us”, “we”, or “our”) and you (“you”). We provide the Service. You pay the fees.`;
    expect(extractVendor(docFromText(hr))).toBe('Vedran');
    const cz = `Terms of Service\nThese terms are agreed between Vltava Labs s.r.o. (“Provider”) and the Customer. Provider shall host the Service.`;
    expect(extractVendor(docFromText(cz))).toBe('Vltava');
  });

  it('look-alike: a sentence ending in an abbreviation that is no form still ends the name', () => {
    const text = `Terms of Service\nThe parties met in Zagreb etc. Provider Cortana Nine (“we”) hosts the Service. Cortana Nine bills monthly.`;
    expect(extractVendor(docFromText(text))).not.toMatch(/etc/);
  });
});

describe('extractVendor: a short name defined for a law is no party (vendor/lawName)', () => {
  it('does not take "the Data Protection Act (“Wbp”)" for a brand', () => {
    const text = `Processor Agreement\nThe Processor, Tulpen B.V. (“Tulpen”), processes personal data for the Client. Requests under Article 35 of the Data Protection Act (“Wbp”) are forwarded. Requests under Article 36 of the Data Protection Act (“Wbp”) are forwarded too. Exemptions of the Wbp apply. Tulpen shall assist the Client.`;
    expect(extractVendor(docFromText(text))).toBe('Tulpen');
  });

  it('look-alike: a company whose alias follows its name is still the party', () => {
    const text = `Processor Agreement\nThe Processor, Tulpen Data Act Services B.V. (“Tulpen”), processes personal data. Tulpen shall assist the Client. Tulpen keeps records.`;
    expect(extractVendor(docFromText(text))).toBe('Tulpen');
  });
});

describe('extractVendor: what a provider sells is no name alone ("Cloud Service Service Level Agreement")', () => {
  it('does not take "Cloud" of the title for the provider', () => {
    // (Quorvex, named once, is too little evidence for a name: none rather than a guess.)
    const text = `# Cloud Service Service Level Agreement\n\nQuorvex will use commercially reasonable efforts to maximize the availability of the Cloud Services. Downtime of the Cloud Services is measured monthly. Credits apply to the Cloud Services fees.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('look-alike: a brand with "Cloud" in it is still the provider', () => {
    const text = `# Quorvex Cloud Service Level Agreement\n\nThis SLA is between Quorvex Cloud Ltd (“Quorvex Cloud”) and the Customer. Quorvex Cloud will make the Service available 99.9% of each month.`;
    expect(extractVendor(docFromText(text))).toMatch(/^Quorvex/);
  });
});

describe('extractVendor: an SLA named for a product, made available by its provider (vendor/makerOfProduct)', () => {
  it('reads the subject of "will use commercially reasonable efforts to make <product> available"', () => {
    const text = `# Parcel Relay Service Level Agreement\n\nThis Parcel Relay Service Level Agreement (“SLA”) is a policy governing the use of Parcel Relay (“Parcel Relay”).\n\nOrvane will use commercially reasonable efforts to make Parcel Relay available with a Monthly Uptime Percentage of at least 99.9%. If Parcel Relay does not meet the commitment, you receive a credit. Parcel Relay credits are applied to future invoices for Parcel Relay.`;
    expect(extractVendor(docFromText(text))).toBe('Orvane');
  });

  it("look-alike: the provider's short form making its own named service available keeps the name", () => {
    const text = `# Service Level Agreement - Tarnwick GmbH\n\nThis Tarnwick Service Level Agreement is a policy governing the services provided by Tarnwick GmbH (“TW”).\n\nTW will use commercially reasonable efforts to make the Tarnwick Service available 99.95% of each month. Tarnwick will credit you if it does not.`;
    expect(extractVendor(docFromText(text))).toBe('Tarnwick');
  });
});

describe('extractVendor: "we" and "you" in other languages are roles, not names', () => {
  it('reads the company before an Indonesian or Italian "we" and never the pronoun', () => {
    const id = `Perjanjian Tingkat Layanan\nPT Awan Biru Digital (“Kami”) menyediakan layanan ini kepada pengguna (“Anda”). Kami berhak mengubah ketentuan ini. Kami akan memberi tahu Anda. Layanan Kami tersedia setiap hari.`;
    expect(extractVendor(docFromText(id))).toBe('Awan Biru');
    const it_ = `Termini di Servizio\nNuvolaria S.r.l. (“Noi”) fornisce il Servizio all'utente (“Voi”). Noi possiamo modificare i termini. Noi rispondiamo entro due giorni.`;
    expect(extractVendor(docFromText(it_))).toBe('Nuvolaria');
  });

  it('look-alike: a brand defined in quotes after its company is still the vendor', () => {
    const text = `Perjanjian Tingkat Layanan\nPT Awan Biru Digital (“Kamilo”) menyediakan layanan ini. Kamilo berhak mengubah ketentuan ini. Kamilo akan memberi tahu pengguna.`;
    expect(extractVendor(docFromText(text))).toBe('Kamilo');
  });
});

describe('extractVendor: a signature block names who signs, not who provides', () => {
  it('never reads "signature" after a company form as a name styled in lower case', () => {
    const text = `Data Processing Agreement\nThe Processor shall process personal data on instructions.\nNotes:\n1. Halvard Data Inc. signature must be obtained before this Agreement takes effect.\n2. The electronic signature of each party binds it; a scanned signature is an original signature.`;
    expect(extractVendor(docFromText(text))).not.toBe('signature');
  });

  it('look-alike: a company named Signet is still a name', () => {
    const text = `Terms of Service\nThese terms are between Signet Cloud Ltd. (“Signet”) and you. Signet shall host the Service. Signet may update these terms.`;
    expect(extractVendor(docFromText(text))).toBe('Signet');
  });
});

describe('extractVendor: a template placeholder names no one', () => {
  it('does not read a part of "[REGISTERED ADDRESS, Erbil / Baghdad]" as the provider', () => {
    const text = `Terms of Service\n| Provider | \`[LEGAL ENTITY NAME]\`, a limited liability company, registered office at \`[REGISTERED ADDRESS, Erbil / Baghdad]\` ("Company", "we", "us") |\nWe provide the Service. You pay the fees.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });

  it('look-alike: a filled-in company before "we" is read', () => {
    const text = `Terms of Service\nKalar Soft LLC, registered office at Erbil ("Company", "we", "us") provides the Service. Kalar Soft bills monthly.`;
    expect(extractVendor(docFromText(text))).toBe('Kalar Soft');
  });
});

describe('extractVendor: a contract’s opening section names no party', () => {
  it('does not read "RECITALS" as the vendor', () => {
    const text = `RECITALS\nWHEREAS, the Foundation runs a conference; and\nWHEREAS, Sponsor wishes to support it.\nNOW, THEREFORE, the Parties agree as follows.\nRecitals are part of this Agreement. Sponsor shall pay the fee. Recitals bind the Parties.`;
    expect(extractVendor(docFromText(text))).not.toBe('Recitals');
  });

  it('look-alike: a company named like a section still is a name when it defines itself', () => {
    const text = `Terms of Service\nBackground Check Labs Inc. (“Backdrop”) provides the Service. Backdrop shall host your data. Backdrop bills monthly.`;
    expect(extractVendor(docFromText(text))).toBe('Backdrop');
  });
});

describe('extractVendor: the abbreviated name of a kind of document is no vendor', () => {
  it('reads the brand, not "AVV", in "AVV / DPA | Brightwerk"', () => {
    const doc = docFromHtml(
      '<html><head><title>AVV / DPA | Brightwerk</title></head><body><main><h1>AVV / DPA</h1><p>This data processing agreement (AVV) is concluded between the customer and Brightwerk GmbH. Brightwerk processes personal data only on instructions. Brightwerk keeps records of the processing.</p></main></body></html>',
      'https://brightwerk.test/avv',
    );
    expect(extractVendor(doc)).toBe('Brightwerk');
  });

  it('look-alike: a brand in capitals that is no kind of document stays the vendor', () => {
    const doc = docFromHtml(
      '<html><head><title>DPA | AVX Cloud</title></head><body><main><h1>Data Processing Addendum</h1><p>AVX Cloud processes personal data on the customer’s instructions. AVX Cloud keeps records of the processing.</p></main></body></html>',
      'https://avx.test/dpa',
    );
    expect(extractVendor(doc)).toBe('AVX');
  });
});

describe('extractVendor: a plan or edition word alone is no party', () => {
  it('"quillo Enterprise will …" after a lower-case brand does not make "Enterprise" the vendor', () => {
    const doc = docFromText(
      '# quillo Enterprise Terms\n\nquillo Enterprise will be hosted in the region Licensee chooses. quillo Enterprise will keep daily backups. Premium will include phone support.',
    );
    expect(extractVendor(doc)).toBeNull();
  });

  it('look-alike: a company whose name starts with such a word keeps it ("Enterprise Rentals")', () => {
    const doc = docFromText(
      '# Enterprise Rentals Terms\n\nThese terms are between you and Enterprise Rentals Ltd. Enterprise Rentals will provide the vehicles.',
    );
    expect(extractVendor(doc)).toBe('Enterprise Rentals');
  });
});

describe('extractVendor: a title segment that is a place (isPlaceSegment)', () => {
  const page = (title: string, body: string) =>
    docFromHtml(
      `<html><head><title>${title}</title></head><body><h1>Service Level Agreement</h1>${body}</body></html>`,
    );

  it('"Service Level Agreement | Mombasa, Kenya" names where the vendor is, not who', () => {
    const doc = page(
      'Service Level Agreement | Mombasa, Kenya',
      '<p>We respond to critical tickets within 2 hours. We will notify you 48 hours before maintenance.</p>',
    );
    expect(extractVendor(doc)).toBeNull();
  });

  it('look-alike: a brand with its country and no comma ("Safiri Kenya") is a name', () => {
    const doc = page(
      'Service Level Agreement | Safiri Kenya',
      '<p>Safiri Kenya will notify you 48 hours before maintenance.</p><p>Safiri Kenya will keep your site online.</p>',
    );
    expect(extractVendor(doc)).toBe('Safiri Kenya');
  });
});

describe('extractVendor: a name before the title’s kind that the body uses as a name (titleNamed)', () => {
  it('a page titled "Brightmoor Labs SLA" whose body speaks of "Brightmoor Labs clients" names Brightmoor', () => {
    const doc = docFromHtml(
      '<html><head><title>Brightmoor Labs SLA</title></head><body><h1>Service Level Agreement (SLA)</h1><p>This SLA outlines our standard response targets for Brightmoor Labs clients.</p><h2>Response Targets</h2><p>Critical</p><p>Initial response within 1 hour.</p></body></html>',
    );
    expect(extractVendor(doc)).toBe('Brightmoor');
  });

  it('look-alike: "Priority Support SLA" whose body also writes "priority support" in lower case names no one', () => {
    const doc = docFromText(
      '# Priority Support SLA\n\nThis SLA sets out response targets for Priority Support clients. Customers without priority support get best effort.\n\nCustomer shall report incidents by email. Critical: initial response within 1 hour.',
    );
    expect(extractVendor(doc)).toBeNull();
  });
});

describe('extractVendor: the plural of a generic word is generic ("Subscriptions")', () => {
  it('a page titled by its section "Subscriptions" does not make that word the vendor', () => {
    const doc = docFromHtml(
      '<html><head><title>Subscriptions</title></head><body><h1>Subscriptions</h1><p>Some parts of the Service are billed on a subscription basis. Subscriptions renew monthly. Subscriptions may be cancelled at any time.</p><p>Subscriptions will renew unless you cancel them.</p></body></html>',
    );
    expect(extractVendor(doc)).not.toBe('Subscriptions');
  });

  it('look-alike: a brand that ends in "s" and is no plural of a generic word ("Atlas Forms") stays a name', () => {
    const doc = docFromText(
      '# Atlas Forms Terms of Service\n\nAtlas Forms will host your forms. Atlas Forms will keep backups.',
    );
    expect(extractVendor(doc)).toBe('Atlas Forms');
  });
});

describe('extractVendor: a title that says the document is a template names no one', () => {
  it('"Data Processing Agreement — Bilingual Template" and "اتفاقية مستوى الخدمة — نموذج" give no vendor', () => {
    const body =
      '\n\nThis Agreement is made between the Controller and the Processor. The Processor shall process Personal Data only on documented instructions.';
    expect(extractVendor(docFromText(`# Data Processing Agreement — Bilingual Template${body}`))).toBeNull();
    expect(
      extractVendor(
        docFromText('# اتفاقية مستوى الخدمة — نموذج\n\nتحدد هذه الاتفاقية مستويات الخدمة بين مقدم الخدمة والعميل.'),
      ),
    ).toBeNull();
  });

  it('look-alike: a brand after the kind ("Data Processing Agreement — Kestrel Analytics") is still read', () => {
    const doc = docFromText(
      '# Data Processing Agreement — Kestrel Analytics\n\nKestrel Analytics will process Personal Data only on documented instructions. Kestrel Analytics will notify breaches.',
    );
    expect(extractVendor(doc)).toBe('Kestrel Analytics');
  });
});

describe('extractVendor: a descriptive tail alone is no name ("Technology" of "808 Technology")', () => {
  it('"808 Technology will …" does not make "Technology" the vendor', () => {
    const doc = docFromText(
      '# Product Support Policy\n\n808 Technology will provide support for each release. 808 Technology will notify customers before a release reaches its end of life. 808 Technology will publish release notes. 808 Technology’s engineers answer tickets. 808 Technology’s portal lists releases. 808 Technology will keep this policy current. 808 Technology will patch security issues.',
    );
    expect(extractVendor(doc)).not.toBe('Technology');
  });

  it('look-alike: a brand before the same tail is still read ("Lumora Technology")', () => {
    const doc = docFromText(
      '# Lumora Technology Support Policy\n\nLumora Technology will provide support for each release. Lumora Technology will publish release notes. Lumora Technology’s engineers answer tickets.',
    );
    expect(extractVendor(doc)).toBe('Lumora Technology');
  });
});

describe('extractVendor: a subscription period defined in quotes is no party', () => {
  it('"billed … on a recurring and periodic basis (“Billing Cycle”)" does not make "Billing Cycle" the vendor', () => {
    const doc = docFromHtml(
      '<html><head><title>Subscriptions</title></head><body><h1>Terms</h1><p>You will be billed in advance on a recurring and periodic basis ("Billing Cycle"). Billing cycles are set monthly.</p><p>At the end of each Billing Cycle, your Subscription renews. The Billing Cycle may change. Each Billing Cycle will be shown in your account. The Billing Cycle will start on the day you subscribe.</p></body></html>',
    );
    expect(extractVendor(doc)).not.toBe('Billing Cycle');
  });

  it('look-alike: a company defined in quotes after its name is still read ("Tallis Data Ltd (“Tallis”)")', () => {
    const doc = docFromText(
      '# Terms\n\nThese terms are between you and Tallis Data Ltd ("Tallis"). Tallis will host the service. Tallis will keep backups.',
    );
    expect(extractVendor(doc)).toBe('Tallis');
  });
});

describe('a preamble in capitals: the word that joins the name to the sentence ends it', () => {
  const vendorOf = (text: string) => extractVendor(docFromText(text));
  it('"… A LEGAL AGREEMENT WITH LARKSPUR LABS LTD. (the “COMPANY”, “US”)"', () => {
    expect(
      vendorOf(
        'SUBSCRIPTION AGREEMENT\n\nBY CLICKING “I AGREE”, YOU (“YOU” OR “CUSTOMER”) ARE ENTERING INTO A LEGAL AGREEMENT WITH LARKSPUR LABS LTD. (the “COMPANY”, “US”, “OUR” AS APPLICABLE), AND AGREE TO THE TERMS OF THIS AGREEMENT.\n\n1. The Company will provide the Service. Customer shall pay the fees.',
      )?.toLowerCase(),
    ).toBe('larkspur');
  });
  it('"QUILLON, INC., A DELAWARE CORPORATION (THE “LICENSOR”)": the descriptor in capitals is no part of the name', () => {
    expect(
      vendorOf(
        'LICENSE AGREEMENT\n\nQUILLON, INC., A DELAWARE CORPORATION (THE “LICENSOR”) IS WILLING TO LICENSE THIS SOFTWARE TO YOU (THE “LICENSEE”) ONLY ON THE CONDITION THAT YOU ACCEPT THIS AGREEMENT.\n\n1. Licensor grants Licensee a license. Licensee shall pay the fees.',
      )?.toLowerCase(),
    ).toBe('quillon');
  });
  it('look-alike: a title-case preamble reads as before', () => {
    expect(
      vendorOf(
        'SUBSCRIPTION AGREEMENT\n\nBy clicking “I agree”, you (“you” or “Customer”) enter into a legal agreement with Larkspur Labs Ltd. (the “Company”, “us”), and agree to these terms.\n\n1. The Company will provide the Service.',
      ),
    ).toBe('Larkspur');
  });
});

describe('a statement of work names its staff, not a vendor', () => {
  /** The names the vendor reading weighed (its trace), lower-cased. */
  const considered = (text: string) => {
    const { events } = withTrace(() => extractVendor(docFromText(text)));
    const why = events.find((e) => e.rule === 'vendor/candidates')?.why ?? '';
    return why.toLowerCase();
  };
  it('"Alternate CO’s Representative (ACOR)": an unquoted acronym of a role, an acronym inside it', () => {
    const text =
      'The Contracting Officer will designate one (1) Alternate CO’s Representative (ACOR) for performance management. ACOR will review each deliverable. ACOR shall accept or reject deliverables within five (5) business days. ACOR may request changes to the backlog.';
    expect(considered(text)).not.toContain('acor');
  });
  it('"Product Lead": a staff role is no name', () => {
    const text =
      'The Agency Product Lead coordinates the work. Lead will review each deliverable. Lead shall accept or reject deliverables within five (5) business days. Lead may request changes.';
    expect(considered(text)).not.toContain('lead');
  });
  it('look-alikes: a company’s unquoted acronym, a name in capitals with its acronym', () => {
    expect(
      considered(
        'This Agreement is made between Quarrystone Data Systems Corporation (QDSC) and the Customer. QDSC will provide the Services. QDSC may suspend the Services.',
      ),
    ).toContain('qdsc');
    expect(
      vendorOf(
        'This agreement is entered into by PHL VARIABLE INSURANCE COMPANY ("PHLVIC") and the Customer. PHLVIC will provide the Services. PHLVIC may suspend the Services. PHLVIC shall invoice the Customer.',
      ),
    ).toBe('PHLVIC');
  });
  const vendorOf = (text: string) => extractVendor(docFromText(text));
});

describe("a subject's company form and the document's own parts", () => {
  const vendorOf = (text: string) => extractVendor(docFromText(text));
  it('"Harbek GmbH will …": the uses count for Harbek', () => {
    const { events } = withTrace(() =>
      vendorOf(
        'Pro License Agreement\n\nHarbek GmbH will provide the Software. Harbek GmbH may update the Software. Harbek GmbH shall support the Software for twelve months. The Licensee shall pay the fees.',
      ),
    );
    const why = events.find((e) => e.rule === 'vendor/candidates')?.why ?? '';
    expect(why).toMatch(/\bHarbek \d/);
    expect(why).not.toContain('GmbH');
  });
  it('look-alike: "the Village Media Company shall …" keeps "Company", which ends a defined term', () => {
    const { events } = withTrace(() =>
      extractVendor(
        docFromText(
          'License Agreement\n\nThe Village Media Company shall pay the fees. Village Media Company shall report each quarter. Village Media Company may sublicense the content.',
        ),
      ),
    );
    expect(events.find((e) => e.rule === 'vendor/candidates')?.why ?? '').not.toMatch(/\bVillage Media \d/);
  });
  it('"(“Addendum”)": the name the document gives itself is no party', () => {
    expect(
      vendorOf(
        'DATA PROCESSING AGREEMENT\n\nThis Data Processing Agreement, including any Appendices (“Addendum”), forms part of the Service Agreement. This Addendum applies to the processing of personal data. The Processor shall process personal data only on documented instructions.',
      ),
    ).toBeNull();
  });
});

describe('extractVendor: a name longer than the subject pattern takes, ended by a two-word form ("Pty Ltd")', () => {
  it('reads "Harbour Light" from "Harbour Light Pty Ltd does not …", never the tail "Light Pty"', () => {
    const text = [
      '# Software Licence',
      'This licence is granted by Harbour Light Pty Ltd. Harbour Light Pty Ltd does not transfer title to the software.',
      "Harbour Light Pty Ltd's entire liability is limited to the licence fee. Harbour Light Pty Ltd may end this licence if you breach it.",
      'Harbour Light Pty Ltd will provide updates for a year.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Harbour Light');
  });
  it('look-alike: a name with a one-word form after a label ("Hardware & Infrastructure Tesseline Hosting Ltd offers") keeps its own words', () => {
    const text = [
      '# Service Level Agreement',
      'Hardware & Infrastructure Tesseline Hosting Ltd offers a 99.9% uptime guarantee in any given month.',
      'Services Tesseline Hosting Ltd provides a 99.9% uptime guarantee for all back-end services.',
      'Game Servers Tesseline Hosting Ltd offers a 99.9% uptime guarantee for official servers. Tesseline Hosting Ltd will credit missed months.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Tesseline Hosting');
  });
});

describe('extractVendor: a party named by its role at an event is no vendor', () => {
  it('"(“Event Organizer”)" in an agreement whose parties are left blank gives no vendor', () => {
    const text = [
      '# Venue Agreement',
      'This Venue Agreement is entered into by and between (“Event Organizer”) and (“Host”).',
      'Event Organizer shall pay the Host the fee. Event Organizer shall comply with the venue rules. Event Organizer may cancel up to 48 hours before the event.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBeNull();
  });
  it('look-alike: a company whose name holds another word ("Eventide Labs (“Eventide”)") is still read', () => {
    const text = [
      '# Venue Agreement',
      'This Venue Agreement is entered into by Eventide Labs Ltd (“Eventide”) and the customer.',
      'Eventide shall provide the venue. Eventide may cancel up to 48 hours before the event. Eventide will refund the fee.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Eventide');
  });
});

describe('extractVendor: a register number without brackets between the name and its defined role', () => {
  it('reads "Kestrel Byte" from "… and Kestrel Byte Pty Ltd ACN 123 456 789 (“Licensor”)"', () => {
    const text = [
      '# End User Licence Agreement',
      'This agreement is between you, an individual or business (“you” or “Licensee”) and Kestrel Byte Pty Ltd ACN 123 456 789 (“Licensor”) for the Tern software.',
      'The Licensor grants you a licence to use the software.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Kestrel Byte');
  });
  it('look-alike: a name that ends in a number of its own ("Studio 54 (“Licensor”)") is not cut', () => {
    const text = [
      '# End User Licence Agreement',
      'This agreement is between you (“Licensee”) and Studio 54 (“Licensor”) for the Tern software.',
      'The Licensor grants you a licence to use the software.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Studio 54');
  });
});

describe('extractVendor: terms that only look like names (a licence, a described word, the reader’s own thing)', () => {
  const licence = [
    '# END-USER LICENSE AGREEMENT',
    'This EULA is a legal agreement between you and Quorra Systems.',
    'Software shall be deemed delivered when it is made available for download by you (“Delivery”). This Agreement is effective as of the Delivery of the Software.',
    'The Open Source version of the Software (“LGPL Version”) is licensed under the terms of the GNU Lesser General Public License version 3.0 (“LGPL”) and not under this EULA.',
    'Quorra Systems shall provide you with source code. Quorra Systems may update the Software. Quorra Systems reserves all rights not granted. Quorra Systems does not warrant the Software.',
  ].join('\n');
  it('reads "Quorra Systems" where a licence’s name ("LGPL Version", "LGPL") and a word the sentence describes ("Delivery") tie it', () => {
    expect(extractVendor(docFromText(licence))).toBe('Quorra Systems');
  });
  it('look-alike: a one-word brand the defining sentence does not describe stays a candidate', () => {
    const text = [
      '# Terms of Service',
      'These terms are an agreement between you and Rivermark Labs Inc. (“Rivermark”).',
      'Rivermark shall provide the service. Rivermark may update these terms. Rivermark reserves all rights.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Rivermark');
  });
  it('a short term for the reader’s own thing ("your username and password (“ID”)") is no party', () => {
    const text = [
      '# Terms of Use',
      'You shall not lend or sell your Account or username and password (“ID”) to another party. You shall keep your ID secret.',
      'The ID may be suspended. The ID shall be used by you alone. The ID may not be shared.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('extractVendor: the provider pronoun glossed by its company ("us (Acme, LLC d/b/a Acme Cloud)")', () => {
  it('reads the trade name from "between us (Novella Works, LLC d/b/a Seven Oaks) and you"', () => {
    const text = [
      '# Master Services Agreement',
      'These terms apply to the relationship between us (Novella Works, LLC d/b/a Seven Oaks) and you, the client named above.',
      'We will perform the services. You will pay our fees within 15 days of each invoice.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Seven Oaks');
    expect(extractVendor(docFromText(text.replace(' d/b/a Seven Oaks', '')))).toBe('Novella Works');
  });
  it('look-alike: a bracket after "us" that names no company ("us (the team)", "us (see Section 4)") gives none', () => {
    const text = [
      '# Master Services Agreement',
      'These terms apply between us (See Section 4 for contacts) and you.',
      'We will perform the services. You will pay our fees.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBeNull();
  });
  it('keeps the tail of a name whose first word is a number ("Nine Labs", not "Nine")', () => {
    expect(shortName('Nine Labs LLC')).toBe('Nine Labs');
    expect(shortName('Brightwater Labs LLC')).toBe('Brightwater');
  });
});

describe('extractVendor: a document of its own named once, beside possessive uses', () => {
  it('counts "the X Terms & Conditions" once the possessives have made X a candidate', () => {
    const text = [
      '# Service Level Agreement',
      '',
      '"Downtime" is when the Quillmoor API is unavailable for a reason not listed in the Exclusions.',
      '"Scheduled Maintenance" means Quillmoor\'s routine maintenance, announced 72 hours in advance.',
      '- Use of the Services in a manner not authorized in the Quillmoor Terms & Conditions;',
      "- Factors outside of Quillmoor's reasonable control.",
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBe('Quillmoor');
    // Look-alike: named once in the document's name and once more, never as a party's possessive: not enough.
    const once = [
      '# Service Level Agreement',
      '',
      'Use of the Services in a manner not authorized in the Harbrook Terms & Conditions is excluded.',
      'The Harbrook API is monitored every minute.',
    ].join('\n');
    expect(extractVendor(docFromText(once))).toBeNull();
  });
});

describe('extractVendor: a company named like a defined term (rule vendor/companyFormName)', () => {
  const body =
    'We offer the Service. Please read these Terms before using the Service. Brackwater Data may change the Service. Brackwater Data will notify you of changes.';
  it('reads "X Data LLC (“we” … “X Data”)" as the company, whatever case the form is written in', () => {
    const text = `# Terms and Conditions\n\nThis Program (the “Program”) is operated by BRACKWATER DATA LLC, a Florida limited liability company (hereinafter, “we,” “us,” “our,” or “Brackwater Data”). ${body}`;
    expect(extractVendor(docFromText(text))).toBe('Brackwater Data');
  });
  it('keeps a defined term of that shape out when no company form follows it', () => {
    // Look-alikes: "Customer Data" defined as a thing; a role noun before a lower-case "as" (a Norwegian form's letters).
    const text = `# Terms and Conditions\n\nInformation you upload (“Customer Data”) is yours. Customer Data will be deleted after 30 days. Customer Data may be exported. The Distributor as agent may resell. The Distributor as agent will invoice.`;
    expect(extractVendor(docFromText(text))).toBeNull();
  });
});

describe('extractVendor: a part of the document that holds its variables', () => {
  it('"the Cover Page" is no party, however often it is the subject', () => {
    const text = [
      '# Harbor Mutual NDA (Version 2.0)',
      '',
      '1. **Introduction**. This Mutual Non-Disclosure Agreement (“**NDA**”) lets each party (“**Discloser**”) disclose its Confidential Information to the other party (“**Recipient**”). To use this NDA, the parties complete and sign a Harbor Cover Page or other compatible addendum incorporating this NDA (“**Cover Page**”). Each party is identified on the Cover Page.',
      '',
      '12. **General**. Notices must be sent to the addresses on the Cover Page. This NDA (which includes the Cover Page) is the entire agreement.',
    ].join('\n');
    expect(extractVendor(docFromText(text))).toBeNull();
    // Look-alike: a company whose name ends in the word, before its company form.
    const company = [
      '# Terms of Service',
      '',
      'Bright Page Ltd (“we”, “us” or “Bright Page”) runs the Service. Bright Page will host your site. Bright Page may suspend accounts.',
    ].join('\n');
    expect(extractVendor(docFromText(company))).toBe('Bright Page');
  });
});
