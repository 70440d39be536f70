import type { Doc } from './common/doc';
import { scoreLegal, textFeatures } from './detect';
import type { DocKind } from './types';

/** Enough text for stable densities; the regexes are linear, this only bounds the cost. */
const MAX_TEXT = 200_000;
const MAX_HEADINGS = 40;

/**
 * Is this document legal, and which kind? The detector's scoring over the whole
 * normalized document instead of a page sample: densities per 1000 words, the title,
 * the first headings (in document order) and the URL.
 */
export function classifyDoc(doc: Doc): { isLegal: boolean; kind: DocKind; score: number } {
  const text = doc.text.length > MAX_TEXT ? doc.text.slice(0, MAX_TEXT) : doc.text;
  const headings: string[] = [];
  for (const b of doc.blocks) {
    if (headings.length >= MAX_HEADINGS) break;
    if (b.kind === 'heading') headings.push(doc.text.slice(b.start, Math.min(b.end, b.start + 200)));
  }
  // A text document's title is its first heading; a page's <title> may differ from its h1,
  // and both name the document.
  const title = doc.title ?? headings[0] ?? '';
  if (doc.title && headings[0] === doc.title) headings.shift();
  return scoreLegal({ url: doc.url ?? '', title, headings, features: textFeatures(text) });
}
