// CUAD span evaluation: do the card's findings land on the clauses CUAD's lawyers marked?
// A finding counts for a category when its quote overlaps a lawyer span of that category.
// CUAD's spans are verbatim from the raw contract; our quotes are offsets into the normalized
// text (whitespace collapsed, Markdown marks dropped), so both are located through a skeleton of
// the text that keeps only letters and digits, lower-cased, with a map back to Doc.text offsets.
// Pure: tested in tests/cuad-spans.test.ts.
import type { Card, Finding, NoticeKind } from '../../extractors/types';

/** The row of CUAD's "Cap On Liability" spans scored by both card fields that answer it. */
export const CAP_BOTH_FIELDS = 'Cap On Liability = liabilityCap + consequentialDamages';
/** The row of CUAD's "Cap On Liability" spans that state an amount limit, scored by liabilityCap. */
export const CAP_AMOUNT_SPANS = 'Cap On Liability, spans stating an amount: liabilityCap';

/**
 * A lawyer span that states an amount limit: a limiting word and a measure in the one span ("shall not exceed the
 * fees paid", "limited to $50,000", "the lesser of the purchase price or"). Read off the gold text alone, never the
 * card: spans that only exclude damage types ("no liability for consequential damages") or bound the time to sue
 * ("within one year after the cause of action") hold no amount for liabilityCap to read. Coarse on purpose (a warranty
 * "limited to the replacement price" passes, a cap spread over two spans fails): it sizes the denominator, it does not
 * pick findings.
 */
const LIMIT_WORD =
  /\b(?:not\s+(?:to\s+)?exceed|exceed(?:s|ing)?|in\s+excess\s+of|limited\s+to|capped\s+at|maximum|up\s+to|no\s+more\s+than|more\s+than|greater\s+than|lesser\s+of|greater\s+of)\b/i;
const MEASURE =
  /\$|US\$|€|£|\b(?:amounts?|fees?|price|paid|payable|dollars|sum|compensation|royalt(?:y|ies)|charges|consideration|USD|EUR|payments?)\b/i;
export const statesAmountLimit = (span: string): boolean => LIMIT_WORD.test(span) && MEASURE.test(span);

/**
 * Findings the card stores as values only, with their quotes: the card keeps `dates.effective` as an ISO date, so the
 * caller passes the date finding it was read from (extractDates on the same Doc).
 */
export interface CuadExtra {
  effective?: Finding<string> | null;
}

/** CUAD's category names mapped to the findings of a card that answer them. */
export const CUAD_CATEGORIES: Record<string, (card: Card, extra: CuadExtra) => Finding<unknown>[]> = {
  'Governing Law': (c) => c.fields.governingLaw,
  // The card's effective date, where the card has one (a document not read as legal has none).
  'Effective Date': (c, x) => (c.dates.effective && x.effective ? [x.effective] : []),
  'Cap On Liability': (c) => (c.fields.liabilityCap ? [c.fields.liabilityCap] : []),
  'Renewal Term': (c) => (c.fields.renewal ? [c.fields.renewal] : []),
  'Notice Period To Terminate Renewal': (c) => noticesOf(c, 'non-renewal'),
  'Termination For Convenience': (c) => noticesOf(c, 'termination-convenience'),
};

/**
 * CUAD's "Cap On Liability" covers both amount caps ("shall not exceed the fees paid") and
 * exclusions of damage types ("neither party shall be liable for consequential damages"); the
 * card splits them into two fields, `liabilityCap` and `consequentialDamages`. The category's own
 * row scores `liabilityCap` alone; this row scores the two fields together against the same spans.
 */
export const CUAD_INFO_VIEWS: Record<
  string,
  { labels: string; select: (card: Card, extra: CuadExtra) => Finding<unknown>[]; spans?: (span: string) => boolean }
> = {
  [CAP_BOTH_FIELDS]: {
    labels: 'Cap On Liability',
    select: (c) =>
      [c.fields.liabilityCap, c.fields.consequentialDamages].filter((f): f is Finding<never> => f !== null),
  },
  [CAP_AMOUNT_SPANS]: {
    labels: 'Cap On Liability',
    select: (c) => (c.fields.liabilityCap ? [c.fields.liabilityCap] : []),
    spans: statesAmountLimit,
  },
};

function noticesOf(card: Card, kind: NoticeKind): Finding<unknown>[] {
  return card.fields.notices.filter((n) => n.value.kind === kind);
}

export interface CuadLabels {
  categories: Record<string, { spans: string[]; answer?: string }>;
}

export interface CategoryTally {
  /** Findings of the category, and those overlapping a lawyer span. */
  findings: number;
  findingsOnSpan: number;
  /** Documents whose lawyers marked the category, and those where a finding overlaps a span. */
  labelledDocs: number;
  labelledDocsHit: number;
  /** Lawyer spans that could not be located in the normalized text (not scored). */
  unlocated: number;
}

export const emptyTally = (): CategoryTally => ({
  findings: 0,
  findingsOnSpan: 0,
  labelledDocs: 0,
  labelledDocsHit: 0,
  unlocated: 0,
});

interface Skeleton {
  chars: string;
  /** Offset in the source text of each skeleton character. */
  at: number[];
}

function skeleton(text: string): Skeleton {
  const lower = text.toLowerCase();
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i] as string;
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      chars += ch;
      at.push(i);
    }
  }
  return { chars, at };
}

/** Every place of `span` in `text` as [start, end) offsets of `text`; empty when not found. */
export function locateSpan(docSkeleton: Skeleton, span: string): { start: number; end: number }[] {
  const needle = skeleton(span).chars;
  if (needle.length < 4) return [];
  const out: { start: number; end: number }[] = [];
  for (let i = docSkeleton.chars.indexOf(needle); i >= 0; i = docSkeleton.chars.indexOf(needle, i + 1)) {
    out.push({ start: docSkeleton.at[i] as number, end: (docSkeleton.at[i + needle.length - 1] as number) + 1 });
  }
  return out;
}

/** A labelled span no finding overlaps ('unhit'), or a finding's quote on no span ('offspan'). */
export interface CuadMiss {
  category: string;
  kind: 'unhit' | 'offspan';
  text: string;
}

/** Scores one card against one contract's CUAD labels, adding into `tallies` per category. */
export function scoreCuad(
  card: Card,
  docText: string,
  labels: CuadLabels,
  tallies: Record<string, CategoryTally>,
  onMiss?: (miss: CuadMiss) => void,
  extra: CuadExtra = {},
): void {
  const skel = skeleton(docText);
  const all = () => true;
  const views = [
    ...Object.entries(CUAD_CATEGORIES).map(([category, select]) => ({
      category,
      labelKey: category,
      select,
      keep: all,
    })),
    ...Object.entries(CUAD_INFO_VIEWS).map(([category, v]) => ({
      category,
      labelKey: v.labels,
      select: v.select,
      keep: v.spans ?? all,
    })),
  ];
  for (const { category, labelKey, select, keep } of views) {
    const tally = tallies[category] ?? emptyTally();
    tallies[category] = tally;
    // Precision against every span of the category; recall over the kept spans (a view may keep fewer).
    const allSpans = labels.categories[labelKey]?.spans ?? [];
    const spans = allSpans.filter(keep);
    const ranges: { start: number; end: number }[] = [];
    const keptRanges: { start: number; end: number }[] = [];
    for (const s of allSpans) {
      const found = locateSpan(skel, s);
      if (found.length === 0) tally.unlocated++;
      ranges.push(...found);
      if (keep(s)) keptRanges.push(...found);
    }
    const overlaps = (f: Finding<unknown>, rs: { start: number; end: number }[]) =>
      rs.some((r) => f.start < r.end && r.start < f.end);
    const findings = select(card, extra);
    const onSpan = findings.filter((f) => overlaps(f, ranges));
    const onKept = findings.filter((f) => overlaps(f, keptRanges));
    if (onMiss) {
      for (const f of findings) {
        if (!onSpan.includes(f)) onMiss({ category, kind: 'offspan', text: docText.slice(f.start, f.end) });
      }
      if (spans.length > 0 && onKept.length === 0) for (const s of spans) onMiss({ category, kind: 'unhit', text: s });
    }
    tally.findings += findings.length;
    tally.findingsOnSpan += onSpan.length;
    if (spans.length > 0) {
      tally.labelledDocs++;
      if (onKept.length > 0) tally.labelledDocsHit++;
    }
  }
}
