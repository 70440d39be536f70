/**
 * Contracts as files, in a real Chromium: a PDF served on 127.0.0.1 and opened in a tab gets the badge and a card
 * whose quotes carry their page in the side panel; the page link opens the PDF at that page; a PDF served from a URL
 * without .pdf is recognised by its content type; a PDF and a Word document dropped on the compare page become
 * vendors in its table (the user confirms vendor and kind first). Screenshots land in artifacts/e2e/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { fernhollowPdf, quillbrookDocx } from './file-fixtures';
import { Harness, waitFor } from './harness';

declare const chrome: WxtBrowser;

const PANEL = { width: 420, height: 900 };
const byTestId = (page: Page, id: string): Locator => page.locator(`[data-testid="${id}"]`);

describe('Contracts as files in Chromium', { timeout: 300_000 }, () => {
  let h: Harness;

  before(async () => {
    h = await Harness.launch();
  });

  after(async () => {
    await h?.close();
  });

  async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await h.context.newPage();
    // A PDF's navigation ends in the viewer; 'commit' is all a test can wait for.
    await page.goto(url, { waitUntil: 'commit' }).catch(() => {});
    const tabId = await h.tabIdFor(url);
    return { page, tabId };
  }

  async function badgeOf(tabId: number, what: string): Promise<string> {
    return waitFor(() => h.badge(tabId), { timeout: 20_000, message: `the badge on ${what}` });
  }

  async function panelText(panel: Page): Promise<string> {
    return (await panel.locator('body').innerText()).replace(/\s+/g, ' ');
  }

  it('a PDF tab gets the badge, a card with page numbers, and the page link opens the PDF at that page', async () => {
    const url = h.site.fileUrl('fernhollowPdf');
    const { tabId } = await openTab(url);
    const badge = await badgeOf(tabId, 'the PDF tab');
    assert.equal(badge, 'SLA', `the PDF tab's badge says what the document is (got "${badge}")\n${h.recentLogs()}`);

    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, PANEL);
    const card = byTestId(panel, 'card');
    await card
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 })
      .catch(async () => {
        throw new Error(`no card in the side panel: "${(await panelText(panel)).slice(0, 400)}"\n${h.recentLogs()}`);
      });
    const uptime = byTestId(panel, 'finding').and(panel.locator('[data-field="uptime"]'));
    assert.match(await uptime.innerText(), /99\.95/);
    // The uptime clause sits on page 2 of the composed PDF, the governing law on page 3.
    const uptimeBlock = panel.locator('.cl-finding', { has: panel.locator('[data-field="uptime"]') });
    const uptimePage = uptimeBlock.locator('[data-testid="quote-page"]');
    assert.equal((await uptimePage.innerText()).split('—')[0]?.trim(), 'p. 2');
    const lawPage = panel
      .locator('.cl-finding', { has: panel.locator('[data-field="governingLaw"]') })
      .locator('[data-testid="quote-page"]');
    assert.equal(await lawPage.getAttribute('data-page'), '3');
    assert.match(await byTestId(panel, 'file-facts').innerText(), /PDF · 3 pages/);
    await h.screenshot(panel, 'pdf-sidepanel', true);

    await lawPage.click();
    const opened = await waitFor(
      () =>
        h.inWorker(async (id: number) => {
          const tab = await chrome.tabs.get(id);
          return tab.url?.endsWith('#page=3') ? tab.url : null;
        }, tabId),
      { timeout: 8_000, message: 'the PDF tab at #page=3' },
    );
    assert.equal(opened, `${url}#page=3`);

    // Saved like a page: the snapshot holds the PDF's text and its hash.
    await byTestId(panel, 'save-snapshot').click();
    await waitFor(async () => /Saved/.test(await byTestId(panel, 'save-status').innerText()), {
      timeout: 8_000,
      message: 'the save status',
    });
    await panel.close();
  });

  it('a PDF served without .pdf in its URL is recognised by its content type', async () => {
    const url = h.site.fileUrl('fernhollowDownload');
    const { tabId } = await openTab(url);
    assert.equal(await badgeOf(tabId, 'the PDF served as application/pdf'), 'SLA');
  });

  it("a scanned or locked PDF shows the reader's message in the side panel and popup, and nothing breaks", async () => {
    for (const [name, pattern] of [
      ['scannedPdf', /scanned/i],
      ['lockedPdf', /password|encrypt/i],
    ] as const) {
      const { tabId } = await openTab(h.site.fileUrl(name));
      for (const [path, size] of [
        [`sidepanel.html?tab=${tabId}`, PANEL],
        [`popup.html?tab=${tabId}`, { width: 400, height: 600 }],
      ] as const) {
        const view = await h.openExtensionPage(path, size);
        const alert = view.getByRole('alert');
        await alert.first().waitFor({ state: 'visible', timeout: 20_000 });
        assert.match(await alert.first().innerText(), pattern, `${name} in ${path}`);
        if (name === 'scannedPdf' && path.startsWith('sidepanel')) await h.screenshot(view, 'pdf-scanned-error');
        await view.close();
      }
    }
  });

  it('a PDF and a Word document dropped on the compare page become vendors in the table', async () => {
    const compare = await h.openExtensionPage('compare.html');
    await byTestId(compare, 'file-drop').waitFor({ state: 'visible' });
    // The picker's link sits inside the sentence, where the message puts it (the browser's own i18n substitution).
    const hint = (await byTestId(compare, 'file-drop').locator('p').first().textContent()) ?? '';
    assert.match(hint, /files here, or choose files\. They are read on this computer/);
    const pdf = fernhollowPdf();
    const docx = quillbrookDocx();
    // A real drop: a DataTransfer holding both files, dispatched on the drop zone.
    const transfer = await compare.evaluateHandle(
      ({ pdfBytes, docxBytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(pdfBytes)], 'fernhollow-sla.pdf', { type: 'application/pdf' }));
        dt.items.add(
          new File([new Uint8Array(docxBytes)], 'quillbrook-msa.docx', {
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          }),
        );
        return dt;
      },
      { pdfBytes: [...pdf], docxBytes: [...docx] },
    );
    await byTestId(compare, 'file-drop').dispatchEvent('dragenter', { dataTransfer: transfer });
    await byTestId(compare, 'file-drop').dispatchEvent('drop', { dataTransfer: transfer });

    // Each file waits for the user to confirm its vendor and kind.
    const pending = byTestId(compare, 'file-pending');
    await waitFor(async () => (await pending.count()) === 2, { timeout: 30_000, message: 'two files read' });
    await h.screenshot(compare, 'files-confirm', true);
    const vendors = await pending
      .locator('input[name="vendor"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    assert.deepEqual(vendors, ['Fernhollow', 'Quillbrook']);
    const kinds = await pending
      .locator('select[name="kind"]')
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    assert.deepEqual(kinds, ['sla', 'msa']);
    // The user edits one vendor name before saving.
    await pending.nth(1).locator('input[name="vendor"]').fill('Quillbrook Legal');
    await pending.nth(0).locator('[data-testid="file-save"]').click();
    await pending.nth(0).locator('[data-testid="file-save"]').click();

    const table = byTestId(compare, 'compare-table');
    await waitFor(
      async () => {
        const head = await table
          .locator('thead')
          .innerText()
          .catch(() => '');
        return /Fernhollow/.test(head) && /Quillbrook Legal/.test(head);
      },
      { timeout: 15_000, message: 'both vendors in the compare table' },
    );
    const lawRow = await table.locator('tr[data-field="governingLaw"]').innerText();
    assert.match(lawRow, /Oregon/);
    assert.match(lawRow, /England/);
    await h.screenshot(compare, 'files-compare', true);

    // The file's card with its quotes and pages, on the document page.
    const link = byTestId(compare, 'file-card-link').first();
    const href = await link.getAttribute('href');
    assert.ok(href, 'a link to the saved file card');
    const docPage = await h.openExtensionPage(href.replace(/^\//, ''), PANEL);
    await byTestId(docPage, 'card').first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.ok((await byTestId(docPage, 'quote-page').count()) > 0, 'page numbers beside the quotes of a PDF');
    await h.screenshot(docPage, 'file-card', true);
  });
});
