// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { analyzeFile, looksLikePdf } from '@/utils/file-analysis';
import { makeDocx, para } from './helpers/docx-writer';

const enc = (s: string) => new TextEncoder().encode(s);

// Composed for this test: a short SaaS agreement in three shapes (HTML page, Markdown, Word).
const CLAUSES = [
  'This Subscription Agreement is made between Brambleway Inc. ("Brambleway") and the Customer.',
  'This Agreement is governed by the laws of the State of Vermont.',
  'Either party may terminate this Agreement for convenience on sixty (60) days written notice to the other party.',
];

describe('analyzeFile (the compare page and the reader page)', () => {
  it('reads an HTML file with the page DOM parser, scripts inert, like a web page', async () => {
    const html = `<!doctype html><html><head><title>Brambleway Subscription Agreement</title>
      <script>window.__ran = 1</script></head><body><main><h1>Subscription Agreement</h1>
      ${CLAUSES.map((c) => `<p>${c}</p>`).join('')}</main></body></html>`;
    const out = await analyzeFile(enc(html), { name: 'terms.html', source: 'file:terms.html' });
    expect(out.format).toBe('html');
    expect(out.card.fields.governingLaw[0]?.value).toMatchObject({ country: 'US', region: 'US-VT' });
    expect(out.card.fields.governingLaw[0]?.page).toBeUndefined();
    expect(out.text).toContain('State of Vermont');
    expect((window as { __ran?: number }).__ran).toBeUndefined();
  });

  it('reads Markdown and Word files with the same engine; the file name is the title of a file without one', async () => {
    const md = await analyzeFile(enc(`# Subscription Agreement\n\n${CLAUSES.join('\n\n')}\n`), {
      name: 'brambleway.md',
      source: 'file:brambleway.md',
    });
    expect(md.format).toBe('markdown');
    expect(md.card.fields.governingLaw[0]?.value.region).toBe('US-VT');
    const docx = await analyzeFile(makeDocx(CLAUSES.map((c) => para(c.replace(/"/g, '&quot;'))).join('')), {
      name: 'brambleway-msa.docx',
      source: 'file:brambleway-msa.docx',
    });
    expect(docx.format).toBe('docx');
    expect(docx.title).toBe('brambleway-msa');
    expect(docx.card.fields.notices.map((n) => n.value)).toContainEqual(
      expect.objectContaining({ kind: 'termination-convenience', amount: 60, unit: 'days' }),
    );
  });

  it('says plainly what it cannot read', async () => {
    await expect(analyzeFile(new Uint8Array(), { name: 'x.txt', source: 'file:x.txt' })).rejects.toMatchObject({
      code: 'empty',
    });
    await expect(
      analyzeFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0]), { name: 'old.doc', source: 'file:old.doc' }),
    ).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('finds the PDF header in the first kilobyte only', () => {
    expect(looksLikePdf(enc('%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(enc(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdf(enc(`${' '.repeat(2000)}%PDF-1.4`))).toBe(false);
    expect(looksLikePdf(enc('%PDF'))).toBe(false);
  });
});
