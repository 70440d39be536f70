/**
 * What the card worker (utils/workers/card-worker.ts) does with a page's blocks, read from the page's snapshot by
 * blocksFromSnapshot (utils/page-read.ts): the same buildDoc + buildCard the page itself used to run
 * (docFromDocument = blocksFromDocument + buildDoc), so the card, its text and every offset are the same as before the
 * move off the page's main thread. Reports progress per stage and per field.
 */
import { buildCard } from '@/extractors';
import { buildDoc } from '@/extractors/common/normalize';
import type { Progress } from './card-job';
import type { Analysis } from './messages';
import type { PageBlocks } from './page-read';

export type PageCard = Omit<Analysis, 'at'>;

export function cardFromPage(page: PageBlocks, onProgress: (p: Progress) => void = () => {}): PageCard {
  const t0 = performance.now();
  onProgress({ stage: 'text', done: 1, total: 2 });
  const doc = buildDoc(page.blocks, {
    title: page.title,
    url: page.url,
    siteName: page.siteName,
    titleIsFirstHeading: page.titleIsFirstHeading,
  });
  onProgress({ stage: 'text', done: 2, total: 2 });
  // The analyzer runs only when the page looked legal or a person opened ClauseLens on it; the
  // popup keeps a not-legal page's values behind "Analyze anyway", so they are read regardless.
  const card = buildCard(doc, page.url, {
    force: true,
    onField: (done, total) => onProgress({ stage: 'fields', done, total }),
  });
  return {
    card,
    text: doc.text,
    url: page.url,
    title: doc.title ?? page.pageTitle,
    // The page's time plus the worker's: what the analysis cost in all.
    ms: page.ms + (performance.now() - t0),
  };
}
