/**
 * What a reader of the live page can see. The analyzer reads the page through a clone (Readability mutates what it
 * reads); text the page does not render must not reach the card, or a page could hide "99.999% uptime" in a
 * display:none block and have ClauseLens report it as the vendor's commitment.
 *
 * Keep `notRendered` in step with the copy inside utils/highlight.ts (findQuotesInPage), which must be
 * self-contained because it is serialized into the page by scripting.executeScript.
 */

/** Elements checked per page; past it, the rest are kept as they are (the checks cost a style lookup each). */
export const MAX_VISIBILITY_CHECKS = 30_000;

type Checkable = Element & { checkVisibility?: (options: object) => boolean };

/**
 * Not rendered for a reader: display:none, visibility:hidden, opacity:0 (on it or an ancestor), or a box entirely
 * outside the page (negative coordinates, the "left:-9999px" trick). A closed <details> hides its content until
 * the reader opens it, so that content counts as rendered (its findings are then marked not visible).
 */
export function notRendered(el: Element, view: Window): boolean {
  const e = el as Checkable;
  if (
    typeof e.checkVisibility === 'function' &&
    !e.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  )
    // A `display: contents` wrapper has no box of its own, but its children do: they are checked one by one.
    return el.closest('details:not([open])') === null && view.getComputedStyle(el).display !== 'contents';
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const page = view.document.documentElement;
  const x = view.scrollX;
  const y = view.scrollY;
  return r.right + x <= 0 || r.bottom + y <= 0 || r.left + x >= page.scrollWidth || r.top + y >= page.scrollHeight;
}

/** Text set in a zero font size is not read by anyone but a machine. */
function zeroFont(el: Element, view: Window): boolean {
  return Number.parseFloat(view.getComputedStyle(el).fontSize) < 1;
}

export interface RenderedClone {
  doc: Document;
  /** Elements left out as not rendered, and elements whose own text was dropped for a zero font size. */
  removed: number;
  zeroFont: number;
  /** True when the page had more elements than were checked. */
  truncated: boolean;
}

/**
 * A clone of `doc` without what the page does not render. Elements are matched between the page and its clone by
 * their position in document order (getElementsByTagName('*') lists both in the same order: the clone is taken
 * synchronously, so the page cannot change in between).
 */
export function renderedClone(doc: Document): RenderedClone {
  const view = doc.defaultView;
  const clone = doc.cloneNode(true) as Document;
  if (!view || !doc.body || !clone.body) return { doc: clone, removed: 0, zeroFont: 0, truncated: false };
  const live = doc.body.getElementsByTagName('*');
  const copy = clone.body.getElementsByTagName('*');
  const drop: number[] = [];
  const mute: number[] = [];
  let hidden: Element | null = null;
  const count = Math.min(live.length, copy.length, MAX_VISIBILITY_CHECKS);
  for (let i = 0; i < count; i++) {
    const el = live[i] as Element;
    if (hidden?.contains(el)) continue; // inside an element already left out
    if (notRendered(el, view)) {
      hidden = el;
      drop.push(i);
    } else if (zeroFont(el, view)) {
      mute.push(i);
    }
  }
  // Collected first, changed after: removing elements would shift the live list's positions.
  const toDrop = drop.map((i) => copy[i] as Element);
  const toMute = mute.map((i) => copy[i] as Element);
  for (const el of toMute) {
    for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) child.remove();
  }
  for (const el of toDrop) el.remove();
  return { doc: clone, removed: toDrop.length, zeroFont: toMute.length, truncated: live.length > count };
}
