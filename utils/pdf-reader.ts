/**
 * Fetches a PDF tab's bytes and reads them (runs in the reader page, entrypoints/offscreen/). The bytes are fetched
 * again by the extension, with the page's cookies (credentials: include), because no extension code can reach into
 * the browser's PDF viewer. The response is read as a stream and cut off past the PDF reader's own limit
 * (MAX_PDF_BYTES), so a huge or endless download cannot fill the reader's memory.
 */

import { MAX_PDF_BYTES } from '@/extractors/files';
import { FileReadError } from '@/extractors/files/types';
import { analyzeFile, type FileAnalysis, looksLikePdf } from './file-analysis';
import { t } from './i18n';

async function readCapped(response: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(declared);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function tooLarge(bytes: number): FileReadError {
  return new FileReadError(
    'too-large',
    // The reader page may have no i18n API (Chrome's offscreen document): t() then says it in English.
    t('pdfTooLarge', MAX_PDF_BYTES / 1024 / 1024, (bytes / 1024 / 1024).toFixed(0)),
  );
}

/** The file name a URL ends with ("msa.pdf"), for messages and the title of a PDF without one. */
export function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : 'document.pdf';
  } catch {
    return 'document.pdf';
  }
}

export interface ReadPdfAtOptions {
  signal?: AbortSignal;
  /** Pages read so far, of the total. */
  onProgress?: (done: number, total: number) => void;
}

export async function readPdfAt(
  url: string,
  fetcher: typeof fetch = fetch,
  { signal, onProgress }: ReadPdfAtOptions = {},
): Promise<Omit<FileAnalysis, 'at'>> {
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'include', signal });
  } catch (err) {
    throw new Error(t('pdfDownloadFailed', String(err)));
  }
  if (!response.ok) throw new Error(t('pdfDownloadFailed', `HTTP ${response.status}`));
  const bytes = await readCapped(response, MAX_PDF_BYTES);
  if (!looksLikePdf(bytes)) {
    throw new FileReadError('unsupported', 'This tab does not hold a PDF ClauseLens can read: the file is not a PDF.');
  }
  const name = fileNameOf(url);
  return analyzeFile(bytes, { name, mime: 'application/pdf', source: url, signal, onProgress });
}
