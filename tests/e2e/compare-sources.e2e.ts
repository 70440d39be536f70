/**
 * The compare table's sources and the vendor manager in Chromium (issues 8 and 12 item 8), and a bilingual card
 * (issue 10 item 5). Saves Nimbusly's SLA and terms, Orbitant's SLA and Sawahil's bilingual agreement, then:
 * - the bilingual card shows both versions of its clauses, the Arabic one right to left;
 * - each compare cell names the document its value came from (Nimbusly's uptime from its SLA, its governing law from
 *   its terms), the link opens that snapshot's card, and the CSV export carries a source and a capture column;
 * - renaming a vendor, moving a document to another vendor (a split), undoing it, and merging two vendors change the
 *   compare columns accordingly.
 * Screenshots: artifacts/e2e/compare-sources*.png, bilingual-card.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Papa from 'papaparse';
import type { Locator, Page } from 'playwright-core';
import { Harness, waitFor } from './harness';
import type { PageName } from './server';

const PANEL = { width: 420, height: 900 };
const WIDE = { width: 1280, height: 900 };
const byTestId = (page: Page | Locator, id: string): Locator => page.locator(`[data-testid="${id}"]`);

describe('compare sources, vendor manager and a bilingual card, in Chromium', { timeout: 600_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await Harness.launch();
  });

  after(async () => {
    await h?.close();
  });

  async function openPanel(name: PageName): Promise<Page> {
    const { tabId } = await h.openPage(name);
    await waitFor(() => h.badge(tabId), { timeout: 8_000, message: `the toolbar badge on ${name}` });
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, PANEL);
    await byTestId(panel, 'card').first().waitFor({ state: 'visible', timeout: 15_000 });
    return panel;
  }

  async function save(panel: Page, what: string): Promise<void> {
    await byTestId(panel, 'save-snapshot').click();
    const status = await waitFor(
      async () => {
        const text = (await byTestId(panel, 'save-status').innerText()).trim();
        return /saved|no change|could not/i.test(text) && !/saving/i.test(text) ? text : null;
      },
      { timeout: 10_000, message: `save-status after saving ${what}` },
    );
    assert.match(status, /saved|no change/i, `saving ${what}: ${status}`);
  }

  /** The vendor columns of the compare table. */
  async function columns(compare: Page): Promise<string[]> {
    const headers = await byTestId(compare, 'compare-table').locator('thead th').allInnerTexts();
    return headers.slice(1).map((x) => x.trim());
  }

  async function waitForColumns(compare: Page, want: (cols: string[]) => boolean, message: string): Promise<string[]> {
    return waitFor(
      async () => {
        const cols = await columns(compare);
        return want(cols) ? cols : null;
      },
      { timeout: 10_000, message },
    );
  }

  it('saves two Nimbusly documents, Orbitant and the bilingual Sawahil agreement', { timeout: 90_000 }, async () => {
    for (const name of ['nimbuslySla', 'nimbuslyTerms', 'orbitantSla', 'sawahilBilingual'] as const) {
      const panel = await openPanel(name);
      await save(panel, name);
      await panel.close();
    }
  });

  it('bilingual card: both versions of a clause, the Arabic one right to left', { timeout: 30_000 }, async () => {
    const panel = await openPanel('sawahilBilingual');
    const law = byTestId(panel, 'field-governingLaw');
    await byTestId(law, 'translations').first().waitFor({ timeout: 8_000 });
    const quotes = byTestId(law, 'quote');
    assert.equal(await quotes.count(), 2, 'the English quote and its Arabic version');
    assert.match(await quotes.nth(0).innerText(), /laws of the Emirate of Dubai/);
    const arabic = quotes.nth(1);
    assert.match(await arabic.innerText(), /\p{Script=Arabic}/u);
    assert.equal(await arabic.getAttribute('dir'), 'rtl');
    assert.equal(await arabic.getAttribute('lang'), 'ar');
    assert.equal(await arabic.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    assert.match(await byTestId(law, 'translations').innerText(), /Also in Arabic/);
    // The forum too; the panel page itself is English, left to right, from the UI's messages.
    assert.equal(await byTestId(byTestId(panel, 'field-disputeForum'), 'quote').count(), 2);
    assert.deepEqual(
      await panel.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]),
      ['en', 'ltr', 'ClauseLens'],
    );
    await law.scrollIntoViewIfNeeded();
    await h.screenshot(panel, 'bilingual-card', true);
    await panel.close();
  });

  it('compare: each value names its source document, which opens its snapshot; CSV carries the sources', {
    timeout: 45_000,
  }, async () => {
    const compare = await h.openExtensionPage('compare.html', WIDE);
    await byTestId(compare, 'compare-table').waitFor({ timeout: 10_000 });
    const cols = await waitForColumns(compare, (c) => c.length === 3, 'three vendor columns');
    const nimbusly = cols.findIndex((c) => /nimbusly/i.test(c));
    assert.ok(nimbusly >= 0, `a Nimbusly column: ${JSON.stringify(cols)}`);
    const cell = (field: string, i: number) =>
      byTestId(compare, 'compare-table').locator(`tr[data-field="${field}"] td`).nth(i);
    // One vendor, two documents: uptime from the SLA, governing law from the terms.
    const uptimeSource = byTestId(cell('uptime', nimbusly), 'cell-source');
    assert.match(await uptimeSource.innerText(), /^SLA · \d{4}-\d{2}-\d{2}$/);
    assert.match((await uptimeSource.getAttribute('title')) ?? '', /nimbusly\.localhost(:\d+)?\/nimbusly\/legal\/sla/);
    const lawSource = byTestId(cell('governingLaw', nimbusly), 'cell-source');
    assert.match(await lawSource.innerText(), /^Terms · \d{4}-\d{2}-\d{2}$/);
    assert.match((await lawSource.getAttribute('title')) ?? '', /legal\/terms/);
    await h.screenshot(compare, 'compare-sources', true);
    await compare.emulateMedia({ colorScheme: 'dark' });
    await h.screenshot(compare, 'compare-sources-dark', true);
    await compare.emulateMedia({ colorScheme: 'light' });

    // The link opens the saved snapshot: its card, with the quote behind the value.
    const [doc] = await Promise.all([compare.context().waitForEvent('page'), lawSource.click()]);
    await byTestId(doc, 'card').first().waitFor({ timeout: 10_000 });
    assert.match(await byTestId(doc, 'document-source').innerText(), /legal\/terms · saved \d{4}-\d{2}-\d{2}/);
    assert.match(await byTestId(doc, 'field-governingLaw').innerText(), /Delaware/);
    assert.equal(await doc.title(), 'ClauseLens — Document');
    await doc.close();

    const [download] = await Promise.all([compare.waitForEvent('download'), byTestId(compare, 'export-csv').click()]);
    const csv = Papa.parse<string[]>(
      readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    ).data;
    const header = csv[0] ?? [];
    const at = header.findIndex((x) => /nimbusly/i.test(x) && !/\(/.test(x));
    assert.match(header[at + 1] ?? '', /\(source\)$/, `CSV header: ${JSON.stringify(header)}`);
    assert.match(header[at + 2] ?? '', /\(captured\)$/);
    const uptime = csv.find((r) => r[0] === 'Uptime') ?? [];
    assert.match(uptime[at + 1] ?? '', /\/nimbusly\/legal\/sla$/);
    assert.match(uptime[at + 2] ?? '', /^\d{4}-\d{2}-\d{2}$/);
    const law = csv.find((r) => r[0] === 'Governing law') ?? [];
    assert.match(law[at + 1] ?? '', /\/nimbusly\/legal\/terms$/);
    await compare.close();
  });

  it('vendor manager: rename, split (move a document), undo, merge; the compare columns follow', {
    timeout: 60_000,
  }, async () => {
    const compare = await h.openExtensionPage('compare.html', WIDE);
    await byTestId(compare, 'compare-table').waitFor({ timeout: 10_000 });
    const manager = byTestId(compare, 'vendor-manager');
    await manager.locator('summary').click();
    const option = async (select: string, text: RegExp) => {
      const options = await compare
        .locator(`${select} option`)
        .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
      const found = options.find((o) => text.test(o.text));
      assert.ok(found, `an option ${text} in ${select}: ${JSON.stringify(options.map((o) => o.text))}`);
      await compare.selectOption(select, found.value);
    };
    const status = () => compare.locator('.cl-status').innerText();

    // Rename Orbitant: its column follows.
    await option('#vm-rename', /orbitant/i);
    await byTestId(compare, 'vendor-new-name').fill('Orbitant Cloud');
    await byTestId(compare, 'vendor-rename').locator('button[type=submit]').click();
    await waitForColumns(compare, (c) => c.includes('Orbitant Cloud'), 'a column named Orbitant Cloud');
    assert.match(await status(), /Renamed .* to Orbitant Cloud\./);

    // Split: move Nimbusly's terms to Orbitant Cloud; Nimbusly's governing law goes with it.
    const lawOf = async (vendor: RegExp) => {
      const cols = await columns(compare);
      const i = cols.findIndex((c) => vendor.test(c));
      return byTestId(compare, 'compare-table').locator('tr[data-field="governingLaw"] td').nth(i).innerText();
    };
    assert.match(await lawOf(/nimbusly/i), /Delaware/);
    await option('#vm-doc', /nimbusly.*terms/i);
    await option('#vm-to', /orbitant cloud/i);
    await byTestId(compare, 'vendor-move').locator('button[type=submit]').click();
    await waitFor(async () => /Delaware/.test(await lawOf(/orbitant cloud/i)) || null, {
      timeout: 10_000,
      message: "Nimbusly's governing law in the Orbitant Cloud column after the move",
    });
    assert.doesNotMatch(await lawOf(/nimbusly/i), /Delaware/);
    assert.match(
      (await byTestId(compare, 'compare-table')
        .locator('tr[data-field="governingLaw"] td')
        .nth((await columns(compare)).indexOf('Orbitant Cloud'))
        .locator('[data-testid="cell-source"]')
        .getAttribute('title')) ?? '',
      /nimbusly\.localhost(:\d+)?\/nimbusly\/legal\/terms/,
      'the moved value still names its own document',
    );
    await h.screenshot(compare, 'compare-sources-after-move', true);

    // Undo: the terms go back to Nimbusly.
    await byTestId(compare, 'vendor-undo').click();
    await waitFor(async () => /Delaware/.test(await lawOf(/nimbusly/i)) || null, {
      timeout: 10_000,
      message: "Nimbusly's governing law back after the undo",
    });

    // Merge Orbitant Cloud into Nimbusly: one column fewer.
    await option('#vm-from', /orbitant cloud/i);
    await option('#vm-into', /nimbusly/i);
    await byTestId(compare, 'vendor-merge').locator('button[type=submit]').click();
    const after = await waitForColumns(compare, (c) => c.length === 2, 'two columns after the merge');
    assert.ok(!after.some((c) => /orbitant/i.test(c)), `no Orbitant column: ${JSON.stringify(after)}`);
    // The merged vendor's uptime comes from one of its two SLAs, and says which.
    const nimbusly = after.findIndex((c) => /nimbusly/i.test(c));
    const source = byTestId(compare, 'compare-table')
      .locator('tr[data-field="uptime"] td')
      .nth(nimbusly)
      .locator('[data-testid="cell-source"]');
    assert.match((await source.getAttribute('title')) ?? '', /(nimbusly|orbitant)\.localhost/);
    await h.screenshot(compare, 'compare-sources-after-merge', true);
    await compare.close();
  });
});
