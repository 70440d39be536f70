/**
 * Real-browser harness: Debian's Chromium (never a downloaded one) driven by playwright-core, with the built extension
 * from .output/chrome-mv3 loaded, the test site on 127.0.0.1, every request the browser context makes recorded, and a
 * recording proxy that catches anything trying to leave the machine. See shared/design/toolchain-notes.md.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { grantAllSitesInProfile, unpackedExtensionId } from './grant';
import { HOST_RESOLVER_RULES, type PageName, startServer, type TestSite } from './server';

/** What `chrome` is inside the functions evaluated in the service worker. */
declare const chrome: WxtBrowser;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; CLAUSELENS_EXTENSION_DIR points the tests at another build. */
export const EXTENSION_DIR = process.env.CLAUSELENS_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');
export const ARTIFACTS = join(ROOT, 'artifacts/e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Fails with a message that says what to do, instead of a Chromium error about a missing directory. */
export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` first (\`npm run e2e\` does).`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Who asked: the page's URL, or 'service-worker'. */
  from: string;
  at: number;
}

/**
 * Hosts Chromium itself contacts at startup with no extension loaded and no page open (measured: the extension
 * updater's update2/json and Gaia's ListAccounts, retried with backoff; Debian's Chromium 150 also checks in with
 * android.clients.google.com, measured the same way, with no extension and only about:blank open, for 20 s), despite
 * --disable-background-networking. They are the browser's traffic, not the extension's: the request log from the
 * pages and the service worker (context.on('request')) is checked separately and must hold nothing but the test site
 * and the extension.
 */
export const CHROMIUM_OWN_HOSTS = ['update.googleapis.com', 'accounts.google.com', 'android.clients.google.com'];

export interface ProxyHit {
  /** "CONNECT host:443" or "GET http://host/path". */
  target: string;
  at: number;
}

/** Polls `probe` until it returns a truthy value; throws `message` (plus the last value seen) after `timeout` ms. */
export async function waitFor<T>(
  probe: () => Promise<T> | T,
  {
    timeout = 10_000,
    interval = 100,
    message = 'condition',
  }: { timeout?: number; interval?: number; message?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen =
        lastError instanceof Error ? `last error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${message} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** A proxy that answers nothing: it records where the browser tried to go and refuses. Loopback bypasses it. */
async function startRecordingProxy(hits: ProxyHit[]): Promise<{ server: Server; port: number }> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    hits.push({ target: `${req.method} ${req.url}`, at: Date.now() });
    res.writeHead(502, { 'content-type': 'text/plain' }).end('blocked by the ClauseLens e2e proxy');
  });
  server.on('connect', (req, socket: Socket) => {
    // A browser closing (the install launch before the grant) resets its tunnels: not an error of the test.
    socket.on('error', () => {});
    hits.push({ target: `CONNECT ${req.url}`, at: Date.now() });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    s.on('error', () => {});
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  server.on('close', () => {
    for (const s of sockets) s.destroy();
  });
  return { server, port: (server.address() as AddressInfo).port };
}

export interface OpenedPage {
  page: Page;
  tabId: number;
  url: string;
}

export class Harness {
  readonly requests: RecordedRequest[] = [];
  readonly proxyHits: ProxyHit[] = [];
  /** Console errors and uncaught exceptions from every page and the service worker, for failure messages. */
  readonly logs: string[] = [];
  context!: BrowserContext;
  extensionId = '';
  site!: TestSite;
  private proxy: Server | null = null;
  private profile = '';
  launchMs = 0;

  /**
   * `allSites` (default true): the profile has granted access to all sites, so the detector runs on every page as for
   * a user who clicked "Allow" on the welcome page (tests/e2e/grant.ts). false: a fresh install, nothing granted.
   */
  static async launch({ allSites = true }: { allSites?: boolean } = {}): Promise<Harness> {
    assertBuilt();
    const h = new Harness();
    try {
      await h.start(allSites);
    } catch (err) {
      await h.close();
      throw err;
    }
    return h;
  }

  private async start(allSites: boolean): Promise<void> {
    mkdirSync(ARTIFACTS, { recursive: true });
    let t0 = performance.now();
    this.site = await startServer();
    const proxy = await startRecordingProxy(this.proxyHits);
    this.proxy = proxy.server;
    this.profile = mkdtempSync(join(tmpdir(), 'clauselens-e2e-'));
    if (allSites) {
      // Install once, then grant in the closed profile (see tests/e2e/grant.ts).
      await this.launchContext(proxy.port);
      await this.serviceWorker();
      await this.context.close();
      grantAllSitesInProfile(this.profile, unpackedExtensionId(EXTENSION_DIR));
      // launchMs is the launch a user's browser does, not the install run before it.
      t0 = performance.now();
    }
    await this.launchContext(proxy.port);
    this.context.setDefaultTimeout(10_000);
    this.context.on('request', (req) => {
      let from = 'service-worker';
      try {
        from = req.frame().url();
      } catch {
        // Requests from workers have no frame.
      }
      this.requests.push({
        url: req.url(),
        method: req.method(),
        resourceType: req.resourceType(),
        from,
        at: Date.now(),
      });
    });
    this.context.on('page', (page) => this.watch(page));
    for (const page of this.context.pages()) this.watch(page);
    const sw = await this.serviceWorker();
    this.extensionId = new URL(sw.url()).host;
    if (allSites) {
      // The background registers the detector at start once it sees the grant; pages opened before would miss it.
      await waitFor(
        () => this.inWorker(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0, null),
        { timeout: 10_000, message: 'the detector registered after the grant of access to all sites' },
      );
    }
    this.launchMs = performance.now() - t0;
  }

  /** Starts Chromium on this harness's profile with the extension loaded (again, after a grant: tests/e2e/grant.ts). */
  private async launchContext(proxyPort: number): Promise<void> {
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM,
      headless: true,
      timeout: 30_000,
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-default-apps',
        // Vendor host names (nimbusly.localhost…) go to the test site on 127.0.0.1 and nowhere else.
        `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
        // Loopback is never proxied, so the test site is reached directly and everything else lands in the recorder.
        `--proxy-server=http://127.0.0.1:${proxyPort}`,
      ],
    });
  }

  private watch(page: Page): void {
    page.on('pageerror', (err) => this.logs.push(`[pageerror ${page.url()}] ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.logs.push(`[console.error ${page.url()}] ${msg.text()}`);
    });
  }

  /** The extension's service worker (waits for it to start, or restart after going idle). */
  async serviceWorker(): Promise<Worker> {
    const isOurs = (w: Worker) =>
      w.url().startsWith('chrome-extension://') && (!this.extensionId || new URL(w.url()).host === this.extensionId);
    const existing = this.context.serviceWorkers().find(isOurs);
    if (existing) return existing;
    return this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
      throw new Error(
        'The extension service worker never started: the build in .output/chrome-mv3 did not load (check its manifest).',
      );
    });
  }

  /** Runs `fn(arg)` in the service worker, where `chrome.*` is available. */
  async inWorker<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const sw = await this.serviceWorker();
    // tsx compiles these files with esbuild's keepNames, which wraps functions defined as object properties (such
    // as executeScript's `func`) in a `__name(fn, "func")` call; the worker has no such helper, so give it one.
    await sw.evaluate('globalThis.__name ??= (fn) => fn');
    return sw.evaluate(fn as never, arg) as Promise<R>;
  }

  extUrl(path: string): string {
    return `chrome-extension://${this.extensionId}/${path.replace(/^\//, '')}`;
  }

  /** Opens a test page in a new tab and finds the tab's id through chrome.tabs. */
  async openPage(name: PageName): Promise<OpenedPage> {
    const url = this.site.url(name);
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await this.tabIdFor(url);
    return { page, tabId, url };
  }

  /** The newest tab showing exactly `url`. */
  async tabIdFor(url: string): Promise<number> {
    return waitFor(
      () =>
        this.inWorker(async (u: string) => {
          const tabs = await chrome.tabs.query({});
          const ids = tabs.filter((t) => t.url === u && typeof t.id === 'number').map((t) => t.id as number);
          return ids.length > 0 ? Math.max(...ids) : 0;
        }, url),
      { timeout: 5_000, message: `a tab showing ${url} in chrome.tabs.query` },
    );
  }

  /**
   * The detector's time on the page `url` shown in `tabId`, as the content script reported it to the background
   * (kept in the tab's state in storage.session). Waits until that page's signals have been scored.
   */
  async detectMs(tabId: number, url: string): Promise<number> {
    return waitFor(
      () =>
        this.inWorker(
          async ({ id, u }: { id: number; u: string }) => {
            const key = `tab:${id}`;
            const state = (await chrome.storage.session.get(key))[key] as
              | { url?: string; detectMs?: unknown }
              | undefined;
            return state?.url === u && typeof state.detectMs === 'number' ? state.detectMs : null;
          },
          { id: tabId, u: url },
        ),
      { timeout: 8_000, message: `the detector's report for ${url} in the tab's state (is the content script built?)` },
    );
  }

  async badge(tabId: number): Promise<string> {
    return this.inWorker((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Opens an extension page (popup.html, sidepanel.html, compare.html) as a tab. */
  async openExtensionPage(path: string, opts: { width?: number; height?: number } = {}): Promise<Page> {
    const page = await this.context.newPage();
    if (opts.width && opts.height) await page.setViewportSize({ width: opts.width, height: opts.height });
    const response = await page.goto(this.extUrl(path), { waitUntil: 'domcontentloaded' });
    if (response && !response.ok()) throw new Error(`${path} answered ${response.status()}: is it in the build?`);
    return page;
  }

  /** True when the build has this extension page (WXT only emits it once its entrypoint exists). */
  hasExtensionFile(path: string): boolean {
    return existsSync(join(EXTENSION_DIR, path));
  }

  /** Requests since `since` (epoch ms) that went anywhere but the test site (127.0.0.1) or this extension. */
  foreignRequests(since = 0): RecordedRequest[] {
    const extension = `chrome-extension://${this.extensionId}/`;
    return this.requests.filter(
      (r) =>
        r.at >= since && !this.site.isOwn(r.url) && !r.url.startsWith(extension) && !/^(data|blob|about):/.test(r.url),
    );
  }

  /** Connections the browser tried beyond loopback, except Chromium's own startup traffic (CHROMIUM_OWN_HOSTS). */
  foreignProxyHits(since = 0): ProxyHit[] {
    const own = (target: string) =>
      CHROMIUM_OWN_HOSTS.some((host) => target.includes(`${host}:`) || target.includes(`//${host}/`));
    return this.proxyHits.filter((h) => h.at >= since && !own(h.target));
  }

  async screenshot(page: Page, name: string, fullPage = false): Promise<string> {
    const path = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path, fullPage });
    return path;
  }

  /** Recent console errors, for a failure message. */
  recentLogs(n = 15): string {
    return this.logs.length === 0 ? '(no console errors)' : this.logs.slice(-n).join('\n');
  }

  async close(): Promise<void> {
    await this.context?.close().catch(() => {});
    await this.site?.close().catch(() => {});
    if (this.proxy) await new Promise<void>((r) => this.proxy?.close(() => r()));
    if (this.profile) rmSync(this.profile, { recursive: true, force: true, maxRetries: 3 });
  }
}

export function resetTimings(): void {
  rmSync(join(ARTIFACTS, 'timings.json'), { force: true });
}

/** Merges `values` into artifacts/e2e/timings.json (the bench and README read it). */
export function recordTimings(values: Record<string, unknown>): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, 'timings.json');
  let current: Record<string, unknown> = {};
  try {
    current = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    current = {};
  }
  const next = { ...current, ...values, measuredAt: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
