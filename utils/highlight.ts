/**
 * Finding a card's quote in the live page and marking it. Runs IN THE PAGE via
 * `scripting.executeScript({ func, args })`, which serializes the function's source: each exported function here must
 * be self-contained (no imports, no module-level helpers or constants).
 *
 * The quote comes from the card's normalized text (whitespace collapsed, table cells joined by " | "), so matching
 * ignores whitespace and '|' and case on both sides, and maps every compared character back to its text node.
 */

export interface PageHighlightResult {
  found: boolean;
  marks: number;
}

/** Marks `quote` in `doc` with <mark data-clauselens-highlight>, replacing any previous highlight. */
export function highlightQuoteInPage(quote: string, doc: Document = document): PageHighlightResult {
  // Bounds keep the work linear and small even on megabyte pages.
  const MAX_CHARS = 4_000_000;
  const EDGE = 48;
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg']);

  // Remove the previous highlight first so the text nodes we index are the page's own.
  for (const old of Array.from(doc.querySelectorAll('mark[data-clauselens-highlight]'))) {
    const parent = old.parentNode;
    if (!parent) continue;
    while (old.firstChild) parent.insertBefore(old.firstChild, old);
    parent.removeChild(old);
    parent.normalize();
  }

  const IGNORED = /[\s\u00a0\u200b\u2028\u2029\ufeff|]+/g;
  const ignorable = (c: string) => /^[\s\u00a0\u200b\u2028\u2029\ufeff|]$/.test(c);
  const key = (text: string) => text.replace(IGNORED, '').toLowerCase();
  const needle = key(quote);
  if (needle.length === 0 || !doc.body) return { found: false, marks: 0 };

  // nodes[j]'s compared characters start at hay[hayStart[j]]; offsets inside a node are recovered on demand.
  const nodes: Text[] = [];
  const hayStart: number[] = [];
  let hay = '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== doc.body; el = el.parentElement) {
        if (SKIP.has(el.tagName)) return 2; // FILTER_REJECT
      }
      return 1; // FILTER_ACCEPT
    },
  });
  let scanned = 0;
  for (let n = walker.nextNode(); n && scanned < MAX_CHARS; n = walker.nextNode()) {
    const data = (n as Text).data;
    scanned += data.length;
    nodes.push(n as Text);
    hayStart.push(hay.length);
    hay += key(data);
  }

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

  let start = hay.indexOf(needle);
  let end = start + needle.length;
  if (start < 0 && needle.length > EDGE * 2) {
    // The middle may differ (a footnote marker, an inline widget): anchor on both ends within a bounded window.
    const head = needle.slice(0, EDGE);
    const tail = needle.slice(-EDGE);
    let tries = 0;
    for (let from = hay.indexOf(head); from >= 0 && tries < 200; from = hay.indexOf(head, from + 1), tries++) {
      const t = hay.indexOf(tail, from + head.length);
      if (t >= 0 && t + EDGE - from <= needle.length * 1.5) {
        start = from;
        end = t + EDGE;
        break;
      }
      if (t < 0) break;
    }
  }
  if (start < 0) return { found: false, marks: 0 };

  // Wrap the matched part of each text node in its own <mark>: one element cannot straddle element boundaries.
  const [firstNode, firstOffset] = locate(start, false);
  const [lastNode, lastOffset] = locate(end - 1, true);
  const marks: HTMLElement[] = [];
  for (let i = firstNode; i <= lastNode; i++) {
    let node = nodes[i] as Text;
    const from = i === firstNode ? firstOffset : 0;
    const to = i === lastNode ? lastOffset : node.data.length;
    if (to <= from || node.data.slice(from, to).trim() === '') continue;
    if (from > 0) node = node.splitText(from);
    if (to - from < node.data.length) node.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.dataset.clauselensHighlight = '';
    // CSSOM styles, not a style attribute: a page's CSP may forbid inline style attributes.
    mark.style.backgroundColor = '#ffe066';
    mark.style.color = '#000';
    mark.style.outline = '2px solid #e8590c';
    mark.style.borderRadius = '2px';
    node.parentNode?.insertBefore(mark, node);
    mark.appendChild(node);
    marks.push(mark);
  }
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) return { found: false, marks: 0 };

  const selection = doc.defaultView?.getSelection();
  if (selection) {
    const range = doc.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (typeof first.scrollIntoView === 'function') first.scrollIntoView({ block: 'center', behavior: 'auto' });
  return { found: true, marks: marks.length };
}

/** Removes ClauseLens highlights from `doc`; returns whether there were any. */
export function clearHighlightInPage(doc: Document = document): boolean {
  const marks = Array.from(doc.querySelectorAll('mark[data-clauselens-highlight]'));
  for (const old of marks) {
    const parent = old.parentNode;
    if (!parent) continue;
    while (old.firstChild) parent.insertBefore(old.firstChild, old);
    parent.removeChild(old);
    parent.normalize();
  }
  return marks.length > 0;
}
