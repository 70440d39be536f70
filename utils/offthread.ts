/**
 * A tab's analysis, off the page's main thread (the background's side; see utils/card-job.ts for the worker side).
 *
 *   1. page:    the analyzer script copies what the page renders (utils/page-read.ts: visibility checks in slices,
 *               one copy, its HTML);
 *   2. text, fields: the reader page (Chrome's offscreen document, or the frame Firefox's background page holds)
 *               reads the copy into blocks (Readability) and builds the card in its worker
 *               (utils/workers/card-worker.ts);
 *   3. visible: back in the tab, the card's quotes are looked up once to mark those a reader cannot see.
 *
 * Every step reports progress to the extension's pages as a `bg-ui-progress` broadcast (the side panel shows it),
 * and every step can be cancelled: the ticket's signal rejects the analysis at once, and the reader page terminates
 * the worker (no card comes of it, nothing is cached).
 *
 * Why the reader page and not the background itself: Chrome's MV3 service worker can start no Worker, and an
 * offscreen document can; Firefox's event page could, but one path for both browsers is one path to test.
 */
import type { browser } from 'wxt/browser';
import type { Card, Finding } from '@/extractors/types';
import { CancelledError, type Progress } from './card-job';
import { findQuotesInPage, type QuoteInPage } from './highlight';
import { t } from './i18n';
import type { Analysis, ProgressReport } from './messages';
import { type PageSnapshot, SLICE_MS } from './page-read';

/** The unlisted script that reads the page (entrypoints/analyzer.ts). */
export const ANALYZER_FILE = '/analyzer.js';

type AnalyzerOutput = Omit<Analysis, 'at'>;

/** One analysis: its id (the reader page's job), its tab, and the signal that cancels it. */
export interface Ticket {
  id: number;
  tabId: number;
  signal: AbortSignal;
}

/** The reader page's card builder, as the background sees it (utils/pdf-tab.ts createPdfTabReader). */
export interface CardBuilder {
  build(page: PageSnapshot, ticket: Ticket): Promise<AnalyzerOutput>;
}

/** What the background asks the reader page besides PDFs. */
export type ReaderJobRequest =
  | { type: 'bg-reader-card'; job: number; tabId: number; page: PageSnapshot }
  | { type: 'bg-reader-cancel'; job: number };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isPageSnapshot(v: unknown): v is PageSnapshot {
  return (
    isObject(v) &&
    (typeof v.html === 'string' ? v.blocks === null : v.html === null && Array.isArray(v.blocks)) &&
    typeof v.url === 'string' &&
    typeof v.pageTitle === 'string' &&
    (v.title === null || typeof v.title === 'string') &&
    (v.siteName === null || typeof v.siteName === 'string') &&
    (v.titleIsFirstHeading === undefined || typeof v.titleIsFirstHeading === 'boolean') &&
    typeof v.ms === 'number'
  );
}

export function isReaderJobRequest(m: unknown): m is ReaderJobRequest {
  if (!isObject(m) || !isId(m.job)) return false;
  if (m.type === 'bg-reader-cancel') return true;
  return m.type === 'bg-reader-card' && isId(m.tabId) && isPageSnapshot(m.page);
}

type Api = Pick<typeof browser, 'runtime' | 'scripting'>;

/** Tells the extension's pages how far a tab's analysis is. Nobody listening is not an error. */
export function broadcastProgress(
  api: Pick<typeof browser, 'runtime'>,
  tabId: number,
  job: number,
  progress: Progress,
) {
  const report: ProgressReport = { type: 'bg-ui-progress', tabId, job, progress };
  try {
    Promise.resolve(api.runtime.sendMessage(report)).catch(() => {});
  } catch {
    // No receiver (Chrome throws synchronously in some versions): the panel is closed.
  }
}

/** `promise`, or a CancelledError as soon as `signal` aborts (what the promise does after that is ignored). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new CancelledError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CancelledError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** Every finding of a card, list fields included. */
export function findingsOf(card: Card): Finding<unknown>[] {
  const out: Finding<unknown>[] = [];
  for (const value of Object.values(card.fields) as (Finding<unknown> | Finding<unknown>[] | null)[]) {
    if (Array.isArray(value)) out.push(...value);
    else if (value) out.push(value);
  }
  return out;
}

/** The background's analysis of a web page (a PDF tab goes to the reader page whole: utils/pdf-tab.ts). */
export function createOffThreadAnalyzer(api: Api, builder: CardBuilder) {
  return {
    async analyzePage(ticket: Ticket): Promise<AnalyzerOutput> {
      const { tabId, signal } = ticket;
      const report = (p: Progress) => broadcastProgress(api, tabId, ticket.id, p);
      report({ stage: 'page', done: 0, total: 1 });
      const results = await abortable(
        Promise.resolve(api.scripting.executeScript({ target: { tabId }, files: [ANALYZER_FILE] })),
        signal,
      );
      const page = results?.[0]?.result;
      if (!isPageSnapshot(page)) throw new Error(t('pageNotRead'));
      report({ stage: 'page', done: 1, total: 1 });
      const output = await abortable(builder.build(page, ticket), signal);
      // A quote can still be in the page yet out of a reader's sight (a collapsed section, clipped by its box): say
      // so on the finding, so the card does not present it as something the reviewer can check on screen.
      const findings = findingsOf(output.card);
      if (findings.length > 0) {
        report({ stage: 'visible', done: 0, total: 1 });
        const seen = await abortable(
          Promise.resolve(
            api.scripting.executeScript({
              target: { tabId },
              // Sliced: the walk over a megabyte page's text yields to the page between stretches.
              func: findQuotesInPage as (q: string[], show: boolean, d: null, ms: number) => Promise<QuoteInPage[]>,
              args: [findings.map((f) => f.quote), false, null, SLICE_MS],
            }),
          ),
          signal,
        ).catch((err: unknown) => {
          if (err instanceof CancelledError) throw err;
          return null; // the page went away meanwhile: the card stands, unmarked
        });
        const quotes = (seen?.[0]?.result as QuoteInPage[] | undefined) ?? [];
        findings.forEach((f, i) => {
          if (quotes[i]?.found && !quotes[i]?.visible) f.visible = false;
        });
        report({ stage: 'visible', done: 1, total: 1 });
      }
      return output;
    },
  };
}
