import type { Doc, Sentence, Span } from './doc';
import { isSpace } from './normalize';

/*
 * Hard-wrapped text (PDF and e-mail dumps, CUAD filings) puts a line break, and so a segment
 * break, inside a sentence: "IN NO EVENT SHALL ACME BE LIABLE FOR ANY INDIRECT, SPECIAL OR" /
 * "CONSEQUENTIAL DAMAGES…". A segment "runs on" when it is long enough to be a wrapped line (a
 * heading is short) and ends without closing punctuation. Bounded: a few segments, a few hundred
 * characters, so the cost per sentence is constant.
 */

const MIN_LINE = 40;
/**
 * The text ends in a letter, digit, comma or closing bracket, trailing white space aside: what
 * /[A-Za-z0-9,)\]]\s*$/ tests, read from the end (that pattern tries every position of the text).
 * Character codes rather than a one-character regex: it runs for every segment of every field, and V8 compiles
 * a regex for text of another script anew, without its optimizations once a process has compiled much regex code.
 */
export function endsOpen(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 44 || c === 41 || c === 93;
}

/**
 * An option left unticked on a form or template ("☐ KSA — governed by the laws of Saudi Arabia; ☐ UAE — …"): a
 * choice the document offers, not one it makes. A ticked box ("☒", "☑", "✓") is the choice.
 */
export function uncheckedOption(text: string): boolean {
  return /^[\s*_>-]{0,4}[\u2610\u25a1\u25fb\u2b1c]/.test(text);
}

/** True when `s` looks like a wrapped line whose sentence continues in the next segment. */
export function runsOn(s: Sentence): boolean {
  return s.text.length >= MIN_LINE && endsOpen(s.text);
}

/**
 * The span of the sentence around segment `index` when it was cut by line wrapping: back over
 * segments that run on into it, forward while it runs on. At most `maxSegments` each way and
 * `maxChars` in all.
 */
export function wrappedSpan(doc: Doc, index: number, maxSegments = 4, maxChars = 900): Span {
  const here = doc.sentences[index] as Sentence;
  let start = here.start;
  let end = here.end;
  for (let k = index - 1, n = 0; k >= 0 && n < maxSegments; k--, n++) {
    const prev = doc.sentences[k] as Sentence;
    if (!runsOn(prev) || end - prev.start > maxChars || opensSection(doc, prev, doc.sentences[k + 1] as Sentence))
      break;
    start = prev.start;
  }
  for (let k = index, n = 0; k + 1 < doc.sentences.length && n < maxSegments; k++, n++) {
    const cur = doc.sentences[k] as Sentence;
    const next = doc.sentences[k + 1] as Sentence;
    if (!runsOn(cur) || next.end - start > maxChars || opensSection(doc, cur, next)) break;
    end = next.end;
  }
  return { start, end };
}

/**
 * Does `next` open a clause of its own rather than carry on `cur`'s sentence? A numbered heading ("10. Legal Effect"
 * after "- governed by the laws of Minnesota") starts a new section whatever the line before it lacks. (Not any heading:
 * a hard-wrapped line in capitals may have been taken for one.)
 */
function opensSection(doc: Doc, cur: Sentence, next: Sentence): boolean {
  if (next.block === cur.block) return false;
  // "23.1.3. conducted by a mediator …; and" / "23.1.4. conducted within thirty (30) days …": an item of a list that
  // ends on "; and" is whole; the next, led by its own number, is another.
  if (nextItemBegins(cur.text, next.text)) return true;
  return doc.blocks[next.block]?.kind === 'heading' && NUMBERED_HEADING.test(next.text);
}
/** "10. Legal Effect", "9.2 Fees": a section's number has a dot (a wrapped line may open on "30 DAYS …"). */
const NUMBERED_HEADING = /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+\p{Lu}|^\d{1,2}\.\s+\p{Lu}/u;

/**
 * Does a list item end with `line` ("…; and", "…; or") and the next begin with `next`, led by its own number ("23.1.4.",
 * "(b)", "iii)")? Then they are two items, not one wrapped sentence (the text reader asks it of lines too).
 */
export function nextItemBegins(line: string, next: string): boolean {
  return ITEM_END.test(line) && ITEM_START.test(next);
}
const ITEM_END = /;\s*(?:and|or)\s*$/i;
const ITEM_START = /^\(?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]|[ivx]{1,4})[.)]\s/;

/** Segment `index` as a sentence, widened to its wrapped lines when it is one of them. */
export function wrappedSentence(doc: Doc, index: number): Sentence {
  const s = doc.sentences[index] as Sentence;
  const prev = index > 0 ? (doc.sentences[index - 1] as Sentence) : null;
  if (!runsOn(s) && !(prev && runsOn(prev))) return s;
  const span = wrappedSpan(doc, index);
  if (span.start === s.start && span.end === s.end) return s;
  return { ...s, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}
