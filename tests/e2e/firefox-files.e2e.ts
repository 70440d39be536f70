/**
 * Contracts as files in Firefox ESR (tests/e2e/firefox-harness.ts): a PDF and a Word document dropped on the compare
 * page are read in the page (pdf.js in its module worker, mammoth), confirmed and saved, and become vendors in the
 * table; a PDF open in a tab is read by the hidden reader frame of the background page and its side panel card
 * carries page numbers. Tests named `[firefox]`, like firefox.e2e.ts; their own profile.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { fernhollowPdf, quillbrookDocx } from './file-fixtures';
import { FirefoxHarness } from './firefox-harness';
import { waitFor } from './harness';

describe('Contracts as files in Firefox ESR', { timeout: 150_000 }, () => {
  let h: FirefoxHarness;

  before(async () => {
    h = await FirefoxHarness.launch();
  });

  after(async () => {
    await h?.close();
  });

  const count = (page: Page, selector: string) =>
    page.evaluate((s: string) => document.querySelectorAll(s).length, selector);

  it('[firefox] a PDF and a Word document dropped on the compare page become vendors in the table', {
    timeout: 60_000,
  }, async () => {
    const compare = await h.openExtensionPage('compare.html');
    await waitFor(() => count(compare, '[data-testid="file-drop"]'), { message: 'the drop zone' });
    await compare.evaluate(
      (pdfBytes: number[], docxBytes: number[]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(pdfBytes)], 'fernhollow-sla.pdf', { type: 'application/pdf' }));
        dt.items.add(new File([new Uint8Array(docxBytes)], 'quillbrook-msa.docx'));
        const zone = document.querySelector('[data-testid="file-drop"]') as HTMLElement;
        zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [...fernhollowPdf()],
      [...quillbrookDocx()],
    );
    await waitFor(async () => (await count(compare, '[data-testid="file-pending"]')) === 2, {
      timeout: 30_000,
      message: `two files read (the page shows: ${await compare.evaluate(() => document.body.innerText.slice(0, 300))})`,
    });
    const vendors = await compare.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid="file-pending"] input[name="vendor"]')).map(
        (e) => (e as HTMLInputElement).value,
      ),
    );
    assert.deepEqual(vendors, ['Fernhollow', 'Quillbrook']);
    for (let i = 0; i < 2; i++) {
      await compare.evaluate(() => (document.querySelector('[data-testid="file-save"]') as HTMLElement).click());
      await waitFor(async () => (await count(compare, '[data-testid="file-saved"]')) === i + 1, {
        timeout: 10_000,
        message: `file ${i + 1} saved`,
      });
    }
    const headers = await waitFor(
      () =>
        compare.evaluate(() => {
          const heads = Array.from(document.querySelectorAll('[data-testid="compare-table"] thead th')).map(
            (th) => (th as HTMLElement).innerText,
          );
          return heads.length === 3 ? heads : null;
        }),
      { timeout: 10_000, message: 'two vendor columns' },
    );
    assert.deepEqual(headers.slice(1), ['Fernhollow', 'Quillbrook']);
    await h.screenshot(compare, 'firefox-files-compare', true);
    await compare.close();
  });

  it('[firefox] a PDF open in a tab gets the badge and a side panel card with page numbers', {
    timeout: 60_000,
  }, async () => {
    const url = h.site.fileUrl('fernhollowPdf');
    const tab = await h.newPage();
    await tab.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
    const tabId = await waitFor(
      () =>
        h.inExtension(async (b, u: string) => {
          const ids = (await b.tabs.query({}))
            .filter((t: { url?: string }) => t.url === u)
            .map((t: { id: number }) => t.id);
          return ids.length > 0 ? Math.max(...ids) : 0;
        }, url),
      { timeout: 8_000, message: `a tab showing ${url}` },
    );
    const badge = await waitFor(() => h.badge(tabId), { timeout: 20_000, message: 'a badge on the PDF tab' });
    assert.equal(badge, 'SLA');
    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`, { width: 420, height: 900 });
    const pages = await waitFor(
      () =>
        panel
          .evaluate(() =>
            Array.from(document.querySelectorAll('[data-testid="quote-page"]')).map((e) => e.getAttribute('data-page')),
          )
          .then((p) => (p.length > 0 ? p : null)),
      { timeout: 20_000, message: 'page numbers beside the quotes' },
    );
    assert.ok(pages.includes('2') && pages.includes('3'), `pages ${JSON.stringify(pages)}`);
    await h.screenshot(panel, 'firefox-pdf-sidepanel', true);
    await panel.close();
    await tab.close();
  });
});
