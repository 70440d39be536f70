/**
 * Finding a card's quotes in the live page: whether each is there and visible to a reader, and showing one of them.
 * Runs IN THE PAGE via `scripting.executeScript({ func, args })`, which serializes the function's source: each
 * exported function here must be self-contained (no imports, no module-level helpers or constants). The analyzer
 * (entrypoints/analyzer.ts) calls findQuotesInPage directly to mark findings whose quote a reader cannot see.
 *
 * The quote comes from the card's normalized text (whitespace collapsed, table cells joined by " | "), so matching
 * ignores whitespace and '|' and case on both sides, and maps every compared character back to its text node.
 *
 * Showing a quote never touches the page's DOM: it is painted with the CSS Custom Highlight API (a Range registered in
 * CSS.highlights, styled by a `::highlight(clauselens)` rule the background inserts with scripting.insertCSS). Wrapping
 * text nodes in <mark> broke pages whose framework owns their DOM (React, Vue and Preact throw NotFoundError on their
 * next update) and showed the page, through its own DOM, which clause the reader was looking at. Where the API is
 * missing (Firefox before 140), boxes drawn over the quote in a closed shadow root stand in.
 */

export interface QuoteInPage {
  found: boolean;
  /** False when the quote is in the page but a reader cannot see it (a collapsed section, clipped or off-screen). */
  visible: boolean;
  /** Text nodes the quote spans (0 when not found). */
  marks: number;
}

/** The name of the highlight in CSS.highlights, and of the `::highlight()` rule that paints it. */
export const HIGHLIGHT_NAME = 'clauselens';

/** The rule the background inserts (scripting.insertCSS, a user stylesheet the page cannot read). */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }`;

/**
 * Looks for each quote in `doc`'s rendered text. With `show`, paints the first quote found (replacing any earlier
 * highlight) and scrolls it into view. Text in elements that are not rendered (display:none, visibility:hidden,
 * opacity:0, zero font size, entirely off-screen) is not part of what a reader sees and is skipped, as the analyzer
 * skips it when it reads the page; text in a closed <details> is kept but reported as not visible.
 *
 * With `sliceMs`, the walk over the page's text yields to the page after each stretch of that many milliseconds, so
 * a megabyte page is never held for long (the analyzer's check of its quotes, utils/offthread.ts); it then answers
 * with a promise, which executeScript awaits. Pass `doc` as null to mean the page's document (executeScript turns an
 * undefined argument into null).
 */
export function findQuotesInPage(
  quotes: string[],
  show: boolean,
  doc: Document | null | undefined,
  sliceMs: number,
): Promise<QuoteInPage[]>;
export function findQuotesInPage(quotes: string[], show: boolean, doc?: Document | null): QuoteInPage[];
export function findQuotesInPage(
  quotes: string[],
  show: boolean,
  docArg?: Document | null,
  sliceMs?: number,
): QuoteInPage[] | Promise<QuoteInPage[]> {
  const doc = docArg ?? document;
  // Bounds keep the work linear and small even on megabyte pages.
  const MAX_CHARS = 4_000_000;
  const MAX_CHECKS = 30_000;
  const EDGE = 48;
  const NAME = 'clauselens';
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg']);
  const view = doc.defaultView;
  const g = globalThis as { __clauselensOverlay?: Element | null };
  const cssHighlights = (view as unknown as { CSS?: { highlights?: Map<string, unknown> } } | null)?.CSS?.highlights;
  const HighlightCtor = (view as unknown as { Highlight?: new (...r: Range[]) => unknown } | null)?.Highlight;

  if (show) {
    cssHighlights?.delete(NAME);
    g.__clauselensOverlay?.remove();
    g.__clauselensOverlay = null;
  }
  const none = (): QuoteInPage => ({ found: false, visible: false, marks: 0 });
  if (!doc.body) return sliceMs === undefined ? quotes.map(none) : Promise.resolve(quotes.map(none));

  const scroll = () => ({ x: view?.scrollX ?? 0, y: view?.scrollY ?? 0 });
  const page = doc.documentElement;
  // Not rendered: keep in step with utils/visibility.ts (the analyzer's copy, which leaves the same elements out).
  let checks = 0;
  const notRendered = (el: Element): boolean => {
    if (checks++ >= MAX_CHECKS || !view) return false;
    const e = el as Element & { checkVisibility?: (o: object) => boolean };
    if (
      typeof e.checkVisibility === 'function' &&
      !e.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
      return el.closest('details:not([open])') === null && view.getComputedStyle(el).display !== 'contents';
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const { x, y } = scroll();
    return r.right + x <= 0 || r.bottom + y <= 0 || r.left + x >= page.scrollWidth || r.top + y >= page.scrollHeight;
  };
  let lastParent: Element | null = null;
  let lastParentZero = false;
  const zeroFont = (el: Element | null): boolean => {
    if (!el || !view) return false;
    if (el !== lastParent) {
      lastParent = el;
      lastParentZero = Number.parseFloat(view.getComputedStyle(el).fontSize) < 1;
    }
    return lastParentZero;
  };

  const IGNORED = /[\s\u00a0\u200b\u2028\u2029\ufeff|]+/g;
  const ignorable = (c: string) => /^[\s\u00a0\u200b\u2028\u2029\ufeff|]$/.test(c);
  const key = (text: string) => text.replace(IGNORED, '').toLowerCase();

  // nodes[j]'s compared characters start at hay[hayStart[j]]; offsets inside a node are recovered on demand.
  const nodes: Text[] = [];
  const hayStart: number[] = [];
  let hay = '';
  const walker = doc.createTreeWalker(doc.body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 3) return zeroFont(node.parentElement) ? 2 : 1;
      const el = node as Element;
      return SKIP.has(el.tagName) || notRendered(el) ? 2 /* FILTER_REJECT: skips the subtree */ : 3 /* FILTER_SKIP */;
    },
  });
  let scanned = 0;
  let walked = false;
  // One stretch of the walk: to the end, or (with sliceMs) until that much time has passed.
  const walk = (): void => {
    const start = performance.now();
    let steps = 0;
    while (scanned < MAX_CHARS) {
      if (sliceMs !== undefined && (++steps & 63) === 0 && performance.now() - start > sliceMs) return;
      const n = walker.nextNode();
      if (!n) break;
      const data = (n as Text).data;
      scanned += data.length;
      nodes.push(n as Text);
      hayStart.push(hay.length);
      hay += key(data);
    }
    walked = true;
  };

  // Maps a position in `hay` to [node index, offset in that node's data] (first or last code unit of the character).
  const locate = (pos: number, atEnd: boolean): [number, number] => {
    let lo = 0;
    let hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((hayStart[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const data = (nodes[lo] as Text).data;
    let h = hayStart[lo] as number;
    let offset = 0;
    for (const c of data) {
      if (!ignorable(c)) {
        h += c.toLowerCase().length;
        if (h > pos) return [lo, atEnd ? offset + c.length : offset];
      }
      offset += c.length;
    }
    return [lo, data.length];
  };

  const match = (needle: string): [number, number] | null => {
    const at = hay.indexOf(needle);
    if (at >= 0) return [at, at + needle.length];
    if (needle.length <= EDGE * 2) return null;
    // The middle may differ (a footnote marker, an inline widget): anchor on both ends within a bounded window.
    const head = needle.slice(0, EDGE);
    const tail = needle.slice(-EDGE);
    let tries = 0;
    for (let from = hay.indexOf(head); from >= 0 && tries < 200; from = hay.indexOf(head, from + 1), tries++) {
      const t = hay.indexOf(tail, from + head.length);
      if (t < 0) return null;
      if (t + EDGE - from <= needle.length * 1.5) return [from, t + EDGE];
    }
    return null;
  };

  // Whether a reader can see a node's matched part: it has a box of some size inside the page, not clipped away by
  // an ancestor that hides its overflow, and its element is rendered (a closed <details> is not).
  const seen = (range: Range, node: Text): boolean => {
    const parent = node.parentElement;
    // Without layout (a test DOM) there is nothing to measure: the text counts as seen.
    if (!parent || !view || typeof range.getClientRects !== 'function') return true;
    const p = parent as Element & { checkVisibility?: (o: object) => boolean };
    if (
      typeof p.checkVisibility === 'function' &&
      !p.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    )
      return false;
    const { x, y } = scroll();
    for (const r of Array.from(range.getClientRects())) {
      let left = r.left;
      let top = r.top;
      let right = r.right;
      let bottom = r.bottom;
      if (right - left < 1 || bottom - top < 1) continue;
      let depth = 0;
      for (let a = parent.parentElement; a && a !== page && depth < 64; a = a.parentElement, depth++) {
        const s = view.getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        left = Math.max(left, c.left);
        top = Math.max(top, c.top);
        right = Math.min(right, c.right);
        bottom = Math.min(bottom, c.bottom);
      }
      const area = (right - left) * (bottom - top);
      const inPage = right + x > 0 && bottom + y > 0 && left + x < page.scrollWidth && top + y < page.scrollHeight;
      if (right > left && bottom > top && inPage && area >= 0.25 * r.width * r.height) return true;
    }
    return false;
  };

  const answer = (): QuoteInPage[] => {
    const results: QuoteInPage[] = [];
    let shown = false;
    for (const quote of quotes) {
      const needle = key(quote);
      const span = needle.length > 0 && nodes.length > 0 ? match(needle) : null;
      if (!span) {
        results.push(none());
        continue;
      }
      const [firstNode, firstOffset] = locate(span[0], false);
      const [lastNode, lastOffset] = locate(span[1] - 1, true);
      // Visible when nearly all of its compared characters are (a stray hidden footnote marker does not count).
      let total = 0;
      let visibleChars = 0;
      let marks = 0;
      for (let i = firstNode; i <= lastNode; i++) {
        const node = nodes[i] as Text;
        const from = i === firstNode ? firstOffset : 0;
        const to = i === lastNode ? lastOffset : node.data.length;
        const chars = key(node.data.slice(from, to)).length;
        if (chars === 0) continue;
        marks++;
        total += chars;
        const part = doc.createRange();
        part.setStart(node, from);
        part.setEnd(node, to);
        if (seen(part, node)) visibleChars += chars;
      }
      const visible = total > 0 && visibleChars >= 0.9 * total;
      results.push({ found: true, visible, marks });
      if (!show || shown) continue;
      shown = true;
      const range = doc.createRange();
      range.setStart(nodes[firstNode] as Text, firstOffset);
      range.setEnd(nodes[lastNode] as Text, lastOffset);
      if (cssHighlights && HighlightCtor) {
        cssHighlights.set(NAME, new HighlightCtor(range));
      } else {
        // Fallback: boxes over the quote, in a closed shadow root the page's scripts cannot reach.
        const host = doc.createElement('div');
        const root = host.attachShadow({ mode: 'closed' });
        const { x, y } = scroll();
        const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
        for (const r of rects) {
          const box = doc.createElement('div');
          Object.assign(box.style, {
            position: 'absolute',
            left: `${r.left + x}px`,
            top: `${r.top + y}px`,
            width: `${r.width}px`,
            height: `${r.height}px`,
            background: 'rgba(255, 224, 102, 0.45)',
            outline: '2px solid #e8590c',
            pointerEvents: 'none',
            zIndex: '2147483647',
          });
          root.append(box);
        }
        Object.assign(host.style, { position: 'absolute', left: '0', top: '0', width: '0', height: '0' });
        page.append(host);
        g.__clauselensOverlay = host;
      }
      const target = (nodes[firstNode] as Text).parentElement;
      if (target && typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center' });
    }
    return results;
  };

  if (sliceMs === undefined) {
    walk();
    return answer();
  }
  return (async () => {
    walk();
    while (!walked) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      walk();
    }
    return answer();
  })();
}

/** Removes ClauseLens's highlight from the page; returns whether there was one. */
export function clearHighlightInPage(doc: Document = document): boolean {
  const view = doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> } } | null;
  const g = globalThis as { __clauselensOverlay?: Element | null };
  const hadHighlight = view?.CSS?.highlights?.delete('clauselens') ?? false;
  const overlay = g.__clauselensOverlay;
  overlay?.remove();
  g.__clauselensOverlay = null;
  return hadHighlight || Boolean(overlay);
}
