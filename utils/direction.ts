/**
 * Which way a piece of page text runs, for showing it inside the extension's (English, left-to-right) pages.
 *
 * A quote or value taken from an Arabic page must be laid out right to left and tagged `lang="ar"` (screen readers
 * switch voice, the browser picks Arabic shaping and fonts), or its words come out in the wrong order around every
 * comma and bracket. Inside such text, Latin runs (brand names, ISO codes such as "SAR", "SLA", e-mail addresses,
 * "99.9%") are isolated as left-to-right islands (<bdi dir="ltr">) so that their brackets and punctuation stay with
 * them instead of being flipped to the far side by the bidi algorithm.
 *
 * Decided per piece of text from its letters alone (digits and punctuation are neutral); bounded to the first
 * SAMPLE characters so a long clause costs no more than a short one.
 */

export type Direction = 'rtl' | 'ltr';

/** What to put on the element that shows the text: nothing for plain left-to-right text (it inherits the page's). */
export interface DirectionAttrs {
  dir?: Direction;
  lang?: string;
}

/** Letters of the right-to-left scripts: Arabic (with its supplements and presentation forms), Hebrew, Syriac, Thaana, N'Ko. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LETTER = /\p{L}/gu;
/** Fast pre-check: the blocks of the right-to-left scripts. Most values (English, numbers) stop here. */
const ANY_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** How many characters are looked at: enough for a clause's language, bounded for a long one. */
const SAMPLE = 2000;
/** Share of letters in a right-to-left script above which the whole text is laid out right to left. */
const MOSTLY = 0.6;

export interface LetterCounts {
  rtl: number;
  arabic: number;
  other: number;
}

/** Letters by script in the first SAMPLE characters (other: 0 when there is no right-to-left letter at all). */
export function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = { rtl: 0, arabic: 0, other: 0 };
  const sample = text.slice(0, SAMPLE);
  if (!ANY_RTL.test(sample)) return counts;
  for (const [ch] of sample.matchAll(LETTER)) {
    if (RTL_LETTER.test(ch)) {
      counts.rtl++;
      if (ARABIC_LETTER.test(ch)) counts.arabic++;
    } else counts.other++;
  }
  return counts;
}

const FIRST_LETTER = /\p{L}/u;

/** The direction of the text's first letter, as dir="auto" would find it (before any <bdi> is added). */
function firstLetterDirection(text: string): 'rtl' | 'ltr' {
  const first = text.slice(0, SAMPLE).match(FIRST_LETTER)?.[0];
  return first !== undefined && RTL_LETTER.test(first) ? 'rtl' : 'ltr';
}

/**
 * The `dir` and `lang` for one quote of page text:
 * - mostly in a right-to-left script → dir="rtl" (and lang="ar" when mostly Arabic letters);
 * - some right-to-left letters but not mostly → the direction of its first letter, what dir="auto" means. Written
 *   out rather than left to dir="auto": auto skips <bdi> children, so once the Latin runs are isolated it would see
 *   only the Arabic and turn an English sentence with an Arabic name in it right to left;
 * - no right-to-left letter (English, numbers only) → nothing: it inherits the extension page's direction.
 */
export function directionOf(text: string): DirectionAttrs {
  const { rtl, arabic, other } = countLetters(text);
  if (rtl === 0) return {};
  if (rtl / (rtl + other) >= MOSTLY) return arabic * 2 >= rtl ? { dir: 'rtl', lang: 'ar' } : { dir: 'rtl' };
  return { dir: firstLetterDirection(text) };
}

/**
 * The `dir` and `lang` for a value the extension formatted ("Saudi Arabia (المملكة العربية السعودية)", "Courts of
 * Riyadh"): such a string starts in English and must read left to right even when the page's Arabic name inside it is
 * longer. It follows its first letter: an Arabic first letter → as directionOf; a Latin one → dir="ltr" (the Arabic
 * inside stays one right-to-left run).
 */
export function valueDirectionOf(text: string): DirectionAttrs {
  if (countLetters(text).rtl === 0) return {};
  return firstLetterDirection(text) === 'rtl' ? directionOf(text) : { dir: 'ltr' };
}

/** True when the text is laid out right to left (directionOf says rtl). */
export function isRtl(text: string): boolean {
  return directionOf(text).dir === 'rtl';
}

/** A piece of text, and whether it is a left-to-right island to isolate inside right-to-left text. */
export interface BidiSegment {
  text: string;
  ltr: boolean;
}

// A left-to-right island: starts with a Latin letter or an ASCII digit, runs over Latin letters, ASCII digits and the
// punctuation such runs carry ("Rimal-Cloud Pro", "support@x.example", "SAR 1,500", "99.9%", "ISO/IEC 27001"), with
// an optional bracket on either side. Bounded repetition: linear on any input.
const LTR_RUN = /\(?[\p{Script=Latin}0-9](?:[\p{Script=Latin}0-9 .,:;/@&+_%'’#\-()]{0,300}[\p{Script=Latin}0-9%)])?/gu;

/** Drops brackets the run does not balance (a "(" that opens Arabic text, a ")" that closes it). */
function balanced(run: string): string {
  let out = run;
  const count = (s: string, c: string) => s.split(c).length - 1;
  while (out.endsWith(')') && count(out, ')') > count(out, '(')) out = out.slice(0, -1);
  while (out.startsWith('(') && count(out, '(') > count(out, ')')) out = out.slice(1);
  return out.replace(/[\s.,:;]+$/u, '');
}

/**
 * Splits text into right-to-left text and left-to-right islands, in order; joined, the segments are the text again.
 * Text with no right-to-left letter is one segment (nothing to isolate). Mixed text is split too: when its first
 * letter makes it right to left the islands need isolating, and in left-to-right text they are harmless.
 */
export function bidiSegments(text: string): BidiSegment[] {
  if (countLetters(text).rtl === 0) return text === '' ? [] : [{ text, ltr: false }];
  const out: BidiSegment[] = [];
  let at = 0;
  for (const m of text.matchAll(LTR_RUN)) {
    const run = balanced(m[0]);
    if (run === '') continue;
    const start = (m.index ?? 0) + m[0].indexOf(run);
    if (start > at) out.push({ text: text.slice(at, start), ltr: false });
    out.push({ text: run, ltr: true });
    at = start + run.length;
  }
  if (at < text.length) out.push({ text: text.slice(at), ltr: false });
  return out;
}

/**
 * DOM version for code that builds elements by hand (the compare table): sets `dir`/`lang` on `el` (for a formatted
 * `value`, by its first letter) and appends the text, its left-to-right islands wrapped in <bdi dir="ltr">. Text only: nothing is parsed as markup.
 */
export function appendDirectedText(el: HTMLElement, text: string, value = false): void {
  const attrs = value ? valueDirectionOf(text) : directionOf(text);
  if (attrs.dir) el.setAttribute('dir', attrs.dir);
  if (attrs.lang) el.setAttribute('lang', attrs.lang);
  const doc = el.ownerDocument;
  for (const seg of bidiSegments(text)) {
    if (!seg.ltr) {
      el.append(seg.text);
      continue;
    }
    const bdi = doc.createElement('bdi');
    bdi.setAttribute('dir', 'ltr');
    bdi.textContent = seg.text;
    el.append(bdi);
  }
}
