/**
 * A Connector for tests and for building pages without the extension running: answers from fixed data and records
 * every call. Kept apart from connector.ts so importing it never loads the browser API.
 */
import type { Verdict } from '@/extractors/detect';
import { CancelledError, type Progress } from './card-job';
import type { Connector } from './connector';
import type { Analysis } from './messages';
import { emptyTabState } from './tab-store';

export interface MockConnectorOptions {
  tabId?: number | null;
  verdict?: Verdict | null;
  analysis?: Analysis | null;
  /** Error message `analyze` rejects with. */
  analyzeError?: string;
  highlightFound?: boolean;
  /** Progress reports `watchProgress` hands its listener at once (job 1). */
  progress?: Progress[];
  /** The first `slow` calls of `analyze` wait until `cancel` is called, then reject as cancelled (a slow page). */
  slow?: number;
}

export interface MockCall {
  method: keyof Connector;
  args: unknown[];
}

/** A Connector that answers from fixed data and records every call in `calls`. */
export function createMockConnector(options: MockConnectorOptions = {}): Connector & { calls: MockCall[] } {
  const calls: MockCall[] = [];
  const tabId = options.tabId === undefined ? 1 : options.tabId;
  const record = (method: keyof Connector, ...args: unknown[]) => calls.push({ method, args });
  const cancels: (() => void)[] = [];
  let slowLeft = options.slow ?? 0;
  return {
    calls,
    async resolveTabId() {
      record('resolveTabId');
      return tabId;
    },
    async getState(id) {
      record('getState', id);
      return { ...emptyTabState(id), verdict: options.verdict ?? null, url: options.analysis?.url ?? null };
    },
    async analyze(id, fresh) {
      record('analyze', id, fresh);
      if (slowLeft > 0) {
        slowLeft--;
        await new Promise<void>((_resolve, reject) => cancels.push(() => reject(new CancelledError())));
      }
      if (options.analyzeError) throw new Error(options.analyzeError);
      if (!options.analysis) throw new Error('ClauseLens could not read this page.');
      return options.analysis;
    },
    async cancel(id) {
      record('cancel', id);
      const pending = cancels.splice(0);
      for (const reject of pending) reject();
      return pending.length > 0;
    },
    watchProgress(id, listener) {
      record('watchProgress', id);
      for (const p of options.progress ?? []) listener(p, 1);
      return () => {};
    },
    async highlight(id, quote) {
      record('highlight', id, quote);
      const found = options.highlightFound ?? true;
      return { found, marks: found ? 1 : 0 };
    },
    async clearHighlight(id) {
      record('clearHighlight', id);
    },
    async openSidePanel(id) {
      record('openSidePanel', id);
    },
    async openCompare() {
      record('openCompare');
    },
    async openAtPage(id, page) {
      record('openAtPage', id, page);
    },
    watchTabs() {
      record('watchTabs');
      return () => {};
    },
  };
}
