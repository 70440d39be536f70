import type { Doc } from './common/doc';
import { type ScoreInput, scoreLegal, textFeatures } from './detect';
import type { DocKind } from './types';

/**
 * Enough text for stable densities (the first 25,000 characters: about ten pages). The features are linear, this
 * bounds their cost: at 200,000 they took a fifth of a 120 KB card, at 50,000 an eighth. Refitted at 25,000,
 * cross-validation is unchanged (document 476/479, page sample 475/479), and no verdict or kind of 831 corpus and
 * probe documents moved.
 */
const MAX_TEXT = 25_000;
const MAX_HEADINGS = 40;

/** The heading block right after the document's first block when that is a heading: the title's second line. */
function subtitleOf(doc: Doc): string | undefined {
  const [first, second] = doc.blocks;
  if (first?.kind !== 'heading' || second?.kind !== 'heading') return undefined;
  return doc.text.slice(second.start, Math.min(second.end, second.start + 200));
}

/**
 * What the detector reads from a whole document: the normalized text (bounded), the title and
 * the first headings in document order. A text document's title is its first heading; a page's
 * <title> may differ from its h1, and both name the document.
 */
export function docScoreInput(doc: Doc): ScoreInput {
  const text = doc.text.length > MAX_TEXT ? doc.text.slice(0, MAX_TEXT) : doc.text;
  const headings: string[] = [];
  for (const b of doc.blocks) {
    if (headings.length >= MAX_HEADINGS) break;
    if (b.kind === 'heading') headings.push(doc.text.slice(b.start, Math.min(b.end, b.start + 200)));
  }
  // A text without a title (its first heading opens no document: buildDoc) is still read by its first heading, as the
  // model was fitted: the detector's title is where the text starts, a name or not.
  const title = doc.title ?? headings[0] ?? '';
  // A page whose first heading repeats its <title> keeps that heading first, as the badge's page signals do (the same
  // features for the card and the badge; Readability takes the heading out of the article, so it is put back), and
  // the next, a section's heading, does not deny what the title names. A text document's title is its own first
  // heading, taken off the list: the model was fitted on reading the next one.
  const titleIsFirstHeading = doc.titleIsFirstHeading === true;
  const titleTakenFromHeadings = headings.length > 0 && headings[0] === title && !titleIsFirstHeading;
  if (titleTakenFromHeadings) headings.shift();
  if (titleIsFirstHeading && doc.title && headings[0] !== doc.title) headings.unshift(doc.title);
  return {
    url: doc.url ?? '',
    title,
    headings,
    features: textFeatures(text),
    titleIsFirstHeading,
    titleTakenFromHeadings,
    subtitle: subtitleOf(doc),
  };
}

/**
 * Is this document legal, and which kind? The detector's fitted model (extractors/detect/model.json)
 * over the whole normalized document instead of a page sample: the same features, the same weights.
 */
export function classifyDoc(doc: Doc): { isLegal: boolean; kind: DocKind; score: number } {
  return scoreLegal(docScoreInput(doc));
}
