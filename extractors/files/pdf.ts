// PDF → FileRead with pdfjs-dist (handed in by the caller, never imported here: it must load only when a PDF is read).
//
// pdfjs gives, per page, positioned text items. This module turns them into the blocks every other input gives:
//   items → lines (same baseline) → fragments (a line cut where a wide gap opens: table cells, a second column)
//   → reading order (a two-column page reads its left column, then its right, between full-width lines)
//   → running headers/footers and page numbers dropped (top/bottom lines that repeat across pages, digits masked)
//   → paragraphs (lines joined while the spacing stays that of one paragraph; "liabil-" + "ity" joined)
//   → a paragraph cut by a page break joined back into one sentence
//   → RawBlocks → buildDoc, and pageStarts (where each page begins in doc.text).
// Everything is linear in the number of items, apart from sorting items per page.
import type { RawBlock } from '../common/doc';
import { buildDoc } from '../common/normalize';
import { looksLikeHeading } from '../common/text-input';
import { type FileRead, FileReadError, type PdfjsModule, type ReadOptions } from './types';

/** Larger PDFs are refused before parsing: 50 MB is far beyond any contract (the corpus's largest is under 1 MB). */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
/** A document of more pages is read only up to this page, with a note saying so. */
export const MAX_PDF_PAGES = 2000;

// Unicode format characters (category Cf: bidi overrides, zero-width spaces, soft hyphens, BOM) carry no words.
const FORMAT_CHARS = /\p{Cf}/gu;

interface Item {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  rtl: boolean;
}

/** A run of items on one line with no wide gap inside: a line of one column, or one table cell. */
interface Fragment {
  text: string;
  /** The items it was made of (kept for the table pass, which cuts lines at column gutters instead). */
  items: Item[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** One visual line in reading order: its fragments left to right (one, or several for a table row). */
interface Line {
  frags: Fragment[];
  y: number;
  x0: number;
  x1: number;
  size: number;
  /** The left and right edges of the text column the line sits in (the page's text block, or one of two columns). */
  colX0: number;
  colX1: number;
}

interface PageLines {
  lines: Line[];
  width: number;
}

/** What the text layer of one page gives after layout analysis, before cross-page clean-up. */
export interface PdfReadOptions extends ReadOptions {
  /** Bytes over which the file is refused as 'too-large' (default MAX_PDF_BYTES). */
  maxBytes?: number;
}

const cancelled = () => new FileReadError('cancelled', 'Reading the file was cancelled.');

export async function readPdf(bytes: Uint8Array, pdfjs: PdfjsModule, options: PdfReadOptions): Promise<FileRead> {
  const maxBytes = options.maxBytes ?? MAX_PDF_BYTES;
  if (bytes.length === 0) throw new FileReadError('empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new FileReadError(
      'too-large',
      `This PDF is too large to read (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB).`,
    );
  }
  if (options.signal?.aborted) throw cancelled();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy so the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  const onAbort = () => void task.destroy();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const pages: PageLines[] = [];
  const notes: string[] = [];
  let pdf: Awaited<typeof task.promise>;
  try {
    try {
      pdf = await task.promise;
    } catch (error) {
      if (options.signal?.aborted) throw cancelled();
      throw openError(error);
    }
    const total = pdf.numPages;
    const readable = Math.min(total, MAX_PDF_PAGES);
    if (readable < total) notes.push(`Only the first ${readable} of ${total} pages were read.`);
    let meta: string | null = null;
    try {
      const info = (await pdf.getMetadata()).info as { Title?: unknown } | undefined;
      meta = typeof info?.Title === 'string' ? info.Title.replace(FORMAT_CHARS, '').trim() || null : null;
    } catch {
      meta = null; // metadata is optional
    }
    for (let n = 1; n <= readable; n++) {
      if (options.signal?.aborted) throw cancelled();
      try {
        const page = await pdf.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        pages.push(layoutPage(content.items as unknown[], viewport.width));
        page.cleanup();
      } catch (error) {
        // A cancel destroys the loading task, which rejects whatever pdfjs was doing.
        if (options.signal?.aborted) throw cancelled();
        throw openError(error);
      }
      options.onProgress?.(n, readable);
    }
    const pageCount = total;
    const textPages = pages.filter((p) => p.lines.length > 0).length;
    if (textPages === 0) {
      throw new FileReadError('scanned', 'This PDF has no text to read: it is a scanned image.');
    }
    if (textPages < pages.length) {
      const empty = pages.length - textPages;
      notes.push(
        `${empty} of ${pages.length} pages have no text layer (scanned images or drawings): they were not read.`,
      );
    }
    const { blocks, pageBreaks } = blocksFromPages(pages);
    // The title: the PDF's own Title when it reads like one, else the first heading (buildDoc's default).
    const title = meta && !/^(?:untitled|microsoft word|document\d*)\b|\.(?:docx?|pdf)$/i.test(meta) ? meta : null;
    const doc = buildDoc(blocks, { title, url: options.url ?? null });
    return { doc, format: 'pdf', pageStarts: pageStartsOf(doc, blocks, pageBreaks, pages.length), pageCount, notes };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    void task.destroy();
  }
}

function openError(error: unknown): FileReadError {
  if (error instanceof FileReadError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'PasswordException') {
    return new FileReadError(
      'encrypted',
      'This PDF is protected by a password: open it, then save or print an unprotected copy.',
    );
  }
  return new FileReadError(
    'corrupt',
    `This file is not a readable PDF (${(error as Error | null)?.message ?? 'unknown error'}).`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// One page: items → lines → fragments → reading order.

function itemsOf(raw: unknown[]): Item[] {
  const items: Item[] = [];
  for (const r of raw) {
    const it = r as { str?: unknown; transform?: number[]; width?: number; dir?: string };
    if (typeof it.str !== 'string' || !it.transform) continue;
    const str = it.str.replace(FORMAT_CHARS, '');
    if (str.trim() === '') continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = it.transform;
    const size = Math.hypot(a, b) || Math.abs(it.transform[3] ?? 0) || 1;
    items.push({ str, x: e, y: f, w: Math.abs(it.width ?? 0), size, rtl: it.dir === 'rtl' });
  }
  return items;
}

export function layoutPage(raw: unknown[], width: number): PageLines {
  const items = itemsOf(raw);
  if (items.length === 0) return { lines: [], width };
  // Top of the page first, then left to right. Baselines within a third of the font size are one line
  // (superscripts, mixed fonts), compared with the line's first item so a slow drift cannot chain lines.
  items.sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  let row: Item[] = [];
  let rowY = Number.NaN;
  for (const it of items) {
    if (row.length > 0 && Math.abs(it.y - rowY) <= Math.max(2, it.size * 0.35)) row.push(it);
    else {
      if (row.length > 0) rows.push(row);
      row = [it];
      rowY = it.y;
    }
  }
  if (row.length > 0) rows.push(row);
  const lines: Line[] = [];
  for (const r of rows) {
    r.sort((p, q) => p.x - q.x);
    const frags = fragmentsOf(r);
    if (frags.length > 0) lines.push(lineOf(frags));
  }
  return { lines: tableRows(readingOrder(lines, width)), width };
}

// ---------------------------------------------------------------------------------------------------------------
// Tables with narrow gutters: cells a little more than a space apart, and cells that wrap over several lines.
// Within a stretch of lines (split at wide vertical gaps), a gutter is an x where several lines start an item and
// no item of any line reaches into the third of an em before it. Two gutters or more (three columns) make a table: its lines are cut
// at the gutters, and a line whose first cell is empty continues the row above (a wrapped cell). A hanging indent
// ("(a)  text") gives one such gutter only, so prose is never read as a table.

const MAX_STRETCH_LINES = 60;

function tableRows(lines: Line[]): Line[] {
  const stretches: Line[][] = [];
  let i = 0;
  while (i < lines.length) {
    let j = i + 1;
    while (
      j < lines.length &&
      j - i < MAX_STRETCH_LINES &&
      (lines[j - 1] as Line).y - (lines[j] as Line).y > 0 &&
      (lines[j - 1] as Line).y - (lines[j] as Line).y <= (lines[j] as Line).size * 2.6
    )
      j++;
    stretches.push(lines.slice(i, j));
    i = j;
  }
  const tables = stretches.map((stretch) => (stretch.length >= 2 ? asTable(stretch) : null));
  // A table's header sits just above its first row, often alone in its stretch (the rows below are set apart):
  // a short stretch right above a table that no item of which crosses the table's gutters is read with them.
  for (let k = 0; k + 1 < stretches.length; k++) {
    const below = tables[k + 1];
    const stretch = stretches[k] as Line[];
    if (tables[k] || !below || stretch.length > 4) continue;
    const gap = (stretch[stretch.length - 1] as Line).y - ((stretches[k + 1] as Line[])[0] as Line).y;
    if (gap > (stretch[0] as Line).size * 4) continue;
    tables[k] = asTable(stretch, below.gutters);
  }
  return stretches.flatMap((stretch, k) => tables[k]?.lines ?? stretch);
}

function asTable(stretch: Line[], given?: number[]): { lines: Line[]; gutters: number[] } | null {
  const rows = stretch.map((l) => l.frags.flatMap((f) => f.items));
  const size = Math.max(...stretch.map((l) => l.size));
  const left = Math.min(...stretch.map((l) => l.x0));
  if (given) {
    const crossed = rows.some((items) =>
      items.some((it) => given.some((x) => it.x < x && it.x + it.w > x - size * 0.2)),
    );
    const first = rows[0] ?? [];
    const columns = new Set(first.map((it) => given.filter((x) => it.x >= x).length));
    return crossed || columns.size < 2 ? null : { lines: cutRows(stretch, rows, given), gutters: given };
  }
  // Candidate gutters: where an item starts after a gap of a third of an em or more (or starts an indented line).
  const support = new Map<number, number>();
  for (const items of rows) {
    const seen = new Set<number>();
    items.forEach((it, k) => {
      const prev = items[k - 1];
      const gapBefore = prev ? it.x - (prev.x + prev.w) : it.x - left;
      if (gapBefore < size * 0.35 || it.x - left < size) return;
      seen.add(Math.round(it.x));
    });
    for (const x of seen) support.set(x, (support.get(x) ?? 0) + 1);
  }
  // Every gutter has starts on two lines at least; one of them on 40% of the lines (a column that is mostly full).
  const strong = Math.max(2, Math.ceil(stretch.length * 0.4));
  const gutters: number[] = [];
  let strongest = 0;
  for (const [x, n] of [...support.entries()].sort((a, b) => a[0] - b[0])) {
    // Starts within a point of each other are one column.
    const near = (support.get(x - 1) ?? 0) + (support.get(x + 1) ?? 0) + n;
    if (near < 2 || gutters.some((g) => Math.abs(g - x) <= 3)) continue;
    const crossed = rows.some((items) => items.some((it) => it.x < x - 1.5 && it.x + it.w > x - size * 0.35));
    if (crossed) continue;
    gutters.push(x - 1.5);
    strongest = Math.max(strongest, near);
  }
  if (gutters.length < 2 || strongest < strong) return null;
  return { lines: cutRows(stretch, rows, gutters), gutters };
}

/** Cuts each line at the gutters; a line whose first cell is empty continues the row above. */
function cutRows(stretch: Line[], rows: Item[][], gutters: number[]): Line[] {
  const out: Line[] = [];
  let row: string[] | null = null;
  let rowLine: Line | null = null;
  stretch.forEach((line, k) => {
    const cells: string[] = new Array(gutters.length + 1).fill('');
    const items = rows[k] as Item[];
    items.forEach((it, n) => {
      let c = 0;
      while (c < gutters.length && it.x >= (gutters[c] as number)) c++;
      cells[c] = cells[c] ? `${cells[c]}${ligatureSplit(items[n - 1], it) ? '' : ' '}${it.str}` : it.str;
    });
    const clean = cells.map((c) => c.replace(/\s+/g, ' ').trim());
    if (row && rowLine && clean[0] === '') {
      row = row.map((c, n) => (clean[n] ? (c ? joinLines(c, clean[n] as string) : (clean[n] as string)) : c));
      rowLine.frags = row.map((text) => ({ ...(rowLine as Line).frags[0], text }) as Fragment);
      return;
    }
    row = clean;
    rowLine = { ...line, frags: clean.map((text) => ({ ...(line.frags[0] as Fragment), text })) };
    out.push(rowLine);
  });
  return out;
}

/** Splits a line's items where a gap wider than ~2 ems opens (a table cell, the gutter of two columns). */
function fragmentsOf(row: Item[]): Fragment[] {
  const frags: Fragment[] = [];
  let cur: Fragment | null = null;
  const rtl = row.filter((i) => i.rtl).length * 2 > row.length;
  for (const it of row) {
    const end = it.x + it.w;
    if (cur && it.x - cur.x1 <= Math.max(it.size, cur.size) * 2) {
      // A gap of a fifth of an em or more between items is a space the text layer did not spell out.
      const gap = it.x - cur.x1;
      const space =
        gap > Math.min(it.size, cur.size) * 0.18 &&
        !/\s$/.test(cur.text) &&
        !/^\s/.test(it.str) &&
        !ligatureSplit(cur.items[cur.items.length - 1], it);
      cur.text = rtl ? it.str + (space ? ' ' : '') + cur.text : cur.text + (space ? ' ' : '') + it.str;
      cur.items.push(it);
      cur.x1 = Math.max(cur.x1, end);
      cur.size = Math.max(cur.size, it.size);
    } else {
      if (cur) frags.push(cur);
      cur = { text: it.str, items: [it], x0: it.x, x1: end, y: it.y, size: it.size };
    }
  }
  if (cur) frags.push(cur);
  for (const f of frags) f.text = f.text.replace(/\s+/g, ' ').trim();
  const kept = frags.filter((f) => f.text !== '');
  // A right-to-left table row reads its cells from the right.
  return rtl ? kept.reverse() : mergeEnumerators(kept);
}

/**
 * A ligature glyph ("fi", "fl", "ff", "ffi", "ffl") drawn as an item of its own, whose advance leaves a gap before
 * the rest of its word ("fi" + "xed"): no English or German word is the ligature alone, so no space goes between.
 */
function ligatureSplit(prev: Item | undefined, next: Item): boolean {
  return prev !== undefined && /^(?:ff|fi|fl|ffi|ffl|[\ufb00-\ufb04])$/.test(prev.str) && /^\p{Ll}/u.test(next.str);
}

// "1." "(a)" "•" set apart by a tab from their clause are one fragment with it, not a table cell.
const ENUMERATOR =
  /^(?:[-•▪◦‣–*]|\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z]{1,2}|[ivxlc]{1,6})[.)]?|section \d{1,3}(?:\.\d{1,3})*\.?)$/i;

function mergeEnumerators(frags: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (let i = 0; i < frags.length; i++) {
    const f = frags[i] as Fragment;
    const next = frags[i + 1];
    if (next && out.length === 0 && ENUMERATOR.test(f.text) && (frags.length === 2 || next.x0 - f.x1 < 60)) {
      out.push({ ...next, text: `${f.text} ${next.text}`, items: [...f.items, ...next.items], x0: f.x0 });
      i++;
    } else out.push(f);
  }
  return out;
}

function lineOf(frags: Fragment[], colX0 = 0, colX1 = 0): Line {
  return {
    frags,
    y: frags[0]?.y ?? 0,
    x0: Math.min(...frags.map((f) => f.x0)),
    x1: Math.max(...frags.map((f) => f.x1)),
    size: Math.max(...frags.map((f) => f.size)),
    colX0,
    colX1,
  };
}

function withColumn(lines: Line[], x0: number, x1: number): Line[] {
  for (const l of lines) {
    l.colX0 = x0;
    l.colX1 = x1;
  }
  return lines;
}

/**
 * Two columns: a gutter (a vertical strip in the middle third no fragment crosses) with running text on both sides.
 * Then each stretch between full-width lines reads its left column, then its right. A table is not two columns:
 * its cells are short, where a column's lines fill most of the column's width.
 */
function readingOrder(lines: Line[], width: number): Line[] {
  const frags = lines.flatMap((l) => l.frags);
  const pageX0 = Math.min(...lines.map((l) => l.x0));
  const pageX1 = Math.max(...lines.map((l) => l.x1));
  if (frags.length < 16) return withColumn(lines, pageX0, pageX1);
  let best = -1;
  let bestCross = Number.POSITIVE_INFINITY;
  for (let x = width * 0.35; x <= width * 0.65; x += width / 100) {
    let cross = 0;
    for (const f of frags) if (f.x0 < x - 2 && f.x1 > x + 2) cross++;
    if (cross < bestCross) {
      bestCross = cross;
      best = x;
    }
  }
  if (bestCross > frags.length * 0.1) return withColumn(lines, pageX0, pageX1);
  const left = frags.filter((f) => f.x1 <= best + 2);
  const right = frags.filter((f) => f.x0 >= best - 2);
  if (left.length < 6 || right.length < 6) return withColumn(lines, pageX0, pageX1);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const leftMargin = Math.min(...left.map((f) => f.x0));
  const rightEdge = Math.max(...right.map((f) => f.x1));
  const leftFill = median(left.map((f) => f.x1 - f.x0)) / Math.max(1, best - leftMargin);
  const rightFill = median(right.map((f) => f.x1 - f.x0)) / Math.max(1, rightEdge - best);
  if (leftFill < 0.6 || rightFill < 0.6) return withColumn(lines, pageX0, pageX1);
  const leftX1 = Math.max(...left.map((f) => f.x1));
  const rightX0 = Math.min(...right.map((f) => f.x0));
  const out: Line[] = [];
  let leftRun: Line[] = [];
  let rightRun: Line[] = [];
  const flush = () => {
    out.push(...leftRun, ...rightRun);
    leftRun = [];
    rightRun = [];
  };
  for (const line of lines) {
    const l = line.frags.filter((f) => f.x1 <= best + 2);
    const r = line.frags.filter((f) => f.x0 >= best - 2);
    if (l.length + r.length < line.frags.length) {
      flush(); // a full-width line (title, heading across both columns)
      out.push(...withColumn([line], pageX0, pageX1));
      continue;
    }
    if (l.length > 0) leftRun.push(lineOf(l, leftMargin, leftX1));
    if (r.length > 0) rightRun.push(lineOf(r, rightX0, rightEdge));
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Across pages: running headers and footers, paragraphs, sentences cut by a page break.

/** How many lines at the top and at the bottom of a page may be running headers or footers. */
const EDGE_LINES = 3;
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*#\s*[-–—)]?(?:\s*(?:of|\/|von|de|sur)\s*#)?$|^[ivxlc]{1,6}$/i;

const lineText = (l: Line) => l.frags.map((f) => f.text).join(' ');
const maskKey = (l: Line) => lineText(l).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/** Drops running headers and footers: edge lines whose digit-masked text recurs on many pages, and page numbers. */
export function dropRunningLines(pages: PageLines[]): PageLines[] {
  const withText = pages.filter((p) => p.lines.length > 0).length;
  // A running line repeats its words (digits aside) at the same height of the page: the key is both, the height in
  // 4 pt steps, and a count adds the neighbouring steps so a line that moves by a point still counts.
  const counts = new Map<string, number>();
  const keyAt = (text: string, step: number) => `${text}@${step}`;
  const edgeKeys = (p: PageLines) => {
    const keys = new Set<string>();
    const n = p.lines.length;
    for (let i = 0; i < n; i++) {
      if (i >= EDGE_LINES && i < n - EDGE_LINES) continue;
      const l = p.lines[i] as Line;
      keys.add(keyAt(maskKey(l), Math.round(l.y / 4)));
    }
    return keys;
  };
  for (const p of pages) for (const k of edgeKeys(p)) counts.set(k, (counts.get(k) ?? 0) + 1);
  // Two pages of three share a running line; with two pages, both must.
  const threshold = Math.max(2, Math.ceil(withText * 0.4));
  const running = (text: string, y: number) => {
    if (withText < 2) return false;
    const step = Math.round(y / 4);
    let n = 0;
    for (let d = -1; d <= 1; d++) n += counts.get(keyAt(text, step + d)) ?? 0;
    return n >= threshold;
  };
  // A running header's first appearance at the top of a page is kept: on the first page it is usually the title
  // or the document's date ("Last updated: …"), which belong to the text.
  const seen = new Set<string>();
  return pages.map((p) => {
    const n = p.lines.length;
    const lines = p.lines.filter((l, i) => {
      const top = i < EDGE_LINES;
      if (!top && i < n - EDGE_LINES) return true;
      const k = maskKey(l);
      if (PAGE_NUMBER.test(k)) return false;
      if (!running(k, l.y)) return true;
      const first = top && !seen.has(k);
      seen.add(k);
      return first && /\p{L}/u.test(k);
    });
    return { lines, width: p.width };
  });
}

/** A line that opens a new block whatever the spacing: an enumerated clause or a bullet. */
const OPENS_BLOCK =
  /^(?:[•▪◦‣●■–-]\s|\(?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z]|[ivxlc]{1,5})[.)]\s|§\s?\d|section\s+\d|article\s+\d)/i;
// Dot leaders: four dots or more (spaced or not) between a title and its page number.
const DOT_LEADER = /(?:\s?[.…·]){4,}\s?/;
const TOC_ENTRY = /\S(?:\s?[.…·]){4,}\s?\d{1,4}$/;
const ENDS_SENTENCE = /[.!?:;]["'”’)]?$/;

interface Para {
  lines: Line[];
  page: number;
  /** Offsets in `text` where a later page begins inside this paragraph (a sentence cut by a page break). */
  breaks: { page: number; at: number }[];
  text: string;
  table: boolean;
}

/** Joins two lines of one paragraph: "liabil-" + "ity" → "liability"; "US-" + "Bundesstaat" keeps its hyphen. */
export function joinLines(a: string, b: string): string {
  if (/\p{Ll}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  if (/\p{L}-$/u.test(a) && /^\p{Lu}/u.test(b)) return a + b;
  return `${a} ${b}`;
}

export function blocksFromPages(rawPages: PageLines[]): { blocks: RawBlock[]; pageBreaks: number[][] } {
  const pages = dropRunningLines(rawPages);
  // Typical body font size and line spacing over the document: headings stand out from the first,
  // paragraph breaks from the second.
  const sizes: number[] = [];
  const gaps: number[] = [];
  for (const p of pages) {
    for (let i = 0; i < p.lines.length; i++) {
      const l = p.lines[i] as Line;
      sizes.push(Math.round(l.size * 2) / 2);
      const prev = p.lines[i - 1];
      if (prev && prev.y > l.y) gaps.push(Math.round((prev.y - l.y) * 2) / 2);
    }
  }
  const body = mode(sizes) ?? 10;
  const spacing = mode(gaps.filter((g) => g >= body * 0.9 && g <= body * 2.2)) ?? body * 1.2;
  const paras: Para[] = [];
  let cur: Para | null = null;
  // Whether the last line of the previous page ran to the right margin (then a paragraph it ends goes on).
  let lastLineFull = false;
  pages.forEach((p, pageIndex) => {
    let prevLine: Line | null = null;
    // A line is "full" when it reaches the right edge of its column, "short" when it fills less than 60% of it.
    const full = (l: Line) => l.x1 >= l.colX1 - l.size * 3;
    const short = (l: Line) => l.x1 - l.x0 < (l.colX1 - l.colX0) * 0.6;
    for (const line of p.lines) {
      const text = lineText(line);
      // A table-of-contents entry ("Fees ........ 4") is a row of its own: title and page, never prose to join.
      const table = line.frags.length >= 2 || TOC_ENTRY.test(text);
      const gap = prevLine ? prevLine.y - line.y : Number.POSITIVE_INFINITY;
      const sameParagraph =
        cur !== null &&
        !table &&
        !cur.table &&
        prevLine !== null &&
        gap > 0 &&
        gap <= Math.max(spacing, line.size * 1.2) * 1.35 &&
        Math.abs(line.size - prevLine.size) < 1 &&
        !OPENS_BLOCK.test(text) &&
        // A short line that ends a sentence ends its paragraph.
        !(ENDS_SENTENCE.test(cur.text) && short(prevLine)) &&
        // A short first line that reads as a heading ("1 Background") is one, even in the body's font.
        !(cur.lines.length === 1 && short(prevLine) && looksLikeHeading(cur.text) && /^[\p{Lu}\d]/u.test(text));
      // First line of a page: continue the last page's paragraph when it stopped mid-sentence (the running header
      // between them is already gone) and either this line goes on in lower case or the last one ran to the margin.
      const continuesAcrossPage =
        cur !== null &&
        prevLine === null &&
        !table &&
        !cur.table &&
        cur.page < pageIndex &&
        !ENDS_SENTENCE.test(cur.text) &&
        (/^[\p{Ll}(]/u.test(text) || (lastLineFull && !OPENS_BLOCK.test(text) && !looksLikeHeading(text)));
      if (cur && sameParagraph) {
        cur.text = joinLines(cur.text, text);
        cur.lines.push(line);
      } else if (cur && continuesAcrossPage) {
        const joined = joinLines(cur.text, text);
        cur.breaks.push({ page: pageIndex, at: joined.length - text.length });
        cur.text = joined;
        cur.lines.push(line);
      } else {
        cur = { lines: [line], page: pageIndex, breaks: [], text, table };
        paras.push(cur);
      }
      prevLine = line;
      lastLineFull = full(line) && !short(line);
    }
  });
  const blocks: RawBlock[] = [];
  // pageBreaks[b] = the (page, offset) pairs inside block b, as a flat [page, at, page, at…] list.
  const pageBreaks: number[][] = [];
  const pageOfBlock: number[] = [];
  for (const para of paras) {
    let block: RawBlock;
    if (para.table) {
      const cells = (para.lines[0] as Line).frags.flatMap((f) => f.text.split(DOT_LEADER));
      block = { kind: 'table-row', text: '', cells: cells.map((c) => c.trim()).filter((c) => c !== '') };
    } else {
      const size = Math.max(...para.lines.map((l) => l.size));
      const heading =
        para.lines.length <= 2 &&
        looksLikeHeading(para.text) &&
        (size >= body * 1.15 || para.lines.length === 1) &&
        !OPENS_BLOCK.test(para.text.replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u, ''));
      block = heading
        ? { kind: 'heading', text: para.text, level: size >= body * 1.6 ? 1 : size >= body * 1.3 ? 2 : 3 }
        : { kind: /^[•▪◦‣●■–-]\s/.test(para.text) ? 'list-item' : 'paragraph', text: para.text };
      if (block.kind === 'list-item') block.text = block.text.replace(/^[•▪◦‣●■–-]\s+/, '');
    }
    blocks.push(block);
    pageOfBlock.push(para.page);
    pageBreaks.push(para.breaks.flatMap((b) => [b.page, b.at]));
  }
  // The block's own page goes first in its list, so the caller knows where every block starts.
  return { blocks, pageBreaks: pageBreaks.map((b, i) => [pageOfBlock[i] as number, 0, ...b]) };
}

function mode(xs: number[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let bestCount = 0;
  for (const x of xs) {
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) {
      bestCount = c;
      best = x;
    }
  }
  return best;
}

/**
 * Where each page begins in doc.text. buildDoc collapses whitespace inside a block, so an offset inside a raw block
 * is mapped through the collapsed text; every block's text is already collapsed here, so the mapping is exact.
 * A page with no text begins where the next text begins (the list stays ascending).
 */
function pageStartsOf(
  doc: { text: string; blocks: { start: number; end: number }[] },
  raw: RawBlock[],
  pageBreaks: number[][],
  pageCount: number,
): number[] {
  const starts: (number | null)[] = new Array(pageCount).fill(null);
  let b = 0;
  for (let i = 0; i < raw.length; i++) {
    const rb = raw[i] as RawBlock;
    const text = rb.kind === 'table-row' ? (rb.cells ?? []).join('') : rb.text;
    if (text.trim() === '') continue; // buildDoc dropped it
    const block = doc.blocks[b++];
    if (!block) break;
    const marks = pageBreaks[i] ?? [];
    for (let m = 0; m + 1 < marks.length; m += 2) {
      const page = marks[m] as number;
      const at = Math.min(block.start + (marks[m + 1] as number), block.end);
      if (starts[page] === null) starts[page] = at;
    }
  }
  const out: number[] = new Array(pageCount);
  let next = doc.text.length;
  for (let p = pageCount - 1; p >= 0; p--) {
    next = Math.min(next, starts[p] ?? next);
    out[p] = next;
  }
  out[0] = 0;
  return out;
}
