import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ANALYZER_FILE, createBackground, sameDocument } from '@/utils/background-runtime';
import { badgeText } from '@/utils/badge';
import type { Message, Sender } from '@/utils/messages';
import { sampleAnalysis } from './fixtures/ui-card';

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
    const executeScript = vi.fn(async () => [{ documentId: 'd', frameId: 0, result: output }]);
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    const bg = createBackground(api, { preAnalyze: false, detect });
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
    expect(executeScript).toHaveBeenCalledTimes(2);
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
    const executeScript = vi.fn(async () => [{ documentId: 'd', frameId: 0, result: output }]);
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    const bg = createBackground(api, { preAnalyze: false, detect });

    const first = await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(first).toMatchObject({ url: analysis.url, text: analysis.text, card: { vendor: 'Acme' } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [ANALYZER_FILE] });
    // No detector verdict yet: the badge comes from the card.
    expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('SLA');

    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(executeScript).toHaveBeenCalledTimes(1);
    await send(bg, { type: 'ui-bg-analyze', tabId, fresh: true }, uiSender);
    expect(executeScript).toHaveBeenCalledTimes(2);
    const state = await send(bg, { type: 'ui-bg-get-state', tabId }, uiSender);
    expect(state).toMatchObject({ analysis: { url: analysis.url } });
  });

  it('analyzes a legal page as soon as the detector reports it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla' });
    const tabId = tab.id as number;
    const { at: _at, ...output } = sampleAnalysis();
    const executeScript = vi.fn(async () => [{ documentId: 'd', frameId: 0, result: output }]);
    (fakeBrowser.scripting as unknown as { executeScript: unknown }).executeScript = executeScript;
    const bg = createBackground(api, { detect });
    await send(
      bg,
      { type: 'cs-bg-signals', signals: signals(output.url, legal), ms: 1 },
      pageSender(tabId, output.url),
    );
    await send(bg, { type: 'ui-bg-analyze', tabId }, uiSender);
    expect(executeScript).toHaveBeenCalledTimes(1);
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

describe('sameDocument', () => {
  it('ignores the fragment only', () => {
    expect(sameDocument('https://a.example/sla#credits', 'https://a.example/sla')).toBe(true);
    expect(sameDocument('https://a.example/sla', 'https://a.example/tos')).toBe(false);
    expect(sameDocument(null, 'https://a.example/')).toBe(false);
  });
});
