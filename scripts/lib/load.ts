// Node-side loading shared by the `card`, `eval` and `bench` commands: a file on disk
// becomes a Doc, then a Card, through the same extractors the extension runs.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { buildCard } from '../../extractors/card';
import type { Doc } from '../../extractors/common/doc';
import { docFromHtml } from '../../extractors/common/parse-html';
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

export async function cardFromFile(path: string): Promise<Card> {
  const { text, format } = await readSource(path);
  return buildCard(docFromSource(text, format), path);
}
