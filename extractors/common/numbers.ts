import nlp from 'compromise';

// Number words, longest first so "seventeen" wins over "seven" in the alternation.
const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['hundred', 'thousand', 'million'];
const ALL_WORDS = [...UNITS, ...TENS, ...SCALES].sort((a, b) => b.length - a.length);

const WORD = `(?:${ALL_WORDS.join('|')})`;
/** Up to six number words joined by spaces, hyphens or "and": "two hundred and fifty". */
export const NUMBER_WORDS_SOURCE = `${WORD}(?:(?:[ -]|\\s(?:and\\s)?)${WORD}){0,5}`;
/** A figure: 30, 1,000, 99.95, 10.000 (European thousands) — digits bounded. */
export const FIGURE_SOURCE = `\\d{1,3}(?:[,.]\\d{3}){1,4}(?![\\d])|\\d{1,9}(?:\\.\\d{1,4})?`;
/**
 * A number as contracts write it: "30", "thirty", "thirty (30)", "one (1)", "(30)".
 * Word forms are case-insensitive at the call site (use the `i` flag).
 */
export const NUMBER_SOURCE = `(?:(?:${NUMBER_WORDS_SOURCE})(?:\\s?\\(\\s?(?:${FIGURE_SOURCE})\\s?\\))?|${FIGURE_SOURCE})`;

const SIMPLE_WORDS = new Map<string, number>();
for (const [i, w] of UNITS.entries()) SIMPLE_WORDS.set(w, i);
for (const [i, w] of TENS.entries()) SIMPLE_WORDS.set(w, (i + 2) * 10);

// compromise turns arbitrary number phrases into values; it costs ~1-2 ms a call, so
// results are cached (a document repeats the same few phrases).
const wordCache = new Map<string, number | null>();
/** Milliseconds spent inside compromise since start-up (the bench reports its share). */
export const compromiseStats = { calls: 0, ms: 0 };

/** "twenty-four" → 24; "two hundred and fifty" → 250; anything else → null. */
export function parseNumberWords(words: string): number | null {
  const key = words.toLowerCase().trim().replace(/\s+/g, ' ');
  const simple = SIMPLE_WORDS.get(key);
  if (simple !== undefined) return simple;
  // Tens-units compounds without a scale word are simple sums ("twenty-four").
  const parts = key.split(/[ -]/);
  if (parts.length === 2 && TENS.includes(parts[0] as string) && UNITS.indexOf(parts[1] as string) > 0) {
    return (SIMPLE_WORDS.get(parts[0] as string) as number) + (SIMPLE_WORDS.get(parts[1] as string) as number);
  }
  if (wordCache.has(key)) return wordCache.get(key) as number | null;
  const t0 = performance.now();
  const values = nlp(key).numbers().get() as number[];
  compromiseStats.calls++;
  compromiseStats.ms += performance.now() - t0;
  const value = values.length === 1 && Number.isFinite(values[0]) ? (values[0] as number) : null;
  wordCache.set(key, value);
  return value;
}

/**
 * Parses a figure. "10,000" and "10.000" with three-digit groups are thousands;
 * "99.95" is a decimal. Returns null for anything else.
 */
export function parseFigure(figure: string): number | null {
  const s = figure.trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/**
 * The value of a NUMBER_SOURCE match. When a figure is written in parentheses after the
 * words ("thirty (30)") the figure is what the parties signed, so it wins; compromise
 * would otherwise add the two (toolchain-notes: "thirty (30)" → 60).
 */
export function parseNumber(text: string): number | null {
  const paren = /\(\s?([\d.,]{1,20})\s?\)/.exec(text);
  if (paren) return parseFigure(paren[1] as string);
  const trimmed = text.trim();
  if (/^\d/.test(trimmed)) return parseFigure(trimmed);
  return parseNumberWords(trimmed);
}

/** Empties the number-phrase cache (the bench measures compromise's cold cost with it). */
export function clearNumberCache(): void {
  wordCache.clear();
}
