// Arabic matching form. Rules match Arabic wording against a folded copy of the text
// that has EXACTLY the same length as the original, so a match's offsets index the
// original text and quotes stay verbatim. Never emit text from the folded copy.
//
// What folds, and why:
// - alef with hamza/madda/wasla (أ إ آ ٱ) → ا: writers drop or add hamza freely.
// - taa marbuta ة → ه and alef maqsura ى → ي: both are often typed the other way.
// - Persian-keyboard kaf/yeh (ک ی) → Arabic ك ي.
// - Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits → 0-9: one digit pattern.
// - Arabic punctuation → its Latin twin, so one number pattern reads "٩٩٫٩٪" and "1٬000":
//   comma ، and thousands separator ٬ → ",", decimal separator ٫ → ".", semicolon ؛ → ";",
//   percent ٪ → "%", question mark ؟ → "?".
// - tatweel, harakat/Quranic marks and bidi/joiner controls carry no meaning for
//   matching; each becomes NEUTRAL (one char for one char). Use `compactArabic` to
//   match across them and map offsets back.

/** The one character that stands in for dropped marks (tatweel: itself meaningless). */
export const NEUTRAL = '\u0640';

// What each code unit folds to, read by one pass over the text (a regex replace with a callback
// per match cost more than all the English rules on Arabic text): KEEP leaves it, DROP is a mark
// (NEUTRAL in the same-length form, gone in the compact form), anything else is the folded code.
const KEEP = -1;
const DROP = 0;
/** Folding of U+0600–U+06FF; the bidi/joiner controls outside the block are marks (see foldCode). */
const ARABIC_BLOCK = new Int32Array(0x100).fill(KEEP);
for (const c of [0x0622, 0x0623, 0x0625, 0x0671]) ARABIC_BLOCK[c - 0x0600] = 0x0627;
ARABIC_BLOCK[0x0629 - 0x0600] = 0x0647;
ARABIC_BLOCK[0x0649 - 0x0600] = 0x064a;
ARABIC_BLOCK[0x06cc - 0x0600] = 0x064a;
ARABIC_BLOCK[0x06a9 - 0x0600] = 0x0643;
for (const [c, to] of [
  [0x060c, 0x2c], // ، → ,
  [0x066c, 0x2c], // ٬ → ,
  [0x066b, 0x2e], // ٫ → .
  [0x061b, 0x3b], // ؛ → ;
  [0x066a, 0x25], // ٪ → %
  [0x061f, 0x3f], // ؟ → ?
] as const)
  ARABIC_BLOCK[c - 0x0600] = to;
for (let d = 0; d < 10; d++) {
  ARABIC_BLOCK[0x0660 + d - 0x0600] = 0x30 + d;
  ARABIC_BLOCK[0x06f0 + d - 0x0600] = 0x30 + d;
}
for (const [from, to] of [
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06ed], // Quranic marks
  [0x061c, 0x061c], // Arabic letter mark
] as const)
  for (let c = from; c <= to; c++) ARABIC_BLOCK[c - 0x0600] = DROP;

/** KEEP, DROP or the folded code of one UTF-16 code unit. */
function foldCode(c: number): number {
  if (c < 0x0600) return KEEP;
  if (c <= 0x06ff) return ARABIC_BLOCK[c - 0x0600] as number;
  if ((c >= 0x200c && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return DROP;
  return KEEP;
}

/**
 * The last texts folded and what they folded to. Several field readers fold the same sentence (support, sole remedy,
 * uptime, the durations under notices …) and the detector and the vendor reader the same page: each text is folded
 * once per card. Bounded by the characters held (a page of megabytes is not kept twice), emptied when full.
 */
class Recent<V> {
  #map = new Map<string, V>();
  #chars = 0;
  get(key: string): V | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: V): V {
    if (this.#chars + key.length > RECENT_CHARS) {
      this.#map.clear();
      this.#chars = 0;
    }
    if (key.length <= RECENT_CHARS) {
      this.#map.set(key, value);
      this.#chars += key.length;
    }
    return value;
  }
}
const RECENT_CHARS = 1 << 20;
/** Texts shorter than this are folded again rather than looked up (the look-up costs about as much). */
const RECENT_MIN = 24;
const recentCompact = new Recent<string>();
const recentNeutral = new Recent<string>();
const recentCompactArabic = new Recent<Compact>();

/** The folded text, a mark becoming `mark` ('' drops it); the text itself when nothing folds. */
function foldWith(text: string, mark: string): string {
  if (text.length < RECENT_MIN) return foldOnce(text, mark);
  const recent = mark === '' ? recentCompact : mark === NEUTRAL ? recentNeutral : null;
  if (recent === null) return foldOnce(text, mark);
  return recent.get(text) ?? recent.set(text, foldOnce(text, mark));
}

function foldOnce(text: string, mark: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === KEEP) continue;
    out += text.slice(from, i);
    out += f === DROP ? mark : String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Same-length matching form of `text` (see the header for what folds). */
export function arabicMatchForm(text: string): string {
  return foldWith(text, NEUTRAL);
}

/** The compact matching form's text alone (`compactArabic(text).text` without the offset map). */
export function compactArabicText(text: string): string {
  return foldWith(text, '');
}

/**
 * Does the text hold any of these literal words? The same answer as a regex alternation of them, by indexOf: a
 * regex first compiled late in a process (an Arabic page after English ones) is compiled without V8's search
 * optimizations and then tries every alternative at every position (see scripts/bench.ts, arabicRows).
 */
export function includesAny(text: string, words: readonly string[]): boolean {
  // A few words: the engine's own string search, word by word (native code, the same speed however much JavaScript
  // and regex code the process has compiled before; the scan below slows to half speed in a warm process).
  if (words.length <= NATIVE_WORDS) {
    for (const w of words) if (text.includes(w)) return true;
    return false;
  }
  return indexOfAny(text, words) !== -1;
}

/** Up to this many words, includesAny searches for each word natively; more, and the one-pass scan wins. */
const NATIVE_WORDS = 16;

/** Where the first of these words found from `from` on starts, or -1 (one pass, as includesAny). */
export function indexOfAny(text: string, words: readonly string[], from = 0): number {
  const t = literalTable(words);
  if (t.empty) return Math.min(from, text.length);
  // The words are looked for only where a character starts one of them and the next character goes on one of them
  // (Arabic words share first letters: ا, ي, س start a third of the text's letters).
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) - t.min;
    if (c < 0 || c >= t.starting.length) continue;
    const group = t.starting[c];
    if (group === undefined) continue;
    if (group.single) return i;
    const words = group.bySecond.get(text.charCodeAt(i + 1));
    if (words !== undefined) for (const w of words) if (text.startsWith(w, i)) return i;
  }
  return -1;
}
interface LiteralTable {
  min: number;
  /** By first code unit (minus `min`): the words starting with it. */
  starting: (LiteralGroup | undefined)[];
  /** An empty word is in every text. */
  empty: boolean;
}
interface LiteralGroup {
  /** A word of this one character: found wherever the character stands. */
  single: boolean;
  /** The longer words, by their second code unit. */
  bySecond: Map<number, string[]>;
}
const literalTables = new WeakMap<readonly string[], LiteralTable>();
function literalTable(words: readonly string[]): LiteralTable {
  let t = literalTables.get(words);
  if (t) return t;
  const firsts = words.filter((w) => w !== '').map((w) => w.charCodeAt(0));
  const min = Math.min(...firsts);
  const starting: (LiteralGroup | undefined)[] = new Array(firsts.length ? Math.max(...firsts) - min + 1 : 0).fill(
    undefined,
  );
  for (const w of words) {
    if (w === '') continue;
    const k = w.charCodeAt(0) - min;
    const group = starting[k] ?? { single: false, bySecond: new Map<number, string[]>() };
    starting[k] = group;
    if (w.length === 1) group.single = true;
    else group.bySecond.set(w.charCodeAt(1), [...(group.bySecond.get(w.charCodeAt(1)) ?? []), w]);
  }
  t = { min, starting, empty: words.includes('') };
  literalTables.set(words, t);
  return t;
}

/** True when the text holds any Arabic letter (cheap pre-check before Arabic rules). */
export function hasArabic(text: string): boolean {
  // A regex, not a walk: it scans far only on text without Arabic, which English pages give it first, so it is
  // compiled early, with V8's search optimizations (a walk was slower on English text).
  return /[\u0621-\u064a]/.test(text);
}

export interface CompactArabic {
  /** Matching form with every NEUTRAL dropped: words split by marks rejoin. */
  text: string;
  /** For each index of `text` (and one past its end), the index in the original. */
  map: number[];
}

/** The compact form; the offset map is built on first read (many rules only match the text). */
class Compact implements CompactArabic {
  readonly text: string;
  #original: string;
  #map: number[] | null = null;
  constructor(original: string, text: string) {
    this.#original = original;
    this.text = text;
  }
  get map(): number[] {
    if (this.#map === null) {
      const original = this.#original;
      const map: number[] = [];
      for (let i = 0; i < original.length; i++) if (foldCode(original.charCodeAt(i)) !== DROP) map.push(i);
      map.push(original.length);
      this.#map = map;
    }
    return this.#map;
  }
}

/**
 * A regex on RAW text that matches exactly when `compactArabicText(text)` contains one of `words` (written in the
 * compact form): each letter stands for every code unit that folds to it, and marks may sit between letters. Built
 * from the folding table itself, so a pre-check with it skips folding only where the folded test must fail.
 */
export function foldedWordsRegExp(words: readonly string[]): RegExp {
  const variants = new Map<number, string[]>();
  const marks: string[] = [];
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  for (const c of [...Array(0x100).keys()].map((k) => k + 0x0600).concat([0x200c, 0x200d, 0x200e, 0x200f])) {
    const f = foldCode(c);
    if (f === DROP) marks.push(hex(c));
    else if (f !== KEEP) variants.set(f, [...(variants.get(f) ?? []), hex(c)]);
  }
  for (const c of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) marks.push(hex(c));
  const mark = `[${marks.join('')}]*`;
  const letter = (c: number) => {
    // A code unit that folds to something else never stands in the compact text.
    const own = foldCode(c) === KEEP ? [hex(c)] : [];
    const all = [...own, ...(variants.get(c) ?? [])];
    return all.length === 1 ? (all[0] as string) : `[${all.join('')}]`;
  };
  const word = (w: string) => [...w].map((ch) => letter(ch.charCodeAt(0))).join(mark);
  return new RegExp(words.map(word).join('|'));
}

/**
 * Matching form without NEUTRAL chars, with a map back to original offsets. `text`, when given, is
 * `compactArabicText(original)` already computed (a caller that folded first to test the text).
 */
export function compactArabic(original: string, text?: string): CompactArabic {
  if (original.length < RECENT_MIN) return new Compact(original, text ?? compactArabicText(original));
  return (
    recentCompactArabic.get(original) ??
    recentCompactArabic.set(original, new Compact(original, text ?? compactArabicText(original)))
  );
}

/** Maps a [start, end) span of a compact form back to the original text. */
export function originalSpan(c: CompactArabic, start: number, end: number): { start: number; end: number } {
  const s = c.map[start] ?? c.map[c.map.length - 1] ?? 0;
  // End maps past the last kept char, so trailing marks stay outside the quote.
  const last = end > start ? (c.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: last };
}

/**
 * Regex source for Arabic words written with their joined prefixes (matching form): an optional
 * conjunction و/ف, then a preposition ب/ك with or without the article, ل, or ل+article written
 * "لل", then the article ال alone: "القانون", "والقانون", "بالقانون", "للقانون", "لقانون",
 * "كالقانون". `stems` is an alternation source of folded stems without the article. A word
 * boundary (no letter before) is part of the pattern, so "مقانون" does not match.
 */
export function withArabicPrefixes(stems: string): string {
  return `(?<![\\p{L}])(?:[وف])?(?:[بك]?ال|لل|[بلك])?(?:${stems})`;
}

const LOOSE_LETTER: Record<string, string> = {
  '\u0627': '[\u0627\u0623\u0625\u0622\u0671]',
  '\u0647': '[\u0647\u0629]',
  '\u064a': '[\u064a\u0649\u06cc]',
  '\u0643': '[\u0643\u06a9]',
};

/** Arabic letters from common to rare (roughly, by their frequency in prose): for picking a word's rarest letter. */
const LETTERS_BY_FREQUENCY = 'الينمرتوبعهدفكسقحجشصطخزضثذءغظئؤ';

/** What arabicLoose gives: a test of raw text. */
export interface LooseWords {
  test(text: string): boolean;
}

/**
 * A test that finds any of `words` (written in the matching form) in RAW text: each letter also
 * matches its unfolded variants, and marks (tatweel, harakat, bidi controls) may sit between
 * letters. For cheap pre-checks that skip `compactArabic` on text that cannot match.
 *
 * A letter without variants stands in the raw text as it is, so a text lacking the rarest such letter of every
 * word cannot match: that look (indexOf) comes before the regex. It keeps the pre-check cheap whenever it runs:
 * V8 compiles a regex without its search optimizations once a process has compiled much regex code, which is when
 * these are first run if Arabic pages come after English ones.
 */
export function arabicLoose(words: readonly string[]): LooseWords {
  return looseWords(words, LOOSE_LETTER, '[\\u0640\\u064b-\\u065f\\u0670\\u200c-\\u200f]{0,3}', 'u');
}

/**
 * The test arabicLoose gives, for any table of letter variants and any count of marks between letters (`mark`, a
 * quantified class of the marks hasMark finds): `words` joined by `mark`, spaces standing for 1–3 whitespace.
 */
export function looseWords(
  words: readonly string[],
  variants: Readonly<Record<string, string>>,
  mark: string,
  flags: string,
): LooseWords {
  const one = (w: string) => [...w].map((c) => (c === ' ' ? '\\s{1,3}' : (variants[c] ?? c))).join(mark);
  const re = new RegExp(words.map(one).join('|'), flags);
  const rarest = (w: string) => {
    let best = '';
    for (const c of w) {
      if (c === ' ' || variants[c] !== undefined) continue;
      if (best === '' || LETTERS_BY_FREQUENCY.indexOf(c) > LETTERS_BY_FREQUENCY.indexOf(best)) best = c;
    }
    return best;
  };
  const keys = [...new Set(words.map(rarest))];
  // A word of variant letters only has no such letter: the regex alone decides.
  if (keys.includes('')) return re;
  // In text without marks (most text) a word's first letters stand one to a character, so its longest run of
  // letters without variants in its first word stands at a fixed distance from where a match starts: a sticky regex
  // is tried there alone. The whole-text regex (slow when compiled late) only decides on text with marks.
  const anchors = words.map((w) => {
    const head = w.split(' ')[0] as string;
    let run = '';
    let at = 0;
    for (let from = 0, i = 0; i <= head.length; i++) {
      if (i < head.length && variants[head[i] as string] === undefined) continue;
      if (i - from > run.length) [run, at] = [head.slice(from, i), from];
      from = i + 1;
    }
    return { run, at, re: new RegExp(one(w), `${flags}y`) };
  });
  if (anchors.some((a) => a.run === '')) return { test: (text) => keys.some((k) => text.includes(k)) && re.test(text) };
  const anchored = (text: string) => {
    for (const a of anchors)
      for (let i = text.indexOf(a.run, a.at); i !== -1; i = text.indexOf(a.run, i + 1)) {
        a.re.lastIndex = i - a.at;
        if (a.re.test(text)) return true;
      }
    return false;
  };
  return {
    test: (text) => {
      if (!keys.some((k) => text.includes(k))) return false;
      const bare = withoutMarks(text);
      if (bare === text) return anchored(text);
      // With its marks dropped, a text the regex matches still holds the word (only marks stood between its
      // letters): the text without marks rules most texts out, the regex decides on the others.
      return anchored(bare) && re.test(text);
    },
  };
}

/**
 * The text without the marks hasMark finds: the text itself when it holds none. A sentence is tested by a dozen
 * readers' pre-checks, so its form without marks is kept for the texts met last (Recent).
 */
function withoutMarks(text: string): string {
  if (text.length < RECENT_MIN) return hasMark(text) ? dropMarks(text) : text;
  return recentBare.get(text) ?? recentBare.set(text, hasMark(text) ? dropMarks(text) : text);
}
const recentBare = new Recent<string>();

function dropMarks(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x200c && c <= 0x200f))) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Does the text hold a mark arabicLoose lets stand between letters (tatweel, harakat, joiners, direction marks)? */
function hasMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x640 || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x200c && c <= 0x200f)) return true;
  }
  return false;
}
