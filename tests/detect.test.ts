import { describe, expect, it } from 'vitest';
import { detectPage, KIND_PHRASES, kindOfPhrase, kindOfUrl, SAMPLE_CHARS, textFeatures } from '../extractors/detect';

const SLA_TEXT = `This Service Level Agreement ("SLA") governs Customer's use of the Nimbo Service under the Nimbo Terms of Service (the "Agreement"). Capitalized terms not defined herein have the meaning set forth in the Agreement.
1. Service Commitment. Nimbo will use commercially reasonable efforts to make the Service available at least 99.95% of the time in each calendar month. If Nimbo does not meet this commitment, Customer shall be eligible for a Service Credit.
2. Exclusions. This SLA does not apply to unavailability caused by (i) force majeure events; (ii) Customer's systems; or (iii) scheduled maintenance.
3. Claims. Customer must submit a claim within thirty (30) days. Service Credits shall be Customer's sole and exclusive remedy, and Nimbo's liability shall not exceed the fees paid for the affected month.`;

const TERMS_TEXT = `These Terms of Use (the "Terms") govern your use of the Kestrel website. By accessing the website you agree to these Terms. You shall not copy, modify or distribute any content without our prior written consent. We reserve the right to suspend or terminate your access at our sole discretion. The website is provided "as is" without warranty of any kind, and in no event shall Kestrel be liable for any indirect or consequential damages. These Terms shall be governed by the laws of England and Wales, and the courts of London shall have exclusive jurisdiction. Section 4 applies notwithstanding any termination.`;

const NEWS_TEXT = `Thousands of businesses lost access to their tools on Tuesday after a cloud provider suffered a five-hour outage. The company said a faulty configuration change was to blame. "We are sorry," a spokesperson told reporters. The provider promises 99.9% uptime in its SLA, so customers may be owed service credits under its terms, according to analysts. Customers said they received little information during the incident. The company said a full report would follow within a week. Share this article.`;

const PRICING_TEXT = `Simple pricing for every team. Starter $12/month per user. Pro $29/month per user, with a 99.9% uptime SLA and priority support. Enterprise: contact sales for custom terms. Start your free trial, no credit card required. Billed annually. Most popular plan: Pro. Compare plans. Terms apply. Sign up today and get started in minutes.`;

// First: the content script runs the detector once per fresh page context, so the first
// call (V8 compiling everything it touches) is the cost that matters. The bound is loose
// (CI runs test files in parallel on two cores): it catches gross regressions, not noise;
// the in-page figure comes from the e2e run.
describe('detector cold cost', () => {
  it('takes under 20 ms on its first call in this process, on a 4,000-character legal sample', () => {
    const sample = `${SLA_TEXT}\n${TERMS_TEXT}\n`.repeat(4).slice(0, SAMPLE_CHARS);
    const t0 = performance.now();
    const v = detectPage({
      url: 'https://nimbo.example/legal/sla',
      title: 'Nimbo Service Level Agreement',
      headings: ['Service Level Agreement', '1. Service Commitment', '2. Exclusions'],
      sample,
    });
    const ms = performance.now() - t0;
    expect(v.isLegal).toBe(true);
    expect(ms).toBeLessThan(20);
  });
});

describe('detectPage', () => {
  it('fires on an SLA page with its kind', () => {
    const v = detectPage({
      url: 'https://nimbo.example/legal/sla',
      title: 'Nimbo Service Level Agreement',
      headings: ['Service Level Agreement', '1. Service Commitment'],
      sample: SLA_TEXT,
    });
    expect(v.isLegal).toBe(true);
    expect(v.kind).toBe('sla');
    expect(v.score).toBeGreaterThanOrEqual(0.8);
  });

  it('fires on terms of use with a neutral URL', () => {
    const v = detectPage({
      url: 'https://kestrel.example/page/17',
      title: 'Terms of Use',
      headings: [],
      sample: TERMS_TEXT,
    });
    expect(v).toMatchObject({ isLegal: true, kind: 'terms' });
  });

  it('does not fire on a news article about an outage with "99.9% uptime"', () => {
    const v = detectPage({
      url: 'https://news.example/tech/2025/cloud-outage',
      title: 'Cloud outage takes thousands of businesses offline',
      headings: ['Cloud outage takes thousands of businesses offline'],
      sample: NEWS_TEXT,
    });
    expect(v).toEqual({ isLegal: false, kind: 'other', score: 0 });
  });

  it('does not fire on a pricing page with "SLA" and "Terms apply"', () => {
    const v = detectPage({
      url: 'https://acme.example/pricing',
      title: 'Pricing | Acme',
      headings: ['Plans'],
      sample: PRICING_TEXT,
    });
    expect(v).toEqual({ isLegal: false, kind: 'other', score: 0 });
  });

  it('does not fire on a blog post titled after SLAs', () => {
    const v = detectPage({
      url: 'https://acme.example/blog/what-is-an-sla',
      title: 'What is an SLA? Service Level Agreements explained',
      headings: ['What is an SLA?'],
      sample: `In this post we'll explain what an SLA is. ${NEWS_TEXT}`,
    });
    expect(v.isLegal).toBe(false);
  });

  it('does not fire on a URL and title alone', () => {
    const v = detectPage({ url: 'https://x.example/terms', title: 'Terms of Service', headings: [], sample: '' });
    expect(v.isLegal).toBe(false);
    expect(v.kind).toBe('other');
  });

  it('stays fast on a large adversarial sample', () => {
    const sample = `${'((((“A'.repeat(5000)} shall ${'Section '.repeat(5000)}`;
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) detectPage({ url: 'https://x.example/', title: 'x', headings: [], sample });
    // About 1 ms a call here; the bound leaves room for a loaded machine and still catches any backtracking blow-up.
    expect((performance.now() - t0) / 20).toBeLessThan(10);
  });
});

describe('kindOfPhrase / kindOfUrl', () => {
  it('names kinds, most specific first', () => {
    expect(kindOfPhrase('Data Processing Addendum to the Master Services Agreement')).toBe('dpa');
    expect(kindOfPhrase('UJET Service Level Agreement')).toBe('sla');
    expect(kindOfPhrase('Acceptable Use Policy')).toBe('aup');
    expect(kindOfPhrase('Privacy Policy')).toBe('privacy');
    expect(kindOfPhrase('Master Services Agreement')).toBe('msa');
    expect(kindOfPhrase('SaaS Agreement')).toBe('terms');
    expect(kindOfPhrase('Terms and Conditions')).toBe('terms');
    expect(kindOfPhrase('Refund Policy')).toBe('policy');
    expect(kindOfPhrase('Our team')).toBeNull();
  });

  it('reads the URL path, not the host', () => {
    expect(kindOfUrl('https://example.com/legal/terms-of-service')).toBe('terms');
    expect(kindOfUrl('https://example.com/en/privacy-policy?x=1')).toBe('privacy');
    expect(kindOfUrl('https://example.com/legal/sla')).toBe('sla');
    expect(kindOfUrl('https://terms.example.com/')).toBeNull();
    expect(kindOfUrl('https://example.com/blog/slack-tips')).toBeNull();
  });
});

describe('textFeatures word matching', () => {
  it('matches phrases only with the separators they are written with', () => {
    expect(textFeatures('governed by the laws').legal).toBe(1);
    expect(textFeatures('governed\nby the laws').legal).toBe(0);
    expect(textFeatures('any third-party or third party or thirdparty').legal).toBe(2);
    expect(textFeatures('sub-processors and subprocessors and sub processors').legal).toBe(2);
  });

  it('counts overlapping phrases once, leftmost first, as a global regex does', () => {
    // "prior written" takes "written", so "written notice" does not count again.
    expect(textFeatures('upon prior written notice').legal).toBe(1);
    expect(textFeatures('in this post we explain').editorial).toBe(1);
    expect(textFeatures('$12 per user per month').marketing).toBe(1);
    expect(textFeatures('$12/month per user').marketing).toBe(2);
  });

  it('matches stems within their length bounds', () => {
    expect(textFeatures('indemnify indemnification indemnifiedextraordinarily').legal).toBe(2);
    expect(textFeatures('unavailable unavailab unavailability').slaContent).toBe(2);
  });

  it('keeps the case-sensitive role and section checks', () => {
    const f = textFeatures(
      'Customer shall pay. customer shall pay. CUSTOMER shall pay. Customer Shall pay. Provider may not',
    );
    expect(f.obligations).toBe(2);
    expect(f.shall).toBe(4);
    expect(textFeatures('see Section 4, section 5, Article\n2, Annex  3, § 7 and (iii) and (z) ').sections).toBe(4);
  });

  it('finds defined terms, self-references and their kinds', () => {
    const f = textFeatures(
      'This Service Level Agreement (the "SLA") and (hereinafter referred to as “Policy”). "Downtime" means x.\nService Credit means a credit. Under this SLA and these Terms and this privacy notice.',
    );
    expect(f.defined).toBe(4);
    expect(f.selfRefs).toBe(4);
    expect(f.selfKinds).toEqual({ sla: 2, privacy: 1 });
  });

  it('never throws and stays bounded on odd input', () => {
    const odd = [
      '',
      ' ',
      '\u0000\uffff\ud800 binary \u0001\u0002',
      'İstanbul İ CUSTOMER İ shall',
      'هذه الاتفاقية تخضع للقانون governed by',
      '$'.repeat(5000),
      '("'.repeat(5000),
      '\n'.repeat(5000),
      'x'.repeat(300_000),
    ];
    for (const s of odd) {
      expect(() => textFeatures(s)).not.toThrow();
      expect(() => detectPage({ url: s, title: s, headings: [s], sample: s })).not.toThrow();
      expect(() => kindOfPhrase(s)).not.toThrow();
      expect(() => kindOfUrl(s)).not.toThrow();
    }
  });
});

describe('KIND_PHRASES', () => {
  it('are regexes built from the same kind names, for vendor.ts', () => {
    const kindOf = (t: string) => KIND_PHRASES.find(([, re]) => re.test(t))?.[0] ?? null;
    for (const t of ['Data Processing Addendum', 'UJET Service-Level Agreement', 'Refund Policy', 'EULA', 'Our team']) {
      expect(kindOf(t)).toBe(kindOfPhrase(t));
    }
    expect(
      'Acme Refund Policy'.replace(new RegExp((KIND_PHRASES[6] as (typeof KIND_PHRASES)[number])[1].source, 'gi'), ''),
    ).toBe('Acme ');
  });
});

describe('kindOfUrl hyphens', () => {
  it('accepts a name with or without its hyphens, not hyphens elsewhere', () => {
    expect(kindOfUrl('https://x.example/legal/termsofservice')).toBe('terms');
    expect(kindOfUrl('https://x.example/terms-ofservice')).toBe('terms');
    expect(kindOfUrl('https://x.example/data-processing-agreement')).toBe('dpa');
    expect(kindOfUrl('https://x.example/priv-acy')).toBeNull();
    expect(kindOfUrl('https://x.example/legal/refund-policy#x')).toBe('policy');
  });
});
