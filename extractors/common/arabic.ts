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

const FOLD: Record<string, string> = {
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0629': '\u0647',
  '\u0649': '\u064a',
  '\u06a9': '\u0643',
  '\u06cc': '\u064a',
  '\u060c': ',',
  '\u066c': ',',
  '\u066b': '.',
  '\u061b': ';',
  '\u066a': '%',
  '\u061f': '?',
};

// One character class, linear on any input.
const FOLDABLE =
  /[\u060c\u061b\u061f\u066a-\u066c\u0622\u0623\u0625\u0629\u0649\u0671\u06a9\u06cc\u0660-\u0669\u06f0-\u06f9\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u061c\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return FOLD[c] ?? NEUTRAL;
}

/** Same-length matching form of `text` (see the header for what folds). */
export function arabicMatchForm(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/** True when the text holds any Arabic letter (cheap pre-check before Arabic rules). */
export function hasArabic(text: string): boolean {
  return /[\u0621-\u064a]/.test(text);
}

export interface CompactArabic {
  /** Matching form with every NEUTRAL dropped: words split by marks rejoin. */
  text: string;
  /** For each index of `text` (and one past its end), the index in the original. */
  map: number[];
}

/** Matching form without NEUTRAL chars, with a map back to original offsets. */
export function compactArabic(original: string): CompactArabic {
  const folded = arabicMatchForm(original);
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    if (c === NEUTRAL) continue;
    out.push(c);
    map.push(i);
  }
  map.push(folded.length);
  return { text: out.join(''), map };
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

/**
 * A regex that finds any of `words` (written in the matching form) in RAW text: each letter also
 * matches its unfolded variants, and marks (tatweel, harakat, bidi controls) may sit between
 * letters. For cheap pre-checks that skip `compactArabic` on text that cannot match.
 */
export function arabicLoose(words: readonly string[], flags = 'u'): RegExp {
  const mark = '[\\u0640\\u064b-\\u065f\\u0670\\u200c-\\u200f]{0,3}';
  const one = (w: string) => [...w].map((c) => (c === ' ' ? '\\s{1,3}' : (LOOSE_LETTER[c] ?? c))).join(mark);
  return new RegExp(words.map(one).join('|'), flags);
}
