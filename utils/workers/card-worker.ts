/**
 * The card worker: builds a card off every page's main thread. Started by the reader page (entrypoints/offscreen/,
 * for a tab's page) through utils/card-job.ts, which terminates it to cancel. Imported with Vite's `?worker` suffix,
 * so it is bundled as its own module worker from the extension's files (CSP: script-src 'self').
 */
import { cardFromPage, type PageCard } from '@/utils/card-build';
import { serveJobs, type WorkerReply } from '@/utils/card-job';
import type { PageBlocks } from '@/utils/page-read';

export type CardWorkerInput = { kind: 'page'; page: PageBlocks };

const post = (reply: WorkerReply<PageCard>) => (self as unknown as Worker).postMessage(reply);

self.onmessage = serveJobs<CardWorkerInput, PageCard>((input, onProgress) => {
  if (input.kind === 'page') return cardFromPage(input.page, onProgress);
  throw new Error('Unknown job for the card worker.');
}, post);
