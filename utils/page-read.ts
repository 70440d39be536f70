/**
 * The page's share of an analysis, and nothing more (runs IN THE PAGE, from entrypoints/analyzer.ts): what the page
 * renders, read into plain blocks. The card itself is built off the page's main thread, in a worker of the reader
 * page (entrypoints/offscreen/), so a slow document never freezes the tab the user reads.
 *
 * The visibility checks (a style lookup per element) run in slices of SLICE_MS with a yield to the page between
 * them; the copy that Readability reads is taken in one synchronous step at the end and matched to the checked
 * elements in one linear pass, so a page that changes between slices cannot misalign the two.
 */
import type { RawBlock } from '@/extractors';
import { blocksFromDocument } from '@/extractors/common/html-input';
import { MAX_VISIBILITY_CHECKS, notRendered } from './visibility';

/**
 * What the page hands over: the rendered part of the page as HTML (text hidden with CSS already left out), read into
 * blocks by the reader page (blocksFromSnapshot), whose main thread nobody is looking at. Plain data.
 * A page whose HTML is over MAX_SNAPSHOT_CHARS sends its blocks instead (read in the page, as before).
 */
export interface PageSnapshot {
  /** The filtered copy, serialized (with a doctype when the page is in standards mode, so it parses the same). */
  html: string | null;
  /** Blocks read in the page, when `html` is null. */
  blocks: RawBlock[] | null;
  title: string | null;
  siteName: string | null;
  /** The page's first heading repeats its title (HtmlBlocks.titleIsFirstHeading), when `blocks` were read here. */
  titleIsFirstHeading?: boolean;
  url: string;
  /** document.title, the fallback title of a page whose text names none. */
  pageTitle: string;
  /** Time the page spent (its main thread), in milliseconds. */
  ms: number;
  /** The longest single stretch the page's main thread was held by this read, in milliseconds. */
  longestMs: number;
  /** Where the time went: the sliced visibility pass, the copy, the serialization (milliseconds). */
  timings?: { visibility: number; copy: number; serialize: number };
}

/** What the card worker builds from: blocks plus the page's titles. Plain data. */
export interface PageBlocks {
  blocks: RawBlock[];
  /** Readability's (or the document's) title, as docFromDocument would pass it to buildDoc. */
  title: string | null;
  siteName: string | null;
  /** The page's first heading repeats its title (the detector reads the next heading as a section's). */
  titleIsFirstHeading?: boolean;
  url: string;
  pageTitle: string;
  /** Time spent so far (the page's and the reader page's), in milliseconds. */
  ms: number;
}

/** 32 M characters: past this a page's HTML would strain runtime messaging; its blocks are read in the page. */
export const MAX_SNAPSHOT_CHARS = 32 * 1024 * 1024;

/** The longest the visibility pass holds the page's main thread at a stretch. */
export const SLICE_MS = 25;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Which elements of the page are not rendered (left out) and which show their own text at a zero font size (their
 * text nodes dropped), checked in slices. Same rules and order as renderedClone (utils/visibility.ts).
 */
async function hiddenElements(
  doc: Document,
  view: Window,
  sliceMs: number,
  clock: { longest: number },
): Promise<{ drop: Set<Element>; mute: Set<Element> }> {
  const drop = new Set<Element>();
  const mute = new Set<Element>();
  const body = doc.body;
  if (!body) return { drop, mute };
  // A fixed list: elements the page adds meanwhile are not checked (as past MAX_VISIBILITY_CHECKS, they are kept).
  const all = Array.from(body.getElementsByTagName('*')).slice(0, MAX_VISIBILITY_CHECKS);
  let hidden: Element | null = null;
  let sliceStart = performance.now();
  for (let i = 0; i < all.length; i++) {
    if ((i & 63) === 0 && performance.now() - sliceStart > sliceMs) {
      clock.longest = Math.max(clock.longest, performance.now() - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    }
    const el = all[i] as Element;
    if (hidden?.contains(el)) continue; // inside an element already left out
    if (!el.isConnected) continue; // removed by the page between slices: nothing to copy
    if (notRendered(el, view)) {
      hidden = el;
      drop.add(el);
    } else if (Number.parseFloat(view.getComputedStyle(el).fontSize) < 1) {
      mute.add(el);
    }
  }
  clock.longest = Math.max(clock.longest, performance.now() - sliceStart);
  return { drop, mute };
}

/**
 * A copy of `doc` without what `drop` leaves out and without the own text of `mute`'s elements. The copy is taken
 * synchronously, so the page's element list and the copy's match position by position.
 */
function copyWithout(doc: Document, drop: Set<Element>, mute: Set<Element>): Document {
  const clone = doc.cloneNode(true) as Document;
  if (!doc.body || !clone.body || (drop.size === 0 && mute.size === 0)) return clone;
  const live = doc.body.getElementsByTagName('*');
  const copy = clone.body.getElementsByTagName('*');
  const toDrop: Element[] = [];
  const toMute: Element[] = [];
  const n = Math.min(live.length, copy.length);
  for (let i = 0; i < n; i++) {
    const el = live[i] as Element;
    if (drop.has(el)) toDrop.push(copy[i] as Element);
    else if (mute.has(el)) toMute.push(copy[i] as Element);
  }
  // Collected first, changed after: removing elements would shift the live list's positions.
  for (const el of toMute) {
    for (const child of Array.from(el.childNodes)) if (child.nodeType === 3) child.remove();
  }
  for (const el of toDrop) el.remove();
  return clone;
}

/** An element with fewer descendants than this is serialized in one piece (one outerHTML call). */
const CHUNK_ELEMENTS = 1500;

/** Text as the HTML serializer writes it in an ordinary element (not script, style or the like). */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The copy's HTML, as `outerHTML` gives it, but built in pieces with a yield to the page between slices: the copy is
 * detached and ours, so nothing changes it meanwhile. An element with many descendants is written as its start tag,
 * its children one by one, and its end tag; anything smaller in one outerHTML call. A doctype keeps standards mode
 * (so a <table> closes a <p> when the reader page parses it back, as it did in the page).
 */
async function serializeInSlices(
  doc: Document,
  copy: Document,
  sliceMs: number,
  clock: { longest: number },
): Promise<string> {
  const parts: string[] = doc.compatMode === 'CSS1Compat' ? ['<!DOCTYPE html>'] : [];
  let sliceStart = performance.now();
  const maybeYield = async () => {
    if (performance.now() - sliceStart <= sliceMs) return;
    clock.longest = Math.max(clock.longest, performance.now() - sliceStart);
    await yieldToPage();
    sliceStart = performance.now();
  };
  const write = async (node: Node): Promise<void> => {
    if (node.nodeType === 3) {
      parts.push(escapeText(node.nodeValue ?? ''));
      return;
    }
    if (node.nodeType === 8) {
      parts.push(`<!--${node.nodeValue ?? ''}-->`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.getElementsByTagName('*').length < CHUNK_ELEMENTS) {
      parts.push(el.outerHTML);
      await maybeYield();
      return;
    }
    // Start tag and end tag from a childless copy of the element ("<div id=a></div>" cut at its end tag).
    const shallow = (el.cloneNode(false) as Element).outerHTML;
    const end = `</${el.localName}>`;
    parts.push(shallow.endsWith(end) ? shallow.slice(0, -end.length) : shallow);
    for (const child of Array.from(el.childNodes)) await write(child);
    parts.push(end);
  };
  if (copy.documentElement) await write(copy.documentElement);
  clock.longest = Math.max(clock.longest, performance.now() - sliceStart);
  return parts.join('');
}

/** The longest a page's entrance animations are waited for before its text is read. */
export const MAX_ANIMATION_WAIT_MS = 2000;

/**
 * Waits (at most MAX_ANIMATION_WAIT_MS) for the page's finite CSS animations and transitions to end. Pages fade their
 * content in ("opacity: 0 → 1" over half a second after load), and the analysis of a legal page starts as soon as it
 * loads: read mid-fade, every paragraph has opacity 0 and is left out as not rendered, and the card comes back empty.
 * Looping animations (spinners) never end and are not waited for. Reading getAnimations() changes nothing the page
 * can observe.
 */
export async function animationsSettled(doc: Document, maxMs = MAX_ANIMATION_WAIT_MS): Promise<void> {
  const all = typeof doc.getAnimations === 'function' ? doc.getAnimations() : [];
  const ending: Promise<unknown>[] = [];
  for (const a of all) {
    const iterations = a.effect?.getComputedTiming().iterations ?? 1;
    if (a.playState === 'running' && Number.isFinite(iterations)) ending.push(a.finished.catch(() => undefined));
  }
  if (ending.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(ending),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxMs);
    }),
  ]);
  clearTimeout(timer);
}

/**
 * Reads the live page (the analyzer's whole job in the page): the sliced visibility pass, one synchronous copy
 * without what is not rendered, and its HTML. Readability and the block walk run in the reader page.
 */
export async function readPageSnapshot(doc: Document = document, sliceMs = SLICE_MS): Promise<PageSnapshot> {
  await animationsSettled(doc);
  const t0 = performance.now();
  const clock = { longest: 0 };
  const view = doc.defaultView;
  const { drop, mute } = view
    ? await hiddenElements(doc, view, sliceMs, clock)
    : { drop: new Set<Element>(), mute: new Set<Element>() };
  const tail = performance.now();
  const copy = copyWithout(doc, drop, mute);
  const copied = performance.now();
  clock.longest = Math.max(clock.longest, copied - tail);
  const html = await serializeInSlices(doc, copy, sliceMs, clock);
  const serialized = performance.now();
  const base = { url: doc.location?.href ?? '', pageTitle: doc.title };
  let snapshot: Omit<PageSnapshot, 'ms' | 'longestMs' | 'timings'>;
  if (html.length <= MAX_SNAPSHOT_CHARS) {
    snapshot = { ...base, html, blocks: null, title: null, siteName: null };
  } else {
    // Too large to send: read here (Readability is bounded by MAX_READABILITY_ELEMENTS in html-input.ts).
    const { blocks, title, siteName, titleIsFirstHeading } = blocksFromDocument(copy, { owned: true });
    snapshot = { ...base, html: null, blocks, title, siteName, titleIsFirstHeading };
  }
  const end = performance.now();
  clock.longest = Math.max(clock.longest, end - serialized);
  return {
    ...snapshot,
    ms: end - t0,
    longestMs: clock.longest,
    timings: { visibility: tail - t0, copy: copied - tail, serialize: serialized - copied },
  };
}

/**
 * The page's blocks from its snapshot (in the reader page: it has a DOM, and its main thread is nobody's view).
 * The copy is parsed back with DOMParser (scripts in it never run) and read exactly as the page's copy was:
 * Readability, or the body walk (blocksFromDocument).
 */
export function blocksFromSnapshot(
  snapshot: PageSnapshot,
  parse: (html: string) => Document = (html) => new DOMParser().parseFromString(html, 'text/html'),
): PageBlocks {
  const t0 = performance.now();
  const { url, pageTitle } = snapshot;
  if (snapshot.html === null) {
    return {
      blocks: snapshot.blocks ?? [],
      title: snapshot.title,
      siteName: snapshot.siteName,
      titleIsFirstHeading: snapshot.titleIsFirstHeading === true,
      url,
      pageTitle,
      ms: snapshot.ms,
    };
  }
  const { blocks, title, siteName, titleIsFirstHeading } = blocksFromDocument(parse(snapshot.html), { owned: true });
  return { blocks, title, siteName, titleIsFirstHeading, url, pageTitle, ms: snapshot.ms + (performance.now() - t0) };
}
