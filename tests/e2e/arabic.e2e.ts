/**
 * An Arabic SLA page in a real Chromium (issue 10, item 6): a composed page served on 127.0.0.1 with
 * <html dir="rtl" lang="ar">, Arabic-Indic digits (٩٩٫٩٪) and a service-credit table gets the badge, the side panel
 * shows a card whose Arabic quotes are laid out right to left and tagged lang="ar", and clicking a finding paints its
 * quote in the Arabic page with the CSS Custom Highlight API. Screenshots: artifacts/e2e/arabic-*.png.
 *
 * The fields asserted are those the engine reads from Arabic today (governing law, dispute forum, exclusion of
 * indirect damages); uptime is checked only when it is extracted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { Harness, type OpenedPage, waitFor } from './harness';

declare const chrome: WxtBrowser;

const PANEL = { width: 420, height: 900 };
const POPUP = { width: 400, height: 600 };
const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);
/** Whitespace collapsed, table-cell bars dropped: how a quote and the highlighted page text are compared. */
const squash = (s: string) => s.replace(/[\s|]+/g, '');
const ARABIC = /\p{Script=Arabic}/u;

describe('ClauseLens on an Arabic page, in Chromium', { timeout: 300_000 }, () => {
  let h: Harness;
  let tab: OpenedPage;

  before(async () => {
    h = await Harness.launch();
    tab = await h.openPage('arRimalSla');
  });

  after(async () => {
    if (h) {
      const foreign = h.foreignRequests();
      if (foreign.length > 0) console.log('requests outside the test site:', JSON.stringify(foreign, null, 1));
      await h.close();
    }
  });

  async function openPanel(): Promise<Page> {
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tab.tabId}`, PANEL);
    try {
      await byTestId(panel, 'card').first().waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      const body = (
        await panel
          .locator('body')
          .innerText()
          .catch(() => '')
      )
        .replace(/\s+/g, ' ')
        .slice(0, 400);
      throw new Error(`the side panel shows no card. It shows: "${body}"\n${h.recentLogs()}`);
    }
    return panel;
  }

  /** dir, lang and the computed direction of every quote inside a field's section. */
  async function quotesOf(panel: Page, field: string) {
    return byTestId(panel, `field-${field}`)
      .locator('[data-testid="quote"]')
      .evaluateAll((els) =>
        els.map((el) => ({
          text: (el as HTMLElement).innerText,
          dir: el.getAttribute('dir'),
          lang: el.getAttribute('lang'),
          direction: getComputedStyle(el).direction,
          align: getComputedStyle(el).textAlign,
        })),
      );
  }

  it('badges the Arabic SLA', { timeout: 30_000 }, async () => {
    const badge = await waitFor(() => h.badge(tab.tabId), { timeout: 10_000, message: 'the badge on the Arabic SLA' });
    assert.notEqual(badge, '', 'the Arabic SLA is badged');
    assert.equal(await tab.page.evaluate(() => document.documentElement.dir), 'rtl', 'the test page is rtl');
  });

  it('popup: the verdict names an SLA; the uptime read from Arabic-Indic digits leads the values, each in its direction', {
    timeout: 30_000,
  }, async () => {
    const popup = await h.openExtensionPage(`popup.html?tab=${tab.tabId}`, POPUP);
    await byTestId(popup, 'key-values').waitFor({ state: 'visible', timeout: 12_000 });
    await h.screenshot(popup, 'arabic-popup-light');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(popup, 'arabic-popup-dark');
    assert.equal(await byTestId(popup, 'verdict').getAttribute('data-legal'), 'true');
    assert.match(await byTestId(popup, 'card-kind').innerText(), /SLA|service level/i);
    // The popup shows the values that matter most for an SLA: the uptime read from Arabic-Indic digits (٩٩٫٩٪,
    // "each calendar month") comes first.
    const uptime = await popup.locator('[data-field="uptime"] dd').innerText();
    assert.match(uptime, /^99\.9% per month/, `uptime in the popup: ${uptime}`);
    // Every value takes the direction of its first letter: an English-first value stays ltr even when it holds an
    // Arabic name, an Arabic-first one is rtl.
    const values = await popup
      .locator('[data-testid="key-values"] dd')
      .evaluateAll((els) =>
        els.map((el) => ({ text: (el as HTMLElement).innerText, dir: el.getAttribute('dir') ?? 'ltr' })),
      );
    assert.ok(values.length >= 4, `four or more key values: ${JSON.stringify(values)}`);
    for (const v of values) {
      assert.equal(v.dir, /^\P{L}*\p{Script=Arabic}/u.test(v.text) ? 'rtl' : 'ltr', `dir of "${v.text}"`);
    }
    // The popup itself stays an English, left-to-right page.
    assert.equal(await popup.evaluate(() => getComputedStyle(document.body).direction), 'ltr');
    await popup.close();
  });

  it('side panel: the card shows Arabic quotes right to left, tagged lang="ar"', { timeout: 40_000 }, async () => {
    const panel = await openPanel();
    await h.screenshot(panel, 'arabic-sidepanel-light', true);
    await panel.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(panel, 'arabic-sidepanel-dark', true);
    await panel.emulateMedia({ colorScheme: 'light' });
    const fields = ['governingLaw', 'disputeForum', 'consequentialDamages'];
    if ((await byTestId(panel, 'field-uptime').locator('[data-testid="quote"]').count()) > 0) fields.push('uptime');
    for (const field of fields) {
      const quotes = await quotesOf(panel, field);
      assert.ok(quotes.length > 0, `${field} has a quote`);
      for (const q of quotes) {
        assert.match(q.text, ARABIC, `${field}: the quote is the Arabic text`);
        assert.deepEqual(
          { dir: q.dir, lang: q.lang, direction: q.direction },
          { dir: 'rtl', lang: 'ar', direction: 'rtl' },
          `${field}: ${q.text.slice(0, 80)}`,
        );
        // `text-align: start` on an rtl quote is its right edge.
        assert.ok(['start', 'right', '-webkit-right'].includes(q.align), `${field} quote aligned ${q.align}`);
      }
    }
    const law = await byTestId(panel, 'field-governingLaw').innerText();
    assert.match(law, /المملكة العربية السعودية|Saudi/, `field-governingLaw: ${law}`);
    const forum = await byTestId(panel, 'field-disputeForum').innerText();
    assert.match(forum, /Riyadh|الرياض/, `field-disputeForum: ${forum}`);
    // Uptime, when read: the Arabic-Indic ٩٩٫٩٪ is 99.9%.
    if (fields.includes('uptime')) {
      const uptime = await byTestId(panel, 'field-uptime').innerText();
      assert.match(uptime, /99\.9\s?%/, `field-uptime: ${uptime}`);
      assert.match(uptime, /٩٩٫٩٪/, `the uptime quote keeps the page's digits: ${uptime}`);
    }
    // The panel's own chrome stays English and left to right.
    assert.equal(await panel.evaluate(() => getComputedStyle(document.body).direction), 'ltr');
    await panel.close();
  });

  it('side panel: clicking the governing-law finding highlights its Arabic quote in the page', {
    timeout: 40_000,
  }, async () => {
    const panel = await openPanel();
    const field = byTestId(panel, 'field-governingLaw');
    const quote = await field.locator('[data-testid="quote"]').first().innerText();
    await field.locator('[data-testid="finding"]').first().click();
    const status = await waitFor(async () => (await byTestId(panel, 'highlight-status').innerText()).trim() || null, {
      timeout: 8_000,
      message: 'highlight-status after clicking the governing-law finding',
    });
    assert.doesNotMatch(status, /not found|could not/i, `highlight-status: ${status}`);
    const painted = await waitFor(
      () =>
        h.inWorker(async (id: number) => {
          const [r] = await chrome.scripting.executeScript({
            target: { tabId: id },
            func: () => {
              const hl = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('clauselens');
              return hl ? Array.from(hl, (range) => range.toString()) : [];
            },
          });
          const ranges = (r?.result as string[] | undefined) ?? [];
          return ranges.length > 0 ? ranges : null;
        }, tab.tabId),
      { timeout: 8_000, message: 'a clauselens range in CSS.highlights' },
    );
    const marked = painted.join('');
    assert.match(marked, ARABIC, `the highlight is Arabic text: ${marked}`);
    assert.ok(
      squash(marked).length > 20 && squash(quote).includes(squash(marked)),
      `highlight "${marked}" vs quote "${quote}"`,
    );
    assert.match(marked, /المملكة العربية السعودية/, 'the highlight covers the governing law');
    assert.equal(await tab.page.locator('mark').count(), 0, 'no <mark> elements in the page');
    await tab.page.bringToFront();
    await h.screenshot(tab.page, 'arabic-page-highlighted');
    await panel.close();
  });

  it('compare: once saved, the Arabic values keep their direction in the table', { timeout: 40_000 }, async () => {
    const popup = await h.openExtensionPage(`popup.html?tab=${tab.tabId}`, POPUP);
    await byTestId(popup, 'save-snapshot').click();
    await waitFor(async () => /saved|no change/i.test(await byTestId(popup, 'save-status').innerText()), {
      timeout: 10_000,
      message: 'the snapshot of the Arabic SLA to be saved',
    });
    await popup.close();
    const compare = await h.openExtensionPage('compare.html', { width: 1280, height: 800 });
    const table = byTestId(compare, 'compare-table');
    await table.waitFor({ state: 'visible', timeout: 10_000 });
    await h.screenshot(compare, 'arabic-compare-light');
    await compare.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(compare, 'arabic-compare-dark');
    const cell = table.locator('tr[data-field="governingLaw"] td [dir]').first();
    const text = await cell.innerText();
    assert.match(text, ARABIC, `the governing-law cell keeps the Arabic name: ${text}`);
    const dir = await cell.getAttribute('dir');
    assert.equal(dir, /^\P{L}*\p{Script=Arabic}/u.test(text) ? 'rtl' : 'ltr', `dir of "${text}"`);
    await compare.close();
  });

  it('made no request beyond the test site', { timeout: 10_000 }, async () => {
    assert.deepEqual(h.foreignRequests(), []);
  });
});
