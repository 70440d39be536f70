/**
 * Detection while browsing, with consent, in a real Firefox ESR: a fresh install opens the welcome page, which shows
 * "not granted" and registers nothing; a click on "Allow access to all sites" (permissions.request from the user's
 * click; the pref `extensions.webextOptionalPermissionPrompts` stands in for the doorhanger) grants it, the page
 * follows, the background registers the detector (permissions.onAdded) and a legal page gets its badge; revoking the
 * access (as the add-on manager does) unregisters the detector and the welcome page follows.
 *
 * Firefox's toolbar popup cannot be opened from automation, so the activeTab path runs in Chromium only
 * (consent.e2e.ts).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { FirefoxHarness } from './firefox-harness';
import { waitFor } from './harness';

describe('Consent: access to all sites, asked for (Firefox ESR)', { timeout: 150_000 }, () => {
  let h: FirefoxHarness;
  let welcome: Page;

  before(async () => {
    h = await FirefoxHarness.launch({ allSites: false });
  });

  after(async () => {
    await h?.close();
  });

  const state = (page: Page) =>
    page.evaluate(() => document.querySelector('[data-testid="access-state"]')?.getAttribute('data-granted') ?? null);
  const registered = () =>
    h.inExtension(
      async (b) => (await b.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id),
      null,
    ) as Promise<string[]>;

  it('on install: the welcome page opens and shows "not granted"; nothing is registered', async () => {
    const pages = await h.browser.pages();
    const urls = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
    assert.ok(
      urls.some((u) => u === h.extUrl('welcome.html')),
      `a tab showing welcome.html after install: ${JSON.stringify(urls)}`,
    );
    welcome = await h.openExtensionPage('welcome.html', { width: 900, height: 1000 });
    assert.equal(await waitFor(() => state(welcome), { message: 'the access state on welcome.html' }), 'false');
    assert.equal(await h.inExtension((b) => b.permissions.contains({ origins: ['<all_urls>'] }), null), false);
    assert.deepEqual(await registered(), []);
    await h.screenshot(welcome, 'consent-firefox-welcome', true);
  });

  it('one click grants access: the page follows, the detector is registered and a legal page gets its badge', async () => {
    await welcome.click('[data-testid="grant-all-sites"]');
    await waitFor(async () => (await state(welcome)) === 'true', { message: 'welcome.html to show "granted"' });
    await waitFor(async () => (await registered()).includes('clauselens-detector'), {
      message: 'the detector registered after the grant',
    });
    const { tabId, url } = await h.openPage('nimbuslySla');
    const verdict = await h.detected(tabId, url);
    assert.equal(verdict.isLegal, true);
    assert.equal(await waitFor(() => h.badge(tabId), { message: 'the badge on the Nimbusly SLA' }), 'SLA');
  });

  it('revoking the access unregisters the detector, and the welcome page follows', async () => {
    assert.equal(await h.inExtension((b) => b.permissions.remove({ origins: ['<all_urls>'] }), null), true);
    await waitFor(async () => (await state(welcome)) === 'false', { message: 'welcome.html to show "not granted"' });
    await waitFor(async () => (await registered()).length === 0, {
      message: 'the detector unregistered after the revocation',
    });
  });
});
