import { findArabicPercents, foldDigits, hasArabicDigits } from './arabic-numbers';
import { NUMBER_WORDS_SOURCE, parseNumberWords } from './numbers';

export interface PercentMatch {
  value: number;
  start: number;
  end: number;
  text: string;
}

// "99.95%", "99.95 %", "99,95 %" (decimal comma), "99.9 percent", "10 per cent".
const FIGURE_PERCENT = /(?<![\d.,])(\d{1,3}(?:[.,]\d{1,4})?)\s?(?:%|percent\b|per\s?cent\b|pct\b)/gi;
// "ten percent", "one hundred percent" (a figure in parentheses after it is matched above).
const WORDS_PERCENT = new RegExp(`\\b(${NUMBER_WORDS_SOURCE})\\s(?:percent|per\\s?cent)\\b`, 'gi');

/** Every percentage written in `text`, in order; a word form and its figure count once. */
export function findPercents(input: string): PercentMatch[] {
  // Arabic-Indic figures and "٪" read as ASCII at the same offsets; quotes come from the input.
  const text = hasArabicDigits(input) ? foldDigits(input) : input;
  const arabic = findArabicPercents(input);
  if (!/%|per\s?cent|pct/i.test(text)) return arabic;
  const out: PercentMatch[] = [];
  FIGURE_PERCENT.lastIndex = 0;
  for (let m = FIGURE_PERCENT.exec(text); m !== null; m = FIGURE_PERCENT.exec(text)) {
    const value = Number((m[1] as string).replace(',', '.'));
    if (Number.isFinite(value) && value <= 100)
      out.push({
        value,
        start: m.index,
        end: m.index + m[0].length,
        text: input.slice(m.index, m.index + m[0].length),
      });
  }
  WORDS_PERCENT.lastIndex = 0;
  for (let m = WORDS_PERCENT.exec(text); m !== null; m = WORDS_PERCENT.exec(text)) {
    const value = parseNumberWords(m[1] as string);
    if (value === null || value > 100) continue;
    const start = m.index;
    const end = start + m[0].length;
    // "ten percent (10%)": keep the figure only.
    const overlapsFigure = out.some((p) => p.start >= start && p.start <= end + 3);
    if (!overlapsFigure) out.push({ value, start, end, text: m[0] });
  }
  for (const a of arabic) if (!out.some((p) => a.start < p.end && p.start < a.end)) out.push(a);
  return out.sort((a, b) => a.start - b.start);
}
