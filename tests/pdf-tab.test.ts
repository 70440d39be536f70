import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackground } from '@/utils/background-runtime';
import type { Message, Sender, TabState } from '@/utils/messages';
import {
  createPdfTabReader,
  createPdfTabs,
  isReaderRequest,
  looksLikePdfUrl,
  servedAsPdf,
  urlAtPage,
} from '@/utils/pdf-tab';
import { sampleAnalysis, sampleCard } from './fixtures/ui-card';

type Api = Parameters<typeof createBackground>[0];
const api = fakeBrowser as unknown as Api;
const pdfOutput = (url: string) => {
  const { at: _at, ...rest } = sampleAnalysis(sampleCard({ source: url }));
  return { ...rest, url, format: 'pdf' as const, pageCount: 3, notes: [] };
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('PDF URLs', () => {
  it('takes a path ending in .pdf as a PDF, whatever the query or fragment, and nothing else', () => {
    expect(looksLikePdfUrl('https://acme.example/legal/MSA.PDF')).toBe(true);
    expect(looksLikePdfUrl('https://acme.example/legal/msa.pdf?v=2#page=3')).toBe(true);
    expect(looksLikePdfUrl('https://acme.example/download?file=msa.pdf')).toBe(false);
    expect(looksLikePdfUrl('https://acme.example/legal/pdf-policy')).toBe(false);
    expect(looksLikePdfUrl('file:///home/me/msa.pdf')).toBe(false);
    expect(looksLikePdfUrl(null)).toBe(false);
  });

  it('opens a page by replacing any fragment with #page=N', () => {
    expect(urlAtPage('https://acme.example/msa.pdf', 7)).toBe('https://acme.example/msa.pdf#page=7');
    expect(urlAtPage('https://acme.example/msa.pdf#page=2&zoom=90', 3)).toBe('https://acme.example/msa.pdf#page=3');
    expect(urlAtPage('https://acme.example/msa.pdf', 0)).toBe('https://acme.example/msa.pdf#page=1');
  });

  it('asks the server with HEAD and trusts only an application/pdf answer', async () => {
    const answer = (type: string, status = 200) =>
      vi.fn(async () => new Response(null, { status, headers: { 'content-type': type } }));
    const pdf = answer('application/pdf');
    expect(await servedAsPdf('https://acme.example/download/7', pdf)).toBe(true);
    expect(pdf).toHaveBeenCalledWith('https://acme.example/download/7', expect.objectContaining({ method: 'HEAD' }));
    expect(await servedAsPdf('https://acme.example/a', answer('text/html; charset=utf-8'))).toBe(false);
    expect(await servedAsPdf('https://acme.example/a', answer('application/pdf', 404))).toBe(false);
    expect(
      await servedAsPdf('https://acme.example/a', async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe(false);
    expect(await servedAsPdf('chrome://settings', pdf)).toBe(false);
  });

  it('accepts only a well-formed reader request for a web URL', () => {
    expect(isReaderRequest({ type: 'bg-reader-pdf', url: 'https://a.example/x.pdf' })).toBe(true);
    expect(isReaderRequest({ type: 'bg-reader-pdf', url: 'file:///etc/passwd' })).toBe(false);
    expect(isReaderRequest({ type: 'bg-reader-pdf' })).toBe(false);
    expect(isReaderRequest({ type: 'ui-bg-analyze', url: 'https://a.example/x.pdf' })).toBe(false);
  });
});

describe('createPdfTabs', () => {
  const page = { card: sampleCard(), text: 'page text', url: 'https://acme.example/sla', title: 'SLA', ms: 1 };

  it('sends a .pdf URL to the reader without scripting the tab', async () => {
    const reader = { read: vi.fn(async (url: string) => pdfOutput(url)) };
    const inject = vi.fn(async () => page);
    const out = await createPdfTabs(reader, vi.fn()).analyze('https://acme.example/sla.pdf', inject);
    expect(out.format).toBe('pdf');
    expect(inject).not.toHaveBeenCalled();
  });

  it('reads a web page with the injected analyzer and never asks the server', async () => {
    const probe = vi.fn(async () => true);
    const reader = { read: vi.fn() };
    expect(await createPdfTabs(reader, probe).analyze(page.url, async () => page)).toBe(page);
    expect(probe).not.toHaveBeenCalled();
    expect(reader.read).not.toHaveBeenCalled();
  });

  it('falls back to the reader when the tab cannot be scripted or answers empty, if the server says PDF', async () => {
    const reader = { read: vi.fn(async (url: string) => pdfOutput(url)) };
    const tabs = createPdfTabs(reader, async () => true);
    const failing = async () => {
      throw new Error('Cannot access contents of the page');
    };
    expect((await tabs.analyze('https://acme.example/download/1', failing)).format).toBe('pdf');
    const empty = { ...page, text: '  ' };
    expect((await tabs.analyze('https://acme.example/download/2', async () => empty)).format).toBe('pdf');
  });

  it('keeps the error of a page that is not a PDF either', async () => {
    const tabs = createPdfTabs({ read: vi.fn() }, async () => false);
    await expect(
      tabs.analyze('https://acme.example/x', async () => {
        throw new Error('Cannot access contents of the page');
      }),
    ).rejects.toThrow(/Cannot access/);
  });

  it("recognises the PDF viewer's empty shell and leaves titled pages alone", async () => {
    const probe = vi.fn(async () => true);
    const tabs = createPdfTabs({ read: vi.fn() }, probe);
    const shell = { url: 'https://acme.example/download/1', title: '', sample: '', headings: [] };
    expect(await tabs.isPdfViewer(shell)).toBe(true);
    expect(await tabs.isPdfViewer({ ...shell, url: 'https://acme.example/a', title: 'Pricing' })).toBe(false);
    expect(probe).toHaveBeenCalledTimes(1);
    // Known from now on: the second report costs no request.
    expect(await tabs.isPdfViewer(shell)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
  });
});

describe('createPdfTabReader', () => {
  it('creates one offscreen document (WORKERS) and passes the reader errors through', async () => {
    const createDocument = vi.fn(async (_p: { url: string; reasons: string[]; justification: string }) => {});
    const sendMessage = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, data: pdfOutput('https://a.example/x.pdf') })
      .mockResolvedValueOnce({ ok: false, error: 'This PDF has no text to read: it is a scanned image.' });
    const reader = createPdfTabReader(
      {
        runtime: { getURL: (p: string) => `chrome-extension://id${p}`, sendMessage },
        offscreen: { createDocument },
      } as never,
      undefined,
    );
    expect((await reader.read('https://a.example/x.pdf')).format).toBe('pdf');
    await expect(reader.read('https://a.example/y.pdf')).rejects.toThrow(/scanned image/);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument.mock.calls[0]?.[0]).toMatchObject({
      url: 'chrome-extension://id/offscreen.html',
      reasons: ['WORKERS'],
    });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'bg-reader-pdf', url: 'https://a.example/x.pdf' });
  });

  it('uses the document that is already open after a worker restart', async () => {
    const createDocument = vi.fn(async () => {
      throw new Error('Only a single offscreen document may be created.');
    });
    const sendMessage = vi.fn(async () => ({ ok: true, data: pdfOutput('https://a.example/x.pdf') }));
    const reader = createPdfTabReader(
      { runtime: { getURL: (p: string) => p, sendMessage }, offscreen: { createDocument } } as never,
      undefined,
    );
    expect((await reader.read('https://a.example/x.pdf')).url).toBe('https://a.example/x.pdf');
  });
});

describe('background on a PDF tab', () => {
  const sender = (tabId: number, url: string): Sender => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId } });
  async function send(bg: ReturnType<typeof createBackground>, message: Message, from: Sender) {
    const answer = await bg.dispatch(message, from);
    if (!answer?.ok) throw new Error(answer ? answer.error : 'no answer');
    return answer.data;
  }

  it("ignores the viewer shell's verdict, reads the PDF in the reader and badges the tab from its card", async () => {
    const url = 'https://acme.example/legal/sla.pdf';
    const tab = await fakeBrowser.tabs.create({ url });
    const tabId = tab.id as number;
    const read = vi.fn(async (u: string) => pdfOutput(u));
    const detect = vi.fn(() => ({ isLegal: false, kind: 'other' as const, score: 0.01 }));
    const bg = createBackground(api, { detect, pdfReader: { read }, probePdf: async () => false });
    await send(
      bg,
      { type: 'cs-bg-signals', signals: { url, title: '', headings: [], sample: '' }, ms: 0.3 },
      sender(tabId, url),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('SLA'));
    expect(read).toHaveBeenCalledWith(url, expect.objectContaining({ tabId }));
    const state = (await send(
      bg,
      { type: 'ui-bg-get-state', tabId },
      {
        id: fakeBrowser.runtime.id,
        url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html`,
      },
    )) as TabState;
    expect(state.verdict).toBeNull();
    expect(state.analysis?.format).toBe('pdf');
  });
});

describe('readPdfAt (the reader page)', () => {
  it('refuses a download that is not a PDF, one over the limit, and a failed one, with plain words', async () => {
    const { readPdfAt, fileNameOf } = await import('@/utils/pdf-reader');
    const { MAX_PDF_BYTES } = await import('@/extractors/files');
    const html = async () =>
      new Response('<!doctype html><p>Sign in</p>', { headers: { 'content-type': 'text/html' } });
    await expect(readPdfAt('https://a.example/x.pdf', html)).rejects.toThrow(/not a PDF/);
    const huge = async () => new Response('%PDF-1.4', { headers: { 'content-length': String(MAX_PDF_BYTES + 1) } });
    await expect(readPdfAt('https://a.example/x.pdf', huge)).rejects.toMatchObject({ code: 'too-large' });
    const gone = async () => new Response('', { status: 404 });
    await expect(readPdfAt('https://a.example/x.pdf', gone)).rejects.toThrow(/HTTP 404/);
    expect(fileNameOf('https://a.example/legal/Master%20Agreement.pdf?v=1')).toBe('Master Agreement.pdf');
  });
});
