/**
 * What the content script reads from every page a user visits: the URL, the title, a few
 * headings and a bounded text sample — nothing else, and no scoring. It is the only
 * ClauseLens code that runs on every page, so it imports nothing; the background scores
 * the signals with detect.ts, where that code is compiled once rather than per page
 * (after Readability-readerable.js: the cheap check lives in its own file).
 */

export interface PageSignals {
  url: string;
  title: string;
  headings: string[];
  sample: string;
}

/** Text the detector reads from a page; the rest of the page costs nothing. */
export const SAMPLE_CHARS = 4000;
export const MAX_HEADINGS = 24;
export const MAX_HEADING_CHARS = 200;
/** Node visits while sampling text, so a page of 100k tiny nodes stays cheap. */
const MAX_NODES = 4000;

// ---------------------------------------------------------------------------------------
// Reading a page cheaply.

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'CANVAS',
]);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'BR']);

/**
 * Title, h1–h3 texts and a bounded text sample from the main content, skipping
 * navigation, headers, footers and scripts. Never touches innerText (it forces layout).
 */
export function collectPageSignals(document: Document, url: string): PageSignals {
  const title = (document.title || '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_CHARS);
  const headings: string[] = [];
  // One native selector call, already in document order.
  const found = document.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && i < MAX_HEADINGS; i++) {
    const h = found[i] as Element;
    const t = (h.textContent ?? '')
      .slice(0, MAX_HEADING_CHARS * 2)
      .replace(/\s+/g, ' ')
      .trim();
    if (t) headings.push(t.slice(0, MAX_HEADING_CHARS));
  }
  const body = document.body ?? document.documentElement ?? null;
  const root = mainElement(document, body) ?? body;
  return { url, title, headings, sample: root ? sampleText(root) : '' };
}

/**
 * The page's main content: the first <main> or <article>, widened to an enclosing
 * role="main"; without either, a role="main" element in the top levels of the body.
 */
function mainElement(document: Document, body: Element | null): Element | null {
  const found = document.querySelector('main, article');
  if (found) {
    let root: Element = found;
    for (let n = found.parentElement; n !== null; n = n.parentElement) if (n.getAttribute('role') === 'main') root = n;
    return root;
  }
  // Breadth-first over the first few levels, bounded: role="main" sits near the top.
  let level: Element[] = body ? [body] : [];
  let seen = 0;
  for (let depth = 0; depth < 5 && level.length > 0 && seen < 500; depth++) {
    const nextLevel: Element[] = [];
    for (const el of level) {
      for (let c = el.firstElementChild; c !== null && seen < 500; c = c.nextElementSibling) {
        seen++;
        if (c.getAttribute('role') === 'main') return c;
        nextLevel.push(c);
      }
    }
    level = nextLevel;
  }
  return null;
}

function sampleText(root: Node): string {
  let out = '';
  let visited = 0;
  // Iterative depth-first walk over firstChild/nextSibling: no child arrays, no call stack.
  let node: Node | null = root;
  while (node !== null && out.length < SAMPLE_CHARS && visited < MAX_NODES) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue;
      if (t) out += t.length > SAMPLE_CHARS ? t.slice(0, SAMPLE_CHARS) : t;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (node === root || !SKIP_TAGS.has(tag)) {
        if (BLOCK_TAGS.has(tag)) out += '\n';
        descend = true;
      }
    }
    node = nextNode(node, root, descend);
  }
  return out
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim()
    .slice(0, SAMPLE_CHARS);
}

function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild !== null) return node.firstChild;
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    if (n.nextSibling !== null) return n.nextSibling;
  }
  return null;
}
