/**
 * What the background knows per tab (detector verdict, latest analysis), in memory and mirrored to
 * storage.session: an MV3 service worker is stopped when idle, and the memory goes with it.
 */
import type { Browser } from 'wxt/browser';
import type { TabState } from './messages';

type SessionArea = Pick<Browser.storage.StorageArea, 'get' | 'set' | 'remove'>;

const keyFor = (tabId: number) => `tab:${tabId}`;

export function emptyTabState(tabId: number): TabState {
  return { tabId, verdict: null, detectMs: null, url: null, analysis: null };
}

export function createTabStore(area: SessionArea) {
  const memory = new Map<number, TabState>();

  async function persist(state: TabState): Promise<void> {
    try {
      await area.set({ [keyFor(state.tabId)]: state });
    } catch {
      // Over the session quota (a very long page): keep the verdict, let the analysis be redone on demand.
      try {
        await area.set({ [keyFor(state.tabId)]: { ...state, analysis: null } });
      } catch {
        // Memory still holds it for this worker's lifetime.
      }
    }
  }

  return {
    async get(tabId: number): Promise<TabState> {
      const cached = memory.get(tabId);
      if (cached) return cached;
      const key = keyFor(tabId);
      const stored = (await area.get(key))[key] as TabState | undefined;
      const state = stored && stored.tabId === tabId ? stored : emptyTabState(tabId);
      memory.set(tabId, state);
      return state;
    },
    async update(tabId: number, patch: Partial<Omit<TabState, 'tabId'>>): Promise<TabState> {
      const loaded = await this.get(tabId);
      // Re-read memory after the await: a concurrent update may have landed meanwhile, and its patch must survive.
      const next = { ...(memory.get(tabId) ?? loaded), ...patch, tabId };
      memory.set(tabId, next);
      await persist(next);
      return next;
    },
    async remove(tabId: number): Promise<void> {
      memory.delete(tabId);
      await area.remove(keyFor(tabId));
    },
    /** Drops the memory copy only, as a service-worker restart would (tests). */
    forgetMemory(): void {
      memory.clear();
    },
  };
}

export type TabStore = ReturnType<typeof createTabStore>;
