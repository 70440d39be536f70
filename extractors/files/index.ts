// One entry point for documents that arrive as files: `readFile(bytes, options, libs)` picks the format from the
// bytes (magic numbers), then the name and MIME type, and hands the bytes to its reader. The heavy libraries come in
// through `libs`, each loaded only when its format is met: the command line passes Node's modules, an extension page
// passes lazy `import()`s, and nothing on the every-page path imports this file's readers' libraries.
import type { Doc } from '../common/doc';
import { buildDoc } from '../common/normalize';
import { lastStartAtOrBefore } from '../common/segment';
import { blocksFromText } from '../common/text-input';
import type { Card } from '../types';
import { type MammothModule, readDocx } from './docx';
import { readPdf } from './pdf';
import { type FileFormat, type FileRead, FileReadError, type PdfjsModule, type ReadOptions } from './types';

export type { MammothModule } from './docx';
export { MAX_DOCX_BYTES } from './docx';
export { MAX_PDF_BYTES, MAX_PDF_PAGES } from './pdf';
export * from './types';

/** Text, Markdown and HTML files over 16 MB are refused (the biggest real policy page is under 2 MB). */
export const MAX_TEXT_BYTES = 16 * 1024 * 1024;

/** A library, or a function that loads it on first use (`() => import('pdfjs-dist')`). */
export type Lazy<T> = T | (() => Promise<T>);

export interface FileLibs {
  pdfjs?: Lazy<PdfjsModule>;
  mammoth?: Lazy<MammothModule>;
  /** HTML → Doc: the browser passes DOMParser + docFromDocument, Node passes docFromHtml (linkedom). */
  html?: (html: string, meta: { title: string | null; url: string | null }) => Doc;
}

async function load<T>(lib: Lazy<T> | undefined, what: string): Promise<T> {
  if (lib === undefined) throw new FileReadError('unsupported', `Reading ${what} files is not available here.`);
  return typeof lib === 'function' ? await (lib as () => Promise<T>)() : lib;
}

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** The format of a file: its first bytes decide where they are unambiguous, then its name, then its MIME type. */
export function detectFormat(bytes: Uint8Array, name: string, mime?: string | null): FileFormat | null {
  // "%PDF-" may follow a little junk (some generators write a header before it): look in the first KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = (mime ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A ZIP: a Word document if named or typed so (a .xlsx or .zip is not one; mammoth would say so anyway).
    if (ext === 'docx' || type.includes('wordprocessingml') || ext === '' || ext === 'docm') return 'docx';
    return null;
  }
  if (ext === 'pdf' || type === 'application/pdf') return 'pdf';
  if (ext === 'docx' || type.includes('wordprocessingml')) return 'docx';
  if (ext === 'doc' || type === 'application/msword') return null; // the old binary format: not readable here
  if (['html', 'htm', 'xhtml'].includes(ext) || type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (['md', 'markdown'].includes(ext) || type === 'text/markdown') return 'markdown';
  if (['txt', 'text'].includes(ext) || type === 'text/plain') return 'text';
  // Unknown: text that looks like HTML is HTML, other text is text, binary is nothing.
  if (bytes.subarray(0, 4096).includes(0)) return null;
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(head) ? 'html' : 'text';
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark) text, refusing binary content. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 64 * 1024).includes(0)) {
    throw new FileReadError('unsupported', 'This file is not text, Markdown, HTML, PDF or a Word document.');
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  const probe = text.slice(0, 64 * 1024);
  let bad = 0;
  for (let i = 0; i < probe.length; i++) if (probe.charCodeAt(i) === 0xfffd) bad++;
  if (probe.length > 0 && bad / probe.length > 0.1) {
    throw new FileReadError('unsupported', 'This file is not UTF-8 text.');
  }
  return text;
}

/** The file name without its folder and extension: the title of a file that carries none. */
const baseTitle = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,8}$/i, '') || null;

export async function readFile(bytes: Uint8Array, options: ReadOptions, libs: FileLibs = {}): Promise<FileRead> {
  if (options.signal?.aborted) throw new FileReadError('cancelled', 'Reading the file was cancelled.');
  if (bytes.length === 0) throw new FileReadError('empty', 'The file is empty.');
  const format = detectFormat(bytes, options.name, options.mime);
  if (format === null) {
    throw new FileReadError(
      'unsupported',
      'This kind of file cannot be read: ClauseLens reads PDF, Word (.docx), HTML, Markdown and text files.',
    );
  }
  let read: FileRead;
  if (format === 'pdf') {
    read = await readPdf(bytes, await load(libs.pdfjs, 'PDF'), options);
  } else if (format === 'docx') {
    read = await readDocx(bytes, await load(libs.mammoth, 'Word'), options);
  } else {
    if (bytes.length > MAX_TEXT_BYTES) {
      throw new FileReadError(
        'too-large',
        `This file is too large to read (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_TEXT_BYTES / 1048576} MB).`,
      );
    }
    const text = decodeTextFile(bytes);
    const url = options.url ?? null;
    const doc =
      format === 'html' ? (libs.html ?? noHtml)(text, { title: null, url }) : buildDoc(blocksFromText(text), { url });
    options.onProgress?.(1, 1);
    read = { doc, format, pageStarts: [], pageCount: 0, notes: [] };
  }
  if (read.doc.text.trim() === '') throw new FileReadError('empty', 'This file has no text to read.');
  if (!read.doc.title) read.doc.title = baseTitle(options.name);
  return read;
}

const noHtml = (): Doc => {
  throw new FileReadError('unsupported', 'Reading HTML files is not available here.');
};

/** The 1-based page holding offset `at` (pageStarts ascending, pageStarts[0] === 0). */
export function pageAt(pageStarts: readonly number[], at: number): number {
  return lastStartAtOrBefore(pageStarts.length, (i) => pageStarts[i] as number, at) + 1;
}

/**
 * Sets `page` on every finding of the card (anything with a quote and offsets, at any depth of `fields`), from the
 * page its quote starts on. A compatible extension of the card: readers that don't know `page` ignore it. Cards of
 * files without pages are returned unchanged.
 */
export function addPages<C extends Card>(card: C, pageStarts: readonly number[]): C {
  if (pageStarts.length === 0) return card;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.quote === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      o.page = pageAt(pageStarts, o.start);
      return; // a finding's value holds no findings
    }
    for (const v of Object.values(o)) visit(v);
  };
  visit(card.fields);
  return card;
}
