/**
 * Detection while browsing, with consent, in a real Chromium (puppeteer-core over a pipe, so the DevTools protocol's
 * `Extensions.triggerAction` can click the toolbar button as a user does, which is what grants activeTab):
 *
 * 1. A fresh install opens the welcome page, which says what the detector reads and shows "not granted"; no detector
 *    is registered and a legal page gets no badge.
 * 2. Without the grant, the real popup (opened by the toolbar button) still reads the page it opened on, through
 *    activeTab + scripting (a PDF tab too: activeTab lets the reader download it), and offers "Detect legal pages
 *    while browsing"; a view of a tab the user did not open ClauseLens on says how to give access instead of failing.
 * 3. After the grant (written into the profile as a click on "Allow" leaves it, then the browser restarted:
 *    tests/e2e/grant.ts), the background's startup check registers the detector and a legal page gets its badge.
 * 4. Revoking the access unregisters the detector, and the welcome page follows the change.
 *
 * The grant by a click on the welcome page, and the onAdded path it takes, run in Firefox (firefox-consent.e2e.ts).
 * Screenshots land in artifacts/e2e/consent-*.png.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import { grantAllSitesInProfile, unpackedExtensionId } from './grant';
import { ARTIFACTS, assertBuilt, CHROMIUM, EXTENSION_DIR, waitFor } from './harness';
import { HOST_RESOLVER_RULES, type PageName, startServer, type TestSite } from './server';

declare const chrome: WxtBrowser;

const POPUP = { width: 420, height: 720 };
const byTestId = (id: string) => `[data-testid="${id}"]`;

describe('Consent: access to all sites, asked for (Chromium)', { timeout: 240_000 }, () => {
  let browser: Browser | null = null;
  let site: TestSite;
  let profile = '';
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  const extUrl = (path: string) => `chrome-extension://${extensionId}/${path}`;
  /** An extension page kept open to call chrome.* from (a service worker may be asleep; a page is not). */
  let control: Page | null = null;

  async function launch(): Promise<void> {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      // A pipe, with extensions enabled: what Extensions.triggerAction needs.
      pipe: true,
      enableExtensions: true,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      protocolTimeout: 20_000,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-default-apps',
        `--host-resolver-rules=${HOST_RESOLVER_RULES}`,
      ],
    });
    control = null;
  }

  async function close(): Promise<void> {
    await browser?.close().catch(() => {});
    browser = null;
  }

  async function inExtension<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    if (!browser) throw new Error('no browser');
    if (!control || control.isClosed()) {
      control = await browser.newPage();
      await control.goto(extUrl('document.html'), { waitUntil: 'domcontentloaded' });
    }
    return control.evaluate(fn as never, arg as never) as Promise<R>;
  }

  const granted = () => inExtension(() => chrome.permissions.contains({ origins: ['<all_urls>'] }), null);
  const registeredIds = () =>
    inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id), null);

  /** Opens a test page in a new tab; its id from the active tab (without access to all sites no tab shows its URL). */
  async function openPage(name: PageName): Promise<{ page: Page; tabId: number; url: string }> {
    if (!browser) throw new Error('no browser');
    const url = site.url(name);
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.bringToFront();
    const tabId = await waitFor(
      () =>
        inExtension(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? 0;
        }, null),
      { timeout: 5_000, message: `the tab showing ${url}` },
    );
    await page.bringToFront();
    return { page, tabId, url };
  }

  const tabState = (tabId: number) =>
    inExtension(async (id: number) => {
      const key = `tab:${id}`;
      return ((await chrome.storage.session.get(key))[key] ?? null) as {
        verdict: unknown;
        analysis: { url: string } | null;
      } | null;
    }, tabId);

  const badge = (tabId: number) => inExtension((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

  /** Clicks the toolbar button on `page` (activeTab) and returns the popup that opens. */
  async function clickToolbarButton(page: Page): Promise<Page> {
    if (!browser) throw new Error('no browser');
    const extension = (await browser.extensions()).get(extensionId);
    assert.ok(extension, `ClauseLens (${extensionId}) among the browser's extensions`);
    await page.bringToFront();
    const earlier = new Set(browser.targets());
    await page.triggerExtensionAction(extension);
    const target = await browser.waitForTarget((t) => t.url() === extUrl('popup.html') && !earlier.has(t), {
      timeout: 10_000,
    });
    return target.asPage();
  }

  async function textOf(page: Page, selector: string): Promise<string | null> {
    return page.$eval(selector, (el) => (el as HTMLElement).innerText).catch(() => null);
  }

  before(async () => {
    assertBuilt();
    mkdirSync(ARTIFACTS, { recursive: true });
    site = await startServer();
    profile = mkdtempSync(join(tmpdir(), 'clauselens-e2e-consent-'));
    await launch();
  });

  after(async () => {
    await close();
    await site?.close().catch(() => {});
    if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  });

  it('on install: the welcome page opens, says what the detector reads, and shows "not granted"', async () => {
    if (!browser) throw new Error('no browser');
    const target = await browser.waitForTarget((t) => t.url() === extUrl('welcome.html'), { timeout: 10_000 });
    const welcome = await target.asPage();
    await welcome.setViewport({ width: 900, height: 1000 });
    await welcome.waitForSelector(`${byTestId('access-state')}[data-granted="false"]`, { timeout: 5_000 });
    assert.match((await textOf(welcome, byTestId('access-state'))) ?? '', /^Off/);
    const reads = await welcome.$$eval(`${byTestId('detector-reads')} li`, (lis) =>
      lis.map((li) => li.textContent ?? ''),
    );
    assert.equal(reads.length, 4, `the four things the detector reads: ${JSON.stringify(reads)}`);
    assert.match(reads.join(' | '), /URL.*title.*headings.*sample of its text/);
    assert.ok(await welcome.$(byTestId('grant-all-sites')), 'the one-click grant');
    await welcome.screenshot({ path: join(ARTIFACTS, 'consent-welcome.png') as `${string}.png`, fullPage: true });
    assert.equal(await granted(), false, 'access to all sites at install');
    assert.deepEqual(await registeredIds(), [], 'registered content scripts at install');
    const manifest = await inExtension(() => chrome.runtime.getManifest(), null);
    assert.equal(manifest.content_scripts, undefined, 'no content script declared in the manifest');
    assert.equal(manifest.host_permissions, undefined, 'no required host permission');
  });

  it('without the grant: no detector runs, and the popup reads the page it opens on (activeTab)', async () => {
    const { page, tabId } = await openPage('nimbuslySla');
    // The detector would have reported within a second of load; nothing does without the grant.
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(await badge(tabId), '', 'no badge without the grant');
    assert.equal((await tabState(tabId))?.verdict ?? null, null, 'no detector verdict without the grant');

    const popup = await clickToolbarButton(page);
    await popup.waitForSelector(byTestId('key-values'), { timeout: 15_000 }).catch(async () => {
      throw new Error(`no card in the popup: "${(await textOf(popup, 'body'))?.slice(0, 400)}"`);
    });
    assert.match((await textOf(popup, byTestId('card-vendor'))) ?? '', /Nimbusly/);
    assert.match((await textOf(popup, byTestId('key-values'))) ?? '', /99\.9\s?%/);
    assert.equal(await textOf(popup, byTestId('grant-all-sites')), 'Detect legal pages while browsing');
    // The analysis ran through activeTab: the tab's state holds it, still with no detector verdict.
    const state = await tabState(tabId);
    assert.ok(state?.analysis, 'the analysis is kept for the tab');
    assert.equal(state?.verdict ?? null, null);
    await popup.close();
    // A headless toolbar popup is a window as narrow as its first paint, which screenshots badly: the same popup page
    // pinned to the tab, at a toolbar popup's size, for the picture (activeTab lasts until the tab navigates).
    if (!browser) throw new Error('no browser');
    const pinned = await browser.newPage();
    await pinned.setViewport(POPUP);
    await pinned.goto(extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'domcontentloaded' });
    await pinned.waitForSelector(byTestId('grant-all-sites'), { timeout: 15_000 });
    await pinned.waitForSelector(byTestId('key-values'), { timeout: 15_000 });
    await pinned.screenshot({ path: join(ARTIFACTS, 'consent-popup.png') as `${string}.png` });
    await pinned.close();
    await page.close();
  });

  it('without the grant: a page the popup may not read says what to do; the toolbar button reads a PDF tab', async () => {
    if (!browser) throw new Error('no browser');
    const url = site.fileUrl('fernhollowPdf');
    const page = await browser.newPage();
    // A PDF's navigation ends in the viewer; waiting for more than the commit can hang.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => {});
    await page.bringToFront();
    const tabId = await inExtension(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? 0;
    }, null);
    await page.bringToFront();
    // The popup page pinned to that tab, as the side panel following a tab is: no toolbar click, so no activeTab.
    const pinned = await browser.newPage();
    await pinned.setViewport(POPUP);
    await pinned.goto(extUrl(`popup.html?tab=${tabId}`), { waitUntil: 'domcontentloaded' });
    const error = await waitFor(() => textOf(pinned, '[role="alert"]'), {
      timeout: 15_000,
      message: 'an error in the popup page for a tab ClauseLens may not read',
    }).catch(async (err) => {
      throw new Error(`${err}; the popup shows "${await textOf(pinned, 'body')}"`);
    });
    assert.match(error, /toolbar/i, `the error says how to give access to this page: ${error}`);
    assert.match(error, /access to all sites/i, `and how to give access to every page: ${error}`);
    assert.ok(await pinned.$(byTestId('grant-all-sites')), 'with the one-click grant beside it');
    await pinned.screenshot({
      path: join(ARTIFACTS, 'consent-popup-no-access.png') as `${string}.png`,
      fullPage: true,
    });
    await pinned.close();
    // The toolbar button grants activeTab on the PDF tab: the reader downloads and reads it.
    const popup = await clickToolbarButton(page);
    await popup.waitForSelector(byTestId('key-values'), { timeout: 20_000 }).catch(async () => {
      throw new Error(`no card for the PDF tab: "${(await textOf(popup, 'body'))?.slice(0, 400)}"`);
    });
    assert.match((await textOf(popup, byTestId('card-vendor'))) ?? '', /Fernhollow/);
    await popup.close();
    await page.close();
  });

  it('after the grant: the startup check registers the detector and a legal page gets its badge', async () => {
    await close();
    grantAllSitesInProfile(profile, extensionId);
    await launch();
    assert.equal(await granted(), true, 'access to all sites after the grant');
    await waitFor(async () => (await registeredIds()).includes('clauselens-detector'), {
      timeout: 10_000,
      message: 'the detector registered at startup',
    });
    const { page, tabId } = await openPage('quillfeatherSla');
    const shown = await waitFor(() => badge(tabId), { timeout: 10_000, message: 'the badge on the Quillfeather SLA' });
    assert.equal(shown, 'SLA');
    assert.ok((await tabState(tabId))?.verdict, 'the detector reported the page');
    // The popup no longer offers the grant.
    const popup = await clickToolbarButton(page);
    await popup.waitForSelector(byTestId('key-values'), { timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await popup.$(byTestId('grant-all-sites')), null, 'no grant button once granted');
    await popup.close();
    await page.close();
  });

  it('revoking the access unregisters the detector, and the welcome page follows', async () => {
    if (!browser) throw new Error('no browser');
    const welcome = await browser.newPage();
    await welcome.goto(extUrl('welcome.html'), { waitUntil: 'domcontentloaded' });
    await welcome.waitForSelector(`${byTestId('access-state')}[data-granted="true"]`, { timeout: 5_000 });
    await welcome.setViewport({ width: 900, height: 1000 });
    await welcome.screenshot({ path: join(ARTIFACTS, 'consent-welcome-granted.png') as `${string}.png` });
    assert.equal(await inExtension(() => chrome.permissions.remove({ origins: ['<all_urls>'] }), null), true);
    await welcome.waitForSelector(`${byTestId('access-state')}[data-granted="false"]`, { timeout: 5_000 });
    await waitFor(async () => (await registeredIds()).length === 0, {
      timeout: 10_000,
      message: 'the detector unregistered after the revocation',
    });
    const { page, tabId } = await openPage('nimbuslyTerms');
    await new Promise((r) => setTimeout(r, 1_500));
    assert.equal(await badge(tabId), '', 'no badge once access is revoked');
    await page.close();
    await welcome.close();
  });
});
