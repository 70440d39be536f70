// DOCX → FileRead with mammoth (handed in by the caller: it loads only when a Word file is read).
// mammoth turns the document into plain, regular HTML (<h1>…<h6>, <p>, <ul>/<ol><li>, <table><tr><td>, inline <strong>,
// <em>, <a>, <sup>): a small scanner turns that into blocks without a DOM, so the same code runs in Node and in an
// extension page. mammoth reads tracked changes as accepted (insertions kept, deletions dropped) and leaves comments
// out, without saying so: word/document.xml is looked at to tell the user.
import { blocksFromHtmlFragment } from '../common/html-fragment';
import { buildDoc } from '../common/normalize';
import { type FileRead, FileReadError, type ReadOptions } from './types';
import { zipEntries, zipRead } from './zip';

/** Word files over 20 MB are refused: a contract's text is a few hundred KB; the rest would be images. */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;

/** The part of mammoth this reader uses (typed here so this file does not import mammoth). */
export interface MammothModule {
  convertToHtml(
    input: { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer },
    options?: Record<string, unknown>,
  ): Promise<{ value: string; messages: { type: string; message: string }[] }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}

export async function readDocx(
  bytes: Uint8Array,
  mammoth: MammothModule,
  options: ReadOptions & { maxBytes?: number },
): Promise<FileRead> {
  const maxBytes = options.maxBytes ?? MAX_DOCX_BYTES;
  if (bytes.length === 0) throw new FileReadError('empty', 'The file is empty.');
  if (bytes.length > maxBytes) {
    throw new FileReadError(
      'too-large',
      `This Word file is too large to read (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB).`,
    );
  }
  const entries = zipEntries(bytes);
  const main = entries?.find((e) => e.name === 'word/document.xml');
  if (!entries || !main) throw new FileReadError('corrupt', 'This file is not a readable Word document (.docx).');
  if (options.signal?.aborted) throw new FileReadError('cancelled', 'Reading the file was cancelled.');
  const notes: string[] = [];
  try {
    const xml = await zipRead(bytes, main);
    if (xml) {
      const text = new TextDecoder().decode(xml);
      if (/<w:(?:ins|del|moveFrom|moveTo)\b/.test(text)) {
        notes.push('This document has tracked changes: the text was read with all changes accepted.');
      }
      if (/<w:commentReference\b/.test(text) || entries.some((e) => e.name === 'word/comments.xml')) {
        notes.push('This document has comments: they were not read.');
      }
    }
  } catch {
    // The notes are a courtesy: mammoth below says whether the file can be read at all.
  }
  let html: string;
  try {
    const copy = bytes.slice();
    const result = await mammoth.convertToHtml(
      { buffer: copy, arrayBuffer: copy.buffer as ArrayBuffer },
      {
        // Images would come back as data: URIs (megabytes of base64 for nothing): leave them out.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (error) {
    throw new FileReadError('corrupt', `This file is not a readable Word document (${(error as Error).message}).`);
  }
  if (options.signal?.aborted) throw new FileReadError('cancelled', 'Reading the file was cancelled.');
  options.onProgress?.(1, 1);
  const blocks = blocksFromMammothHtml(html);
  const doc = buildDoc(blocks, { url: options.url ?? null });
  if (doc.text === '') throw new FileReadError('empty', 'This Word document has no text.');
  return { doc, format: 'docx', pageStarts: [], pageCount: 0, notes };
}

/** mammoth's HTML → blocks (see blocksFromHtmlFragment): headings, paragraphs, list items and table rows. */
export const blocksFromMammothHtml = blocksFromHtmlFragment;
