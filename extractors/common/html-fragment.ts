import type { RawBlock } from './doc';

/**
 * HTML fragments without a DOM: mammoth's output for a DOCX, and the HTML blocks a Markdown page embeds (a
 * `<table>` of credit tiers, a `<div>` note), which the page renders as text and a table, not as tags. Runs where no
 * DOMParser exists (the file worker, Node's card command) and on untrusted text, so it is one linear pass over the
 * tags, and nothing is nested beyond the row and cell being read.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  // Typographic ones editors write into Markdown and HTML pages.
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  sect: '§',
  para: '¶',
  deg: '°',
  times: '×',
  cent: '¢',
  yen: '¥',
  // Bounds and signs an SLA's bands are written with ("&ge; 99.9%", "&lt; 99.0% and &ge; 95.0%"), and arrows.
  ge: '≥',
  le: '≤',
  ne: '≠',
  minus: '−',
  plusmn: '±',
  asymp: '≈',
  rarr: '→',
  larr: '←',
  check: '✓',
  // Spaces, joiners and direction marks (Arabic pages write "&rlm;" beside figures).
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  lrm: '\u200e',
  rlm: '\u200f',
  // HTML5's names for ASCII punctuation, which some generators write for every mark ("&comma;", "&dollar;100&rpar;").
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  lpar: '(',
  rpar: ')',
  lsqb: '[',
  rsqb: ']',
  lcub: '{',
  rcub: '}',
  dollar: '$',
  percnt: '%',
  num: '#',
  ast: '*',
  plus: '+',
  equals: '=',
  sol: '/',
  bsol: '\\',
  commat: '@',
  lowbar: '_',
  verbar: '|',
  grave: '`',
  hat: '^',
};

/** Named (the common few) and numeric character references; anything else stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[body.toLowerCase()] ?? m;
  });
}

/** Elements that end one block of text and start the next (besides headings, list items, rows and cells). */
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'section',
  'article',
  'blockquote',
  'details',
  'summary',
  'center',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'hr',
  'pre',
]);

/**
 * One block per heading, paragraph and list item; a table row's cells (the text of a cell joined by spaces). Other
 * tags are dropped and their text kept; `<br>` is a space.
 */
export function blocksFromHtmlFragment(html: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let text = '';
  let kind: RawBlock['kind'] = 'paragraph';
  let level = 0;
  let cells: string[] | null = null;
  let cell: string | null = null;
  const flush = () => {
    const t = decodeEntities(text).replace(/\s+/g, ' ').trim();
    text = '';
    if (t === '') return;
    if (cell !== null) cell = cell ? `${cell} ${t}` : t;
    else blocks.push(kind === 'heading' ? { kind, text: t, level } : { kind, text: t });
  };
  // A tag's attributes hold no "<": on a run of "<a<a<a…" without ">" each try stops at the next "<" (linear).
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    text += html.slice(last, m.index);
    last = tag.lastIndex;
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    if (/^h[1-6]$/.test(name)) {
      flush();
      kind = closing ? 'paragraph' : 'heading';
      level = Number(name[1]);
    } else if (name === 'br') {
      text += ' ';
    } else if (name === 'li') {
      flush();
      kind = closing ? 'paragraph' : 'list-item';
    } else if (name === 'tr') {
      flush();
      if (!closing) cells = [];
      else if (cells) {
        if (cells.some((c) => c !== '')) blocks.push({ kind: 'table-row', text: '', cells });
        cells = null;
      }
    } else if (name === 'td' || name === 'th') {
      flush();
      if (!closing) cell = '';
      else {
        if (cells && cell !== null) cells.push(cell);
        cell = null;
      }
    } else if (BLOCK_ELEMENTS.has(name)) {
      flush();
    }
  }
  text += html.slice(last);
  flush();
  // A row left open at the fragment's end (its closing tag after a blank line): its cells so far.
  if (cells && cell !== null) cells.push(cell);
  if (cells?.some((c) => c !== '')) blocks.push({ kind: 'table-row', text: '', cells });
  return blocks;
}
