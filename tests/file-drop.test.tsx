// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileDropZone, formatSize } from '@/components/FileDropZone';
import { FindingView } from '@/components/FindingView';
import { PageLinkContext } from '@/components/PageLink';
import { snapshotStore } from '@/components/snapshot-store';
import { FileReadError } from '@/extractors/files/types';
import { createMockConnector } from '@/utils/connector-mock';
import { db } from '@/utils/db';
import type { FileAnalysis } from '@/utils/file-analysis';
import { confirmedCard, fileDocumentUrl, fileNameOfUrl, vendorSlug } from '@/utils/file-library';
import { SidePanelApp } from '../entrypoints/sidepanel/App';
import { PAGE_TEXT, sampleAnalysis, sampleCard } from './fixtures/ui-card';

const legal = { isLegal: true, kind: 'sla' as const, score: 0.9 };

function fileAnalysis(name: string, overrides: Partial<FileAnalysis> = {}): FileAnalysis {
  const card = sampleCard({ source: `file:${name}`, vendor: 'Acme', kind: 'sla' });
  if (card.fields.uptime) card.fields.uptime.page = 2;
  const { at: _at, ...base } = sampleAnalysis(card);
  return { ...base, url: card.source, format: 'pdf', pageCount: 3, notes: [], ...overrides };
}

const pick = (files: File[]) => fireEvent.change(screen.getByTestId('file-picker'), { target: { files } });

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  delete document.body.dataset.renderMs;
});
afterEach(cleanup);

describe('file-library', () => {
  it('files a document under an existing vendor picked by name, else under a slug of the confirmed name', () => {
    const known = [{ name: 'Acme Cloud', site: 'acme.example' }];
    expect(fileDocumentUrl('MSA 2025.pdf', 'acme cloud', known)).toBe('clauselens-file://acme.example/MSA%202025.pdf');
    expect(fileDocumentUrl('C:\\docs\\dpa.docx', 'Zeta Systèmes, S.A.', known)).toBe(
      'clauselens-file://zeta-systemes-s-a/dpa.docx',
    );
    expect(vendorSlug('!!!')).toBe('file');
    expect(new URL(fileDocumentUrl('x.pdf', 'Acme Cloud', [])).hostname).toBe('acme-cloud');
    expect(fileNameOfUrl('clauselens-file://acme-cloud/MSA%202025.pdf')).toBe('MSA 2025.pdf');
    expect(fileNameOfUrl('https://acme.example/msa.pdf')).toBeNull();
  });

  it("takes the user's vendor and kind over the extracted ones", () => {
    const card = confirmedCard(sampleCard(), '  Acme Holdings ', 'msa', 'clauselens-file://acme-holdings/a.pdf');
    expect(card).toMatchObject({
      vendor: 'Acme Holdings',
      kind: 'msa',
      source: 'clauselens-file://acme-holdings/a.pdf',
    });
    expect(confirmedCard(sampleCard(), '', 'sla', 'u').vendor).toBeNull();
    expect(formatSize(2_500_000)).toBe('2.4 MB');
    expect(formatSize(300)).toBe('1 kB');
  });
});

describe('FileDropZone', () => {
  it('reads several files, shows progress, lets the user edit vendor and kind, then saves each as a snapshot', async () => {
    let finish: (a: FileAnalysis) => void = () => {};
    const analyze = vi.fn((file: File, onProgress: (d: number, t: number) => void) => {
      if (file.name.endsWith('.pdf')) {
        onProgress(1, 3);
        return new Promise<FileAnalysis>((resolve) => {
          finish = resolve;
        });
      }
      return Promise.resolve(fileAnalysis(file.name, { format: 'docx', pageCount: 0 }));
    });
    const save = vi.fn(async () => ({ snapshotId: 41, status: 'added' }));
    render(<FileDropZone vendors={[{ name: 'Acme', site: 'acme.example' }]} analyze={analyze} save={save} />);
    pick([new File(['%PDF-1.4'], 'acme-sla.pdf', { type: 'application/pdf' }), new File(['PK'], 'acme-msa.docx')]);

    const [progress] = await screen.findAllByTestId('file-progress');
    if (!progress) throw new Error('no progress bar');
    expect(progress.getAttribute('value')).toBe('1');
    expect(progress.getAttribute('max')).toBe('3');
    expect(screen.getByText(/Reading page 1 of 3/)).toBeTruthy();
    // One file at a time: the Word file waits for the PDF.
    expect(analyze).toHaveBeenCalledTimes(1);
    finish(fileAnalysis('acme-sla.pdf'));
    await waitFor(() => expect(screen.getAllByTestId('file-pending')).toHaveLength(2));

    const [pdfRow, docxRow] = screen.getAllByTestId('file-pending') as [HTMLElement, HTMLElement];
    expect(within(pdfRow).getByText(/PDF · 3 pages · 4 values found/)).toBeTruthy();
    expect(within(docxRow).getByText(/Word document/)).toBeTruthy();
    const vendor = within(docxRow).getByLabelText('Vendor') as HTMLInputElement;
    expect(vendor.value).toBe('Acme');
    fireEvent.input(vendor, { target: { value: 'Acme Legal Ltd' } });
    fireEvent.change(within(docxRow).getByLabelText('Document kind'), { target: { value: 'msa' } });
    fireEvent.click(within(docxRow).getByTestId('file-save'));
    await screen.findByTestId('file-saved');
    expect(save).toHaveBeenCalledTimes(1);
    const saved = (
      save.mock.calls[0] as unknown as [{ card: { vendor: string; kind: string }; url: string; text: string }]
    )[0];
    expect(saved.url).toBe('clauselens-file://acme-legal-ltd/acme-msa.docx');
    expect(saved.card).toMatchObject({ vendor: 'Acme Legal Ltd', kind: 'msa', source: saved.url });
    expect(saved.text).toBe(PAGE_TEXT);
    expect(screen.getByTestId('file-card-link').getAttribute('href')).toBe('/document.html?snapshot=41');
    // The PDF row still waits for its confirmation.
    expect(screen.getAllByTestId('file-pending')).toHaveLength(1);
  });

  it('cancels a file being read (its signal aborts, a late result is ignored) and one still waiting', async () => {
    let finish: (a: FileAnalysis) => void = () => {};
    const signals: AbortSignal[] = [];
    const analyze = vi.fn(
      (file: File, onProgress: (d: number, t: number, s?: 'fields') => void, signal?: AbortSignal) => {
        if (signal) signals.push(signal);
        onProgress(3, 10, 'fields');
        return new Promise<FileAnalysis>((resolve) => {
          finish = resolve;
        }).then((a) => (file.name ? a : a));
      },
    );
    render(<FileDropZone vendors={[]} analyze={analyze} save={vi.fn()} />);
    pick([new File(['PK'], 'first.docx'), new File(['PK'], 'second.docx')]);
    await screen.findAllByTestId('file-progress');
    expect(screen.getByText(/Finding clauses: 3 of 10/)).toBeTruthy();
    const [first, second] = screen.getAllByTestId('file-cancel') as [HTMLElement, HTMLElement];
    // The second file is cancelled while it waits: it is never read.
    fireEvent.click(second);
    fireEvent.click(first);
    expect(signals[0]?.aborted).toBe(true);
    finish(fileAnalysis('first.docx')); // the result crosses the cancel
    await waitFor(() => expect(screen.getAllByTestId('file-cancelled')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryAllByTestId('file-pending')).toHaveLength(0);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it("shows the reader's message for a file it cannot read and keeps the others", async () => {
    const analyze = vi.fn(async (file: File) => {
      if (file.name === 'scan.pdf')
        throw new FileReadError('scanned', 'This PDF has no text to read: it is a scanned image.');
      return fileAnalysis(file.name);
    });
    render(<FileDropZone vendors={[]} analyze={analyze} save={vi.fn()} />);
    const drop = screen.getByTestId('file-drop');
    const files = [new File(['x'], 'scan.pdf'), new File(['y'], 'ok.pdf')];
    fireEvent.drop(drop, { dataTransfer: { files } });
    const error = await screen.findByTestId('file-error');
    expect(within(error).getByRole('alert').textContent).toBe('This PDF has no text to read: it is a scanned image.');
    await screen.findByTestId('file-pending');
    fireEvent.click(within(error).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('file-error')).toBeNull();
  });

  it('stores a dropped file in the library like a page, under the confirmed vendor', async () => {
    const analyze = vi.fn(async (file: File) => fileAnalysis(file.name));
    render(<FileDropZone vendors={[]} analyze={analyze} />);
    pick([new File(['x'], 'acme-sla.pdf')]);
    fireEvent.click(await screen.findByTestId('file-save'));
    await screen.findByTestId('file-saved');
    const [vendor] = await db.vendors.toArray();
    const [doc] = await db.documents.toArray();
    const [snap] = await db.snapshots.toArray();
    expect(vendor).toMatchObject({ name: 'Acme', site: 'acme' });
    expect(doc?.url).toBe('clauselens-file://acme/acme-sla.pdf');
    expect(snap?.text).toBe(PAGE_TEXT);
    expect(snap?.card.fields.uptime?.page).toBe(2);
  });
});

describe('page links', () => {
  const finding = { ...sampleCard().fields.uptime!, page: 7 };

  it('shows "p. 7" as text where the view cannot open the document, as a button where it can', () => {
    const { unmount } = render(<FindingView field="uptime" finding={finding} />);
    expect(screen.getByTestId('quote-page').tagName).toBe('SPAN');
    expect(screen.getByTestId('quote-page').textContent).toBe('p. 7');
    unmount();
    const open = vi.fn();
    render(
      <PageLinkContext.Provider value={open}>
        <FindingView field="uptime" finding={finding} />
      </PageLinkContext.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /p\. 7/ }));
    expect(open).toHaveBeenCalledWith(7);
  });

  it('shows no page for a web page finding', () => {
    render(<FindingView field="uptime" finding={sampleCard().fields.uptime} />);
    expect(screen.queryByTestId('quote-page')).toBeNull();
  });

  it('in the side panel of a PDF tab, opens the PDF at the page of the quote', async () => {
    const card = sampleCard();
    if (card.fields.uptime) card.fields.uptime.page = 2;
    const analysis = { ...sampleAnalysis(card), format: 'pdf' as const, pageCount: 3, notes: [] };
    const connector = createMockConnector({ verdict: legal, analysis });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={performance.now()} />);
    await screen.findByTestId('card');
    // The panel's effects (statuses reset for a new page) have run once the render time is recorded.
    await waitFor(() => expect(document.body.dataset.renderMs).toBeDefined());
    expect(screen.getByTestId('file-facts').textContent).toMatch(/PDF · 3 pages/);
    fireEvent.click(screen.getByRole('button', { name: /p\. 2/ }));
    await waitFor(() => expect(connector.calls.find((c) => c.method === 'openAtPage')?.args).toEqual([1, 2]));
    await waitFor(() => expect(screen.getByTestId('highlight-status').textContent).toBe('PDF opened at page 2'));
  });
});
