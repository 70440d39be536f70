import type { Doc, Sentence } from './common/doc';
import { findDurations } from './common/durations';
import { makeFinding } from './common/finding';
import { findMoney, type MoneyMatch } from './common/money';
import { NUMBER_SOURCE, parseNumber } from './common/numbers';
import type { Finding, LiabilityCap, Money } from './types';

/*
 * The vendor's (or mutual) aggregate liability cap. Reads the structure of the cap
 * sentence: whose liability (subject before the trigger), the trigger ("shall not exceed",
 * "is limited to", "capped at"…), and the object after it: service credits, fees (with a
 * look-back window and a multiple), a fixed amount, and how fees and amount combine
 * ("the lesser/greater of", "whichever is greater", "but in no event more than").
 * Every regex is bounded; each sentence is checked for a keyword first.
 */

const PRECHECK = /liab|damages/i;

/** The verb that sets the ceiling. "not limited to" (as in "including but not limited to") is not one. */
const TRIGGER =
  /\b(?:(?:not\s+to\s+)?exceed(?:s|ing)?|(?<!not\s)(?<!not\s+be\s)limited\s+(?:in\s+(?:amount\s+)?)?to|capped\s+at|(?:more|greater)\s+than|in\s+excess\s+of|up\s+to|cap\s+(?:of|equal\s+to))\b/gi;

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

/** A cap on one kind of claim (data breach, SLA, confidentiality), not the general one. */
const SPECIAL =
  /\bliabilit(?:y|ies)\s+(?:[\w-]+\s+){0,2}?(?:for|with\s+respect\s+to|in\s+respect\s+of|arising\s+(?:from|out\s+of|under))\s+(?:any\s+|a\s+|the\s+|its\s+)?(?:(?:breach(?:es)?|violations?)\s+of\s+(?:its\s+|the\s+)?(?:section|clause|data|confidential|security|privacy|obligations\s+under\s+(?:section|clause|the\s+dpa))|(?:[\w-]+\s+){0,2}?(?:data\s+(?:breach|protection|security|loss)|security|privacy|confidential|indemni|intellectual\s+property|ip\s+(?:claims|infringement)|infringement|sla\b|service\s+level|downtime|unavailab|outages?|failure\s+to\s+meet)|(?:customer|personal)\s+data)/i;
/** Insurance coverage amounts are not a liability cap. */
const INSURANCE = /\binsur(?:ance|ed|er)|\bcoverage\b|\bper\s+occurrence\b|\bpolicy\s+limits?\b/i;
/** Weaker triggers need a limiting context: "shall not be liable for more than", "total liability … up to". */
const LIMITING_CONTEXT =
  /\b(?:not|no|never)\b[^.;]{0,80}\b(?:liable|liability)|\b(?:total|aggregate|maximum|entire|cumulative|overall)\s+liabilit|\blimit(?:ed|s)?\b|\brecover\b/i;
const GENERAL_WORDS = /\b(?:aggregate|total|cumulative|entire|maximum|overall|sole)\b/i;

/** What the cap is made of. */
const CREDITS_OBJECT =
  /^[\s,:(]{0,3}(?:the\s+)?(?:amount\s+of\s+)?(?:any\s+|applicable\s+|the\s+|such\s+|a\s+)?(?:(?:service|sla|uptime)\s+(?:level\s+)?)?credits?\b/i;
const FEES =
  /\b(?:(?<!(?:attorneys?|lawyers?|legal|counsel|collection)['’]?\s)(?:fees?|charges?)|subscription\s+price|price|contract\s+value|invoice(?:d)?\s+(?:value|amount)|compensation)\b|\b(?:amounts?|sums?|monies|moneys|payments?|total)\b(?=[^.;]{0,60}?\b(?:paid|payable|pay|owed|due|received|invoiced|spent|billed)\b)|\bwhat\s+(?:you|customer)\s+(?:has\s+|have\s+)?paid\b/i;
const COMBINE =
  /\b(?:the\s+)?(lesser|lower|smaller|greater|higher|larger)\s+of\b|\bwhichever\s+is\s+(?:the\s+)?(lesser|lower|less|smaller|greater|higher|larger|more)\b/i;
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

/** After the fee word: "in the preceding calendar year", "for the month in which…", "per annum". */
const PERIOD_AFTER =
  /\b(?:previous|preceding|prior|past|last|current|then[- ]current|same)\s+(?:(?:calendar|contract|subscription|billing|service|fiscal)\s+)?(month|quarter|year)\b|\b(?:for|during|in)\s+the\s+(?:calendar\s+|billing\s+)?(month|quarter|year)\s+(?:in|during)\s+which\b|\b(?:per\s+annum|per\s+year|(?:subscription|contract)\s+year)\b/i;
/** Right before the fee word: "the annual fees", "monthly subscription fees", "one year's fees". */
const PERIOD_BEFORE =
  /\b(?:(annual(?:ized)?|yearly|monthly|quarterly)|one\s+(month|year)['’]s)\s+(?:[\w-]+\s+){0,2}?$/i;

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
    const token = (after[1] ?? after[2] ?? 'year').toLowerCase();
    if (!best || at < best.at) best = { at, months: PERIOD_MONTHS[token] ?? null };
  }
  const before = PERIOD_BEFORE.exec(text.slice(from, feeStart));
  if (before) {
    const token = (before[1] ?? before[2] ?? '').toLowerCase();
    const months = /^month/.test(token) ? 1 : /^quarter/.test(token) ? 3 : 12;
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

/** The money amounts of a region that are part of the cap (not "$100 if you use the free plan"). */
function capMoney(text: string, from: number, to: number, checkFallback: boolean): MoneyMatch[] {
  const region = text.slice(from, to);
  return findMoney(region)
    .map((m) => ({ ...m, start: m.start + from, end: m.end + from }))
    .filter((m) => {
      if (!checkFallback) return true;
      const before = text.slice(Math.max(from, m.start - 90), m.start);
      const after = text.slice(m.end, Math.min(to, m.end + 90));
      // "…or, if you have not paid, $100" / "$10 if the Services are free".
      const afterClause = /^[^;]{0,90}/.exec(after)?.[0] ?? '';
      const beforeClause = before.split(/[;]|\bor\b(?![^,]{0,60},)/i).pop() ?? '';
      return !FALLBACK.test(afterClause.slice(0, 90)) && !FALLBACK.test(beforeClause);
    });
}

/** Reads the object of a cap: `text` from the trigger on. */
export function readCapObject(text: string): CapRead | null {
  const obj = text.slice(0, 700);
  if (CREDITS_OBJECT.test(obj)) return { value: cap('credits-only'), confidence: 0.8 };

  // A comparison after the clause turns ("…; provided that for Section 9 claims, the greater of…") is not this cap's.
  const turn = CLAUSE_TURN.exec(obj);
  const combineMatch = COMBINE.exec(obj.slice(0, Math.min(400, turn ? turn.index : 400)));
  if (combineMatch) {
    const word = ((combineMatch[1] ?? combineMatch[2]) as string).toLowerCase();
    const combine: 'lesser' | 'greater' = /less|lower|smaller/.test(word) ? 'lesser' : 'greater';
    // "the lesser of (a)… and (b)…" compares what follows; "…, whichever is greater" what precedes.
    const ofForm = combineMatch[1] !== undefined;
    const from = ofForm ? combineMatch.index + combineMatch[0].length : 0;
    const to = ofForm ? Math.min(obj.length, from + 450) : combineMatch.index;
    const region = obj.slice(from, to);
    const feeM = FEES.exec(region);
    const money = capMoney(obj, from, to, false);
    const fixed = pickFixed(money, combine);
    if (feeM && fixed) {
      const feeStart = from + feeM.index;
      const w = feesWindow(obj, feeStart, to);
      const multiple = multipleBefore(obj, feeStart, from);
      return { value: cap('fees-or-fixed', w.months, multiple, fixed, combine), confidence: w.sure ? 0.9 : 0.75 };
    }
    if (feeM) {
      const feeStart = from + feeM.index;
      const w = feesWindow(obj, feeStart, to);
      return { value: cap('fees', w.months, multipleBefore(obj, feeStart, from)), confidence: 0.55 };
    }
    if (fixed) return { value: cap('fixed', null, null, fixed), confidence: 0.75 };
    return null;
  }

  // No comparison word: the first thing after the trigger is the cap.
  const head = obj.slice(0, 450);
  const feeM = FEES.exec(head);
  const money = capMoney(obj, 0, Math.min(obj.length, 450), true);
  const firstMoney = money[0];
  if (feeM && (!firstMoney || firstMoney.start > feeM.index)) {
    const feeStart = feeM.index;
    const w = feesWindow(obj, feeStart, obj.length);
    const multiple = multipleBefore(obj, feeStart, 0);
    const value = cap('fees', w.months, multiple);
    let confidence = w.sure ? 0.85 : 0.7;
    // "…fees paid in the 12 months, but in no event more than $1,000,000".
    const limit = money.find((m) => LESSER_LIMIT.test(obj.slice(Math.max(0, m.start - 60), m.start)));
    if (limit) return { value: cap('fees-or-fixed', w.months, multiple, toMoney(limit), 'lesser'), confidence: 0.7 };
    // An amount we could not place (one after the clause turns belongs to another rule).
    if (money.some((m) => !turn || m.start < turn.index)) confidence -= 0.25;
    return { value, confidence };
  }
  if (firstMoney) {
    // "$1,000,000 or the fees paid…" with no comparison word: the combination is unknown.
    if (feeM && feeM.index - firstMoney.end < 40 && /^\s*,?\s*or\b/i.test(obj.slice(firstMoney.end))) {
      const w = feesWindow(obj, feeM.index, obj.length);
      return {
        value: cap('fees-or-fixed', w.months, multipleBefore(obj, feeM.index, 0), toMoney(firstMoney), null),
        confidence: 0.5,
      };
    }
    return { value: cap('fixed', null, null, toMoney(firstMoney)), confidence: feeM ? 0.65 : 0.85 };
  }
  return null;
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
}

/** How much the clause may run on: a sentence ending in ":" continues in the list below it. */
function clauseSpan(doc: Doc, index: number): { text: string; start: number; end: number } {
  const s = doc.sentences[index] as Sentence;
  let end = s.end;
  let k = index;
  while (/[:—–-]\s*$|\b(?:of|to|exceed)\s*$/i.test(doc.text.slice(s.start, end)) && k + 1 < doc.sentences.length) {
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

const HEDGE =
  /\b(?:typically|usually|often|commonly|most\s+(?:vendors|providers|contracts|agreements)|for\s+example|e\.g\.)/i;

/** Triggers read per sentence: a real cap is among the first few; this bounds adversarial input. */
const MAX_TRIGGERS = 8;

function readSentence(doc: Doc, index: number): Candidate | null {
  const s = doc.sentences[index] as Sentence;
  if (!PRECHECK.test(s.text)) return null;
  if (!/liabilit|liable|recover/i.test(s.text)) return null;
  const span = clauseSpan(doc, index);
  const text = span.text;
  TRIGGER.lastIndex = 0;
  let tries = 0;
  for (let m = TRIGGER.exec(text); m !== null && tries < MAX_TRIGGERS; m = TRIGGER.exec(text)) {
    const pre = text.slice(Math.max(0, m.index - 400), m.index);
    const triggerWord = m[0].toLowerCase();
    const liabilityPre = /liabilit|liable/i.test(pre);
    // "recover … direct damages up to an amount equal to…" (remedy-style caps).
    const remedyPre = /\brecover\b[^.;]{0,200}\bdamages\b/i.test(pre) && /^up\s+to/.test(triggerWord);
    if (!liabilityPre && !remedyPre) continue;
    tries++;
    if (INSURANCE.test(pre.slice(-250))) continue;
    // "liable for more than…" / "liability … greater than…": only straight after liable/liability context.
    if (/^(?:more|greater|in\s+excess|up\s+to)/.test(triggerWord) && !LIMITING_CONTEXT.test(pre.slice(-200))) continue;
    const read = readCapObject(text.slice(m.index + m[0].length));
    if (!read) continue;
    // A ceiling on service credits is not the liability cap.
    if (/\bcredits?\b/i.test(pre) && read.value.basis !== 'credits-only' && !GENERAL_WORDS.test(pre)) continue;
    const mutual = MUTUAL.test(pre);
    const customer = CUSTOMER_OWNER.test(pre);
    const vendor = VENDOR_OWNER.test(pre.replace(/\bto\s+(?:you|us)\b/gi, ''));
    if (customer && !mutual && !vendor) continue;
    let confidence = read.confidence;
    if (GENERAL_WORDS.test(pre)) confidence += 0.05;
    else confidence -= 0.05;
    if (/liabilit|damages/i.test(s.heading ?? '')) confidence += 0.05;
    if (mutual || vendor) confidence += 0.03;
    const special = SPECIAL.exec(pre);
    if (special) {
      // A cap on SLA claims stands in for the cap in an SLA; a data-breach or IP super-cap does not.
      if (!/sla|service\s+level|downtime|unavailab|outage|failure\s+to\s+meet/i.test(special[0])) continue;
      confidence -= 0.15;
    }
    if (read.value.basis === 'credits-only') confidence -= 0.05;
    if (/\bnot\s+(?:apply|limit)\b/i.test(pre)) confidence -= 0.2;
    // Commentary about caps ("vendors typically limit liability to…") is not a clause.
    if (HEDGE.test(text)) continue;
    return { value: read.value, start: span.start, end: span.end, confidence: Math.min(0.95, confidence) };
  }
  return null;
}

const UNLIMITED =
  /\b(?:unlimited|uncapped)\s+liabilit|\bliabilit(?:y|ies)\b(?:(?!\bfor\b)[^.;]){0,100}?\b(?:is|are|shall\s+be|will\s+be)\s+(?:unlimited|uncapped|not\s+(?:be\s+)?(?:limited|capped)\s*(?:[.;]|$))|\bno\s+(?:cap|limit(?:ation)?)\s+(?:on|to)\s+(?:[\w’'-]+\s+){0,2}liabilit/i;

function readUnlimited(s: Sentence): Candidate | null {
  if (!/unlimited|uncapped|not\s+(?:be\s+)?(?:limited|capped)|no\s+(?:cap|limit)/i.test(s.text)) return null;
  const m = UNLIMITED.exec(s.text);
  if (!m) return null;
  const pre = s.text.slice(0, m.index + m[0].length);
  if (SPECIAL.test(s.text) || /\bliabilit(?:y|ies)\s+for\b|\b(?:except|exclud|nothing|carve)/i.test(s.text))
    return null;
  if (CUSTOMER_OWNER.test(pre) && !MUTUAL.test(pre) && !VENDOR_OWNER.test(pre)) return null;
  return { value: cap('unlimited'), start: s.start, end: s.end, confidence: 0.6 };
}

/** The vendor's (or mutual) general liability cap, or null when the document states none. */
export function extractLiabilityCap(doc: Doc): Finding<LiabilityCap> | null {
  let best: Candidate | null = null;
  for (let i = 0; i < doc.sentences.length; i++) {
    const c = readSentence(doc, i);
    if (c && (!best || c.confidence > best.confidence)) best = c;
  }
  if (!best) {
    for (const s of doc.sentences) {
      const c = readUnlimited(s);
      if (c) {
        best = c;
        break;
      }
    }
  }
  if (!best || best.confidence < 0.4) return null;
  return makeFinding(doc, best, best.value, best.confidence);
}
