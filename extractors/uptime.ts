import { hasArabic } from './common/arabic';
import { foldArabic } from './common/arabic-numbers';
import { FLOOR_WORDS } from './common/credit-table';
import type { Block, Doc, Sentence, Span } from './common/doc';
import { makeFinding } from './common/finding';
import { findPercents, type PercentMatch } from './common/percent';
import { headingHead, type Period, periodNear } from './common/period';
import { differingPlanSections, leadInOf, PLAN_COLUMN } from './common/segment';
import { traceEvent, tracing } from './common/trace';
import type { Finding, Uptime } from './types';

/**
 * The committed availability: a percentage next to availability words in a sentence
 * that commits to it ("will use commercially reasonable efforts to make X available
 * with a Monthly Uptime Percentage of at least 99.95%"), with its measurement window.
 *
 * Rules (each finding names the one that fired):
 * - commitment: `uptime/commitmentSentence` (a verb of promise), `uptime/statedLevel` ("the
 *   level of availability … is 99.9%", "“Service Level” means 99.95%"), `uptime/tableColumn`
 *   and `uptime/tableRowLabel` (tables and plan matrices), `uptime/planUnderCommitment` ("- Enterprise: 99.9% uptime"
 *   under an uptime commitment heading: one plan's level), `uptime/labelUnderCommitment` ("Uptime: 99.9% …" under a
 *   heading of promises);
 * - threshold: `uptime/creditThreshold` ("if the Monthly Uptime Percentage is less than 99.9%",
 *   where credits are at stake);
 * - claim: `uptime/slaClaim` ("a 99.99% uptime SLA"), `uptime/labelFigure` (a list item or
 *   heading that is only the figure), `uptime/tableRowFigure`.
 * A list item takes its subject from its lead-in (suffix `InList`), a sentence from an
 * availability heading (suffix `UnderHeading`). Commitments beat thresholds, which beat claims;
 * the top band of a credit table is a refiner in card.ts (`uptime/creditTableTopTier`).
 * Statements of fact ("customers enjoyed 99.99% uptime last year"), durability, satisfaction
 * and ticket statistics are not commitments; nor is a share of tickets meeting the service levels. Tables whose plans
 * differ (`uptime/planTable`: rows that are plans, each with its own uptime), and sections (plans or services)
 * committing to different figures, give no figure (S7).
 *
 * Cost: per sentence, bounded look-arounds; headings are read through `headingHead` and
 * windows through `periodNear`, both bounded, so one huge heading cannot make it quadratic.
 */

export interface UptimeCandidate {
  sentence: Sentence;
  percent: number;
  kind: 'commitment' | 'threshold' | 'claim';
  period: Period;
  periodFromContext: boolean;
  /** The rule that read it: "uptime/commitmentSentence", "uptime/tableRowLabel". */
  rule: string;
  /** Table candidates: the block index of the table's first row (one table, one answer). */
  table?: number;
  /** A table row whose plans (columns) state different figures. */
  ambiguous?: boolean;
}

// Cheap pre-checks per sentence.
const HAS_PERCENT = /%|per\s?cent/i;
// "connectivity": network SLAs promise it as others promise availability ("connectivity … 99.95% of the time").
const AVAILABILITY = /up-?\s?time|availab|service level|\bSLA\b|unavailab|downtime|connectivity/i;

/** Availability words close to the percentage (same clause). */
const AVAILABILITY_NEAR =
  /up-?\s?time|availab|service level|\bSLA\b|\bSLO\b|operational|accessible|reachab|connectivity/i;

const COMMITMENT =
  /\b(?:will|shall|must|agrees? to|undertakes? to)\b[^.;]{0,120}?\b(?:maintain|provide|make|keep|meet|achieve|deliver|be available|be operational|be accessible|ensure|offer|have|be at least|not be less)|\bcommit(?:s|ment|ted)?\b|\bguarantee[sd]?\b|\bwarrant(?:s|y|ed)?\b|\breasonable (?:best |commercial )?(?:efforts|endeavou?rs)|\b(?:best|commercial) efforts\b|\bendeavou?rs?\b|\bstrives?\b|\baims? to\b|\bwe\s+aim\s+for\b|\b(?:our|the)\s+(?:[\w-]+\s+){0,2}goal\s+is\b|\btarget(?:s|ed)?\b|\bobjective\b|\bSLO\b|\b(?:does|do|did) not (?:maintain|meet|achieve)|\bfails? to (?:maintain|meet|achieve)|\bservice level\b[^.;]{0,40}\b(?:of|is|shall be|will be)\b|\b(?:is|are)\s+(?:provided|offered|delivered)\s+with\s+(?:an?\s+)?(?:(?:guaranteed|monthly)\s+)?(?:availability|up-?\s?time)\b/i;
const NEGATED_COMMITMENT =
  /\b(?:not|no|never|cannot|can't|doesn't|don't)\b[^.;]{0,25}\b(?:guarantee|warrant|commit|promise|represent)/i;
/** A target rather than a promise: "aims to", "our target", "objective". */
const SOFT_TARGET = /\b(?:aims?\s+(?:to|for)|aiming\s+to|targets?|targeted|objectives?|goals?|strives?\s+to)\b/i;
/**
 * The next sentence taking the target back: "This is a target and not a contractual commitment",
 * "… do not constitute a service level commitment". Not "not a guarantee of uninterrupted service",
 * which disclaims something else.
 */
const DISCLAIMS_COMMITMENT =
  /\bnot\s+(?:a\s+|an\s+|any\s+)?(?:contractual\s+|binding\s+|legally\s+binding\s+|legal\s+|firm\s+)?(?:service\s+level\s+)?(?:commitment|guarantee|obligation|warranty|promise)s?\b(?!\s+(?:of|that|to))|\b(?:does|do|shall|will)\s+not\s+(?:constitute|form|create|amount\s+to)\s+(?:a\s+|an\s+|any\s+)?(?:contractual\s+|binding\s+|legal\s+)?(?:service\s+level\s+)?(?:commitment|guarantee|obligation|warranty)s?\b/i;

/** Statements about the past or statistics, not promises. */
const CLAIM_ONLY =
  /\b(?:enjoyed|achieved|recorded|averaged|delivered|experienced|historical(?:ly)?|(?:last|past) (?:year|month|quarter|\d{1,3} (?:days|months|weeks))|in 20\d\d|since 20\d\d|has been|have been|was|were)\b/i;

/** Right after the percentage: what the figure measures when it is not availability. */
/** "will be available 100% of the time": the availability word a few words before the figure. */
const AVAILABLE_JUST_BEFORE = /\b(?:available|availability|accessible|reachable|online|up)\b[^.;%]{0,30}$/i;
const NOT_AVAILABILITY_AFTER =
  /^\s?(?:\+\s?)?(?:of\s(?:the\s|all\s|your\s|its\s|our\s)?(?!the\s(?:total\s)?time|(?:total\s)?time\b|each\b|any\b|every\b|a\b|the\s(?:calendar\s|billing\s)?month|monthly\b|availab|up-?time)[a-z]|discount|credit|refund|off\b|durab|satisf|accura|CSAT|NPS|success|match|confiden|probab|precision|recall|deliver|response|answered|resolved|of\stickets|renewal|growth|increase|reduction|faster|cheaper|savings)/i;
const NOT_AVAILABILITY_NEAR =
  /durab|satisf|accuracy|tickets?\b|answered|resolved|deliverab|discount|cashback|response rate|success rate|error rate|packet loss|latency|(?:compliance|adherence)\s(?:with|to)\s(?:the\s)?(?:service\slevels?|SLAs?|targets?)/i;
const UP_TO_BEFORE = /\bup to\s?$|\bmaximum of\s?$|\bexceed\s?$/i;

/** "less than 99.9%", "falls below 99.5%", "does not meet 99.9%", "< 99%". */
const THRESHOLD_BEFORE =
  /(?:less than|lower than|below|under|short of|<|≤|fails? to (?:maintain|meet|achieve)|(?:does|do|did) not (?:maintain|meet|achieve))[^.;%]{0,30}$/i;
/**
 * A credit paid at or above this figure ("10% where uptime is at least 99.0%, 25% where … below 99.0%"): "below 99.0%"
 * bounds a lower band, and the level promised is above the top band's floor, which the sentence does not state.
 */
function bandFloorAtOrAbove(text: string, all: PercentMatch[], value: number): boolean {
  return all.some(
    (q) => q.value >= value && q.value < 100 && CREDIT_BAND_FLOOR.test(text.slice(Math.max(0, q.start - 120), q.start)),
  );
}
const CREDIT_BAND_FLOOR = new RegExp(`\\b(?:where|if|when|whenever|while)\\b[^.;%]{0,40}?(?:${FLOOR_WORDS})\\s?$`, 'i');
const LOWER_BOUND_BEFORE =
  /(?:at least|greater than|more than|equal to or (?:greater|higher|more) than|≥|>=|>|above)\s?$/i;

/**
 * Cross-references are not comparators: "a Monthly Uptime Percentage (defined below) of at
 * least 99.9%" must not read as "below 99.9%". Blanked to spaces, so offsets stay put.
 */
const CROSS_REFERENCE =
  /\(?\b(?:as\s)?(?:defined|described|set\s(?:out|forth)|specified|detailed|explained)\s(?:below|above|herein)\b\)?/gi;

function blankCrossReferences(text: string): string {
  if (!/below|above|herein/i.test(text)) return text;
  return text.replace(CROSS_REFERENCE, (m) => ' '.repeat(m.length));
}

/**
 * "The level of availability for the Service is 99.9%", "“Service Level” means 99.95% Monthly
 * Uptime": the level stated as a fact of the agreement (a copula or a definition), no verb of promise.
 */
const STATED_LEVEL_BEFORE =
  /\b(?:availability|up-?\s?time|service\s(?:level|availability))(?:\s(?:level|target|commitment|guarantee|objective|percentage|rate))?(?:\s(?:of|for)\s[^.;%]{1,40})?["”']?\s(?:is|shall\sbe|will\sbe|equals|means|shall\smean)\s(?:at\sleast\s|not\sless\sthan\s|no\sless\sthan\s)?$/i;
/** The subject or the section says it is the agreed level, not a status reading. */
const LEVEL_WORDS = /\b(?:level|target|commitment|guarantee|objective|SLA|SLO|means|shall\smean)\b/i;
const LEVEL_HEADING = /service\slevel|availability|up-?\s?time|\bSLA\b/i;
/** A heading that is the subject of the figures below it: "Availability", "Uptime commitment" (not "Service credits"). */
const SUBJECT_HEADING =
  /^[\s\d.)#]*(?:(?:service|platform|system|network|monthly)\s)?(?:availability|up-?\s?time)(?:\s(?:commitment|guarantee|target|objective|level|SLA))?[\s.:]*$/i;

/** A question that the text below answers, about the uptime: "What uptime does Skyroute guarantee?" (an FAQ). */
const QUESTION_HEADING =
  /^[\s\d.)#*]*(?:what|which|how\s+(?:much|reliable|available))\b[^?]{0,80}?\b(?:availability|up-?\s?time)\b[^?]{0,60}\?[\s*]*$/i;

/**
 * A label that is only the figure: "99.5% general uptime" as a list item, "## 99.95% Uptime
 * SLA", "Uptime guarantee: 99.9%". No verb, so it ranks as a claim.
 */
const LABEL_FIGURE =
  /^[\s*#>•·–-]{0,6}(?:\d{2,3}(?:[.,]\d{1,4})?\s?%\s(?:[a-z]+\s){0,2}(?:up-?\s?time|availability)(?:\s(?:guarantee|commitment|SLA|SLO|target))?|(?:[a-z]+\s){0,2}(?:up-?\s?time|availability)\s(?:guarantee|commitment|SLA|SLO|target)\s?[:–-]\s?\d{2,3}(?:[.,]\d{1,4})?\s?%)[\s*.!]{0,4}$/i;
/** Only where a label stands alone: a list item or a heading (a bare "Availability: 99.95%" line may be a reading). */
const LABEL_BLOCKS = new Set(['list-item', 'heading']);

/** Whole-sentence tests, run once per sentence. */
interface SentenceFlags {
  negated: boolean;
  commitment: boolean;
  claimOnly: boolean;
  /** A threshold counts only where credits are at stake (not "terminate if below 95%"). */
  credit: boolean;
  /** The section heading names the service level ("Service Levels", "Availability"). */
  levelHeading: boolean;
  /** A list item whose lead-in (or a sentence whose heading) names availability: the figure's subject is there. */
  subjectInLeadIn: boolean;
  /** The heading names the service level and says it is promised: "Uptime Guarantee", "Availability Commitment". */
  committingHeading: boolean;
  /** The heading says its section is what is promised, whatever it promises: "Service Guarantees", "Our Commitments". */
  promiseHeading: boolean;
}

/** "(Target: 99.9%)", "(SLA 99.95%)" right after a figure: the figure is what was measured against it. */
const READING_BESIDE_TARGET = /^\s?\((?:target|goal|objective|SLA|SLO)\s?[:=]?\s?\d/i;
/** What makes a heading about the level a promise rather than a topic or a report ("Uptime" alone may head readings). */
const COMMITTING_HEADING = /\b(?:guarantee[ds]?|commitments?|targets?|objectives?|SLA|service\s+levels?)\b/i;
/** A heading of promises: its labelled figures ("Uptime: 99.9% …") are the levels promised, not readings. */
const PROMISE_HEADING = /\b(?:guarantee[ds]?|commitments?)\b/i;
/** "Service Availability:", "Monthly uptime –": a label opening the sentence, the figure after it its value. */
const LABEL_BEFORE =
  /^[\s*#>•·–-]{0,6}(?:[A-Za-z]+\s){0,2}(?:availability|up-?\s?time)(?:\s(?:level|target|commitment|guarantee|percentage))?[*\s]{0,3}[:–-][*\s]{0,3}$/i;

/** A plan's name labelling the figure: "Enterprise: ", "**Pro plan** – ". */
const PLAN_LABEL_BEFORE =
  /^[\s*#>•·–-]{0,6}([A-Z][\w+-]{1,20}(?:\s[A-Z][\w+-]{1,20})?(?:\s(?:plan|tier|edition))?)[*\s]{0,3}[:–-][*\s]{0,3}$/;

/** A bare figure and a dash or "to" right before a percentage: "99.5-" in "99.5-99.95%". */
const BARE_LOWER_EDGE = /(?<![\d.,])(?:[89]\d|100)(?:[.,]\d{1,4})?\s?(?:-|–|to)\s?$/i;

/** A right to end the contract: what a termination threshold leads to ("then Customer may terminate"). */
const TERMINATION_CONSEQUENCE =
  /\b(?:may|can|shall\s+be\s+entitled\s+to|(?:is|be|are)\s+entitled\s+to|(?:has|have|will\s+have)\s+the\s+right\s+to)\s+(?:immediately\s+)?(?:terminate|cancel)\b/i;

/** A clause that opens its own condition: what follows depends on it, not on the figure before it. */
const NEW_CONDITION = /(?:^|[,;:.]\s*|\b(?:and|or|but)\s+)(?:if|should|in the event|where|unless)\b/i;

/** Credits at stake in a sentence or its lead-in: a threshold they pay for is a credit threshold. */
const CREDIT_AT_STAKE = /credit|refund|rebate|penalt(?:y|ies)/i;

function sentenceFlags(
  sentence: Sentence,
  lead: Sentence | null,
  underHeading = false,
  leadCommits = false,
): SentenceFlags {
  const text = sentence.text;
  const heading = headingHead(sentence.heading);
  const leadText = lead ? lead.text.slice(-600) : '';
  return {
    negated: NEGATED_COMMITMENT.test(text) || NEGATED_COMMITMENT.test(leadText),
    commitment: COMMITMENT.test(text) || leadCommits,
    claimOnly: CLAIM_ONLY.test(text),
    credit: CREDIT_AT_STAKE.test(text) || /credit|penalt(?:y|ies)/i.test(heading) || CREDIT_AT_STAKE.test(leadText),
    levelHeading: LEVEL_HEADING.test(heading),
    subjectInLeadIn: lead !== null || underHeading,
    committingHeading: LEVEL_HEADING.test(heading) && COMMITTING_HEADING.test(heading),
    promiseHeading: PROMISE_HEADING.test(heading),
  };
}

interface Classified {
  kind: UptimeCandidate['kind'];
  rule: string;
}

function classify(
  text: string,
  flags: SentenceFlags,
  all: PercentMatch[],
  index: number,
  sentence: Sentence,
): Classified | null {
  const p = all[index]!;
  // A figure in the availability range that no rule takes: say why in the explain trace.
  const rejected = (why: string): null => {
    if (tracing()) {
      traceEvent({
        field: 'uptime',
        rule: 'uptime/classify',
        outcome: 'rejected',
        start: sentence.start,
        end: sentence.end,
        why,
      });
    }
    return null;
  };
  const previous = index > 0 ? all[index - 1] : undefined;
  if (p.value < 90 || p.value > 100) return null;
  const before = text.slice(Math.max(0, p.start - 120), p.start);
  const after = text.slice(p.end, p.end + 80);
  const nearBefore = before.slice(-90);
  const nearAfter = after.slice(0, 60);
  if (!flags.subjectInLeadIn && !AVAILABILITY_NEAR.test(nearBefore) && !AVAILABILITY_NEAR.test(nearAfter)) {
    // "… will have Connectivity to at least one instance at least 99.95% of the time".
    if (!/^\s?of the time\b/i.test(after) || !/availab|up-?\s?time|connectivity/i.test(text))
      return rejected('no availability words near the figure');
  }
  if (NOT_AVAILABILITY_AFTER.test(after)) return rejected('the figure measures something else');
  // "Uptime: 99.94% (Target: 99.9%)": a month's reading set beside the level promised; the target is the level.
  if (READING_BESIDE_TARGET.test(after)) return rejected('a reading beside its target');
  if (UP_TO_BEFORE.test(before)) return rejected('a ceiling (up to), not a level');
  const window = text.slice(Math.max(0, p.start - 60), Math.min(text.length, p.end + 60));
  if (NOT_AVAILABILITY_NEAR.test(window))
    return rejected('durability, satisfaction, compliance or ticket statistics nearby');
  // A 100% figure is a commitment only when written as "100% uptime/availability", or as "available 100% of the
  // time" (not "100% of fees", "credited at 100%", "refunds 100% of the time the service was down").
  const availableAllTheTime = /^\s?of the time\b/i.test(after) && AVAILABLE_JUST_BEFORE.test(before);
  if (
    p.value === 100 &&
    !availableAllTheTime &&
    // One word may say what is up: "100% network uptime", "100% power availability".
    !/^\s?(?:(?:service|network|server|platform|power|system|infrastructure)\s)?(?:up-?\s?time|availab)/i.test(after)
  )
    return rejected('100% not written as 100% uptime');
  // The lower edge of a band ("less than 99.9% but at least 99.0%") is not the commitment.
  if (previous && LOWER_BOUND_BEFORE.test(`${before.slice(-40).trimEnd()} `)) {
    const gap = text.slice(previous.end, p.start);
    if (/\b(?:but|and|or)\b|,|–|-/.test(gap)) return rejected('lower edge of a band');
  }
  // "a credit of 10% where uptime is at least 99.0%": the floor of a credit band, not the level promised.
  if (flags.credit && CREDIT_BAND_FLOOR.test(before)) return rejected('the floor of a credit band');
  if (flags.negated) return rejected('negated commitment');
  const tail = before.slice(-45);
  // What the threshold leads to, up to the next figure: "… less than 90% in any month, then Customer may terminate"
  // is a termination right, even in a sentence that also speaks of credits.
  const consequence = text.slice(p.end, all[index + 1]?.start ?? text.length);
  const endsIn = TERMINATION_CONSEQUENCE.exec(consequence);
  const toTermination = endsIn ? consequence.slice(0, endsIn.index) : '';
  // A condition of its own between the figure and the right ("maintain 99.9%; if it does not, Customer may
  // terminate") makes the figure the level promised, not the termination's threshold, unless it reads as one.
  const ownCondition =
    NEW_CONDITION.test(toTermination) &&
    !THRESHOLD_BEFORE.test(tail) &&
    !/^\s?or\s(?:less|lower|below|under)\b/i.test(after);
  if (endsIn && !CREDIT_AT_STAKE.test(toTermination) && !ownCondition)
    return rejected('a threshold for a right to terminate, not for credits');
  if (
    THRESHOLD_BEFORE.test(tail) &&
    !/\b(?:not|no|never)\s(?:be\s|fall\s|drop\s)?(?:less|lower|below|under)[^.;%]{0,20}$/i.test(tail)
  ) {
    if (flags.credit && bandFloorAtOrAbove(text, all, p.value)) return rejected('a credit band with a floor above it');
    return flags.credit ? { kind: 'threshold', rule: 'uptime/creditThreshold' } : null;
  }
  // A band written from the top down ("99.95% – 99.0%: 10% credit", "between 95% and 90%"): this figure is its upper
  // edge, the threshold.
  const next = all[index + 1];
  const toNext = next ? text.slice(p.end, next.start) : '';
  if (
    next &&
    next.value < p.value &&
    (/^\s?(?:-|–|to)\s?$/i.test(toNext) || (/^\s?and\s?$/i.test(toNext) && /\bbetween\s?$/i.test(before)))
  ) {
    return flags.credit ? { kind: 'threshold', rule: 'uptime/creditThreshold' } : null;
  }
  // A band written from the bottom up ("99% to 99.8% uptime: 10% credit"): this figure is its lower edge, no level.
  if (next && next.value > p.value && /^\s?(?:-|–|to)\s?$/i.test(toNext)) {
    return rejected('lower edge of a band written from the bottom up');
  }
  // Another band edge right before ("between 99.0% and 99.9%", "99.0% – 99.9%"): the upper edge is the threshold;
  // a band written from the top down ends in its lower edge.
  if (previous && /^\s?(?:-|–|to|and)\s?$/i.test(text.slice(previous.end, p.start))) {
    if (previous.value > p.value) return rejected('lower edge of a band written from the top down');
    return flags.credit ? { kind: 'threshold', rule: 'uptime/creditThreshold' } : null;
  }
  // A range whose lower edge has no percent sign of its own ("SLA 99.5-99.95%", "99.5 to 99.95%", across plans or
  // bands): this figure is its upper edge, no single level promised.
  if (BARE_LOWER_EDGE.test(before.slice(-16))) {
    return flags.credit ? { kind: 'threshold', rule: 'uptime/creditThreshold' } : rejected('upper edge of a range');
  }
  if (flags.commitment) return { kind: 'commitment', rule: 'uptime/commitmentSentence' };
  if (flags.claimOnly) return rejected('a statement of the past');
  const stated = STATED_LEVEL_BEFORE.exec(before.slice(-100));
  if (stated && (LEVEL_WORDS.test(stated[0]) || flags.levelHeading)) {
    return { kind: 'commitment', rule: 'uptime/statedLevel' };
  }
  // "Service Availability: 99.9% monthly uptime" under "1.1 Uptime Guarantee" or "3. Service Guarantees": a label and
  // its value in a section whose heading says it holds what is promised (a bare "Availability: 99.97%" under "Uptime"
  // may be a reading).
  if ((flags.committingHeading || flags.promiseHeading) && LABEL_BEFORE.test(text.slice(0, p.start))) {
    return { kind: 'commitment', rule: 'uptime/labelUnderCommitment' };
  }
  // "- Enterprise: 99.9% uptime" under "Uptime Commitment": a plan's level (several plans make it plan-dependent, S7).
  const planLabel = PLAN_LABEL_BEFORE.exec(text.slice(0, p.start));
  if (
    flags.committingHeading &&
    planLabel &&
    PLAN_HEADING.test(planLabel[1] as string) &&
    /^\s?(?:up-?\s?time|availability)\b/i.test(after)
  ) {
    return { kind: 'commitment', rule: 'uptime/planUnderCommitment' };
  }
  if (/\b(?:SLA|guarantee|commitment)\b/i.test(nearAfter) || /\bSLA\b/i.test(nearBefore)) {
    return { kind: 'claim', rule: 'uptime/slaClaim' };
  }
  return rejected('no commitment, credit threshold or SLA claim');
}

function sentencePeriod(
  doc: Doc,
  index: number,
  p: PercentMatch,
  lead: Sentence | null = null,
): { period: Period; fromContext: boolean } {
  const sentence = doc.sentences[index]!;
  const own = periodNear(sentence.text, p.start);
  if (own) return { period: own, fromContext: false };
  if (lead) {
    const fromLead = periodNear(lead.text, lead.text.length);
    if (fromLead) return { period: fromLead, fromContext: true };
  }
  // The heading, then the next sentences of the same section ("Availability is measured monthly").
  const heading = headingHead(sentence.heading);
  if (heading) {
    const h = periodNear(heading, 0);
    if (h) return { period: h, fromContext: true };
  }
  for (let i = index + 1; i < doc.sentences.length && i <= index + 2; i++) {
    const next = doc.sentences[i]!;
    if (doc.blocks[next.block]?.heading !== doc.blocks[sentence.block]?.heading) break;
    if (
      !/measure(?:d|ment)|calculated|computed|assessed|determined|basis|period/i.test(next.text) &&
      !AVAILABILITY.test(next.text)
    ) {
      continue;
    }
    const n = periodNear(next.text, 0);
    if (n) return { period: n, fromContext: true };
  }
  return { period: null, fromContext: false };
}

/**
 * The window the document's definition of availability names ("“Downtime Percentage” means the
 * downtime as a percentage of the total time in that month"), when all such definitions agree.
 */
const DEFINES_MEASURE = /\b(?:means|refers?\sto|is\s(?:calculated|measured|computed|determined)|defined\sas)\b/i;
const MAX_DEFINITIONS = 40;

function definedPeriod(doc: Doc): Period {
  const seen = new Set<Period>();
  let read = 0;
  for (const s of doc.sentences) {
    if (read >= MAX_DEFINITIONS) break;
    const text = s.text.slice(0, 600);
    const at = text.search(/up-?\s?time|availability|downtime/i);
    if (at < 0 || !DEFINES_MEASURE.test(text)) continue;
    read++;
    const period = periodNear(text, at);
    if (period) seen.add(period);
  }
  return seen.size === 1 ? ([...seen][0] as Period) : null;
}

/** Figures kept per sentence: a commitment sentence names a few, never dozens. */
const MAX_PER_SENTENCE = 6;

const CANDIDATES = new WeakMap<Doc, UptimeCandidate[]>();

/** Every uptime figure stated as a commitment, a credit threshold or an SLA claim, in order; read once per Doc. */
export function findUptimeCandidates(doc: Doc): UptimeCandidate[] {
  const cached = CANDIDATES.get(doc);
  if (cached) return cached;
  const out = readCandidates(doc);
  CANDIDATES.set(doc, out);
  return out;
}

function readCandidates(doc: Doc): UptimeCandidate[] {
  const out: UptimeCandidate[] = [];
  doc.sentences.forEach((sentence, index) => {
    const text = sentence.text;
    if (hasArabic(text)) {
      const arabic = arabicUptimeCandidates(sentence);
      if (arabic.length > 0) {
        out.push(...arabic);
        return;
      }
    }
    if (!HAS_PERCENT.test(text)) return;
    const block = doc.blocks[sentence.block];
    if (block?.kind === 'table-row' && block.cells && block.cells.length > 1) {
      out.push(...tableRowCandidates(doc, sentence, block));
      return;
    }
    // A list item under "If Availability in a calendar month is:" takes its subject from the lead-in.
    let lead: Sentence | null = null;
    let underHeading = false;
    if (!AVAILABILITY.test(text)) {
      lead = leadInOf(doc, index);
      if (!lead || !AVAILABILITY.test(lead.text.slice(-600))) {
        lead = null;
        // "## Availability" / "Provider commits to 99.9% in each calendar month": the heading is the subject.
        const heading = headingHead(sentence.heading);
        if (!SUBJECT_HEADING.test(heading) && !QUESTION_HEADING.test(heading)) return;
        underHeading = true;
      }
    }
    if (text.length <= 80 && LABEL_BLOCKS.has(block?.kind ?? '') && LABEL_FIGURE.test(text)) {
      const p = findPercents(text)[0];
      if (p && p.value >= 90 && p.value < 100) {
        const { period, fromContext } = sentencePeriod(doc, index, p);
        out.push({
          sentence,
          percent: p.value,
          kind: 'claim',
          period,
          periodFromContext: fromContext,
          rule: 'uptime/labelFigure',
        });
        return;
      }
    }
    // "Helix aims to make the platform available 99.5% … This is a target and not a contractual commitment."
    if (SOFT_TARGET.test(text) && disclaimedNext(doc, index)) return;
    const clean = blankCrossReferences(text);
    const percents = findPercents(clean);
    let flags: SentenceFlags | null = null;
    let taken = 0;
    for (let k = 0; k < percents.length && taken < MAX_PER_SENTENCE; k++) {
      const p = percents[k]!;
      if (p.value < 90 || p.value > 100) continue;
      flags ??= sentenceFlags(sentence, lead, underHeading, lead === null && leadInCommits(doc, index, block));
      const found = classify(clean, flags, percents, k, sentence);
      if (!found) continue;
      taken++;
      const { period, fromContext } = sentencePeriod(doc, index, p, lead);
      out.push({
        sentence,
        percent: p.value,
        kind: found.kind,
        period,
        periodFromContext: fromContext,
        rule: lead ? `${found.rule}InList` : underHeading ? `${found.rule}UnderHeading` : found.rule,
      });
    }
  });
  return out;
}

/**
 * A list item whose lead-in makes the promise: "During the Subscription Term, GovCloud will provide: 1. System
 * Availability of at least 98.0% …". The item names availability itself; the verb is the lead-in's, which ends in a
 * colon (the items complete it).
 */
function leadInCommits(doc: Doc, index: number, block: Block | undefined): boolean {
  if (block?.kind !== 'list-item') return false;
  const lead = leadInOf(doc, index);
  if (!lead || !/:\s*$/.test(lead.text)) return false;
  const tail = lead.text.slice(-200);
  return COMMITMENT.test(tail) && !NEGATED_COMMITMENT.test(tail);
}

/** The next sentence of the same section says the figure before it is no commitment. */
function disclaimedNext(doc: Doc, index: number): boolean {
  const sentence = doc.sentences[index]!;
  const next = doc.sentences[index + 1];
  return (
    next !== undefined &&
    doc.blocks[next.block]?.heading === doc.blocks[sentence.block]?.heading &&
    DISCLAIMS_COMMITMENT.test(next.text.slice(0, 300))
  );
}

/** Rows a table is searched back over for its header and first row. */
const TABLE_LOOK_BACK = 30;

/** The header row of the table a data row belongs to: the nearest preceding row of labels. */
function headerRow(doc: Doc, index: number): Block | null {
  for (let i = index - 1; i >= 0 && i >= index - TABLE_LOOK_BACK; i--) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'table-row' || !b.cells) return null;
    if (b.cells.every((c) => !/\d/.test(doc.text.slice(c.start, Math.min(c.end, c.start + 200))))) return b;
  }
  return null;
}

/** Block index of the table's first row (the key that groups a table's candidates). */
function firstRow(doc: Doc, index: number): number {
  let i = index;
  while (i > 0 && index - i < TABLE_LOOK_BACK && doc.blocks[i - 1]?.kind === 'table-row') i--;
  return i;
}

const COMMIT_LABEL = /commit|guarantee|\bSLA\b|\bSLO\b|target|objective|service level/i;
/** Table labels of credit tables: their uptime cells are bands, read by the credit reader. */
const CREDIT_HEADER = /credit|discount|refund|penalt|shortfall|downtime/i;
/** Row labels that name availability, and those that name something else near it. */
const ROW_LABEL = /up-?\s?time|availab|service level/i;
const NOT_ROW_LABEL =
  /downtime|unavailab|maintenance|credit|response|resolution|resolve|durab|support|restor|recover|\bRTO\b|\bRPO\b|latency|error/i;
/** A figure cell: one percentage, no band ("≥ 99.95%" and "at least 99.9%" state it; "< 99%" and ranges are bands). */
const BAND_CELL = /less|below|under|<|≤|\d\s?(?:-|–|to)\s?\d|(?:-|–|to)\s?\d/i;

function cellFigure(cellText: string): PercentMatch | null {
  const percents = findPercents(cellText.slice(0, 400));
  const p = percents[0];
  if (percents.length !== 1 || !p || p.value < 90 || p.value >= 100) return null;
  if (BAND_CELL.test(cellText.slice(0, 400))) return null;
  return p;
}

/**
 * Uptime in a table, by two shapes:
 * - `uptime/tableColumn`: a column whose header names a committed availability
 *   ("Service | Monthly Uptime Commitment" / "Compute | 99.99%");
 * - `uptime/tableRowLabel`: a row whose first cell names availability, its figure in the other
 *   cells ("Monthly Availability | 99.9% monthly"; a plan matrix "Uptime SLA | 99.9% | 99.95%"),
 *   where a label or the sentence leading into the table commits to it (`uptime/tableRowFigure`,
 *   a claim, where nothing does).
 * Credit tables ("Monthly Uptime Percentage | Service Credit") are bands, read by the credit reader.
 * When plans or services differ, the table gives no single figure (S7): see `extractUptime`.
 */
function tableRowCandidates(doc: Doc, sentence: Sentence, block: Block): UptimeCandidate[] {
  const cells = block.cells!.map((c) => doc.text.slice(c.start, Math.min(c.end, c.start + 400)));
  const header = headerRow(doc, sentence.block);
  const labels =
    header?.cells && header.cells.length === cells.length
      ? header.cells.map((c) => doc.text.slice(c.start, Math.min(c.end, c.start + 200)))
      : null;
  const table = firstRow(doc, sentence.block);
  const base = { sentence, kind: 'commitment' as const, periodFromContext: false, table };
  if (labels) {
    const creditHeader = labels.some((l) => CREDIT_HEADER.test(l));
    for (let k = 0; k < labels.length; k++) {
      const label = labels[k] as string;
      if (!/up-?\s?time|availab/i.test(label)) continue;
      if (creditHeader ? !COMMIT_LABEL.test(label) : !COMMIT_LABEL.test(label) && !/%|percent/i.test(label)) continue;
      const p = cellFigure(cells[k] as string);
      if (!p) continue;
      const period = periodNear(label, 0) ?? periodNear(cells[k] as string, p.start);
      return [{ ...base, percent: p.value, period, rule: 'uptime/tableColumn' }];
    }
    if (creditHeader) return [];
  }
  const rowLabel = cells[0] as string;
  if (rowLabel.length > 80 || !ROW_LABEL.test(rowLabel) || NOT_ROW_LABEL.test(rowLabel)) return [];
  if (CLAIM_ONLY.test(rowLabel)) return [];
  const figures: { p: PercentMatch; cell: string; label: string }[] = [];
  for (let k = 1; k < cells.length; k++) {
    const p = cellFigure(cells[k] as string);
    if (p) figures.push({ p, cell: cells[k] as string, label: labels?.[k] ?? '' });
  }
  const first = figures[0];
  if (!first) return [];
  const ambiguous = figures.some((f) => f.p.value !== first.p.value);
  // Stated as the level when a label or the sentence leading into the table says so.
  const before = doc.blocks[table - 1];
  const leadIn =
    before && before.kind !== 'table-row' ? doc.text.slice(Math.max(before.start, before.end - 300), before.end) : '';
  const committed =
    COMMIT_LABEL.test(rowLabel) || (labels ?? []).some((l) => COMMIT_LABEL.test(l)) || COMMITMENT.test(leadIn);
  const period =
    periodNear(first.cell, first.p.start) ??
    periodNear(rowLabel, 0) ??
    (first.label ? periodNear(first.label, 0) : null);
  return [
    {
      ...base,
      kind: committed ? 'commitment' : 'claim',
      percent: first.p.value,
      period,
      // Without a word of commitment the row is a claim, ranked below credit thresholds.
      rule: committed ? 'uptime/tableRowLabel' : 'uptime/tableRowFigure',
      ambiguous,
    },
  ];
}

/**
 * Different figures per plan in one line (S7): "Availability SLA: 99.95% (Enterprise), 99.9% (Standard)",
 * "Enterprise: 99.99%; Business: 99.9%". A figure labelled by a capitalised name in brackets after it, or before it
 * with a colon; two different labelled figures of 90% or more make the line plan-dependent.
 */
const FIGURE_THEN_LABEL =
  /(\d{2,3}(?:[.,]\d{1,4})?)\s?%\s?\((?:[^()]{0,30}\b(?:plans?|editions?|packages?)\b[^()]{0,10}|[A-Z][\w+-]{1,20}(?:\s[A-Z][\w+-]{1,20}){0,2})\)/g;
const LABEL_THEN_FIGURE =
  /\b[A-Z][\w+-]{1,20}(?:\s(?:[A-Z][\w+-]{1,20}|plans?|tiers?))?\s?:\s?(\d{2,3}(?:[.,]\d{1,4})?)\s?%/g;

/** "99.9% availability on Dedicated plans and 99.99% on Enterprise plans": a figure, then the plan it is for. */
const FIGURE_ON_PLAN =
  /(\d{2,3}(?:[.,]\d{1,4})?)\s?%(?:\s+[a-z]+){0,2}\s+(?:on|for|in|with)\s+(?:the\s+|our\s+|all\s+)?[A-Z][\w+-]{1,20}(?:\s[A-Z][\w+-]{1,20})?\s+(?:plans?|tiers?|editions?|packages?|subscriptions?|clusters?|customers?)\b/g;

function plansDifferInline(text: string): boolean {
  if (!text.includes('%')) return false;
  const figures = new Set<number>();
  for (const re of [FIGURE_THEN_LABEL, LABEL_THEN_FIGURE, FIGURE_ON_PLAN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const v = Number((m[1] as string).replace(',', '.'));
      if (v >= 90 && v <= 100) figures.add(v);
    }
  }
  return figures.size > 1;
}

/** A list item labelled by a plan: "Enterprise: all premium features; … 99.99% uptime SLA", "Gold tier: …". */
const PLAN_ITEM_LABEL = /^\s*([A-Z][\w+-]{1,20}(?:\s[A-Z][\w+-]{1,20})?)(?:\s+(?:plan|tier|edition|package))?\s*:/;
/** List items looked at on each side for the other plans of the list. */
const PLAN_LIST_REACH = 4;

/**
 * The figure stands in one item of a list of plans ("Starter: …", "Premium: …", "Enterprise: … 99.99% uptime SLA"):
 * it is that plan's, not the document's (S7), whether or not the other plans state one.
 */
function itemOfPlanList(doc: Doc, sentence: Sentence): boolean {
  const block = doc.blocks[sentence.block];
  if (block?.kind !== 'list-item') return false;
  const label = labelOf(doc, block);
  if (label === null || !PLAN_HEADING.test(label)) return false;
  const from = Math.max(0, sentence.block - PLAN_LIST_REACH);
  const to = Math.min(doc.blocks.length - 1, sentence.block + PLAN_LIST_REACH);
  for (let i = from; i <= to; i++) {
    const other = doc.blocks[i] as Block;
    if (i === sentence.block || other.kind !== 'list-item') continue;
    const l = labelOf(doc, other);
    if (l !== null && l !== label && PLAN_HEADING.test(l)) return true;
  }
  return false;
}

function labelOf(doc: Doc, block: Block): string | null {
  return PLAN_ITEM_LABEL.exec(doc.text.slice(block.start, Math.min(block.end, block.start + 60)))?.[1] ?? null;
}

/** A heading naming a plan or tier: "Standard SLA", "Premium plan", "Enterprise", "Gold tier". */
const PLAN_HEADING =
  /\b(?:plans?|tiers?|editions?|packages?|standard|premium|enterprise|basic|pro|business|starter|professional|plus|advanced|essentials?|team|growth|scale|free|gold|silver|bronze|platinum)\b/i;

/**
 * Different figures, each stated in its own section (S7): sections headed by a plan ("### Standard SLA … 99.5%",
 * "### Premium SLA … 99.9%"), as a plan matrix is; and sections of a service catalogue, each committing to its own
 * level ("## Object Storage … Service level | 99.9%", "## Backup … 99.99%"). The document then commits to several
 * levels and none is its own; the first written would be a guess. A credit threshold is a band, not a level.
 */
function figuresDifferBySection(candidates: UptimeCandidate[], services: boolean): Sentence[] {
  const section = (c: UptimeCandidate) =>
    (services && c.kind === 'commitment') ||
    (c.table === undefined && c.kind !== 'threshold' && PLAN_HEADING.test(c.sentence.heading ?? ''))
      ? c.sentence.headingBlock
      : -1;
  return differingPlanSections(candidates, section, (c) => c.percent).map((c) => c.sentence);
}

/**
 * A table whose rows or plans state different figures gives none (plan-dependent, S7); its
 * candidates are dropped together, as are those of a line naming different figures per plan and
 * those of sections committing to different figures (with `services` false, only plan sections).
 */
function dropPlanDependent(doc: Doc, candidates: UptimeCandidate[], services = true): UptimeCandidate[] {
  const values = new Map<number, Set<number>>();
  const ambiguous = new Set<number>();
  const perPlan = new Set<Sentence>();
  for (const s of figuresDifferBySection(candidates, services)) perPlan.add(s);
  for (const c of candidates) {
    if (c.table === undefined) {
      if (plansDifferInline(c.sentence.text) || itemOfPlanList(doc, c.sentence)) perPlan.add(c.sentence);
      continue;
    }
    const set = values.get(c.table) ?? new Set<number>();
    set.add(c.percent);
    values.set(c.table, set);
    if (c.ambiguous || set.size > 1) ambiguous.add(c.table);
  }
  if (ambiguous.size === 0 && perPlan.size === 0) return candidates;
  return candidates.filter((c) => {
    if (!perPlan.has(c.sentence) && (c.table === undefined || !ambiguous.has(c.table))) return true;
    if (tracing()) {
      traceEvent({
        field: 'uptime',
        rule: c.rule,
        outcome: 'rejected',
        start: c.sentence.start,
        end: c.sentence.end,
        why: 'plans or services differ',
      });
    }
    return false;
  });
}

function pick(doc: Doc, candidates: UptimeCandidate[]): Finding<Uptime> | null {
  const first = candidates[0];
  if (!first) return null;
  const base = first.kind === 'commitment' ? 0.9 : first.kind === 'threshold' ? 0.65 : 0.5;
  let confidence = base;
  // Several different figures left (in one section, or a commitment beside claims): the first one, less sure.
  if (candidates.some((c) => c.percent !== first.percent)) confidence -= 0.2;
  // Prefer a quote of the same value that also names its window.
  const same = candidates.filter((c) => c.percent === first.percent);
  const chosen = first.period === null ? (same.find((c) => c.period !== null) ?? first) : first;
  let period = chosen.period;
  let fromContext = chosen.periodFromContext;
  if (period === null) {
    // No window near the figure: the one the document's definition of availability names.
    period = definedPeriod(doc);
    fromContext = period !== null;
  }
  if (period === null) confidence -= 0.1;
  else if (fromContext) confidence -= 0.05;
  const span: Span = { start: chosen.sentence.start, end: chosen.sentence.end };
  return makeFinding(doc, span, { percent: chosen.percent, period }, confidence, chosen.rule);
}

/** The stated uptime: a commitment, else a credit threshold, else an SLA claim or label. */
export function extractUptime(doc: Doc): Finding<Uptime> | null {
  const all = findUptimeCandidates(doc);
  const candidates = dropPlanDependent(doc, all);
  // Plans with different uptimes, in a table or a line (S7): a credit threshold elsewhere is a band under one of them ("below
  // 95%, the credit is 25%"), and a claim is one plan's; only a sentence that commits to a figure still says one.
  const planDependent = candidates.length !== all.length;
  for (const kind of ['commitment', 'threshold', 'claim'] as const) {
    if (planDependent && kind !== 'commitment') continue;
    const found = pick(
      doc,
      candidates.filter((c) => c.kind === kind),
    );
    if (found) return found;
  }
  return null;
}

/**
 * The commitment of `percent` among several different ones ("power 100%, 99.99% single-feed … network 99.95%"),
 * in one section or each service in its own: the one a credit scheme measures from (refiner
 * `uptime/commitmentCreditsMeasure`). Null when the document commits to one figure only, or to none of this value.
 */
export function commitmentAt(doc: Doc, percent: number, rule: string): Finding<Uptime> | null {
  const all = dropPlanDependent(doc, findUptimeCandidates(doc), false);
  const commitments = all.filter((c) => c.kind === 'commitment');
  if (!commitments.some((c) => c.percent !== percent)) return null;
  // A sentence that also states a credit threshold is a band ("between 95% and 90%, … shall credit"), not a promise.
  const bands = new Set(all.filter((c) => c.kind === 'threshold').map((c) => c.sentence));
  const same = commitments.filter((c) => c.percent === percent && !bands.has(c.sentence));
  const found = pick(doc, same);
  if (!found) return null;
  // Several figures stand in the document; the credits' agreement makes this one less of a guess than the first.
  found.confidence = Math.min(found.confidence, 0.8);
  found.rule = rule;
  return found;
}

/** The document states different uptimes per plan or service, in a table or a line (then none is inferred either). */
export function planDependentUptime(doc: Doc): boolean {
  const candidates = findUptimeCandidates(doc);
  return dropPlanDependent(doc, candidates).length !== candidates.length || planTableDiffers(doc);
}

/**
 * Rule `uptime/planTable`: "Service Tier | Monthly Uptime | Maximum Monthly Downtime" over "Free | 99.0% | 7.2 hours",
 * "Scale | 99.9% | 43.2 minutes": a table whose rows are plans and whose uptime column differs by row states no one
 * level (S7), so no credit table's top band may stand in for it (card.ts, uptime/creditTableTopTier).
 */
function planTableDiffers(doc: Doc): boolean {
  const { blocks, text } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    if (head.kind !== 'table-row' || !head.cells || head.cells.length < 2) continue;
    if (i > 0 && blocks[i - 1]!.kind === 'table-row') continue;
    const labels = head.cells.map((c) => text.slice(c.start, Math.min(c.end, c.start + 80)));
    if (!PLAN_COLUMN.test((labels[0] as string).trim())) continue;
    const column = labels.findIndex((l, k) => k > 0 && /up-?\s?time|availab/i.test(l) && !CREDIT_HEADER.test(l));
    if (column < 0) continue;
    const values = new Set<number>();
    for (let j = i + 1; j < blocks.length && blocks[j]!.kind === 'table-row'; j++) {
      const cell = blocks[j]!.cells?.[column];
      const p = cell ? cellFigure(text.slice(cell.start, Math.min(cell.end, cell.start + 80))) : null;
      if (p) values.add(p.value);
    }
    if (values.size > 1) {
      if (tracing())
        traceEvent({
          field: 'uptime',
          rule: 'uptime/planTable',
          outcome: 'rejected',
          start: head.start,
          end: head.end,
          why: `each plan states its own uptime (${[...values].join(', ')}%)`,
        });
      return true;
    }
  }
  return false;
}

/** Rules whose figure is weaker than a credit table's top band (see the refiners in card.ts). */
export const UPTIME_CLAIM_RULES: readonly string[] = ['uptime/slaClaim', 'uptime/labelFigure', 'uptime/tableRowFigure'];

// --- Arabic (issue 10), on the folded matching form (common/arabic.ts: ة is ه, ى is ي, أ/إ/آ are
// ا). "نلتزم بجاهزية شهرية بنسبة 99.9%", "تبلغ نسبة التوفر ٩٩٫٩٪ خلال الشهر الميلادي"; a credit
// threshold "إذا انخفضت الجاهزية عن 99.5%"; not "لا نضمن أن تكون الخدمة متاحة" or a discount of 10%.

const AR_PERCENT_HINT = /[%٪]|مائ|مئ/;
const AR_AVAILABILITY =
  /جاهزي|توفر|توافر|اتاحه|متاح|وقت\s+(?:ال)?تشغيل|مده\s+(?:ال)?تشغيل|مستوي\s+(?:ال)?خدمه|\bSLA\b|up-?\s?time|availab/i;
const AR_COMMIT =
  /(?:ن|ت|ي)ضمن|ضمان|(?:ن|ت|ي)لتزم|التزام|(?:ن|ت|ي)تعهد|(?:س?)(?:ن|ي)وفر|توفير|(?:ن|ت|ي)سعي|(?:ن|ت|ي)هدف|هدف|(?:س?)(?:ن|ت|ي)بذل|(?:ن|ت|ي)حافظ|الحفاظ/;
const AR_NEGATED_COMMIT = /(?:لا|لن|ولا)\s+(?:ن|ت|ي)?(?:ضمن|لتزم|تعهد)|(?:دون|بدون|من\s+غير)\s+(?:اي\s+)?ضمان/;
const AR_PAST = /حققنا|(?:ت|ي)?حقق(?:ت)?\s|بلغت|كانت|سجلت|(?:ال)?(?:عام|سنه)\s+(?:ال)?(?:ماضي|سابق)/;
/** The figure is a level: "بنسبة", "بمعدل", "لا تقل عن", "تبلغ", "هي", right before it. */
const AR_LEVEL_BEFORE =
  /(?:بنسبه|نسبه|بمعدل|معدل|نسبتها|تبلغ|يبلغ|هي|هو|قدرها|لا\s+(?:تقل|يقل)\s+عن|عن|علي\s+الاقل)\s{0,3}$/;
const AR_THRESHOLD_BEFORE =
  /(?:اقل\s+من|(?:ان)?خف[ضا]\S{0,3}\s+(?:\S{1,12}\s+){0,5}?(?:عن|الي|دون)|(?<![\u0621-\u064a])(?<!لا\s+)(?:تقل|يقل|قلت|قل)\s+عن|ادني\s+من|دون|لم\s+(?:ن|ت|ي)(?:حقق|لتزم|بلغ))\s{0,3}(?:نسبه\s+)?$/;
const AR_CREDIT_WORD = /رصيد|ارصده|خصم|تعويض|استرداد/;
/** What the figure measures when it is not availability. */
const AR_NOT_AVAILABILITY_AFTER = /^\s{0,3}(?:من\s+(?:ال)?(?:رسوم|قيمه|فاتوره|مبلغ)|خصم|رصيد|استرداد)/;
const AR_NOT_AVAILABILITY_NEAR = /رضا|دقه|تذاكر|استجابه|نمو|تخفيض|خصم/;

function arabicPeriod(text: string, at: number): Period {
  const window = text.slice(Math.max(0, at - 200), at + 200);
  // Whole words only: "ربعي" sits inside "واربعين" (and forty), "فصل" inside "الفصل في النزاع" is to adjudicate.
  if (/(?<![\u0621-\u064a])(?:ال)?(?:ربع\s+سنوي|ربعي|ربع\s+(?:ال)?سنه|فصلي|فصليه)(?![\u0621-\u064a])/.test(window))
    return 'quarter';
  const month = /شهري|(?:ال)?شهر(?![\u0621-\u064a])|شهريا|كل\s+شهر/.exec(window);
  // "على مدار السنة", "طوال السنة" (throughout the year) measure over a year, as "annual" does.
  const year =
    /سنوي|سنويا|(?:ال)?سنه\s+(?:ال)?(?:ميلاديه|تعاقديه)|(?:ال)?عام(?![\u0621-\u064a])|(?:مدار|طوال)\s+(?:ال)?سنه(?![\u0621-\u064a])/.exec(
      window,
    );
  if (month && year) {
    const pos = Math.min(at, 200);
    return Math.abs(month.index - pos) <= Math.abs(year.index - pos) ? 'month' : 'year';
  }
  return month ? 'month' : year ? 'year' : null;
}

/** Uptime figures in an Arabic sentence (rules uptime/arabic*), or [] to let the English reading try. */
function arabicUptimeCandidates(sentence: Sentence): UptimeCandidate[] {
  const text = sentence.text;
  if (!AR_PERCENT_HINT.test(text)) return [];
  const heading = foldArabic(headingHead(sentence.heading));
  const out: UptimeCandidate[] = [];
  const all = foldArabic(text);
  for (const p of findPercents(text)) {
    if (p.value < 90 || p.value >= 100 || out.length >= MAX_PER_SENTENCE) continue;
    const before = foldArabic(text.slice(Math.max(0, p.start - 140), p.start));
    const after = foldArabic(text.slice(p.end, p.end + 80));
    const reject = (why: string) => {
      if (tracing())
        traceEvent({
          field: 'uptime',
          rule: 'uptime/arabic',
          outcome: 'rejected',
          start: sentence.start,
          end: sentence.end,
          why,
        });
    };
    if (
      !AR_AVAILABILITY.test(before.slice(-100)) &&
      !AR_AVAILABILITY.test(after.slice(0, 60)) &&
      !AR_AVAILABILITY.test(heading)
    ) {
      reject('no availability words near the figure');
      continue;
    }
    if (
      AR_NOT_AVAILABILITY_AFTER.test(after) ||
      AR_NOT_AVAILABILITY_NEAR.test(`${before.slice(-50)} ${after.slice(0, 40)}`)
    ) {
      reject('the figure measures something else');
      continue;
    }
    if (AR_NEGATED_COMMIT.test(all)) {
      reject('negated commitment');
      continue;
    }
    let kind: UptimeCandidate['kind'];
    let rule: string;
    if (AR_THRESHOLD_BEFORE.test(before.slice(-90))) {
      if (!AR_CREDIT_WORD.test(all) && !AR_CREDIT_WORD.test(heading)) {
        reject('a threshold with no credit at stake');
        continue;
      }
      kind = 'threshold';
      rule = 'uptime/arabicCreditThreshold';
    } else if (AR_COMMIT.test(all)) {
      kind = 'commitment';
      rule = 'uptime/arabicCommitment';
    } else if (AR_PAST.test(all)) {
      reject('a statement of the past');
      continue;
    } else if (
      AR_LEVEL_BEFORE.test(before.slice(-30)) &&
      (AR_AVAILABILITY.test(before.slice(-100)) || AR_AVAILABILITY.test(heading))
    ) {
      // "جاهزية شهرية بنسبة 99.9%": the level stated as the agreement's (no verb of promise).
      kind = 'commitment';
      rule = 'uptime/arabicStatedLevel';
    } else {
      reject('no commitment, credit threshold or stated level');
      continue;
    }
    const own = arabicPeriod(all, foldArabic(text.slice(0, p.start)).length);
    const fromHeading = own ? null : arabicPeriod(heading, 0);
    out.push({
      sentence,
      percent: p.value,
      kind,
      period: own ?? fromHeading,
      periodFromContext: own === null && fromHeading !== null,
      rule,
    });
  }
  return out;
}
