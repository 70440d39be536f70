/**
 * Hostile and fragile pages: a page must not learn that ClauseLens is installed or what the reader looks at, hidden
 * text must not become a value a reviewer trusts, and highlighting must not break a page that renders its own DOM.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { Harness, waitFor } from './harness';

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
});
