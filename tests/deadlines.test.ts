import { describe, expect, it } from 'vitest';
import type { Finding, Notice, Renewal } from '../extractors/types';
import {
  addBusinessDaysWith,
  agreementDatesProblems,
  computeDeadlines,
  dayString,
  parseDay,
  shiftByPeriod,
} from '../utils/deadlines';

// Composed clauses (our own wording); offsets are into an imaginary card text.
function renewal(value: Renewal): Finding<Renewal> {
  return {
    value,
    quote: 'This Order renews by itself for further periods unless a party opts out.',
    start: 10,
    end: 82,
    confidence: 0.9,
    rule: 'renewal/test',
  };
}
function notice(
  value: Notice,
  quote = 'Either side may opt out by written notice received before the period ends.',
): Finding<Notice> {
  return { value, quote, start: 100, end: 100 + quote.length, confidence: 0.9, rule: `notices/${value.kind}` };
}
const day = (s: string) => parseDay(s) as Date;

describe('calendar helpers', () => {
  it('parses only real calendar days', () => {
    expect(parseDay('2028-02-29')).not.toBeNull();
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('2026-13-01')).toBeNull();
    expect(parseDay('1/2/2026')).toBeNull();
  });

  it('counts business days across a Saturday–Sunday weekend', () => {
    // 2026-12-04 is a Friday: one business day later is Monday the 7th; back from Monday, Friday.
    expect(dayString(addBusinessDaysWith(day('2026-12-04'), 1, 'sat-sun'))).toBe('2026-12-07');
    expect(dayString(addBusinessDaysWith(day('2026-12-07'), -1, 'sat-sun'))).toBe('2026-12-04');
    expect(dayString(addBusinessDaysWith(day('2026-12-04'), 5, 'sat-sun'))).toBe('2026-12-11');
  });

  it('counts business days across a Friday–Saturday weekend', () => {
    // Thursday 2026-12-03 + 1 business day = Sunday 2026-12-06 in the Gulf convention.
    expect(dayString(addBusinessDaysWith(day('2026-12-03'), 1, 'fri-sat'))).toBe('2026-12-06');
    expect(dayString(addBusinessDaysWith(day('2026-12-06'), -1, 'fri-sat'))).toBe('2026-12-03');
    // Sunday is a business day there, Friday is not.
    expect(dayString(addBusinessDaysWith(day('2026-12-03'), 1, 'sat-sun'))).toBe('2026-12-04');
  });

  it('clamps month ends and knows leap years', () => {
    const r1 = shiftByPeriod(day('2027-03-31'), { amount: 1, unit: 'months' }, -1, 'sat-sun');
    expect(r1.date && dayString(r1.date)).toBe('2027-02-28');
    const r2 = shiftByPeriod(day('2028-03-31'), { amount: 1, unit: 'months' }, -1, 'sat-sun');
    expect(r2.date && dayString(r2.date)).toBe('2028-02-29');
    const r3 = shiftByPeriod(day('2028-01-31'), { amount: 1, unit: 'months' }, 1, 'sat-sun');
    expect(r3.date && dayString(r3.date)).toBe('2028-02-29');
  });

  it('rounds hours and minutes up to days, and gives no date for business hours', () => {
    const h = shiftByPeriod(day('2026-12-10'), { amount: 25, unit: 'hours' }, -1, 'sat-sun');
    expect(h.date && dayString(h.date)).toBe('2026-12-08');
    const m = shiftByPeriod(day('2026-12-10'), { amount: 30, unit: 'minutes' }, 1, 'sat-sun');
    expect(m.date && dayString(m.date)).toBe('2026-12-11');
    expect(shiftByPeriod(day('2026-12-10'), { amount: 8, unit: 'business-hours' }, 1, 'sat-sun').date).toBeNull();
  });
});

describe('computeDeadlines', () => {
  const today = '2026-12-03';

  it('computes term end, renewal and the last day for a non-renewal notice to arrive', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: true, termMonths: 12 }),
        notices: [notice({ kind: 'non-renewal', amount: 30, unit: 'days' })],
      },
      { start: '2026-03-01', initialTermMonths: 12, end: null },
      { today },
    );
    expect(r.termEnd).toBe('2027-02-28');
    expect(r.nextRenewal).toBe('2027-03-01');
    const nr = r.deadlines.find((d) => d.kind === 'non-renewal-notice');
    // 30 full days before the last day: arrives by Jan 29 (Jan 30 … Feb 28 are 30 days).
    expect(nr?.date).toBe('2027-01-29');
    expect(nr?.past).toBe(false);
    expect(nr?.source).toMatchObject({ start: 100, rule: 'notices/non-renewal' });
    expect(nr?.source?.quote).toContain('opt out');
    expect(nr?.how).toContain('2027-02-28');
    expect(nr?.how).toContain('30 days');
    // Soonest first.
    expect(r.deadlines.map((d) => d.date)).toEqual([...r.deadlines.map((d) => d.date)].sort());
  });

  it('a non-renewal notice whose period the document withholds gives no date, and says why', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: true, termMonths: 12 }),
        notices: [notice({ kind: 'non-renewal', amount: null, unit: null })],
      },
      { start: '2026-03-01', initialTermMonths: 12, end: null },
      { today },
    );
    expect(r.deadlines.find((d) => d.kind === 'non-renewal-notice')).toBeUndefined();
    expect(r.notes.join(' ')).toContain('withholds the period');
  });

  it('takes the end date over start + term, and keeps calendar months for a month notice', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: false, termMonths: null }),
        notices: [notice({ kind: 'non-renewal', amount: 3, unit: 'months' })],
      },
      { start: '2026-01-01', initialTermMonths: 6, end: '2027-05-31' },
      { today },
    );
    expect(r.termEnd).toBe('2027-05-31');
    expect(r.nextRenewal).toBeNull();
    expect(r.deadlines.find((d) => d.kind === 'non-renewal-notice')?.date).toBe('2027-02-28');
    // With an end date alone the term's length is unknown: no claim that the notice is longer than the term.
    const endOnly = computeDeadlines(
      { renewal: null, notices: [notice({ kind: 'non-renewal', amount: 60, unit: 'days' })] },
      { start: null, initialTermMonths: null, end: '2027-05-31' },
      { today },
    );
    const nr = endOnly.deadlines.find((d) => d.kind === 'non-renewal-notice');
    expect(nr?.date).toBe('2027-04-01');
    expect(nr?.how).not.toContain('longer than the term');
  });

  it('counts business-day notices back over the weekend of the chosen convention', () => {
    const fields = {
      renewal: renewal({ automatic: true, termMonths: 12 }),
      notices: [notice({ kind: 'non-renewal', amount: 2, unit: 'business-days' })],
    };
    // Last day of the term: Monday 2027-03-01 (start 2026-03-02, 12 months).
    const dates = { start: '2026-03-02', initialTermMonths: 12, end: null };
    const western = computeDeadlines(fields, dates, { today });
    expect(western.termEnd).toBe('2027-03-01');
    // Back 2 business days from Monday: Friday, Thursday.
    expect(western.deadlines.find((d) => d.kind === 'non-renewal-notice')?.date).toBe('2027-02-25');
    const gulf = computeDeadlines(fields, dates, { today, weekend: 'fri-sat' });
    // Back from Monday: Sunday, Thursday (Friday and Saturday skipped).
    expect(gulf.deadlines.find((d) => d.kind === 'non-renewal-notice')?.date).toBe('2027-02-25');
    const gulf1 = computeDeadlines(
      { ...fields, notices: [notice({ kind: 'non-renewal', amount: 1, unit: 'business-days' })] },
      dates,
      { today, weekend: 'fri-sat' },
    );
    expect(gulf1.deadlines.find((d) => d.kind === 'non-renewal-notice')?.date).toBe('2027-02-28');
    expect(gulf1.deadlines.find((d) => d.kind === 'non-renewal-notice')?.how).toContain('Friday–Saturday');
  });

  it('rolls a passed deadline to the next renewal when renewal is automatic', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: true, termMonths: 12 }),
        notices: [notice({ kind: 'non-renewal', amount: 60, unit: 'days' })],
      },
      { start: '2026-01-01', initialTermMonths: 12, end: null },
      { today },
    );
    expect(r.termEnd).toBe('2026-12-31');
    const nr = r.deadlines.filter((d) => d.kind === 'non-renewal-notice');
    expect(nr.map((d) => [d.date, d.past])).toEqual([
      ['2026-11-01', true],
      ['2027-11-01', false],
    ]);
    expect(nr[1]?.termEnd).toBe('2027-12-31');
    expect(nr[1]?.how).toContain('has passed');
  });

  it('keeps a passed deadline past (no roll) when the agreement does not renew', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: false, termMonths: null }),
        notices: [notice({ kind: 'termination-convenience', amount: 60, unit: 'days' })],
      },
      { start: '2026-01-01', initialTermMonths: 12, end: null },
      { today },
    );
    const t = r.deadlines.filter((d) => d.kind === 'termination-notice');
    expect(t).toHaveLength(1);
    expect(t[0]?.past).toBe(true);
    expect(r.nextRenewal).toBeNull();
  });

  it('finds the current renewal term years later, without month-end drift', () => {
    const r = computeDeadlines(
      { renewal: renewal({ automatic: true, termMonths: 1 }), notices: [] },
      { start: '2024-01-01', initialTermMonths: 1, end: '2024-01-30' },
      { today: '2026-03-15' },
    );
    // Renewal terms start on the 31st counted from Jan 31 2024: Feb 29 (leap), Mar 31 … → the March 2026 term is
    // 2026-02-28 .. 2026-03-30.
    expect(r.termEnd).toBe('2026-03-30');
    expect(r.nextRenewal).toBe('2026-03-31');
  });

  it('flags a notice period longer than the term and dates it in an earlier term', () => {
    const r = computeDeadlines(
      {
        renewal: renewal({ automatic: true, termMonths: 1 }),
        notices: [notice({ kind: 'non-renewal', amount: 90, unit: 'days' })],
      },
      { start: '2026-12-01', initialTermMonths: 1, end: null },
      { today: '2026-12-03' },
    );
    expect(r.termEnd).toBe('2026-12-31');
    const nr = r.deadlines.filter((d) => d.kind === 'non-renewal-notice');
    // This term's deadline (Oct 2) is past; the first still ahead is for the term ending 2027-03-31: Dec 31.
    expect(nr[0]).toMatchObject({ date: '2026-10-02', past: true });
    expect(nr[0]?.how).toContain('longer than the term');
    expect(nr[1]).toMatchObject({ date: '2026-12-31', past: false, termEnd: '2027-03-31' });
  });

  it('gives no renewal date for a card without a renewal term (null, not a guess)', () => {
    const none = computeDeadlines(
      { renewal: null, notices: [] },
      { start: '2026-01-01', initialTermMonths: 24, end: null },
      { today },
    );
    expect(none.termEnd).toBe('2027-12-31');
    expect(none.nextRenewal).toBeNull();
    expect(none.deadlines.map((d) => d.kind)).toEqual(['term-end']);
    expect(none.notes.join(' ')).toContain('no renewal');

    // Automatic but no term length, initial term over: the current term is unknown.
    const unknown = computeDeadlines(
      { renewal: renewal({ automatic: true, termMonths: null }), notices: [] },
      { start: '2025-01-01', initialTermMonths: 12, end: null },
      { today },
    );
    expect(unknown.termEnd).toBeNull();
    expect(unknown.nextRenewal).toBeNull();
    expect(unknown.deadlines).toEqual([]);
  });

  it('gives nothing without dates the user stated', () => {
    const r = computeDeadlines(
      { renewal: renewal({ automatic: true, termMonths: 12 }), notices: [] },
      { start: '2026-01-01', initialTermMonths: null, end: null },
      { today },
    );
    expect(r.termEnd).toBeNull();
    expect(r.deadlines).toEqual([]);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('keeps breach-cure and credit-claim as relative periods', () => {
    const r = computeDeadlines(
      {
        renewal: null,
        notices: [
          notice({ kind: 'breach-cure', amount: 10, unit: 'business-days' }),
          notice({ kind: 'credit-claim', amount: 30, unit: 'days' }),
          notice({ kind: 'price-change', amount: 30, unit: 'days' }),
        ],
      },
      { start: null, initialTermMonths: null, end: null },
      { today },
    );
    expect(r.relative.map((x) => [x.kind, x.period.amount, x.period.unit])).toEqual([
      ['breach-cure', 10, 'business-days'],
      ['credit-claim', 30, 'days'],
    ]);
    // Thursday 2026-12-03 + 10 business days = Thursday 2026-12-17.
    expect(r.relative[0]?.ifStartedToday).toBe('2026-12-17');
    expect(r.relative[1]?.ifStartedToday).toBe('2027-01-02');
  });
});

describe('agreementDatesProblems', () => {
  it('accepts start + term or an end date', () => {
    expect(agreementDatesProblems({ start: '2026-01-01', initialTermMonths: 12, end: null })).toEqual([]);
    expect(agreementDatesProblems({ start: null, initialTermMonths: null, end: '2026-12-31' })).toEqual([]);
  });
  it('rejects impossible days, bad terms and reversed dates', () => {
    expect(agreementDatesProblems({ start: '2026-02-30', initialTermMonths: 12, end: null }).length).toBeGreaterThan(0);
    expect(agreementDatesProblems({ start: '2026-01-01', initialTermMonths: 1.5, end: null }).length).toBeGreaterThan(
      0,
    );
    expect(agreementDatesProblems({ start: '2026-01-01', initialTermMonths: -3, end: null }).length).toBeGreaterThan(0);
    expect(
      agreementDatesProblems({ start: '2026-05-01', initialTermMonths: null, end: '2026-01-01' }).length,
    ).toBeGreaterThan(0);
    expect(agreementDatesProblems({ start: '2026-05-01', initialTermMonths: null, end: null }).length).toBeGreaterThan(
      0,
    );
    expect(agreementDatesProblems('2026-01-01')).toEqual(['not an object']);
  });
});
