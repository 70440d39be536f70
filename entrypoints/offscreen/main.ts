/**
 * The reader page: Chrome's offscreen document, or a hidden frame of Firefox's background page (utils/pdf-tab.ts).
 * It answers the background's
 * - `bg-reader-card`: a web page's blocks → its card, built in the card worker (utils/offthread.ts), off every page's
 *   main thread;
 * - `bg-reader-pdf`: a PDF tab, fetched with the extension's host permission and read (utils/pdf-reader.ts);
 * - `bg-reader-cancel`: stops a job (the worker is terminated; pdf.js is destroyed).
 * Progress goes out as `bg-ui-progress` broadcasts, which the side panel shows. Only the runtime API is used: it is
 * the only one an offscreen document has.
 */
import { browser } from 'wxt/browser';
import type { PageCard } from '@/utils/card-build';
import { CancelledError, createJobRunner, type Progress, type WorkerLike } from '@/utils/card-job';
import type { Envelope } from '@/utils/messages';
import { broadcastProgress, isReaderJobRequest } from '@/utils/offthread';
import { blocksFromSnapshot } from '@/utils/page-read';
import { readPdfAt } from '@/utils/pdf-reader';
import { isReaderRequest } from '@/utils/pdf-tab';
import type { CardWorkerInput } from '@/utils/workers/card-worker';
import CardWorker from '@/utils/workers/card-worker?worker';

const runner = createJobRunner<CardWorkerInput, PageCard>(() => new CardWorker() as unknown as WorkerLike);
/** Running jobs by id, so a cancel finds its job. */
const running = new Map<number, AbortController>();

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Runs one job under its own AbortController, answering with an Envelope whatever happens. */
function answer<T>(
  job: number | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  reply: (r: Envelope<T>) => void,
) {
  const controller = new AbortController();
  if (job !== undefined) running.set(job, controller);
  work(controller.signal)
    .then(
      (data) => reply({ ok: true, data }),
      (err: unknown) =>
        reply({ ok: false, error: controller.signal.aborted ? new CancelledError().message : errorText(err) }),
    )
    .finally(() => {
      if (job !== undefined && running.get(job) === controller) running.delete(job);
    });
}

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Envelope<unknown>) => void) => {
  // Only the background asks (our extension, not a tab's content script, not another page's URL).
  if (sender.id !== browser.runtime.id || sender.tab) return false;
  if (isReaderJobRequest(message)) {
    if (message.type === 'bg-reader-cancel') {
      running.get(message.job)?.abort();
      sendResponse({ ok: true, data: null });
      return false;
    }
    const { job, tabId, page } = message;
    const onProgress = (p: Progress) => broadcastProgress(browser, tabId, job, p);
    answer(
      job,
      async (signal) => {
        // Readability on the page's copy, here: this page's main thread is nobody's view.
        onProgress({ stage: 'text', done: 0, total: 2 });
        const blocks = blocksFromSnapshot(page);
        return runner.run({ kind: 'page', page: blocks }, { onProgress, signal });
      },
      sendResponse,
    );
    return true;
  }
  if (isReaderRequest(message)) {
    const { job, tabId } = message;
    answer(
      job,
      (signal) =>
        readPdfAt(message.url, fetch, {
          signal,
          onProgress:
            job !== undefined && tabId !== undefined
              ? (done, total) => broadcastProgress(browser, tabId, job, { stage: 'pages', done, total })
              : undefined,
        }),
      sendResponse,
    );
    return true;
  }
  return false;
});
