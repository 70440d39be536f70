import { Readability } from '@mozilla/readability';
import type { RawBlock } from './doc';
import { collapseWhitespace } from './normalize';
import { blocksFromText } from './text-input';

export interface HtmlBlocks {
  blocks: RawBlock[];
  title: string | null;
  siteName: string | null;
  /** Which reader produced the blocks: Readability's article, or the whole page body. */
  via: 'readability' | 'body';
  /** The page body's first heading repeats the title (Doc.titleIsFirstHeading). */
  titleIsFirstHeading: boolean;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'META',
  'LINK',
]);
// Page chrome that is never part of the document itself.
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG']);
/** Real pages nest a few dozen levels; Readability already takes ~0.5 s at 200. */
export const MAX_READABILITY_DEPTH = 100;
/**
 * Readability's own element limit (`maxElemsToParse`): past it, it throws and the body walk stands in. Its scoring
 * walks every element's ancestors; the largest real pages in the corpora hold about 3,000 elements.
 */
export const MAX_READABILITY_ELEMENTS = 20_000;
const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'BLOCKQUOTE',
  'PRE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'HR',
  'BODY',
  'HTML',
  ...CHROME,
]);

/**
 * An element's text as one line the way a reader sees it: a line break or a block inside it (a cell's "P1<br>Critical",
 * a heading's "<div>1.</div><div>Scope</div>") separates words instead of gluing them ("P1Critical"); script and style
 * are left out. Iterative, for hostile nesting.
 */
function spacedText(root: Element): string {
  let out = '';
  const stack: { node: Node; exit?: boolean }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: Node; exit?: boolean };
    if (exit) {
      out += ' ';
      continue;
    }
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'A' && isPermalink(node as Element)) continue;
    if (tag === 'BR') {
      out += ' ';
      continue;
    }
    if (node !== root && (BLOCKS.has(tag) || tag === 'LI')) {
      out += ' ';
      stack.push({ node, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node });
  }
  return out;
}

/**
 * A heading's permalink: a link to the page's own fragment whose text is a symbol ("#️", "¶", "§", "🔗"), as
 * documentation generators add to every heading ("Severity 1 - Critical#️"). It marks the heading; it says nothing.
 */
function isPermalink(el: Element): boolean {
  if (!(el.getAttribute('href') ?? '').startsWith('#')) return false;
  const text = (el.textContent ?? '').trim();
  return text.length <= 4 && /^(?:[#¶§🔗⚓\s]|\u{fe0f}|\u{20e3})*$/u.test(text);
}

/**
 * Walks an element into blocks: headings, paragraphs, list items and table rows keep
 * their boundaries; inline elements join their text. Iterative, so deep nesting in
 * hostile HTML cannot overflow the stack.
 */
export function blocksFromElement(root: Element, skipChrome = false, stats = { maxDepth: 0, elements: 0 }): RawBlock[] {
  const blocks: RawBlock[] = [];
  let inline = '';
  let inlineKind: RawBlock['kind'] = 'paragraph';
  const flush = () => {
    if (inline.trim() !== '') blocks.push({ kind: inlineKind, text: inline });
    inline = '';
    inlineKind = 'paragraph';
  };
  type Frame = { node: Node; exit?: boolean; depth: number };
  const stack: Frame[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (frame.exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      inline += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    stats.elements++;
    if (frame.depth > stats.maxDepth) stats.maxDepth = frame.depth;
    if (SKIP.has(tag)) continue;
    if (skipChrome && CHROME.has(tag)) continue;
    if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const level = HEADINGS[tag];
    if (level !== undefined) {
      flush();
      const text = spacedText(el);
      if (text.trim()) blocks.push({ kind: 'heading', text, level });
      continue;
    }
    // Preformatted text keeps its line breaks on screen: a plain-text file the browser shows (its viewer wraps the
    // file in one <pre>, in Chrome and Firefox alike) or a clause quoted in a <pre>. Read it as the text reader reads
    // a .txt file, line by line with hard-wrapped paragraphs joined, instead of as one block of collapsed lines.
    if (tag === 'PRE') {
      flush();
      blocks.push(...blocksFromText(el.textContent ?? ''));
      continue;
    }
    if (tag === 'TR') {
      flush();
      const cells: string[] = [];
      for (const cell of Array.from(el.children)) {
        if (cell.tagName.toUpperCase() === 'TD' || cell.tagName.toUpperCase() === 'TH') cells.push(spacedText(cell));
      }
      if (cells.some((c) => c.trim() !== '')) blocks.push({ kind: 'table-row', text: '', cells });
      continue;
    }
    const isBlock = tag === 'LI' || BLOCKS.has(tag);
    if (isBlock) {
      flush();
      if (tag === 'LI') inlineKind = 'list-item';
      stack.push({ node: el, exit: true, depth: frame.depth });
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, depth: frame.depth + 1 });
  }
  flush();
  return blocks;
}

/**
 * Rows with figures in them ("P1 - Critical | Under 4 Hours", "< 99.9% | 10%") that the page's body holds and
 * Readability's article does not: it drops tables it takes for layout, and an SLA's table is its substance.
 */
function lostTableRows(body: RawBlock[], readable: RawBlock[]): number {
  const kept = new Set<string>();
  for (const b of readable) if (b.kind === 'table-row' && b.cells) kept.add(b.cells.join('|'));
  let lost = 0;
  for (const b of body) {
    const row = b.kind === 'table-row' && b.cells ? b.cells.join('|') : '';
    if (/\d/.test(row) && !kept.has(row)) lost++;
  }
  return lost;
}
/** Lost rows from which the body is read instead: a table's, not a stray row's. */
const MIN_LOST_ROWS = 3;

function blockTextLength(blocks: RawBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.cells ? b.cells.join(' ').length : b.text.length;
  return n;
}

/**
 * The readable part of a page. Readability runs on a clone (it mutates what it reads), or on the document itself
 * when the caller owns it (`owned`: a clone already, as the analyzer's is).
 * Long legal pages sometimes lose sections to Readability's scoring; when its article
 * holds under a third of the page's own text, or drops a table with figures in it, the page body (minus navigation,
 * header, footer and forms) is read instead.
 */
export function blocksFromDocument(document: Document, { owned = false }: { owned?: boolean } = {}): HtmlBlocks {
  const body = document.body;
  const stats = { maxDepth: 0, elements: 0 };
  const bodyBlocks = body ? blocksFromElement(body, true, stats) : [];
  const docTitle = document.title ? collapseWhitespace(document.title) : null;
  // Readability's scoring walks ancestors for every node: on hostile nesting (thousands of
  // levels) it goes quadratic, so such pages are read from the body walk alone.
  const article =
    stats.maxDepth <= MAX_READABILITY_DEPTH && stats.elements <= MAX_READABILITY_ELEMENTS
      ? readArticle(document, owned)
      : null;
  // The site's own name for itself: Open Graph's, else the web-app name a site declares (`application-name`).
  const siteName = article?.siteName
    ? collapseWhitespace(article.siteName)
    : (metaContent(document, 'og:site_name') ?? metaContent(document, 'application-name'));
  // Readability prefers the page's sharing title (og:title); one left with a dangling separator ("Domain Web Hosting -",
  // a template whose page name is empty) is cut short, and the <title> the tab shows names the page.
  const articleTitle = article?.title ? collapseWhitespace(article.title) : null;
  const title = articleTitle && !(docTitle && DANGLING_SEPARATOR.test(articleTitle)) ? articleTitle : docTitle;
  const firstHeading = bodyBlocks.find((b) => b.kind === 'heading');
  // "Cookie Policy" under the <title> "Cookie Policy | Merrow": the title's own segment, the site's name beside it.
  const titleIsFirstHeading =
    title !== null &&
    firstHeading !== undefined &&
    titleSegments(title).includes(collapseWhitespace(firstHeading.text));
  const content = article?.content as Element | undefined;
  if (content && typeof content === 'object' && 'childNodes' in content) {
    const readable = blocksFromElement(content);
    const readableLength = blockTextLength(readable);
    // Under ~500 characters Readability is guessing (it returns its best candidate anyway).
    if (
      readableLength >= 500 &&
      readableLength * 3 >= blockTextLength(bodyBlocks) &&
      lostTableRows(bodyBlocks, readable) < MIN_LOST_ROWS
    ) {
      return { blocks: readable, title, siteName, via: 'readability', titleIsFirstHeading };
    }
  }
  return { blocks: bodyBlocks, title, siteName, via: 'body', titleIsFirstHeading };
}

interface Article {
  title?: string | null;
  siteName?: string | null;
  content?: unknown;
}

/** `owned`: the document is a copy made for this read (the analyzer's), which Readability may change. */
function readArticle(document: Document, owned: boolean): Article | null {
  try {
    const clone = owned ? document : (document.cloneNode(true) as Document);
    const options = {
      serializer: (el: Node) => el,
      charThreshold: 200,
      keepClasses: false,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    };
    return new Readability(clone, options as ConstructorParameters<typeof Readability>[1]).parse() as Article | null;
  } catch {
    return null; // Readability throws on some broken documents; the body walk stands in.
  }
}

function metaContent(document: Document, property: string): string | null {
  const el = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  const value = el?.getAttribute('content');
  return value ? collapseWhitespace(value) : null;
}

const DANGLING_SEPARATOR = /\s[|–—:·-]$/;

/** The title and each part of it between separators ("Cookie Policy | Merrow" → itself, "Cookie Policy", "Merrow"). */
function titleSegments(title: string): string[] {
  return [title, ...title.split(/\s[|–—:·-]\s|\s?[|–—·]\s?/).map((t) => t.trim())].filter((t) => t !== '');
}
