// Scoring a card against a gold file (shared/design/card-schema.md, "Gold files").
// Pure: the eval command and its unit tests both use it.
import { LIST_FIELDS, SCALAR_FIELDS } from '../../extractors/fields';
import type { Card } from '../../extractors/types';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  field: string;
  kind: 'missed' | 'extra' | 'wrong';
  expected?: unknown;
  got?: unknown;
}

export interface DocScore {
  fields: Record<string, Tally>;
  misses: Miss[];
  detectionRight: boolean | null;
}

/** The fields the issue calls core: their macro-F1 is the headline figure. */
export const CORE_FIELDS = ['uptime', 'liabilityCap', 'governingLaw', 'notices'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Does `got` hold every key the gold object states, with equal values? Absent keys are not scored. */
export function matchesGold(gold: Json | undefined, got: unknown): boolean {
  if (gold === undefined) return true;
  if (gold === null) return got === null || got === undefined;
  if (typeof gold === 'number') return typeof got === 'number' && Math.abs(gold - got) < 1e-9;
  if (typeof gold !== 'object') return gold === got;
  if (Array.isArray(gold)) {
    if (!Array.isArray(got) || got.length !== gold.length) return false;
    return gold.every((g, i) => matchesGold(g, got[i]));
  }
  if (typeof got !== 'object' || got === null) return false;
  return Object.entries(gold).every(([k, v]) => matchesGold(v, (got as Record<string, unknown>)[k]));
}

const words = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(
      (w) => w.length > 2 && !['the', 'and', 'courts', 'court', 'kingdom', 'state', 'republic', 'canton'].includes(w),
    );

/** Places are not scored by string equality: one shared significant word is enough. */
function placesMatch(gold: unknown, got: unknown): boolean {
  if (gold === null || gold === undefined) return true;
  const g = new Set(words(gold));
  return words(got).some((w) => g.has(w)) || (g.size === 0 && words(got).length === 0);
}

/** Lower case, punctuation and spacing folded; letters of every script kept (an Arabic vendor name is not empty). */
const normPriority = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How a list item of each field is matched against a gold item. */
function itemMatches(field: string, gold: Record<string, Json>, got: Record<string, unknown>): boolean {
  switch (field) {
    case 'governingLaw':
      return got.country === gold.country && (gold.region == null || got.region === gold.region);
    case 'disputeForum':
      return (
        got.type === gold.type &&
        (gold.exclusive == null || got.exclusive === gold.exclusive) &&
        placesMatch(gold.place, got.place)
      );
    case 'notices':
      return got.kind === gold.kind && got.amount === gold.amount && got.unit === gold.unit;
    case 'support': {
      const gp = normPriority(gold.priority);
      const pp = normPriority(got.priority);
      return (gp === pp || gp.includes(pp) || pp.includes(gp)) && matchesGold(gold.firstResponse, got.firstResponse);
    }
    default:
      return matchesGold(gold, got);
  }
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0 };
}

function valuesOf(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? list.map((f) => (f as { value: Record<string, unknown> }).value) : [];
}

export function scoreCard(card: Card, gold: Record<string, Json>): DocScore {
  const fields: Record<string, Tally> = {};
  const misses: Miss[] = [];
  const goldFields = (gold.fields ?? {}) as Record<string, Json>;
  const cardFields = card.fields as unknown as Record<string, unknown>;

  // One value against the gold: absent-but-found is extra, found-but-different is both wrong ways.
  const scoreScalar = (field: string, expected: Json, got: unknown, same: (a: Json, b: unknown) => boolean) => {
    const t = tally();
    if (expected === null) {
      if (got !== null) {
        t.fp++;
        misses.push({ field, kind: 'extra', got });
      }
    } else if (got === null) {
      t.fn++;
      misses.push({ field, kind: 'missed', expected });
    } else if (same(expected, got)) {
      t.tp++;
    } else {
      t.fp++;
      t.fn++;
      misses.push({ field, kind: 'wrong', expected, got });
    }
    fields[field] = t;
  };

  for (const field of SCALAR_FIELDS) {
    if (!(field in goldFields)) continue;
    const finding = cardFields[field] as { value: unknown } | null;
    scoreScalar(field, goldFields[field] as Json, finding ? finding.value : null, matchesGold);
  }

  for (const field of LIST_FIELDS) {
    if (!(field in goldFields)) continue;
    const t = tally();
    // Notices of kind "other" are not scored.
    const keep = (v: Record<string, unknown>) => field !== 'notices' || v.kind !== 'other';
    const expected = ((goldFields[field] ?? []) as Record<string, Json>[]).filter(keep);
    const got = valuesOf(cardFields[field]).filter(keep);
    const used = new Set<number>();
    for (const e of expected) {
      const i = got.findIndex((g, k) => !used.has(k) && itemMatches(field, e, g));
      if (i >= 0) {
        used.add(i);
        t.tp++;
      } else {
        t.fn++;
        misses.push({ field, kind: 'missed', expected: e });
      }
    }
    got.forEach((g, k) => {
      if (!used.has(k)) {
        t.fp++;
        misses.push({ field, kind: 'extra', got: g });
      }
    });
    fields[field] = t;
  }

  // Document-level facts are scored like scalar fields.
  const facts: [string, Json | undefined, unknown, (a: Json, b: unknown) => boolean][] = [
    ['vendor', gold.vendor, card.vendor, (a, b) => normPriority(a) === normPriority(b)],
    [
      'dates.effective',
      (gold.dates as Record<string, Json> | undefined)?.effective,
      card.dates.effective,
      (a, b) => a === b,
    ],
    ['dates.updated', (gold.dates as Record<string, Json> | undefined)?.updated, card.dates.updated, (a, b) => a === b],
  ];
  for (const [field, expected, got, same] of facts) {
    if (expected !== undefined) scoreScalar(field, expected, got, same);
  }

  let detectionRight: boolean | null = null;
  const legal = gold.legal as Record<string, Json> | undefined;
  if (legal && typeof legal.isLegal === 'boolean') {
    const kinds = gold.kind === undefined ? null : Array.isArray(gold.kind) ? gold.kind : [gold.kind];
    const kindRight = kinds === null || kinds.includes(card.kind);
    detectionRight = card.legal.isLegal === legal.isLegal && kindRight;
    if (!detectionRight) {
      misses.push({
        field: 'detection',
        kind: 'wrong',
        expected: { isLegal: legal.isLegal, kind: gold.kind },
        got: { isLegal: card.legal.isLegal, kind: card.kind },
      });
    }
  }
  return { fields, misses, detectionRight };
}

export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1: f };
}

export function addTally(into: Tally, t: Tally): void {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
}

/** The eval's headline over summed field tallies: core macro-F1 and how many emitted values were wrong. */
export function summarizeTallies(fields: Record<string, Tally>): {
  coreMacroF1: number;
  emitted: number;
  wrong: number;
} {
  const core = CORE_FIELDS.map((f) => f1(fields[f] ?? { tp: 0, fp: 0, fn: 0 }).f1);
  let emitted = 0;
  let wrong = 0;
  for (const t of Object.values(fields)) {
    emitted += t.tp + t.fp;
    wrong += t.fp;
  }
  return { coreMacroF1: core.reduce((a, b) => a + b, 0) / core.length, emitted, wrong };
}
