import type { Block, Doc, RawBlock, Span } from './doc';
import { splitSentences } from './segment';

// Any run of whitespace (including NBSP, zero-width and line/paragraph separators)
// becomes one space. One linear character class: safe on any input.
const WHITESPACE_RUN = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;
// Control characters other than whitespace say nothing and break JSON consumers.
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

export function collapseWhitespace(text: string): string {
  // Most blocks are already clean (single spaces between words): one look at each character instead of two
  // regex replacements that rebuild the string.
  if (isCollapsed(text)) return text;
  return text.replace(CONTROL_CHARS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** True when collapsing would change nothing: no control character, no whitespace but single inner spaces. */
function isCollapsed(text: string): boolean {
  let previousSpace = true; // a leading space is trimmed
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
      continue;
    }
    // Control characters (removed) and every other character of WHITESPACE_RUN.
    // WHITESPACE_RUN is \s plus the zero-width space; above the no-break space none is below U+1680, so the letters
    // of most scripts (Arabic among them) are passed with two comparisons.
    if (c < 32 || c === 0x7f || (c >= 0xa0 && (c === 0xa0 || c >= 0x1680) && (c === 0x200b || isSpace(c))))
      return false;
    previousSpace = false;
  }
  return !previousSpace || text.length === 0;
}

/** JavaScript's \s, one code unit at a time (the detector's word walks use it too). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export interface DocMeta {
  title?: string | null;
  url?: string | null;
  siteName?: string | null;
  titleIsFirstHeading?: boolean;
}

/**
 * Every run of whitespace as one space (`keepNewlines`: runs of whitespace other than "\n", the newlines kept), as
 * `s.replace(/\s+/g, ' ')` or `/[^\S\n]+/g` would; a text with no run to change comes back as it is. Written out
 * for the Arabic readers: V8 compiles a regex without its search optimizations once a process has compiled much
 * regex code, and a regex first run on Arabic text after English documents is compiled then (several times slower).
 */
export function collapseSpaceRuns(s: string, keepNewlines = false): string {
  // 1 for whitespace, 2 for a newline kept: one load per character.
  const table = keepNewlines ? SPACE_KEEP_NEWLINE : SPACE;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (table[s.charCodeAt(i)] !== 1) continue;
    let j = i + 1;
    while (j < s.length && table[s.charCodeAt(j)] === 1) j++;
    if (j - i > 1 || s.charCodeAt(i) !== 32) {
      out += `${s.slice(from, i)} `;
      from = j;
    }
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

const SPACE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) if (isSpace(c)) SPACE[c] = 1;
const SPACE_KEEP_NEWLINE = SPACE.slice();
SPACE_KEEP_NEWLINE[10] = 2;

/** Joins raw blocks into normalized text, keeping where each block and table cell sits. */
/**
 * A text's first heading is its title when it opens the text: after a date line or a short preamble at most. One that
 * comes pages in ("Signature Page", "Exhibit B-1", "License Grant" after the opening paragraphs) heads a part of it,
 * and calling the document by it would mislabel the card. On the corpus and probe texts, the first headings within
 * 400 characters of the start name the document; past 500, all but source files' titles below their code head a part.
 */
const TITLE_LEAD_CHARS = 500;
/** "1. Definitions", "2.1 Scope", "1 EXHIBIT 10.4": a numbered heading heads a section (or a page), not the document. */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s/;

export function buildDoc(raw: RawBlock[], meta: DocMeta = {}): Doc {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let lastHeading = -1;
  for (const rb of raw) {
    let text: string;
    let cells: Span[] | null = null;
    if (rb.kind === 'table-row' && rb.cells) {
      const cellTexts = rb.cells.map(collapseWhitespace);
      // Drop trailing empty cells ("a | b |" in pasted tables) but keep inner ones.
      while (cellTexts.length > 0 && cellTexts[cellTexts.length - 1] === '') cellTexts.pop();
      if (cellTexts.length === 0) continue;
      cells = [];
      let pos = offset;
      for (let i = 0; i < cellTexts.length; i++) {
        if (i > 0) pos += 3; // " | "
        const cell = cellTexts[i] as string;
        cells.push({ start: pos, end: pos + cell.length });
        pos += cell.length;
      }
      text = cellTexts.join(' | ');
    } else {
      text = collapseWhitespace(rb.text);
    }
    if (text === '') continue;
    if (parts.length > 0) offset += 1; // the "\n" between blocks
    if (cells && parts.length > 0) cells = cells.map((c) => ({ start: c.start + 1, end: c.end + 1 }));
    const index = blocks.length;
    if (rb.kind === 'heading') lastHeading = index;
    blocks.push({
      kind: rb.kind,
      level: rb.kind === 'heading' ? (rb.level ?? 2) : null,
      start: offset,
      end: offset + text.length,
      cells,
      heading: lastHeading,
    });
    parts.push(text);
    offset += text.length;
  }
  const text = parts.join('\n');
  const firstHeading = blocks.find((b) => b.kind === 'heading');
  const title = meta.title
    ? collapseWhitespace(meta.title)
    : firstHeading && firstHeading.start <= TITLE_LEAD_CHARS && !SECTION_NUMBER.test(text.slice(firstHeading.start))
      ? text.slice(firstHeading.start, firstHeading.end)
      : null;
  const doc: Doc = {
    text,
    blocks,
    sentences: [],
    title: title || null,
    url: meta.url ?? null,
    siteName: meta.siteName ?? null,
    ...(meta.titleIsFirstHeading ? { titleIsFirstHeading: true } : {}),
  };
  doc.sentences = splitSentences(doc);
  return doc;
}
