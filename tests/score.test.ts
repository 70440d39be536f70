// The evaluation's scoring rules (card-schema.md, "Gold files"), on cards built here.
import { describe, expect, it } from 'vitest';
import { emptyFields } from '../extractors/fields';
import type { Card, Fields } from '../extractors/types';
import { f1, matchesGold, scoreCard, summarizeTallies } from '../scripts/lib/score';

function finding<T>(value: T) {
  return { value, quote: 'q', start: 0, end: 1, confidence: 0.9 };
}

function card(fields: Partial<Fields>, extra: Partial<Card> = {}): Card {
  return {
    schema: 1,
    source: 'x',
    title: null,
    vendor: 'Acme',
    kind: 'sla',
    legal: { isLegal: true, score: 0.9 },
    language: 'en',
    dates: { effective: null, updated: null },
    fields: { ...emptyFields(), ...fields },
    textHash: 'h',
    ...extra,
  };
}

describe('matchesGold', () => {
  it('scores only the keys the gold states', () => {
    expect(matchesGold({ automatic: true }, { automatic: true, termMonths: 12 })).toBe(true);
    expect(matchesGold({ automatic: true }, { automatic: false, termMonths: 12 })).toBe(false);
    expect(matchesGold({ percent: 99.9 }, { percent: 99.9, period: 'month' })).toBe(true);
  });
});

describe('scoreCard', () => {
  it('counts a wrong scalar value as both a false positive and a false negative', () => {
    const score = scoreCard(card({ uptime: finding({ percent: 99.5, period: 'month' }) }), {
      fields: { uptime: { percent: 99.9, period: 'month' } },
    });
    expect(score.fields.uptime).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(score.misses[0]).toMatchObject({ field: 'uptime', kind: 'wrong' });
  });

  it('counts a value the gold says is absent as a false positive', () => {
    const score = scoreCard(card({ soleRemedy: finding(true) }), { fields: { soleRemedy: null } });
    expect(score.fields.soleRemedy).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('does not score fields the gold leaves out', () => {
    const score = scoreCard(card({ soleRemedy: finding(true) }), { fields: {} });
    expect(score.fields.soleRemedy).toBeUndefined();
  });

  it('matches notices by kind, amount and unit, and ignores kind "other"', () => {
    const score = scoreCard(
      card({
        notices: [
          finding({ kind: 'breach-cure' as const, amount: 30, unit: 'days' as const }),
          finding({ kind: 'other' as const, amount: 72, unit: 'hours' as const }),
          finding({ kind: 'maintenance' as const, amount: 2, unit: 'business-days' as const }),
        ],
      }),
      {
        fields: {
          notices: [
            { kind: 'breach-cure', amount: 30, unit: 'days' },
            { kind: 'maintenance', amount: 2, unit: 'days' },
          ],
        },
      },
    );
    expect(score.fields.notices).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('scores governing law by country, and by region only where the gold names one', () => {
    const got = card({
      governingLaw: [finding({ name: 'the State of New York', country: 'US', region: 'US-NY' })],
    });
    expect(scoreCard(got, { fields: { governingLaw: [{ country: 'US', region: null }] } }).fields.governingLaw).toEqual(
      {
        tp: 1,
        fp: 0,
        fn: 0,
      },
    );
    expect(
      scoreCard(got, { fields: { governingLaw: [{ country: 'US', region: 'US-DE' }] } }).fields.governingLaw,
    ).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('does not score a forum place by string equality', () => {
    const got = card({
      disputeForum: [finding({ type: 'courts' as const, place: 'the courts of Montreal, Quebec', exclusive: true })],
    });
    const score = scoreCard(got, {
      fields: { disputeForum: [{ type: 'courts', place: 'Montreal', exclusive: true }] },
    });
    expect(score.fields.disputeForum).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('compares vendor names in any script: two different Arabic names do not match', () => {
    const vendor = (got: string, gold: string) => scoreCard(card({}, { vendor: got }), { vendor: gold }).fields.vendor;
    expect(vendor('أموالي', 'أموالي')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(vendor('بناء كويك', 'أموالي')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(vendor('Acme, Inc.', 'acme inc')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('accepts any listed kind and checks the legal verdict', () => {
    expect(
      scoreCard(card({}, { kind: 'msa' }), { kind: ['terms', 'msa'], legal: { isLegal: true } }).detectionRight,
    ).toBe(true);
    expect(
      scoreCard(card({}, { kind: 'sla' }), { kind: ['terms', 'msa'], legal: { isLegal: true } }).detectionRight,
    ).toBe(false);
  });
});

describe('f1', () => {
  it('computes precision, recall and F1', () => {
    const s = f1({ tp: 8, fp: 2, fn: 0 });
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(16 / 18);
  });
});

describe('summarizeTallies', () => {
  it('averages F1 over the core fields (a missing one counts as empty) and counts emitted and wrong values', () => {
    const s = summarizeTallies({
      uptime: { tp: 2, fp: 0, fn: 0 },
      liabilityCap: { tp: 1, fp: 1, fn: 1 },
      vendor: { tp: 0, fp: 3, fn: 0 },
    });
    // uptime 1, liabilityCap 0.5, governingLaw and notices absent (no tallies: F1 of 1 by convention).
    expect(s.coreMacroF1).toBeCloseTo((1 + 0.5 + 1 + 1) / 4);
    expect(s.emitted).toBe(7);
    expect(s.wrong).toBe(4);
  });
});
