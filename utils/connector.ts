/**
 * The UI's one connector to the background and the browser (popup and side panel). Pages take a Connector as a
 * prop, so tests render them with `createMockConnector()` (utils/connector-mock.ts) and no extension running
 * (the Dark Reader pattern).
 */

import { browser } from 'wxt/browser';
import type { Progress } from './card-job';
import { t } from './i18n';
import {
  type Analysis,
  type Envelope,
  type HighlightResult,
  isProgressReport,
  type MessageOf,
  type Responses,
  type TabState,
  type UiToBg,
  unwrap,
} from './messages';
import { urlAtPage } from './pdf-tab';

export interface Connector {
  /** The tab this view is about: `?tab=<id>` in the page URL (tests), else the active tab of this window. */
  resolveTabId(): Promise<number | null>;
  getState(tabId: number): Promise<TabState>;
  /** Runs (or reuses) the analyzer in the tab. `fresh` skips the background's cache. */
  analyze(tabId: number, fresh?: boolean): Promise<Analysis>;
  /** Stops the tab's running analysis; its `analyze` promise rejects as cancelled. False when nothing ran. */
  cancel(tabId: number): Promise<boolean>;
  /** Calls `listener` with each progress report of the tab's analyses (job: which one); returns an unsubscribe. */
  watchProgress(tabId: number, listener: (progress: Progress, job: number) => void): () => void;
  highlight(tabId: number, quote: string): Promise<HighlightResult>;
  clearHighlight(tabId: number): Promise<void>;
  /** Must be called straight from a click handler: both browsers require a user gesture. */
  openSidePanel(tabId: number): Promise<void>;
  openCompare(): Promise<void>;
  /** Shows the tab's PDF at `page` (`#page=N` on its URL; both browsers' PDF viewers follow it). */
  openAtPage(tabId: number, page: number): Promise<void>;
  /**
   * Calls `listener` when the view should follow another tab (`reloaded` false) or its page finished loading again
   * (`reloaded` true); returns an unsubscribe.
   */
  watchTabs(listener: (tabId: number, reloaded: boolean) => void): () => void;
}

/** `?tab=12` → 12; anything else → null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

export function createBrowserConnector(api: typeof browser = browser, search = globalThis.location?.search ?? '') {
  const fixedTab = tabIdFromSearch(search);

  async function send<K extends UiToBg['type']>(message: MessageOf<K>): Promise<Responses[K]> {
    const envelope = (await api.runtime.sendMessage(message)) as Envelope<Responses[K]> | undefined;
    return unwrap(envelope);
  }

  const connector: Connector = {
    async resolveTabId() {
      if (fixedTab !== null) return fixedTab;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    getState: (tabId) => send({ type: 'ui-bg-get-state', tabId }),
    analyze: (tabId, fresh = false) => send({ type: 'ui-bg-analyze', tabId, fresh }),
    cancel: async (tabId) => (await send({ type: 'ui-bg-cancel', tabId })).cancelled,
    watchProgress(tabId, listener) {
      const onMessage = (message: unknown, sender: { id?: string }) => {
        // Reports come from the background and the reader page: both this extension.
        if (sender.id !== api.runtime.id || !isProgressReport(message) || message.tabId !== tabId) return;
        listener(message.progress, message.job);
      };
      api.runtime.onMessage.addListener(onMessage);
      return () => api.runtime.onMessage.removeListener(onMessage);
    },
    highlight: (tabId, quote) => send({ type: 'ui-bg-highlight', tabId, quote }),
    clearHighlight: async (tabId) => {
      await send({ type: 'ui-bg-clear-highlight', tabId });
    },
    openSidePanel(tabId) {
      // No await before the call: Firefox drops the user gesture across an await.
      const firefox = (api as unknown as SidebarApi).sidebarAction;
      if (firefox) return firefox.open();
      if (api.sidePanel) return api.sidePanel.open({ tabId });
      return Promise.reject(new Error(t('noSidePanel')));
    },
    async openCompare() {
      await api.tabs.create({ url: api.runtime.getURL('/compare.html') });
    },
    async openAtPage(tabId, page) {
      const url = (await api.tabs.get(tabId)).url;
      if (url) await api.tabs.update(tabId, { url: urlAtPage(url, page) });
    },
    watchTabs(listener) {
      if (fixedTab !== null) {
        // Pinned to one tab: only its reloads matter.
        const onUpdated = (tabId: number, change: { status?: string }) => {
          if (tabId === fixedTab && change.status === 'complete') listener(tabId, true);
        };
        api.tabs.onUpdated.addListener(onUpdated);
        return () => api.tabs.onUpdated.removeListener(onUpdated);
      }
      let windowId: number | null = null;
      void api.windows?.getCurrent().then((w) => {
        windowId = w.id ?? null;
      });
      const onActivated = (info: { tabId: number; windowId: number }) => {
        if (windowId === null || info.windowId === windowId) listener(info.tabId, false);
      };
      const onUpdated = (tabId: number, change: { status?: string }, tab: { active?: boolean; windowId?: number }) => {
        if (change.status === 'complete' && tab.active && (windowId === null || tab.windowId === windowId)) {
          listener(tabId, true);
        }
      };
      api.tabs.onActivated.addListener(onActivated);
      api.tabs.onUpdated.addListener(onUpdated);
      return () => {
        api.tabs.onActivated.removeListener(onActivated);
        api.tabs.onUpdated.removeListener(onUpdated);
      };
    },
  };
  return connector;
}
