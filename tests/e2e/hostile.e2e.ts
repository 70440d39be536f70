/**
 * Hostile and fragile pages: a page must not learn that ClauseLens is installed or what the reader looks at, hidden
 * text must not become a value a reviewer trusts, and highlighting must not break a page that renders its own DOM.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Card, Finding } from '../../extractors/types';
import { Harness, waitFor } from './harness';

declare const chrome: WxtBrowser;

const PANEL = { width: 420, height: 900 };
const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

describe('ClauseLens on hostile pages', { timeout: 300_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await Harness.launch();
  });

  after(async () => {
    await h?.close();
  });

  async function openPanel(tabId: number): Promise<Page> {
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, PANEL);
    try {
      await byTestId(panel, 'card').first().waitFor({ state: 'visible', timeout: 12_000 });
    } catch {
      const text = await panel
        .locator('body')
        .innerText()
        .catch(() => '');
      throw new Error(`no card in the side panel; it shows "${text.slice(0, 300)}"\n${h.recentLogs()}`);
    }
    return panel;
  }

  it('announces nothing to the page: no window message from the detector or the analyzer', {
    timeout: 60_000,
  }, async () => {
    const { page, tabId, url } = await h.openPage('quillfeatherSla');
    await h.detectMs(tabId, url); // the detector ran in this page
    await waitFor(() => h.badge(tabId), { timeout: 8_000, message: 'the badge on the Quillfeather SLA' });
    const panel = await openPanel(tabId); // the analyzer ran in this page
    // Messages are delivered asynchronously: give any late one time to arrive.
    await new Promise((r) => setTimeout(r, 500));
    const messages = (await page.evaluate(() => (window as { __messages?: unknown[] }).__messages)) as {
      origin: string;
      data: string;
    }[];
    // The page's own probe proves the recorder works.
    assert.ok(
      messages.some((m) => m.data.includes('page-own-probe')),
      `the page records its own message: ${JSON.stringify(messages)}`,
    );
    const foreign = messages.filter((m) => !m.data.includes('page-own-probe'));
    assert.deepEqual(foreign, [], 'messages the page received from the extension');
    await panel.close();
    await page.close();
  });

  /** The analysis the background holds for a tab (storage.session), once there is one. */
  async function analysisOf(tabId: number): Promise<{ card: Card; text: string }> {
    return waitFor(
      () =>
        h.inWorker(async (id: number) => {
          const key = `tab:${id}`;
          const state = (await chrome.storage.session.get(key))[key] as
            | { analysis?: { card: unknown; text: string } | null }
            | undefined;
          return state?.analysis ?? null;
        }, tabId) as Promise<{ card: Card; text: string } | null>,
      { timeout: 10_000, message: `an analysis for tab ${tabId}` },
    );
  }

  /** What the page's isolated world sees in CSS.highlights (the extension's highlight, whatever world holds it). */
  async function highlightedText(tabId: number): Promise<string[]> {
    return h.inWorker(async (id: number) => {
      const [r] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('clauselens');
          return hl ? Array.from(hl, (range) => range.toString()) : [];
        },
      });
      return (r?.result as string[] | undefined) ?? [];
    }, tabId);
  }

  async function clickFinding(panel: Page, field: string): Promise<string> {
    await byTestId(panel, 'finding')
      .and(panel.locator(`[data-field="${field}"]`))
      .first()
      .click();
    return waitFor(
      async () => {
        const t = (await byTestId(panel, 'highlight-status').innerText()).trim();
        return t === '' || /looking/i.test(t) ? null : t;
      },
      { timeout: 8_000, message: `highlight-status after clicking the ${field} finding` },
    );
  }

  it('leaves text hidden with CSS out of the card, and says when a quote is hidden on the page', {
    timeout: 60_000,
  }, async () => {
    const { page, tabId } = await h.openPage('tallowmereSla');
    const panel = await openPanel(tabId);
    const { card, text } = await analysisOf(tabId);
    // Five ways of hiding "99.999%" (a class with display:none, an inline style, font-size:0, off-screen, opacity:0).
    assert.doesNotMatch(text, /99\.999/, 'hidden text reached the card text');
    assert.equal((card.fields.uptime as Finding<{ percent: number }> | null)?.value.percent, 99.5);
    assert.match(await byTestId(panel, 'field-uptime').innerText(), /99\.5\s?%/);
    assert.equal(card.fields.uptime?.visible, undefined, 'the visible uptime quote is not marked hidden');
    // A clause in a closed <details> is part of the document, but no reader sees it until they open it.
    const law = card.fields.governingLaw[0];
    assert.ok(law, `a governing law from the closed <details>: ${JSON.stringify(card.fields.governingLaw)}`);
    assert.equal(law.visible, false, 'the governing-law quote sits in a closed <details>');
    const hidden = await clickFinding(panel, 'governingLaw');
    assert.match(hidden, /hidden on the page/i, `highlight-status for the hidden quote: ${hidden}`);
    const shown = await clickFinding(panel, 'uptime');
    assert.match(shown, /highlighted/i, `highlight-status for the visible quote: ${shown}`);
    assert.doesNotMatch(shown, /hidden/i);
    await h.screenshot(panel, 'hostile-hidden-panel', true);
    await panel.close();
    await page.close();
  });

  it('highlights without touching the page DOM: a self-rendering page keeps working and sees no mutation', {
    timeout: 60_000,
  }, async () => {
    const { page, tabId } = await h.openPage('wrenfieldSla');
    const panel = await openPanel(tabId);
    const status = await clickFinding(panel, 'uptime');
    assert.match(status, /highlighted/i, `highlight-status: ${status}`);
    const painted = await highlightedText(tabId);
    assert.equal(painted.length, 1, `one highlighted range: ${JSON.stringify(painted)}`);
    assert.match(painted[0] ?? '', /99\.9%/, 'the highlight covers the uptime figure');
    const inView = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((el) => el.textContent?.includes('99.9%'));
      const r = p?.getBoundingClientRect();
      return Boolean(r && r.bottom > 0 && r.top < window.innerHeight);
    });
    assert.ok(inView, 'the highlighted quote is scrolled into view');
    await page.bringToFront();
    await h.screenshot(page, 'hostile-highlight-no-dom');
    const mutations = await page.evaluate(() => (window as { __mutations?: string[] }).__mutations);
    assert.deepEqual(mutations, [], 'DOM mutations the page saw after the highlight');
    const rerender = await page.evaluate(() => (window as { __rerender?: () => string }).__rerender?.());
    assert.equal(rerender, 'ok', 'the page re-renders its own nodes after the highlight');
    assert.equal(await page.evaluate(() => document.querySelector('mark')), null, 'no <mark> in the page');
    await panel.close();
    await page.close();
  });

  it('least privilege: no `tabs`, access to all sites only asked for, not in private windows, extension pages connect out only over http(s)', {
    timeout: 30_000,
  }, async () => {
    const manifest = await h.inWorker(() => chrome.runtime.getManifest(), null);
    assert.deepEqual(
      [...(manifest.permissions ?? [])].sort(),
      ['activeTab', 'alarms', 'notifications', 'offscreen', 'scripting', 'sidePanel', 'storage'],
      'permissions (README, "Permissions", says why each)',
    );
    // Access to all sites is optional: asked for on the welcome page and in the popup (utils/host-access.ts), and the
    // every-page detector is registered only once it is granted, never declared in the manifest.
    assert.equal(manifest.host_permissions, undefined, 'no required host permission');
    assert.deepEqual((manifest as { optional_host_permissions?: string[] }).optional_host_permissions, ['<all_urls>']);
    assert.equal(manifest.content_scripts, undefined, 'no content script declared for every page');
    assert.equal((manifest as { incognito?: string }).incognito, 'not_allowed');
    // Everything else in this suite and in ui.e2e.ts runs without `tabs`: tab URLs come with the granted access to
    // all sites (the harness grants it, as a user's "Allow" does).
    assert.equal(await h.inWorker(() => chrome.permissions.contains({ permissions: ['tabs'] }), null), false);
    const panel = await h.openExtensionPage('compare.html', { width: 900, height: 600 });
    // connect-src allows http(s) only since extension pages re-fetch a PDF open in a tab (utils/pdf-reader.ts): no
    // WebSocket, no other scheme, no wildcard.
    const policy = (manifest as { content_security_policy?: { extension_pages?: string } }).content_security_policy;
    for (const directive of [
      "connect-src 'self' http: https:",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      assert.ok(policy?.extension_pages?.includes(directive), `extension pages' CSP has ${directive}`);
    }
    const connect = /connect-src ([^;]*)/
      .exec(policy?.extension_pages ?? '')?.[1]
      ?.trim()
      .split(/\s+/);
    assert.deepEqual(connect, ["'self'", 'http:', 'https:']);
    await panel.close();
  });
});
