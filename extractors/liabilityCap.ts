import { compactArabic, hasArabic, includesAny } from './common/arabic';
import { parseArabicNumber } from './common/arabic-numbers';
import { endsOpen } from './common/clause';
import type { Doc, Sentence } from './common/doc';
import { findDurations } from './common/durations';
import { makeFinding } from './common/finding';
import { findMoney, type MoneyMatch } from './common/money';
import { NUMBER_SOURCE, parseNumber } from './common/numbers';
import { leadInOf, sentencesHolding } from './common/segment';
import { traceEvent } from './common/trace';
import type { Finding, LiabilityCap, Money } from './types';

/*
 * The vendor's (or mutual) aggregate liability cap. Reads the structure of the cap
 * sentence: whose liability (subject before the trigger), the trigger ("shall not exceed",
 * "is limited to", "capped at"…), and the object after it: service credits, fees (with a
 * look-back window and a multiple), a fixed amount, and how fees and amount combine
 * ("the lesser/greater of", "whichever is greater", "but in no event more than").
 * Every regex is bounded; each sentence is checked for a keyword first.
 */

const PRECHECK = /liab|damages|responsib|recover/i;

/**
 * The verb that sets the ceiling. "not limited to" (as in "including but not limited to") is not one.
 * "limited in the aggregate to", "capped in total at", "in excess, in the aggregate, of": contracts put the scope
 * between verb and object.
 */
const TRIGGER =
  /\b(?:(?:not\s+to\s+)?exceed(?:s|ing)?|(?<!not\s)(?<!not\s+be\s)limited\s+(?:in\s+(?:amount\s+|the\s+aggregate\s+|aggregate\s+|total\s+)?|,\s?in\s+the\s+aggregate,\s?)?to|capped\s+(?:in\s+(?:the\s+aggregate|total)\s+)?at|(?:more|greater)\s+than|in\s+excess(?:,\s?in\s+(?:the\s+)?aggregate,\s?|\s+)of|beyond|up\s+to|cap\s+(?:of|equal\s+to)|(?:shall|will)\s+(?:in\s+no\s+event\s+)?(?:be|amount\s+to)(?!\s+(?:limited|capped))|is(?!\s+(?:limited|capped)))\b/gi;

/**
 * "The maximum liability of a party … will be $X": a bare "be" sets a cap only after a
 * maximum/aggregate/total liability subject and right before a figure, a fee amount or a comparison.
 */
const BE_SUBJECT =
  /\b(?:maximum|aggregate|total|cumulative|entire)\s+(?:aggregate\s+)?liabilit(?:y|ies)\b[^.;]{0,200}$/i;
/** "The maximum aggregate liability of either party is $750,000": "is" only after a singular liability ("total liabilities are" reports a balance sheet). */
const IS_SUBJECT = /\b(?:maximum|aggregate|total|cumulative|entire)\s+(?:aggregate\s+)?liability\b[^.;]{0,200}$/i;
const BE_OBJECT =
  /^\s*(?:equal\s+to\b|the\s+(?:lesser|greater|lower|higher)\s+of\b|(?:an?\s+|the\s+)?(?:total\s+|aggregate\s+)?(?:amount|sum)\s+(?:of|equal)\b|the\s+(?:total\s+|aggregate\s+)?(?:fees|amounts?\s+paid|(?:purchase\s+)?price\s+paid)\b|[$€£[]|(?:US|USD|EUR|GBP|CHF)\b|\d|(?:[a-z]+[\s-]+){1,5}(?:u\.?s\.?\s+)?(?:dollars?|euros?|pounds?|francs?)\b)/i;

/** Whose liability: customer-only caps are not the vendor's cap. */
const MUTUAL = /\b(?:either|each|neither|both)\s+part(?:y|ies)|\bthe\s+parties\b|\beach\s+of\s+(?:us|the\s+parties)\b/i;
const CUSTOMER_WORD =
  '(?:customer|client|subscriber|licensee|buyer|purchaser|user|you|distributor|reseller|partner|merchant)';
const CUSTOMER_OWNER = new RegExp(
  `\\b${CUSTOMER_WORD}(?:['’]s|s['’]|r)?\\s+(?:[\\w-]+\\s+){0,3}?liabilit` +
    `|\\bliabilit(?:y|ies)\\s+of\\s+(?:the\\s+)?${CUSTOMER_WORD}\\b` +
    `|\\b${CUSTOMER_WORD}s?\\s+(?:(?:shall|will|may|is|are)\\s+)?(?:(?:not|only|in\\s+no\\s+event)\\s+)?(?:be\\s+)?liable`,
  'i',
);
const VENDOR_OWNER = new RegExp(
  `\\b(?:our|we|us)\\b|\\b(?!${CUSTOMER_WORD}\\b)[A-Za-z][\\w&.-]{1,40}(?:['’]s|s['’])\\s+(?:[\\w-]+\\s+){0,4}?liabilit` +
    '|\\bliabilit(?:y|ies)\\s+of\\s+(?:the\\s+)?(?:vendor|provider|supplier|licensor|company|service\\s+provider|processor)\\b',
  'i',
);

/** "liability under this Section 11": a cap scoped to one section, general only when nothing else is. */
const SECTION_SCOPED =
  /\bliabilit(?:y|ies)\s+(?:[\w-]+\s+){0,2}?(?:under|pursuant\s+to)\s+(?:this\s+|the\s+foregoing\s+)?(?:section|clause|paragraph|article|subsection)\s+(?:\d|\([a-z0-9]{1,3}\))/i;
/**
 * A liability for one kind of claim or one part of the service: a data breach or the loss of data, IP, an SLA, or
 * what is offered free or on trial ("its liability for Trials and Betas will not exceed US$1,000", "liability for Free
 * Services"): a cap on it is not the general cap.
 */
const SPECIAL =
  /\bliabilit(?:y|ies)\s+(?:[\w-]+\s+){0,2}?(?:for|with\s+respect\s+to|in\s+respect\s+of|arising\s+(?:from|out\s+of|under))\s+(?:any\s+|a\s+|the\s+|its\s+)?(?:(?:breach(?:es)?|violations?)\s+of\s+(?:its\s+|the\s+)?(?:section|clause|data|confidential|security|privacy|obligations\s+under\s+(?:section|clause|the\s+dpa))|(?:[\w-]+\s+){0,2}?(?:data\s+(?:breach|protection|security|loss)|security|privacy|confidential|indemni|liquidated\s+damages(?!\s*(?:,|and\b|or\b))|intellectual\s+property|ip\s+(?:claims|infringement)|infringement|sla\b|service\s+level|downtime|unavailab|outages?|failure\s+to\s+meet)|(?:customer|personal)\s+data|(?:loss|corruption)\s+of\s+(?:or\s+(?:damage|corruption)\s+to\s+)?(?:customer\s+|personal\s+|the\s+)?data\b|(?:loss\s+of\s+(?:or\s+damage\s+to\s+)?|(?:physical\s+)?damage\s+to\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,2}?property|(?:free\s+)?trials?\b|betas?\b|(?:beta|preview|pre-?release|evaluation|pilot|free)\s+(?:services?|features?|products?|versions?|software|plans?|tiers?|accounts?)\b)/i;
const DEBT = /\b(?:liens?|indebtedness|borrow(?:ed|ings?)|securing\s+(?:liabilities|obligations))\b/i;
/** Insurance coverage amounts are not a liability cap. */
const INSURANCE = /\binsur(?:ance|ed|er)|\bcoverage\b|\bper\s+occurrence\b|\bpolicy\s+limits?\b/i;
/**
 * Weaker triggers need a limiting context: "shall not be liable for more than", "total liability … up to", "accepts
 * liability … for no more than" (a party saying how far it answers), and the
 * last item of a list of what a party is liable for, "… and the amount of any other actual direct damages, up to".
 */
const LIMITING_CONTEXT =
  /\b(?:not|no|never|neither|nor)\b[^.;]{0,80}\b(?:liable|liability)|\b(?:accepts?|assumes?)\s+(?:(?:any|its|all|the)\s+)?liability\b|\b(?:total|aggregate|maximum|entire|cumulative|overall)\s+liabilit|\blimit(?:ed|s)?\b|\brecover\b|\bliable\s+only\s*$|\bdirect\s+damages\b[\s,]{0,3}$/i;
/**
 * "In no event shall we, our affiliates, agents, directors, employees, suppliers or licensors be liable to you for any
 * claims, … losses or costs in an amount exceeding": the negation's list of parties and of losses runs longer than
 * LIMITING_CONTEXT's window; the clause is still a limit.
 */
const NO_EVENT_LIABLE = /\bin\s+no\s+event\b[^.;]{0,420}?\bbe\s+liable\b[^.;]{0,200}$/i;
/**
 * An item of a list led in by "… shall not be liable for:", naming what exceeds the cap: "- Any damages exceeding the
 * total fees paid in the past 12 months". The lead-in says who is not liable; the item, on its own line, says for
 * what: amounts over a measure.
 */
function listedUnderNotLiable(pre: string, leadIn: string | null): boolean {
  const line = pre.slice(pre.lastIndexOf('\n') + 1);
  if (
    !/^\s*(?:[-*•]\s*)?(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:any\s+|all\s+)?(?:damages|amounts?|losses|liabilit(?:y|ies)|claims?)\s*$/i.test(
      line,
    )
  )
    return false;
  // The lead-in read with the item (the clause ran on into the list), or the item's own list lead-in.
  return (
    NOT_LIABLE_LEAD_IN.test(`${pre.slice(Math.max(0, pre.length - 1200))}\n`) ||
    (leadIn !== null && NOT_LIABLE_LEAD_IN.test(`${leadIn}\n`))
  );
}
const NOT_LIABLE_LEAD_IN = /\bnot\s+(?:be\s+)?(?:liable|responsible)\s+(?:to\s+[\w\s]{1,30}?\s+)?for\s*:\s*\n/i;
const GENERAL_WORDS = /\b(?:aggregate|total|cumulative|entire|maximum|overall|sole)\b/i;
/** Credits as the thing totalled: "the total Service Credits", "the aggregate amount of any credits". */
const CREDITS_TOTALLED =
  /\b(?:aggregate|total|cumulative|maximum|overall)\s+(?:amount\s+of\s+(?:any\s+|the\s+|all\s+)?)?(?:(?:service|sla|uptime|availability)\s+(?:level\s+)?)?credits?\b/i;
/** Where the last "liability" or "liabilities" in a text starts (0 if none): the cap's own subject begins there. */
function lastLiabilityAt(text: string): number {
  let at = 0;
  for (const m of text.matchAll(/liabilit(?:y|ies)/gi)) at = m.index ?? at;
  return at;
}

/**
 * What the cap is made of. FEES: the fee words, the amounts paid, and what a supply contract pays:
 * "the cost of the products", "the amount of the purchase order" (not "the cost of substitute goods").
 */
const CREDITS_OBJECT =
  /^[\s,:(]{0,3}(?:the\s+)?(?:amount\s+of\s+)?(?:any\s+|applicable\s+|the\s+|such\s+|a\s+)?(?:(?:service|sla|uptime)\s+(?:level\s+)?)?credits?\b/i;
const FEES =
  /\b(?:(?<!(?:attorneys?|lawyers?|legal|counsel|collection)['’]?\s)(?:fees?|charges?)|subscription\s+price|price|contract\s+value|(?:total\s+)?value\s+of\s+(?:this|the)\s+(?:agreement|contract|purchase\s+order|order)|(?:purchase\s+)?value\s+of\s+(?:the\s+|such\s+)?(?:purchased\s+)?(?:products?|goods|items?)\b(?!\s+(?:lost|damaged|destroyed|affected))|invoice(?:d)?\s+(?:value|amount)|compensation|remuneration|royalt(?:y|ies)|commissions)\b|\bcosts?\s+of\s+(?:the\s+|such\s+|those\s+|any\s+)?(?!substitute|replacement|cover|procur|repair)(?:[\w-]+\s+)?(?:products?|goods|units?|items?|equipment|materials|deliverables)\b|\bamounts?\s+(?:of|under)\s+(?:the|such|that|each|any|this)\s+(?:applicable\s+|relevant\s+)?(?:purchase\s+orders?|orders?|invoices?|statements?\s+of\s+work)\b|\b(?:amounts?|sums?|monies|moneys|payments?|total|revenues?|consideration)\b(?=[^.;]{0,60}?\b(?:paid|payable|pay|owed|due|received|receives|collected|invoiced|spent|billed|made)\b)|\bwhat\s+(?:the\s+)?(?:you|customer|client|user|subscriber|licensee)\s+(?:has\s+|have\s+)?(?:actually\s+)?paid\b/i;
/**
 * A cap measured by insurance ("shall not exceed the amount of insurance proceeds paid", "limited to
 * the limits of the policies required by Section 9"): no basis of the card holds it, and the fee
 * rules would read "amount … paid" as fees. Read in the object up to where the clause turns.
 */
const INSURANCE_OBJECT =
  /\b(?:insurance|insurer|insured|policy\s+limits?|limits\s+of\s+(?:the\s+|such\s+)?polic(?:y|ies))\b/i;
/**
 * The words that measure the cap: the object up to where the clause turns or a condition starts
 * ("…, unless the Supplier is insured"), and no further than a few words past the first fee word.
 */
function measureOf(ctx: CapContext): string {
  const obj = ctx.obj as string;
  let cut = Math.min(ctx.turnAt, 200);
  const cond = /\b(?:unless|if|save|where)\b/i.exec(obj.slice(0, cut));
  if (cond) cut = cond.index;
  const fee = FEES.exec(obj.slice(0, cut));
  if (fee) cut = Math.min(cut, fee.index + fee[0].length + 40);
  return obj.slice(0, cut);
}
/**
 * "the lesser of A and B" (compares what follows), "A or B, whichever is greater" (what precedes), "A, or, if
 * greater, B" (one on each side).
 */
const COMBINE =
  /\b(?:the\s+)?(lesser|lower|smaller|greater|higher|larger)\s+of\b|\bwhichever\s+is\s+(?:the\s+)?(lesser|lower|less|smaller|greater|higher|larger|more)\b|\bor,?\s+if\s+(lesser|lower|less|smaller|greater|higher|larger|more),/i;
const LESSER_LIMIT =
  /\b(?:but|and|provided\s+that|however)?,?\s*(?:in\s+no\s+event|not|never|no)\s+(?:to\s+)?(?:be\s+)?(?:more|greater)\s+than\s*$|\b(?:subject\s+to|up\s+to)\s+a\s+maximum\s+(?:amount\s+)?of\s*$|\bnot\s+to\s+exceed\s*$|\bcapped\s+at\s*$/i;
const FALLBACK =
  /\b(?:if|where|when|in\s+the\s+absence|in\s+case|for)\b[^.;]{0,80}?(?:\bfree\b|\bnot\s+(?:yet\s+)?paid|\bpaid\s+nothing|\bno\s+(?:fees|amounts?|payments?|charges?|consideration)|\b(?:not|never)\s+(?:been\s+)?(?:charged|required\s+to\s+pay)|\bwithout\s+charge|\bnon-?paying|\bfree\s+(?:of\s+charge|services?|plans?|tier|accounts?))/i;

const CLAUSE_TURN =
  /;\s*(?!or\b|and\b|\(?[a-z0-9]{1,3}\))|\b(?:provided\s+(?:however,?\s+)?that|except|excluding|notwithstanding|save\s+for|other\s+than|with\s+the\s+exception)\b/i;

const MULTIPLE = new RegExp(
  `(?<![\\w.])\\(?(${NUMBER_SOURCE})\\)?\\s?(?:times|x|×)(?![a-z0-9])(?:\\s?\\(\\s?\\d{1,2}(?:\\.\\d{1,2})?\\s?[x×]\\s?\\))?` +
    '|\\b(twice|double)\\b' +
    '|(?<![\\w.])(\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|percent|per\\s?cent)\\)?\\s+of\\b' +
    // "one and a half (1.5) times" (the figure alone is read by the first branch).
    '|\\b(one[\\s-]and[\\s-](?:a[\\s-]|one[\\s-])?half)\\s?(?:times|x|×)\\b',

  'gi',
);

/**
 * After the fee word: "in the preceding calendar year", "for the month in which…", "per annum", and
 * the period named before its "preceding" ("in the year preceding the claim", "the calendar year prior to").
 */
const PERIOD_AFTER =
  /\b(?:previous|preceding|prior|past|last|current|then[- ]current|same)\s+(?:(?:calendar|contract(?:ual)?|agreement|subscription|billing|service|fiscal)\s+)?(month|quarter|year)\b|\b(?:for|during|in)\s+the\s+(?:calendar\s+|billing\s+)?(month|quarter|year)\s+(?:in|during)\s+which\b|\b(?:per\s+annum|per\s+year|(?:subscription|contract)\s+year)\b|\b(?:for|during|in|within)\s+the\s+(?:(?:calendar|contract(?:ual)?|billing|fiscal)\s+)?(month|quarter|year)\s+(?:immediately\s+)?(?:preceding|prior\s+to|before)\b|\b(?:for|during|in)\s+(?:the|that)\s+(?:affected|relevant|applicable)\s+(?:calendar\s+|billing\s+)?(month|quarter|year)\b/i;
/** After a month's fees, the words that make them a year's: "converted to an annualized basis", "annualised". */
const ANNUALIZED_AFTER =
  /^[^.;]{0,60}?\b(?:(?:converted|calculated|computed|expressed)\s+(?:to|on|into)\s+an?\s+)?annuali[sz]ed\b/i;
/** Right before the fee word: "the annual fees", "monthly subscription fees", "one year's fees". */
const PERIOD_BEFORE =
  /\b(?:(annual(?:i[sz]ed)?|yearly|monthly|quarterly)|one\s+(month|year)['’]s)\s+(?:[\w-]+\s+){0,2}?$/i;

interface CapRead {
  value: LiabilityCap;
  /** How sure the object reading is, before the subject is weighed. */
  confidence: number;
}

const cap = (
  basis: LiabilityCap['basis'],
  feesMonths: number | null = null,
  multiple: number | null = null,
  fixed: Money | null = null,
  combine: LiabilityCap['combine'] = null,
): LiabilityCap => ({ basis, feesMonths, multiple, fixed, combine });

function monthsOfDuration(amount: number, unit: string): number | null {
  if (unit === 'months') return amount;
  if (unit === 'years') return amount * 12;
  if (unit === 'days') {
    const table: Record<number, number> = { 30: 1, 60: 2, 90: 3, 180: 6, 360: 12, 365: 12, 366: 12 };
    return table[amount] ?? null;
  }
  return null;
}

const PERIOD_MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12 };

/** The look-back window of the fees that start at `feeStart` in `text` (null: all fees paid). */
function feesWindow(text: string, feeStart: number, limit: number): { months: number | null; sure: boolean } {
  const from = Math.max(0, feeStart - 40);
  const to = Math.min(limit, feeStart + 260);
  const region = text.slice(from, to);
  let best: { at: number; months: number | null } | null = null;
  for (const d of findDurations(region)) {
    const at = from + d.start;
    // Before the fee word only when it qualifies it: "twelve (12) months' fees", "12 months of fees".
    if (at < feeStart && !/^['’]?s?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?$/i.test(text.slice(from + d.end, feeStart))) {
      continue;
    }
    best = { at, months: monthsOfDuration(d.amount, d.unit) };
    break;
  }
  const after = PERIOD_AFTER.exec(text.slice(feeStart, to));
  if (after) {
    const at = feeStart + after.index;
    const token = (after[1] ?? after[2] ?? after[3] ?? after[4] ?? 'year').toLowerCase();
    if (!best || at < best.at) best = { at, months: PERIOD_MONTHS[token] ?? null };
  }
  const before = PERIOD_BEFORE.exec(text.slice(from, feeStart));
  if (before) {
    const token = (before[1] ?? before[2] ?? '').toLowerCase();
    let months = /^month/.test(token) ? 1 : /^quarter/.test(token) ? 3 : 12;
    // "the average monthly subscription fees converted to an annualized basis": a year of them.
    if (months < 12 && ANNUALIZED_AFTER.test(text.slice(feeStart, to))) months = 12;
    best = { at: from + before.index, months };
  }
  if (!best) return { months: null, sure: true };
  return { months: best.months, sure: best.months !== null };
}

function multipleBefore(text: string, feeStart: number, regionStart: number): number | null {
  const from = Math.max(regionStart, feeStart - 45);
  const window = text.slice(from, feeStart);
  let found: number | null = null;
  MULTIPLE.lastIndex = 0;
  for (let m = MULTIPLE.exec(window); m !== null; m = MULTIPLE.exec(window)) {
    if (m[1] !== undefined) {
      const paren = /\(\s?(\d{1,2}(?:\.\d{1,2})?)\s?[x×]\s?\)/.exec(m[0]);
      found = paren ? Number(paren[1]) : parseNumber(m[1]);
    } else if (m[2] !== undefined) found = 2;
    else if (m[4] !== undefined) found = 1.5;
    else if (m[3] !== undefined) {
      const pct = Number(m[3]);
      found = pct === 100 ? null : pct / 100;
    }
  }
  return found !== null && found > 0 && found <= 100 ? found : null;
}

/**
 * A rate, not an amount: "$4.41 per kilogram", "Two Dollars ($2.00) per pound", "$50 per seat". A
 * carrier's or a licence's per-unit limit has no fixed figure the card can hold.
 */
const PER_UNIT =
  /^\s?\)?\s?(?:and\s+[a-z\s-]{1,30}?cents?\s?)?(?:\([^)]{1,25}\)\s?)?(?:per|an?|each|for\s+each)\s+(?:kilo(?:gram)?|kg|pound|lb|unit|item|piece|package|parcel|carton|pallet|container|shipment|ton(?:ne)?|lit(?:re|er)|gallon|barrel|mile|kilomet(?:re|er)|seat|user|licen[cs]e)s?\b/i;

/** The money amounts of a region that are part of the cap (not "$100 if you use the free plan", not a rate). */
function capMoney(text: string, from: number, to: number, checkFallback: boolean): MoneyMatch[] {
  const region = text.slice(from, to);
  return findMoney(region)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
    .filter((m) => {
      if (PER_UNIT.test(text.slice(m.end, m.end + 70))) return false;
      if (!checkFallback) return true;
      const before = text.slice(Math.max(from, m.start - 90), m.start);
      const after = text.slice(m.end, Math.min(to, m.end + 90));
      // "…or, if you have not paid, $100" / "$10 if the Services are free".
      const afterClause = /^[^;]{0,90}/.exec(after)?.[0] ?? '';
      const beforeClause = before.split(/[;]|\bor\b(?![^,]{0,60},)/i).pop() ?? '';
      return !FALLBACK.test(afterClause.slice(0, 90)) && !FALLBACK.test(beforeClause);
    });
}

/**
 * What a rule sees of one cap clause. `obj` is the text after the trigger verb ("exceed",
 * "limited to"…), bounded to 700 characters; `clause` is the whole clause for the rules that
 * read the sentence's shape rather than the trigger's object (credits as "sole liability").
 */
export interface CapContext {
  clause: string;
  obj: string | null;
  /** Where the clause turns ("; provided that", "except") in `obj`: what follows is another rule's. */
  turnAt: number;
  /** A comparison word ("the lesser of", "whichever is greater") before the turn, if any. */
  combine: RegExpExecArray | null;
}

export interface CapRule {
  /** Recorded on the finding as "liabilityCap/<name>". */
  name: string;
  /** The basis this rule emits: the matrix test runs each basis's examples against the other bases' rules. */
  basis: LiabilityCap['basis'];
  /**
   * clause: reads the sentence's shape; object: reads what follows a trigger verb;
   * fallback: only when no clause of the document reads a cap.
   */
  scope: 'clause' | 'object' | 'fallback';
  extract(ctx: CapContext): CapRead | null;
}

/** Builds the context of the object that starts right after a trigger verb. */
export function capContext(clause: string, obj: string | null): CapContext {
  const head = obj === null ? '' : obj.slice(0, 700);
  const turnAt = clauseTurnAt(head);
  const combine = obj === null ? null : COMBINE.exec(head.slice(0, Math.min(400, turnAt)));
  return { clause, obj: obj === null ? null : head, turnAt, combine };
}

const CLAUSE_TURNS = new RegExp(CLAUSE_TURN.source, 'gi');
/**
 * Where the clause turns, or the text's length. A turn word inside parentheses is an aside that the clause goes on
 * after: "the fees paid by you (excluding hard costs for licences) … or $25,000, whichever is greater".
 */
function clauseTurnAt(head: string): number {
  for (const m of head.matchAll(CLAUSE_TURNS)) {
    const before = head.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0)) return m.index;
  }
  return head.length;
}

/** "the lesser of (a)… and (b)…" compares what follows; "…, whichever is greater" what precedes. */
function comparedRegion(ctx: CapContext): { from: number; to: number; combine: 'lesser' | 'greater' } | null {
  const m = ctx.combine;
  if (!m || ctx.obj === null) return null;
  const word = ((m[1] ?? m[2] ?? m[3]) as string).toLowerCase();
  const combine: 'lesser' | 'greater' = /less|lower|smaller/.test(word) ? 'lesser' : 'greater';
  // "…, or, if greater, $250,000": what precedes and the amount after the comparison.
  if (m[3] !== undefined) return { from: 0, to: Math.min(ctx.obj.length, m.index + m[0].length + 120), combine };
  const ofForm = m[1] !== undefined;
  const from = ofForm ? m.index + m[0].length : 0;
  const to = ofForm ? Math.min(ctx.obj.length, from + 450) : m.index;
  return { from, to, combine };
}

/** The plain reading (no comparison word): the fee word and the amounts, in order. */
function plainParts(ctx: CapContext): { feeAt: number; money: MoneyMatch[] } | null {
  if (ctx.obj === null || ctx.combine) return null;
  const head = ctx.obj.slice(0, 450);
  return { feeAt: feeWordAt(head), money: capMoney(ctx.obj, 0, Math.min(ctx.obj.length, 450), true) };
}

/** A generic money word that FEES takes only when "paid" follows: "an amount equal to …". */
const GENERIC_FEE = /^(?:amounts?|sums?|monies|moneys|payments?|total|revenues?|consideration)$/i;
/** The fee noun proper: "fees", "charges", "price". */
const FEE_NOUN = /\b(?:fees?|charges?|price)\b/i;

/**
 * Where the fees start in `head`, or -1. "an amount equal to twelve (12) times the monthly fee
 * paid": FEES first takes "amount" ("paid" follows it); the fee noun a few words on is the one
 * whose multiple and period are stated, so it is read from there.
 */
function feeWordAt(head: string): number {
  const m = FEES.exec(head);
  if (!m) return -1;
  if (!GENERIC_FEE.test(m[0])) return m.index;
  const next = FEE_NOUN.exec(head.slice(m.index + m[0].length, m.index + 80));
  return next ? m.index + m[0].length + next.index : m.index;
}

/** "…fees paid in the 12 months, but in no event more than $1,000,000": the amount that bounds the fees. */
function ceilingAfterFees(ctx: CapContext, money: MoneyMatch[]): MoneyMatch | undefined {
  const obj = ctx.obj as string;
  return money.find((m) => LESSER_LIMIT.test(obj.slice(Math.max(0, m.start - 60), m.start)));
}

/** "$1,000,000 or the fees paid…" with no comparison word. */
function amountOrFees(ctx: CapContext, feeAt: number, first: MoneyMatch | undefined): boolean {
  const obj = ctx.obj as string;
  return first !== undefined && feeAt >= 0 && feeAt - first.end < 40 && /^\s*,?\s*or\b/i.test(obj.slice(first.end));
}

/** Right after an amount: it bounds one claim or occurrence ("per claim", "for each incident"). */
const PER_CLAIM =
  /^\s?\)?\s?(?:per|for\s+(?:each|any|every)(?:\s+single)?|in\s+respect\s+of\s+(?:each|any)(?:\s+single)?)\s+(?:claim|occurrence|incident|event|cause\s+of\s+action|breach|loss)(?:es|s)?\b/i;
/** Around an amount: it bounds all claims together ("an aggregate maximum of $X", "up to a maximum of $X per year", "$X in the aggregate"). */
const AGGREGATE_BEFORE = /\b(?:aggregate|total|cumulative|overall|maximum)\b[^.;$€£\d]{0,30}$/i;
const AGGREGATE_AFTER =
  /^\s?\)?\s?(?:in\s+(?:the\s+)?aggregate|in\s+total|overall|(?:in\s+total\s+)?for\s+all\s+(?:claims|occurrences|incidents|events))\b/i;

/** When the first amount of the object is per claim, the later amount marked as the aggregate one. */
function aggregateAfterPerClaim(obj: string, money: MoneyMatch[]): MoneyMatch | undefined {
  const first = money[0];
  if (!first || !PER_CLAIM.test(obj.slice(first.end, first.end + 60))) return undefined;
  return money
    .slice(1)
    .find(
      (m) =>
        AGGREGATE_AFTER.test(obj.slice(m.end, m.end + 40)) ||
        AGGREGATE_BEFORE.test(obj.slice(Math.max(first.end, m.start - 40), m.start)),
    );
}

const REDACTED_AMOUNT =
  /^[\s,:(]{0,3}(?:(?:the|an?)\s+(?:aggregate\s+|total\s+|maximum\s+)?(?:sum|amount)\s+(?:of|equal\s+to)\s+)?(?:(?:US|U\.S\.)?\s?[$€£]\s?)?\[\s?(?:\*{1,5}|redacted|x{1,5})\s?\](?!\s*(?:\)\s*)?(?:times|x\b|×|%|percent|per\s?cent|months?|years?|days?|of\b))/i;

/** "the Service Credits are [the vendor's] sole (and exclusive) liability / entire liability". */
const SOLE_LIABILITY_CREDITS =
  /\b(?:service\s+|sla\s+)?credits?\b[^.;]{0,120}?\b(?:sole|entire|only|exclusive)\s+(?:and\s+(?:exclusive|entire)\s+)?(?:liability|obligation)\b|\b(?:sole|entire|only|exclusive)\s+(?:and\s+(?:exclusive|entire)\s+)?liability\b[^.;]{0,120}?\b(?:is|are|shall\s+be|will\s+be|consists?\s+of|is\s+limited\s+to)\s+(?:to\s+(?:provide|issue|grant|pay)\s+)?(?:the\s+|any\s+|such\s+)?(?:applicable\s+|eligible\s+)?(?:service\s+|sla\s+)?credits?\b/i;

/**
 * The rules, in order. Order matters where two readings overlap:
 * - creditsSoleLiability and creditsOnly first: an SLA's "credits are our sole liability … and shall
 *   not exceed the monthly fees" bounds the credits, and the fee rules would read it as a fee cap.
 * - The compared rules before the plain ones: "the greater of $X or the fees" starts with an amount
 *   that fixedAmount alone would take.
 * - feesWithCeiling before feesLookback/feesTotal: "fees paid…, but in no event more than $X" is
 *   both, and the plain fee rules would drop the amount.
 * - amountOrFees before fixedAmount, for the same reason.
 * - unlimitedStated last, and only for documents where no clause reads a cap: "liability for fraud
 *   is unlimited" sits beside the real cap.
 * Each rule also checks its own shape, so the matrix test can run any rule on any basis's examples.
 */
export const LIABILITY_CAP_RULES: readonly CapRule[] = [
  {
    name: 'creditsSoleLiability',
    basis: 'credits-only',
    scope: 'clause',
    extract: (ctx) =>
      SOLE_LIABILITY_CREDITS.test(ctx.clause) ? { value: cap('credits-only'), confidence: 0.7 } : null,
  },
  {
    name: 'creditsOnly',
    basis: 'credits-only',
    scope: 'object',
    extract: (ctx) =>
      ctx.obj !== null && CREDITS_OBJECT.test(ctx.obj) ? { value: cap('credits-only'), confidence: 0.8 } : null,
  },
  {
    name: 'comparedFeesOrFixed',
    basis: 'fees-or-fixed',
    scope: 'object',
    extract(ctx) {
      const r = comparedRegion(ctx);
      if (!r || ctx.obj === null) return null;
      const region = ctx.obj.slice(r.from, r.to);
      const feeM = FEES.exec(region);
      const fixed = pickFixed(capMoney(ctx.obj, r.from, r.to, false), r.combine);
      if (!feeM || !fixed) return null;
      const feeStart = r.from + feeM.index;
      const w = feesWindow(ctx.obj, feeStart, r.to);
      const multiple = multipleBefore(ctx.obj, feeStart, r.from);
      return { value: cap('fees-or-fixed', w.months, multiple, fixed, r.combine), confidence: w.sure ? 0.9 : 0.75 };
    },
  },
  {
    name: 'comparedFeesOnly',
    basis: 'fees',
    scope: 'object',
    extract(ctx) {
      // "the greater of the fees paid and the fees payable": a comparison of two fee figures.
      const r = comparedRegion(ctx);
      if (!r || ctx.obj === null) return null;
      const feeM = FEES.exec(ctx.obj.slice(r.from, r.to));
      if (!feeM || capMoney(ctx.obj, r.from, r.to, false).length > 0) return null;
      const feeStart = r.from + feeM.index;
      const w = feesWindow(ctx.obj, feeStart, r.to);
      return { value: cap('fees', w.months, multipleBefore(ctx.obj, feeStart, r.from)), confidence: 0.55 };
    },
  },
  {
    name: 'comparedFixedOnly',
    basis: 'fixed',
    scope: 'object',
    extract(ctx) {
      const r = comparedRegion(ctx);
      if (!r || ctx.obj === null) return null;
      if (FEES.test(ctx.obj.slice(r.from, r.to))) return null;
      const fixed = pickFixed(capMoney(ctx.obj, r.from, r.to, false), r.combine);
      return fixed ? { value: cap('fixed', null, null, fixed), confidence: 0.75 } : null;
    },
  },
  {
    name: 'feesWithCeiling',
    basis: 'fees-or-fixed',
    scope: 'object',
    extract(ctx) {
      const p = plainParts(ctx);
      if (!p || p.feeAt < 0 || (p.money[0] && p.money[0].start < p.feeAt)) return null;
      const limit = ceilingAfterFees(ctx, p.money);
      if (!limit) return null;
      const obj = ctx.obj as string;
      const w = feesWindow(obj, p.feeAt, obj.length);
      const multiple = multipleBefore(obj, p.feeAt, 0);
      return { value: cap('fees-or-fixed', w.months, multiple, toMoney(limit), 'lesser'), confidence: 0.7 };
    },
  },
  {
    name: 'feesLookback',
    basis: 'fees',
    scope: 'object',
    extract: (ctx) => readPlainFees(ctx, true),
  },
  {
    name: 'feesTotal',
    basis: 'fees',
    scope: 'object',
    extract: (ctx) => readPlainFees(ctx, false),
  },
  {
    name: 'amountOrFees',
    basis: 'fees-or-fixed',
    scope: 'object',
    extract(ctx) {
      const p = plainParts(ctx);
      const first = p?.money[0];
      if (!p || !first || !amountOrFees(ctx, p.feeAt, first) || p.feeAt < first.start) return null;
      const obj = ctx.obj as string;
      const w = feesWindow(obj, p.feeAt, obj.length);
      return {
        value: cap('fees-or-fixed', w.months, multipleBefore(obj, p.feeAt, 0), toMoney(first), null),
        confidence: 0.5,
      };
    },
  },
  {
    name: 'fixedAggregateOverPerClaim',
    basis: 'fixed',
    scope: 'object',
    // "$1,000,000 per occurrence and $3,000,000 in the aggregate", "$250,000 for each claim, subject to
    // an aggregate maximum of $1,000,000": the card holds the aggregate cap, not the per-claim one.
    extract(ctx) {
      const p = plainParts(ctx);
      const first = p?.money[0];
      if (!p || !first || p.feeAt >= 0) return null;
      const aggregate = aggregateAfterPerClaim(ctx.obj as string, p.money);
      return aggregate ? { value: cap('fixed', null, null, toMoney(aggregate)), confidence: 0.8 } : null;
    },
  },
  {
    name: 'fixedAmount',
    basis: 'fixed',
    scope: 'object',
    extract(ctx) {
      const p = plainParts(ctx);
      const first = p?.money[0];
      if (!p || !first || (p.feeAt >= 0 && p.feeAt < first.start) || amountOrFees(ctx, p.feeAt, first)) return null;
      return { value: cap('fixed', null, null, toMoney(first)), confidence: p.feeAt >= 0 ? 0.65 : 0.85 };
    },
  },
  {
    name: 'fixedRedacted',
    basis: 'fixed',
    scope: 'object',
    // A filed contract with the amount blacked out ("shall not exceed $[***]"): the cap is a fixed
    // amount that the text does not state (fixed: null), never a guess at the figure.
    extract: (ctx) =>
      ctx.obj !== null && REDACTED_AMOUNT.test(ctx.obj) ? { value: cap('fixed'), confidence: 0.7 } : null,
  },
  {
    name: 'unlimitedStated',
    basis: 'unlimited',
    scope: 'fallback',
    extract: (ctx) => readUnlimited(ctx.clause),
  },
  // Arabic clauses (see "Arabic" at the end of this file): read per sentence by readArabicCap.
  ...arabicCapRules(),
];

/** The fees "in that period", "during such year": a window the clause named before its verb. */
const THAT_PERIOD =
  /\b(?:in|during|for)\s+(?:that|such|the\s+same|the\s+relevant)\s+(?:period|(?:contract\s+)?year)\b/i;
/** "in any 12-month period", "in any twelve (12) month period", "in any Contract Year", before the cap's verb. */
const ANY_PERIOD =
  /\bin\s+(?:any|each)\s+(?:(\d{1,2}|one|three|six|twelve|twenty-four)(?:\s?\(\d{1,2}\))?[-\s]months?\s+period|(?:contract|calendar|agreement|subscription)\s+year)\b/i;
const WINDOW_WORDS: Record<string, number> = { one: 1, three: 3, six: 6, twelve: 12, 'twenty-four': 24 };

function periodBefore(ctx: CapContext): number | null {
  const at = ctx.obj === null ? -1 : ctx.clause.lastIndexOf(ctx.obj);
  const m = ANY_PERIOD.exec(at > 0 ? ctx.clause.slice(0, at) : ctx.clause);
  if (!m) return null;
  if (m[1] === undefined) return 12;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : (WINDOW_WORDS[m[1].toLowerCase()] ?? null);
}

/** feesLookback (`windowed`: a look-back window is stated) and feesTotal (all fees paid under the agreement). */
function readPlainFees(ctx: CapContext, windowed: boolean): CapRead | null {
  const p = plainParts(ctx);
  // The fees are the object itself ("…the fees paid", "an amount equal to the amounts paid"), not a
  // fee word further on ("limited to repairing the Software or, failing that, refunding the fees").
  if (!p || p.feeAt < 0 || p.feeAt > 120) return null;
  if (p.money[0] && p.money[0].start < p.feeAt) return null;
  if (ceilingAfterFees(ctx, p.money)) return null;
  const obj = ctx.obj as string;
  // "[***] times the fees": the multiple is blacked out, so the value is not known.
  if (/\[\s?(?:\*+|redacted)\s?\]/i.test(obj.slice(Math.max(0, p.feeAt - 45), p.feeAt))) return null;
  const w = feesWindow(obj, p.feeAt, obj.length);
  // "… liability in any 12-month period is limited to the Fees paid in that period": the window named before the verb.
  if (w.months === null && w.sure && THAT_PERIOD.test(obj.slice(p.feeAt, p.feeAt + 200))) w.months = periodBefore(ctx);
  if (windowed !== (w.months !== null || !w.sure)) return null;
  let confidence = w.sure ? 0.85 : 0.7;
  // An amount we could not place (one after the clause turns belongs to another rule).
  if (p.money.some((m) => m.start < ctx.turnAt)) confidence -= 0.25;
  return { value: cap('fees', w.months, multipleBefore(obj, p.feeAt, 0)), confidence };
}

/** Runs the rules in order on one clause; the first that reads a value wins. */
export function applyCapRules(ctx: CapContext, rules: readonly CapRule[] = LIABILITY_CAP_RULES): RuleRead | null {
  for (const rule of rules) {
    const read = rule.extract(ctx);
    if (read) return { ...read, rule: rule.name };
  }
  return null;
}

/** Reads the object of a cap: `text` from the trigger on (kept for callers that have no clause). */
export function readCapObject(text: string): CapRead | null {
  return applyCapRules(capContext('', text), OBJECT_RULES);
}

interface RuleRead extends CapRead {
  rule: string;
}

function toMoney(m: MoneyMatch): Money {
  return { value: m.value, currency: m.currency };
}

function pickFixed(money: MoneyMatch[], combine: 'lesser' | 'greater'): Money | null {
  if (money.length === 0) return null;
  const values = money.map((m) => m.value);
  const target = combine === 'lesser' ? Math.min(...values) : Math.max(...values);
  return toMoney(money.find((m) => m.value === target) as MoneyMatch);
}

interface Candidate {
  value: LiabilityCap;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

/** How much the clause may run on: a sentence ending in ":" continues in the list below it. */
function clauseSpan(doc: Doc, index: number): { text: string; start: number; end: number } {
  const s = doc.sentences[index] as Sentence;
  let end = s.end;
  let k = index;
  while (k + 1 < doc.sentences.length && continues(doc.text.slice(s.start, end), doc.sentences[k] as Sentence)) {
    const next = doc.sentences[k + 1] as Sentence;
    if (next.end - s.start > 1200) break;
    end = next.end;
    k++;
    // A list of (a)/(b) items: take the next one too when this one ends in "or"/"and"/";".
    while (k + 1 < doc.sentences.length && /(?:;|\bor|\band)\s*$/i.test(doc.text.slice(s.start, end))) {
      const more = doc.sentences[k + 1] as Sentence;
      if (more.end - s.start > 1200) break;
      end = more.end;
      k++;
    }
  }
  return { text: doc.text.slice(s.start, end), start: s.start, end };
}

/**
 * A clause runs on into the next segment when it ends in ":" or a dangling "of/to/exceed", or
 * when it has no closing punctuation at all: hard-wrapped text ("…TOTAL LIABILITY TO" / "YOU UNDER
 * THIS AGREEMENT…") is split at every line break.
 */
function continues(text: string, last: Sentence): boolean {
  // Only the text's end decides: tested on its last dozen characters, as the span grows sentence by sentence.
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (/[:—–-]$|\b(?:of|to|exceed)$/i.test(text.slice(Math.max(0, end - 12), end))) return true;
  // A wrapped line is long; a heading ("Limitation of Liability") is short and stands alone.
  return last.text.length >= 40 && endsOpen(text);
}

/** "the total amount of damages, compensation and expenses payable by X shall not exceed…": a cap without the word liability. */
const DAMAGES_SUBJECT = /\b(?:total|aggregate|maximum|cumulative)\s+(?:amount\s+of\s+)?(?:[\w-]+,?\s+){0,3}?damages\b/i;

/**
 * "The total amount Linden may recover from Marlow for all claims", "the maximum amount recoverable
 * by Reseller from Vendor": the cap seen from the claimant's side. Only with a claim or a party it is
 * recovered from ("the maximum amount recoverable under the letter of credit" is no liability).
 */
const RECOVERY_SUBJECT =
  /\b(?:total|aggregate|maximum|cumulative)\s+(?:amount|sum)\s+(?:of\s+(?:damages|losses|compensation)\s+)?(?:(?:that\s+)?(?:[\w'’&.-]+\s+){1,4}?(?:may|can|shall\s+be\s+entitled\s+to|is\s+entitled\s+to)\s+recover|recoverable)\b([^.;]{0,240})$/i;
const RECOVERY_CONTEXT = /\b(?:from|against)\s|\b(?:claims?|damages|loss(?:es)?|breach(?:es)?)\b/i;
/** Recovered from the customer: the customer's liability, not the vendor's. */
const RECOVERY_FROM_CUSTOMER = new RegExp(`\\b(?:from|against)\\s+(?:the\\s+)?${CUSTOMER_WORD}\\b`, 'i');

/** A coordinated clause right before the trigger, with its own subject: ", and its invoices shall not". */
const OWN_SUBJECT =
  /(?:[,;]\s*(?:and|but|while|whereas)|;)\s+((?:[\w'’-]+\s+){1,6}?)(?:shall|will|may|must|does|do|is|are)\s+(?:(?:in\s+no\s+event|not|never)\s+)?(?:be\s+)?$/i;

const HEDGE =
  /\b(?:typically|usually|often|commonly|most\s+(?:vendors|providers|contracts|agreements)|for\s+example|e\.g\.)/i;
/**
 * The clause without its parentheticals (two levels deep): a contract's own aside gives examples ("regardless of the
 * form of action (e.g. contract or tort claims)"); commentary hedges in its sentences.
 */
const withoutAsides = (text: string) => text.replace(/\([^()]*\)/g, '').replace(/\([^()]*\)/g, '');

/**
 * "The responsibility of the Carrier under this Contract shall not exceed $50,000": the party's
 * liability under another name, read as "liability" by the subject checks (whose, what kind of claim).
 * Not a duty to bear a cost or to buy ("responsibility for freight charges", "responsibility to
 * purchase"): those ceilings are prices and commitments.
 */
const RESPONSIBILITY = /\bresponsibilit(y|ies)\b/gi;
const RESPONSIBILITY_FOR_COSTS =
  /\bresponsibilit(?:y|ies)\s+(?:[\w'’-]+\s+){0,3}?(?:for|to)\s+(?:(?:the\s+)?(?:pay(?:ing|ment)?|bear(?:ing)?|reimburs\w*|purchas\w*|buy(?:ing)?|order(?:ing)?)\b|(?:the\s+|any\s+|all\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:costs?|expenses?|charges?|fees?|freight|shipping|taxes|duties|royalt(?:y|ies)|payments?|insurance|premiums?|purchases?)\b)/i;

function asLiability(pre: string): string {
  if (!/responsibilit/i.test(pre) || RESPONSIBILITY_FOR_COSTS.test(pre)) return pre;
  // The subject checks are case-insensitive: the case of the rewritten word does not matter.
  return pre.replace(RESPONSIBILITY, (_w, end: string) => `liabilit${end}`);
}

/** Triggers read per sentence: a real cap is among the first few; this bounds adversarial input. */
const MAX_TRIGGERS = 8;

const CLAUSE_RULES = LIABILITY_CAP_RULES.filter((r) => r.scope === 'clause');
const OBJECT_RULES = LIABILITY_CAP_RULES.filter((r) => r.scope === 'object');
const FALLBACK_RULES = LIABILITY_CAP_RULES.filter((r) => r.scope === 'fallback');

function reject(rule: string, start: number, end: number, why: string): void {
  traceEvent({ field: 'liabilityCap', rule: `liabilityCap/${rule}`, outcome: 'rejected', start, end, why });
}

/** Whose liability the words before the cap name: a customer-only cap is not the vendor's. */
function owner(pre: string): { mutual: boolean; vendor: boolean; customerOnly: boolean } {
  const mutual = MUTUAL.test(pre);
  const customer = CUSTOMER_OWNER.test(pre);
  const vendor = VENDOR_OWNER.test(pre.replace(/\bto\s+(?:you|us)\b/gi, ''));
  return { mutual, vendor, customerOnly: customer && !mutual && !vendor };
}

function readSentence(doc: Doc, index: number): Candidate | null {
  const s = doc.sentences[index] as Sentence;
  if (!PRECHECK.test(s.text)) return null;
  if (!/liabilit|liable|recover|damages|responsibilit/i.test(s.text)) return null;
  const span = clauseSpan(doc, index);
  const text = span.text;
  if (HEDGE.test(withoutAsides(text))) {
    reject('clause', span.start, span.end, 'commentary about caps (typically, for example)');
    return null;
  }
  // Rules that read the clause's shape ("the credits are our sole liability") come first: see the rule order.
  const whole = applyCapRules(capContext(s.text, null), CLAUSE_RULES);
  if (whole) {
    return { value: whole.value, start: s.start, end: s.end, confidence: whole.confidence, rule: whole.rule };
  }
  TRIGGER.lastIndex = 0;
  let tries = 0;
  for (let m = TRIGGER.exec(text); m !== null && tries < MAX_TRIGGERS; m = TRIGGER.exec(text)) {
    const pre = asLiability(text.slice(Math.max(0, m.index - 400), m.index));
    const triggerWord = m[0].toLowerCase();
    const liabilityWord = /liabilit|liable/i.test(pre);
    // "the total damages payable shall not exceed…" (a strong trigger only: "damages sought … greater than" is no cap).
    const damagesPre =
      !liabilityWord &&
      DAMAGES_SUBJECT.test(pre) &&
      !/^(?:more|greater|in\s+excess|up\s+to|exceeding)/.test(triggerWord) &&
      !/\b(?:sought|claimed|demanded|in\s+dispute|at\s+issue|in\s+controversy)\b/i.test(pre.slice(-120));
    // "The aggregate liquidated damages payable for late delivery shall not exceed 10% of the price":
    // a ceiling on agreed damages for one breach, not on the party's liability ("the total amount of
    // liquidated damages, compensation and other expenses" lists every head: that is the cap).
    const damagesSubject = damagesPre ? DAMAGES_SUBJECT.exec(pre) : null;
    if (
      damagesSubject &&
      /\bliquidated\b/i.test(damagesSubject[0]) &&
      !/^\s*(?:,|and\b|or\b)/i.test(pre.slice(damagesSubject.index + damagesSubject[0].length))
    ) {
      reject('trigger', span.start + m.index, span.start + m.index + m[0].length, 'a ceiling on liquidated damages');
      continue;
    }
    const recovery = liabilityWord || damagesPre ? null : RECOVERY_SUBJECT.exec(pre);
    const recoveryPre =
      recovery !== null &&
      RECOVERY_CONTEXT.test(recovery[0]) &&
      !/^(?:more|greater|in\s+excess|up\s+to|exceeding)/.test(triggerWord);
    if (recoveryPre && RECOVERY_FROM_CUSTOMER.test(recovery?.[0] ?? '')) {
      reject(
        'trigger',
        span.start + m.index,
        span.start + m.index + m[0].length,
        "recovered from the customer: the customer's liability",
      );
      continue;
    }
    // "… shall not be liable for:" then "- Any damages exceeding the fees paid …": the lead-in is the item's liability.
    const listLead = liabilityWord ? null : (leadInOf(doc, index, 8)?.text ?? null);
    // One item of such a list, read with the lead-in the clause ran on from or with the item's own.
    const listed = listedUnderNotLiable(pre, listLead);
    const liabilityPre = liabilityWord || damagesPre || recoveryPre || (listed && listLead !== null);
    // "recover … direct damages up to an amount equal to…" (remedy-style caps).
    const remedyPre = /\brecover\b[^.;]{0,200}\bdamages\b/i.test(pre) && /^up\s+to/.test(triggerWord);
    if (!liabilityPre && !remedyPre) continue;
    // A plain "is" is everywhere: it spends one of the sentence's tries only after a maximum-liability subject.
    if (triggerWord === 'is' && !IS_SUBJECT.test(pre)) continue;
    tries++;
    const at = span.start + m.index;
    const why = (w: string) => reject('trigger', at, at + m[0].length, w);
    // "The Supplier remains liable for delivery, and its invoices shall not exceed the fees in
    // Schedule B": a new clause with its own subject sets a price, not the liability's ceiling.
    const ownSubject = OWN_SUBJECT.exec(pre.slice(-160));
    if (ownSubject && !/liab|damages|claims?\b|recover/i.test(ownSubject[1] as string)) {
      why(`the verb's own subject ("${(ownSubject[1] as string).trim()}") is no liability`);
      continue;
    }
    if (/^(?:shall|will|is)\b/.test(triggerWord)) {
      const subject = triggerWord === 'is' ? IS_SUBJECT : BE_SUBJECT;
      if (!subject.test(pre) || !BE_OBJECT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
        why('"shall be" without a maximum-liability subject and a figure after it');
        continue;
      }
    }
    // Debt covenants: "Liens securing liabilities in an aggregate amount not to exceed…".
    if (DEBT.test(pre.slice(-150))) {
      why('a debt covenant (liens, indebtedness), not a liability cap');
      continue;
    }
    if (INSURANCE.test(pre.slice(-250))) {
      why('insurance coverage, not a liability cap');
      continue;
    }
    // "liable for more than…" / "liability … greater than…": only straight after liable/liability context.
    if (
      // "does not have any liability beyond the amount paid" (a liability reaching no further than the amount).
      /^(?:more|greater|in\s+excess|beyond|up\s+to|exceeding)/.test(triggerWord) &&
      !LIMITING_CONTEXT.test(pre.slice(-200)) &&
      !NO_EVENT_LIABLE.test(asLiability(text.slice(Math.max(0, m.index - 640), m.index))) &&
      !listed
    ) {
      why(`weak trigger "${triggerWord}" without a limiting context`);
      continue;
    }
    const ctx = capContext(text, text.slice(m.index + m[0].length));
    if (INSURANCE_OBJECT.test(measureOf(ctx))) {
      why('a cap measured by insurance proceeds or policy limits (no card basis holds it)');
      continue;
    }
    let read = applyCapRules(ctx, OBJECT_RULES);
    // "… will not exceed the General Cap", the amount stated where the term is defined (rule `definedCap`).
    const defined = read ? null : definedCap(doc, ctx.obj ?? '');
    if (defined) read = defined.read;
    if (!read) {
      why('no rule read the object of the trigger');
      continue;
    }
    // Whose cap: from the last liability word on ("except for liability arising from a breach of
    // Section 9, each party's liability…" is a carve-out, not a cap on Section 9 claims).
    const lastLiability = lastLiabilityAt(pre);
    // A ceiling on service credits is not the liability cap: credits named with no word of the whole liability, or
    // the credits themselves totalled as the subject ("the total Service Credits awarded in any month shall not
    // exceed 10% of the fees", after "not liable for multiple Service Credits").
    if (
      read.value.basis !== 'credits-only' &&
      /\bcredits?\b/i.test(pre) &&
      (!GENERAL_WORDS.test(pre) || CREDITS_TOTALLED.test(pre.slice(lastLiability)))
    ) {
      reject(read.rule, at, span.end, 'a ceiling on service credits');
      continue;
    }
    // A listed item's subject is its lead-in's ("Customer shall not be liable for:").
    const who = owner(listed && listLead !== null ? listLead : pre);
    if (who.customerOnly) {
      reject(read.rule, at, span.end, "the customer's liability, not the vendor's");
      continue;
    }
    let confidence = read.confidence;
    if (GENERAL_WORDS.test(pre)) confidence += 0.05;
    else confidence -= 0.05;
    if (/liabilit|damages/i.test(s.heading ?? '')) confidence += 0.05;
    if (who.mutual || who.vendor) confidence += 0.03;
    const special = SPECIAL.exec(pre.slice(lastLiability));
    if (special) {
      // A cap on SLA claims stands in for the cap in an SLA; a data-breach or IP super-cap does not.
      if (!/sla|service\s+level|downtime|unavailab|outage|failure\s+to\s+meet/i.test(special[0])) {
        reject(read.rule, at, span.end, `a cap on one kind of claim (${special[0].slice(0, 60)})`);
        continue;
      }
      confidence -= 0.15;
    }
    if (SECTION_SCOPED.test(pre.slice(lastLiability))) confidence -= 0.2;
    if (read.value.basis === 'credits-only') confidence -= 0.05;
    if (/\bnot\s+(?:apply|limit)\b/i.test(pre)) confidence -= 0.2;
    return {
      value: read.value,
      start: defined?.start ?? span.start,
      end: defined?.end ?? span.end,
      confidence: Math.min(0.95, confidence),
      rule: read.rule,
    };
  }
  return null;
}

/**
 * The cap's object is a defined term: "each party's entire liability will not exceed the General Cap", the amount in the
 * definition elsewhere ("“General Cap” means amounts paid or payable … in the 12 months immediately preceding …", or a
 * summary's row "Liability Cap: the fees paid in the prior 12 months"). The definition's sentence is the quote: it
 * states the value. A term defined nowhere in the text (on a cover page it does not include) reads nothing.
 */
const DEFINED_CAP_TERM =
  /^\s{0,2}(?:the\s+)?((?:[A-Z][a-z]+\s+){0,3}(?:Cap|Limit|Ceiling)(?:\s+Amount)?)\b(?!\s+(?:of|on|for|in|set|stated|specified|under))/;
type DefinedCap = { read: RuleRead; start: number; end: number } | null;
/** Each term's definition, read once per document: a text repeating "will not exceed the General Cap" searches once. */
const DEFINED_CAPS = new WeakMap<Doc, Map<string, DefinedCap>>();
function definedCap(doc: Doc, obj: string): DefinedCap {
  const term = DEFINED_CAP_TERM.exec(obj)?.[1];
  if (!term) return null;
  const known = DEFINED_CAPS.get(doc) ?? new Map<string, DefinedCap>();
  DEFINED_CAPS.set(doc, known);
  if (!known.has(term)) known.set(term, readDefinedCap(doc, term));
  return known.get(term) ?? null;
}
function readDefinedCap(doc: Doc, term: string): DefinedCap {
  const name = term.trim().replace(/\s+/g, '\\s+');
  const definition = new RegExp(
    `(?:["“”]${name}["“”]\\s+(?:means|shall\\s+mean|will\\s+mean|is\\s+defined\\s+as|refers\\s+to)|(?:^|\\n)(?:[\\d.]{1,6}\\s+)?${name}\\s{0,2}(?::|\\|))\\s+`,
  ).exec(doc.text);
  if (!definition) return null;
  const at = definition.index + definition[0].length;
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  if (!s) return null;
  // The definition's own sentence: the next definition ("“Enhanced Cap” means three times …") is another amount.
  const read = applyCapRules(capContext('', doc.text.slice(at, s.end)), OBJECT_RULES);
  if (!read) return null;
  traceEvent({
    field: 'liabilityCap',
    rule: 'liabilityCap/definedCap',
    outcome: 'considered',
    start: s.start,
    end: s.end,
    why: `"${term.trim()}": its definition states the cap`,
  });
  return { read: { ...read, rule: 'definedCap' }, start: s.start, end: s.end };
}

const UNLIMITED =
  /\b(?:unlimited|uncapped)\s+liabilit|\bliabilit(?:y|ies)\b(?:(?!\bfor\b)[^.;]){0,100}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:unlimited|uncapped|not\s+(?:be\s+)?(?:limited|capped)\s*(?:[.;]|$))|\bno\s+(?:cap|limit(?:ation)?)\s+(?:on|to)\s+(?:[\w’'-]+\s+){0,2}liabilit/i;

/** "Each party's liability under this Agreement is unlimited" (not a carve-out from a cap). */
function readUnlimited(text: string): CapRead | null {
  if (!/unlimited|uncapped|not\s+(?:be\s+)?(?:limited|capped)|no\s+(?:cap|limit)/i.test(text)) return null;
  const m = UNLIMITED.exec(text);
  if (!m) return null;
  const pre = text.slice(0, m.index + m[0].length);
  // "limited or unlimited liability company" is a form of company, not a cap.
  if (/\bliability\s+(?:company|partnership|corporation)/i.test(text.slice(m.index, m.index + m[0].length + 20)))
    return null;
  if (SPECIAL.test(text) || /\bliabilit(?:y|ies)\s+for\b|\b(?:except|exclud|nothing|carve)/i.test(text)) return null;
  if (owner(pre).customerOnly) return null;
  return { value: cap('unlimited'), confidence: 0.6 };
}

/** The vendor's (or mutual) general liability cap, or null when the document states none. */
export function extractLiabilityCap(doc: Doc): Finding<LiabilityCap> | null {
  let best: Candidate | null = null;
  const mayHoldArabicCap = arabicCapStarts(doc);
  for (let i = 0; i < doc.sentences.length; i++) {
    const c = readSentence(doc, i) ?? (mayHoldArabicCap(i) ? readArabicCap(doc, i) : null);
    if (c && (!best || c.confidence > best.confidence)) best = c;
  }
  if (!best) {
    // Fallback rules (unlimited) only where no clause states a cap: carve-outs sit beside real caps.
    for (const s of doc.sentences) {
      const read = applyCapRules(capContext(s.text, null), FALLBACK_RULES);
      if (read) {
        best = { value: read.value, start: s.start, end: s.end, confidence: read.confidence, rule: read.rule };
        break;
      }
    }
  }
  if (!best) return null;
  if (best.confidence < 0.4) {
    reject(best.rule, best.start, best.end, `confidence ${best.confidence.toFixed(2)} below 0.4`);
    return null;
  }
  return makeFinding(doc, best, best.value, best.confidence, `liabilityCap/${best.rule}`);
}

// --- Arabic (issue 10). The cap clause in Arabic: a trigger ("لا تتجاوز", "لا تتعدى", "لن تزيد", "محدودة بـ",
// "تقتصر على", "بحد أقصى", "في حدود") near a liability word ("مسؤولية", "مسؤوليتنا"), then its
// object: the fees paid ("قيمة الاشتراك المدفوع", "المبلغ الذي دفعته لنا", with a look-back such as
// "خلال الاثني عشر شهراً السابقة"), a fixed amount ("مبلغ 1,000 ريال سعودي"), or both with
// "أيهما أقل/أكبر". Patterns are written in the folded matching form (common/arabic.ts): ة is ه,
// ى is ي, أ/إ/آ are ا. Arabic puts the verb first ("لا تتجاوز مسؤوليتنا …"), so the liability word
// may stand on either side of the trigger and the object is read after both.

const AR_LIABILITY = /مسؤولي|مسئولي|مسؤوليت|مسئوليت/;
/** Tatweel, harakat or bidi marks inside a word: they can hide a stem from the raw-text pre-checks. */
const AR_MARK = /[\u0640\u064b-\u065f\u200c-\u200f]/;
/** "مسؤول" / "مسئول" (liable, liability): the raw-text pre-check. */
const LIABILITY_STEMS = ['مسؤول', 'مسئول'];
const AR_CAP_TRIGGER =
  /(?:لا|لن|ولن|ولا|الا|بالا)\s+(?:ت|ي)(?:تجاوز|زيد|تعدي)|(?:مسؤوليه|مسئوليه)\s+(?:ت|ي)(?:تجاوز|تعدي)|محدود(?:ه)?\s+(?:ب|في\s)|(?:ت|ي)(?:قتصر|نحصر)\s+(?:\S{1,15}\s+){0,8}?(?:علي|في)\s|بحد\s+اقصي|(?:ال)?حد\s+(?:ال)?اقصي\s+(?:ل|لل)?(?:ال)?(?:مسؤولي|مسئولي)|في\s+حدود|بما\s+لا\s+(?:ي|ت)تجاوز|(?:مبالغ|مبلغ)\s+(?:ت|ي)(?:تجاوز|زيد\s+(?:علي|عن))/g;
/** A word every AR_CAP_TRIGGER match holds (exceed ×2, more, limited, confined, maximum, limits). */
const AR_CAP_TRIGGER_WORDS = ['تجاوز', 'تعدي', 'زيد', 'محدود', 'قتصر', 'نحصر', 'اقصي', 'حدود'];
/** "لن نكون مسؤولين … عن أي مبالغ تتجاوز الرسوم": "not liable for amounts exceeding" sets the cap too. */
const AR_AMOUNTS_EXCEEDING = /^(?:مبالغ|مبلغ)/;
const AR_NOT_LIABLE = /(?:لن|لا)\s+(?:تكون|يكون|نكون|تتحمل|يتحمل|نتحمل)|غير\s+مس[ؤئ]ول/;
/**
 * A fee noun followed (within a few words) by "paid"/"payable" or "purchased" ("قيمة المنتج المشترى", the value of
 * the product bought, as the English "value of the purchased product"): the fees, not "مبلغ 1,000 ريال"; or the value or
 * price of the contract ("قيمة العقد", "ثمن هذه الاتفاقية"), as the English "contract value" is; or the value or price of
 * the product, the goods, the service or the order ("قيمة المنتج محل الشكوى"), as the English "value of the product".
 */
const AR_FEES =
  /(?:قيمه|رسوم|مبالغ|مبلغ|اشتراك|ثمن|(?:^|\s)ما(?=\s+(?:دفع|سدد)))[^.؛]{0,50}?(?:مدفوع|دفع|سدد|مسدد|مستحق|(?:ال)?مشتر(?:ي|اه|ا)(?![\u0621-\u064a])|(?:ال)?شراء)|(?:(?<=^|\s)(?:ال)?(?:قيمه|ثمن)\s+(?:هذا\s+|هذه\s+)?(?:ال)?(?:عقد|اتفاقيه)(?![\u0621-\u064a]))|(?:(?<=^|\s)(?:ال)?(?:قيمه|ثمن|سعر)\s+(?:ال)?(?:منتج|منتجات|سلعه|بضاعه|خدمه|طلب|طلبيه)(?![\u0621-\u064a]))/;
const AR_COMBINE = /ايهما\s+(اقل|ادني|اكبر|اعلي|اكثر)|(?:ال)?(اقل|اكبر|اعلي)\s+من\s+(?:بين\s+)?/;
/** "… but not more than", "and in no case more than": an amount that bounds the fees. */
const AR_CEILING = /(?:بحد\s+اقصي|بما\s+لا\s+(?:ي|ت)تجاوز|علي\s+ان\s+لا\s+(?:ي|ت)تجاوز|وبحد\s+اقصي)\s{0,3}\S{0,10}$/;
/** Where the object stops: an exception or a new clause belongs to another reading. */
const AR_TURN = /؛|باستثناء|ما\s+عدا|الا\s+ان|ولا\s+ينطبق|لا\s+ينطبق/;
const AR_CUSTOMER_LIABILITY = /(?:مسؤوليه|مسئوليه)\s+(?:ال)?(?:عميل|مستخدم|مشترك)|مسؤوليتك|مسئوليتك/;
const AR_VENDOR_LIABILITY =
  /مسؤوليتنا|مسئوليتنا|مسؤوليتها|(?:مسؤوليه|مسئوليه)\s+(?:ال)?(?:شركه|مزود|منصه|موقع|طرفين)|كل\s+طرف|اي\s+من\s+الطرفين|[\u0621-\u064a]*(?:مسؤوليه|مسئوليه)\s+(?:ال)?(?:ماليه|اجماليه|جماعيه|تراكميه|قصوي|كليه)/;
const AR_YEAR_WORD = /(?:ال)?(?:سنويه|سنوي|سنويا)(?![\u0621-\u064a])|(?:ال)?(?:سنه|عام)\s+(?:ال)?(?:سابق|ماضي|اخير)/;
const AR_MONTH_WORD = /(?:ال)?(?:شهريه|شهري|شهريا)(?![\u0621-\u064a])|(?:ال)?شهر\s+(?:ال)?(?:سابق|ماضي|اخير)/;

/** Triggers read per Arabic sentence (as MAX_TRIGGERS for English). */
const AR_MAX_TRIGGERS = 6;

interface ArabicCapRead extends CapRead {
  rule: string;
}

const ARABIC_CAP = new Map<string, ArabicCapRead | null>();

/** The cap an Arabic clause states, or null; memoized per clause text (each basis rule asks). */
function arabicCapRead(clause: string): ArabicCapRead | null {
  if (!hasArabic(clause)) return null;
  const cached = ARABIC_CAP.get(clause);
  if (cached !== undefined) return cached;
  const read = readArabicClause(clause);
  if (ARABIC_CAP.size > 200) ARABIC_CAP.clear();
  ARABIC_CAP.set(clause, read);
  return read;
}

function readArabicClause(raw: string): ArabicCapRead | null {
  // Pre-check on the raw text, unless marks inside words could hide the stem.
  if (!AR_MARK.test(raw) && !includesAny(raw, LIABILITY_STEMS)) return null;
  const c = compactArabic(raw);
  const t = c.text;
  if (!includesAny(t, LIABILITY_STEMS)) return null;
  const rawAt = (i: number) => c.map[Math.min(i, c.map.length - 1)] ?? raw.length;
  AR_CAP_TRIGGER.lastIndex = 0;
  let tries = 0;
  // Most sentences on liability set no limit: indexOf rules them out before the regex's scan (see includesAny).
  const first = includesAny(t, AR_CAP_TRIGGER_WORDS) ? AR_CAP_TRIGGER.exec(t) : null;
  for (let m = first; m !== null && tries < AR_MAX_TRIGGERS; m = AR_CAP_TRIGGER.exec(t)) {
    tries++;
    const before = t.slice(Math.max(0, m.index - 160), m.index);
    let obj = t.slice(m.index + m[0].length, m.index + m[0].length + 350);
    const turn = AR_TURN.exec(obj);
    if (turn) obj = obj.slice(0, turn.index);
    const exceeding = AR_AMOUNTS_EXCEEDING.test(m[0]);
    // "(d) any amounts exceeding …": the disclaimer of a list may stand far before its item.
    const subject = exceeding ? t.slice(Math.max(0, m.index - 600), m.index) : before;
    if (exceeding) {
      if (!AR_NOT_LIABLE.test(subject) || !/مس[ؤئ]ول/.test(subject)) continue;
    } else if (
      // The liability word on either side of the trigger ("مسؤوليتنا لا تتجاوز" / "لا تتجاوز مسؤوليتنا").
      !AR_LIABILITY.test(before.slice(-120)) &&
      !AR_LIABILITY.test(m[0]) &&
      !AR_LIABILITY.test(obj.slice(0, 120))
    )
      continue;
    const who = `${subject.slice(-80)} ${obj.slice(0, 80)}`;
    if (AR_CUSTOMER_LIABILITY.test(who) && !AR_VENDOR_LIABILITY.test(who)) continue;
    const objStart = m.index + m[0].length;
    const objRaw = raw.slice(rawAt(objStart), rawAt(objStart + obj.length));
    const money = findMoney(objRaw);
    const fee = AR_FEES.exec(obj);
    const combine = AR_COMBINE.exec(obj.slice(0, 200));
    const months = fee ? arabicFeesWindow(raw, obj, fee.index, rawAt(objStart), c, objStart) : null;
    const firstMoney = money[0];
    if (fee && firstMoney) {
      const multiple = arabicMultiple(obj.slice(0, fee.index));
      if (Number.isNaN(multiple)) return null;
      const moneyAt = objRaw.slice(0, firstMoney.start);
      const feeRawAt = rawAt(objStart + fee.index) - rawAt(objStart);
      if (combine) {
        const word = (combine[1] ?? combine[2] ?? '') as string;
        const lesser = /اقل|ادني/.test(word);
        const values = money.map((x) => x.value);
        const pick = money.find((x) => x.value === (lesser ? Math.min(...values) : Math.max(...values))) as MoneyMatch;
        return {
          value: cap('fees-or-fixed', months, multiple, toMoney(pick), lesser ? 'lesser' : 'greater'),
          confidence: 0.85,
          rule: 'arabicComparedCap',
        };
      }
      if (firstMoney.start > feeRawAt && AR_CEILING.test(compactArabic(moneyAt).text.slice(-40))) {
        return {
          value: cap('fees-or-fixed', months, multiple, toMoney(firstMoney), 'lesser'),
          confidence: 0.75,
          rule: 'arabicFeesWithCeiling',
        };
      }
      if (firstMoney.start < feeRawAt) {
        return { value: cap('fixed', null, null, toMoney(firstMoney)), confidence: 0.7, rule: 'arabicFixedCap' };
      }
      return { value: cap('fees', months, multiple), confidence: 0.65, rule: 'arabicFeesCap' };
    }
    if (firstMoney) {
      return { value: cap('fixed', null, null, toMoney(firstMoney)), confidence: 0.85, rule: 'arabicFixedCap' };
    }
    // The fee words must be the object itself, near the trigger (not a refund further on).
    if (fee && fee.index <= 150) {
      const multiple = arabicMultiple(obj.slice(0, fee.index));
      if (Number.isNaN(multiple)) return null;
      return { value: cap('fees', months, multiple), confidence: 0.8, rule: 'arabicFeesCap' };
    }
  }
  return null;
}

/**
 * A multiple of the fees, written just before the fee noun (matching form): "ضعف الرسوم" (double the fees),
 * "ضعفي" (twice), "ثلاثة أضعاف" / "ثلاث مرات" (three times), "مرة ونصف" (one and a half times), "150% من".
 * Null when none is written, NaN when one is written but cannot be read (the cap is then left out: a multiple
 * dropped would understate it).
 */
const AR_DOUBLE = /(?:^|\s)(?:[بل]|ب?ال)?ضعفي?(?=\s|$)/;
const AR_TIMES = /(?:^|\s)(\S+(?:\s+\(\s?[\d.,٫]{1,6}\s?\))?)\s+(?:اضعاف|مرات|مره)(?=\s|$)/;
const AR_ONE_AND_HALF = /(?:^|\s)مره\s+ونصف(?=\s|$)/;
const AR_PERCENT_OF = /([\d.,٫]{1,6})\s?[%٪]\s+(?:من\s+)?(?:ال)?$/;
function arabicMultiple(beforeFee: string): number | null {
  const near = beforeFee.slice(-40);
  if (AR_ONE_AND_HALF.test(near)) return 1.5;
  const times = AR_TIMES.exec(near);
  if (times) return parseArabicNumber(times[1] as string) ?? Number.NaN;
  if (AR_DOUBLE.test(near)) return 2;
  const pct = AR_PERCENT_OF.exec(near);
  if (pct) {
    const v = parseArabicNumber(pct[1] as string);
    return v === null ? Number.NaN : v / 100;
  }
  // A share written some other way ("عشرين بالمائة (20%) من"): a multiple that cannot be read, not the whole fees.
  if (AR_PERCENT_WORD.test(near.slice(-25))) return Number.NaN;
  return null;
}
const AR_PERCENT_WORD = /[%٪]|(?:بال|في\s+ال)(?:مائه|مئه)/;

/** The look-back of the fees: a duration or "السنوية/الشهرية" within a few words after the fee noun. */
function arabicFeesWindow(
  raw: string,
  obj: string,
  feeAt: number,
  objRawStart: number,
  c: { map: number[] },
  objStart: number,
): number | null {
  const region = obj.slice(feeAt, feeAt + 160);
  const y = AR_YEAR_WORD.exec(region);
  const mo = AR_MONTH_WORD.exec(region);
  const rawFrom = c.map[objStart + feeAt] ?? objRawStart;
  const rawTo = c.map[Math.min(objStart + feeAt + region.length, c.map.length - 1)] ?? raw.length;
  const d = findDurations(raw.slice(rawFrom, rawTo))[0];
  const candidates: { at: number; months: number | null }[] = [];
  if (d)
    candidates.push({
      at: compactArabic(raw.slice(rawFrom, rawFrom + d.start)).text.length,
      months: monthsOfDuration(d.amount, d.unit),
    });
  if (y) candidates.push({ at: y.index, months: 12 });
  if (mo) candidates.push({ at: mo.index, months: 1 });
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.months ?? null;
}

/** One named rule per basis, as the English rules: each reads the clause and keeps its own basis. */
function arabicCapRules(): CapRule[] {
  const rule = (name: string, basis: LiabilityCap['basis']): CapRule => ({
    name,
    basis,
    scope: 'clause',
    extract: (ctx) => {
      const read = arabicCapRead(ctx.clause);
      return read && read.rule === name ? { value: read.value, confidence: read.confidence } : null;
    },
  });
  return [
    rule('arabicComparedCap', 'fees-or-fixed'),
    rule('arabicFeesWithCeiling', 'fees-or-fixed'),
    rule('arabicFixedCap', 'fixed'),
    rule('arabicFeesCap', 'fees'),
  ];
}

/**
 * Where an Arabic cap can start: a sentence whose longest clause (clauseSpan's 1,200 characters) reaches a sentence
 * holding a liability stem. readArabicClause's own pre-check, made once per document by indexOf, so the clause of
 * every other sentence is never built. Marks inside words may hide a stem: then every sentence may.
 */
function arabicCapStarts(doc: Doc): (index: number) => boolean {
  if (!hasArabic(doc.text) || AR_MARK.test(doc.text)) return () => true;
  const holding = new Set(sentencesHolding(doc, LIABILITY_STEMS));
  const { sentences } = doc;
  // nextAt[i]: where the first sentence from i on that holds a stem starts (Infinity: none).
  const nextAt = new Float64Array(sentences.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i] as Sentence;
    nextAt[i] = holding.has(s) ? s.start : (nextAt[i + 1] as number);
  }
  return (i) => (nextAt[i] as number) < (sentences[i] as Sentence).start + 1200;
}

/** An Arabic sentence's cap, through the arabic* rules (English sentences never get here with a value). */
function readArabicCap(doc: Doc, index: number): Candidate | null {
  const s = doc.sentences[index] as Sentence;
  if (!hasArabic(s.text)) return null;
  const span = clauseSpan(doc, index);
  const read = arabicCapRead(span.text);
  if (!read) return null;
  let confidence = read.confidence;
  if (/مسؤولي|مسئولي/.test(compactArabic(s.heading ?? '').text)) confidence += 0.05;
  return {
    value: read.value,
    start: span.start,
    end: span.end,
    confidence: Math.min(0.95, confidence),
    rule: read.rule,
  };
}
