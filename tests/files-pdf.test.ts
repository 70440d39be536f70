// The PDF reader on PDFs the tests build (tests/helpers/pdf-writer.ts): page boundaries, running headers and
// footers, a clause cut by a page break, hyphenation, two columns, a credit table, scanned, encrypted, corrupt,
// too large, cancelled, and a 300-page file read in linear time.
import * as pdfjsLegacy from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { addPages, FileReadError, type PdfjsModule, readFile } from '../extractors/files/index';
import { joinLines, readPdf } from '../extractors/files/pdf';
import { LINEAR_RATIO } from '../scripts/lib/scaling';
import { contractPdf, layoutPages, makePdf, type PdfPage } from './helpers/pdf-writer';

const pdfjs = pdfjsLegacy as unknown as PdfjsModule;
const read = (bytes: Uint8Array, extra: Partial<Parameters<typeof readPdf>[2]> = {}) =>
  readPdf(bytes, pdfjs, { name: 'test.pdf', ...extra });

async function errorOf(p: Promise<unknown>): Promise<FileReadError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error('expected a FileReadError');
}

// A composed hosting agreement over three pages with a running header and "Page N of M" footers; the liability
// clause starts at the bottom of page 2 and ends at the top of page 3.
const FILLER = (n: number) =>
  `${n}. Operations. The provider keeps daily backups of the hosted volumes for a rolling window and restores any volume on request, at most once a week without charge.`;
const AGREEMENT = [
  'Orchard Hosting Agreement',
  '1. Service. Orchard Hosting Ltd will host the Customer application on shared infrastructure and keep it reachable from the public internet.',
  ...Array.from({ length: 9 }, (_, i) => FILLER(i + 2)),
  '11. Liability. The total liability of either party arising out of this agreement shall not exceed the fees paid by the Customer in the twelve months preceding the event giving rise to the claim, and the cap applies to all claims together.',
  '12. Law. This agreement is governed by the laws of Ireland.',
];

function agreementPdf(): Uint8Array {
  const header = { x: 72, y: 800, text: 'ORCHARD HOSTING AGREEMENT - VERSION 3', size: 9 };
  const footer = (n: number) => ({ x: 280, y: 40, text: `Page ${n} of 3`, size: 9 });
  const body = (paragraphs: string[]) => (layoutPages(paragraphs, { perPage: 60 })[0] as PdfPage).lines;
  const page2 = body(AGREEMENT.slice(6, 11));
  const lastY = (page2[page2.length - 1] as { y: number }).y - 28;
  return makePdf(
    [
      {
        lines: [
          header,
          { x: 72, y: 770, text: 'Orchard Hosting Agreement', size: 16 },
          ...body(AGREEMENT.slice(1, 6)),
          footer(1),
        ],
      },
      {
        lines: [
          header,
          ...page2,
          {
            x: 72,
            y: lastY,
            text: '11. Liability. The total liability of either party arising out of this agreement shall not',
          },
          {
            x: 72,
            y: lastY - 14,
            text: 'exceed the fees paid by the Customer in the twelve months preceding the event giving rise',
          },
          footer(2),
        ],
      },
      {
        lines: [
          header,
          { x: 72, y: 760, text: 'to the claim, and the cap applies to all claims together.' },
          { x: 72, y: 732, text: AGREEMENT[12] as string },
          footer(3),
        ],
      },
    ],
    { title: 'Orchard Hosting Agreement' },
  );
}

describe('readPdf: pages, running lines, sentences across pages', () => {
  it('keeps page boundaries and drops the running header and page numbers, keeping the header once at the top', async () => {
    const r = await read(agreementPdf());
    expect(r.format).toBe('pdf');
    expect(r.pageCount).toBeGreaterThanOrEqual(2);
    expect(r.pageStarts).toHaveLength(r.pageCount);
    expect(r.pageStarts[0]).toBe(0);
    for (let i = 1; i < r.pageStarts.length; i++) {
      expect(r.pageStarts[i]).toBeGreaterThanOrEqual(r.pageStarts[i - 1] as number);
    }
    expect(r.doc.text).not.toMatch(/Page \d+ of \d+/);
    expect(r.doc.text.match(/ORCHARD HOSTING AGREEMENT - VERSION 3/g) ?? []).toHaveLength(1);
    expect(r.doc.text.indexOf('ORCHARD HOSTING AGREEMENT')).toBeLessThan(r.doc.text.indexOf('1. Service.'));
    expect(r.doc.title).toBe('Orchard Hosting Agreement');
  });

  it('reads a clause cut by a page break as one sentence, and the card gives each finding its page', async () => {
    const r = await read(agreementPdf());
    // The liability clause starts on one page and ends on the next (the layout puts it across the break).
    const start = r.doc.text.indexOf('11. Liability.');
    const end = r.doc.text.indexOf('all claims together.');
    expect(start).toBeGreaterThan(0);
    expect(r.doc.text.slice(start, end)).not.toContain('\n');
    const crossing = r.pageStarts.findIndex((s) => s > start && s < end);
    expect(crossing).toBeGreaterThan(0);
    const card = addPages(buildCard(r.doc, 'test.pdf'), r.pageStarts);
    expect(card.fields.liabilityCap?.value.feesMonths).toBe(12);
    expect(card.fields.liabilityCap?.page).toBe(crossing); // the 1-based page where the clause starts
    const law = card.fields.governingLaw[0];
    expect(law?.value.country).toBe('IE');
    expect(law?.page).toBe(r.pageCount);
  });

  it('does not drop a line that repeats on only one page, nor a top line whose words change per page', async () => {
    const pages: PdfPage[] = [1, 2, 3].map((n) => ({
      lines: [
        { x: 72, y: 800, text: `Schedule ${['Alpha', 'Beta', 'Gamma'][n - 1]} covers the region of the provider.` },
        // The same words (digits aside) on every page, but not at the same height: body text, not a running line.
        { x: 72, y: 700 - n * 40, text: `The provider answers support tickets within ${n} business days of receipt.` },
      ],
    }));
    const r = await read(makePdf(pages));
    for (const word of ['Alpha', 'Beta', 'Gamma']) expect(r.doc.text).toContain(`Schedule ${word}`);
    expect(r.doc.text).toContain('within 3 business days');
  });
});

describe('readPdf: lines', () => {
  it('joins a word hyphenated at a line end, keeps a hyphen before a capital', () => {
    expect(joinLines('The limitation of liabil-', 'ity applies.')).toBe('The limitation of liability applies.');
    expect(joinLines('governed by the laws of the US-', 'Bundesstaat')).toBe(
      'governed by the laws of the US-Bundesstaat',
    );
    expect(joinLines('a well-known', 'vendor')).toBe('a well-known vendor');
  });

  it('joins hyphenated lines of one paragraph in a PDF', async () => {
    const r = await read(
      makePdf([
        {
          lines: [
            { x: 72, y: 700, text: 'Each party excludes its liabil-' },
            { x: 72, y: 688, text: 'ity for indirect losses of the other party under this agreement.' },
          ],
        },
      ]),
    );
    expect(r.doc.text).toContain('excludes its liability for indirect losses');
  });

  it('joins a ligature drawn as an item of its own to the rest of its word, and keeps real spaces', async () => {
    const { layoutPage } = await import('../extractors/files/pdf');
    const item = (str: string, x: number, width: number) => ({
      str,
      transform: [10, 0, 0, 10, x, 700],
      width,
      dir: 'ltr',
    });
    const page = layoutPage(
      [item('until', 72, 22), item('fi', 97, 8), item('xed', 108, 16), item('fine', 130, 18)],
      595,
    );
    expect(page.lines[0]?.frags[0]?.text).toBe('until fixed fine');
  });

  it('removes Unicode format characters (bidi overrides, zero-width spaces) from the text layer', async () => {
    // The writer's WinAnsi font cannot carry them, so the layout step gets pdfjs-shaped items directly.
    const { layoutPage } = await import('../extractors/files/pdf');
    const items = [
      {
        str: '\u202a12.1\u200b Fees\u202c are due monthly.',
        transform: [10, 0, 0, 10, 72, 700],
        width: 150,
        dir: 'ltr',
      },
    ];
    const page = layoutPage(items, 595);
    expect(page.lines[0]?.frags[0]?.text).toBe('12.1 Fees are due monthly.');
  });
});

describe('readPdf: layout', () => {
  it('reads two columns column by column, under a full-width title', async () => {
    // One wrapped paragraph per column: no line ends a sentence.
    const left = Array.from(
      { length: 12 },
      (_, i) => `Left column line ${String(i).padStart(2, '0')} of the first clause text and`,
    );
    const right = Array.from(
      { length: 12 },
      (_, i) => `Right column line ${String(i).padStart(2, '0')} of the second clause and`,
    );
    const lines = [
      { x: 150, y: 780, text: 'A Composed Two Column Agreement Title For Testing', size: 14 },
      ...left.map((text, i) => ({ x: 50, y: 740 - i * 12, text })),
      ...right.map((text, i) => ({ x: 320, y: 740 - i * 12, text })),
    ];
    const r = await read(makePdf([{ lines }]));
    const t = r.doc.text;
    expect(t.indexOf('Title For Testing')).toBeLessThan(t.indexOf('Left column line 00'));
    // Every left line comes before every right line.
    expect(t.indexOf('Left column line 11')).toBeLessThan(t.indexOf('Right column line 00'));
    expect(t).toContain('Left column line 03 of the first clause text and Left column line 04');
    expect(t).toContain('Right column line 10 of the second clause and Right column line 11');
  });

  it('keeps a credit table as table rows (not two columns), and the card reads its tiers', async () => {
    const rows = [
      ['Monthly Uptime Percentage', 'Service Credit'],
      ['Less than 99.9% but at least 99.0%', '10%'],
      ['Less than 99.0% but at least 95.0%', '25%'],
      ['Less than 95.0%', '50%'],
    ];
    const lines = [
      { x: 72, y: 780, text: 'Service Level Agreement', size: 16 },
      { x: 72, y: 750, text: 'The Service will be available at least 99.9% of the time in each calendar month.' },
      {
        x: 72,
        y: 736,
        text: 'If we do not meet this commitment, you will be eligible for the Service Credit below as your sole remedy.',
      },
      ...rows.flatMap((row, i) => [
        { x: 72, y: 700 - i * 16, text: row[0] as string },
        { x: 360, y: 700 - i * 16, text: row[1] as string },
      ]),
    ];
    const r = await read(makePdf([{ lines }]));
    const tableRows = r.doc.blocks.filter((b) => b.kind === 'table-row');
    expect(tableRows).toHaveLength(4);
    expect(r.doc.text).toContain('Less than 99.0% but at least 95.0% | 25%');
    const card = buildCard(r.doc, 'sla.pdf');
    expect(card.fields.serviceCredits?.value.tiers.map((t) => t.creditPercent)).toEqual([10, 25, 50]);
  });

  it('reads a support table with narrow gutters and wrapped cells as one row per priority, under its header', async () => {
    // Word-level items, one em apart at the gutters, as a browser's "print to PDF" of a table gives them.
    const word = (x: number, y: number, text: string) => ({ x, y, text });
    const cell = (x: number, y: number, words: string[]) => {
      let at = x;
      return words.map((w) => {
        const item = word(at, y, w);
        at += w.length * 6 + 3;
        return item;
      });
    };
    const lines = [
      { x: 72, y: 780, text: 'Support Policy', size: 16 },
      ...cell(72, 740, ['Priority']),
      ...cell(130, 740, ['Description']),
      ...cell(300, 740, ['First']),
      ...cell(300, 727, ['response']),
      ...cell(370, 740, ['Updates']),
      ...cell(72, 700, ['Urgent']),
      ...cell(130, 700, ['Production', 'is', 'down', 'for']),
      ...cell(130, 687, ['all', 'users', 'and', 'no']),
      ...cell(130, 674, ['workaround', 'exists.']),
      ...cell(300, 700, ['2', 'hours']),
      ...cell(370, 700, ['Every', 'four']),
      ...cell(370, 687, ['hours.']),
      ...cell(72, 650, ['Normal']),
      ...cell(130, 650, ['A', 'feature', 'works', 'with']),
      ...cell(130, 637, ['a', 'workaround.']),
      ...cell(300, 650, ['3', 'business']),
      ...cell(300, 637, ['days']),
      ...cell(370, 650, ['Weekly.']),
    ];
    const r = await read(makePdf([{ lines }]));
    const rows = r.doc.blocks.filter((b) => b.kind === 'table-row').map((b) => r.doc.text.slice(b.start, b.end));
    expect(rows).toEqual([
      'Priority | Description | First response | Updates',
      'Urgent | Production is down for all users and no workaround exists. | 2 hours | Every four hours.',
      'Normal | A feature works with a workaround. | 3 business days | Weekly.',
    ]);
  });

  it('reads table-of-contents lines as title and page, one per row, not as one paragraph', async () => {
    const lines = [
      { x: 72, y: 760, text: 'Contents' },
      { x: 72, y: 740, text: 'Definitions ........................................ 2' },
      { x: 72, y: 726, text: 'Fees and Payment ................................... 4' },
      { x: 72, y: 712, text: 'Limitation of Liability . . . . . . . . . . . . . . . 9' },
    ];
    const r = await read(makePdf([{ lines }]));
    const rows = r.doc.blocks.filter((b) => b.kind === 'table-row').map((b) => r.doc.text.slice(b.start, b.end));
    expect(rows).toEqual(['Definitions | 2', 'Fees and Payment | 4', 'Limitation of Liability | 9']);
  });

  it('does not read hanging-indent clauses as a table', async () => {
    const lines = [
      { x: 72, y: 700, text: '(a)' },
      { x: 100, y: 700, text: 'the Customer shall pay every invoice within thirty days of its date;' },
      { x: 100, y: 688, text: 'late amounts bear interest at the statutory rate; and' },
      { x: 72, y: 670, text: '(b)' },
      { x: 100, y: 670, text: 'the Provider may suspend the service after a written reminder.' },
    ];
    const r = await read(makePdf([{ lines }]));
    expect(r.doc.blocks.some((b) => b.kind === 'table-row')).toBe(false);
    expect(r.doc.text).toContain(
      '(a) the Customer shall pay every invoice within thirty days of its date; late amounts',
    );
  });

  it('keeps an enumerator set apart by a tab with its clause, not as a table cell', async () => {
    const r = await read(
      makePdf([
        {
          lines: [
            { x: 72, y: 700, text: '4.2' },
            { x: 110, y: 700, text: 'Either party may terminate this agreement on written notice.' },
          ],
        },
      ]),
    );
    expect(r.doc.blocks.some((b) => b.kind === 'table-row')).toBe(false);
    expect(r.doc.text).toContain('4.2 Either party may terminate');
  });
});

describe('readPdf: files that cannot be read', () => {
  it('says a PDF with only images has no text to read', async () => {
    const e = await errorOf(
      read(
        makePdf([
          { lines: [], image: true },
          { lines: [], image: true },
        ]),
      ),
    );
    expect(e.code).toBe('scanned');
    expect(e.message).toBe('This PDF has no text to read: it is a scanned image.');
  });

  it('reads the text pages of a partly scanned PDF and says which were not read', async () => {
    const r = await read(
      makePdf([
        { lines: [{ x: 72, y: 700, text: 'The agreement renews every year unless cancelled.' }] },
        { lines: [], image: true },
      ]),
    );
    expect(r.pageStarts).toHaveLength(2);
    expect(r.notes.join(' ')).toMatch(/1 of 2 pages have no text/);
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const bytes = makePdf([{ lines: [{ x: 72, y: 700, text: 'Confidential pricing schedule.' }] }], {
      userPassword: 'orchard',
    });
    const e = await errorOf(read(bytes));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/password/);
  });

  it('refuses a corrupt file, and a file with a .pdf name that is not one', async () => {
    const good = agreementPdf();
    const broken = new Uint8Array(good.subarray(0, 40)); // header and nothing else
    expect((await errorOf(read(broken))).code).toBe('corrupt');
    const notPdf = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all, just a line of text');
    expect((await errorOf(read(notPdf))).code).toBe('corrupt');
  });

  it('refuses a file over the size limit before parsing it, and an empty file', async () => {
    const bytes = agreementPdf();
    const e = await errorOf(read(bytes, { maxBytes: 1000 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toMatch(/limit/);
    expect((await errorOf(read(new Uint8Array(0)))).code).toBe('empty');
  });

  it('stops when cancelled, and reports progress page by page', async () => {
    const bytes = makePdf(layoutPages(AGREEMENT.concat(AGREEMENT, AGREEMENT), { perPage: 20 }));
    const seen: [number, number][] = [];
    const r = await read(bytes, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.map((s) => s[0])).toEqual(Array.from({ length: r.pageCount }, (_, i) => i + 1));
    expect(seen.every((s) => s[1] === r.pageCount)).toBe(true);
    const controller = new AbortController();
    const e = await errorOf(
      read(bytes, {
        signal: controller.signal,
        onProgress: (done) => {
          if (done === 2) controller.abort();
        },
      }),
    );
    expect(e.code).toBe('cancelled');
  });

  it('leaves the caller its bytes (pdfjs detaches the buffer it is given)', async () => {
    const bytes = agreementPdf();
    const length = bytes.length;
    await read(bytes);
    expect(bytes.length).toBe(length);
  });
});

describe('readPdf: size', () => {
  const bigPdf = contractPdf;

  it('reads a 300-page PDF', async () => {
    const r = await read(bigPdf(300));
    expect(r.pageCount).toBe(300);
    expect(r.pageStarts).toHaveLength(300);
    expect(r.doc.text).not.toMatch(/MASTER AGREEMENT[\s\S]*MASTER AGREEMENT/);
    expect(r.doc.text).toContain('3000. Clause.');
  }, 60_000);

  it('takes linear time in the number of pages (doubling ratio of medians)', async () => {
    const small = bigPdf(40);
    const big = bigPdf(80);
    const time = async (b: Uint8Array) => {
      const t0 = performance.now();
      await read(b);
      return performance.now() - t0;
    };
    await time(small);
    await time(big);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && best > LINEAR_RATIO; attempt++) {
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < 3; i++) {
        a.push(await time(small));
        b.push(await time(big));
      }
      best = Math.min(best, median(b) / median(a));
    }
    expect(best).toBeLessThan(LINEAR_RATIO);
  }, 120_000);
});

describe('readFile on PDFs', () => {
  it('dispatches on the magic bytes whatever the name, and loads pdfjs lazily', async () => {
    let loads = 0;
    const r = await readFile(
      agreementPdf(),
      { name: 'download' },
      {
        pdfjs: async () => {
          loads++;
          return pdfjs;
        },
      },
    );
    expect(r.format).toBe('pdf');
    expect(loads).toBe(1);
  });

  it('says PDF reading is unavailable when no pdfjs is given', async () => {
    const e = await errorOf(readFile(agreementPdf(), { name: 'a.pdf' }, {}));
    expect(e.code).toBe('unsupported');
  });
});
