import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ANALYZER_FILE, createBackground, sameDocument } from '@/utils/background-runtime';
import { badgeText } from '@/utils/badge';
import { CANCELLED_MESSAGE } from '@/utils/card-job';
import type { Message, ProgressReport, Sender, TabState } from '@/utils/messages';
import { findingsOf } from '@/utils/offthread';
import type { PageSnapshot } from '@/utils/page-read';
import { sampleAnalysis, snapshotOf } from './fixtures/ui-card';

type Api = Parameters<typeof createBackground>[0];
const api = fakeBrowser as unknown as Api;

const pageSender = (tabId: number, url = 'https://acme.example/legal/sla'): Sender => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId },
});
const uiSender: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };

const legal = { isLegal: true, kind: 'sla' as const, score: 0.9 };
const notLegal = { isLegal: false, kind: 'other' as const, score: 0.1 };

// The background scores the page's signals; the stub reads the intended verdict from the title.
const signals = (url: string, verdict: typeof legal | typeof notLegal) => ({
  url,
  title: verdict.isLegal ? 'legal' : 'not legal',
  headings: [],
  sample: '',
});
const detect = (s: { title: string }) => (s.title === 'legal' ? legal : notLegal);

/**
 * The analyzer as the background now meets it: the script in the tab answers with the page's blocks, the quote check
 * with one result per quote, and the card builder (the reader page's worker in the extension) with `output`.
 */
function stubAnalyzer(output: Omit<ReturnType<typeof sampleAnalysis>, 'at'>) {
  const page = snapshotOf(output);
  const executeScript = vi.fn(async (injection: { files?: string[]; args?: unknown[] }) => [
    {
      documentId: 'd',
      frameId: 0,
      result: injection.files
        ? page
        : ((injection.args?.[0] as string[]) ?? []).map(() => ({ found: true, visible: true, marks: 1 })),
    },
  ]);
  (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
  const cardBuilder = {
    build: vi.fn(async (_page: PageSnapshot, _ticket?: { signal: AbortSignal }) => structuredClone(output)),
  };
  /** Times the analyzer script itself was injected (the quote checks are not counted). */
  const injections = () => executeScript.mock.calls.filter(([i]) => i.files).length;
  return { executeScript, cardBuilder, injections, page };
}

async function send(bg: ReturnType<typeof createBackground>, message: Message, sender: Sender) {
  const answer = await bg.dispatch(message, sender);
  if (!answer?.ok) throw new Error(answer ? answer.error : 'no answer');
  return answer.data;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('badgeText', () => {
  it('labels each legal kind and leaves other pages without a badge', () => {
    expect(badgeText({ isLegal: true, kind: 'sla' })).toBe('SLA');
    expect(badgeText({ isLegal: true, kind: 'terms' })).toBe('TOS');
    expect(badgeText({ isLegal: true, kind: 'msa' })).toBe('MSA');
    expect(badgeText({ isLegal: true, kind: 'dpa' })).toBe('DPA');
    expect(badgeText({ isLegal: true, kind: 'privacy' })).toBe('PRIV');
    expect(badgeText({ isLegal: true, kind: 'aup' })).toBe('AUP');
    expect(badgeText({ isLegal: true, kind: 'policy' })).toBe('POL');
    expect(badgeText({ isLegal: false, kind: 'other' })).toBe('');
    expect(badgeText(null)).toBe('');
  });
});

describe('background', () => {
  it('sets the badge of the sending tab from the verdict', async () => {
    const bg = createBackground(api, { preAnalyze: false, detect });
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals('https://acme.example/legal/sla', legal), ms: 0.4 },
      pageSender(3),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('SLA');
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals('https://acme.example/blog', notLegal), ms: 0.2 },
      pageSender(4),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
    // Navigating tab 3 to a non-legal page removes its badge.
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals('https://acme.example/', notLegal), ms: 0.2 },
      pageSender(3),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('remembers verdicts per tab across a service-worker restart (storage.session)', async () => {
    const bg = createBackground(api, { preAnalyze: false, detect });
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals('https://acme.example/legal/sla', legal), ms: 0.4 },
      pageSender(3),
    );
    bg.store.forgetMemory();
    const restarted = createBackground(api, { preAnalyze: false, detect });
    const state = await send(restarted, { type: 'ui-bg-get-state', tabId: 3 }, uiSender);
    expect(state).toMatchObject({ tabId: 3, verdict: legal, detectMs: 0.4 });
    const other = await send(restarted, { type: 'ui-bg-get-state', tabId: 5 }, uiSender);
    expect(other).toMatchObject({ tabId: 5, verdict: null, analysis: null });
  });

  it('forgets a tab when it closes', async () => {
    const bg = createBackground(api, { preAnalyze: false, detect });
    bg.start();
    const tabId = 6;
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals('https://acme.example/legal/sla', legal), ms: 1 },
      pageSender(tabId),
    );
    expect(await fakeBrowser.storage.session.get(`tab:${tabId}`)).not.toEqual({});
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.storage.session.get(`tab:${tabId}`)).toEqual({});
    });
  });

  it('drops what it knew about a tab when a new document starts loading (a reload too)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const { at: _at, ...output } = sampleAnalysis();
    const { cardBuilder, injections } = stubAnalyzer(output);
    const bg = createBackground(api, { preAnalyze: false, detect, cardBuilder });
    bg.start();
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals(output.url, legal), ms: 1 },
      pageSender(tabId, output.url),
    );
    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(''));
    await vi.waitFor(async () => {
      expect(await send(bg, { type: 'ui-bg-get-state', tabId }, uiSender)).toMatchObject({
        verdict: null,
        analysis: null,
      });
    });
    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(injections()).toBe(2);
  });

  it('refuses a verdict that does not come from a tab', async () => {
    const bg = createBackground(api, { preAnalyze: false, detect });
    const answer = await bg.dispatch({ type: 'cs-bg-signals', signals: signals('x', legal), ms: 1 }, uiSender);
    expect(answer?.ok).toBe(false);
  });

  it('injects the analyzer, caches the analysis per tab and reuses it for the same URL', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const analysis = sampleAnalysis();
    const { at: _at, ...output } = analysis;
    const { executeScript, cardBuilder, injections, page } = stubAnalyzer(output);
    const bg = createBackground(api, { preAnalyze: false, detect, cardBuilder });

    const first = await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(first).toMatchObject({ url: analysis.url, text: analysis.text, card: { vendor: 'Acme' } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [ANALYZER_FILE] });
    // The page's blocks go to the card builder (off the page's main thread), with the analysis' ticket.
    expect(cardBuilder.build).toHaveBeenCalledWith(page, expect.objectContaining({ tabId }));
    // No detector verdict yet: the badge comes from the card.
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('SLA');

    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(injections()).toBe(1);
    await send(bg, { type: 'ui-bg-analyze', tabId, fresh: true }, uiSender);
    expect(injections()).toBe(2);
    const state = await send(bg, { type: 'ui-bg-get-state', tabId }, uiSender);
    expect(state).toMatchObject({ analysis: { url: analysis.url } });
  });

  it('analyzes a legal page as soon as the detector reports it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const { at: _at, ...output } = sampleAnalysis();
    const { cardBuilder, injections } = stubAnalyzer(output);
    const bg = createBackground(api, { detect, cardBuilder });
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals(output.url, legal), ms: 1 },
      pageSender(tabId, output.url),
    );
    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(injections()).toBe(1);
  });

  it('reports an unreadable page as an error', async () => {
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = vi.fn(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    const bg = createBackground(api, { preAnalyze: false, detect });
    const answer = await bg.dispatch({ type: 'ui-bg-analyze', tabId: 1 }, uiSender);
    expect(answer).toEqual({ ok: false, error: 'Cannot access a chrome:// URL' });
  });

  it('runs the highlighter in the tab with the quote, after inserting its ::highlight() rule', async () => {
    const calls: string[] = [];
    const executeScript = vi.fn(async () => {
      calls.push('executeScript');
      return [{ documentId: 'd', frameId: 0, result: [{ found: true, visible: false, marks: 2 }] }];
    });
    const insertCSS = vi.fn(async () => void calls.push('insertCSS'));
    const removeCSS = vi.fn(async () => void calls.push('removeCSS'));
    Object.assign(fakeBrowser.scripting as object, { executeScript, insertCSS, removeCSS });
    const bg = createBackground(api, { preAnalyze: false, detect });
    const result = await send(bg, { type: 'ui-bg-highlight', tabId: 2, quote: 'the quote' }, uiSender);
    expect(result).toEqual({ found: true, visible: false, marks: 2 });
    expect(calls).toEqual(['removeCSS', 'insertCSS', 'executeScript']);
    expect(insertCSS).toHaveBeenCalledWith({ target: { tabId: 2 }, css: expect.stringContaining('::highlight(') });
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 2 }, args: [['the quote'], true], func: expect.any(Function) }),
    );
  });

  it('answers runtime messages through sendResponse', async () => {
    const bg = createBackground(api, { preAnalyze: false, detect });
    bg.start();
    const response = await new Promise((resolve) => {
      const listeners = fakeBrowser.runtime.onMessage as unknown as {
        trigger(m: unknown, s: unknown, r: (x: unknown) => void): Promise<unknown[]>;
      };
      void listeners.trigger({ type: 'ui-bg-get-state', tabId: 9 }, uiSender, resolve);
    });
    expect(response).toMatchObject({ ok: true, data: { tabId: 9, verdict: null } });
  });
});

describe('background: analysis off the page main thread, with progress and cancel', () => {
  it('cancel stops a running analysis: its callers get a cancellation, nothing is cached, a late card is ignored', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const { at: _at, ...output } = sampleAnalysis();
    const { cardBuilder, injections } = stubAnalyzer(output);
    // A slow document: the builder answers only when the test says so, and hears the cancel through its ticket.
    let finish: () => void = () => {};
    let aborted = false;
    cardBuilder.build.mockImplementationOnce(async (_page: unknown, ticket?: { signal: AbortSignal }) => {
      ticket?.signal.addEventListener('abort', () => {
        aborted = true;
      });
      await new Promise<void>((r) => {
        finish = r;
      });
      return structuredClone(output);
    });
    const bg = createBackground(api, { preAnalyze: false, detect, cardBuilder });
    const running = bg.dispatch({ type: 'ui-bg-analyze', tabId }, uiSender);
    await vi.waitFor(() => expect(cardBuilder.build).toHaveBeenCalledTimes(1));
    expect(await send(bg, { type: 'ui-bg-cancel', tabId }, uiSender)).toEqual({ cancelled: true });
    expect(aborted).toBe(true); // the reader page is told (it terminates the worker)
    expect(await running).toEqual({ ok: false, error: CANCELLED_MESSAGE });
    finish(); // the card arrives after the cancel
    await new Promise((r) => setTimeout(r, 10));
    expect((await send(bg, { type: 'ui-bg-get-state', tabId }, uiSender)) as TabState).toMatchObject({
      analysis: null,
    });
    // Nothing runs any more; "Analyze again" starts a new analysis.
    expect(await send(bg, { type: 'ui-bg-cancel', tabId }, uiSender)).toEqual({ cancelled: false });
    const again = await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(again).toMatchObject({ url: output.url });
    expect(injections()).toBe(2);
  });

  it('reports progress to the extension pages in order, and marks a quote a reader cannot see', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const { at: _at, ...output } = sampleAnalysis();
    const { executeScript, cardBuilder } = stubAnalyzer(output);
    const quoteCount = findingsOf(output.card).length;
    expect(quoteCount).toBeGreaterThan(0);
    // The first quote is in the page but hidden from a reader (a closed section), the others are visible.
    executeScript.mockImplementation(async (injection: { files?: string[]; args?: unknown[] }) => [
      {
        documentId: 'd',
        frameId: 0,
        result: injection.files
          ? {
              html: '<p></p>',
              blocks: null,
              title: null,
              siteName: null,
              url: output.url,
              pageTitle: '',
              ms: 1,
              longestMs: 1,
            }
          : ((injection.args?.[0] as string[]) ?? []).map((_q, i) => ({ found: true, visible: i > 0, marks: 1 })),
      },
    ]);
    const reports: unknown[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      reports.push(m);
      return undefined;
    });
    const bg = createBackground(api, { preAnalyze: false, detect, cardBuilder });
    const analysis = (await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender)) as ReturnType<typeof sampleAnalysis>;
    const stages = (reports as ProgressReport[])
      .filter((r) => r.type === 'bg-ui-progress' && r.tabId === tabId)
      .map((r) => `${r.progress.stage} ${r.progress.done}/${r.progress.total}`);
    expect(stages).toEqual(['page 0/1', 'page 1/1', 'visible 0/1', 'visible 1/1']);
    const marked = findingsOf(analysis.card);
    expect(marked[0]?.visible).toBe(false);
    expect(marked.slice(1).every((f) => f.visible !== false)).toBe(true);
  });
});

describe('sameDocument', () => {
  it('ignores the fragment only', () => {
    expect(sameDocument('https://a.example/sla#credits', 'https://a.example/sla')).toBe(true);
    expect(sameDocument('https://a.example/sla', 'https://a.example/tos')).toBe(false);
    expect(sameDocument(null, 'https://a.example/')).toBe(false);
  });
});
