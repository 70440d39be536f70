import { describe, expect, it } from 'vitest';
import { cardValues } from '../utils/db';
import {
  cardProblems,
  cardRowProblems,
  correctionProblem,
  isSafeId,
  isTime,
  latestRowProblems,
  MAX_TIME,
} from '../utils/validate';
import { f, makeCard } from './helpers/card-fixture';

// A card stating every field, with the optional finding members and a duration in minutes.
const full = () =>
  makeCard({
    vendor: 'Acme',
    kind: 'sla',
    dates: { effective: '2024-05-03', updated: null },
    fields: {
      uptime: { ...f({ percent: 99.9, period: 'month' }), rule: 'uptime/percentOfMonth', page: 2, visible: true },
      serviceCredits: f({ tiers: [{ uptimeBelow: 99.9, uptimeAtLeast: 99, creditPercent: 10 }], maxCreditPercent: 25 }),
      soleRemedy: f(true),
      liabilityCap: f({
        basis: 'fees-or-fixed',
        feesMonths: 12,
        multiple: null,
        fixed: { value: 50000, currency: 'USD' },
        combine: 'greater',
      }),
      consequentialDamages: f(true),
      governingLaw: [f({ name: 'Delaware', country: 'US', region: 'US-DE' })],
      disputeForum: [f({ type: 'arbitration', place: 'London', exclusive: null })],
      notices: [{ ...f({ kind: 'maintenance', amount: 30, unit: 'minutes' }), implied: true }],
      renewal: f({ automatic: true, termMonths: 12 }),
      support: [f({ priority: 'P1', firstResponse: { amount: 15, unit: 'minutes' } })],
    },
  });

// Sets a value deep in a JSON clone of the card: path "fields.uptime.value.percent".
function withValue(path: string, value: unknown): unknown {
  const card = JSON.parse(JSON.stringify(full()));
  const keys = path.split('.');
  let o = card;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys[keys.length - 1]!] = value;
  return card;
}

describe('cardProblems', () => {
  it('accepts a complete card, optional finding members, minutes, and its values-only form', () => {
    expect(cardProblems(full())).toEqual([]);
    expect(cardProblems(makeCard())).toEqual([]);
    expect(cardProblems(cardValues(full()), { valuesOnly: true })).toEqual([]);
  });

  it('rejects a card whose fields are missing (the card that left the compare page on "Loading…")', () => {
    const problems = cardProblems({ ...full(), fields: {} });
    expect(problems).toContain('card.fields.uptime: missing');
    expect(problems).toHaveLength(10);
    expect(cardProblems(null)).toEqual(['card: not an object']);
    expect(cardProblems({ ...full(), schema: 2 })[0]).toMatch(/schema/);
  });

  it('checks the finding shape: quote text, whole offsets, start ≤ end, confidence in [0, 1]', () => {
    expect(cardProblems(withValue('fields.uptime.quote', 42))).toEqual(['card.fields.uptime.quote: not text']);
    expect(cardProblems(withValue('fields.uptime.start', 1.5))[0]).toMatch(/uptime\.start: not a whole number/);
    expect(cardProblems(withValue('fields.uptime.start', 10))).toEqual(['card.fields.uptime: start 10 is after end 5']);
    expect(cardProblems(withValue('fields.uptime.confidence', 3))[0]).toMatch(/confidence/);
    expect(cardProblems(withValue('fields.uptime.page', 0))[0]).toMatch(/page/);
    expect(cardProblems(withValue('fields.notices.0.implied', 'yes'))[0]).toMatch(/implied: not true\/false/);
    // A list field holding a single finding, a single field holding a list.
    expect(cardProblems(withValue('fields.notices', f({ kind: 'other', amount: 1, unit: 'days' })))[0]).toMatch(
      /notices: not a list/,
    );
    expect(cardProblems(withValue('fields.uptime', [])).length).toBeGreaterThan(0);
  });

  it('checks enums and numeric ranges per field', () => {
    expect(cardProblems(withValue('kind', 'contract'))[0]).toMatch(/card.kind/);
    expect(cardProblems(withValue('fields.notices.0.value.kind', 'whenever'))[0]).toMatch(/notices\.0\.value\.kind/);
    expect(cardProblems(withValue('fields.notices.0.value.unit', 'fortnights'))[0]).toMatch(/unit/);
    expect(cardProblems(withValue('fields.uptime.value.percent', 150))[0]).toMatch(/percent: not a number in/);
    expect(cardProblems(withValue('fields.uptime.value.percent', '99.9'))[0]).toMatch(/percent/);
    expect(cardProblems(withValue('fields.liabilityCap.value.basis', 'vibes'))[0]).toMatch(/basis/);
    expect(cardProblems(withValue('fields.liabilityCap.value.feesMonths', -1))[0]).toMatch(/feesMonths/);
    expect(cardProblems(withValue('fields.support.0.value.firstResponse.amount', null))[0]).toMatch(/amount/);
    expect(cardProblems(withValue('fields.soleRemedy.value', 'yes'))[0]).toMatch(/soleRemedy\.value/);
    expect(cardProblems(withValue('fields.disputeForum.0.value.exclusive', 'maybe'))[0]).toMatch(/exclusive/);
  });

  it('checks dates are dates Date can hold', () => {
    expect(cardProblems(withValue('dates.effective', 'soon'))[0]).toMatch(/dates\.effective: not a date/);
    expect(cardProblems(withValue('dates.updated', '+300000-01-01'))[0]).toMatch(/dates\.updated/);
    expect(cardProblems(withValue('dates.updated', '2026-12-03'))).toEqual([]);
  });
});

describe('ids and times', () => {
  it('takes positive safe integers as ids and Date-range times', () => {
    expect([1, 42, Number.MAX_SAFE_INTEGER].every(isSafeId)).toBe(true);
    expect([0, -1, 1.5, 2 ** 53, 1e300, '1', null].some(isSafeId)).toBe(false);
    expect([0, -5, Date.now(), MAX_TIME].every(isTime)).toBe(true);
    expect([1e16, Number.POSITIVE_INFINITY, Number.NaN, '1'].some(isTime)).toBe(false);
  });

  it('checks card and latest rows: ids, capture time, card', () => {
    const row = { snapshotId: 1, documentId: 2, vendorId: 3, capturedAt: 5, kind: 'sla', card: full() };
    expect(cardRowProblems(row)).toEqual([]);
    expect(cardRowProblems({ ...row, capturedAt: 1e16 })).toEqual(['capturedAt: not a time']);
    expect(cardRowProblems({ ...row, documentId: 2 ** 53 })).toEqual(['documentId: not a safe id']);
    const latest = { documentId: 2, vendorId: 3, snapshotId: 1, capturedAt: 5, card: cardValues(full()) };
    expect(latestRowProblems(latest)).toEqual([]);
    expect(latestRowProblems({ ...latest, card: { ...latest.card, fields: {} } }).length).toBe(10);
  });
});

describe('correctionProblem', () => {
  it('takes a known field with a value of its type, or null', () => {
    expect(correctionProblem('fields.uptime', { percent: 99.95, period: 'month' })).toBeNull();
    expect(correctionProblem('fields.uptime', null)).toBeNull();
    expect(correctionProblem('fields.notices', [{ kind: 'non-renewal', amount: 30, unit: 'days' }])).toBeNull();
    expect(correctionProblem('fields.notices.2', { kind: 'maintenance', amount: 5, unit: 'minutes' })).toBeNull();
    expect(correctionProblem('fields.notices.0', null)).toBeNull();
    // A period the document withholds (a redacted filing): the notice is stated, its length is not.
    expect(correctionProblem('fields.notices.0', { kind: 'non-renewal', amount: null, unit: null })).toBeNull();
    expect(correctionProblem('fields.notices.0', { kind: 'non-renewal', amount: null, unit: 'days' })).toBeNull();
    expect(correctionProblem('fields.notices.0', { kind: 'non-renewal', amount: 'soon', unit: 'days' })).toMatch(
      /amount/,
    );
    expect(correctionProblem('fields.soleRemedy', false)).toBeNull();
  });

  it('rejects unknown fields, indexes into single fields, and values of the wrong type', () => {
    expect(correctionProblem('fields.favouriteColour', 'blue')).toMatch(/Invalid correction path/);
    expect(correctionProblem('card.vendor', 'x')).toMatch(/Invalid correction path/);
    expect(correctionProblem('fields.uptime.0', null)).toMatch(/not a list/);
    expect(correctionProblem('fields.uptime', { percent: 'lots' })).toMatch(/Invalid value for fields.uptime/);
    expect(correctionProblem('fields.uptime', 99.9)).toMatch(/not an object/);
    expect(correctionProblem('fields.notices', { kind: 'other', amount: 1, unit: 'days' })).toMatch(/not a list/);
    expect(correctionProblem('fields.notices.0', [{ kind: 'other', amount: 1, unit: 'days' }])).toMatch(/Invalid/);
    expect(correctionProblem(7, null)).toMatch(/path/);
  });
});
