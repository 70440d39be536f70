import { describe, expect, it } from 'vitest';
import { findDurations } from '../extractors/common/durations';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

function first(text: string) {
  const [d] = findDurations(text);
  return d ? { amount: d.amount, unit: d.unit, text: d.text } : null;
}

describe('findDurations', () => {
  it.each([
    ['within thirty (30) days of notice', 30, 'days', 'thirty (30) days'],
    ['at least 24 hours in advance', 24, 'hours', '24 hours'],
    ['≤ 1 business hour', 1, 'business-hours', '1 business hour'],
    ['ten (10) Business Days after', 10, 'business-days', 'ten (10) Business Days'],
    ['five working days', 5, 'business-days', 'five working days'],
    ['Sixty (60) calendar days', 60, 'days', 'Sixty (60) calendar days'],
    ['a twelve-month renewal term', 12, 'months', 'twelve-month'],
    ['a 30-day trial', 30, 'days', '30-day'],
    ['one (1) year', 1, 'years', 'one (1) year'],
    ['two weeks', 2, 'weeks', 'two weeks'],
    ['P1: respond within 15 minutes', 15, 'minutes', '15 minutes'],
    ['first response in thirty (30) mins', 30, 'minutes', 'thirty (30) mins'],
    ['6 hrs', 6, 'hours', '6 hrs'],
    ['within 14 (fourteen) working days', 14, 'business-days', '14 (fourteen) working days'],
    ['at least 30 (thirty) days before', 30, 'days', '30 (thirty) days'],
    // Office hours are business hours (a support table's "< 2 office hours").
    ['Critical: < 2 office hours', 2, 'business-hours', '2 office hours'],
    // A figure glued to its unit, as hand-typed pages write it.
    ['must be given with a notice 60days in advance', 60, 'days', '60days'],
    ['respond within 24hrs', 24, 'hours', '24hrs'],
  ])('%s', (text, amount, unit, matched) => {
    expect(first(text)).toEqual({ amount, unit, text: matched });
  });

  it('reads a bracketed figure of a filing ("[three (3)] months"), not a redacted one', () => {
    expect(first('with [three (3)] months’ prior written notice')).toEqual({
      amount: 3,
      unit: 'months',
      text: 'three (3)] months',
    });
    expect(first('upon [60] days notice')).toEqual({ amount: 60, unit: 'days', text: '60] days' });
    expect(findDurations('upon [***] days’ notice, within a [*] month period')).toEqual([]);
  });

  it('reads a figure in parentheses with no words ("(45) days"), not a section number\'s', () => {
    expect(first('may end it on (45) days written notice')).toEqual({ amount: 45, unit: 'days', text: '(45) days' });
    expect(findDurations('as set out in Section 4(12) months are counted')).toEqual([]);
    expect(findDurations('see item (7), days of delay are excluded')).toEqual([]);
  });

  it('does not take a figure with words in parentheses that is not a duration', () => {
    expect(findDurations('Clause 14 (fourteen) applies to all 3 (three) parties.')).toEqual([]);
  });

  it('keeps business days apart from days', () => {
    expect(findDurations('3 business days or 5 days').map((d) => d.unit)).toEqual(['business-days', 'days']);
  });

  it('ignores units it does not keep and numbers glued to words', () => {
    expect(findDurations('5-second intervals')).toEqual([]);
    expect(findDurations('2 business minutes')).toEqual([]);
    expect(findDurations('within 3 office days')).toEqual([]);
    // Glued to a word or spelled out, a unit is no duration: "v60days", "sixtydays".
    expect(findDurations('build v60days and sixtydays')).toEqual([]);
    expect(findDurations('version2 days')).toEqual([]);
    expect(findDurations('24x7 support')).toEqual([]);
  });

  it('reports offsets into the searched string', () => {
    const text = 'Notice: 30 days.';
    const [d] = findDurations(text);
    expect(d && text.slice(d.start, d.end)).toBe('30 days');
  });

  it('stays linear on a megabyte of number words (doubling ratio, not a wall-clock limit)', () => {
    const words = (n: number) => `${'nine '.repeat(n)}days`;
    expect(doublingRatio(words, findDurations, 50_000, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('findDurations: qualified and open-ended amounts', () => {
  it('reads "Normal Business Hours" as business hours', () => {
    const [d] = findDurations("at least 6 Normal Business Hours' notice");
    expect(d && { amount: d.amount, unit: d.unit, text: d.text }).toEqual({
      amount: 6,
      unit: 'business-hours',
      text: '6 Normal Business Hours',
    });
  });

  it('reads "10 or more days" as 10 days', () => {
    const [d] = findDurations('is 10 or more days overdue');
    expect(d && { amount: d.amount, unit: d.unit, text: d.text }).toEqual({
      amount: 10,
      unit: 'days',
      text: '10 or more days',
    });
  });

  it('does not take "normal" without a business qualifier', () => {
    expect(findDurations('6 normal hours').map((d) => d.text)).toEqual([]);
  });
});

describe('findDurations: one unit written with the article', () => {
  const read = (t: string) => findDurations(t).map((d) => `${d.amount} ${d.unit} "${d.text}"`);
  it('reads it after a bound or before "\'s notice"', () => {
    expect(read("Either party may end this plan on a month's written notice.")).toEqual(['1 months "a month"']);
    expect(read('We announce maintenance at least a week ahead.')).toEqual(['1 weeks "a week"']);
    expect(read('Urgent tickets get a reply within an hour.')).toEqual(['1 hours "an hour"']);
    expect(read('Claims must reach us no later than a business day after the outage.')).toEqual([
      '1 business-days "a business day"',
    ]);
  });

  it('look-alikes: a rate, a time, "a day or two", "a year" on its own', () => {
    expect(read('Backups run once a month and are kept for a year.')).toEqual([]);
    expect(read('We usually reply within a day or two.')).toEqual([]);
    expect(read('Invoices are issued a month in advance.')).toEqual([]);
  });
});

describe('findDurations: two qualifiers before the unit', () => {
  it('reads "one full calendar month" and "ten clear working days"', () => {
    expect(findDurations('One full calendar month’s notice is required').map((d) => [d.amount, d.unit])).toEqual([
      [1, 'months'],
    ]);
    expect(findDurations('at least ten clear working days before').map((d) => [d.amount, d.unit])).toEqual([
      [10, 'business-days'],
    ]);
  });
  it('look-alike: a word that is no qualifier between the figure and the unit ("ten happy days") is no duration', () => {
    expect(findDurations('ten happy days of onboarding')).toEqual([]);
  });
});
