/**
 * A PDF open in a tab. No content script runs inside Chrome's PDF viewer or Firefox's pdf.js viewer, and the MV3
 * service worker can neither `import()` pdfjs nor start its worker, so the background hands the tab's URL to a
 * reader page (entrypoints/offscreen/): it fetches the bytes itself (host permission), parses them with pdfjs in a
 * module worker and builds the card with the same engine as a web page (utils/file-analysis.ts).
 *
 * Where the reader page lives:
 * - Chrome: an offscreen document (`chrome.offscreen`, reason WORKERS), created on the first PDF and kept.
 * - Firefox: no offscreen API, but its MV3 background is an event page with a DOM: the same page is loaded in a
 *   hidden <iframe> of the background page.
 * Both answer the one message `bg-reader-pdf` over runtime messaging.
 */
import type { browser } from 'wxt/browser';
import { t } from './i18n';
import type { Analysis, Envelope } from './messages';
import type { CardBuilder, ReaderJobRequest, Ticket } from './offthread';
import type { PageSnapshot } from './page-read';

/** The reader page (entrypoints/offscreen/index.html). */
export const READER_PAGE = '/offscreen.html';

/** What the background asks the reader page. */
export interface ReaderRequest {
  type: 'bg-reader-pdf';
  url: string;
  /** The analysis this read belongs to (progress reports and cancel name it), and its tab. */
  job?: number;
  tabId?: number;
}

export function isReaderRequest(m: unknown): m is ReaderRequest {
  if (typeof m !== 'object' || m === null) return false;
  const o = m as Record<string, unknown>;
  const id = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= 0);
  return (
    o.type === 'bg-reader-pdf' &&
    typeof o.url === 'string' &&
    o.url.length <= 8192 &&
    isWebUrl(o.url) &&
    id(o.job) &&
    id(o.tabId)
  );
}

export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** An http(s) URL whose path ends in .pdf (query and fragment ignored): read as a PDF without asking the server. */
export function looksLikePdfUrl(url: string | null | undefined): boolean {
  if (!isWebUrl(url)) return false;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** `#page=7` on the document's URL (both browsers' PDF viewers follow it); any previous fragment is replaced. */
export function urlAtPage(url: string, page: number): string {
  const hash = url.indexOf('#');
  return `${hash >= 0 ? url.slice(0, hash) : url}#page=${Math.max(1, Math.floor(page))}`;
}

/**
 * Whether the server sends `url` as a PDF. HEAD, so nothing but headers is transferred; a server that refuses HEAD
 * (405, or a network error) gives false: such a page is then read as HTML, as before.
 */
export async function servedAsPdf(url: string, fetcher: typeof fetch = fetch): Promise<boolean> {
  if (!isWebUrl(url)) return false;
  try {
    const response = await fetcher(url, { method: 'HEAD', credentials: 'include', cache: 'no-store' });
    return response.ok && /^application\/(x-)?pdf\b/i.test(response.headers.get('content-type') ?? '');
  } catch {
    return false;
  }
}

type ReaderApi = Pick<typeof browser, 'runtime'> & {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
};

function isAnalysisEnvelope(v: unknown): v is Envelope<Omit<Analysis, 'at'>> {
  return typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';
}

/**
 * Opens the reader page once (offscreen document or hidden frame) and asks it to read PDFs. `doc` is the
 * background page's document in Firefox, undefined in Chrome's service worker.
 */
export function createPdfTabReader(api: ReaderApi, doc: Document | undefined = globalThis.document) {
  let ready: Promise<void> | null = null;

  async function openReader(): Promise<void> {
    const url = api.runtime.getURL(READER_PAGE as '/offscreen.html');
    if (api.offscreen) {
      try {
        await api.offscreen.createDocument({
          url,
          reasons: ['WORKERS'],
          justification:
            'Builds clause cards off the pages the user reads: Readability and the card engine run in a worker, and PDFs open in a tab are read with pdf.js, whose parser runs in a worker.',
        });
      } catch (err) {
        // Already open (a worker restart forgets it, the document does not): that is the one we want.
        if (!/single offscreen|already/i.test(String(err))) throw err;
      }
      return;
    }
    if (!doc?.body) throw new Error(t('pdfNoReader'));
    const frame = doc.createElement('iframe');
    frame.src = url;
    frame.hidden = true;
    await new Promise<void>((resolve, reject) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.addEventListener('error', () => reject(new Error(t('pdfReaderNotLoaded'))), { once: true });
      doc.body.append(frame);
    });
  }

  /** Sends the request, retrying briefly while the reader page is still registering its listener. */
  async function ask(request: ReaderRequest | ReaderJobRequest): Promise<Envelope<Omit<Analysis, 'at'>>> {
    let lastError: unknown;
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        const answer = await api.runtime.sendMessage(request);
        if (isAnalysisEnvelope(answer)) return answer;
        lastError = new Error(t('pdfReaderNoAnswer'));
      } catch (err) {
        // "Receiving end does not exist": the page is loading its script.
        lastError = err;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw lastError instanceof Error ? lastError : new Error(String(lastError));
  }

  async function open(): Promise<void> {
    ready ??= openReader().catch((err) => {
      ready = null;
      throw err;
    });
    await ready;
  }

  /** A ticket's cancel reaches the reader page, which terminates the job's worker (or stops pdf.js). */
  function cancelOnAbort(ticket: Ticket | undefined): () => void {
    if (!ticket) return () => {};
    const onAbort = () => {
      const cancel: ReaderJobRequest = { type: 'bg-reader-cancel', job: ticket.id };
      Promise.resolve(api.runtime.sendMessage(cancel)).catch(() => {});
    };
    ticket.signal.addEventListener('abort', onAbort, { once: true });
    return () => ticket.signal.removeEventListener('abort', onAbort);
  }

  async function run(request: ReaderRequest | ReaderJobRequest, ticket?: Ticket): Promise<Omit<Analysis, 'at'>> {
    await open();
    const release = cancelOnAbort(ticket);
    try {
      const answer = await ask(request);
      if (!answer.ok) throw new Error(answer.error);
      return answer.data;
    } finally {
      release();
    }
  }

  const reader: CardBuilder & { read(url: string, ticket?: Ticket): Promise<Omit<Analysis, 'at'>> } = {
    read: (url, ticket) =>
      run(
        ticket ? { type: 'bg-reader-pdf', url, job: ticket.id, tabId: ticket.tabId } : { type: 'bg-reader-pdf', url },
        ticket,
      ),
    /** A web page's snapshot → its card, built in the reader page and its worker (utils/offthread.ts). */
    build: (page: PageSnapshot, ticket: Ticket) =>
      run({ type: 'bg-reader-card', job: ticket.id, tabId: ticket.tabId, page }, ticket),
  };
  return reader;
}

export type PdfTabReader = ReturnType<typeof createPdfTabReader>;

type AnalyzerOutput = Omit<Analysis, 'at'>;

/**
 * The background's PDF-tab logic in one place, so background-runtime.ts only calls it. `inject` runs the page
 * analyzer (the HTML path); PDFs go to the reader page instead.
 */
export function createPdfTabs(
  reader: { read(url: string, ticket?: Ticket): Promise<AnalyzerOutput> },
  probe: (url: string) => Promise<boolean> = servedAsPdf,
) {
  // URLs already found to be PDFs by asking the server (memory only: a worker restart just asks again).
  const known = new Set<string>();
  const stripHash = (u: string) => u.split('#', 1)[0] as string;

  async function isPdf(url: string | null): Promise<boolean> {
    if (!isWebUrl(url)) return false;
    if (looksLikePdfUrl(url) || known.has(stripHash(url))) return true;
    if (!(await probe(url))) return false;
    known.add(stripHash(url));
    return true;
  }

  return {
    isPdf,
    /**
     * Whether a content script's report comes from a browser's PDF viewer (Chromium runs content scripts in the
     * viewer's empty shell document): a .pdf URL, or an empty page the server sends as a PDF. Such a report says
     * nothing about the document; the reader page reads it instead.
     */
    async isPdfViewer(signals: { url: string; title: string; sample: string; headings: string[] }): Promise<boolean> {
      if (!isWebUrl(signals.url)) return false;
      if (looksLikePdfUrl(signals.url) || known.has(stripHash(signals.url))) return true;
      // The viewer's shell has no title, no heading and no text; only then is the server asked.
      const empty = signals.title.trim() === '' && signals.sample.trim() === '' && signals.headings.length === 0;
      return empty && isPdf(signals.url);
    },
    /** A PDF URL goes to the reader; any other page to `inject`, and to the reader if the page cannot be scripted. */
    async analyze(url: string | null, inject: () => Promise<AnalyzerOutput>, ticket?: Ticket): Promise<AnalyzerOutput> {
      if (isWebUrl(url) && (looksLikePdfUrl(url) || known.has(stripHash(url)))) return reader.read(url, ticket);
      let output: AnalyzerOutput;
      try {
        output = await inject();
      } catch (err) {
        // A cancel is not a sign of a PDF viewer.
        if (ticket?.signal.aborted) throw err;
        // No script runs inside a browser's PDF viewer: a PDF whose URL does not end in .pdf lands here.
        if (await isPdf(url)) return reader.read(url as string, ticket);
        throw err;
      }
      // The viewer's own empty shell document answered instead of a page.
      if (output.text.trim() === '' && (await isPdf(url))) return reader.read(url as string, ticket);
      return output;
    },
  };
}
