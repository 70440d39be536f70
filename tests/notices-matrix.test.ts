// The cross-kind matrix (github-url-detection's index.test.ts habit): one table of example
// sentences per notice kind, every table run against every other kind. An example of kind A
// must be read as A, and never as B. The sentences are composed for this test, in the styles of
// SaaS terms, SLAs and commercial contracts; none is copied from a corpus document.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractNotices, NOTICE_RULES } from '../extractors/notices';
import type { NoticeKind } from '../extractors/types';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

type ScoredKind = Exclude<NoticeKind, 'other'>;

const EXAMPLES: Record<ScoredKind, string[]> = {
  'termination-convenience': [
    'Either party may terminate this Agreement at any time, with or without cause, upon sixty (60) days’ prior written notice to the other party.',
    'The Distributor may end this Agreement for convenience by giving the Supplier ninety (90) days written notice.',
    'Licensee shall have the right to terminate this License for any reason or no reason upon forty-five (45) days’ prior written notice.',
    'The Company may terminate this Agreement prior to the expiration of the Term upon thirty (30) days’ written notice to the Consultant.',
    'This Agreement shall remain in effect until terminated by either party upon ninety (90) days’ prior written notice.',
    'We can end these terms and close your account by giving you two months’ notice.',
    'The Reseller may terminate this Agreement for its convenience. Any such termination takes effect forty-five (45) days after written notice to the Vendor.',
    'At any time after the expiry of the Initial Term, the Agent may cancel this Agreement on sixty (60) days’ written notice.',
    'The Licensee may, at its sole option, terminate this Licence by giving the Licensor four (4) months’ written notice.',
    'Either Party may terminate this Agreement within ninety (90) days of receipt by the other Party of its written termination notice.',
    'يحق للعميل إنهاء العقد في أي وقت ودون بيان الأسباب بإخطار مكتوب قبل تسعين (90) يوماً.',
    'The Licensee may end this Agreement for any reason. To terminate, the Licensee must give the Licensor forty-five (45) days’ written notice.',
  ],
  'non-renewal': [
    'This Supply Agreement shall automatically renew for successive one (1) year periods unless either party notifies the other in writing of its intention not to renew at least ninety (90) days prior to the expiration of the then-current term.',
    'Thereafter the Agreement renews for additional two-year terms unless terminated by either party at least six (6) months before the end of the then current term.',
    'The Term shall automatically extend annually unless either party provides a sixty-day written notice of termination to the other.',
    'Either party may give notice of termination no later than 45 days before the renewal date.',
    'The Agreement will be automatically renewed for one additional year unless either party notifies the other of its wish to end it. Such notice must be given at least sixty (60) days prior to the expiration of the current term.',
    'The licence term is extended automatically for further periods of two years. A notice of four (4) months must be given by either party of its intention to terminate the licence.',
    'The Agreement shall continue in full force and effect for consecutive one-year periods thereafter unless terminated by either party upon sixty (60) days notice.',
    'Thereafter the Agreement continues from year to year until terminated by either party upon the following written notice: six (6) months for the Licensor and three (3) months for the Licensee.',
    'This Agreement shall be renewed for another year unless either party gives ninety (90) days’ prior written notice.',
    'Thereafter the Agreement renews for successive one-year terms unless either party gives written notice of non-renewal [***] prior to the end of the then-current term.',
    'The Contract shall be extended for successive periods of one year each, unless notice to the contrary is given by either party six (6) months before the end of the respective period.',
    'Either party may terminate this Agreement as follows:\n(a) at the end of the Initial Term or any Renewal Term by giving ninety (90) days’ written notice;\n(b) if the other party becomes insolvent.',
    'يتجدد الترخيص تلقائياً ما لم يُبلغ أحد الطرفين الآخر بعدم الرغبة في التجديد قبل ستين يوماً من انتهاء مدته.',
    'The plan rolls over for further periods of one year unless you tell us, no later than thirty days before the rollover date, that you want it to stop.',
  ],
  'breach-cure': [
    'Either party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days after receiving written notice.',
    'If the Distributor violates any provision of this Agreement and does not remedy such violation within fifteen (15) days of notice, the Supplier may terminate.',
    'إذا أخلّ أي طرف بالتزام جوهري ولم يتدارك الإخلال خلال عشرة أيام من إخطاره، جاز للطرف الآخر فسخ العقد.',
  ],
  'payment-default': [
    'If any invoice remains unpaid for more than forty-five (45) days past its due date, the Supplier may suspend deliveries.',
    'Accounts that are 20 days overdue may be suspended without further notice.',
    'عند تأخر العميل في دفع المبالغ المستحقة لأكثر من ثلاثين يوماً، يجوز للمورد إيقاف التوريد.',
  ],
  'price-change': [
    'Supplier may increase the unit prices once per calendar year by giving Buyer at least sixty (60) days’ prior written notice.',
    'Our fees may change from time to time. Any such changes will take effect thirty (30) days after we notify you.',
    'يحق للمورد رفع الأسعار مرة واحدة سنوياً بإشعار مسبق مدته ستون (60) يوماً.',
  ],
  'terms-change': [
    'We may revise these Terms from time to time and will post the revised version at least fourteen (14) days before it takes effect.',
    'The amended terms of service shall become binding ten (10) days after their release on the website.',
    'يجوز لنا تعديل هذه الشروط على أن تسري التعديلات بعد عشرة أيام من نشرها.',
  ],
  maintenance: [
    'Provider will announce planned maintenance windows at least five (5) business days in advance.',
    'Customers are notified of scheduled downtime in advance (no less than 72 hours).',
    'يتم إبلاغ العملاء بالصيانة المجدولة قبل خمسة أيام عمل على الأقل.',
  ],
  'credit-claim': [
    'To receive a Service Credit, Customer must submit a claim within thirty (30) days after the end of the affected month.',
    'Customers must claim the SLA compensation within 10 days of the incident being resolved.',
    'للحصول على رصيد الخدمة يجب على العميل تقديم طلب خلال ثلاثين يوماً من نهاية الشهر المتأثر.',
    'Service credit claims filed more than 20 days after the end of the month of the outage will not be accepted.',
    'Claims. The Customer must file a claim within fifteen (15) days after the end of the month in which the downtime occurred.',
  ],
  'data-export': [
    'For sixty (60) days after termination, Customer may export its Customer Data through the administration console.',
    'Your content remains available for download for 30 days following cancellation of your subscription.',
    'بعد إنهاء الاشتراك تبقى بيانات العميل متاحة للتنزيل خلال ستين يوماً.',
  ],
};

const KINDS = Object.keys(EXAMPLES) as ScoredKind[];

/** The scored kinds read from a passage, with the rule names behind them. */
function read(text: string): { kinds: NoticeKind[]; rules: string[] } {
  const doc = docFromText(text);
  const found = extractNotices(doc).filter((f) => f.value.kind !== 'other');
  for (const f of found) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return { kinds: found.map((f) => f.value.kind), rules: found.map((f) => f.rule ?? '') };
}

describe('every example is read as its own kind, by a rule of that kind', () => {
  describe.each(KINDS)('%s', (kind) => {
    it.each(EXAMPLES[kind])('%s', (text) => {
      const { kinds, rules } = read(text);
      expect(kinds).toContain(kind);
      const rule = rules[kinds.indexOf(kind)] as string;
      const named = NOTICE_RULES.find((r) => `notices/${r.name}` === rule);
      // A rule of the table, of that kind (or one of the cross-duration rules of extractNotices).
      if (named) expect(named.kind).toBe(kind);
      else expect(rule).toMatch(/^notices\/(?:alternativePeriod|coordinatedPeriod|changesIncludingPrices)$/);
    });
  });
});

describe('the cross-kind matrix: an example of kind A is never read as kind B', () => {
  const pairs = KINDS.flatMap((a) => KINDS.filter((b) => b !== a).map((b) => [a, b] as const));
  describe.each(pairs)('%s examples are not %s', (a, b) => {
    it.each(EXAMPLES[a])('%s', (text) => {
      expect(read(text).kinds).not.toContain(b);
    });
  });
});

describe('NOTICE_RULES', () => {
  it('has unique rule names and at least one rule for every scored kind', () => {
    const names = NOTICE_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const kind of KINDS) expect(NOTICE_RULES.some((r) => r.kind === kind)).toBe(true);
  });

  it('tries the vetoes first and the catch-all last (English rules, then the Arabic ones in the same order)', () => {
    const english = NOTICE_RULES.filter((r) => !r.name.startsWith('arabic'));
    const arabic = NOTICE_RULES.filter((r) => r.name.startsWith('arabic'));
    expect(english[0]?.kind).toBeNull();
    expect(english.at(-1)?.name).toBe('noticeShaped');
    expect(arabic[0]?.kind).toBeNull();
    expect(arabic.at(-1)?.name).toBe('arabicNoticeShaped');
  });
});

describe('linear time (doubling ratio, medians)', () => {
  // The shared measure (scripts/lib/scaling.ts): medians of interleaved runs, retried on a busy machine.
  const ratio = (make: (n: number) => string, n: number) =>
    doublingRatio(
      (k) => docFromText(make(k)),
      (doc) => extractNotices(doc),
      n,
    );

  it('grows linearly with the number of notice sentences', () => {
    const all = KINDS.flatMap((k) => EXAMPLES[k]).join('\n\n');
    expect(ratio((n) => Array.from({ length: n }, () => all).join('\n\n'), 15)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('grows linearly inside one long sentence full of durations', () => {
    const piece = 'unless either party gives thirty (30) days notice of termination before the renewal date, ';
    // Sentences are capped at 3,000 characters by the splitter, so a longer one costs no more
    // per character than a short one.
    expect(
      ratio((n) => `This Agreement shall automatically renew ${piece.repeat(n)}and so on.`, 100),
    ).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});
