/**
 * What the content script reads from every page a user visits: the URL, the title, a few
 * headings and a bounded text sample — nothing else, and no scoring. It is the only
 * ClauseLens code that runs on every page, so it imports nothing; the background scores
 * the signals with extractors/detect/, where that code is compiled once rather than per page
 * (after Readability-readerable.js: the cheap check lives in its own file).
 */

/** As read from the page: bounded but not cleaned; cleanSignals() makes them what the detector reads. */
export interface PageSignals {
  url: string;
  title: string;
  headings: string[];
  sample: string;
}

/** Text the detector reads from a page; the rest of the page costs nothing. */
export const SAMPLE_CHARS = 4000;
export const MAX_HEADINGS = 12;
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
/** Landmarks that are not content, whatever element carries them (a mega-menu of <div>s with role="navigation"). */
const SKIP_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'complementary', 'search']);
/** Elements whose role is worth reading: the containers menus are built from. */
const ROLE_TAGS = new Set(['DIV', 'UL', 'OL', 'SECTION']);
const skippedRole = (el: Node) => SKIP_ROLES.has((el as Element).getAttribute('role') ?? '');
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'BR']);

/**
 * Title, h1–h3 texts and a bounded text sample from the main content, skipping
 * navigation, headers, footers and scripts. Never touches innerText (it forces layout).
 *
 * Small pages are read through XPath (readByXPath): it returns strings only, so the content
 * script never holds an element. In Chromium the first element handed to an extension's
 * isolated world costs about 0.6 ms (its prototype chain is built for that world), which is
 * most of what the DOM walk costs on a small page. Larger pages take the DOM walk
 * (readByWalk), whose work is bounded whatever the page's size.
 */
export function collectPageSignals(document: Document, url: string): PageSignals {
  const title = (document.title || '').slice(0, MAX_HEADING_CHARS * 2);
  const read = readByXPath(document) ?? readByWalk(document);
  return { url, title, headings: read.headings, sample: read.sample };
}

type HeadingsAndSample = Pick<PageSignals, 'headings' | 'sample'>;

/** The DOM walk: h1–h3 from one selector call, then the main content's text nodes in order. */
export function readByWalk(document: Document): HeadingsAndSample {
  const headings: string[] = [];
  // One native selector call, already in document order.
  const found = document.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < found.length && i < MAX_HEADINGS; i++) {
    headings.push(rawHeading((found[i] as Element).textContent ?? ''));
  }
  const body = document.body ?? document.documentElement ?? null;
  const main = mainElement(document, body);
  if (main !== null || body === null) return { headings, sample: main ? sampleText(main, main) : '' };
  // No <main>, <article> or role="main": the content starts at the page's first h1 (as the XPath read
  // does), so a mega-menu of plain <div>s and links before it does not fill the sample.
  const h1 = document.querySelector('h1');
  return { headings, sample: sampleText(body, h1 !== null && !inSkipped(h1, body) ? h1 : body) };
}

/** Is `el` inside an element the sample skips (a <nav>, <header>…), below `root`? Bounded climb. */
function inSkipped(el: Element, root: Element): boolean {
  let depth = 0;
  for (let n = el.parentElement; n !== null && n !== root && depth < 30; n = n.parentElement, depth++) {
    if (SKIP_TAGS.has(n.tagName.toUpperCase()) || SKIP_ROLES.has(n.getAttribute('role') ?? '')) return true;
  }
  return false;
}

/** Headings are cleaned by the background (cleanSignals); the page only bounds them. */
function rawHeading(text: string): string {
  return text.length > MAX_HEADING_CHARS * 2 ? text.slice(0, MAX_HEADING_CHARS * 2) : text;
}

/**
 * The signals as the detector reads them: whitespace collapsed (line breaks kept in the sample),
 * empty headings dropped, everything within its bound. Run by the background, not the page: in a
 * page's fresh script world every function starts cold in the interpreter, and a per-character
 * pass there cost more than reading the page.
 */
export function cleanSignals(signals: PageSignals): PageSignals {
  const oneLine = (t: string) =>
    t
      .slice(0, MAX_HEADING_CHARS * 2)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_HEADING_CHARS);
  const headings: string[] = [];
  for (const h of signals.headings.slice(0, MAX_HEADINGS)) {
    const t = oneLine(h);
    if (t) headings.push(t);
  }
  const sample = signals.sample
    .slice(0, SAMPLE_CHARS)
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
  return { url: signals.url, title: oneLine(signals.title), headings, sample };
}

// ---------------------------------------------------------------------------------------
// Reading a small page through XPath: three evaluate() calls, strings and numbers only.
//
// Measured in Chromium on the test pages (about 100 elements): the first evaluate() in a page
// costs about 0.3 ms, a pass over the page by element name (`//h2`) about 5 µs, a union of
// names (`(//h1|//h2)[2]`) twice that plus a sort, and a predicate naming elements
// (`//*[self::h1 or ...]`) fifteen times as much. So each expression below is made of name
// steps and each heading is read by its own level. A page over about 500 elements, or one this
// reading would get wrong (a role="main" region, many inline scripts), goes to the DOM walk.

/**
 * Element passes allowed (passes over the page × its elements). A pass costs about 60 ns an
 * element; past this the bounded DOM walk is the cheaper way, and a page of more than
 * XPATH_BUDGET / 30 elements (about 500) goes to the walk after a single counting pass.
 */
const XPATH_BUDGET = 15_000;
/** Separates the strings one XPath concat() returns; a page containing it takes the DOM walk. */
const SEP = '\u001f';
/** Script-like elements with text in the body: their text is code, not language, so it is cut from the sample. */
const CODE_XP = ['script', 'style', 'noscript', 'template'].map((tag) => `/html/body//${tag}[text()]`).join('|');
/** The page's sizes, in this order: bodies, role="main" regions, code blocks, <main>s, <article>s, h1–h3. */
const SIZES_XP = `concat(${['/html/body', "//@role[.='main']", CODE_XP, '//main', '//article', '//h1', '//h2', '//h3']
  .map((xp) => `count(${xp})`)
  .join(",',',")})`;
/** Menus marked by role only; asked only of pages without <main> or <article> (another pass over every attribute). */
const MENU_ROLES_XP = "count(//@role[.='navigation' or .='menu' or .='menubar'])";
/** At most this many code blocks are cut by text; a page with more takes the walk. */
const MAX_CODE_BLOCKS = 6;
/**
 * Characters any one string of the XPath read may return. XPath's string() of an element is all its
 * text: on a 20 MB single-text-node page, taking it whole and slicing in script cost 317 ms. The
 * substring() inside the expression hands the script only this much, whatever the page's size. The
 * content's text keeps room for the header and navigation cut before the first heading.
 */
const XP_TEXT_CHARS = SAMPLE_CHARS * 4;
const XP_PART_CHARS = MAX_HEADING_CHARS * 2;
/** A code block longer than this can't be cut out by its bounded text: the page takes the walk. */
const XP_CODE_CHARS = SAMPLE_CHARS * 2;

/**
 * Headings and a sample much like readByWalk's, from three document.evaluate() calls: the
 * number of elements, the page's other sizes, then one concat() of the headings, the code
 * blocks' texts and the main content's text.
 * Null (take the walk) when XPath is missing or fails, the page has no HTML body, a role="main"
 * region or many code blocks, or is too big for XPath to be the cheaper way. It differs from the
 * walk in three ways: headings come level by level (h1s, then h2s, then h3s) rather than in page
 * order; the only line breaks added are around headings; and instead of skipping <nav>, <header>
 * and <footer> wherever they are, a page without <main> or <article> is sampled from its first
 * heading on, which leaves the site's header and navigation out.
 */
export function readByXPath(document: Document): HeadingsAndSample | null {
  // Straight-line code on purpose: in the page's fresh script world each function is compiled on its first
  // call and each closure costs its own compile, so helpers and callbacks here cost more than they save.
  if (typeof document.evaluate !== 'function') return null;
  try {
    // One pass to count the elements first: on a big page every further pass costs more than the whole walk.
    const elements = document.evaluate('count(//*)', document, null, 1 /* NUMBER_TYPE */, null).numberValue;
    if (!(elements >= 0) || elements * 30 > XPATH_BUDGET) return null;
    const sizes = document.evaluate(SIZES_XP, document, null, 2 /* STRING_TYPE */, null).stringValue.split(',');
    const codeBlocks = Number(sizes[2]);
    const mains = Number(sizes[3]);
    const articles = Number(sizes[4]);
    if (sizes[0] !== '1' || sizes[1] !== '0' || !(codeBlocks <= MAX_CODE_BLOCKS)) return null;
    // Menus marked by role only (a mega-menu of <div>s) on a page without <main> or <article>: the walk skips them.
    if (mains === 0 && articles === 0 && document.evaluate(MENU_ROLES_XP, document, null, 1, null).numberValue !== 0) {
      return null;
    }
    // The first headings of each level, h1s first, MAX_HEADINGS in all.
    const terms: string[] = [];
    for (let level = 1; level <= 3; level++) {
      const n = Number(sizes[4 + level]);
      for (let i = 1; i <= n && terms.length < MAX_HEADINGS; i++) {
        terms.push(`substring((//h${level})[${i}],1,${XP_PART_CHARS})`);
      }
    }
    const headingCount = terms.length;
    if ((15 + headingCount + codeBlocks * 5) * elements > XPATH_BUDGET) return null;
    for (let i = 1; i <= codeBlocks; i++) terms.push(`substring((${CODE_XP})[${i}],1,${XP_CODE_CHARS + 1})`);
    const root =
      mains > 0 && articles > 0
        ? '(//main|//article)[1]'
        : mains > 0
          ? '(//main)[1]'
          : articles > 0
            ? '(//article)[1]'
            : '/html/body';
    terms.push(`substring(${root},1,${XP_TEXT_CHARS})`, "''");
    const expression = `concat(${terms.join(`,'${SEP}',`)})`;
    const strings = document.evaluate(expression, document, null, 2, null).stringValue.split(SEP);
    // The page's own text holds the separator: the strings can't be told apart.
    if (strings.length !== terms.length) return null;

    let text = strings[terms.length - 2] as string;
    // Code blocks' texts out, each where it first occurs.
    for (let i = headingCount; i < headingCount + codeBlocks; i++) {
      const code = strings[i] as string;
      // Cut short by the bound: its text can't be found whole, and leaving code in the sample misleads.
      if (code.length > XP_CODE_CHARS) return null;
      const at = code.trim() === '' ? -1 : text.indexOf(code);
      if (at >= 0) text = `${text.slice(0, at)}\n${text.slice(at + code.length)}`;
    }
    // Without <main> or <article> the content starts at the first heading: the walk skips <header> and <nav>.
    if (root === '/html/body' && headingCount > 0) {
      const at = (strings[0] as string).trim() === '' ? -1 : text.indexOf(strings[0] as string);
      if (at > 0) text = text.slice(at);
    }
    text = text.slice(0, SAMPLE_CHARS * 2);
    // Each heading on a line of its own, as the walk puts every block: XPath's text of an element runs its
    // blocks together ("Agreement1. Fees"), and headings are where that matters most.
    const headings = strings.slice(0, headingCount);
    for (let i = 0; i < headingCount; i++) {
      const h = headings[i] as string;
      const at = h.trim() === '' ? -1 : text.indexOf(h);
      if (at >= 0) text = `${text.slice(0, at)}\n${h}\n${text.slice(at + h.length)}`;
      if (h.length > MAX_HEADING_CHARS * 2) headings[i] = h.slice(0, MAX_HEADING_CHARS * 2);
    }
    return { headings, sample: text.slice(0, SAMPLE_CHARS) };
  } catch {
    return null;
  }
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

/** Text of `root` in document order from `start` (root itself or a node inside it), bounded. */
function sampleText(root: Node, start: Node): string {
  let out = '';
  let visited = 0;
  // Iterative depth-first walk over firstChild/nextSibling: no child arrays, no call stack.
  let node: Node | null = start;
  while (node !== null && out.length < SAMPLE_CHARS && visited < MAX_NODES) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) {
      const t = node.nodeValue;
      if (t) out += t.length > SAMPLE_CHARS ? t.slice(0, SAMPLE_CHARS) : t;
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toUpperCase();
      if (node === root || node === start || !(SKIP_TAGS.has(tag) || (ROLE_TAGS.has(tag) && skippedRole(node)))) {
        if (BLOCK_TAGS.has(tag)) out += '\n';
        descend = true;
      }
    }
    node = nextNode(node, root, descend);
  }
  return out.length > SAMPLE_CHARS ? out.slice(0, SAMPLE_CHARS) : out;
}

function nextNode(node: Node, root: Node, descend: boolean): Node | null {
  if (descend && node.firstChild !== null) return node.firstChild;
  for (let n: Node | null = node; n !== null && n !== root; n = n.parentNode) {
    if (n.nextSibling !== null) return n.nextSibling;
  }
  return null;
}
