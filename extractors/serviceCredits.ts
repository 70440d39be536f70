import { hasArabic } from './common/arabic';
import {
  ABOVE_WORDS,
  arabicBandsAsEnglish,
  BELOW_WORDS,
  CREDIT_WORDS,
  type CreditTable,
  decimalsOf,
  FLOOR_WORDS,
  findCreditTables,
  type RawTier,
  tableTiers,
  toTiers,
} from './common/credit-table';
import type { Doc, Sentence, Span } from './common/doc';
import { makeFinding } from './common/finding';
import { findPercents, type PercentMatch } from './common/percent';
import { leadInOf } from './common/segment';
import type { CreditTier, Finding, ServiceCredits, Uptime } from './types';

/**
 * Service-credit tiers, by rule: `serviceCredits/creditTable` and `serviceCredits/flatTable`
 * (uptime bands, read by common/credit-table.ts), `serviceCredits/sentenceTiers` ("if
 * availability falls below 99.5%, a credit of 10% of the monthly fees; below 99.0%, 20%"),
 * `serviceCredits/listTiers` (items under a lead-in; credits may be shares of a month), and
 * `serviceCredits/ceilingOnly` (a proportional scheme with one stated percentage ceiling).
 * Shortfall tables ("Monthly Uptime Shortfall | Credit") need the commitment: the refiner
 * `serviceCredits/shortfallFromCommitment` in card.ts converts them.
 */

/** Rules that read credits from sentences (or a ceiling only): a table found later is preferred to them. */
export const NON_TABLE_CREDIT_RULES: readonly string[] = [
  'serviceCredits/sentenceTiers',
  'serviceCredits/listTiers',
  'serviceCredits/ceilingOnly',
];

/** A credit table (or run of credit sentences) as found, before the card's choice. */
export interface CreditSource {
  tiers: CreditTier[];
  span: Span;
  /** Measurement window named by the table header, if any. */
  period: Uptime['period'];
  confidence: number;
  /** The rule that read it: "serviceCredits/creditTable", "serviceCredits/sentenceTiers". */
  rule: string;
}

// Sentences: "below 99.5%, a credit of 10%; below 99.0%, 20%".
const THRESHOLD_BEFORE = new RegExp(
  `(?:${BELOW_WORDS}|between|fails? to (?:meet|maintain|achieve)|(?:does|do|did) not (?:meet|maintain|achieve))[^.;%]{0,30}$`,
  'i',
);
/** Between the two edges of a bare range: "99.0% to 99.89%", "95% – 98.9%". */
const RANGE_GAP = /^\s?(?:-|–|—|to|and)\s?(?:<\s?)?$/i;
const LOWER_EDGE_BEFORE = new RegExp(`(?:${ABOVE_WORDS}|and|\\bto|[-–—])\\s?(?:to\\s)?$`, 'i');
/** Between a credit and the floor of its band: "… of the monthly fee where uptime is at least 99.0%". */
const TIER_FLOOR_BEFORE = new RegExp(
  `^[^.;%]{0,60}\\b(?:where|if|when|whenever|while|for)\\b[^.;%]{0,40}?(?:${FLOOR_WORDS})\\s?$`,
  'i',
);
const CREDIT_BEFORE =
  /(?:credit|refund|discount|rebate|penalty|receive|entitled to|equal to|equivalent to)[^.;%]{0,40}$/i;
const FEES_AFTER =
  /^\s?(?:of\s(?:the\s|your\s|its\s|their\s|that\s|such\s)?(?:[a-z'’]+\s){0,3}(?:fees?|charges?|invoice|bill|subscription|price|amount)|(?:service\s)?credit|discount|refund|penalty)/i;
const CEILING_BEFORE =
  /(?:exceed|maximum|max\.?|up to|capped at|cap of|no more than|not more than|limited to)[^.;%]{0,30}$/i;

const PER_UNIT =
  /\bfor (?:each|every)\b|\bper (?:hour|day|minute|incident|outage)\b|\beach (?:hour|full|additional)\b/i;

/** Between a credit and the next one: the band it pays for is a miss of the commitment, named without a figure. */
const MISSED_TARGET =
  /\b(?:under|below|short\s+of|miss(?:es|ed|ing)?(?:\s+of)?|fails?\s+to\s+(?:meet|achieve))\s+(?:the\s+|its\s+|our\s+|this\s+)?(?:[\w-]+\s+)?(?:target|commitment|guarantee|SLA|service\s+level)\b/i;
/** Right after a credit of a credit-first list, the band it pays for: "15% under 99.5%", "30% if below 99%". */
const BAND_AFTER = new RegExp(`^\\s?(?:(?:if|when|where)\\s(?:[a-z]+\\s){0,3})?(?:${BELOW_WORDS})\\s?\\d`, 'i');
/**
 * A list item that opens with its credit and states its band in a condition: "10% if the Monthly Uptime Percentage is
 * less than 99.95% but at least 99.0%" under "where the Credit Percentage is:". The figure opens the item (nothing but a
 * list mark before it), and the caller has found the credit named in the item or its lead-in.
 */
const ITEM_OPENS_WITH_CREDIT = /^[\s*•·(-]*$/;
const CONDITIONED_BAND_AFTER = new RegExp(
  `^\\s?(?:if|when|where|whenever)\\s(?:[\\w-]+\\s){0,8}?(?:${BELOW_WORDS})\\s?\\d`,
  'i',
);

interface Marked {
  p: Figure;
  type: 'threshold' | 'lower' | 'credit';
  /** "10% of the monthly fee, or 30% if uptime is below 99.0%": a credit offered instead of the one before. */
  alternative?: boolean;
}

/** Between a credit and the next: "… of your monthly fees for the affected month, or " (one clause, no figure). */
const ALTERNATIVE_GAP = /^[^.;%]{0,80},?\s+or\s+$/i;
/** After the alternative credit: the condition that gives it ("if the uptime is below 99.0%"). */
const CONDITION_AFTER = new RegExp(`^[^.;%]{0,15}\\b(?:if|where|when|should)\\b[^.;%]{0,50}(?:${BELOW_WORDS})`, 'i');

/**
 * A credit written as a share of one month's fees, not a percentage: "a service credit equal to
 * one half of one month of service" (50), "a credit equal to one month's fees" (100) — README-sla A3.
 */
const MONTH_FRACTION =
  /\b(?:credit|refund)[^.;%]{0,60}?\b(?:equal|equivalent)\s(?:to\s)?(?:(one[- ]half|half|one[- ]quarter|a\squarter|one[- ]fourth|three[- ]quarters|one[- ]tenth)\s(?:of\s)?)?(?:one|a|1|the)\s(?:\(1\)\s)?(?:full\s|whole\s|calendar\s)?month(?:['’]s|s['’]|ly)?\s(?:of\s)?(?:the\s)?(?:service|fees?|subscription|charges?)/gi;
const FRACTIONS: Record<string, number> = {
  'one half': 50,
  half: 50,
  'one quarter': 25,
  'a quarter': 25,
  'one fourth': 25,
  'three quarters': 75,
  'one tenth': 10,
};

/** A percentage, or a month's share standing for one (`fraction`). */
type Figure = PercentMatch & { fraction?: boolean };

function monthFractions(text: string): Figure[] {
  if (!/month/i.test(text) || !/credit|refund/i.test(text)) return [];
  const out: Figure[] = [];
  MONTH_FRACTION.lastIndex = 0;
  for (let m = MONTH_FRACTION.exec(text); m !== null; m = MONTH_FRACTION.exec(text)) {
    const share = m[1] ? FRACTIONS[m[1].toLowerCase().replace('-', ' ')] : 100;
    if (share === undefined) continue;
    const at = m[1] ? m.index + m[0].toLowerCase().indexOf(m[1].toLowerCase()) : m.index + m[0].length;
    out.push({ value: share, start: at, end: m.index + m[0].length, text: m[0], fraction: true });
  }
  return out;
}

function sentenceTiers(text: string): RawTier[] {
  const percents: Figure[] = [...findPercents(text), ...monthFractions(text)].sort((a, b) => a.start - b.start);
  if (percents.length < 2) return [];
  const marked: Marked[] = [];
  for (let k = 0; k < percents.length; k++) {
    const p = percents[k] as Figure;
    const next = percents[k + 1];
    if (p.fraction) {
      marked.push({ p, type: 'credit' });
      continue;
    }
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const after = text.slice(p.end, p.end + 60);
    const prev = marked[marked.length - 1];
    if (p.value >= 80 && p.value < 100 && THRESHOLD_BEFORE.test(before.slice(-45))) {
      marked.push({ p, type: 'threshold' });
    } else if (
      // A band written as a bare range, "99.0% to 99.89% uptime — 5% of fees": its first edge.
      prev?.type !== 'threshold' &&
      p.value >= 80 &&
      p.value < 100 &&
      next &&
      !next.fraction &&
      next.value >= 80 &&
      next.value < 100 &&
      RANGE_GAP.test(text.slice(p.end, next.start))
    ) {
      marked.push({ p, type: 'threshold' });
    } else if (
      p.value >= 80 &&
      p.value < 100 &&
      prev?.type === 'threshold' &&
      LOWER_EDGE_BEFORE.test(text.slice(prev.p.end, p.start).slice(-25)) &&
      text.slice(prev.p.end, p.start).length < 40
    ) {
      marked.push({ p, type: 'lower' });
    } else if (
      // Credit first, then its band's floor: "10% where uptime is at least 99.0%, 25% where it is at least 95.0% but
      // below 99.0%": the floor of the credit just read.
      p.value >= 80 &&
      p.value < 100 &&
      prev?.type === 'credit' &&
      TIER_FLOOR_BEFORE.test(text.slice(prev.p.end, p.start))
    ) {
      marked.push({ p, type: 'lower' });
    } else if (CEILING_BEFORE.test(before.slice(-40))) {
    } else if (
      prev?.type === 'credit' &&
      ALTERNATIVE_GAP.test(text.slice(prev.p.end, p.start)) &&
      CONDITION_AFTER.test(after) &&
      p.value > 0 &&
      p.value <= 100
    ) {
      marked.push({ p, type: 'credit', alternative: true });
    } else if (
      CREDIT_BEFORE.test(before) ||
      FEES_AFTER.test(after) ||
      // "5% of the fee when availability is under target, 15% under 99.5%": a figure whose band follows at once.
      (marked[0]?.type === 'credit' && BAND_AFTER.test(after)) ||
      (k === 0 && ITEM_OPENS_WITH_CREDIT.test(text.slice(0, p.start)) && CONDITIONED_BAND_AFTER.test(after)) ||
      (prev &&
        prev.type !== 'credit' &&
        /^\s?(?:[,:–-]|=|→|->)?\s?(?:and\s|or\s)?(?:a\s|then\s)?$/i.test(text.slice(prev.p.end, p.start)) &&
        text.slice(prev.p.end, p.start).trim() !== '')
    ) {
      if (p.value > 0 && p.value <= 100) marked.push({ p, type: 'credit' });
    }
  }
  const out: RawTier[] = [];
  const creditFirst = marked[0]?.type === 'credit';
  let band: { lo: number | null; hi: number | null } | null = null;
  let pendingCredit: number | null = null;
  /** The floor read after a pending credit ("25% where uptime is at least 95.0%"), until its ceiling or the next credit. */
  let pendingFloor: number | null = null;
  /** The credit an alternative replaced: it holds for the band above the alternative's threshold. */
  let outerCredit: number | null = null;
  /** A credit for missing the commitment named without a figure, waiting for the next band's ceiling as its floor. */
  let missedTarget: number | null = null;
  let last: Figure | null = null;
  for (const m of marked) {
    if (m.type === 'threshold') {
      if (creditFirst && pendingCredit !== null && missedTarget !== null) {
        out.push({ lo: m.p.value, hi: null, credit: missedTarget });
        missedTarget = null;
      }
      if (creditFirst && pendingCredit !== null) {
        // "10% …, or 30% if uptime is below 99.0%": 10% from 99.0% up to the commitment, 30% below 99.0%.
        if (outerCredit !== null) out.push({ lo: m.p.value, hi: null, credit: outerCredit });
        outerCredit = null;
        out.push({ lo: pendingFloor, hi: m.p.value, credit: pendingCredit });
        pendingCredit = null;
        pendingFloor = null;
        band = null;
      } else band = { lo: null, hi: m.p.value };
    } else if (m.type === 'lower' && creditFirst && pendingCredit !== null && pendingFloor === null) {
      pendingFloor = m.p.value;
    } else if (m.type === 'lower') {
      if (band && band.hi !== null) {
        band.lo = Math.min(band.hi, m.p.value);
        band.hi = Math.max(band.hi, m.p.value);
      } else if (creditFirst && out.length > 0) {
        // "a 10% credit for availability between 99.0% and 99.9%": the edges in either order.
        const last = out[out.length - 1]!;
        if (last.hi !== null && last.lo === null && m.p.value !== last.hi) {
          last.lo = Math.min(last.hi, m.p.value);
          last.hi = Math.max(last.hi, m.p.value);
        }
      }
    } else if (creditFirst) {
      // The top band has a floor and no ceiling written (the commitment is its ceiling).
      if (pendingCredit !== null && pendingFloor !== null)
        out.push({ lo: pendingFloor, hi: null, credit: pendingCredit });
      // "5% … when availability is under target, 15% under 99.5%": the first credit pays for a miss of the
      // commitment down to the next band's ceiling, read when that ceiling comes.
      else if (
        pendingCredit !== null &&
        pendingFloor === null &&
        last &&
        MISSED_TARGET.test(text.slice(last.end, m.p.start))
      )
        missedTarget = pendingCredit;
      outerCredit = m.alternative && pendingCredit !== null && pendingFloor === null ? pendingCredit : null;
      pendingFloor = null;
      pendingCredit = m.p.value;
    } else if (band) {
      out.push({ lo: band.lo, hi: band.hi, credit: m.p.value });
      band = null;
    }
    if (m.type === 'credit') last = m.p;
  }
  if (pendingCredit !== null && pendingFloor !== null) out.push({ lo: pendingFloor, hi: null, credit: pendingCredit });
  return out;
}

/** A miss of the commitment named without a figure: "falls below the commitment", "fails to meet the SLA". */
const MISSED_COMMITMENT =
  /\b(?:falls?|drops?|is|are)\s+(?:below|under|short\s+of)\s+(?:the|its|this|our|that|your(?:\s+plan['’]s)?)\s+(?:[\w-]+\s+){0,2}(?:commitment|service\s+level|target|guarantee|SLA)\b|\bfails?\s+to\s+(?:meet|achieve|maintain)\s+(?:the|its|this|our|that)\s+(?:[\w-]+\s+){0,2}(?:commitment|service\s+level|target|guarantee|SLA)\b|\bmiss(?:es)?\s+(?:the|its|this|our)\s+(?:[\w-]+\s+){0,2}commitment\b/i;

/** The one credit a sentence gives for a miss of the commitment it names without a figure, or null. */
function missedCommitmentCredit(text: string): number | null {
  if (!MISSED_COMMITMENT.test(text) || !CREDIT_WORDS.test(text)) return null;
  const percents = findPercents(text);
  if (percents.length !== 1 || PER_UNIT.test(text)) return null;
  const p = percents[0] as Figure;
  if (p.value <= 0 || p.value > 100) return null;
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  const after = text.slice(p.end, p.end + 60);
  return CREDIT_BEFORE.test(before) || FEES_AFTER.test(after) ? p.value : null;
}

/**
 * The credit line right after a band line: this sentence holds uptime figures and no credit word, the next one (in the
 * same section, short) a percentage and a credit word and no uptime figure. Null otherwise.
 */
function creditLineAfterBand(doc: Doc, index: number): Sentence | null {
  const s = doc.sentences[index] as Sentence;
  const next = doc.sentences[index + 1];
  if (!next || next.text.length > 60 || CREDIT_WORDS.test(s.text) || s.text.length > 120) return null;
  if (doc.blocks[next.block]?.kind === 'heading' || doc.blocks[next.block]?.kind === 'table-row') return null;
  if (s.heading !== next.heading || !CREDIT_WORDS.test(next.text)) return null;
  const band = findPercents(s.text);
  const credit = findPercents(next.text);
  if (band.length === 0 || !band.every((p) => p.value >= 80 && p.value < 100) || !BAND_WORDS.test(s.text)) return null;
  if (credit.length !== 1 || BAND_WORDS.test(next.text)) return null;
  return next;
}
/** A band's comparison: "less than", "below", "at least", "or greater", a range "99.0% – 99.9%". */
const BAND_WORDS =
  /\b(?:less|below|under|fewer|greater|more|above|at\s+least|or\s+(?:higher|lower))\b|%\s?(?:-|–|to)\s?\d|</i;

/** Tiers written in sentences; a run of neighbouring sentences (list items) counts as one source. */
export function findCreditSentences(doc: Doc): CreditSource[] {
  const out: CreditSource[] = [];
  let run: { raw: RawTier[]; start: number; end: number; last: number; decimals: number; list: boolean } | null = null;
  const flush = () => {
    if (run && run.raw.length > 0) {
      const tiers = toTiers(run.raw, run.decimals, null);
      if (tiers && tiers.length > 0) {
        out.push({
          tiers,
          span: { start: run.start, end: run.end },
          period: null,
          confidence: 0.75,
          rule: run.list ? 'serviceCredits/listTiers' : 'serviceCredits/sentenceTiers',
        });
      }
    }
    run = null;
  };
  let pairedWith = -1;
  doc.sentences.forEach((s, index) => {
    if (doc.blocks[s.block]?.kind === 'table-row' || index === pairedWith) return;
    // An Arabic band is read in its English form (the figures and comparators folded); the quote stays the text's.
    if (!/%|٪|per\s?cent/i.test(s.text)) return;
    // A band on one line and its credit on the next (an HTML definition list: <dt>Less than 99.9% …</dt>
    // <dd>10% Service Credit</dd>): read as one "band: credit" line.
    const value = creditLineAfterBand(doc, index);
    if (value) pairedWith = index + 1;
    const own = value ? `${s.text}: ${value.text}` : s.text;
    const text = hasArabic(own) ? arabicBandsAsEnglish(own) : own;
    const lead = leadInOf(doc, index);
    const leadText = lead && hasArabic(lead.text) ? arabicBandsAsEnglish(lead.text) : (lead?.text ?? '');
    // Rule `serviceCredits/listTiers` also reads the items of a list under a heading that names the credits
    // ("Service credits" above "- Below 99.9%: 10% of the monthly fee"): the heading is the items' lead-in.
    const creditHeading = doc.blocks[s.block]?.kind === 'list-item' && CREDIT_WORDS.test(s.heading ?? '');
    if (!CREDIT_WORDS.test(text) && !CREDIT_WORDS.test(leadText) && !creditHeading) return;
    // "5% of the monthly fee for each 30 minutes of downtime" is a rate, not a tier.
    if (PER_UNIT.test(text)) return;
    const raw = sentenceTiers(text);
    if (raw.length === 0) return;
    // Items of a list (or under a lead-in ending in ":"), rather than free sentences.
    const list = lead !== null || doc.blocks[s.block]?.kind === 'list-item';
    const decimals = Math.max(
      1,
      ...findPercents(text).map((p) => decimalsOf(p.text.replace(/\s?(?:%|percent|per\s?cent|pct)$/i, ''))),
    );
    const end = value ? value.end : s.end;
    const last = value ? index + 1 : index;
    if (run && index - run.last <= 2) {
      run.raw.push(...raw);
      run.end = end;
      run.last = last;
      run.decimals = Math.max(run.decimals, decimals);
      run.list ||= list;
      return;
    }
    flush();
    run = { raw: [...raw], start: s.start, end, last, decimals, list };
    // "If Monthly Uptime falls below the commitment, Customer receives a credit of 10%. If it falls below 95%, the
    // credit is 25%.": the sentence before gives the band above the first figure, which it names without one.
    const before = index > 0 ? doc.sentences[index - 1] : undefined;
    const outer = before && doc.blocks[before.block]?.kind !== 'table-row' ? missedCommitmentCredit(before.text) : null;
    const top = Math.max(...raw.map((t) => t.hi ?? Number.NEGATIVE_INFINITY));
    if (before && outer !== null && Number.isFinite(top) && !raw.some((t) => t.lo !== null && t.lo >= top)) {
      run.raw.unshift({ lo: top, hi: null, credit: outer });
      run.start = before.start;
    }
  });
  flush();
  return out;
}

/** "Credits shall not exceed 50% …", "capped at 30%", "limited to a credit of 25%". */
const CEILING_VERB =
  /(?:not exceed|exceed|maximum(?: of)?|max\.?|capped at|cap of|no more than|not more than|limited to)\s(?:an? |the )?(?:amount |total )?(?:(?:equal|equivalent) to\s)?(?:a\s)?(?:credit of\s)?(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent|per\s?cent)/i;
/** "The maximum Service Credit in any calendar month is 50% of the fees" (the noun, then the figure). */
const CEILING_NOUN =
  /\b(?:maximum|max\.?|total|aggregate|cumulative)\s(?:amount\sof\s)?(?:(?:service|SLA|availability)\s)?credits?\b[^.;%\d]{0,60}?\b(?:is|are|shall\sbe|will\sbe|equals?|of)\s(?:(?:equal|equivalent)\sto\s)?(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent|per\s?cent)/i;
/** "up to 50% of the monthly fee" (read only in a sentence that earns credits per stretch of downtime). */
const CEILING_UP_TO =
  /\bup\sto\s(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent|per\s?cent)(?=\s(?:of\s(?:the\s|your\s|its\s|that\s)?(?:[\w']+\s){0,2}(?:fees?|charges?|invoice|bill)\b)|\s?[.;,)]|\s?$)/i;
/** "… shall not exceed the monthly fee": the whole month (100), not written as a percentage. */
const CEILING_WHOLE_FEE =
  /(?:not|never)\s(?:to\s)?exceed\s(?:the\s|one\s|1\s|a\s)?(?:\(1\)\s)?(?:full\s|total\s)?(?:monthly|month's|applicable)\s(?:subscription\s|service\s|recurring\s)?(?:fees?|charges?)/i;

export interface CreditCeiling {
  value: number;
  /** Written as a percentage ("50%"), not as "the monthly fee". */
  percentWritten: boolean;
  span: Span;
}

/** Every ceiling on credits the document states, in order. */
export function findCreditCeilings(doc: Doc): CreditCeiling[] {
  const out: CreditCeiling[] = [];
  for (const s of doc.sentences) {
    if (
      !/credits?\b(?!\s?cards?)|penalt(?:y|ies)\b/i.test(s.text) ||
      !/exceed|maximum|max\b|capped|cap of|no more than|not more than|limited to|total|aggregate|cumulative|up to/i.test(
        s.text,
      )
    ) {
      continue;
    }
    // "… for each hour of downtime, up to 50% of the monthly fee": "up to" caps a credit earned per stretch of downtime
    // (elsewhere "up to 99.9%" may be an uptime).
    const m =
      CEILING_VERB.exec(s.text) ??
      CEILING_NOUN.exec(s.text) ??
      (EARNED_PER_INCREMENT.test(s.text) ? CEILING_UP_TO.exec(s.text) : null);
    if (m) {
      const v = Number(m[1]);
      if (v > 0 && v <= 100) out.push({ value: v, percentWritten: true, span: s });
      continue;
    }
    if (CEILING_WHOLE_FEE.test(s.text)) out.push({ value: 100, percentWritten: false, span: s });
  }
  return out;
}

/** The first stated ceiling: "Credits shall not exceed 50% of the monthly fees" → 50; "… the monthly fee" → 100. */
export function findCreditCeiling(doc: Doc): number | null {
  return findCreditCeilings(doc)[0]?.value ?? null;
}

/**
 * A credit earned per stretch of downtime: "for every 30 minutes of unavailability", "for each hour of downtime",
 * "per full hour of outage".
 */
const EARNED_PER_INCREMENT =
  /\b(?:for\s+(?:every|each)|per)\s+(?:(?:\w+|\d+)\s+)?(?:\(\d+\)\s+)?(?:full\s+|consecutive\s+|additional\s+)?(?:minutes?|hours?|days?)\s+(?:\w+\s+){0,2}?(?:of\s+)?(?:\w+\s+)?(?:downtime|unavailability|outage|interruption|unavailable)|\bfor\s+(?:every|each)\s+\d{1,2}(?:\.\d{1,3})?\s?(?:%|percent(?:age\s+points?)?)\s+(?:\([^()]{0,30}\)\s+)?(?:by\s+which|that|of)\s+(?:the\s+)?(?:monthly\s+)?(?:up-?\s?time|availability)/i;

/**
 * No tiers, but one ceiling written as a percentage: credits paid some other way (in proportion
 * to downtime, per incident) up to a stated share of the fees. The card keeps the ceiling only
 * (README-sla A1); two different ceilings mean nothing sure.
 */
function ceilingOnly(doc: Doc): Finding<ServiceCredits> | null {
  const ceilings = findCreditCeilings(doc);
  const first = ceilings[0];
  if (!first || ceilings.some((c) => c.value !== first.value)) return null;
  if (!first.percentWritten) return null;
  // "capped at 100% of the fee" is the whole fee, which README-sla S2 does not count as a percentage ceiling.
  if (first.value >= 100) return null;
  // Service-level credits, not a discount or a store credit: said in the sentence, or in the one before it in the same
  // paragraph ("… a penalty of 1% of the monthly fee for every hour of unavailability. The total penalty in any month
  // is capped at 15%.").
  const sentence = doc.text.slice(first.span.start, first.span.end);
  const at = doc.sentences.findIndex((s) => s.start === first.span.start);
  const before = at > 0 ? doc.sentences[at - 1] : undefined;
  const context = before && before.block === doc.sentences[at]?.block ? `${before.text} ${sentence}` : sentence;
  if (!/service|SLA|up-?\s?time|availab|downtime|outage|interruption/i.test(context)) return null;
  // ... and a scheme that earns them, elsewhere in the document or before the cap in its own sentence ("5% of the
  // monthly fee for every 30 minutes of downtime, up to a maximum of 50%"): a lone cap describes nothing.
  const scheme =
    EARNED_PER_INCREMENT.test(context) ||
    doc.sentences.some(
      (s) =>
        s.start !== first.span.start &&
        CREDIT_WORDS.test(s.text) &&
        /up-?\s?time|availab|downtime|outage|interruption|service level/i.test(s.text),
    );
  if (!scheme) return null;
  return makeFinding(doc, first.span, { tiers: [], maxCreditPercent: first.value }, 0.6, 'serviceCredits/ceilingOnly');
}

/** A table's source, when its tiers can be read without another field (uptime bands, not shortfalls). */
export function tableSource(table: CreditTable, commitment: number | null, rule: string): CreditSource | null {
  const tiers = tableTiers(table, commitment);
  if (!tiers) return null;
  return { tiers, span: table.span, period: table.period, confidence: table.confidence, rule };
}

/** The credit tables whose bands are uptime values (shortfall tables wait for the refiners in card.ts). */
export function findUptimeBandTables(doc: Doc): CreditSource[] {
  return findCreditTables(doc).flatMap((t) => {
    if (t.shortfall) return [];
    const source = tableSource(
      t,
      null,
      t.confidence >= 0.9 ? 'serviceCredits/creditTable' : 'serviceCredits/flatTable',
    );
    return source ? [source] : [];
  });
}

/** The finding for the chosen source: the highest credit, or a lower stated ceiling (S2). */
export function creditsFinding(
  doc: Doc,
  chosen: CreditSource,
  sources: CreditSource[],
  implied = false,
): Finding<ServiceCredits> {
  let confidence = chosen.confidence;
  const signature = (s: CreditSource) => JSON.stringify(s.tiers);
  if (sources.some((s) => signature(s) !== signature(chosen))) confidence -= 0.2;
  const highest = Math.max(...chosen.tiers.map((t) => t.creditPercent));
  const ceiling = findCreditCeiling(doc);
  const maxCreditPercent = ceiling !== null && ceiling < highest ? ceiling : highest;
  const finding = makeFinding(doc, chosen.span, { tiers: chosen.tiers, maxCreditPercent }, confidence, chosen.rule);
  if (implied) finding.implied = true;
  return finding;
}

/** Tables first (they state every band), then tiers written in sentences. */
export function extractServiceCredits(doc: Doc): Finding<ServiceCredits> | null {
  const tables = findUptimeBandTables(doc);
  const sources = tables.length > 0 ? tables : findCreditSentences(doc);
  const chosen = sources[0];
  return chosen ? creditsFinding(doc, chosen, sources) : ceilingOnly(doc);
}
