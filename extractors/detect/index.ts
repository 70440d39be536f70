/**
 * The legal-page detector's public face. The page only reads raw signals (../page-signals.ts);
 * the background cleans and scores them here (detectPage), and classifyDoc (../kind.ts) scores
 * a whole document with the same features and the same fitted model (model.json, written by
 * scripts/fit-detector.ts).
 */
import { cleanSignals, type PageSignals } from '../page-signals';
import type { DocKind } from '../types';
import { textFeatures } from './features';
import { scoreLegal } from './score';

export { collectPageSignals, type PageSignals, SAMPLE_CHARS } from '../page-signals';
export { type TextFeatures, textFeatures } from './features';
export { KIND_PHRASES, kindOfPhrase, kindOfUrl } from './phrases';
export { type ScoreInput, scoreLegal } from './score';

export interface Verdict {
  isLegal: boolean;
  kind: DocKind;
  score: number;
}

/** A heading on the sample's second line right under the first heading on its first: the title's second line. */
function subtitleIn(sample: string, headings: string[]): string | undefined {
  const lines = sample.split('\n', 8).filter((l) => l.trim() !== '');
  const [first, second] = lines.map((l) => l.trim());
  return first !== undefined && second !== undefined && headings.includes(first) && headings.includes(second)
    ? second
    : undefined;
}

/** The verdict on a page's signals as the content script read them (raw; cleaned and bounded here). */
export function detectPage(raw: PageSignals): Verdict {
  const { url, title, headings, sample } = cleanSignals(raw);
  return scoreLegal({ url, title, headings, features: textFeatures(sample), subtitle: subtitleIn(sample, headings) });
}
