// The contract between the file readers (extractors/files/*: PDF via pdfjs-dist, DOCX via mammoth, HTML, text) and
// their callers (the command line, the extension's PDF-tab and file-drop paths). Readers are pure apart from the
// library they are given: no browser APIs, no Node APIs, so the same code runs in the CLI and in an extension page.
import type { Doc } from '../common/doc';

export type FileFormat = 'pdf' | 'docx' | 'html' | 'text' | 'markdown';

/** What a reader gives back: the same normalized Doc a web page gives, plus where each page starts. */
export interface FileRead {
  doc: Doc;
  format: FileFormat;
  /** PDF only: pageStarts[i] is the offset in doc.text where page i + 1 begins (ascending). Empty for other formats. */
  pageStarts: number[];
  /** Page count of a PDF (pages without text included); 0 for other formats. */
  pageCount: number;
  /** Plain-English remarks the UI shows beside the card ("Tracked changes: the accepted text was read."). */
  notes: string[];
}

/** Why a file could not be read. The UI shows `message` as is; `code` picks the icon and the test. */
export type FileReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'scanned'
  | 'cancelled';

export class FileReadError extends Error {
  constructor(
    readonly code: FileReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileReadError';
  }
}

export interface ReadOptions {
  /** File name (picks the format with `mime`, and becomes the title when the file has none). */
  name: string;
  mime?: string | null;
  /** The URL a PDF tab was fetched from (kept as the card's url). */
  url?: string | null;
  /** Called as pages are read: done of total. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * The pdfjs-dist module, handed in by the caller: Node passes `pdfjs-dist/legacy/build/pdf.mjs`, an extension page
 * passes `pdfjs-dist` with its module worker set up from the extension's own files. Typed loosely on purpose so
 * this file does not import pdfjs-dist (which must load only when a PDF is read).
 */
export type PdfjsModule = typeof import('pdfjs-dist');
