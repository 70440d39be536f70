// Node-side HTML parsing (the `card` command, tests, benchmarks). The browser passes its
// own `document` to docFromDocument instead, so linkedom never ships in the extension.
import { parseHTML } from 'linkedom';
import { docFromDocument, docFromText } from '../input';
import type { Doc } from './doc';
import { decodeEntities } from './html-fragment';

/**
 * Limits checked by scanHtml() before linkedom sees a byte. linkedom's tree building is superlinear on hostile input
 * (100,000 nested <div>s took 27 s, a million inline tags 140 s and 2.5 GB), and real documents stay far below
 * both: the largest pages in the corpora hold about 3,000 elements and nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 1000;
export const MAX_HTML_ELEMENTS = 50_000;

export interface HtmlScan {
  /** Start tags seen (void and self-closed ones included). */
  elements: number;
  /** Deepest nesting of start tags that need an end tag (an estimate: see scanHtml). */
  maxDepth: number;
}

// Elements that never hold children, and those whose end tag the parser implies (an unclosed <p> or <li> is closed
// by its next sibling): neither adds a level, so a page of unclosed paragraphs does not look deep.
const NO_DEPTH = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'rt',
  'rp',
]);
// Raw-text elements: their content is not markup, so "<b>" inside a script is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
// Elements whose start or end is a line break in the plain-text fallback.
const BREAKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
const SKIPPED_TEXT = new Set(['script', 'style', 'title', 'noscript', 'template', 'head']);

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && end - from < 32) {
    const c = html.charCodeAt(end);
    // ASCII letters, digits and '-' (custom elements).
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) end++;
    else break;
  }
  return html.slice(from, end).toLowerCase();
}

/**
 * One linear pass over the markup: counts start tags and estimates the nesting depth, without building anything.
 * Comments, doctypes and raw-text content (scripts, styles) are skipped with indexOf, so every character is looked
 * at a bounded number of times. With `onText`, the text between tags is handed over (for the plain-text fallback)
 * with "\n" at block boundaries.
 */
export function scanHtml(html: string, onText?: (text: string) => void): HtmlScan {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let skipDepth = 0; // > 0 inside <head>, <noscript>, <template>: their text is not the document's
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (onText && skipDepth === 0 && textEnd > i) onText(html.slice(i, textEnd));
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      // Comment, doctype or CDATA.
      const close = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + (html.startsWith('<!--', lt) ? 3 : 1);
      continue;
    }
    if (next === 47 /* / */) {
      const name = tagName(html, lt + 2);
      const gt = html.indexOf('>', lt + 2);
      i = gt < 0 ? n : gt + 1;
      if (name === '') continue;
      if (!NO_DEPTH.has(name) && depth > 0) depth--;
      if (SKIPPED_TEXT.has(name) && skipDepth > 0) skipDepth--;
      if (onText && BREAKS.has(name)) onText('\n');
      continue;
    }
    const name = tagName(html, lt + 1);
    if (name === '' || !/[a-z]/.test(name[0] as string)) {
      // A lone "<" in text ("a < b").
      if (onText && skipDepth === 0) onText('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    elements++;
    const selfClosed = html.charCodeAt(gt - 1) === 47;
    if (!NO_DEPTH.has(name) && !selfClosed && !RAW_TEXT.has(name)) {
      depth++;
      if (depth > maxDepth) maxDepth = depth;
    }
    if (onText && BREAKS.has(name)) onText('\n');
    i = gt + 1;
    if (RAW_TEXT.has(name) && !selfClosed) {
      // Jump over the content to its end tag (case-insensitive; a literal pattern, so linear).
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = i;
      const m = end.exec(html);
      if (onText && name === 'textarea' && skipDepth === 0) onText(html.slice(i, m ? m.index : n));
      i = m ? m.index : n;
      continue;
    }
    if (SKIPPED_TEXT.has(name) && !selfClosed) skipDepth++;
  }
  return { elements, maxDepth };
}

/** The text of markup too big or too deep to parse: tags dropped, block boundaries kept as line breaks. */
export function plainTextFromHtml(html: string): string {
  const parts: string[] = [];
  scanHtml(html, (text) => parts.push(text));
  return decodeEntities(parts.join(''));
}

export function parseHtmlDocument(html: string): Document {
  // linkedom treats a fragment without <html> oddly; wrap it so body always exists.
  const source = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Whether markup is small and shallow enough to hand to a DOM parser (see MAX_HTML_DEPTH). */
export function parseableHtml(scan: HtmlScan): boolean {
  return scan.maxDepth <= MAX_HTML_DEPTH && scan.elements <= MAX_HTML_ELEMENTS;
}

export function docFromHtml(html: string, url: string | null = null): Doc {
  // Hostile or pathological markup is read as plain text: slower parsers never see it.
  if (!parseableHtml(scanHtml(html))) return docFromText(plainTextFromHtml(html), { url });
  return docFromDocument(parseHtmlDocument(html), url);
}
