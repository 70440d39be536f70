import { describe, expect, it } from 'vitest';
import { FIELD_NAMES } from '../extractors/fields';
import { NOTICE_KINDS } from '../extractors/types';
import { cellText, comparisonRows, mergeVendorCards, nonEmptyRows } from '../utils/comparison';
import {
  approxCalendarDays,
  downtimePerMonthMinutes,
  downtimePerYearHours,
  FIELD_LABELS,
  formatApproxDays,
  formatCap,
  formatCredits,
  formatDuration,
  formatFieldValue,
  formatForum,
  formatJurisdiction,
  formatMoney,
  formatNotice,
  formatSupport,
  formatUptime,
  NOTICE_LABELS,
  UNREADABLE,
} from '../utils/format';
import { f, makeCard } from './helpers/card-fixture';

describe('labels', () => {
  it('covers every field and notice kind', () => {
    for (const name of FIELD_NAMES) expect(FIELD_LABELS[name]).toBeTruthy();
    for (const kind of NOTICE_KINDS) expect(NOTICE_LABELS[kind]).toBeTruthy();
  });
});

describe('durations', () => {
  it('pluralizes and names business units', () => {
    expect(formatDuration({ amount: 30, unit: 'days' })).toBe('30 days');
    expect(formatDuration({ amount: 1, unit: 'business-hours' })).toBe('1 business hour');
    expect(formatDuration({ amount: 6, unit: 'business-hours' })).toBe('6 business hours');
    expect(formatDuration({ amount: 2, unit: 'years' })).toBe('2 years');
  });

  it('converts to approximate calendar days', () => {
    expect(approxCalendarDays({ amount: 10, unit: 'business-days' })).toBeCloseTo(14);
    expect(approxCalendarDays({ amount: 2, unit: 'months' })).toBeCloseTo(60.88);
    expect(approxCalendarDays({ amount: 3, unit: 'weeks' })).toBe(21);
    expect(approxCalendarDays({ amount: 1, unit: 'years' })).toBe(365.25);
    expect(approxCalendarDays({ amount: 48, unit: 'hours' })).toBe(2);
    expect(approxCalendarDays(null)).toBeNull();
  });
});

describe('counts of one (plural forms chosen by Intl.PluralRules, utils/i18n.ts tPlural)', () => {
  it('say one where the figure shown is one, whatever the stored decimals', () => {
    expect(formatDuration({ amount: 1.001, unit: 'days' })).toBe('1 day');
    expect(formatDuration({ amount: 1.5, unit: 'months' })).toBe('1.5 months');
    expect(formatDuration({ amount: 0, unit: 'hours' })).toBe('0 hours');
    expect(formatCap({ basis: 'fees', feesMonths: 1, multiple: null, fixed: null, combine: null })).toBe(
      '1 month of fees',
    );
    expect(formatApproxDays({ amount: 24, unit: 'hours' })).toBe('≈ 1 calendar day');
    expect(formatApproxDays({ amount: 2, unit: 'business-days' })).toBe('≈ 2.8 calendar days');
  });

  it('show a unit this version does not know as written, never a message of the prototype', () => {
    expect(formatDuration({ amount: 3, unit: 'constructor' as never })).toBe('3 constructor');
    expect(formatDuration({ amount: 3, unit: 'fortnights' as never })).toBe('3 fortnights');
  });
});

describe('uptime', () => {
  it('computes allowed downtime', () => {
    expect(downtimePerMonthMinutes(99.9)).toBeCloseTo(43.83, 2);
    expect(downtimePerYearHours(99.9)).toBeCloseTo(8.766, 2);
    expect(downtimePerMonthMinutes(100)).toBe(0);
  });

  it('formats percent, period and downtime', () => {
    expect(formatUptime({ percent: 99.9, period: 'month' })).toBe('99.9% per month (≈ 43.8 min downtime/month)');
    expect(formatUptime({ percent: 99.95, period: null })).toBe('99.95% (≈ 21.9 min downtime/month)');
    // Very small downtimes keep significant digits instead of reading "0 min".
    expect(formatUptime({ percent: 99.999, period: 'year' })).toContain('0.44 min');
  });
});

describe('liability cap', () => {
  const fees = { fixed: null, combine: null, multiple: null } as const;
  it('reads in plain words', () => {
    expect(formatCap({ ...fees, basis: 'fees', feesMonths: 12 })).toBe('12 months of fees');
    expect(formatCap({ ...fees, basis: 'fees', feesMonths: null, multiple: 2 })).toBe('2× fees');
    expect(formatCap({ ...fees, basis: 'fees', feesMonths: 12, multiple: 2 })).toBe('2× 12 months of fees');
    expect(formatCap({ ...fees, basis: 'fees', feesMonths: null })).toBe('fees paid under the agreement');
    expect(formatCap({ ...fees, basis: 'credits-only', feesMonths: null })).toBe('service credits only');
    expect(formatCap({ ...fees, basis: 'unlimited', feesMonths: null })).toBe('unlimited');
    expect(
      formatCap({
        basis: 'fixed',
        feesMonths: null,
        multiple: null,
        fixed: { value: 50000, currency: 'EUR' },
        combine: null,
      }),
    ).toBe('€50,000');
  });

  it('says how fees and a fixed amount combine', () => {
    const cap = {
      basis: 'fees-or-fixed',
      feesMonths: 12,
      multiple: null,
      fixed: { value: 10000, currency: 'USD' },
    } as const;
    expect(formatCap({ ...cap, combine: 'lesser' })).toBe('12 months of fees, max $10,000');
    expect(formatCap({ ...cap, combine: 'greater' })).toBe('12 months of fees or $10,000, whichever is greater');
  });
});

describe('money', () => {
  it('uses Intl and survives unknown currencies', () => {
    expect(formatMoney({ value: 10000, currency: 'USD' })).toBe('$10,000');
    expect(formatMoney({ value: 99.5, currency: 'GBP' })).toBe('£99.50');
    expect(formatMoney({ value: 5, currency: 'NOTACODE' })).toBe('5 NOTACODE');
  });
});

describe('places and other values', () => {
  it('names the country first', () => {
    expect(formatJurisdiction({ name: 'the State of Delaware', country: 'US', region: 'US-DE' })).toBe(
      'United States (State of Delaware)',
    );
    expect(formatJurisdiction({ name: 'Germany', country: 'DE', region: null })).toBe('Germany');
  });

  it('formats forums, credits, support and notices', () => {
    expect(formatForum({ type: 'courts', place: 'Montreal', exclusive: true })).toBe('Courts of Montreal (exclusive)');
    expect(formatForum({ type: 'arbitration', place: null, exclusive: null })).toBe('Arbitration (place not stated)');
    expect(
      formatCredits({
        tiers: [
          { uptimeBelow: 99.9, uptimeAtLeast: 99, creditPercent: 10 },
          { uptimeBelow: 99, uptimeAtLeast: null, creditPercent: 25 },
        ],
        maxCreditPercent: 25,
      }),
    ).toBe('up to 25% credit (10% at 99–99.9%; 25% below 99%)');
    expect(formatSupport({ priority: 'Critical (P1)', firstResponse: { amount: 1, unit: 'business-hours' } })).toBe(
      'Critical (P1): 1 business hour',
    );
    expect(formatNotice({ kind: 'price-change', amount: 30, unit: 'days' })).toBe('Price change notice: 30 days');
    expect(formatNotice({ kind: 'non-renewal', amount: null, unit: null })).toBe(
      'Non-renewal notice: period withheld in the document',
    );
  });

  it('dispatches on the field and accepts findings, lists and nulls', () => {
    expect(formatFieldValue('uptime', f({ percent: 99.9, period: 'month' }))).toBe(
      '99.9% per month (≈ 43.8 min downtime/month)',
    );
    expect(formatFieldValue('soleRemedy', true)).toBe('credits are the sole remedy');
    expect(formatFieldValue('consequentialDamages', f(true))).toBe('excluded');
    expect(formatFieldValue('renewal', { automatic: true, termMonths: 12 })).toBe(
      'renews automatically for 12-month terms',
    );
    expect(
      formatFieldValue('governingLaw', [
        f({ name: 'England and Wales', country: 'GB', region: 'GB-ENG' }),
        f({ name: 'Ireland', country: 'IE', region: null }),
      ]),
    ).toBe('United Kingdom (England and Wales); Ireland');
    expect(formatFieldValue('notices', [])).toBe('not stated');
    expect(formatFieldValue('liabilityCap', null)).toBe('not stated');
  });
});

describe('partial and malformed values', () => {
  // Stored cards, imports and old corrections may hold them: the formatters say what they can, never throw.
  const partial = <T>(v: object) => v as T;

  it('say what a partial value states, and "not stated" for the rest', () => {
    expect(formatCredits(partial({ maxCreditPercent: 10 }))).toBe('up to 10% credit');
    expect(formatCredits(partial({ tiers: [{ uptimeBelow: 99 }] }))).toBe('credits: ?% below 99%');
    expect(formatCredits(partial({}))).toBe('credits (amount not stated)');
    expect(formatUptime(partial({ period: 'month' }))).toBe('?% per month');
    expect(formatCap(partial({}))).toBe('a liability cap (basis not stated)');
    expect(formatCap(partial({ basis: 'fees', feesMonths: '12' }))).toBe('fees paid under the agreement');
    expect(formatJurisdiction(partial({ name: 'Ontario' }))).toBe('Ontario');
    expect(formatJurisdiction(partial({}))).toBe('a jurisdiction (not stated)');
    expect(formatSupport(partial({ priority: 'P1' }))).toBe('P1: ? (unit not stated)');
    expect(formatNotice(partial({ amount: 30, unit: 'days' }))).toBe('Notice: 30 days');
    expect(formatMoney(partial({ currency: 'USD' }))).toBe('an amount (not stated)');
  });

  it('never claims the opposite of an unstated yes/no', () => {
    // `{}` for renewal once read "does not renew automatically".
    expect(formatFieldValue('renewal', {})).toBe('renewal (terms not stated)');
    expect(formatFieldValue('renewal', { automatic: false })).toBe('does not renew automatically');
  });

  it('call a value of the wrong kind altogether unreadable', () => {
    expect(formatFieldValue('uptime', 'ninety-nine')).toBe(UNREADABLE);
    expect(formatFieldValue('soleRemedy', { value: true })).toBe(UNREADABLE);
    expect(formatFieldValue('governingLaw', [f('Delaware')])).toBe(UNREADABLE);
  });
});

describe('comparison cells of malformed stored cards', () => {
  it('mark an unreadable field in its cell and keep the rest of the table', () => {
    const good = makeCard({ fields: { governingLaw: [f({ name: 'Delaware', country: 'US', region: 'US-DE' })] } });
    const bad = makeCard({ fields: { uptime: f({ percent: 99.9, period: 'month' }) } });
    (bad.fields as unknown as Record<string, unknown>).governingLaw = { name: 'Delaware' };
    (bad.fields as unknown as Record<string, unknown>).notices = 'thirty days';
    const rows = nonEmptyRows(
      comparisonRows([
        { vendor: 'Good', card: good },
        { vendor: 'Bad', card: bad },
      ]),
    );
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('governingLaw').cells.map((c) => c.error ?? c.text)).toEqual([
      'United States (Delaware)',
      'unreadable value',
    ]);
    expect(row('uptime').cells[1]!.text).toBe('99.9% per month');
    expect(row('notices.price-change').cells[1]!.error).toBe('unreadable value');
    expect(cellText(row('governingLaw').cells[1]!)).toBe('unreadable value');
  });

  it('merge a vendor whose documents hold malformed lists without throwing', () => {
    const bad = makeCard({ kind: 'sla' });
    (bad.fields as unknown as Record<string, unknown>).notices = null;
    const merged = mergeVendorCards([
      { kind: 'sla', capturedAt: 1, card: bad },
      {
        kind: 'terms',
        capturedAt: 2,
        card: makeCard({ fields: { notices: [f({ kind: 'breach-cure', amount: 30, unit: 'days' })] } }),
      },
    ]);
    expect(merged?.fields.notices.map((n) => n.value.kind)).toEqual(['breach-cure']);
  });
});
