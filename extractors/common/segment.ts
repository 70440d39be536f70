import type { Doc, Sentence } from './doc';

// Words after which a period does not end a sentence ("Inc.", "e.g.", "Sec. 4").
const ABBREVIATIONS = new Set([
  'inc',
  'ltd',
  'llc',
  'llp',
  'co',
  'corp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'bv',
  'pty',
  'pvt',
  'smc',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'v',
  'cf',
  'al',
  'viz',
  'no',
  'nos',
  'sec',
  'secs',
  'art',
  'arts',
  'para',
  'p',
  'pp',
  'cl',
  'ch',
  'vol',
  'fig',
  'approx',
  // Currencies written with a period before the figure: "Rs. 500,000", "Dhs. 1,000".
  'rs',
  'dhs',
  'min',
  'max',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'u.s',
  'u.k',
  'u.s.a',
  'e.u',
  'n.a',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Longer sentences are cut at a space so that per-sentence work stays bounded. */
export const MAX_SENTENCE_LENGTH = 3000;
/** Heading text kept per sentence: real headings are a few words; a longer one is cut (see Sentence.heading). */
export const MAX_HEADING_CHARS = 300;
/** A "heading" longer than this is prose set in a heading element: it is split into sentences like a paragraph. */
export const MAX_HEADING_BLOCK = 600;

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n';
}

/** Upper-case letter, digit, opening quote/bracket, or any non-Latin letter (`c` a code unit, NaN past the end). */
function isSentenceStart(c: number): boolean {
  return (
    (c >= 65 && c <= 90) || // A-Z
    (c >= 48 && c <= 57) || // 0-9
    c === 0x22 || // "
    c === 0x201c || // “
    c === 0x2018 || // ‘
    c === 0x27 || // '
    c === 0x28 || // (
    c === 0x5b || // [
    (c >= 0xc0 && c <= 0x24f) ||
    c >= 0x370
  );
}

/** Closing quotes and brackets allowed after a terminator: " ” ’ ' ) ]. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

/**
 * Splits each block into sentences. A table row or heading is one sentence. Inside a
 * paragraph, a sentence ends at . ! or ? followed by a space and a capital, unless the
 * period closes a known abbreviation or a single initial. Linear in the text length.
 */
export function splitSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = [];
  const { text } = doc;
  // Blocks under the same heading share one string, cut once: per-sentence work on it stays bounded.
  let headingIndex = -1;
  let headingCut: string | null = null;
  doc.blocks.forEach((block, blockIndex) => {
    const headingBlock = block.heading >= 0 && block.heading !== blockIndex ? block.heading : -1;
    if (headingBlock !== headingIndex) {
      headingIndex = headingBlock;
      headingCut = headingBlock >= 0 ? headingText(doc, headingBlock) : null;
    }
    const heading = headingCut;
    const push = (s: number, e: number) => {
      // Trim spaces.
      while (s < e && isSpace(text[s])) s++;
      while (e > s && isSpace(text[e - 1])) e--;
      if (e <= s) return;
      for (let cut = s; cut < e; ) {
        let stop = Math.min(e, cut + MAX_SENTENCE_LENGTH);
        if (stop < e) {
          // The last space in (cut, stop], looked for in that window only: lastIndexOf(' ', stop) would run back
          // to the start of the text through a run without spaces, once per cut (quadratic).
          let space = stop;
          while (space > cut && text[space] !== ' ') space--;
          if (space > cut) stop = space;
        }
        let a = cut;
        while (a < stop && isSpace(text[a])) a++;
        if (stop > a)
          out.push({ start: a, end: stop, text: text.slice(a, stop), block: blockIndex, heading, headingBlock });
        cut = stop;
      }
    };
    if (block.kind === 'table-row' || (block.kind === 'heading' && block.end - block.start <= MAX_HEADING_BLOCK)) {
      push(block.start, block.end);
      return;
    }
    let sentenceStart = block.start;
    // Character codes, not one-character strings: this loop reads every character of the document.
    for (let i = block.start; i < block.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
      // Allow closing quotes/brackets after the terminator: `said.” Next`.
      let j = i + 1;
      while (j < block.end && isCloser(text.charCodeAt(j))) j++;
      if (j >= block.end) continue;
      const after = text.charCodeAt(j);
      if (after !== 32 && after !== 10) continue;
      if (!isSentenceStart(text.charCodeAt(j + 1))) continue;
      if (c === 46 && endsWithAbbreviation(text, sentenceStart, i)) continue;
      // Enumerators at the start of a block ("1.", "4.2.", "(a).") do not end anything.
      if (
        c === 46 &&
        i - sentenceStart <= 8 &&
        /^[\s(]*[0-9a-zA-Z]{1,3}(?:\.[0-9]{1,3})*\)?$/.test(text.slice(sentenceStart, i))
      )
        continue;
      push(sentenceStart, j);
      sentenceStart = j + 1;
      i = j;
    }
    push(sentenceStart, block.end);
  });
  return out;
}

function headingText(doc: Doc, index: number): string {
  const b = doc.blocks[index];
  return b ? doc.text.slice(b.start, Math.min(b.end, b.start + MAX_HEADING_CHARS)) : '';
}

/** Does the word ending at `dot` (exclusive) look like an abbreviation? */
function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let k = dot;
  // Walk back over the word (letters and inner periods), at most 12 characters.
  while (k > from && dot - k < 12 && /[A-Za-z.]/.test(text[k - 1] as string)) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (word === '') return false;
  if (word.length === 1) return true; // an initial: "J. Smith", "(a). "
  return ABBREVIATIONS.has(word);
}

// ---------------------------------------------------------------------------
// Sentence context: the list lead-in and the previous sentence of the same section,
// computed once per document (three extractors used to walk back on their own).

/** The farthest a list item may sit from its lead-in (in sentences). */
export const MAX_LEAD_IN_DISTANCE = 10;

const LEAD_INS = new WeakMap<Doc, Int32Array>();
/** A list item that continues the list: ends in ";" or "," or "and"/"or". */
const CONTINUES = /(?:[;,]|\bor|\band)$/i;

function sameSection(doc: Doc, a: Sentence, b: Sentence): boolean {
  // Compare heading block indexes, not heading strings (a long heading would make that costly).
  return doc.blocks[a.block]?.heading === doc.blocks[b.block]?.heading;
}

/**
 * "… shall Licensor be liable for (i) any amounts …, or" / "(ii) any indirect … damages": the first item sits in the
 * lead-in's own sentence and the second starts a line of its own. The sentence holding "(i)" and ending open is the
 * lead-in of the one starting "(ii)" (and of the items after it, as for any list).
 */
function secondItemAfterFirst(prev: string, own: string, prevTail: string): boolean {
  const second = SECOND_ITEM.exec(own);
  if (!second || !CONTINUES.test(prevTail)) return false;
  const first = FIRST_OF[(second[1] as string).toLowerCase()] as string;
  // Inside the sentence, not opening it: a sentence that starts "(i)" is the first item of a list of its own.
  const at = Math.max(prev.indexOf(`(${first})`), prev.indexOf(`(${first.toUpperCase()})`));
  return at > 0;
}
const SECOND_ITEM = /^\((ii|b|2)\)\s/i;
const FIRST_OF: Record<string, string> = { ii: 'i', b: 'a', '2': '1' };

/** For each sentence, the index of its lead-in sentence, or -1. One pass, memoized per Doc. */
function leadInIndexes(doc: Doc): Int32Array {
  const cached = LEAD_INS.get(doc);
  if (cached) return cached;
  const n = doc.sentences.length;
  const out = new Int32Array(n).fill(-1);
  for (let i = 1; i < n; i++) {
    const own = doc.sentences[i] as Sentence;
    const prev = doc.sentences[i - 1] as Sentence;
    if (!sameSection(doc, own, prev)) continue;
    const tail = prev.text.slice(-8).trimEnd();
    // Items of one list continue it even without punctuation (Markdown and HTML lists rarely have any).
    const listItems = doc.blocks[prev.block]?.kind === 'list-item' && doc.blocks[own.block]?.kind === 'list-item';
    if (tail.endsWith(':') || ((out[i - 1] as number) < 0 && secondItemAfterFirst(prev.text, own.text, tail)))
      out[i] = i - 1;
    else if (
      (CONTINUES.test(tail) || listItems) &&
      (out[i - 1] as number) >= 0 &&
      i - (out[i - 1] as number) <= MAX_LEAD_IN_DISTANCE
    )
      out[i] = out[i - 1] as number;
  }
  LEAD_INS.set(doc, out);
  return out;
}

/**
 * The lead-in of the list a sentence belongs to ("… a Service Credit equal to:"): the nearest
 * earlier sentence of the same section ending in ":", reached across items ending in ";", ","
 * or "and"/"or" (or any item of the same list), at most `lookBack` sentences back. Null when there is none.
 */
export function leadInOf(doc: Doc, index: number, lookBack = 8): Sentence | null {
  const lead = leadInIndexes(doc)[index] ?? -1;
  if (lead < 0 || index - lead > Math.min(lookBack, MAX_LEAD_IN_DISTANCE)) return null;
  return doc.sentences[lead] ?? null;
}

/** The sentence before, when it belongs to the same section (the heading itself is not one); null otherwise. */
export function previousInSection(doc: Doc, index: number): Sentence | null {
  const own = doc.sentences[index];
  const prev = doc.sentences[index - 1];
  if (!own || !prev || doc.blocks[prev.block]?.kind === 'heading') return null;
  return sameSection(doc, own, prev) ? prev : null;
}

/** One case-insensitive search for any of a word list, compiled once per list. */
const WORDS_SEARCH = new WeakMap<readonly string[], RegExp>();
function wordsSearch(words: readonly string[]): RegExp {
  let re = WORDS_SEARCH.get(words);
  if (re === undefined) {
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
    WORDS_SEARCH.set(words, re);
  }
  return re;
}

/**
 * The sentences whose text holds one of `words` (lowercase literals, matched in any case), in document order: one
 * search over the document's text for all the words, instead of a regex run on every sentence. A superset for a
 * pre-check: a regex that needs one of these words still decides on each sentence returned. (A rule's regex is
 * often compiled without V8's search optimizations, once the process has compiled much regex code, so scanning
 * every sentence with it costs several times more. The search takes no lowercased copy of the text: for a long
 * text with Arabic in it, the copy cost more than the search it served.)
 */
export function sentencesHolding(doc: Doc, words: readonly string[]): Sentence[] {
  const { sentences, text } = doc;
  const re = wordsSearch(words);
  const hit = new Uint8Array(sentences.length);
  let k = 0; // sentences are in text order: the one holding each hit is found by walking forward
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') break; // no words: nothing holds one
    const end = m.index + m[0].length;
    while (k < sentences.length && (sentences[k] as Sentence).end < end) k++;
    if (k === sentences.length) break;
    if ((sentences[k] as Sentence).start <= m.index) hit[k] = 1;
    else re.lastIndex = m.index + 1; // a match across two sentences: look again inside it for a word of the next
  }
  return sentences.filter((_, i) => hit[i] === 1);
}

/** The last index `i` below `count` whose `startOf(i)` is at or before `at` (0 when none is): starts ascend. */
export function lastStartAtOrBefore(count: number, startOf: (i: number) => number, at: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the heading block the text at offset `at` sits under, -1 if none. */
export function headingBlockAt(doc: Doc, at: number): number {
  const i = lastStartAtOrBefore(doc.blocks.length, (k) => doc.blocks[k]?.start ?? 0, at);
  return doc.blocks[i]?.heading ?? -1;
}

/** What a plan is called: PLAN_COLUMN (a table's first column) and support.ts's PLAN_WORD (beside a figure). */
export const PLAN_NOUN = '(?:plans?|tiers?|editions?|packages?|subscriptions?)';
/** A table's first column whose rows are plans: "Plan", "Service Tier", "Package", "Edition", "Subscription". */
export const PLAN_COLUMN = new RegExp(`^(?:(?:service|support|subscription|pricing)\\s+)?${PLAN_NOUN}$`, 'i');

/**
 * Values stated section by section under plan headings ("### Premium … 4 hours", "### Enterprise … 1 hour"): when
 * two or more plans' sections state different values, every item in them depends on the plan (README-sla S7) and
 * all are returned; otherwise none. `planSectionOf` gives an item's heading block when that heading names a plan,
 * -1 otherwise (what names a plan is the field's own reading).
 */
export function differingPlanSections<T>(
  items: readonly T[],
  planSectionOf: (item: T) => number,
  valueAt: (item: T) => string | number,
): T[] {
  const bySection = new Map<number, T[]>();
  for (const item of items) {
    const section = planSectionOf(item);
    if (section < 0) continue;
    const list = bySection.get(section) ?? [];
    list.push(item);
    bySection.set(section, list);
  }
  if (bySection.size < 2) return [];
  const all = [...bySection.values()].flat();
  return new Set(all.map(valueAt)).size > 1 ? all : [];
}
