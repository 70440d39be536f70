import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../extractors/common/parse-html';
import { collectPageSignals, detectPage, kindOfPhrase } from '../extractors/detect';
import { naming } from '../extractors/detect/features';
import { docFromDocument, docFromText } from '../extractors/input';
import { classifyDoc, docScoreInput } from '../extractors/kind';

// Short passages composed for these tests: each imitates the structure of a kind of page.

const SLA = `# Zentrix Service Level Agreement

Last Updated: 2 May 2024

This Service Level Agreement ("SLA") is part of the Zentrix Subscription Agreement (the "Agreement") between Zentrix Ltd. ("Zentrix", "we") and the customer named in the Order Form ("Customer").

1. Service Commitment

Zentrix will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9%. If Zentrix does not meet this commitment, Customer shall be eligible to receive a Service Credit as described below.

2. Definitions

"Downtime" means any period in which the Service is unavailable, excluding the Exclusions set forth in Section 4.

3. Service Credits

Service Credits are calculated as a percentage of the monthly subscription fees paid by Customer for the affected month. Customer must request a Service Credit within thirty (30) days of the end of the month in which the Downtime occurred.

4. Exclusions

This SLA does not apply to any unavailability caused by (i) factors outside Zentrix's reasonable control, including force majeure events; (ii) Customer's equipment or third-party software; or (iii) scheduled maintenance notified at least 48 hours in advance.

5. Sole Remedy

Service Credits are Customer's sole and exclusive remedy for any failure by Zentrix to meet this SLA. Zentrix's liability under this SLA shall not exceed the fees paid in the month in question.`;

const TERMS = `Terms of Service

These Terms of Service (the "Terms") govern your access to and use of the Bluefin platform. By using the Services you agree to be bound by these Terms.

1. Accounts
You shall provide accurate information when creating an account and shall keep your credentials confidential. You are responsible for all activity under your account.

2. Fees
Fees are non-refundable except as expressly set forth herein. We reserve the right to change the fees upon thirty (30) days' prior written notice.

3. Termination
Either party may terminate these Terms upon written notice if the other party materially breaches these Terms and fails to cure the breach within thirty (30) days.

4. Limitation of Liability
In no event shall either party be liable for any indirect, incidental or consequential damages. Our total liability shall not exceed the fees paid by you in the twelve (12) months preceding the claim.

5. Governing Law
These Terms shall be governed by the laws of the State of New York, without regard to its conflict of laws principles.`;

const DPA = `# Data Processing Addendum

This Data Processing Addendum ("DPA") forms part of the agreement between Customer ("Controller") and Lumio Inc. ("Processor").

1. Processing of Personal Data
Processor shall process Personal Data only on documented instructions from Controller, including with regard to transfers of personal data to a third country.

2. Sub-processors
Controller hereby authorises Processor to engage sub-processors. Processor shall inform Controller of any intended changes concerning the addition or replacement of sub-processors.

3. Security
Processor shall implement appropriate technical and organisational measures to protect Personal Data against a Personal Data Breach, and shall notify Controller without undue delay after becoming aware of a Personal Data Breach.

4. Data Subject Rights
Processor shall assist Controller in responding to requests from data subjects exercising their rights under applicable data protection laws.`;

const PRIVACY = `Privacy Policy

This Privacy Policy explains how Orbitly Inc. ("Orbitly", "we", "us") collects, uses and shares personal information when you use our website and services.

Information We Collect
We collect personal information you provide to us, such as your name and email address, and information collected automatically, such as cookies and usage data.

How We Use Information
We use personal information to provide and improve the services, to communicate with you, and to comply with applicable laws. We do not sell your personal information.

Your Rights
Depending on where you live, you may have the right to access, correct or delete your personal information, and to opt out of certain processing. To exercise these rights, contact privacy@orbitly.example.

Retention
We retain personal information for as long as necessary to fulfil the purposes described in this Privacy Policy, unless a longer retention period is required by applicable law.`;

const AUP = `Acceptable Use Policy

This Acceptable Use Policy ("Policy") applies to all use of the Harbor services. Customer shall not, and shall not permit any user to, use the services to:
- send unsolicited bulk email or spam;
- violate any applicable law or the rights of any third party;
- attempt to gain unauthorised access to any system or network;
- distribute malware or engage in any activity that interferes with the services.
Harbor reserves the right to suspend any account that violates this Policy without prior notice. Violations of this Policy may result in termination of the Agreement in accordance with its terms.`;

const MSA = `MASTER SERVICES AGREEMENT

This Master Services Agreement (the "Agreement") is entered into as of the Effective Date by and between Corvid Systems, Inc. ("Corvid") and the entity identified in the applicable Order Form ("Customer").

1. Services. Corvid shall provide the Services described in each Statement of Work executed by the parties. Each Statement of Work shall be governed by this Agreement.

2. Payment. Customer shall pay all undisputed invoices within thirty (30) days of receipt.

3. Confidentiality. Each party shall hold the other party's Confidential Information in confidence and shall not disclose it to any third party except as permitted herein.

4. Indemnification. Corvid shall indemnify Customer against any third-party claim alleging that the Services infringe any intellectual property right.`;

const DELIVERY_POLICY = `Service Delivery Policy

This Service Delivery Policy (hereinafter the "Policy") governs the delivery of the digital services provided by Quillo (Pvt.) Ltd. (hereinafter "Quillo", "we") to any customer (hereinafter "Customer").

Service Activation
Access credentials shall be issued within three (3) business days from the date of contract execution. Quillo reserves the right to delay activation in the event of suspected fraud.

Customer Obligations
The Customer shall keep its login credentials confidential and shall promptly notify Quillo of any unauthorised access.

Governing Law
This Policy shall be governed by and construed in accordance with the laws of Pakistan.`;

// Negatives: pages that talk about uptime, SLAs or terms without being a legal document.

const NEWS = `# Cloud outage knocks thousands of businesses offline

By Dana Whitfield, technology reporter. Published 3 hours ago. 4 min read.

Thousands of businesses were left without access to their online tools on Tuesday after a major cloud provider suffered an outage that lasted more than five hours.

The company said the disruption was caused by a faulty configuration change in its networking layer. "We apologise to every customer affected," a spokesperson told reporters.

The provider advertises 99.9% uptime in its service level agreement, which means customers may be eligible for service credits under its terms. According to analysts, the outage could cost the company millions in credits and damage its reputation.

Several customers said they had received little information during the incident. The company said it would publish a full report within a week.

Share this article. Comments (42)`;

const PRICING = `# Pricing

Simple, transparent pricing for teams of every size.

Starter | $19/month per user | Up to 5 projects | Email support
Pro | $49/month per user | Unlimited projects | Priority support | 99.99% uptime SLA
Enterprise | Contact sales | SSO and audit logs | Dedicated success manager

Start your free trial today. No credit card required.

Most popular: Pro. Billed annually, save 20%.

Can I cancel anytime? Yes, you can cancel your subscription at any time from the billing page.

Do you offer an SLA? Our Enterprise plan includes a 99.99% uptime SLA with service credits. Terms apply.

Get started`;

const BLOG = `# What Is an SLA? A Guide to Service Level Agreements

Posted by Marco Ruiz, 6 min read

If you buy software as a service, you've probably seen the term SLA. In this post we'll explain what a service level agreement is, what it usually covers, and what to look for before you sign.

An SLA is a contract between a provider and a customer that defines the level of service the customer can expect. Most SLAs promise a certain uptime, like 99.9% per month, which allows roughly 43 minutes of downtime.

When the provider misses that target, you'll usually receive service credits: a percentage of your monthly fee back. Here's the catch: credits are often the sole remedy, and the provider's liability is limited.

Key takeaways: read the exclusions, check how downtime is measured, and ask how long you have to claim a credit. Let's look at a few examples.

Subscribe to our newsletter for more tips.`;

const PRODUCT = `# Pulsecheck: uptime monitoring that never sleeps

Know the moment your website goes down. Pulsecheck checks your endpoints every 30 seconds from 12 regions and alerts your team by SMS, Slack or email.

Trusted by 10,000 teams. Keep your uptime above 99.9% and prove it to your customers with beautiful status pages.

Features: multi-region checks, SSL expiry alerts, incident timelines, on-call schedules.

Start your free trial. See pricing. Book a demo.`;

const LAWSUIT_NEWS = `# Court rules software vendor breached its contract

By Priya Nair. Updated 2 hours ago.

A federal judge ruled on Monday that a software vendor breached its master services agreement with a regional hospital group, according to court filings.

The hospital said the vendor failed to meet the uptime commitment in its service level agreement and argued that the limitation of liability clause should not apply. The vendor said it would appeal.

"The contract is clear," the hospital's lawyer told reporters. Analysts said the ruling could make vendors more careful about indemnification terms.

The judge also found that the vendor's terms of service were governed by New York law. A hearing on damages is scheduled for next month.`;

describe('classifyDoc', () => {
  const cases: [string, string, string][] = [
    ['SLA', SLA, 'sla'],
    ['terms', TERMS, 'terms'],
    ['DPA', DPA, 'dpa'],
    ['privacy policy', PRIVACY, 'privacy'],
    ['acceptable use policy', AUP, 'aup'],
    ['MSA', MSA, 'msa'],
    ['service delivery policy', DELIVERY_POLICY, 'policy'],
  ];
  for (const [name, text, kind] of cases) {
    it(`classifies a ${name} as legal, kind ${kind}`, () => {
      const v = classifyDoc(docFromText(text));
      expect(v.kind).toBe(kind);
      expect(v.isLegal).toBe(true);
      expect(v.score).toBeGreaterThanOrEqual(0.5);
      expect(v.score).toBeLessThanOrEqual(1);
    });
  }

  const negatives: [string, string][] = [
    ['a news article about an outage', NEWS],
    ['a pricing page with an uptime SLA and "Terms apply"', PRICING],
    ['a blog post about SLAs', BLOG],
    ['a product page about uptime', PRODUCT],
    ['a news article about a contract lawsuit', LAWSUIT_NEWS],
  ];
  for (const [name, text] of negatives) {
    it(`says not legal for ${name}`, () => {
      const v = classifyDoc(docFromText(text));
      expect(v).toEqual({ isLegal: false, kind: 'other', score: v.score });
      expect(v.score).toBeLessThan(0.5);
    });
  }

  it('reads the kind from the title when the text is generic', () => {
    const doc = docFromText(TERMS.replace('Terms of Service', 'Intro'), { title: 'SaaS Agreement | Bluefin' });
    expect(classifyDoc(doc).kind).toBe('terms');
  });

  it('reads the kind from the URL path', () => {
    const body = TERMS.replace(/Terms of Service|these Terms|the "Terms"/g, 'this document');
    const doc = docFromText(body, { title: 'Legal', url: 'https://bluefin.example/legal/dpa' });
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true, kind: 'dpa' });
  });

  it('recognises an SLA by its content when nothing names it', () => {
    const body = SLA.replace('# Zentrix Service Level Agreement', '# Uptime and Credits').replace(
      /Service Level Agreement \("SLA"\)|this SLA|This SLA/g,
      'this document',
    );
    expect(classifyDoc(docFromText(body))).toMatchObject({ isLegal: true, kind: 'sla' });
  });

  it('says not legal for empty or tiny text', () => {
    expect(classifyDoc(docFromText(''))).toMatchObject({ isLegal: false, kind: 'other' });
    expect(classifyDoc(docFromText('')).score).toBeLessThan(0.2);
    expect(classifyDoc(docFromText('Terms of Service')).isLegal).toBe(false);
  });
});

// A vendor page that shows its title as its first heading, as static sites do: Readability drops that heading
// from the article, so the next heading ("For shared plans", a section's) must not be read as the page's name.
const SLA_PAGE = (title: string, firstHeading: string) => `<!doctype html><html><head><title>${title}</title></head>
<body><header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav></header><main><article>
<h2>${firstHeading}</h2>
<p>We run the platform with high availability, so we offer the following SLA to our customers.</p>
<h2>For shared plans</h2>
<p>You can add an SLA for 50 USD a month. When monthly uptime falls below the target, we apply the following credits to your next invoice, as a share of that month's spend:</p>
<table><tr><th>Monthly uptime percentage</th><th>Service credit percentage</th></tr>
<tr><td>99.9 to 99%</td><td>10%</td></tr><tr><td>99 to 95%</td><td>25%</td></tr><tr><td>below 95%</td><td>50%</td></tr></table>
<h2>For dedicated plans</h2>
<p>The SLA is included at no charge. Credits are a percentage of your bill for the month of the incident.</p>
<h2>Requesting a credit</h2>
<p>To receive a credit you must email us by the end of the second billing cycle after the incident, with the dates and times of each incident and request logs that show the errors.</p>
<h2>Exclusions</h2>
<p>Credits do not apply to downtime caused by scheduled maintenance announced in advance, by your own code, or by events beyond our reasonable control.</p>
</article></main><footer>© Example</footer></body></html>`;

describe('classifyDoc on a page that shows its title as its first heading', () => {
  it('reads the next heading as a section, not as the page denying its title', () => {
    const doc = docFromDocument(parseHtmlDocument(SLA_PAGE('SLA', 'SLA')), 'https://example.com/sla');
    const input = docScoreInput(doc);
    expect(input.titleIsFirstHeading).toBe(true);
    expect(naming(input).headingDenied).toBe(false);
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true, kind: 'sla' });
    // The badge read the same page the same way.
    const page = parseHtmlDocument(SLA_PAGE('SLA', 'SLA'));
    expect(detectPage(collectPageSignals(page, 'https://example.com/sla'))).toMatchObject({
      isLegal: true,
      kind: 'sla',
    });
  });

  it('takes a first heading that is one segment of the title ("SLA" under "SLA | Example Cloud") as the title', () => {
    const doc = docFromDocument(parseHtmlDocument(SLA_PAGE('SLA | Example Cloud', 'SLA')), 'https://example.com/sla');
    const input = docScoreInput(doc);
    expect(input.titleIsFirstHeading).toBe(true);
    expect(naming(input).headingDenied).toBe(false);
    // Look-alike: a heading that is only part of a segment is the page's own.
    const part = docFromDocument(
      parseHtmlDocument(SLA_PAGE('SLA plans | Example Cloud', 'SLA')),
      'https://example.com/sla',
    );
    expect(docScoreInput(part).titleIsFirstHeading).toBe(false);
  });

  it('still reads a first heading of its own that denies ("Plans and pricing" under the title "SLA")', () => {
    const doc = docFromDocument(parseHtmlDocument(SLA_PAGE('SLA', 'Plans and pricing')), 'https://example.com/sla');
    const input = docScoreInput(doc);
    expect(input.titleIsFirstHeading).toBe(false);
    expect(naming(input).headingDenied).toBe(true);
  });
});

describe('a title that names a kind and opens with a question word is about such documents', () => {
  // Composed: an opinion piece on SLAs, with the vocabulary of one (uptime, credits, notice, liability).
  const BLOG = `# What a good SLA looks like: five clauses worth pushing back on

By Dana Whitlock · 12 June 2025 · 6 min read

Buyers rarely read the service level agreement closely. Here are the clauses I always negotiate.

## The uptime figure

A promise of 99.9% a month still allows about 43 minutes of downtime, so ask how maintenance is counted and how much notice you get.

## Service credits

Credits of 10% below 99.9% and 25% below 99% are common, and they are usually your sole remedy.

## Liability

Most vendors cap liability at the fees paid in the previous twelve months; ask for more for data breaches.

Enjoyed this? Subscribe to the newsletter for more.`;

  it('denies the title and reads the page as not legal', () => {
    const doc = docFromText(BLOG);
    const named = naming(docScoreInput(doc));
    expect(named.titleKind).toBe('sla');
    expect(named.titleDenied).toBe(true);
    expect(classifyDoc(doc).isLegal).toBe(false);
  });

  it('look-alikes: a kind named first, and a question title that names no kind', () => {
    const title = (t: string) => naming(docScoreInput(docFromText(`# ${t}\n\nThe Provider shall respond.`)));
    expect(title('Service Level Agreement: what it covers').titleDenied).toBe(false);
    expect(title('How we use your information').titleDenied).toBe(false);
    expect(title('Why our Terms of Service changed').titleDenied).toBe(true);
  });
});

describe('classifyDoc: a short SLA whose provider guarantees a figure', () => {
  it('is legal: "X guarantees 99.9% …" binds the provider', () => {
    const sla = `# Network SLA

Tarnside Hosting guarantees 99.9% network availability in each calendar month, excluding announced maintenance.

Service credits:

- 99.00% to 99.89%: 5% of the monthly invoice
- 97.00% to 98.99%: 10% of the monthly invoice
- below 97.00%: 20% of the monthly invoice

Credits must be requested within 14 days after the end of the affected month.`;
    expect(classifyDoc(docFromText(sla))).toMatchObject({ isLegal: true, kind: 'sla' });
  });

  it('look-alike: a pricing page selling an "uptime guarantee" is not legal', () => {
    const pricing = `# Pricing

Plans for every team.

- Starter, $9 per month: 5 sites, email support.
- Pro, $29 per month: 50 sites, a 99.9% uptime guarantee, priority support.
- Business, $99 per month: unlimited sites, a 99.99% uptime guarantee with service credits, phone support.

All plans include a 30-day money-back guarantee. Start your free trial today.`;
    expect(classifyDoc(docFromText(pricing)).isLegal).toBe(false);
  });
});

describe('classifyDoc: an article describing what contracts usually say', () => {
  it('is not legal: it hedges ("typically", "often", "usually") where a contract states', () => {
    const article = `# Outsourcing agreements: what buyers negotiate in 2026

Providers rarely accept uncapped liability. Their standard terms typically limit aggregate liability to the fees paid in the year before a claim and exclude indirect loss, lost profits and lost data.

## Caps
Buyers often ask for a higher cap for data protection and confidentiality breaches, usually two or three times annual fees.

## Service levels
Availability of 99.5% per month is typical, with service credits of 5% to 20% of monthly charges. Credits are often the sole remedy for downtime.

## Termination and exit
Buyers usually want a right to terminate for repeated service failures and at least 60 days after termination to retrieve their data.`;
    expect(classifyDoc(docFromText(article)).isLegal).toBe(false);
  });

  it('look-alike: an SLA that says "usually" once is still an SLA', () => {
    const sla = `# Service Level Agreement

This Service Level Agreement forms part of the Agreement between Tollard Hosting Ltd ("Tollard") and the Customer. Tollard will make the Service available 99.5% of the time in each calendar month. Maintenance is usually carried out at night; Tollard shall give the Customer 48 hours' notice of scheduled maintenance. If availability falls below 99.5%, the Customer will receive a service credit of 10% of the monthly fee. Service credits are the Customer's sole remedy for unavailability.`;
    expect(classifyDoc(docFromText(sla))).toMatchObject({ isLegal: true, kind: 'sla' });
  });
});

describe('the card and the badge read a page whose first heading repeats its title alike', () => {
  // Composed: a cookie notice with few words of contract language, its <h1> the same as its <title>.
  const page = (title: string, body: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><main><h1>${title}</h1>${body}</main><footer><a href="/privacy">Privacy</a></footer></body></html>`;
  const COOKIES = `<p>Last updated 9 May 2026</p><p>This Cookie Policy explains how Tarnfield uses cookies on tarnfield.example.</p><h2>What are cookies?</h2><p>Small text files stored on your device when you visit a website.</p><h2>Cookies we use</h2><ul><li>Necessary cookies keep you signed in.</li><li>Analytics cookies count visits.</li></ul><h2>Your choices</h2><p>You can accept or reject optional cookies in Cookie Settings at any time, or block cookies in your browser.</p>`;
  const verdicts = (html: string) => {
    const badge = detectPage(collectPageSignals(parseHtmlDocument(html), 'https://tarnfield.example/cookies'));
    const card = classifyDoc(docFromDocument(parseHtmlDocument(html), 'https://tarnfield.example/cookies'));
    return [badge.isLegal, card.isLegal];
  };

  it('a cookie notice gets the same verdict on the card as on its badge (legal)', () => {
    expect(verdicts(page('Cookie Policy', COOKIES))).toEqual([true, true]);
  });

  it('look-alike: a pricing page headed like its title is not legal on either', () => {
    const pricing = `<p>Simple plans for every team.</p><h2>Starter</h2><p>$9 per user per month. Cancel anytime.</p><h2>Business</h2><p>$19 per user per month, with SSO and priority support.</p>`;
    expect(verdicts(page('Pricing', pricing))).toEqual([false, false]);
  });
});

describe('the kind a document names in "these Terms of Service" when no title or heading names one', () => {
  // A terms page whose <title> is the site's slogan and whose own heading is styled text: its long data-protection
  // section must not make it a privacy policy.
  const privacySection = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>${i + 5}. Personal data. We collect personal data and personal information you give us; cookies help us; under the GDPR you have your rights as a data subject, and you may opt out at any time.</p>`,
  ).join('');
  const page = (opening: string) =>
    `<html><head><title>Harrowfield Wireless Solutions</title></head><body><main><p>${opening}</p><p>1. Service. The Service is licensed to you as software-as-a-service under these Terms. You shall not resell the Service. We shall not be liable for indirect damages.</p><p>2. Billing. You shall pay in advance. Your subscription renews automatically as these Terms provide.</p>${privacySection}</main></body></html>`;

  it('is terms for "Please read these Terms of Service carefully"', () => {
    const doc = docFromDocument(
      parseHtmlDocument(
        page(
          'Please read these Terms of Service (the “Terms”) carefully before using Harrowfield. By using the Service you agree to these Terms.',
        ),
      ),
    );
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('is no privacy policy for a contract titled as one that speaks of personal data', () => {
    const doc = docFromDocument(
      parseHtmlDocument(
        page(
          '<h1>Standard Plugin Contract</h1> This Contract governs your use of the Plugin. You agree to this Contract.',
        ),
      ),
    );
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true });
    expect(classifyDoc(doc).kind).not.toBe('privacy');
  });

  it('look-alike: a privacy policy that mentions the terms of service stays a privacy policy', () => {
    const doc = docFromDocument(
      parseHtmlDocument(
        page(
          'This Privacy Policy explains how Harrowfield handles personal data. Please also read our Terms of Service. This Privacy Policy applies to every user.',
        ),
      ),
    );
    expect(classifyDoc(doc)).toMatchObject({ isLegal: true, kind: 'privacy' });
  });
});

describe('classifyDoc: a contract whose title names no kind of the card', () => {
  const reseller = [
    'RESELLER AGREEMENT',
    '',
    'This Reseller Agreement ("Agreement") is a legal agreement between Quenby Apps LLC ("Company") and the business accepting it ("Reseller").',
    '',
    '1. Appointment. Company appoints Reseller as a non-exclusive reseller of the Software. Reseller shall market the Software under the terms of this Agreement.',
    '',
    '2. Customer data. Reseller shall publish a privacy policy to its customers and shall comply with this policy and with the Company acceptable use policy at all times; Company may update this policy on notice.',
    '',
    '3. Fees. Reseller shall pay the license fees set out in this Agreement within thirty (30) days of invoice.',
    '',
    '4. Term. This Agreement shall continue until terminated by either party on thirty (30) days written notice.',
    '',
    '5. Governing law. This Agreement shall be governed by the laws of the State of Arizona.',
  ].join('\n');

  it('is read as terms, though it speaks of a policy it requires', () => {
    expect(classifyDoc(docFromText(reseller))).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('look-alike: a policy titled so stays a policy, though it mentions the agreement', () => {
    const policy = reseller
      .replace('RESELLER AGREEMENT', 'Refund Policy')
      .replace('This Reseller Agreement ("Agreement") is a legal agreement', 'This Refund Policy applies to orders');
    expect(classifyDoc(docFromText(policy)).kind).toBe('policy');
  });
});

describe('classifyDoc: "Service Commitment", the cloud providers’ name for an SLA', () => {
  it('names an SLA in a title', () => {
    const text = [
      '# Harbor Cloud Service Commitment',
      '## Error priorities and response times',
      'Issues are classified by severity. We will use commercially reasonable efforts to respond within the time periods below.',
      '| Priority | First response |',
      '| --- | --- |',
      '| Urgent | 30 minutes |',
      '| High | 1 hour |',
      '| Normal | 2 hours |',
      'These objectives apply only to outages and defects in supported products used in supported ways.',
    ].join('\n');
    expect(classifyDoc(docFromText(text))).toMatchObject({ isLegal: true, kind: 'sla' });
  });

  it('look-alike: "our commitment to service" on a company page names nothing', () => {
    const text = [
      '# Our commitment to service',
      'For twenty years our family bakery has served the neighbourhood. Every loaf is baked fresh each morning, and our staff know our regulars by name.',
      'Visit us on Main Street, open every day from 7 am.',
    ].join('\n\n');
    expect(classifyDoc(docFromText(text)).isLegal).toBe(false);
    expect(kindOfPhrase('Our commitment to service')).toBeNull();
    expect(kindOfPhrase('Harbor Cloud Service Commitment')).toBe('sla');
  });
});
