/**
 * The phrase engine: text split once into words, word lists turned into Map lookups of a word
 * and the few words after it, and the name lookups built on it (what kind a title, heading or
 * URL names; whether a title says it is about legal documents rather than one).
 *
 * The background compiles this once; the page never runs it. Still no big alternations: a
 * phrase table is a few hundred Map entries, cheap to build and linear to run.
 */
import { hasArabic } from '../common/arabic';
// The matching form's text without the offset map (tests/arabic-numbers.test.ts holds it equal to compactArabic's).
import { foldArabic } from '../common/arabic-numbers';
import { isSpace } from '../common/normalize';
import { europeanDeniesLegal, europeanKindOf } from './european';
import {
  ABOUT_PREPOSITIONS,
  ABOUT_TOOL_NOUNS,
  ARABIC_ACTIONS_ON_DOCUMENT,
  ARABIC_KIND_NAMES,
  ARABIC_TITLE_NOT_LEGAL,
  EMPLOYMENT_POLICY_TOPICS,
  KIND_NAMES,
  type Kind,
  type Stem,
  TITLE_NOT_LEGAL_STEMS,
  TITLE_NOT_LEGAL_WORDS,
  TOOL_AFTER_KIND,
  URL_KIND_NAMES,
  URL_LEGAL_WORDS,
} from './vocabulary';

/** ASCII word characters, the way \b sees them; the capture keeps the separators. */
const WORD_SPLIT = /([^a-z0-9_]+)/;

/** Lower-cased text as [word, separator, word, …, word]: words at even indices, '' at an end that is a separator. */
export function splitWords(lower: string): string[] {
  return lower.split(WORD_SPLIT);
}

/** A phrase after its first word: the words and the separator before each. */
export interface Phrase {
  tag: number;
  rest: string[];
  seps: string[];
}

export type PhraseTable = Map<string, Phrase[]>;

/**
 * Indexes phrases by first word, longer phrases first as a greedy regex would match them.
 * The whole list is split in one call ("a b|c-d" → a, " ", b, "|", c, "-", d): cheap cold.
 */
export function addPhrases(table: PhraseTable, phrases: readonly string[], tag: number): PhraseTable {
  const parts = splitWords(phrases.join('|').toLowerCase());
  for (let i = 0; i < parts.length; ) {
    const first = parts[i] as string;
    const entry: Phrase = { tag, rest: [], seps: [] };
    i++;
    while (i < parts.length && parts[i] !== '|') {
      entry.seps.push(parts[i] as string);
      entry.rest.push(parts[i + 1] as string);
      i += 2;
    }
    i++;
    const list = table.get(first);
    if (list === undefined) table.set(first, [entry]);
    else {
      let k = list.length;
      while (k > 0 && (list[k - 1] as Phrase).rest.length < entry.rest.length) k--;
      list.splice(k, 0, entry);
    }
  }
  return table;
}

/** Does `p` continue the word at `parts[i]`, ending at or before `parts[end]`? */
export function follows(parts: readonly string[], i: number, p: Phrase, end = parts.length): boolean {
  const n = p.rest.length;
  if (i + 2 * n >= end) return false;
  for (let k = 0; k < n; k++) {
    if (parts[i + 1 + 2 * k] !== p.seps[k] || parts[i + 2 + 2 * k] !== p.rest[k]) return false;
  }
  return true;
}

/** Words a phrase of `list` covers when it starts at parts[i] (0: none), first match in `list` order. */
export function matchAt(parts: readonly string[], i: number, list: readonly Phrase[] | undefined): number {
  if (list === undefined) return 0;
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as Phrase;
    if (follows(parts, i, p)) return p.rest.length + 1;
  }
  return 0;
}

// Indexed, not destructured: destructuring runs the iterator protocol, slow before V8 optimizes.
export const stemMatches = (w: string, s: Stem) =>
  w.length >= s[0].length + s[1] && w.length <= s[0].length + s[2] && w.startsWith(s[0]);

export { isSpace };
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLower = (c: number) => c >= 97 && c <= 122;
export const isWordChar = (c: number) => isDigit(c) || isUpper(c) || isLower(c) || c === 95;
/** A separator of exactly one whitespace character. */
export const oneSpace = (sep: string | undefined) =>
  sep !== undefined && sep.length === 1 && isSpace(sep.charCodeAt(0));

export const KINDS: readonly Kind[] = KIND_NAMES.map((e) => e[0]);
const KIND_TABLE: PhraseTable = new Map();
for (let i = 0; i < KIND_NAMES.length; i++)
  addPhrases(KIND_TABLE, (KIND_NAMES[i] as (typeof KIND_NAMES)[number])[1], i);

const NOT_LEGAL_TABLE = addPhrases(new Map(), TITLE_NOT_LEGAL_WORDS, 0);
const TOOL_TABLE = addPhrases(new Map(), ABOUT_TOOL_NOUNS, 0);
const ABOUT = new Set(ABOUT_PREPOSITIONS);

/** Does a kind name start at one of the `words` words from parts[from]? */
function kindStartsWithin(parts: readonly string[], from: number, words: number): boolean {
  for (let j = from; j < parts.length && j < from + 2 * words; j += 2) {
    const list = KIND_TABLE.get(parts[j] as string);
    if (list?.some((p) => follows(parts, j, p))) return true;
  }
  return false;
}

const TOOL_AFTER_KIND_TABLE = addPhrases(new Map(), TOOL_AFTER_KIND, 0);

/** "Privacy Policy Generator", "Legal Policy Analyzer": a kind's name, one space, then software named for it. */
function kindThenTool(parts: readonly string[], i: number): boolean {
  const n = matchAt(parts, i, KIND_TABLE.get(parts[i] as string));
  if (n === 0) return false;
  const next = i + 2 * n;
  return oneSpace(parts[next - 1]) && matchAt(parts, next, TOOL_AFTER_KIND_TABLE.get(parts[next] as string)) > 0;
}

/** "Extension for Terms of Service", "summaries of website privacy policies": a tool named for a kind. */
function toolForKind(parts: readonly string[], i: number): boolean {
  const n = matchAt(parts, i, TOOL_TABLE.get(parts[i] as string));
  if (n === 0) return false;
  const prep = i + 2 * n;
  return ABOUT.has(parts[prep] as string) && kindStartsWithin(parts, prep + 2, 3);
}

/** URL words without their "-" → [index of the kind in URL_KIND_NAMES, the name with every optional "-"]. */
type UrlTable = Map<string, readonly [number, string]>;
const URL_KIND_TABLE: UrlTable = new Map();
for (let i = 0; i < URL_KIND_NAMES.length; i++) {
  for (const name of (URL_KIND_NAMES[i] as (typeof URL_KIND_NAMES)[number])[1]) {
    const key = name.replaceAll('-', '');
    if (!URL_KIND_TABLE.has(key)) URL_KIND_TABLE.set(key, [i, name]);
  }
}
const URL_LEGAL_TABLE: UrlTable = new Map(URL_LEGAL_WORDS.map((w) => [w, [0, w]]));

/**
 * The kind names as case-insensitive regexes, for callers that search or cut them out of
 * free text (vendor.ts). Built from KIND_NAMES; the detector itself never runs them.
 */
export const KIND_PHRASES: readonly (readonly [Kind, RegExp])[] = /* @__PURE__ */ kindRegexes();

function kindRegexes(): (readonly [Kind, RegExp])[] {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return KIND_NAMES.map(([kind, names]) => {
    const sorted = [...names].sort((a, b) => b.length - a.length);
    return [kind, new RegExp(`\\b(?:${sorted.map(literal).join('|')})\\b`, 'i')] as const;
  });
}

/** Index in KIND_NAMES of the most specific kind named starting in parts[from..end) (and ending before phraseEnd), or -1. */
export function kindIn(parts: readonly string[], from: number, end: number, phraseEnd = end): number {
  let best = KINDS.length;
  for (let i = from; i < end; i += 2) {
    const list = KIND_TABLE.get(parts[i] as string);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as Phrase;
      if (p.tag < best && follows(parts, i, p, phraseEnd)) best = p.tag;
    }
  }
  return best < KINDS.length ? best : -1;
}

/**
 * "Time Off and Vacation Policy", "Error Budget Policy", "Attendance & late policy": a policy an organisation sets for
 * its own people (an HR handbook's section, an engineering team's or a school's rule), not a vendor's policy toward its
 * customers (vocabulary.ts, EMPLOYMENT_POLICY_TOPICS).
 */
const EMPLOYMENT_POLICY = new RegExp(
  `\\b(?:${EMPLOYMENT_POLICY_TOPICS.map((t) => t.replace(/[ -]/g, '[\\s-]+')).join('|')})\\s+polic(?:y|ies)\\b`,
  'i',
);

/** Kind named by a phrase, most specific rule first; null when none. */
export function kindOfPhrase(text: string): Kind | null {
  if (text === '') return null;
  const parts = splitWords(text.toLowerCase());
  const k = kindIn(parts, 0, parts.length);
  if (k >= 0) return KINDS[k] === 'policy' && EMPLOYMENT_POLICY.test(text) ? null : (KINDS[k] as Kind);
  return hasArabic(text) ? arabicKindOf(text) : europeanKindOf(text);
}

// Names in the fold the title is read in (foldArabic): a haraka in a name must not keep it from matching.
const AR_KINDS = ARABIC_KIND_NAMES.map(([k, names]) => [k, names.map(foldArabic)] as const);

/** The kind an Arabic title or heading names, most specific first ("اتفاقية مستوى الخدمة" is an SLA). */
function arabicKindOf(text: string): Kind | null {
  const t = foldArabic(text.slice(0, 400));
  for (const [k, names] of AR_KINDS) if (names.some((n) => namedIn(t, n))) return k;
  return null;
}

/**
 * Is the name in the title? A name of one word with its article ("الخصوصيه") must open the title or a part of it: joined
 * to "و" ("الشروط والخصوصية", terms and privacy) it is the second topic of a title that names the first, and after
 * another noun ("مركز تفضيلات الخصوصية", privacy preference centre) it is what that noun is of, as "سياسة الخصوصية"
 * is the policy of privacy.
 */
function namedIn(title: string, name: string): boolean {
  if (name.includes(' ') || !name.startsWith('ال')) return title.includes(name);
  for (let at = title.indexOf(name); at !== -1; at = title.indexOf(name, at + 1)) {
    const before = title.slice(0, at).trimEnd();
    if (before === '' || !/\p{L}$/u.test(before)) return true;
  }
  return false;
}

/** Does a title or heading say it is about legal documents rather than one ("What is an SLA?", "Pricing")? */
/** A question that names the document it stands in as "these terms" or "this agreement". */
export const SELF_QUESTION = /\b(?:these|this)\s+(?:terms|agreement|policy|conditions|sla|contract)\b/i;

/**
 * A name of words joined by hyphens into one token that ends in "Policy": an HTTP header or a setting
 * ("Referrer-Policy", "Content-Security-Policy: script-src"), documented, not a policy of a vendor.
 */
const HEADER_NAME = /^\s*(?:[A-Z][a-z]+-)+Policy(?:-Report-Only)?(?:\s*$|\s*:|\s+(?:header|directive|HTTP)\b)/;

export function deniesLegal(text: string): boolean {
  // "?", and the Arabic "؟": a title that asks is about such documents, unless it asks about "these terms", "this
  // agreement": then it is the document's own first section ("Who do these terms apply to?").
  if (text.includes('?') || text.includes('؟')) return !SELF_QUESTION.test(text);
  if (HEADER_NAME.test(text) || spellsOutAcronym(text) || EXPLAINER_OPENING.test(text) || TRACKER_ITEM.test(text))
    return true;
  const parts = splitWords(text.toLowerCase());
  for (let i = 0; i < parts.length; i += 2) {
    const w = parts[i] as string;
    if (matchAt(parts, i, NOT_LEGAL_TABLE.get(w)) > 0 || toolForKind(parts, i) || kindThenTool(parts, i)) return true;
    for (let k = 0; k < TITLE_NOT_LEGAL_STEMS.length; k++)
      if (stemMatches(w, TITLE_NOT_LEGAL_STEMS[k] as Stem)) return true;
  }
  if (hasArabic(text)) {
    const folded = foldArabic(text.slice(0, 400));
    if (AR_NOT_LEGAL.some((n) => folded.includes(n)) || actionOnKind(folded)) return true;
  }
  return europeanDeniesLegal(text);
}
const AR_NOT_LEGAL = ARABIC_TITLE_NOT_LEGAL.map(foldArabic);
const AR_ACTIONS = new Set(ARABIC_ACTIONS_ON_DOCUMENT.map(foldArabic));

/** Is a kind's name right after a verbal noun of making it ("رفع سياسة الخصوصية"), with its article or "ل" on it? */
function actionOnKind(folded: string): boolean {
  for (const [, names] of AR_KINDS) {
    for (const name of names) {
      for (let at = folded.indexOf(name); at !== -1; at = folded.indexOf(name, at + 1)) {
        const word = /(\S+)\s+$/.exec(folded.slice(Math.max(0, at - 20), at))?.[1] ?? '';
        if (AR_ACTIONS.has(word.replace(/^(?:و|ب)?(?:ال|ل)?/, '')) || AR_ACTIONS.has(word)) return true;
      }
    }
  }
  return false;
}

/**
 * "SLA (Service Level Agreement)", "GDPR (General Data Protection Regulation)": a title that is an abbreviation and its
 * spelled-out words heads a glossary entry or an explainer. A document names itself the other way round ("Service Level
 * Agreement (SLA)") or by its words alone.
 */
function spellsOutAcronym(text: string): boolean {
  const m = ACRONYM_SPELLED.exec(text);
  if (!m) return false;
  const initials = (m[2] as string)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials === m[1];
}
const ACRONYM_SPELLED = /^[^\p{L}]*(\p{Lu}{2,6})s?\s*\(([^()]{5,80})\)\s*$/u;

/**
 * "Issue #7: Backup Retention Period Unclear", "Bug #212 – Privacy Policy link broken", "PR #48": an item of a
 * tracker, filed about a document (a review, a fix to its wording), not the document.
 */
const TRACKER_ITEM = /^[^\p{L}]*(?:issue|bug|ticket|task|story|pr|pull\s+request)\s?#\s?\d+/iu;

/** "Understanding SLA, SLO and SLI", "Demystifying DPAs": a title that opens by explaining its subject. */
const EXPLAINER_OPENING = /^[^\p{L}]*(?:understanding|demystifying|decoding)\s/iu;

/**
 * The lowest index of `table` named by the path's words, where words are separated by
 * "/", "_", "." or "-" and a name may span words joined by "-"; -1 when none.
 */
function urlWords(path: string, table: UrlTable): number {
  const parts = path.split(/([/_.-])/);
  let best = -1;
  for (let i = 0; i < parts.length; i += 2) {
    let name = parts[i] as string;
    let key = name;
    for (let j = i; ; ) {
      const e = table.get(key);
      if (e !== undefined && (best < 0 || e[0] < best) && dropsHyphens(e[1], name)) best = e[0];
      if (parts[j + 1] !== '-' || j - i >= 6) break;
      j += 2;
      name = `${name}-${parts[j]}`;
      key += parts[j];
    }
  }
  return best;
}

/** Is `name` `full` with some of its "-" left out ("termsof-service" of "terms-of-service")? */
function dropsHyphens(full: string, name: string): boolean {
  let k = 0;
  for (let f = 0; f < full.length; f++) {
    if (name[k] === full[f]) k++;
    else if (full[f] !== '-') return false;
  }
  return k === name.length;
}

export function kindOfUrl(url: string): Kind | null {
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash >= 0 ? url.slice(slash) : '';
  }
  path = path.slice(0, 300).toLowerCase();
  const q = path.indexOf('?');
  const h = path.indexOf('#');
  if (q >= 0 || h >= 0) path = path.slice(0, q < 0 ? h : h < 0 ? q : Math.min(q, h));
  if (path === '' || path === '/') return null;
  const k = urlWords(path, URL_KIND_TABLE);
  return k < 0 ? null : (KINDS[k] as Kind);
}

export function urlLooksLegal(url: string): boolean {
  const scheme = url.indexOf('://');
  const slash = scheme >= 0 ? url.indexOf('/', scheme + 3) : 0;
  return slash >= 0 && urlWords(url.slice(slash, slash + 300).toLowerCase(), URL_LEGAL_TABLE) >= 0;
}
