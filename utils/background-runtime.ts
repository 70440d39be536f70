/**
 * The background's logic: message handlers, the per-tab badge and cache, and the listeners that keep them current.
 * entrypoints/background.ts only calls `startBackground()`. The browser API is a defaulted parameter so tests pass
 * wxt/testing's fakeBrowser (with spies for what it does not implement, like scripting).
 */
import { browser } from 'wxt/browser';
import { detectPage, type Verdict } from '@/extractors/detect';
import type { PageSignals } from '@/extractors/page-signals';
import { setBadge } from './badge';
import { CancelledError } from './card-job';
import { clearHighlightInPage, findQuotesInPage, HIGHLIGHT_CSS, type QuoteInPage } from './highlight';
import { createHostAccess, isMissingAccessError, openWelcomeOnInstall } from './host-access';
import { t } from './i18n';
import { type Analysis, createDispatcher, type Envelope, type Handlers, type Sender } from './messages';
import { type CardBuilder, createOffThreadAnalyzer, type Ticket } from './offthread';
import { createPdfTabReader, createPdfTabs, isWebUrl, looksLikePdfUrl, type PdfTabReader } from './pdf-tab';
import { createReminders } from './reminders';
import { createTabStore } from './tab-store';

/** The unlisted script that reads the page into blocks (entrypoints/analyzer.ts). */
export { ANALYZER_FILE } from './offthread';

/** Same document: equal URLs once the fragment is dropped (an in-page anchor link is not a new page). */
export function sameDocument(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const strip = (u: string) => {
    const hash = u.indexOf('#');
    return hash >= 0 ? u.slice(0, hash) : u;
  };
  return strip(a) === strip(b);
}

export interface BackgroundOptions {
  /** Analyze a page as soon as the detector calls it legal (default true). */
  preAnalyze?: boolean;
  /** Scores a page's signals (extractors/detect; tests pass their own). */
  detect?: (signals: PageSignals) => Verdict;
  /** Reads a PDF tab in the reader page (utils/pdf-tab.ts; tests pass their own). */
  pdfReader?: Pick<PdfTabReader, 'read'>;
  /** Builds a page's card off the page's main thread (default: the reader page's worker; tests pass their own). */
  cardBuilder?: CardBuilder;
  /** Whether the server sends a URL as a PDF (default: a HEAD request; tests pass their own). */
  probePdf?: (url: string) => Promise<boolean>;
}

/** How long a loaded tab may stay without a content-script verdict before the background asks if it is a PDF. */
export const PDF_PROBE_DELAY_MS = 1500;

export function createBackground(
  api: typeof browser = browser,
  { preAnalyze = true, detect = detectPage, pdfReader, probePdf, cardBuilder }: BackgroundOptions = {},
) {
  const store = createTabStore(api.storage.session);
  const reader = createPdfTabReader(api);

  /**
   * Whether ClauseLens may fetch from `url`'s site (the grant of access to all sites, or that site alone in Firefox's
   * add-on manager). null: the browser API could not say (then nothing is refused on its account).
   */
  async function siteAccess(url: string | null): Promise<boolean | null> {
    try {
      return await api.permissions.contains({ origins: [`${new URL(url ?? '').origin}/*`] });
    } catch {
      return null;
    }
  }

  const pdfSource = pdfReader ?? reader;
  const pdfTabs = createPdfTabs(
    {
      // The reader page downloads the PDF again, which takes access to the PDF's site: without it the download is a
      // cross-origin request the browser blocks. Say what to grant instead of "Failed to fetch".
      read: async (url, ticket) => {
        try {
          return await pdfSource.read(url, ticket);
        } catch (err) {
          if (!(err instanceof CancelledError) && (await siteAccess(url)) === false) {
            throw new Error(t('pdfNeedsSiteAccess'));
          }
          throw err;
        }
      },
    },
    probePdf,
  );
  // Web pages: the page reads its blocks, the reader page's worker builds the card (utils/offthread.ts).
  const offThread = createOffThreadAnalyzer(api, cardBuilder ?? reader);

  async function injectAnalyzer(tabId: number, ticket: Ticket): Promise<Analysis> {
    const url = await currentUrl(tabId);
    // A PDF tab is read by the reader page, not by a script in the tab (see utils/pdf-tab.ts).
    const output = await pdfTabs.analyze(
      url,
      () =>
        offThread.analyzePage(ticket).catch((err: unknown) => {
          // No access to all sites and no activeTab grant for this tab (the side panel following a tab switch, say):
          // its URL is hidden then. A URL we can see that is not a web page (another extension's page) keeps the
          // browser's own error.
          throw isMissingAccessError(err) && (url === null || isWebUrl(url)) ? new Error(t('pageNeedsAccess')) : err;
        }),
      ticket,
    );
    // An empty page without access to its site may be a PDF whose URL does not end in .pdf: the HEAD request that
    // would tell is refused too, so say what would let ClauseLens read it rather than show an empty card.
    if (output.format !== 'pdf' && output.text.trim() === '' && (await siteAccess(url ?? output.url)) === false) {
      throw new Error(t('emptyPageNeedsSiteAccess'));
    }
    return { ...output, at: Date.now() };
  }

  // One analysis at a time per tab: a popup opening while the pre-analysis of a legal page runs waits for it.
  // The ticket tells a finished analysis whether it is still the tab's current one (a navigation drops it), and
  // its controller cancels it (ui-bg-cancel).
  const inFlight = new Map<number, { promise: Promise<Analysis>; ticket: Ticket; controller: AbortController }>();
  let nextJob = 1;

  function runAnalyzer(tabId: number): Promise<Analysis> {
    const running = inFlight.get(tabId);
    if (running) return running.promise;
    const controller = new AbortController();
    const ticket: Ticket = { id: nextJob++, tabId, signal: controller.signal };
    const current = () => inFlight.get(tabId)?.ticket === ticket;
    const promise = (async () => {
      try {
        const analysis = await injectAnalyzer(tabId, ticket);
        if (controller.signal.aborted) throw new CancelledError();
        // The tab navigated meanwhile: hand the result to whoever asked, but do not cache it.
        if (!current()) return analysis;
        const state = await store.update(tabId, { analysis });
        // No content-script verdict for this page (tab opened before install, script blocked): badge from the card.
        if (!state.verdict || !sameDocument(state.url, analysis.url)) {
          await setBadge(tabId, { isLegal: analysis.card.legal.isLegal, kind: analysis.card.kind }, api);
        }
        return analysis;
      } finally {
        if (current()) inFlight.delete(tabId);
      }
    })();
    inFlight.set(tabId, { promise, ticket, controller });
    return promise;
  }

  /** Stops the tab's running analysis; the promise its callers wait on rejects with a CancelledError. */
  function cancelAnalysis(tabId: number): boolean {
    const running = inFlight.get(tabId);
    if (!running) return false;
    inFlight.delete(tabId);
    running.controller.abort();
    return true;
  }

  async function currentUrl(tabId: number): Promise<string | null> {
    try {
      return (await api.tabs.get(tabId))?.url ?? null;
    } catch {
      return null;
    }
  }

  const handlers: Handlers = {
    'cs-bg-signals': async (message, sender) => {
      const tabId = sender.tab?.id as number; // the dispatcher only lets tab senders through
      if (await pdfTabs.isPdfViewer(message.signals)) {
        // The PDF viewer's empty shell reported, not the document: the card (read by the reader page) gives the badge.
        // A card already read for this PDF (the tab's load event came first) is kept, not read again.
        const { analysis } = await store.get(tabId);
        const kept = analysis && sameDocument(analysis.url, message.signals.url) ? analysis : null;
        await store.update(tabId, { verdict: null, detectMs: message.ms, url: message.signals.url, analysis: kept });
        if (preAnalyze && !kept) runAnalyzer(tabId).catch(() => {});
        return { badge: '', verdict: detect(message.signals) };
      }
      // Scored here rather than in the page: this code is compiled once in the service worker, not once per page.
      const verdict = detect(message.signals);
      await store.update(tabId, {
        verdict,
        detectMs: message.ms,
        url: message.signals.url,
        // A verdict means a document was (re)loaded: an analysis from before it may be stale, even for the same URL.
        analysis: null,
      });
      const badge = await setBadge(tabId, verdict, api);
      // The data flow analyzes legal pages right away, so the popup and side panel open on a ready card.
      if (preAnalyze && verdict.isLegal) runAnalyzer(tabId).catch(() => {});
      return { badge, verdict };
    },

    'ui-bg-get-state': async ({ tabId }) => {
      const state = await store.get(tabId);
      const url = await currentUrl(tabId);
      // A verdict for a page the tab has since left says nothing about the page shown now.
      if (state.url && url && !sameDocument(state.url, url)) return { ...state, verdict: null, detectMs: null };
      return state;
    },

    'ui-bg-analyze': async ({ tabId, fresh }) => {
      const state = await store.get(tabId);
      if (
        !fresh &&
        !inFlight.has(tabId) &&
        state.analysis &&
        sameDocument(state.analysis.url, await currentUrl(tabId))
      ) {
        return state.analysis;
      }
      return runAnalyzer(tabId);
    },

    'ui-bg-highlight': async ({ tabId, quote }) => {
      if ((await store.get(tabId)).analysis?.format === 'pdf') {
        throw new Error(t('pdfViewerNoHighlight'));
      }
      // The ::highlight() rule as a user stylesheet: the page can neither read nor override it. Removed first so
      // repeated clicks do not stack copies (removing one that is not there is not an error).
      const css = { target: { tabId }, css: HIGHLIGHT_CSS };
      await api.scripting.removeCSS(css).catch(() => {});
      await api.scripting.insertCSS(css);
      const results = await api.scripting.executeScript({
        target: { tabId },
        func: findQuotesInPage,
        args: [[quote], true],
      });
      const result = (results?.[0]?.result as QuoteInPage[] | undefined)?.[0];
      if (!result?.found) return { found: false, marks: 0 };
      return { found: true, visible: result.visible, marks: result.marks };
    },

    'ui-bg-cancel': ({ tabId }) => ({ cancelled: cancelAnalysis(tabId) }),

    'ui-bg-clear-highlight': async ({ tabId }) => {
      const results = await api.scripting.executeScript({ target: { tabId }, func: clearHighlightInPage });
      return { cleared: Boolean(results?.[0]?.result) };
    },
  };

  const dispatch = createDispatcher(handlers, {
    extensionId: api.runtime.id,
    extensionOrigin: api.runtime.getURL('/'),
  });

  function onMessage(message: unknown, sender: Sender, sendResponse: (response: Envelope<unknown>) => void) {
    const pending = dispatch(message, sender);
    if (!pending) return false;
    // sendResponse + `return true` works in every Chrome and Firefox; returning a Promise does not (older Chrome).
    pending.then(sendResponse);
    return true;
  }

  async function onTabUpdated(tabId: number, change: { status?: string; url?: string }) {
    if (change.status === 'loading') {
      // A new document (a reload too): what we knew is about the old one. The badge goes first, before any await,
      // so the new page's verdict (sent later, at document_idle) always lands after it.
      const cleared = setBadge(tabId, null, api).catch(() => '');
      inFlight.delete(tabId);
      await store.update(tabId, { verdict: null, detectMs: null, url: null, analysis: null });
      await cleared;
      return;
    }
    if (change.status === 'complete') void analyzePdfTab(tabId);
    if (!change.url) return;
    const state = await store.get(tabId);
    if (state.analysis && !sameDocument(state.analysis.url, change.url)) await store.update(tabId, { analysis: null });
  }

  /**
   * No content script reports from a PDF viewer, so a loaded tab showing a PDF is analyzed from here: at once when
   * the URL ends in .pdf, else when no verdict came within PDF_PROBE_DELAY_MS and the server says it is a PDF.
   */
  async function analyzePdfTab(tabId: number): Promise<void> {
    if (!preAnalyze) return;
    const url = await currentUrl(tabId);
    if (!isWebUrl(url)) return;
    if (!looksLikePdfUrl(url)) {
      await new Promise((r) => setTimeout(r, PDF_PROBE_DELAY_MS));
      const state = await store.get(tabId);
      if (state.verdict || state.analysis || !sameDocument(await currentUrl(tabId), url)) return;
      if (!(await pdfTabs.isPdf(url))) return;
    }
    runAnalyzer(tabId).catch(() => {});
  }

  /** Registers the listeners. Call once, synchronously, at service-worker start (MV3 loses late listeners). */
  function start() {
    api.runtime.onMessage.addListener(onMessage as Parameters<typeof api.runtime.onMessage.addListener>[0]);
    api.tabs.onRemoved.addListener((tabId) => void store.remove(tabId));
    api.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
  }

  return { handlers, dispatch, store, start };
}

export function startBackground(api: typeof browser = browser) {
  const background = createBackground(api);
  background.start();
  // The welcome page on install, which asks for access to all sites; the every-page detector registered exactly
  // while that access is granted (utils/host-access.ts).
  openWelcomeOnInstall(api);
  void createHostAccess(api)
    .start()
    .catch(() => {});
  // Deadline reminders and the deadline-count badge (utils/reminders.ts).
  createReminders(api).start();
  return background;
}
