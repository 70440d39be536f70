// A tiny PDF writer for the file-reader tests: the standard Helvetica font (no embedding), one text object per line
// at a given position, optional image-only pages (a "scanned" page), document info, and the standard security
// handler (revision 2, 40-bit RC4) for a password-protected file. Just enough PDF to exercise a text extractor;
// the tests build every file they read, nothing is committed or read from the corpus.
import { createHash } from 'node:crypto';

export interface PdfLine {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfPage {
  lines: PdfLine[];
  /** Draws a small grey image over the page (the only content when `lines` is empty: a scanned page). */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  /** Encrypts with the standard security handler; a non-empty user password is needed to open the file. */
  userPassword?: string;
  ownerPassword?: string;
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');
const escapeText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

// Algorithm 2 of the PDF spec pads passwords with this fixed string.
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + (s[i] as number) + (key[i % key.length] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + (s[i] as number)) & 255;
    [s[i], s[j]] = [s[j] as number, s[i] as number];
    out[n] = (data[n] as number) ^ (s[((s[i] as number) + (s[j] as number)) & 255] as number);
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (pw: string) => Buffer.concat([latin1(pw), PAD]).subarray(0, 32);

export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Uint8Array {
  // Object numbers: 1 catalog, 2 page tree, 3 font, 4 image, 5 info, then a page and its content per page.
  const pageIds = pages.map((_, i) => 6 + 2 * i);
  const contentIds = pages.map((_, i) => 7 + 2 * i);
  const encryptId = 6 + 2 * pages.length;
  const fileId = md5(latin1(`clauselens-test-${pages.length}-${options.title ?? ''}`));
  let key: Buffer | null = null;
  let encryptDict = '';
  if (options.userPassword !== undefined) {
    const o = rc4(
      md5(padded(options.ownerPassword ?? options.userPassword)).subarray(0, 5),
      padded(options.userPassword),
    );
    const p = Buffer.alloc(4);
    p.writeInt32LE(-4);
    key = md5(padded(options.userPassword), o, p, fileId).subarray(0, 5);
    const u = rc4(key, PAD);
    encryptDict = `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P -4 >>`;
  }
  const objectKey = (id: number) => {
    if (!key) return null;
    const extra = Buffer.from([id & 255, (id >> 8) & 255, (id >> 16) & 255, 0, 0]);
    return md5(key, extra).subarray(0, Math.min(16, key.length + 5));
  };
  const stringOf = (id: number, s: string) => {
    const k = objectKey(id);
    return k ? `<${rc4(k, latin1(s)).toString('hex')}>` : `(${escapeText(s)})`;
  };
  const stream = (id: number, dict: string, data: Buffer) => {
    const k = objectKey(id);
    const body = k ? rc4(k, data) : data;
    return Buffer.concat([latin1(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, latin1('\nendstream')]);
  };
  const objects = new Map<number, Buffer>();
  objects.set(1, latin1('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.set(
    2,
    latin1(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`),
  );
  objects.set(3, latin1('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  objects.set(
    4,
    stream(
      4,
      '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
      Buffer.from([90, 160, 160, 90]),
    ),
  );
  objects.set(
    5,
    latin1(
      `<< /Producer ${stringOf(5, 'pdf-writer')}${options.title ? ` /Title ${stringOf(5, options.title)}` : ''} >>`,
    ),
  );
  pages.forEach((page, i) => {
    const ops: string[] = [];
    if (page.image) ops.push('q 500 0 0 700 50 70 cm /Im1 Do Q');
    for (const line of page.lines) {
      ops.push(`BT /F1 ${line.size ?? 10} Tf ${line.x} ${line.y} Td (${escapeText(line.text)}) Tj ET`);
    }
    const id = pageIds[i] as number;
    objects.set(
      id,
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 4 0 R >> >> /Contents ${contentIds[i]} 0 R >>`,
      ),
    );
    objects.set(contentIds[i] as number, stream(contentIds[i] as number, '', latin1(ops.join('\n'))));
  });
  if (encryptDict) objects.set(encryptId, latin1(encryptDict));
  const chunks: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]?.length ?? 0;
  const offsets: number[] = [];
  const maxId = Math.max(...objects.keys());
  for (let id = 1; id <= maxId; id++) {
    const body = objects.get(id);
    if (!body) continue;
    offsets[id] = offset;
    const chunk = Buffer.concat([latin1(`${id} 0 obj\n`), body, latin1('\nendobj\n')]);
    chunks.push(chunk);
    offset += chunk.length;
  }
  const xref = [`xref\n0 ${maxId + 1}\n`, '0000000000 65535 f \n'];
  for (let id = 1; id <= maxId; id++)
    xref.push(`${String(offsets[id] ?? 0).padStart(10, '0')} 00000 ${offsets[id] === undefined ? 'f' : 'n'} \n`);
  const hexId = fileId.toString('hex');
  const trailer = `trailer\n<< /Size ${maxId + 1} /Root 1 0 R /Info 5 0 R${encryptDict ? ` /Encrypt ${encryptId} 0 R` : ''} /ID [<${hexId}> <${hexId}>] >>\nstartxref\n${offset}\n%%EOF\n`;
  chunks.push(latin1(xref.join('') + trailer));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Lays out paragraphs as a simple word processor would: lines of at most `width` characters from `top` down, 14 pt
 * apart, a blank line between paragraphs, a new page when the bottom margin is reached. Each page gets the header and
 * the footer ("Page N of M") given.
 */
export function layoutPages(
  paragraphs: string[],
  options: { header?: string; footer?: (page: number, total: number) => string; width?: number; perPage?: number } = {},
): PdfPage[] {
  const width = options.width ?? 90;
  const perPage = options.perPage ?? 46;
  const pages: PdfLine[][] = [[]];
  let row = 0;
  const put = (text: string) => {
    if (row >= perPage) {
      pages.push([]);
      row = 0;
    }
    (pages[pages.length - 1] as PdfLine[]).push({ x: 72, y: 760 - row * 14, text });
    row++;
  };
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        put(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) put(line);
    if (row > 0 && row < perPage) row++; // the blank line between paragraphs
  }
  return pages.map((lines, i) => ({
    lines: [
      ...(options.header ? [{ x: 72, y: 800, text: options.header, size: 9 }] : []),
      ...lines,
      ...(options.footer ? [{ x: 280, y: 40, text: options.footer(i + 1, pages.length), size: 9 }] : []),
    ],
  }));
}

/** A composed contract of `pages` pages (twelve numbered clauses a page, a running header and a page-number footer). */
export function contractPdf(pages: number): Uint8Array {
  return makePdf(
    layoutPages(
      Array.from(
        { length: pages * 12 },
        (_, i) =>
          `${i + 1}. Clause. The provider shall keep the records of clause ${i + 1} for the period the law requires and shall make them available to the customer on a written request sent to the address given in the order form.`,
      ),
      { header: 'MASTER AGREEMENT', footer: (n, t) => `${n} / ${t}`, perPage: 40 },
    ).slice(0, pages),
  );
}
