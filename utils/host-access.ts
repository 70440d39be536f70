/**
 * Access to all sites, asked for rather than taken (README, "Permissions").
 *
 * The manifest lists `<all_urls>` under `optional_host_permissions`: nothing is granted at install. The welcome page
 * (entrypoints/welcome/) and the popup ask with one click; once granted, the background registers the every-page
 * detector (entrypoints/detector.ts) with `scripting.registerContentScripts`, and unregisters it when the user
 * revokes the access (Chrome's site-access menu, Firefox's add-on manager). Until then `activeTab` + `scripting`
 * read the page the user opens ClauseLens on, and nothing runs on any other page.
 *
 * Background side: `createHostAccess(api).start()`. Page side: `createHostAccessUi(api)` (request, watch).
 * The browser API is a parameter so tests pass a fake.
 */
import type { browser } from 'wxt/browser';

/** What "access to all sites" is, for permissions.contains / request / onAdded. */
export const ALL_SITES = { origins: ['<all_urls>'] };

/** The id of the registered detector script (one per extension; ids are per extension in both browsers). */
export const DETECTOR_SCRIPT_ID = 'clauselens-detector';

/** The built every-page detector (entrypoints/detector.ts, an unlisted script). */
export const DETECTOR_FILE = 'detector.js';

/**
 * The detector as a registered content script. Not a WXT `*.content.ts` entry: WXT's wrapper posts the extension
 * id to every page with window.postMessage (see entrypoints/detector.ts). persistAcrossSessions: a browser restart
 * keeps it, like a manifest content script; the startup check below still repairs any drift.
 */
export const DETECTOR_SCRIPT = {
  id: DETECTOR_SCRIPT_ID,
  matches: ['<all_urls>'],
  js: [DETECTOR_FILE],
  runAt: 'document_idle' as const,
  allFrames: false,
  persistAcrossSessions: true,
};

/** The welcome page opened on install (entrypoints/welcome/). */
export const WELCOME_PAGE = '/welcome.html';

type PermissionsApi = Pick<typeof browser.permissions, 'contains' | 'request' | 'onAdded' | 'onRemoved'>;
type ScriptingApi = Pick<
  typeof browser.scripting,
  'registerContentScripts' | 'unregisterContentScripts' | 'getRegisteredContentScripts'
>;

export interface HostAccessApi {
  permissions: PermissionsApi;
  scripting: ScriptingApi;
  runtime?: { onStartup: { addListener(cb: () => void): void } };
}

/** A permissions change that concerns access to all sites (onAdded/onRemoved carry only what changed). */
export function touchesAllSites(change: { origins?: string[] } | undefined): boolean {
  return Boolean(change?.origins?.some((o) => o === '<all_urls>' || o === '*://*/*'));
}

/** Whether access to all sites is granted now (false if the browser refuses to say). */
export async function hasAllSites(api: { permissions: Pick<PermissionsApi, 'contains'> }): Promise<boolean> {
  try {
    return await api.permissions.contains(ALL_SITES);
  } catch {
    return false;
  }
}

/** What the background does with the grant: keep the detector registered exactly while access is granted. */
export function createHostAccess(api: HostAccessApi) {
  // One sync at a time: startup and an onAdded arriving together must not register the script twice (the second
  // register would fail with "Duplicate script ID").
  let queue: Promise<unknown> = Promise.resolve();

  async function isRegistered(): Promise<boolean> {
    const scripts = await api.scripting.getRegisteredContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
    return scripts.some((s) => s.id === DETECTOR_SCRIPT_ID);
  }

  async function syncNow(): Promise<{ granted: boolean; registered: boolean }> {
    const granted = await hasAllSites(api);
    const registered = await isRegistered();
    if (granted && !registered) {
      await api.scripting.registerContentScripts([
        DETECTOR_SCRIPT as Parameters<ScriptingApi['registerContentScripts']>[0][number],
      ]);
    } else if (!granted && registered) {
      await api.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
    }
    return { granted, registered: granted };
  }

  /** Registers or unregisters the detector to match the grant; returns the state it left. */
  function sync(): Promise<{ granted: boolean; registered: boolean }> {
    const run = queue.then(syncNow, syncNow);
    queue = run.catch(() => {});
    return run;
  }

  const onChange = (change: { origins?: string[] }) => {
    if (touchesAllSites(change)) sync().catch(() => {});
  };

  return {
    sync,
    /** Registers the listeners (call synchronously at background start) and checks the grant once. */
    start(): Promise<{ granted: boolean; registered: boolean }> {
      api.permissions.onAdded.addListener(onChange);
      api.permissions.onRemoved.addListener(onChange);
      // A listener for the browser's start wakes the background then, so the check below runs at every browser start
      // (a persisted detector must not outlive a grant that changed while the background was not running).
      api.runtime?.onStartup.addListener(() => void sync().catch(() => {}));
      // Every background start (install, update, browser start, wake-up): the grant may have changed meanwhile.
      return sync();
    },
  };
}

type InstalledApi = {
  runtime: Pick<typeof browser.runtime, 'onInstalled' | 'getURL'>;
  tabs: Pick<typeof browser.tabs, 'create'>;
};

/** Opens the welcome page on a fresh install (not on an update or a browser update). */
export function openWelcomeOnInstall(api: InstalledApi): void {
  api.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    api.tabs.create({ url: api.runtime.getURL(WELCOME_PAGE as '/welcome.html') }).catch(() => {});
  });
}

/** The pages' side (welcome page, popup): read, watch and ask for the grant. */
export interface HostAccessUi {
  granted(): Promise<boolean>;
  /** Asks the browser for access to all sites. Call it straight from a click handler, before any await. */
  request(): Promise<boolean>;
  /** Calls `listener` whenever the grant changes (granted here, or revoked in the browser's settings). */
  watch(listener: (granted: boolean) => void): () => void;
}

export function createHostAccessUi(api: { permissions: PermissionsApi }): HostAccessUi {
  return {
    granted: () => hasAllSites(api),
    request: () => api.permissions.request(ALL_SITES),
    watch(listener) {
      const onChange = (change: { origins?: string[] }) => {
        if (touchesAllSites(change)) void hasAllSites(api).then(listener);
      };
      api.permissions.onAdded.addListener(onChange);
      api.permissions.onRemoved.addListener(onChange);
      return () => {
        api.permissions.onAdded.removeListener(onChange);
        api.permissions.onRemoved.removeListener(onChange);
      };
    },
  };
}

/**
 * The error for a page ClauseLens may not script: said in words a user can act on. Chrome says "Cannot access
 * contents of the page. Extension manifest must request permission…", Firefox "Missing host permission for the tab".
 * (The wording avoids the phrases components/usePageAnalysis.ts turns into "browser pages are off-limits".)
 */
export function isMissingAccessError(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return /must request permission|missing host permission|permission to access/i.test(message);
}
