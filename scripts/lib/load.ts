// Node-side loading shared by the `card`, `eval` and `bench` commands: a file on disk
// becomes a Doc, then a Card, through the same extractors the extension runs.
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { buildCard } from '../../extractors/card';
import type { Doc } from '../../extractors/common/doc';
import { docFromHtml } from '../../extractors/common/parse-html';
import type { MammothModule, PdfjsModule } from '../../extractors/files/index';
import { addPages, type FileLibs, type FileRead, FileReadError, readFile } from '../../extractors/files/index';
import { docFromText } from '../../extractors/input';
import type { Card } from '../../extractors/types';

/** Bigger files are refused with a clear message rather than exhausting memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

export type InputFormat = 'html' | 'markdown' | 'text';

export function formatOf(path: string, head: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'text';
  // Unknown extension: sniff.
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(head) ? 'html' : 'text';
}

/** Decodes UTF-8 text, refusing binary content (NUL bytes or mostly invalid UTF-8). */
export function decodeText(bytes: Buffer, path: string): string {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw new InputError(`${path}: binary file (not text, Markdown or HTML)`);
  const text = bytes.toString('utf8').replace(/^\ufeff/, '');
  let bad = 0;
  const probe = text.slice(0, 64 * 1024);
  for (let i = 0; i < probe.length; i++) if (probe.charCodeAt(i) === 0xfffd) bad++;
  if (probe.length > 0 && bad / probe.length > 0.1) {
    throw new InputError(`${path}: not UTF-8 text (${Math.round((bad / probe.length) * 100)}% undecodable bytes)`);
  }
  return text;
}

export function docFromSource(text: string, format: InputFormat): Doc {
  return format === 'html' ? docFromHtml(text) : docFromText(text);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : String(error);
}

const tooLarge = (path: string, bytes: number) =>
  new InputError(
    `${path}: file too large (${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`,
  );

/**
 * Reads a file, refusing before reading what cannot be a document: anything but a regular file (a directory, a
 * device like /dev/zero that never ends, a FIFO that may never answer) and files over MAX_FILE_BYTES. The read itself
 * stops at the limit too, for a file that grew after the stat (or a /proc file that reports size 0).
 */
export async function readBounded(path: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError(`${path}: ${reasonOf(error)}`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > limit) throw tooLarge(path, info.size);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new InputError(`${path}: ${reasonOf(error)}`);
  }
  try {
    // One byte past the limit tells "exactly at the limit" from "over it".
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(info.size, 64 * 1024)));
    let length = 0;
    let grown = buffer;
    for (;;) {
      if (length === grown.length) {
        if (grown.length > limit) throw tooLarge(path, length);
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, grown.length * 2));
        grown.copy(bigger, 0, 0, length);
        grown = bigger;
      }
      const { bytesRead } = await handle.read(grown, length, grown.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw tooLarge(path, length);
    return grown.subarray(0, length);
  } finally {
    await handle.close();
  }
}

export async function readSource(path: string): Promise<{ text: string; format: InputFormat }> {
  const bytes = await readBounded(path);
  const text = decodeText(bytes, path);
  return { text, format: formatOf(path, text.slice(0, 1024)) };
}

/**
 * The file readers' libraries as Node loads them, each on first use: pdfjs's legacy build (Node lacks some of the
 * browser APIs the modern build expects; it runs its worker in-process), mammoth, and linkedom for HTML.
 */
export const nodeFileLibs: FileLibs = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule,
  mammoth: async () => ((await import('mammoth')) as { default: MammothModule }).default,
  html: (html, meta) => {
    const doc = docFromHtml(html);
    if (meta.url) doc.url = meta.url;
    return doc;
  },
};

/** Binary document formats go through extractors/files; text formats keep the plain path above. */
export function isFileFormat(path: string, head: Uint8Array): boolean {
  const ext = extname(path).toLowerCase();
  return (
    ext === '.pdf' ||
    ext === '.docx' ||
    new TextDecoder('latin1').decode(head.subarray(0, 1024)).includes('%PDF-') ||
    (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
  );
}

/**
 * Any supported file on disk → its FileRead (a Doc, and for a PDF where each page starts). A file that cannot be
 * read throws InputError with the reader's plain-English message, prefixed with the path.
 */
export async function readDocument(path: string): Promise<FileRead> {
  const bytes = await readBounded(path);
  if (!isFileFormat(path, bytes)) {
    const text = decodeText(bytes, path);
    const format = formatOf(path, text.slice(0, 1024));
    return { doc: docFromSource(text, format), format, pageStarts: [], pageCount: 0, notes: [] };
  }
  try {
    return await readFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), { name: path }, nodeFileLibs);
  } catch (error) {
    if (error instanceof FileReadError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** A card for a file of any supported format, with the page of every finding when the file has pages. */
export function cardOfRead(read: FileRead, source: string, options: { force?: boolean } = {}): Card {
  return addPages(buildCard(read.doc, source, options), read.pageStarts);
}

export async function cardFromFile(path: string): Promise<Card> {
  return cardOfRead(await readDocument(path), path);
}

/**
 * The labelled documents of a corpus folder, in name order: each `NAME.gold.json` with the first `NAME<ext>` beside it
 * among `extensions`. A gold file without one is passed to `orphan` (the eval warns; the browser eval skips formats
 * it does not serve).
 */
export async function findGoldPairs(
  dir: string,
  extensions: readonly string[],
  orphan: (goldPath: string) => void = () => {},
): Promise<{ name: string; source: string; gold: string }[]> {
  const names = await readdir(dir);
  const pairs = [];
  for (const file of names.filter((n) => n.endsWith('.gold.json')).sort()) {
    const name = file.slice(0, -'.gold.json'.length);
    const source = extensions.map((ext) => name + ext).find((n) => names.includes(n));
    if (source) pairs.push({ name, source: join(dir, source), gold: join(dir, file) });
    else orphan(join(dir, file));
  }
  return pairs;
}
