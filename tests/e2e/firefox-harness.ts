/**
 * Firefox harness: Debian's Firefox ESR (never a downloaded one) driven by puppeteer-core over WebDriver BiDi (no
 * geckodriver), with the MV3 build from .output/firefox-mv3 installed as a temporary add-on and the same test site on
 * 127.0.0.1 as the Chromium tests (tests/e2e/server.ts).
 *
 * Three Firefox facts shape it (Firefox ESR 140 and 153, puppeteer-core 24):
 * - An add-on's pages live at moz-extension://<uuid>/, and the uuid is random per profile. The pref
 *   `extensions.webextensions.uuids` maps an add-on id (the manifest's gecko id) to a uuid chosen here instead.
 * - BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context") unless Firefox starts with
 *   `--remote-allow-system-access`.
 * - After such a navigation puppeteer's frame tracking loses the page (page.url() says about:blank and page.goto()
 *   times out), although evaluate() and screenshot() keep working. So extension pages are opened with BiDi's own
 *   browsingContext.navigate (wait: complete), and waited on by polling the DOM, never by puppeteer's navigation events.
 *
 * There is no service worker to evaluate in: Firefox runs MV3 backgrounds as event pages. Every extension page has the
 * `browser.*` APIs, so one extension page (the "control" page) reads tabs, badges and storage.session for the tests.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ARTIFACTS, ROOT, waitFor } from './harness';
import { FILE_ROUTES, type PageName, ROUTES, startServer, type TestSite } from './server';

export const FIREFOX_EXTENSION_DIR = process.env.CLAUSELENS_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv3');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The viewport of every tab the tests open, unless a test asks for another. */
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
/** The moz-extension uuid this profile gives the add-on (any fixed v4 uuid works). */
export const EXTENSION_UUID = '6b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

/** What `browser` is inside functions evaluated in an extension page. */
// biome-ignore lint/suspicious/noExplicitAny: the WebExtension API as Firefox exposes it to extension pages
type Ext = any;

/** The gecko id from the built manifest: the key of the uuid pref, and what installExtension answers. */
export function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no browser_specific_settings.gecko.id: the uuid cannot be pinned.');
  return id;
}

export function assertFirefoxBuilt(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox --mv3\` (\`npm run e2e\` does).`,
    );
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(`No Firefox at ${FIREFOX}: run \`apt-get install -y firefox-esr\` or set FIREFOX_PATH.`);
  }
}

/** Runs `work`, failing after `ms` with `what` in the message (BiDi calls can hang when a page goes away). */
export async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface FirefoxTab {
  page: Page;
  tabId: number;
  url: string;
}

export class FirefoxHarness {
  browser!: Browser;
  site!: TestSite;
  /** What browser.installExtension() answered: the add-on id. */
  addonId = '';
  /** An extension page kept open to call browser.* APIs from. */
  control!: Page;
  readonly logs: string[] = [];
  launchMs = 0;
  private profile = '';

  /**
   * `allSites` (default true): access to all sites is granted at start, as by a user clicking "Allow access to all
   * sites" on the welcome page, so the detector runs on every page. false: a fresh install, nothing granted.
   */
  static async launch({ allSites = true }: { allSites?: boolean } = {}): Promise<FirefoxHarness> {
    assertFirefoxBuilt();
    const h = new FirefoxHarness();
    try {
      await within(60_000, 'starting Firefox with the add-on', h.start());
      if (allSites) await within(30_000, 'granting access to all sites', h.grantAllSites());
    } catch (err) {
      await h.close();
      throw err;
    }
    return h;
  }

  private async start(): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const t0 = performance.now();
    this.site = await startServer();
    this.profile = mkdtempSync(join(tmpdir(), 'clauselens-e2e-firefox-'));
    const vendorHosts = [
      ...new Set([...Object.values(ROUTES), ...Object.values(FILE_ROUTES)].map((r) => r.host)),
    ].filter((host) => host !== '127.0.0.1');
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: this.profile,
      timeout: 30_000,
      protocolTimeout: 20_000,
      // No default viewport: puppeteer would set it on every new page with page.setViewport, which also overrides the
      // screen orientation, a BiDi command Firefox ESR 140 does not know ("unknown command
      // emulation.setScreenOrientationOverride"). newPage() below sets the size with browsingContext.setViewport alone.
      defaultViewport: null,
      // Lets BiDi navigate a tab to moz-extension:// (see the header).
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
        // Vendor host names (nimbusly.localhost…) resolve to 127.0.0.1, like Chromium's --host-resolver-rules.
        'network.dns.localDomains': vendorHosts.join(','),
        // permissions.request() for an optional permission grants it without the doorhanger a user would click
        // (Firefox's own tests use this pref): how grantAllSites() below stands in for the user's click on "Allow".
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    this.addonId = await this.browser.installExtension(FIREFOX_EXTENSION_DIR);
    this.control = await this.openExtensionPage('compare.html');
    this.launchMs = performance.now() - t0;
  }

  /**
   * Clicks "Allow access to all sites" on the welcome page (a real click: permissions.request wants a user gesture;
   * the pref `extensions.webextOptionalPermissionPrompts` stands in for the prompt) and waits until the background
   * has registered the detector.
   */
  async grantAllSites(): Promise<void> {
    const welcome = await this.openExtensionPage('welcome.html');
    await waitFor(() => welcome.$('[data-testid="grant-all-sites"]'), { message: 'the grant button on welcome.html' });
    await welcome.click('[data-testid="grant-all-sites"]');
    await waitFor(
      () =>
        this.inExtension(
          async (b) => (await b.scripting.getRegisteredContentScripts()).some((s: Ext) => s.js?.length > 0),
          null,
        ),
      { timeout: 10_000, message: 'the detector registered after the grant of access to all sites' },
    );
    await welcome.close();
  }

  extUrl(path: string): string {
    return `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;
  }

  private watch(page: Page): void {
    page.on('pageerror', (err) => this.logs.push(`[pageerror] ${err instanceof Error ? err.message : String(err)}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.logs.push(`[console.error] ${msg.text()}`);
    });
  }

  /**
   * Opens an extension page in a new tab through BiDi's navigate (see the header) and waits until its document is
   * the extension page and has loaded.
   */
  async openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const page = await this.newPage(viewport);
    this.watch(page);
    const url = this.extUrl(path);
    const context = (
      page.mainFrame() as unknown as { browsingContext: { navigate(u: string, w: string): Promise<void> } }
    ).browsingContext;
    await within(15_000, `navigating to ${url}`, context.navigate(url, 'complete'));
    await waitFor(() => page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url), {
      timeout: 10_000,
      message: `${path} to load`,
    });
    return page;
  }

  /** Runs `fn(arg)` in the control page, where `browser.*` is the extension's API. */
  inExtension<R, A>(fn: (browser: Ext, arg: A) => R | Promise<R>, arg: A): Promise<R> {
    return within(
      15_000,
      'a call in the extension page',
      // A string, so `fn` gets the page's `browser` and a copy of `arg` (the debugger evaluates it, not the page's CSP).
      this.control.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`) as Promise<R>,
    );
  }

  /**
   * A new tab of the given viewport (1280×800 unless told), set with BiDi's browsingContext.setViewport: the size only,
   * which every Firefox ESR the tests meet (140 and 153) implements (see the launch options).
   */
  async newPage(viewport: { width: number; height: number } = DEFAULT_VIEWPORT): Promise<Page> {
    const page = await this.browser.newPage();
    const context = (
      page.mainFrame() as unknown as {
        browsingContext: { setViewport(o: { viewport: { width: number; height: number } }): Promise<void> };
      }
    ).browsingContext;
    await within(15_000, 'setting the viewport', context.setViewport({ viewport }));
    return page;
  }

  /** Opens a test page in a new tab and finds its tab id through browser.tabs. */
  async openPage(name: PageName): Promise<FirefoxTab> {
    const url = this.site.url(name);
    const page = await this.newPage();
    this.watch(page);
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
    const tabId = await waitFor(
      () =>
        this.inExtension(async (b, u: string) => {
          const ids = (await b.tabs.query({})).filter((t: Ext) => t.url === u).map((t: Ext) => t.id as number);
          return ids.length > 0 ? Math.max(...ids) : 0;
        }, url),
      { timeout: 5_000, message: `a tab showing ${url} in browser.tabs.query` },
    );
    return { page, tabId, url };
  }

  /** Waits until the background has scored the detector's signals for `url` in `tabId` (its state in storage.session). */
  async detected(tabId: number, url: string): Promise<{ isLegal: boolean; kind: string | null }> {
    return waitFor(
      () =>
        this.inExtension(
          async (b, { id, u }: { id: number; u: string }) => {
            const key = `tab:${id}`;
            const state = (await b.storage.session.get(key))[key];
            return state?.url === u && state.verdict ? state.verdict : null;
          },
          { id: tabId, u: url },
        ),
      { timeout: 10_000, message: `the detector's verdict for ${url} in the tab's state` },
    );
  }

  badge(tabId: number): Promise<string> {
    return this.inExtension((b, id: number) => b.action.getBadgeText({ tabId: id }), tabId);
  }

  async screenshot(page: Page, name: string, fullPage = false): Promise<string> {
    const path = join(ARTIFACTS, `${name}.png`) as `${string}.png`;
    await within(15_000, `screenshot ${name}`, page.screenshot({ path, fullPage }));
    return path;
  }

  recentLogs(n = 15): string {
    return this.logs.length === 0 ? '(no console errors)' : this.logs.slice(-n).join('\n');
  }

  /** Always ends Firefox: a polite close first, then the process itself. */
  async close(): Promise<void> {
    if (this.browser) {
      const proc = this.browser.process();
      await within(10_000, 'closing Firefox', this.browser.close()).catch(() => {
        proc?.kill('SIGKILL');
      });
    }
    await this.site?.close().catch(() => {});
    if (this.profile) rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
  }
}
