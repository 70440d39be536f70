/**
 * The vendor a buyer recognizes, in a real Chromium: a page whose title ("Service Level Agreement | Kestrel") and
 * preamble ("KESTREL LEDGER TECHNOLOGIES, INC. ("Kestrel" …)") name the brand, with navigation words ("Host",
 * "Email") and the legal name in capitals in the footer. The popup, the side panel and the compare column must say
 * "Kestrel": never the page's host name ("kestrel.localhost"), a nav word, or the capitalised legal name.
 * The page fades its content in (opacity 0 → 1 after load), as many vendor sites do: the analysis that starts on
 * load must wait for it, or every paragraph reads as not rendered and the card comes back empty.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { Harness, waitFor } from './harness';

const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

/** True when `name` is the brand and none of the things a vendor name must not be. */
function isBrand(name: string): boolean {
  const n = name.trim();
  return /^Kestrel\b/.test(n) && !/localhost/i.test(n) && !/KESTREL LEDGER/.test(n) && !/^(Host|Email)$/i.test(n);
}

describe('ClauseLens vendor names in Chromium', { timeout: 300_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await Harness.launch();
  });

  after(async () => {
    if (h) await h.close();
  });

  it('the brand from the title and preamble names the vendor in the popup, side panel and compare', {
    timeout: 90_000,
  }, async () => {
    const { tabId } = await h.openPage('kestrelSla');
    await waitFor(() => h.badge(tabId), { timeout: 8_000, message: 'the badge on the Kestrel SLA' });

    const popup = await h.openExtensionPage(`popup.html?tab=${tabId}`, { width: 400, height: 600 });
    const vendor = byTestId(popup, 'card-vendor');
    await vendor.waitFor({ state: 'visible', timeout: 12_000 });
    const inPopup = (await vendor.innerText()).trim();
    assert.ok(isBrand(inPopup), `popup vendor is the brand: "${inPopup}"`);
    const uptime = await byTestId(popup, 'key-values').locator('[data-field="uptime"]').innerText();
    assert.match(uptime, /99\.9\s?%/, `uptime read from the faded-in content: ${uptime}`);
    await popup.close();

    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, { width: 420, height: 900 });
    await byTestId(panel, 'card').waitFor({ state: 'visible', timeout: 12_000 });
    await h.screenshot(panel, 'vendor-brand-sidepanel');
    await byTestId(panel, 'save-snapshot').click();
    const status = byTestId(panel, 'save-status');
    await waitFor(async () => /saved/i.test(await status.innerText()), {
      timeout: 10_000,
      message: 'the Kestrel SLA saved',
    });
    await panel.close();

    const compare = await h.openExtensionPage('compare.html', { width: 1280, height: 800 });
    const table = byTestId(compare, 'compare-table');
    await table.waitFor({ state: 'visible', timeout: 10_000 });
    const headers = (await table.locator('thead th').allInnerTexts()).map((t) => t.trim()).slice(1);
    await h.screenshot(compare, 'vendor-brand-compare');
    assert.ok(
      headers.some((x) => isBrand(x)),
      `a compare column named for the brand: ${JSON.stringify(headers)}`,
    );
    assert.ok(
      !headers.some((x) => /localhost|KESTREL LEDGER/.test(x)),
      `no host or capitalised legal name: ${headers}`,
    );
    // One vendor reads as one ("1 vendor compared", not "1 vendors").
    assert.match(await table.locator('caption').innerText(), /^1 vendor compared/);
    await compare.close();
  });
});
