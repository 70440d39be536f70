// The Word reader and the dispatcher on files the tests build: paragraphs, headings, tables and lists as blocks,
// tracked changes read as accepted (and said), comments left out (and said), broken files, format detection, and
// `addPages` on a card.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { blocksFromMammothHtml, type MammothModule, readDocx } from '../extractors/files/docx';
import { addPages, detectFormat, FileReadError, pageAt, readFile } from '../extractors/files/index';
import { zipEntries, zipRead } from '../extractors/files/zip';
import { makeDocx, makeZip, para } from './helpers/docx-writer';

const lib = mammoth as unknown as MammothModule;
const text = (s: string) => new TextEncoder().encode(s);

async function errorOf(p: Promise<unknown>): Promise<FileReadError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof FileReadError) return error;
    throw error;
  }
  throw new Error('expected a FileReadError');
}

const row = (...cells: string[]) =>
  `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;

// A composed subscription agreement with a revision in progress: one clause rewritten (tracked), one commented.
const TRACKED = [
  para('Lantern Analytics Subscription Terms'),
  para('1. Term. The subscription starts on the order date and runs for one year.'),
  `<w:p><w:r><w:t xml:space="preserve">2. Fees. Fees are payable within </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>sixty (60)</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>thirty (30)</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> days of the invoice date.</w:t></w:r></w:p>`,
  `<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>3. Law. These terms are governed by the laws of Scotland.</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
  `<w:tbl>${row('Plan', 'Monthly fee')}${row('Starter', 'EUR 40')}${row('Team', 'EUR 90')}</w:tbl>`,
].join('');
const COMMENT =
  '<w:comment w:id="0" w:author="B"><w:p><w:r><w:t>Check with counsel before signing.</w:t></w:r></w:p></w:comment>';

describe('readDocx', () => {
  it('reads the accepted text of tracked changes and says so, leaves comments out and says so', async () => {
    const r = await readDocx(makeDocx(TRACKED, { comments: COMMENT }), lib, { name: 'terms.docx' });
    expect(r.format).toBe('docx');
    expect(r.doc.text).toContain('Fees are payable within thirty (30) days of the invoice date.');
    expect(r.doc.text).not.toContain('sixty');
    expect(r.doc.text).not.toContain('counsel');
    expect(r.notes.join(' ')).toMatch(/tracked changes: the text was read with all changes accepted/);
    expect(r.notes.join(' ')).toMatch(/comments: they were not read/);
    expect(r.pageStarts).toEqual([]);
  });

  it('says nothing about revisions a clean document does not have', async () => {
    const r = await readDocx(makeDocx(para('1. Term. The subscription runs for one year.')), lib, {
      name: 'clean.docx',
    });
    expect(r.notes).toEqual([]);
  });

  it('keeps table rows as rows and the card reads the clauses', async () => {
    const r = await readDocx(makeDocx(TRACKED), lib, { name: 'terms.docx' });
    const rows = r.doc.blocks.filter((b) => b.kind === 'table-row').map((b) => r.doc.text.slice(b.start, b.end));
    expect(rows).toEqual(['Plan | Monthly fee', 'Starter | EUR 40', 'Team | EUR 90']);
    const card = buildCard(r.doc, 'terms.docx', { force: true });
    expect(card.fields.governingLaw[0]?.value.country).toBe('GB');
    // A file without pages: addPages leaves the findings as they are.
    expect(addPages(card, r.pageStarts).fields.governingLaw[0]?.page).toBeUndefined();
  });

  it('refuses a ZIP that is not a Word document, a truncated one, and one over the limit', async () => {
    const notWord = makeZip([{ name: 'readme.txt', data: 'hello' }]);
    expect((await errorOf(readDocx(notWord, lib, { name: 'x.docx' }))).code).toBe('corrupt');
    const good = makeDocx(TRACKED);
    expect((await errorOf(readDocx(good.subarray(0, good.length - 30), lib, { name: 'x.docx' }))).code).toBe('corrupt');
    expect((await errorOf(readDocx(good, lib, { name: 'x.docx', maxBytes: 100 }))).code).toBe('too-large');
  });
});

describe('blocksFromMammothHtml', () => {
  it('turns headings, paragraphs, list items and table cells into blocks, decoding entities', () => {
    const blocks = blocksFromMammothHtml(
      '<h1>Terms &amp; Conditions</h1><p>Fees are <strong>due</strong> monthly.</p><ul><li>First &lt;item&gt;</li><li>Second</li></ul><table><tr><td><p>Tier</p></td><td><p>Credit</p><p>(max)</p></td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Terms & Conditions', level: 1 },
      { kind: 'paragraph', text: 'Fees are due monthly.' },
      { kind: 'list-item', text: 'First <item>' },
      { kind: 'list-item', text: 'Second' },
      { kind: 'table-row', text: '', cells: ['Tier', 'Credit (max)'] },
    ]);
  });
});

describe('zip reader', () => {
  it('lists members and inflates a deflated one', async () => {
    const zip = makeZip([
      { name: 'a.txt', data: 'stored text' },
      { name: 'b.xml', data: '<x>deflated text</x>'.repeat(50), deflate: true },
    ]);
    const entries = zipEntries(zip);
    expect(entries?.map((e) => e.name)).toEqual(['a.txt', 'b.xml']);
    const b = await zipRead(zip, entries?.[1] as NonNullable<typeof entries>[number]);
    expect(new TextDecoder().decode(b as Uint8Array)).toBe('<x>deflated text</x>'.repeat(50));
    expect(zipEntries(new TextEncoder().encode('not a zip'))).toBeNull();
  });
});

describe('readFile and detectFormat', () => {
  it('picks the format from magic bytes first, then the name, then the MIME type', () => {
    expect(detectFormat(text('%PDF-1.7\n...'), 'notes.txt')).toBe('pdf');
    expect(detectFormat(makeDocx(para('x')), 'download')).toBe('docx');
    expect(detectFormat(makeZip([{ name: 'a', data: 'b' }]), 'archive.zip')).toBeNull();
    expect(detectFormat(text('# Terms'), 'terms.md')).toBe('markdown');
    expect(detectFormat(text('plain'), 'file', 'text/html')).toBe('html');
    expect(detectFormat(text('<!doctype html><p>x'), 'file')).toBe('html');
    expect(detectFormat(text('Just words.'), 'file')).toBe('text');
    expect(detectFormat(new Uint8Array([1, 0, 2, 0]), 'blob.bin')).toBeNull();
    expect(detectFormat(text('x'), 'old.doc')).toBeNull();
  });

  it('reads text and Markdown without any library, and titles a file by its name when it has no heading', async () => {
    const r = await readFile(text('The service renews every month.\n'), { name: 'folder/renewal-terms.txt' });
    expect(r.format).toBe('text');
    expect(r.doc.title).toBe('renewal-terms');
    const md = await readFile(text('# Lantern Terms\n\nFees are due monthly.\n'), { name: 'terms.md' });
    expect(md.doc.title).toBe('Lantern Terms');
  });

  it('hands HTML to the parser it is given, and refuses HTML without one', async () => {
    let seen = '';
    const r = await readFile(
      text('<p>Hello</p>'),
      { name: 'a.html', url: 'https://example.test/t' },
      {
        html: (html, meta) => {
          seen = html;
          return { text: 'Hello', blocks: [], sentences: [], title: null, url: meta.url, siteName: null };
        },
      },
    );
    expect(seen).toBe('<p>Hello</p>');
    expect(r.doc.url).toBe('https://example.test/t');
    expect((await errorOf(readFile(text('<p>Hello</p>'), { name: 'a.html' }))).code).toBe('unsupported');
  });

  it('loads mammoth only for a Word file, and says why other files fail', async () => {
    let loads = 0;
    const libs = {
      mammoth: async () => {
        loads++;
        return lib;
      },
    };
    await readFile(text('Plain terms.'), { name: 'a.txt' }, libs);
    expect(loads).toBe(0);
    const r = await readFile(makeDocx(TRACKED), { name: 'terms.docx' }, libs);
    expect(loads).toBe(1);
    expect(r.format).toBe('docx');
    expect((await errorOf(readFile(new Uint8Array(0), { name: 'a.txt' }))).code).toBe('empty');
    expect((await errorOf(readFile(new Uint8Array([0, 1, 2, 3]), { name: 'a.bin' }))).code).toBe('unsupported');
    const c = new AbortController();
    c.abort();
    expect((await errorOf(readFile(text('x'), { name: 'a.txt', signal: c.signal }))).code).toBe('cancelled');
  });
});

describe('pages of findings', () => {
  it('maps an offset to its 1-based page', () => {
    const starts = [0, 100, 100, 250];
    expect(pageAt(starts, 0)).toBe(1);
    expect(pageAt(starts, 99)).toBe(1);
    expect(pageAt(starts, 100)).toBe(3); // page 2 has no text: the offset is on page 3
    expect(pageAt(starts, 249)).toBe(3);
    expect(pageAt(starts, 5000)).toBe(4);
  });

  it('sets page on every finding of a card, lists included', async () => {
    const doc = (
      await readFile(
        text(
          '# Lantern Master Agreement\n\nThis agreement is governed by the laws of Scotland.\n\nEither party may terminate this agreement for convenience on thirty (30) days written notice.\n',
        ),
        { name: 'a.md' },
      )
    ).doc;
    const card = buildCard(doc, 'a.md', { force: true });
    const law = card.fields.governingLaw[0];
    const notice = card.fields.notices[0];
    expect(law && notice).toBeTruthy();
    const split = (notice?.start ?? 0) - 1;
    addPages(card, [0, split]);
    expect(card.fields.governingLaw[0]?.page).toBe(1);
    expect(card.fields.notices[0]?.page).toBe(2);
  });
});
