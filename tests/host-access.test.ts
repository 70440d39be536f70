import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackground } from '@/utils/background-runtime';
import {
  ALL_SITES,
  createHostAccess,
  createHostAccessUi,
  DETECTOR_FILE,
  DETECTOR_SCRIPT_ID,
  isMissingAccessError,
  openWelcomeOnInstall,
  touchesAllSites,
  WELCOME_PAGE,
} from '@/utils/host-access';
import type { Message, Sender } from '@/utils/messages';
import { sampleAnalysis, snapshotOf } from './fixtures/ui-card';

type Change = { origins?: string[]; permissions?: string[] };
type Script = { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean };

/** An event with the browser's add/remove shape, fired by the test. */
function fakeEvent<A extends unknown[]>() {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (l: (...args: A) => void) => listeners.add(l),
    removeListener: (l: (...args: A) => void) => listeners.delete(l),
    fire: (...args: A) => {
      for (const l of listeners) l(...args);
    },
    get count() {
      return listeners.size;
    },
  };
}

/**
 * The permissions and scripting APIs as both browsers behave: origins granted or not, registered scripts kept by id,
 * a second register of the same id refused ("Duplicate script ID"), events fired after the change.
 */
function fakeApi({ granted = false, registered = [] as Script[] } = {}) {
  const state = { granted, scripts: new Map(registered.map((s) => [s.id, s])) };
  const onAdded = fakeEvent<[Change]>();
  const onRemoved = fakeEvent<[Change]>();
  const calls: string[] = [];
  const api = {
    permissions: {
      contains: vi.fn(async (p: Change) => (p.origins?.includes('<all_urls>') ? state.granted : false)),
      request: vi.fn(async () => {
        state.granted = true;
        onAdded.fire({ origins: ['<all_urls>'], permissions: [] });
        return true;
      }),
      onAdded,
      onRemoved,
    },
    scripting: {
      registerContentScripts: vi.fn(async (scripts: Script[]) => {
        // Slow enough that two syncs started together would overlap if they were not queued.
        await new Promise((r) => setTimeout(r, 5));
        for (const s of scripts) {
          if (state.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        }
        for (const s of scripts) state.scripts.set(s.id, s);
        calls.push('register');
      }),
      unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
        for (const id of ids) state.scripts.delete(id);
        calls.push('unregister');
      }),
      getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
        [...state.scripts.values()].filter((s) => !ids || ids.includes(s.id)),
      ),
    },
  };
  const grant = () => {
    state.granted = true;
    onAdded.fire({ origins: ['<all_urls>'], permissions: [] });
  };
  const revoke = () => {
    state.granted = false;
    onRemoved.fire({ origins: ['<all_urls>'], permissions: [] });
  };
  return { api, state, calls, grant, revoke, onAdded, onRemoved };
}

const settle = () => new Promise((r) => setTimeout(r, 30));
const hostAccess = (f: ReturnType<typeof fakeApi>) => createHostAccess(f.api as never);

describe('the detector follows the grant of access to all sites', () => {
  it('registers nothing on a fresh install, and the detector once access is granted', async () => {
    const f = fakeApi();
    expect(await hostAccess(f).start()).toEqual({ granted: false, registered: false });
    expect(f.state.scripts.size).toBe(0);
    f.grant();
    await settle();
    const script = f.state.scripts.get(DETECTOR_SCRIPT_ID);
    expect(script).toMatchObject({
      matches: ['<all_urls>'],
      js: [DETECTOR_FILE],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('unregisters the detector when the access is revoked', async () => {
    const f = fakeApi({ granted: true });
    await hostAccess(f).start();
    expect(f.state.scripts.has(DETECTOR_SCRIPT_ID)).toBe(true);
    f.revoke();
    await settle();
    expect(f.state.scripts.size).toBe(0);
    expect(f.calls).toEqual(['register', 'unregister']);
  });

  it('checks again at startup: a persisted detector without the grant goes, a grant without the detector registers it', async () => {
    const detector = { id: DETECTOR_SCRIPT_ID, matches: ['<all_urls>'], js: [DETECTOR_FILE] };
    // Revoked while the background slept (Firefox's add-on manager, Chrome's site access): the persisted script goes.
    const revoked = fakeApi({ granted: false, registered: [detector] });
    expect(await hostAccess(revoked).start()).toEqual({ granted: false, registered: false });
    expect(revoked.state.scripts.size).toBe(0);
    // Granted, and the script already there (persistAcrossSessions): left alone, not registered twice.
    const kept = fakeApi({ granted: true, registered: [detector] });
    expect(await hostAccess(kept).start()).toEqual({ granted: true, registered: true });
    expect(kept.calls).toEqual([]);
    // Granted, but the registration was lost: registered again.
    const lost = fakeApi({ granted: true });
    await hostAccess(lost).start();
    expect(lost.calls).toEqual(['register']);
  });

  it('checks again when the browser starts (runtime.onStartup wakes the background)', async () => {
    const f = fakeApi({ granted: true });
    const onStartup = fakeEvent<[]>();
    await createHostAccess({ ...f.api, runtime: { onStartup } } as never).start();
    expect(f.calls).toEqual(['register']);
    // The access was revoked while the browser was closed; the persisted script is still there at the next start.
    f.state.granted = false;
    onStartup.fire();
    await settle();
    expect(f.calls).toEqual(['register', 'unregister']);
  });

  it('registers once when the startup check and a grant arrive together', async () => {
    const f = fakeApi();
    const access = hostAccess(f);
    const started = access.start();
    f.grant();
    const again = access.sync();
    await Promise.all([started, again]);
    await settle();
    expect(f.calls).toEqual(['register']);
    expect(f.state.scripts.size).toBe(1);
  });

  it('ignores permission changes that are not about all sites', async () => {
    const f = fakeApi({ granted: true });
    await hostAccess(f).start();
    f.api.scripting.getRegisteredContentScripts.mockClear();
    f.onAdded.fire({ permissions: ['notifications'], origins: [] });
    f.onRemoved.fire({ origins: ['https://one.example/*'] });
    await settle();
    expect(f.api.scripting.getRegisteredContentScripts).not.toHaveBeenCalled();
    expect(touchesAllSites({ origins: ['*://*/*'] })).toBe(true);
    expect(touchesAllSites({ origins: ['https://*.example/*'] })).toBe(false);
    expect(touchesAllSites(undefined)).toBe(false);
  });
});

describe('the welcome page', () => {
  it('opens on a fresh install only, not on an update', () => {
    const onInstalled = fakeEvent<[{ reason: string }]>();
    const create = vi.fn(async () => ({}));
    openWelcomeOnInstall({
      runtime: { onInstalled, getURL: (p: string) => `chrome-extension://id${p}` },
      tabs: { create },
    } as never);
    onInstalled.fire({ reason: 'update' });
    onInstalled.fire({ reason: 'browser_update' });
    expect(create).not.toHaveBeenCalled();
    onInstalled.fire({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: `chrome-extension://id${WELCOME_PAGE}` });
  });
});

describe('the pages’ view of the grant', () => {
  it('asks for all sites, and tells a watcher when the grant changes until it unsubscribes', async () => {
    const f = fakeApi();
    const ui = createHostAccessUi(f.api as never);
    expect(await ui.granted()).toBe(false);
    const seen: boolean[] = [];
    const stop = ui.watch((g) => seen.push(g));
    expect(await ui.request()).toBe(true);
    expect(f.api.permissions.request).toHaveBeenCalledWith(ALL_SITES);
    f.revoke();
    await settle();
    expect(seen).toEqual([true, false]);
    stop();
    expect(f.onAdded.count + f.onRemoved.count).toBe(0);
    f.grant();
    await settle();
    expect(seen).toEqual([true, false]);
  });

  it('reads "not granted" when the browser cannot say', async () => {
    const ui = createHostAccessUi({
      permissions: {
        contains: async () => {
          throw new Error('not implemented');
        },
      },
    } as never);
    expect(await ui.granted()).toBe(false);
  });
});

describe('without access to the site', () => {
  it('tells a refused injection apart from a browser page', () => {
    expect(
      isMissingAccessError(
        new Error(
          'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
        ),
      ),
    ).toBe(true);
    expect(isMissingAccessError(new Error('Missing host permission for the tab'))).toBe(true);
    // Look-alikes that are about the page, not the permission: left to the popup's own wording.
    expect(isMissingAccessError(new Error('Cannot access a chrome:// URL'))).toBe(false);
    expect(isMissingAccessError(new Error('The extensions gallery cannot be scripted.'))).toBe(false);
  });

  type Api = Parameters<typeof createBackground>[0];
  const api = fakeBrowser as unknown as Api;
  const ui: Sender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
  async function analyze(bg: ReturnType<typeof createBackground>, tabId: number) {
    return bg.dispatch({ type: 'ui-bg-analyze', tabId, fresh: true } as Message, ui);
  }

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('says what to grant when a PDF tab cannot be downloaded again, and keeps other errors as they are', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/sla.pdf' });
    const read = vi.fn(async () => {
      throw new Error('ClauseLens could not download this PDF again to read it (TypeError: Failed to fetch).');
    });
    const contains = vi.fn(async () => false);
    (fakeBrowser as unknown as { permissions: { contains: typeof contains } }).permissions.contains = contains;
    const bg = createBackground(api, { preAnalyze: false, pdfReader: { read }, probePdf: async () => false });
    const refused = await analyze(bg, tab.id as number);
    expect(refused?.ok).toBe(false);
    expect(refused && !refused.ok && refused.error).toMatch(/access to all sites/i);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://acme.example/*'] });
    // With access, the reader's own words stand: the download failed for another reason.
    contains.mockResolvedValue(true);
    const failed = await analyze(bg, tab.id as number);
    expect(failed && !failed.ok && failed.error).toMatch(/Failed to fetch/);
  });

  it('says how to give access when the analyzer may not run in the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://acme.example/legal/terms' });
    const scripting = fakeBrowser.scripting as unknown as { executeScript: unknown };
    scripting.executeScript = vi.fn(async () => {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    });
    const { at: _at, ...output } = sampleAnalysis();
    // The reader page's card builder (utils/offthread.ts): the tab only hands over what it renders.
    const cardBuilder = { build: vi.fn(async () => structuredClone(output)) };
    const bg = createBackground(api, {
      preAnalyze: false,
      pdfReader: { read: vi.fn() },
      probePdf: async () => false,
      cardBuilder,
    });
    const answer = await analyze(bg, tab.id as number);
    expect(answer && !answer.ok && answer.error).toMatch(/toolbar.*access to all sites/is);
    expect(cardBuilder.build).not.toHaveBeenCalled();
    // A page the analyzer reads is not affected.
    const page = snapshotOf(output);
    scripting.executeScript = vi.fn(async (injection: { files?: string[]; args?: unknown[] }) => [
      {
        result: injection.files
          ? page
          : ((injection.args?.[0] as string[]) ?? []).map(() => ({ found: true, visible: true, marks: 1 })),
      },
    ]);
    const ok = await analyze(bg, tab.id as number);
    expect(ok?.ok).toBe(true);
  });
});
