/**
 * A file's bytes → a card, given the reader libraries: the part of utils/file-analysis.ts that holds no library
 * loader, so the file worker (utils/workers/file-worker.ts) can bundle it with its own, statically imported
 * libraries, and the compare page can hand the worker a file it read itself (HTML: DOMParser exists only in pages).
 */
import { buildCard } from '@/extractors';
import { addPages, type FileLibs, readFile } from '@/extractors/files';
import type { FileRead } from '@/extractors/files/types';
import type { Card } from '@/extractors/types';
import type { Analysis } from './messages';

/** What a file gives: the same Analysis a web page gives, plus what the reader says about the file. */
export interface FileAnalysis extends Omit<Analysis, 'at'> {
  format: FileRead['format'];
  pageCount: number;
  notes: string[];
}

export interface AnalyzeFileOptions {
  name: string;
  mime?: string | null;
  /** Where the card says it came from: the PDF's URL for a tab, a clauselens-file: URL for a dropped file. */
  source: string;
  onProgress?: (done: number, total: number) => void;
  /** After each field of the card (done of total). */
  onField?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** A file already read (FileRead) → its card, with the same engine as a web page; findings of a PDF get `page`. */
export function cardFromRead(
  read: FileRead,
  options: Pick<AnalyzeFileOptions, 'name' | 'source' | 'onField'>,
  t0 = performance.now(),
): FileAnalysis {
  // Asked for by a person (a dropped file, a PDF opened), as "Analyze anyway" is: the UI shows the verdict over it.
  const card: Card = buildCard(read.doc, options.source, { force: true, onField: options.onField });
  if (read.pageStarts.length > 0) addPages(card, read.pageStarts);
  return {
    card,
    text: read.doc.text,
    url: options.source,
    title: read.doc.title ?? options.name,
    ms: performance.now() - t0,
    format: read.format,
    pageCount: read.pageCount,
    notes: read.notes,
  };
}

/** Reads one file with the given libraries and builds its card (the file worker passes its own, loaded statically). */
export async function analyzeFileWith(
  bytes: Uint8Array,
  options: AnalyzeFileOptions,
  libs: FileLibs,
): Promise<FileAnalysis> {
  const t0 = performance.now();
  // Size limits are the readers' own (MAX_PDF_BYTES, MAX_DOCX_BYTES, MAX_TEXT_BYTES in extractors/files/).
  const read = await readFile(
    bytes,
    {
      name: options.name,
      mime: options.mime,
      url: options.source,
      onProgress: options.onProgress,
      signal: options.signal,
    },
    libs,
  );
  return cardFromRead(read, options, t0);
}
