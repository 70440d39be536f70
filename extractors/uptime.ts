import type { Block, Doc, Sentence, Span } from './common/doc';
import { makeFinding } from './common/finding';
import { findPercents, type PercentMatch } from './common/percent';
import { findCreditTables } from './serviceCredits';
import type { Finding, Uptime } from './types';

/**
 * The committed availability: a percentage next to availability words in a sentence
 * that commits to it ("will use commercially reasonable efforts to make X available
 * with a Monthly Uptime Percentage of at least 99.95%"), with its measurement window.
 *
 * Ranking: an explicit commitment sentence beats a credit threshold ("if the Monthly
 * Uptime Percentage is less than 99.9%"), which beats the top row of a credit table.
 * Statements of fact ("customers enjoyed 99.99% uptime last year"), durability,
 * satisfaction and ticket statistics are not commitments.
 */

type Period = Uptime['period'];

export interface UptimeCandidate {
  sentence: Sentence;
  percent: number;
  kind: 'commitment' | 'threshold' | 'claim';
  period: Period;
  periodFromContext: boolean;
}

// Cheap pre-checks per sentence.
const HAS_PERCENT = /%|per\s?cent/i;
const AVAILABILITY = /up-?\s?time|availab|service level|\bSLA\b|unavailab|downtime/i;

/** Availability words close to the percentage (same clause). */
const AVAILABILITY_NEAR = /up-?\s?time|availab|service level|\bSLA\b|\bSLO\b|operational|accessible|reachab/i;

const COMMITMENT =
  /\b(?:will|shall|must|agrees? to|undertakes? to)\b[^.;]{0,80}?\b(?:maintain|provide|make|meet|achieve|deliver|be available|be operational|be accessible|ensure|offer|have|be at least|not be less)|\bcommit(?:s|ment|ted)?\b|\bguarantee[sd]?\b|\bwarrant(?:s|y|ed)?\b|\breasonable (?:best )?(?:efforts|endeavou?rs)|\bendeavou?rs?\b|\bstrives?\b|\baims? to\b|\btarget(?:s|ed)?\b|\bobjective\b|\bSLO\b|\b(?:does|do|did) not (?:maintain|meet|achieve)|\bfails? to (?:maintain|meet|achieve)|\bservice level\b[^.;]{0,40}\b(?:of|is|shall be|will be)\b/i;
const NEGATED_COMMITMENT =
  /\b(?:not|no|never|cannot|can't|doesn't|don't)\b[^.;]{0,25}\b(?:guarantee|warrant|commit|promise|represent)/i;
/** A target rather than a promise: "aims to", "our target", "objective". */
const SOFT_TARGET = /\b(?:aims?\s{1,3}to|aiming\s{1,3}to|targets?|targeted|objectives?|goals?|strives?\s{1,3}to)\b/i;
/**
 * The next sentence taking the target back: "This is a target and not a contractual commitment",
 * "… do not constitute a service level commitment". Not "not a guarantee of uninterrupted service",
 * which disclaims something else.
 */
const DISCLAIMS_COMMITMENT =
  /\bnot\s{1,3}(?:a\s{1,3}|an\s{1,3}|any\s{1,3})?(?:contractual\s{1,3}|binding\s{1,3}|legally\s{1,3}binding\s{1,3}|legal\s{1,3}|firm\s{1,3})?(?:service\s{1,3}level\s{1,3})?(?:commitment|guarantee|obligation|warranty|promise)s?\b(?!\s{1,3}(?:of|that|to))|\b(?:does|do|shall|will)\s{1,3}not\s{1,3}(?:constitute|form|create|amount\s{1,3}to)\s{1,3}(?:a\s{1,3}|an\s{1,3}|any\s{1,3})?(?:contractual\s{1,3}|binding\s{1,3}|legal\s{1,3})?(?:service\s{1,3}level\s{1,3})?(?:commitment|guarantee|obligation|warranty)s?\b/i;

/** Statements about the past or statistics, not promises. */
const CLAIM_ONLY =
  /\b(?:enjoyed|achieved|recorded|averaged|delivered|experienced|historical(?:ly)?|(?:last|past) (?:year|month|quarter|\d{1,3} (?:days|months|weeks))|in 20\d\d|since 20\d\d|has been|have been|was|were)\b/i;

/** Right after the percentage: what the figure measures when it is not availability. */
const NOT_AVAILABILITY_AFTER =
  /^\s?(?:\+\s?)?(?:of\s(?:the\s|all\s|your\s|its\s|our\s)?(?!the\stime|time\b|each\b|any\b|every\b|a\b|the\s(?:calendar\s|billing\s)?month|monthly\b|availab|up-?time)[a-z]|discount|credit|refund|off\b|durab|satisf|accura|CSAT|NPS|success|match|confiden|probab|precision|recall|deliver|response|answered|resolved|of\stickets|renewal|growth|increase|reduction|faster|cheaper|savings)/i;
const NOT_AVAILABILITY_NEAR =
  /durab|satisf|accuracy|tickets?\b|answered|resolved|deliverab|discount|cashback|response rate|success rate|error rate|packet loss|latency/i;
const UP_TO_BEFORE = /\bup to\s?$|\bmaximum of\s?$|\bexceed\s?$/i;

/** "less than 99.9%", "falls below 99.5%", "does not meet 99.9%", "< 99%". */
const THRESHOLD_BEFORE =
  /(?:less than|lower than|below|under|short of|<|≤|fails? to (?:maintain|meet|achieve)|(?:does|do|did) not (?:maintain|meet|achieve))[^.;%]{0,30}$/i;
const LOWER_BOUND_BEFORE =
  /(?:at least|greater than|more than|equal to or (?:greater|higher|more) than|≥|>=|>|above)\s?$/i;

// Measurement windows.
const YEAR =
  /\b(?:annual(?:ly)?|yearly|per annum|(?:per|each|any|a|every|the|calendar|contract) (?:calendar |contract )?year|(?:twelve|12)(?: \(12\))?[- ]months?(?! of)|rolling (?:twelve|12)|365[- ]days?)\b/gi;
const QUARTER = /\b(?:quarter(?:ly)?|(?:three|3)(?: \(3\))?[- ]month period)\b/gi;
const MONTH = /\b(?:monthly|months?|billing (?:cycle|period))\b/gi;

/** The window nearest to `at` in `text` (offsets inside text), or null. */
export function periodNear(text: string, at: number): Period {
  let best: { period: Period; distance: number } | null = null;
  const consider = (re: RegExp, period: Period, source: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) {
      const distance = m.index > at ? m.index - at : Math.max(0, at - (m.index + m[0].length));
      if (!best || distance < best.distance) best = { period, distance };
    }
  };
  consider(YEAR, 'year', text);
  consider(QUARTER, 'quarter', text);
  // "twelve (12) month" and "three month period" are not monthly windows: blank them first.
  YEAR.lastIndex = 0;
  QUARTER.lastIndex = 0;
  const blanked = text.replace(YEAR, (s) => ' '.repeat(s.length)).replace(QUARTER, (s) => ' '.repeat(s.length));
  consider(MONTH, 'month', blanked);
  return (best as { period: Period } | null)?.period ?? null;
}

/** Whole-sentence tests, run once per sentence. */
interface SentenceFlags {
  negated: boolean;
  commitment: boolean;
  claimOnly: boolean;
  /** A threshold counts only where credits are at stake (not "terminate if below 95%"). */
  credit: boolean;
}

function sentenceFlags(sentence: Sentence): SentenceFlags {
  const text = sentence.text;
  return {
    negated: NEGATED_COMMITMENT.test(text),
    commitment: COMMITMENT.test(text),
    claimOnly: CLAIM_ONLY.test(text),
    credit: /credit|refund|rebate/i.test(text) || /credit/i.test(sentence.heading ?? ''),
  };
}

function classify(
  text: string,
  flags: SentenceFlags,
  all: PercentMatch[],
  index: number,
): UptimeCandidate['kind'] | null {
  const p = all[index]!;
  const previous = index > 0 ? all[index - 1] : undefined;
  if (p.value < 90 || p.value > 100) return null;
  const before = text.slice(Math.max(0, p.start - 120), p.start);
  const after = text.slice(p.end, p.end + 80);
  const nearBefore = before.slice(-90);
  const nearAfter = after.slice(0, 60);
  if (!AVAILABILITY_NEAR.test(nearBefore) && !AVAILABILITY_NEAR.test(nearAfter)) {
    // "… will have Connectivity to at least one instance at least 99.95% of the time".
    if (!/^\s?of the time\b/i.test(after) || !/availab|up-?\s?time|connectivity/i.test(text)) return null;
  }
  if (NOT_AVAILABILITY_AFTER.test(after)) return null;
  if (UP_TO_BEFORE.test(before)) return null;
  const window = text.slice(Math.max(0, p.start - 60), Math.min(text.length, p.end + 60));
  if (NOT_AVAILABILITY_NEAR.test(window)) return null;
  // A 100% figure is a commitment only when written as "100% uptime/availability".
  if (p.value === 100 && !/^\s?(?:up-?\s?time|availab|service availab|network availab)/i.test(after)) return null;
  // The lower edge of a band ("less than 99.9% but at least 99.0%") is not the commitment.
  if (previous && LOWER_BOUND_BEFORE.test(`${before.slice(-40).trimEnd()} `)) {
    const gap = text.slice(previous.end, p.start);
    if (/\b(?:but|and|or)\b|,|–|-/.test(gap)) return null;
  }
  if (flags.negated) return null;
  const tail = before.slice(-45);
  if (
    THRESHOLD_BEFORE.test(tail) &&
    !/\b(?:not|no|never)\s(?:be\s|fall\s|drop\s)?(?:less|lower|below|under)[^.;%]{0,20}$/i.test(tail)
  ) {
    return flags.credit ? 'threshold' : null;
  }
  // Another band edge right before ("between 99.0% and 99.9%", "99.0% – 99.9%").
  if (previous && /^\s?(?:-|–|to|and)\s?$/i.test(text.slice(previous.end, p.start))) {
    return flags.credit ? 'threshold' : null;
  }
  if (flags.commitment) return 'commitment';
  if (flags.claimOnly) return null;
  if (/\b(?:SLA|guarantee|commitment)\b/i.test(nearAfter) || /\bSLA\b/i.test(nearBefore)) return 'claim';
  return null;
}

function sentencePeriod(doc: Doc, index: number, p: PercentMatch): { period: Period; fromContext: boolean } {
  const sentence = doc.sentences[index]!;
  const own = periodNear(sentence.text, p.start);
  if (own) return { period: own, fromContext: false };
  // The heading, then the next sentences of the same section ("Availability is measured monthly").
  if (sentence.heading) {
    const h = periodNear(sentence.heading, 0);
    if (h) return { period: h, fromContext: true };
  }
  for (let i = index + 1; i < doc.sentences.length && i <= index + 2; i++) {
    const next = doc.sentences[i]!;
    if (next.heading !== sentence.heading) break;
    if (
      !/measured|calculated|computed|assessed|determined|basis|period/i.test(next.text) &&
      !AVAILABILITY.test(next.text)
    ) {
      continue;
    }
    const n = periodNear(next.text, 0);
    if (n) return { period: n, fromContext: true };
  }
  return { period: null, fromContext: false };
}

/** Figures kept per sentence: a commitment sentence names a few, never dozens. */
const MAX_PER_SENTENCE = 6;

/** Every uptime figure stated as a commitment, a credit threshold or an SLA claim, in order. */
export function findUptimeCandidates(doc: Doc): UptimeCandidate[] {
  const out: UptimeCandidate[] = [];
  doc.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    if (!HAS_PERCENT.test(text)) return;
    const block = doc.blocks[sentence.block];
    if (block?.kind === 'table-row') {
      const c = tableCellCandidate(doc, sentence, block);
      if (c) out.push(c);
      return;
    }
    if (!AVAILABILITY.test(text)) return;
    // "Helix aims to make the platform available 99.5% … This is a target and not a contractual commitment."
    if (SOFT_TARGET.test(text) && disclaimedNext(doc, index)) return;
    const percents = findPercents(text);
    let flags: SentenceFlags | null = null;
    let taken = 0;
    for (let k = 0; k < percents.length && taken < MAX_PER_SENTENCE; k++) {
      const p = percents[k]!;
      if (p.value < 90 || p.value > 100) continue;
      flags ??= sentenceFlags(sentence);
      const kind = classify(text, flags, percents, k);
      if (!kind) continue;
      taken++;
      const { period, fromContext } = sentencePeriod(doc, index, p);
      out.push({ sentence, percent: p.value, kind, period, periodFromContext: fromContext });
    }
  });
  return out;
}

/** The next sentence of the same section says the figure before it is no commitment. */
function disclaimedNext(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  const next = doc.sentences[index + 1];
  return next !== undefined && next.heading === sentence.heading && DISCLAIMS_COMMITMENT.test(next.text.slice(0, 300));
}

/** The header row of the table a data row belongs to: the nearest preceding row of labels. */
function headerRow(doc: Doc, index: number): Block | null {
  for (let i = index - 1; i >= 0 && i >= index - 30; i--) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'table-row' || !b.cells) return null;
    if (b.cells.every((c) => !/\d/.test(doc.text.slice(c.start, c.end)))) return b;
  }
  return null;
}

/**
 * A table listing committed availability per service ("Service | Monthly Uptime Commitment"
 * / "Compute | 99.99%"). Credit tables ("Monthly Uptime Percentage | Service Credit") are
 * thresholds, read by the service-credit extractor instead.
 */
function tableCellCandidate(doc: Doc, sentence: Sentence, block: Block): UptimeCandidate | null {
  if (!block.cells) return null;
  const header = headerRow(doc, sentence.block);
  if (!header?.cells || header.cells.length !== block.cells.length) return null;
  const labels = header.cells.map((c) => doc.text.slice(c.start, c.end));
  if (labels.some((l) => /credit|discount|refund|shortfall|downtime/i.test(l))) return null;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k] as string;
    if (
      !/up-?\s?time|availab/i.test(label) ||
      !/commit|guarantee|SLA|target|objective|service level|%|percent/i.test(label)
    ) {
      continue;
    }
    const cell = block.cells[k]!;
    const cellText = doc.text.slice(cell.start, cell.end);
    const percents = findPercents(cellText);
    const p = percents[0];
    if (percents.length !== 1 || !p || p.value < 90 || p.value >= 100) continue;
    // "≥ 99.95%" and "at least 99.9%" state the commitment; "< 99%" and ranges are credit bands.
    if (/less|below|under|<|≤|\d\s?(?:-|–|to)|(?:-|–|to)\s?\d/i.test(cellText)) continue;
    return {
      sentence,
      percent: p.value,
      kind: 'commitment',
      period: periodNear(label, 0) ?? periodNear(cellText, 0),
      periodFromContext: false,
    };
  }
  return null;
}

/** The explicitly committed uptime (commitment sentences only), or null. */
export function findUptimeCommitment(doc: Doc): Finding<Uptime> | null {
  return pick(
    doc,
    findUptimeCandidates(doc).filter((c) => c.kind === 'commitment'),
  );
}

function pick(doc: Doc, candidates: UptimeCandidate[]): Finding<Uptime> | null {
  const first = candidates[0];
  if (!first) return null;
  const base = first.kind === 'commitment' ? 0.9 : first.kind === 'threshold' ? 0.65 : 0.5;
  let confidence = base;
  if (first.period === null) confidence -= 0.1;
  else if (first.periodFromContext) confidence -= 0.05;
  // Several different figures (several services or plans): the first one, less sure.
  if (candidates.some((c) => c.percent !== first.percent)) confidence -= 0.2;
  // Prefer a quote of the same value that also names its window.
  const same = candidates.filter((c) => c.percent === first.percent);
  const chosen = first.period === null ? (same.find((c) => c.period !== null) ?? first) : first;
  const span: Span = { start: chosen.sentence.start, end: chosen.sentence.end };
  return makeFinding(doc, span, { percent: chosen.percent, period: chosen.period }, confidence);
}

export function extractUptime(doc: Doc): Finding<Uptime> | null {
  const candidates = findUptimeCandidates(doc);
  for (const kind of ['commitment', 'threshold'] as const) {
    const found = pick(
      doc,
      candidates.filter((c) => c.kind === kind),
    );
    if (found) return found;
  }
  // No sentence states it: the top threshold of a credit table ("99.0% – 99.5% | 10%").
  const table = findCreditTables(doc, () => null).find((t) => t.absolute);
  const top = table?.tiers[0];
  if (table && top && top.uptimeBelow !== null && top.uptimeBelow >= 90) {
    return makeFinding(doc, table.span, { percent: top.uptimeBelow, period: table.period }, table.period ? 0.6 : 0.5);
  }
  return pick(
    doc,
    candidates.filter((c) => c.kind === 'claim'),
  );
}
