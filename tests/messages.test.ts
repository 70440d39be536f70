import { describe, expect, it, vi } from 'vitest';
import {
  createDispatcher,
  type Handlers,
  isMessage,
  type SenderContext,
  senderAllowed,
  unwrap,
} from '@/utils/messages';

const ctx: SenderContext = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const verdict = { isLegal: true, kind: 'sla' as const, score: 0.8 };
const signals = {
  url: 'https://acme.example/sla',
  title: 'Acme SLA',
  headings: ['Service Level Agreement'],
  sample: 'Acme shall…',
};

const fromContentScript = { id: 'ext-id', url: 'https://acme.example/sla', tab: { id: 7 } };
const fromPopup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const fromPopupInTab = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html?tab=7', tab: { id: 9 } };
const fromOtherExtension = { id: 'other', url: 'chrome-extension://other/popup.html' };

function handlers(): Handlers {
  return {
    'cs-bg-signals': vi.fn(async () => ({ badge: 'SLA', verdict })),
    'ui-bg-get-state': vi.fn(async ({ tabId }) => ({
      tabId,
      verdict: null,
      detectMs: null,
      url: null,
      analysis: null,
    })),
    'ui-bg-analyze': vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    }),
    'ui-bg-highlight': vi.fn(async () => ({ found: true, marks: 1 })),
    'ui-bg-clear-highlight': vi.fn(async () => ({ cleared: false })),
    'ui-bg-cancel': vi.fn(async () => ({ cancelled: false })),
  };
}

describe('isMessage', () => {
  it('accepts every well-formed message', () => {
    expect(isMessage({ type: 'cs-bg-signals', signals, ms: 0.2 })).toBe(true);
    expect(isMessage({ type: 'ui-bg-get-state', tabId: 3 })).toBe(true);
    expect(isMessage({ type: 'ui-bg-analyze', tabId: 3 })).toBe(true);
    expect(isMessage({ type: 'ui-bg-analyze', tabId: 3, fresh: true })).toBe(true);
    expect(isMessage({ type: 'ui-bg-highlight', tabId: 3, quote: 'x' })).toBe(true);
    expect(isMessage({ type: 'ui-bg-clear-highlight', tabId: 3 })).toBe(true);
  });

  it('rejects unknown types and malformed fields', () => {
    expect(isMessage(null)).toBe(false);
    expect(isMessage('ui-bg-analyze')).toBe(false);
    expect(isMessage({ type: 'bg-ui-anything' })).toBe(false);
    expect(isMessage({ type: 'ui-bg-analyze', tabId: '3' })).toBe(false);
    expect(isMessage({ type: 'ui-bg-analyze', tabId: -1 })).toBe(false);
    expect(isMessage({ type: 'ui-bg-analyze', tabId: 1.5 })).toBe(false);
    expect(isMessage({ type: 'ui-bg-highlight', tabId: 3 })).toBe(false);
    expect(isMessage({ type: 'ui-bg-highlight', tabId: 3, quote: 'x'.repeat(20_001) })).toBe(false);
    expect(isMessage({ type: 'cs-bg-signals', signals: { ...signals, headings: 'h' }, ms: 1 })).toBe(false);
    expect(isMessage({ type: 'cs-bg-signals', signals, ms: Number.NaN })).toBe(false);
    // Bounded: a page cannot make the background score megabytes.
    expect(isMessage({ type: 'cs-bg-signals', signals: { ...signals, sample: 'x'.repeat(20_001) }, ms: 1 })).toBe(
      false,
    );
  });
});

describe('senderAllowed', () => {
  it('lets content-script messages come only from a tab of a web page', () => {
    expect(senderAllowed('cs-bg-signals', fromContentScript, ctx)).toBe(true);
    expect(senderAllowed('cs-bg-signals', fromPopup, ctx)).toBe(false);
    // An extension page opened in a tab has a tab, but is not a content script.
    expect(senderAllowed('cs-bg-signals', fromPopupInTab, ctx)).toBe(false);
    expect(senderAllowed('cs-bg-signals', { ...fromContentScript, id: 'other' }, ctx)).toBe(false);
  });

  it('lets UI messages come only from our extension pages', () => {
    expect(senderAllowed('ui-bg-analyze', fromPopup, ctx)).toBe(true);
    expect(senderAllowed('ui-bg-analyze', fromPopupInTab, ctx)).toBe(true);
    expect(senderAllowed('ui-bg-highlight', fromContentScript, ctx)).toBe(false);
    expect(senderAllowed('ui-bg-analyze', fromOtherExtension, ctx)).toBe(false);
    expect(senderAllowed('ui-bg-analyze', { id: 'ext-id' }, ctx)).toBe(false);
  });
});

describe('createDispatcher', () => {
  it('runs the handler and wraps its result', async () => {
    const h = handlers();
    const dispatch = createDispatcher(h, ctx);
    const message = { type: 'cs-bg-signals', signals, ms: 0.3 };
    await expect(dispatch(message, fromContentScript)).resolves.toEqual({ ok: true, data: { badge: 'SLA', verdict } });
    expect(h['cs-bg-signals']).toHaveBeenCalledWith(message, fromContentScript);
  });

  it('refuses a sender in the wrong direction without running the handler', async () => {
    const h = handlers();
    const dispatch = createDispatcher(h, ctx);
    const answer = await dispatch({ type: 'ui-bg-highlight', tabId: 7, quote: 'x' }, fromContentScript);
    expect(answer).toEqual({ ok: false, error: 'Sender not allowed for ui-bg-highlight' });
    expect(h['ui-bg-highlight']).not.toHaveBeenCalled();
    const forged = await dispatch({ type: 'cs-bg-signals', signals, ms: 1 }, fromPopup);
    expect(forged?.ok).toBe(false);
    expect(h['cs-bg-signals']).not.toHaveBeenCalled();
  });

  it('ignores what is not one of our messages', () => {
    const dispatch = createDispatcher(handlers(), ctx);
    expect(dispatch({ type: 'something-else' }, fromPopup)).toBeUndefined();
    expect(dispatch(undefined, fromPopup)).toBeUndefined();
  });

  it('turns a handler error into an error envelope that unwrap rethrows', async () => {
    const dispatch = createDispatcher(handlers(), ctx);
    const answer = await dispatch({ type: 'ui-bg-analyze', tabId: 7 }, fromPopup);
    expect(answer).toEqual({ ok: false, error: 'Cannot access contents of the page' });
    expect(() => unwrap(answer)).toThrow('Cannot access contents of the page');
    expect(() => unwrap(undefined)).toThrow(/No answer/);
    expect(unwrap({ ok: true, data: 5 })).toBe(5);
  });
});
