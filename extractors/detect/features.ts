/**
 * Features of a text: counts of legal vocabulary, obligations ("Customer shall"), defined terms,
 * numbered sections, a document naming itself ("this SLA"), and the furniture of marketing and
 * editorial pages. The same code reads a page's 4 KB sample in the background and a whole
 * document in classifyDoc, and scripts/fit-detector.ts fits the model on exactly these numbers.
 */

import { hasArabic } from '../common/arabic';
// The matching form's text without the offset map (tests/arabic-numbers.test.ts holds it equal to compactArabic's).
import { foldArabic } from '../common/arabic-numbers';
import { collapseSpaceRuns } from '../common/normalize';
import type { DocKind } from '../types';
import { europeanCounts } from './european';
import {
  addPhrases,
  deniesLegal,
  follows,
  isDigit,
  isLower,
  isSpace,
  isUpper,
  isWordChar,
  KINDS,
  kindIn,
  kindOfPhrase,
  kindOfUrl,
  matchAt,
  oneSpace,
  type Phrase,
  type PhraseTable,
  SELF_QUESTION,
  splitWords,
  stemMatches,
} from './phrases';
import {
  ARABIC_EDITORIAL,
  ARABIC_LEGAL_MARKERS,
  ARABIC_OBLIGATIONS,
  ARABIC_SELF_REFS,
  ARABIC_SLA_CONTENT,
  CONTRACT_NOUNS,
  DEFINED_LEADS_FIRST,
  DEFINED_LEADS_SECOND,
  EDITORIAL,
  ENUMERATORS,
  FORMATION,
  type Kind,
  LEGAL_STEMS,
  LEGAL_WORDS,
  LINE_MEANS,
  MARKETING,
  MEANS,
  PRICE_UNITS,
  PRIVACY_CONTENT,
  PRONOUN_MODALS,
  PRONOUNS,
  ROLE_MODALS,
  ROLES,
  SECTION_WORDS,
  SELF_NOUNS,
  SELF_QUALIFIERS,
  SLA_CONTENT,
  SLA_STEMS,
  type Stem,
  TITLE_QUESTION_OPENERS,
} from './vocabulary';

// Categories counted over text; each skips past its own matches, as a global regex does.
const LEGAL = 0;
const MARKETING_CAT = 1;
const EDITORIAL_CAT = 2;
const SLA = 3;
const PRIVACY = 4;
const FORMATION_CAT = 5;
const PHRASE_CATS = 6;
// Words that start a hand-checked pattern.
const ROLE = 10;
const PRONOUN = 11;
const SELF = 12;
const SECTION = 13;
const SAVE = 14;
const UNLIMITED = 15;

const TEXT_TABLE: PhraseTable = new Map();
addPhrases(TEXT_TABLE, LEGAL_WORDS, LEGAL);
addPhrases(TEXT_TABLE, MARKETING, MARKETING_CAT);
addPhrases(TEXT_TABLE, EDITORIAL, EDITORIAL_CAT);
addPhrases(TEXT_TABLE, SLA_CONTENT, SLA);
addPhrases(TEXT_TABLE, PRIVACY_CONTENT, PRIVACY);
addPhrases(TEXT_TABLE, FORMATION, FORMATION_CAT);
addPhrases(
  TEXT_TABLE,
  ROLES.map((r) => r.toLowerCase()),
  ROLE,
);
addPhrases(TEXT_TABLE, PRONOUNS, PRONOUN);
addPhrases(TEXT_TABLE, ['this', 'these'], SELF);
addPhrases(
  TEXT_TABLE,
  SECTION_WORDS.map((w) => w.toLowerCase()),
  SECTION,
);
addPhrases(TEXT_TABLE, ['save'], SAVE);
addPhrases(TEXT_TABLE, ['unlimited'], UNLIMITED);
/** [category, stem] pairs; all stems are 8+ letters. */
const TEXT_STEMS: readonly (readonly [number, Stem])[] = [
  [LEGAL, LEGAL_STEMS[0] as Stem],
  [LEGAL, LEGAL_STEMS[1] as Stem],
  [SLA, SLA_STEMS[0] as Stem],
];

/** First letters of the stems: most words are not worth a closer look. */
const STEM_INITIALS = TEXT_STEMS.map((s) => s[1][0][0]).join('');
const ROLE_SET = new Set(ROLES);
const SECTION_SET = new Set(SECTION_WORDS);
const ROLE_MODAL_TABLE = addPhrases(new Map(), ROLE_MODALS, 0);
const PRONOUN_MODAL_TABLE = addPhrases(new Map(), PRONOUN_MODALS, 0);
const SELF_QUALIFIER_TABLE = addPhrases(new Map(), SELF_QUALIFIERS, 0);
const SELF_NOUN_SET = new Set(SELF_NOUNS);
const PRICE_UNIT_SET = new Set(PRICE_UNITS);
const ENUMERATOR_SET = new Set(ENUMERATORS);

export interface TextFeatures {
  words: number;
  legal: number;
  shall: number;
  obligations: number;
  defined: number;
  sections: number;
  selfRefs: number;
  marketing: number;
  editorial: number;
  /** SLA and privacy content words, for documents whose title names nothing. */
  slaContent: number;
  privacyContent: number;
  /** How a contract forms and binds its parties: "by and between", "in witness whereof". */
  formation: number;
  /** Self-references per kind ("this SLA" → sla). */
  selfKinds: Partial<Record<DocKind, number>>;
  /** The text opens with a contract noun in capitals, as a cover page does: "JOINT FILING AGREEMENT". */
  opensAsContract: boolean;
  /** An opening line defines the kind of document it names ("A service-level agreement is a contract…"). */
  definesKind: boolean;
}

/** Counts stop here, as before: a pathological text cannot make the loops run longer. */
const CAP = 10_000;

/** 1 for a character that separates words (space, tab, newline, carriage return, "|", no-break space), by code < 256. */
const WORD_SEPARATOR = new Uint8Array(256);
for (const c of [32, 10, 9, 13, 124, 0xa0]) WORD_SEPARATOR[c] = 1;

/** Words: runs of anything but space, tab, newline, "|" and no-break space. */
function countWords(text: string): number {
  // Counted where a run starts, without building the list of words (a large text has tens of thousands); a table
  // and arithmetic instead of six comparisons and two branches per character (the loop reads the whole document).
  let n = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = c > 0xff ? 1 : 1 - (WORD_SEPARATOR[c] as number);
    n += word & (1 - inWord);
    inWord = word;
  }
  return n;
}

export function textFeatures(input: string): TextFeatures {
  let text = input;
  let lower = text.toLowerCase();
  // "İ" lower-cases to two characters; keep positions in `lower` and `text` aligned.
  if (lower.length !== text.length) {
    text = text.replace(/\u0130/g, '\u0131');
    lower = text.toLowerCase();
  }
  const parts = splitWords(lower);
  const counts = [0, 0, 0, 0, 0, 0];
  /** Per category, the first word index not inside an earlier match. */
  const free = [0, 0, 0, 0, 0, 0];
  const selfKinds: Partial<Record<DocKind, number>> = {};
  let shall = 0;
  let obligations = 0;
  let sections = 0;
  let selfRefs = 0;
  const prices = priceSpans(lower);
  let priceAt = 0;

  // pos: offset of parts[i] in the text, for the case-sensitive checks and price spans.
  for (let i = 0, pos = 0; i < parts.length; pos += (parts[i] as string).length + (parts[i + 1]?.length ?? 0), i += 2) {
    const w = parts[i] as string;
    if (w === '') continue;
    if (w.length >= 8 && STEM_INITIALS.includes(w[0] as string)) {
      for (let k = 0; k < TEXT_STEMS.length; k++) {
        const cat = (TEXT_STEMS[k] as (typeof TEXT_STEMS)[number])[0];
        if (
          i >= (free[cat] as number) &&
          stemMatches(w, (TEXT_STEMS[k] as (typeof TEXT_STEMS)[number])[1]) &&
          (counts[cat] as number) < CAP
        ) {
          counts[cat] = (counts[cat] as number) + 1;
          free[cat] = i + 2;
        }
      }
    }
    const list = TEXT_TABLE.get(w);
    if (list === undefined) continue;
    if (w === 'shall') shall++;
    // A price ("$12 per user") hides the marketing phrases inside it.
    while (priceAt < prices.length && (prices[priceAt + 1] as number) <= pos) priceAt += 2;
    const inPrice = priceAt < prices.length && (prices[priceAt] as number) < pos;
    let done = 0;
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as Phrase;
      const cat = p.tag;
      if (cat < PHRASE_CATS) {
        if (done & (1 << cat) || i < (free[cat] as number) || (counts[cat] as number) >= CAP) continue;
        if (cat === MARKETING_CAT && inPrice) continue;
        if (follows(parts, i, p)) {
          counts[cat] = (counts[cat] as number) + 1;
          free[cat] = i + 2 * (p.rest.length + 1);
          done |= 1 << cat;
        }
        continue;
      }
      if (cat === ROLE) {
        if (!oneSpace(parts[i + 1]) || !ROLE_SET.has(text.slice(pos, pos + w.length))) continue;
        const n = matchAt(parts, i + 2, ROLE_MODAL_TABLE.get(parts[i + 2] as string));
        // The modal is lower case in the original text too.
        const modalAt = pos + w.length + 1;
        const modalEnd = modalAt + spanLength(parts, i + 2, n);
        if (n > 0 && text.slice(modalAt, modalEnd) === lower.slice(modalAt, modalEnd)) obligations++;
      } else if (cat === PRONOUN) {
        if (oneSpace(parts[i + 1]) && matchAt(parts, i + 2, PRONOUN_MODAL_TABLE.get(parts[i + 2] as string)) > 0) {
          obligations++;
        }
      } else if (cat === SELF) {
        const end = selfReference(parts, i);
        if (end > 0 && selfRefs < 500) {
          selfRefs++;
          // The kind's name may run on past the noun: "these Terms of Service", "this Service Level Agreement".
          const k = kindIn(parts, i + 2, end + 1, Math.min(parts.length, end + 1 + 2 * SELF_KIND_RUN_ON));
          if (k >= 0) {
            const kind = KINDS[k] as Kind;
            selfKinds[kind] = (selfKinds[kind] ?? 0) + 1;
          }
        }
      } else if (cat === SECTION) {
        if (oneSpace(parts[i + 1]) && isDigit((parts[i + 2] ?? '').charCodeAt(0))) {
          if (SECTION_SET.has(text.slice(pos, pos + w.length))) sections++;
        }
      } else if (cat === SAVE || cat === UNLIMITED) {
        if (done & (1 << MARKETING_CAT) || i < (free[MARKETING_CAT] as number) || inPrice) continue;
        if (parts[i + 1] !== ' ' || (counts[MARKETING_CAT] as number) >= CAP) continue;
        const next = parts[i + 2] ?? '';
        // "save 20%" counts only when a word follows the "%" directly (a quirk of \b, kept).
        const hit =
          cat === SAVE
            ? isDigit(next.charCodeAt(0)) &&
              (next.length === 1 || (next.length === 2 && isDigit(next.charCodeAt(1)))) &&
              parts[i + 3] === '%' &&
              parts[i + 4] !== ''
            : next.length >= 1 && next.length <= 15;
        if (hit) {
          counts[MARKETING_CAT] = (counts[MARKETING_CAT] as number) + 1;
          free[MARKETING_CAT] = i + 4;
          done |= 1 << MARKETING_CAT;
        }
      }
    }
  }

  // Arabic drafting adds to the same counters, so one model weighs both languages.
  const ar = hasArabic(input) ? arabicCounts(input) : null;
  if (ar) {
    selfRefs += ar.selfRefs;
    for (const [k, n] of Object.entries(ar.selfKinds)) selfKinds[k as Kind] = (selfKinds[k as Kind] ?? 0) + n;
  }
  // So do German, French, Spanish, Portuguese, Italian, Dutch and Russian (european.ts).
  // European words are Latin or Cyrillic: on Arabic text the scan is given the rest alone, each Arabic stretch a
  // "|" (no letter, no space, as the Arabic letters were to it), so its counts are the same for less text.
  const eu = europeanCounts(ar ? lower.replace(ARABIC_STRETCH, '|') : lower, CAP);
  selfRefs = Math.min(selfRefs + eu.selfRefs, 500);
  for (const [k, n] of Object.entries(eu.selfKinds)) selfKinds[k as Kind] = (selfKinds[k as Kind] ?? 0) + n;
  return {
    words: countWords(input),
    legal: (counts[LEGAL] as number) + (ar?.legal ?? 0) + eu.legal,
    shall,
    obligations: obligations + (ar?.obligations ?? 0) + eu.obligations,
    defined: countDefinedTerms(text),
    sections: sections + countEnumerators(text) + countParagraphSigns(text),
    selfRefs,
    marketing: (counts[MARKETING_CAT] as number) + prices.length / 2,
    editorial: (counts[EDITORIAL_CAT] as number) + (ar?.editorial ?? 0) + eu.editorial,
    slaContent: (counts[SLA] as number) + (ar?.sla ?? 0),
    privacyContent: counts[PRIVACY] as number,
    formation: (counts[FORMATION_CAT] as number) + eu.formation,
    selfKinds,
    opensAsContract: opensAsContract(input),
    definesKind: definesKind(input),
  };
}

// The phrases in the fold the text is counted in (foldArabic, which drops harakat): arabicMatchForm keeps offsets by
// turning a haraka into a tatweel, so "وفقاً ل" and "يُحظر", written with theirs, would never match.
const AR_LEGAL = ARABIC_LEGAL_MARKERS.map(foldArabic);
const AR_OBLIGATIONS = ARABIC_OBLIGATIONS.map(foldArabic);
const AR_SELF = ARABIC_SELF_REFS.map(([k, p]) => [k, foldArabic(p)] as const);
const AR_EDITORIAL = ARABIC_EDITORIAL.map(foldArabic);
const AR_SLA = ARABIC_SLA_CONTENT.map(foldArabic);
/** Every phrase counted, in the order of the five lists above. */
const AR_NEEDLES = [...AR_LEGAL, ...AR_OBLIGATIONS, ...AR_SELF.map(([, p]) => p), ...AR_EDITORIAL, ...AR_SLA];
/**
 * The phrases by their first three code units, in list order: a scan of the text looks at each position once (keys
 * that collide only add phrases that startsWith then rejects). A character walk rather than one regex of every
 * phrase: V8 compiles a regex without its search optimizations once the process has compiled a megabyte of regex
 * code, and the Arabic regexes are compiled when the first Arabic document comes, after every English one read
 * before it (7× slower here); the walk costs the same whenever it runs.
 */
const AR_BY_START = new Map<number, number[]>();
/** The look-up key of a position: its first three code units, ten bits each. */
const startKey = (c0: number, c1: number, c2: number) => ((c0 & 0x3ff) << 20) | ((c1 & 0x3ff) << 10) | (c2 & 0x3ff);
AR_NEEDLES.forEach((n, k) => {
  if (n.length < 3) throw new Error(`Arabic detector phrase shorter than its look-up key: ${n}`);
  const key = startKey(n.charCodeAt(0), n.charCodeAt(1), n.charCodeAt(2));
  const list = AR_BY_START.get(key);
  if (list === undefined) AR_BY_START.set(key, [k]);
  else list.push(k);
});
/** First code units of the phrases, for a cheap test before the look-up. */
const AR_FIRSTS = new Uint8Array(65536);
for (const n of AR_NEEDLES) AR_FIRSTS[n.charCodeAt(0)] = 1;
/**
 * A phrase's first three characters, hashed into a table of flags: in Arabic text nearly every letter starts some
 * phrase, and this one array read rules out most positions before the Map's look-up (a flag may be shared: the Map
 * decides).
 */
const tripleHash = (c0: number, c1: number, c2: number) => ((c0 * 961 + c1 * 31 + c2) >>> 0) & 0xffff;
const AR_TRIPLES = new Uint8Array(0x10000);
for (const n of AR_NEEDLES) AR_TRIPLES[tripleHash(n.charCodeAt(0), n.charCodeAt(1), n.charCodeAt(2))] = 1;

/**
 * Occurrences of each of AR_NEEDLES in `hay`, at most CAP each, each phrase counted without overlapping itself
 * (as repeated indexOf from the end of its last match counts): one pass over the places where some phrase starts.
 */
function arabicOccurrences(hay: string): number[] {
  const counts = AR_NEEDLES.map(() => 0);
  const next = AR_NEEDLES.map(() => 0);
  for (let at = 0; at + 2 < hay.length; at++) {
    const c = hay.charCodeAt(at);
    if (AR_FIRSTS[c] === 0) continue;
    const c1 = hay.charCodeAt(at + 1);
    const c2 = hay.charCodeAt(at + 2);
    if (AR_TRIPLES[tripleHash(c, c1, c2)] === 0) continue;
    const list = AR_BY_START.get(startKey(c, c1, c2));
    if (list === undefined) continue;
    for (let j = 0; j < list.length; j++) {
      const k = list[j] as number;
      const needle = AR_NEEDLES[k] as string;
      if (at < (next[k] as number) || (counts[k] as number) >= CAP || !hay.startsWith(needle, at)) continue;
      counts[k] = (counts[k] as number) + 1;
      next[k] = at + needle.length;
    }
  }
  return counts;
}

/**
 * Where an Arabic phrase can stand: from a character of the Arabic block (or a bidi or joiner control, which the fold
 * drops) on through more of them and whitespace. Every phrase counted is Arabic letters and single spaces, starting
 * with a letter, so each lies inside one stretch; the stretches joined by "|" (which no phrase holds) count exactly as
 * the whole text does, while the English of a bilingual contract is neither folded nor scanned. Linear: one class.
 */
const ARABIC_STRETCH =
  /[\u0600-\u06ff\u200c-\u200f\u202a-\u202e\u2066-\u2069][\s\u0600-\u06ff\u200c-\u200f\u202a-\u202e\u2066-\u2069]*/g;

function arabicStretches(input: string): string {
  return input.match(ARABIC_STRETCH)?.join('|') ?? '';
}

/** Arabic legal words, obligations, self-references and reporting, counted on the matching form. */
function arabicCounts(input: string): {
  legal: number;
  obligations: number;
  selfRefs: number;
  selfKinds: Partial<Record<Kind, number>>;
  editorial: number;
  sla: number;
} {
  // Whitespace as a reader sees it: pages exported from word processors break lines inside a sentence
  // ("هذه\nالأحكام"), which the browser renders as one space, so phrases are matched across any run of it.
  // (A run of two or more, or one that is not a plain space: single spaces are left as they are, not rewritten.)
  const counts = arabicOccurrences(collapseSpaceRuns(foldArabic(arabicStretches(input))));
  let k = 0;
  let legal = 0;
  for (let i = 0; i < AR_LEGAL.length; i++) legal += counts[k++] as number;
  let obligations = 0;
  for (let i = 0; i < AR_OBLIGATIONS.length; i++) obligations += counts[k++] as number;
  // Longer, kinded self-references first; a later generic one only counts what is left.
  let selfRefs = 0;
  const selfKinds: Partial<Record<Kind, number>> = {};
  let kinded = 0;
  for (const [kind] of AR_SELF) {
    const n = counts[k++] as number;
    if (kind) {
      selfKinds[kind] = (selfKinds[kind] ?? 0) + n;
      kinded += n;
    } else selfRefs += n;
  }
  let editorial = 0;
  for (let i = 0; i < AR_EDITORIAL.length; i++) editorial += counts[k++] as number;
  let sla = 0;
  for (let i = 0; i < AR_SLA.length; i++) sla += counts[k++] as number;
  return { legal, obligations, selfRefs: Math.min(selfRefs + kinded, 500), selfKinds, editorial, sla };
}

/** Characters of a text's opening read for a definition of the kind it names. */
const DEFINITION_CHARS = 600;
/**
 * A line that opens by defining a kind of document in general, as an encyclopedia, a glossary or an explainer does:
 * "A service-level agreement (SLA) is a contract between…", "Terms of service, also known as terms of use, are the
 * legal agreements…". The name comes bare or with "a"/"an"; a document speaking of itself says "This Agreement is…",
 * "These Terms are…", "Acme's Service Level Agreement is…", which the name's own checks below turn away. (Arabic has
 * no such tell: "اتفاقية مستوى الخدمة هي…" opens an SLA as often as an article about SLAs, so it is not read.)
 */
const DEFINES =
  /^(?:an?\s+)?([A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s*(?:\([^()\n]{1,60}\)\s*)?(?:,\s*(?:also\s+(?:known|called|referred\s+to)\s+as|or)\s+[^,\n]{1,60},\s*)?\s(?:is|are|refers\s+to)\s+(?:an?|the|any|one|generally|typically|usually|commonly)\s/i;
/**
 * The same opening in German, French, Spanish or Portuguese: "Ein SLA ist eine vertragliche Vereinbarung …", "Un SLA
 * est un contrat …", "Un SLA es un acuerdo …" (the name is read by kindOfPhrase, so an acronym or an English name).
 */
const DEFINES_EUROPEAN =
  /^(?:(?:ein|eine|un|une|una|um|uma|el|la|le|l['’])\s*)?([\p{L}][\p{L}\d’'-]*(?:\s+[\p{L}\d’'-]+){0,5}?)\s*(?:\([^()\n]{1,60}\)\s*)?\s(?:ist|sind|est|sont|es|son|é|são)\s+(?:ein|eine|einer|un|une|una|um|uma|der|die|das|le|la|el|o|a)\s/iu;
const OWN_EUROPEAN =
  /^(?:diese[rsm]?|unser[e]?|ce|cet|cette|ces|notre|este|esta|estos|nuestro|nuestra|o\s+presente)\b/iu;
const QUOTED_DEFINITION = /\([^()]*["“”'‘’][^()]*\)/;
const PARTY_WORDS = /\b(?:you|your|we|us|our)\b/i;
/** Words that make the name the text's own ("This Agreement"), never a kind in general. */
const OWN = /^(?:this|these|that|those|our|the|your|its|their|such|each)\b/i;

/** Does one of the opening lines define the kind of document it names (see DEFINES)? */
function definesKind(text: string): boolean {
  const opening = text.slice(0, DEFINITION_CHARS);
  // An opening that speaks to its parties ("you", "we") is a document's, whatever its first line says.
  if (PARTY_WORDS.test(opening)) return false;
  const lines = opening.split('\n');
  let read = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (++read > 4) break;
    const m = DEFINES.exec(line) ?? DEFINES_EUROPEAN.exec(line);
    const name = m?.[1];
    if (name === undefined || OWN.test(name) || OWN_EUROPEAN.test(name)) continue;
    // A document defining itself gives its short name in quotes ("Terms of Service (“Terms”) are a legal agreement");
    // an article's abbreviation is bare ("(SLA)").
    if (QUOTED_DEFINITION.test(m?.[0] ?? '')) continue;
    // The kind named from the name's first word: "AppsCode Service Level Agreement is a policy…" is a vendor's own.
    const kind = kindOfPhrase(name);
    if (kind !== null && kindOfPhrase(name.replace(/^\S+\s*/, '')) !== kind) return true;
  }
  return false;
}

/** Characters of a text's opening read for a cover-page title. */
const OPENING_CHARS = 300;

/** A contract noun written in capitals ("AGREEMENT", "ADDENDUM") among the text's first words. */
function opensAsContract(text: string): boolean {
  const opening = text.slice(0, OPENING_CHARS);
  const parts = splitWords(opening.toLowerCase());
  let pos = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const w = parts[i] as string;
    if (CONTRACT_NOUN_SET.has(w) && opening.slice(pos, pos + w.length) === w.toUpperCase()) return true;
    pos += w.length + (parts[i + 1]?.length ?? 0);
  }
  return false;
}

/** Characters covered by the n words from parts[i] with the separators between them. */
function spanLength(parts: readonly string[], i: number, n: number): number {
  let len = 0;
  for (let k = 0; k < 2 * n - 1; k++) len += (parts[i + k] ?? '').length;
  return len;
}

/** Words a kind's name may run on after the self-reference's noun ("terms" → "of service"). */
const SELF_KIND_RUN_ON = 3;

/** "this [qualifier] noun" from parts[i] = "this"/"these": the index of the noun, or -1. */
function selfReference(parts: readonly string[], i: number): number {
  if (!oneSpace(parts[i + 1])) return -1;
  const next = parts[i + 2] as string | undefined;
  if (next === undefined) return -1;
  if (SELF_NOUN_SET.has(next)) return i + 2;
  const quals = SELF_QUALIFIER_TABLE.get(next);
  if (quals === undefined) return -1;
  for (const q of quals) {
    const noun = i + 2 + 2 * (q.rest.length + 1);
    if (follows(parts, i + 2, q) && parts[noun - 1] === ' ' && SELF_NOUN_SET.has(parts[noun] ?? '')) return noun;
  }
  return -1;
}

/**
 * Prices such as "$12/month", "€ 9.50 per user", "£5 / yr": [start, end, start, end, …]
 * offsets in `lower`. The currency sign, an optional space, 1–6 digits, optional decimals,
 * up to two spaces, "/" or "per" and a space, up to two spaces, then the unit word.
 */
function priceSpans(lower: string): number[] {
  const spans: number[] = [];
  const signs = ['$', '€', '£'];
  // Next occurrence of each sign (-1: none left), so a long text is scanned once per sign.
  const next = [-2, -2, -2];
  let at = 0;
  while (spans.length < 2 * CAP) {
    const p = earliestOf(lower, signs, next, at);
    if (p < 0) break;
    const end = priceAt(lower, p + 1);
    if (end > 0) {
      spans.push(p, end);
      at = end;
    } else at = p + 1;
  }
  return spans;
}

function priceAt(s: string, start: number): number {
  let i = start;
  if (isSpace(s.charCodeAt(i))) i++;
  const digits = i;
  while (i - digits < 7 && isDigit(s.charCodeAt(i))) i++;
  if (i === digits || i - digits > 6) return -1;
  if ((s[i] === '.' || s[i] === ',') && isDigit(s.charCodeAt(i + 1))) {
    // Decimals: one or two digits, then no third (a third would fail the unit that follows).
    const d = isDigit(s.charCodeAt(i + 2)) ? 3 : 2;
    if (!isDigit(s.charCodeAt(i + d))) i += d;
  }
  i = skipSpaces(s, i, 2);
  if (s[i] === '/') i++;
  else if (s.startsWith('per', i) && isSpace(s.charCodeAt(i + 3))) i += 4;
  else return -1;
  i = skipSpaces(s, i, 2);
  let j = i;
  while (j - i < 6 && isLower(s.charCodeAt(j))) j++;
  if (isWordChar(s.charCodeAt(j)) || !PRICE_UNIT_SET.has(s.slice(i, j))) return -1;
  return j;
}

function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/** "(i) ", "(b) ": a lower-case roman numeral i–x or letter a–h in parentheses, then whitespace. */
function countEnumerators(text: string): number {
  let n = 0;
  for (let p = text.indexOf('('); p >= 0 && n < CAP; p = text.indexOf('(', p + 1)) {
    let q = p + 1;
    while (q - p <= 5 && isLower(text.charCodeAt(q))) q++;
    if (text[q] === ')' && ENUMERATOR_SET.has(text.slice(p + 1, q)) && isSpace(text.charCodeAt(q + 1))) {
      n++;
      p = q + 1;
    }
  }
  return n;
}

/** "§ 4", "§4". */
function countParagraphSigns(text: string): number {
  let n = 0;
  for (let p = text.indexOf('§'); p >= 0 && n < CAP; p = text.indexOf('§', p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (isDigit(c) || (isSpace(c) && isDigit(text.charCodeAt(p + 2)))) n++;
  }
  return n;
}

// Defined terms: (“Provider”), (the "Agreement"), hereinafter referred to as "Policy", “SLA” means,
// and a line starting "Service Credit means". Scanned from the few characters that can start one.

/** What may stand between "(" and the opening quote: (the "X"), (hereinafter referred to as "X"). */
const DEFINED_LEADS = new Set<string>();
for (const a of DEFINED_LEADS_FIRST) for (const b of DEFINED_LEADS_SECOND) DEFINED_LEADS.add(a + b);

const MAX_LEAD = 29;

function countDefinedTerms(text: string): number {
  let n = 0;
  let at = 0;
  if (isUpper(text.charCodeAt(0))) {
    const end = definedLine(text, 0);
    if (end > 0) {
      n++;
      at = end;
    }
  }
  // Next occurrence of each starting character (-1: none left).
  const starts = ['(', '"', '“', '\n', 'hereinafter'];
  const next = [-2, -2, -2, -2, -2];
  while (n < CAP) {
    const p = earliestOf(text, starts, next, at);
    if (p < 0) break;
    const c = text.charCodeAt(p);
    let end = -1;
    if (c === 40) end = definedInParens(text, p);
    else if (c === 34 || c === 0x201c) end = definedMeans(text, p);
    else if (c === 10) end = definedLine(text, p + 1);
    else if (!isWordChar(text.charCodeAt(p - 1)) && !isWordChar(text.charCodeAt(p + 11))) end = p + 11;
    if (end > 0) {
      n++;
      at = end;
    } else at = p + 1;
  }
  return n;
}

/** A quoted capitalized term of at most 41 characters from `i` (after the opening quote): the end after the closing quote. */
function quotedTerm(text: string, i: number, noParens: boolean): number {
  if (!isUpper(text.charCodeAt(i))) return -1;
  let k = i + 1;
  for (; k <= i + 40 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 0x201d || c === 10 || (noParens && (c === 40 || c === 41))) break;
  }
  const c = text.charCodeAt(k);
  return c === 34 || c === 0x201d ? k + 1 : -1;
}

/** (“Provider”), (the "Agreement"), (hereinafter referred to as "Policy"). */
function definedInParens(text: string, p: number): number {
  let q = p + 1;
  while (q <= p + 1 + MAX_LEAD && q < text.length) {
    const c = text.charCodeAt(q);
    if (c === 34 || c === 0x201c) break;
    q++;
  }
  const c = text.charCodeAt(q);
  if ((c !== 34 && c !== 0x201c) || !DEFINED_LEADS.has(text.slice(p + 1, q))) return -1;
  return quotedTerm(text, q + 1, true);
}

/** “SLA” means, "Downtime" has the meaning. */
function definedMeans(text: string, p: number): number {
  const end = quotedTerm(text, p + 1, false);
  if (end < 0 || !isSpace(text.charCodeAt(end))) return -1;
  return wordAfter(text, end + 1, MEANS);
}

/** The end of whichever of `words` starts at `i` and ends a word; -1 if none. */
function wordAfter(text: string, i: number, words: readonly string[]): number {
  for (const w of words) if (text.startsWith(w, i) && !isWordChar(text.charCodeAt(i + w.length))) return i + w.length;
  return -1;
}

/** A line opening with up to four capitalized words, then an optional ":", a space, "means"/"any"/… and whitespace. */
function definedLine(text: string, start: number): number {
  let k = start;
  for (let words = 0; words < 4; words++) {
    if (!isUpper(text.charCodeAt(k))) return -1;
    let e = k + 1;
    while (e - k <= 16 && isLower(text.charCodeAt(e))) e++;
    if (e === k + 1 || e - k > 16) return -1;
    const t = text.charCodeAt(e) === 58 ? e + 1 : e;
    if (text.charCodeAt(t) === 32) {
      const end = wordAfterSpace(text, t + 1);
      if (end > 0) return end;
    }
    if (text.charCodeAt(e) !== 32) return -1;
    k = e + 1;
  }
  return -1;
}

function wordAfterSpace(text: string, i: number): number {
  for (const w of LINE_MEANS)
    if (text.startsWith(w, i) && isSpace(text.charCodeAt(i + w.length))) return i + w.length + 1;
  return -1;
}

/** "4.2 Credits", "Section 3. Term", "iv. Fees", "B. Scope": a heading that starts with a number. */
export function isNumberedHeading(h: string): boolean {
  const lower = h.toLowerCase();
  for (const prefix of ['section', 'article', 'clause']) {
    if (lower.startsWith(prefix) && isSpace(lower.charCodeAt(prefix.length)) && numberAt(lower, prefix.length + 1)) {
      return true;
    }
  }
  return numberAt(lower, 0);
}

/** At `i`: "4", "4.2.1.", "iv." or "b.", then up to two spaces and something else. */
function numberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // Any digit can end the number, and the next character (digit, dot or word) is the "something else".
  if (isDigit(c)) return tailAt(s, i + 1);
  let r = i;
  while (r - i < 6 && (s[r] === 'i' || s[r] === 'v' || s[r] === 'x')) r++;
  if (r > i && r - i <= 5 && s[r] === '.' && tailAt(s, r + 1)) return true;
  return c >= 97 && c <= 104 && s[i + 1] === '.' && tailAt(s, i + 2);
}

/** Up to two whitespace characters, then a non-whitespace one. */
function tailAt(s: string, i: number): boolean {
  for (let j = i; j <= i + 2 && j < s.length; j++) if (!isSpace(s.charCodeAt(j))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// The model's inputs. One function turns what the page or document says into the numbers the
// fitted model weighs; the fitting script calls it on the corpus, the runtime on each page.

/** What the scorer reads: the page's or document's title, first headings, URL and text features. */
export interface ScoreInput {
  url: string;
  title: string;
  headings: string[];
  features: TextFeatures;
  /**
   * An HTML page's first heading repeats its title (docScoreInput): the page's own name is the title, so the
   * heading after it is a section's ("For prepaid plans") and does not deny what the title names, as the badge's
   * page signals, which keep that first heading, read it too.
   */
  titleIsFirstHeading?: boolean;
  /**
   * A text document's title is its own first heading, taken off `headings` (docScoreInput): `headings[0]` is then the
   * first section's heading, which denies only as sectionDenies says.
   */
  titleTakenFromHeadings?: boolean;
  /**
   * The heading that follows the document's first heading with no text between them: the second line of a title
   * ("Chronicle App for Jira" / "SLA"), not a section ("## SLA" after the introduction).
   */
  subtitle?: string;
}

/** What the title and first headings name, read once for both the model and the kind vote. */
export interface Naming {
  titleKind: Kind | null;
  titleDenied: boolean;
  /** Kind named by one of the first three headings that does not deny being legal. */
  headingKind: Kind | null;
  /**
   * That heading is a numbered section after the first ("4. Cancellation Policy" below "1. Introduction"): a part of
   * the document, which weighs less in the kind vote than a heading the document opens with.
   */
  headingIsSection: boolean;
  /** The first heading says it is about legal documents ("What is an SLA?"). */
  headingDenied: boolean;
  urlKind: Kind | null;
  /** The title or one of the first three headings names a contract: "FRANCHISE AGREEMENT", "Supply Contract". */
  contractTitle: boolean;
}

/** Separators between a page's name and its site's ("SLA | Acme", "Terms - Acme Docs", "Privacy · Acme"). */
const TITLE_PARTS = / [|–—·•»:-] /;
/** A title's opening label: "Template: …", "FAQ: …" (a few words, then a colon and a space). */
const TITLE_LABEL = /^\s*([^:|–—·•»]{1,30}):\s/;

/**
 * The kind a title names, and whether it denies being a legal document. A title is often the page's
 * name and the site's ("Service Level Agreement - Acme Deployers Guide"): the part that names a kind
 * is judged on its own, so a site called "Guide" or "Blog" does not deny its own SLA, while "What is
 * an SLA? | Acme" still does.
 */
function titleNaming(title: string): { kind: Kind | null; denied: boolean } {
  const parts = title.slice(0, 400).split(TITLE_PARTS);
  // "Template: Customer Communication — SLA Breach Notification", "FAQ: Data Processing Addendum": a label before a
  // colon opening the title says what the page is (a template, a FAQ) of all that follows. Only a label: a site's name
  // leads a title after "|" or "–" ("Acme Help Center | Terms of Service"), and does not deny the page.
  const label = TITLE_LABEL.exec(title)?.[1];
  const ledByDenial = label !== undefined && kindOfPhrase(label) === null && deniesLegal(label);
  for (let i = 0; i < parts.length && i < 6; i++) {
    const part = parts[i] as string;
    const kind = kindOfPhrase(part);
    if (kind === null) continue;
    // "Who do these terms apply to?": a document's own question about itself heads its first section; it neither
    // names the document nor denies it (an article asks about "a" or "your" terms, never "these").
    if (kind !== null && opensAsQuestion(part) && SELF_QUESTION.test(part)) return { kind: null, denied: false };
    return { kind, denied: ledByDenial || deniesLegal(part) || opensAsQuestion(part) || namesAnotherDocument(part) };
  }
  return { kind: null, denied: deniesLegal(title) || namesClauseAlone(parts[0] ?? '') };
}

/**
 * A title that is one clause's name and nothing else ("Force Majeure", "Limitation of Liability (United States)",
 * "Indemnification Clauses") heads an explainer or a clause library's page: a document is titled by its kind, and
 * a clause is one of its sections.
 */
function namesClauseAlone(title: string): boolean {
  return CLAUSE_ALONE.test(title);
}
const CLAUSE_ALONE =
  /^[\s#*]*(?:the\s+)?(?:force\s+majeure|limitations?\s+of\s+liability|indemnification|indemnities|indemnity|governing\s+law|choice\s+of\s+law|severability|non-?compete|non-?solicitation|liquidated\s+damages|consequential\s+damages|entire\s+agreement|termination\s+for\s+convenience|warranty\s+disclaimers?|disclaimer\s+of\s+warranties)(?:\s+clauses?)?(?:\s*\([^()]{1,40}\))?[\s:.*]*$/i;

/**
 * A heading written as code, one lower-case token joined by "-", "_" or ".": a software package's README ("# sla-calc",
 * "# terms_parser"). A document heads itself with words ("Service Level Agreement"). Headings only: a dropped file's
 * title is its file name ("vendor-sla" from vendor-sla.pdf), which does name the document.
 */
function isIdentifier(text: string): boolean {
  return /^\s*[a-z0-9]+(?:[-_.][a-z0-9]+)+\s*$/.test(text);
}

/**
 * A headline about someone's document: "Nimbra rewrites its customer agreement", "Retailers change their terms of
 * service", "Nuvéa modifie ses conditions générales". A document's own title does not call itself "its" or "their"
 * document: a third-person possessive (English, French, Spanish, Portuguese, Italian, German, Dutch) right before a
 * kind of document, where the title has not named itself before it ("Master Services Agreement and its Data
 * Processing Addendum").
 */
const THIRD_PERSON_POSSESSIVE = /(?<![\p{L}])(?:its|their|his|her|ses|leurs|sus|seus|suas|seine|suoi|sue|zijn)\s+/giu;
/**
 * So is a title that names any such document with an indefinite article inside it: "7 clauses to check before you sign
 * a SaaS agreement", "Negotiating an SLA with your cloud provider". A document's title names itself, never "a" one
 * (an article opening the title is left alone, a capital "A" is a label: "Exhibit A Service Level Agreement", and
 * "as a" names a delivery model: "Software as a Service Subscription Agreement"). German, French and Spanish articles
 * too: "Inhalte eines SLA", "Rédiger une politique de confidentialité".
 */
const INDEFINITE_ARTICLE =
  /(?<=[\p{L}\d,:]\s+)(?<!(?<![\p{L}])[Aa]s\s+)(?:a|an|ein|eine|eines|einer|einem|einen|un|une|una)\s+/gu;
/**
 * And so is a news headline whose verb acts on the document: "Halcyra and Norbridge Bank sign five-year cloud services
 * agreement", "Regional carrier inks roaming agreement". Lower-case verbs only, after a subject: a brand written with a
 * capital ("Dropbox Sign Terms of Service") is a name, not a verb.
 */
const HEADLINE_VERB = /(?<=[\p{L}\d]\s+)(?:signs?|signed|inks?|inked|wins?|secures?|strikes?|awards?|awarded)\s+/gu;
/**
 * The same headline in Arabic: "وزارة الاتصالات توقع اتفاقية مستوى خدمة …" (signs), "… تبرم عقداً …" (concludes), "توقيع
 * اتفاقية …" (the signing of). A document's title names itself; it does not sign or conclude itself.
 */
const AR_HEADLINE_VERB =
  /(?<![\p{L}])(?:[وف]?[تي]?وق\u0651?ع(?:ت|ان|ا|وا)?|توقيع|[وف]?[تي]برم|[أاإ]برم(?:ت|ا)?|[إا]برام)\s+/gu;
function namesAnotherDocument(part: string): boolean {
  return (
    kindAfter(part, THIRD_PERSON_POSSESSIVE) ||
    kindAfter(part, INDEFINITE_ARTICLE) ||
    kindAfter(part, HEADLINE_VERB) ||
    (hasArabic(part) && kindAfter(part, AR_HEADLINE_VERB))
  );
}
function kindAfter(part: string, word: RegExp): boolean {
  word.lastIndex = 0;
  for (let m = word.exec(part); m !== null; m = word.exec(part)) {
    const end = m.index + m[0].length;
    // The kind within the next few words: "its customer agreement", "ses conditions générales".
    const after = part.slice(end).split(/\s+/).slice(0, 4).join(' ');
    if (kindOfPhrase(after) !== null && kindOfPhrase(part.slice(0, m.index)) === null) return true;
  }
  return false;
}

/**
 * A title naming a kind that opens with a question word is about such documents: "What a good SLA looks like",
 * "How our DPA template handles transfers", "Why your terms of service need an arbitration clause". A document's
 * own title is a noun phrase ("Service Level Agreement"). Only where the part names a kind: "How we use your
 * information" names none and may be a privacy notice's own title.
 */
function opensAsQuestion(part: string): boolean {
  const first = /^[\s"“'‘(*_#]*([A-Za-z]+)/.exec(part)?.[1]?.toLowerCase();
  return first !== undefined && QUESTION_OPENERS.has(first);
}
const QUESTION_OPENERS = new Set(TITLE_QUESTION_OPENERS);

/**
 * A heading that is a quotation, four words or more inside quotation marks ("“But what do these terms of service have
 * that's so concerning?”"): someone's words an article answers, not a section of a document, whatever kind it names.
 */
function isQuotation(h: string): boolean {
  return QUOTED_HEADING.test(h) && h.trim().split(/\s+/).length >= 4;
}
const QUOTED_HEADING = /^\s*["“«„][^"“”«»„]+["”»]\s*$/;

/** Headings read for the kinds a page lists. */
const INDEX_HEADINGS = 8;
/** Distinct kinds named by as many headings: a page listing documents, not one of them. */
const INDEX_KINDS = 3;

/**
 * Do the first headings name three kinds or more ("Terms of Service", "Service Level Agreement", "Data Processing
 * Addendum" on a site's legal hub)? A document names itself once and its sections name parts of it; a page that
 * heads a paragraph per document is an index of them, and its headings say nothing of what the page is. (Two kinds
 * are common in one document: terms with a "Privacy Policy" or "Acceptable Use" section.)
 */
function headingsListDocuments(headings: readonly string[]): boolean {
  const kinds = new Set<Kind>();
  for (let i = 0; i < Math.min(INDEX_HEADINGS, headings.length); i++) {
    const h = headings[i] as string;
    const k = deniesLegal(h) ? null : kindOfPhrase(h);
    if (k !== null) kinds.add(k);
  }
  return kinds.size >= INDEX_KINDS;
}

/**
 * Sections of a software project's README or docs: "Installation", "Usage", "Contributing", "Changelog". Not
 * "Development", "Requirements" or "Examples", which head sections of research and services agreements too.
 */
const PROJECT_HEADING =
  /^(?:installation|install(?:ing)?|getting started|quick ?start|configuration|configuring|usage|build(?:ing)? from source|contributing|running (?:the )?tests|changelog|prerequisites|api reference|roadmap|supported versions|reporting a vulnerability|mitwirken|beitragen|schnellstart|erste schritte|contribuer|démarrage rapide|instalación|instalação|contribuir|contribuciones|kurulum|katkıda bulunma|التثبيت|المساهمة)$/iu;

/**
 * The sections of an architecture decision record ("Status", "Context", "Decision", "Consequences"): an engineering
 * team's record of a choice ("5. Data Retention Policy"), not a vendor's policy. Three of them among the first headings.
 */
const DECISION_RECORD_HEADING =
  /^(?:status|context|decision|consequences|decision outcome|considered options|decision drivers|alternatives considered|context and problem statement)$/i;
const DECISION_RECORD_HEADINGS = 3;

function headingsOfDecisionRecord(headings: readonly string[]): boolean {
  const found = new Set<string>();
  for (let i = 0; i < Math.min(12, headings.length); i++) {
    const h = (headings[i] as string).replace(/^[\s#*\d.)(-]+|[\s:.*]+$/g, '').toLowerCase();
    if (DECISION_RECORD_HEADING.test(h)) found.add(h);
  }
  return found.size >= DECISION_RECORD_HEADINGS;
}

/**
 * Do the first headings name two sections of a software project or more ("License" one of them)? Such a page (a
 * README with a "License" section, docs of an uptime monitor) speaks of licences, SLAs and credits without being one;
 * its headings deny the legal reading as a guide's title does. A terms page's sections are "License", "Use of the
 * Service", not "Installation" or "Usage".
 */
/** How many of the first headings are read for a project's sections: a README's install steps come after its features. */
const PROJECT_HEADINGS_READ = 25;

function headingsOfSoftwareProject(headings: readonly string[]): boolean {
  const found = new Set<string>();
  let licence = false;
  for (let i = 0; i < Math.min(PROJECT_HEADINGS_READ, headings.length); i++) {
    // An icon before the word ("💻 Installation") is no part of it; nor is a translation after " / " ("Supported
    // Versions / الإصدارات المدعومة").
    const h = (headings[i] as string)
      .split(' / ')[0]!
      .replace(/^(?:[\s#*\d.)(-]|\p{Extended_Pictographic}|\uFE0F)+|[\s:.*]+$/gu, '')
      .toLowerCase();
    if (PROJECT_HEADING.test(h)) found.add(h);
    // "License" heads a terms section too: it counts only beside a project's own section.
    else if (/^licen[cs]e$/.test(h)) licence = true;
  }
  return found.size >= 2 || (found.size === 1 && licence);
}

/** A document's name, then a verb of saying: "Policy states", "the Terms currently say", "SLA reads". */
const QUOTING_HEADING =
  /\b(?:polic(?:y|ies)|terms|agreement|sla|contract|notice)\s+(?:currently\s+|now\s+)?(?:states?|says?|reads?)\b/i;

/** A heading that is one abbreviation and nothing else: "SLA", "DPA:", "2. SLAs". */
const ABBREVIATION_ONLY = /^[\s#*\d.)(:-]*[A-Z]{2,5}s?[\s:.*]*$/;

/** The nouns a privacy document names itself with (KIND_NAMES' privacy row), beside the bare topic word. */
const PRIVACY_DOCUMENT_NOUN = /\b(?:polic(?:y|ies)|notice|statement|pledge)\b/i;
/** Words at most in a heading that names the privacy topic alone ("Your Privacy at Acme"). */
const BARE_TOPIC_WORDS = 5;

/**
 * Does the heading after a text document's title (its first heading) deny it? Under a title that names the document
 * ("Refund Policy"), a section heading is one of its parts ("Monthly plans", "Pricing"): it denies only when it names a
 * kind itself ("What is an SLA?"). Under a title that names no kind, any denial counts. (A page's own first heading
 * under its <title>, "Plans and pricing" under "SLA", is no section: it denies as it did.)
 */
function sectionDenies(heading: string, titleKind: Kind | null, titleDenied: boolean): boolean {
  if (!deniesLegal(heading)) return false;
  return titleKind === null || titleDenied || kindOfPhrase(heading) !== null;
}

export function naming(input: ScoreInput): Naming {
  const title = titleNaming(input.title);
  const titleKind = title.kind;
  // A page about documents: an index of them, or an article defining the kind its title names.
  const about = headingsListDocuments(input.headings) || input.features.definesKind;
  let headingKind: Kind | null = null;
  let headingIsSection = false;
  // A title about the kind ("What is a Service Level Agreement? A buyer's guide") heads an article the same way.
  const aboutInTitle = titleKind !== null && title.denied;
  // The title counts as one of a project's sections: a guide titled "Contributing" with a "License" section. Such a
  // page's section naming a kind ("Contributor License Agreement (CLA)") is one more topic of the guide, as a
  // guide's sections are under a title about the kind.
  const project = headingsOfSoftwareProject(input.title ? [input.title, ...input.headings] : input.headings);
  for (
    let i = 0;
    i < Math.min(3, input.headings.length) && headingKind === null && !about && !aboutInTitle && !project;
    i++
  ) {
    const h = input.headings[i] as string;
    const kind = isIdentifier(h) || isQuotation(h) ? null : kindOfPhrase(h);
    // After other sections ("Reliability", "Description"), "Privacy" or "App Privacy" is one more section's topic; a
    // document names itself with a document noun ("Privacy Policy", "Privacy Notice"). So is the word inside a
    // sentence, even a first one ("Happy Monday 👉 a sweet cash injection for privacy 👉 it's fine season"): a page
    // titled by the topic alone is titled in a few words ("Privacy", "Your Privacy at Acme").
    if (
      kind === 'privacy' &&
      !PRIVACY_DOCUMENT_NOUN.test(h) &&
      (i > 0 || h.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > BARE_TOPIC_WORDS)
    )
      continue;
    // A section headed by the bare abbreviation ("## SLA", "## DPA") under a title that names something else
    // introduces a topic, as notes and guides do; a document names itself in full ("Service Level Agreement", "Acme
    // SLA"), and under a title naming the same kind ("Acme App - SLA") the heading only repeats it; right under the
    // title, with no text between, it is the title's second line.
    if (
      kind !== null &&
      kind !== titleKind &&
      h !== input.subtitle &&
      ABBREVIATION_ONLY.test(h) &&
      (i > 0 || input.titleTakenFromHeadings || input.titleIsFirstHeading)
    )
      continue;
    // So does a later section naming policies in the plural ("Policies for missed targets"): a policy names itself
    // in the singular ("Refund Policy"), a page of several says so in its title.
    if (i > 0 && kind === 'policy' && /\bpolicies\b/i.test(h) && !/\bpolicy\b/i.test(h)) continue;
    // "Policy states (Section 9):", "The terms currently say:": a heading that quotes what a document says introduces a
    // quotation, as a review or a proposed fix does; a document's own headings name it or its parts.
    if (kind !== null && QUOTING_HEADING.test(h)) continue;
    // "What is a Service Level Agreement? A buyer's guide" heads an article: its sections ("Uptime
    // commitments") name parts of the kind it is about, not the page.
    if (kind !== null && deniesLegal(h)) break;
    headingKind = kind;
    headingIsSection = kind !== null && i > 0 && isNumberedHeading(h);
  }
  const first = input.headings[0];
  return {
    titleKind,
    titleDenied: title.denied || (titleKind !== null && input.features.definesKind),
    headingKind,
    headingIsSection,
    headingDenied:
      (first !== undefined &&
        !input.titleIsFirstHeading &&
        (input.titleTakenFromHeadings ? sectionDenies(first, titleKind, title.denied) : deniesLegal(first))) ||
      project ||
      headingsOfDecisionRecord(input.headings),
    urlKind: kindOfUrl(input.url),
    contractTitle:
      (!deniesLegal(input.title) && namesContract(input.title)) ||
      (!about && input.headings.slice(0, 3).some((h) => !deniesLegal(h) && namesContract(h))),
  };
}

const CONTRACT_NOUN_SET = new Set(CONTRACT_NOUNS);

/**
 * Contracts named by two words, capitalized: an order form or statement of work signed under a master agreement
 * ("Cobaltline Order Form", "STATEMENT OF WORK"). Not "order form" in prose, and not a form to order goods alone: the
 * model still weighs the page's legal words.
 */
const CONTRACT_PHRASE = /\b(?:Order\s+Form|ORDER\s+FORM|Statement\s+of\s+Work|STATEMENT\s+OF\s+WORK)\b/;

/** Nouns after "contract"/"agreement" that make it a subject (of software, a service, a course), not a document's name. */
const CONTRACT_AS_SUBJECT = new Set([
  'management',
  'lifecycle',
  'review',
  'reviews',
  'analytics',
  'software',
  'tracking',
  'tracker',
  'automation',
  'intelligence',
  'repository',
  'templates',
  'template',
  'negotiation',
  'law',
  'platform',
  'tool',
  'tools',
  // A law firm's or consultant's services: "Contract Drafting", "Contract Law Services", "Contract Lawyers".
  'drafting',
  'services',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'disputes',
  'litigation',
  'consulting',
  // A contract tool's screens and records: "Contract List", "Contract Dashboard" (not "Contract Details", an order
  // form's own section).
  'list',
  'lists',
  'dashboard',
  'columns',
  'fields',
  'search',
  'alerts',
  'reminders',
  'workflow',
  'workflows',
  'module',
  'database',
]);

/**
 * Topics of contract law named "X of Contract" ("Breach of Contract", "Formation of Contracts", "Law of Contract"):
 * a lesson's or an explainer's heading. "General Conditions of Contract", "Form of Agreement" name documents.
 */
const CONTRACT_TOPICS = new Set([
  'breach',
  'breaches',
  'law',
  'laws',
  'formation',
  'types',
  'kinds',
  'elements',
  'essentials',
  'principles',
  'privity',
  'frustration',
  'discharge',
]);

/** A capitalized contract noun in a title or heading ("Agreement", "AGREEMENT"; not "agreement"). */
function namesContract(text: string): boolean {
  if (CONTRACT_PHRASE.test(text.slice(0, 200))) return true;
  const parts = splitWords(text.slice(0, 200).toLowerCase());
  let pos = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const w = parts[i] as string;
    // "Contract management", "Agreement Automation Software": the noun names a product's subject, not the document.
    if (
      CONTRACT_NOUN_SET.has(w) &&
      isUpper(text.charCodeAt(pos)) &&
      !CONTRACT_AS_SUBJECT.has(parts[i + 2] ?? '') &&
      !(parts[i - 2] === 'of' && CONTRACT_TOPICS.has(parts[i - 4] ?? ''))
    )
      return true;
    pos += w.length + (parts[i + 1]?.length ?? 0);
  }
  return false;
}

/**
 * The feature vector, in the order of FEATURE_NAMES. Densities are per 1000 words (at least 150
 * words, so a short page cannot reach a high density with one phrase) on a log scale; counts that
 * saturate fast (a document names itself once or fifty times) are capped. The URL is left out:
 * the corpus has no addresses to fit its weight on, so it only helps choose the kind.
 */
export function featureVector(input: ScoreInput, named: Naming = naming(input)): number[] {
  const f = input.features;
  const per1000 = (n: number) => (f.words > 0 ? (n * 1000) / Math.max(f.words, 150) : 0);
  const dens = (n: number) => Math.log1p(per1000(n));
  const cap = (n: number, max: number) => Math.min(n, max) / max;
  let numbered = 0;
  for (let i = 0; i < input.headings.length; i++) if (isNumberedHeading(input.headings[i] as string)) numbered++;
  const titleNames = named.titleKind !== null && !named.titleDenied;
  const headingNames = named.headingKind !== null;
  const named1 = titleNames ? named.titleKind : named.headingKind;
  // "Names itself and speaks as one": a kind in the title or a first heading, and the text
  // binding someone ("Customer will") or calling itself "this SLA".
  const speaks = f.obligations > 0 || f.selfRefs > 0 || f.shall > 0;
  return [
    dens(f.legal),
    dens(f.shall),
    dens(f.obligations),
    cap(f.selfRefs, 5),
    cap(f.defined, 5),
    cap(f.sections + numbered, 8),
    titleNames ? 1 : 0,
    headingNames ? 1 : 0,
    named.titleDenied || named.headingDenied ? 1 : 0,
    named1 !== null && speaks ? 1 : 0,
    named.contractTitle || f.opensAsContract ? 1 : 0,
    dens(f.formation),
    dens(f.slaContent),
    dens(f.privacyContent),
    dens(Math.max(0, f.marketing - 2)),
    dens(f.editorial),
    f.words < 120 ? 1 - f.words / 120 : 0,
    // Not one legal word, obligation or self-reference: whatever the title says, the text does not speak
    // as a contract (a table of uptime figures under an "SLAs" heading).
    f.legal + f.shall + f.obligations + f.selfRefs + f.defined + f.formation === 0 ? 1 : 0,
  ];
}

export const FEATURE_NAMES = [
  'legalWords',
  'shall',
  'obligations',
  'selfRefs',
  'definedTerms',
  'sections',
  'titleNamesKind',
  'headingNamesKind',
  'titleOrHeadingDenies',
  'namesItselfAndSpeaks',
  'contractTitle',
  'formation',
  'slaContent',
  'privacyContent',
  'marketing',
  'editorial',
  'shortText',
  'noLegalLanguage',
] as const;

/**
 * The earliest position ≥ `at` of any of `needles` in `text`, or -1. `next` holds each needle's next position
 * (-2: not looked up yet, -1: none left) and is updated, so a long text is scanned once per needle, not once per call.
 */
function earliestOf(text: string, needles: readonly string[], next: number[], at: number): number {
  let p = -1;
  for (let k = 0; k < needles.length; k++) {
    let q = next[k] as number;
    if (q !== -1 && q < at) {
      q = text.indexOf(needles[k] as string, at);
      next[k] = q;
    }
    if (q >= 0 && (p < 0 || q < p)) p = q;
  }
  return p;
}
