/**
 * A file's bytes → a card, in an extension page: the offscreen document that reads a PDF tab (Chrome), the hidden
 * reader frame of Firefox's background page, and the compare page's drop zone. Never imported statically by the
 * popup, side panel, background or content scripts: pdfjs-dist and mammoth load only here, on first use (callers
 * reach this module through `import()`).
 *
 * The readers themselves (extractors/files/) are pure; this module hands them the libraries, set up the way MV3
 * allows: pdfjs's parser runs in its own module worker, loaded from the extension's own files (no remote code, no
 * eval), so a 300-page PDF never blocks the page the user looks at.
 */
import { docFromDocument } from '@/extractors';
import { type FileLibs, type MammothModule, readFile } from '@/extractors/files';
import type { PdfjsModule } from '@/extractors/files/types';
import { type AnalyzeFileOptions, analyzeFileWith, type FileAnalysis } from './file-card';

export { type AnalyzeFileOptions, analyzeFileWith, cardFromRead, type FileAnalysis } from './file-card';

let pdfjsPromise: Promise<PdfjsModule> | null = null;

/** pdfjs-dist with its worker pointed at the copy Vite emitted into the extension (`?url`: a file, not inlined). */
export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
    ]);
    // A module worker from our own origin: allowed by the pages' CSP (worker-src falls back to script-src 'self').
    pdfjs.GlobalWorkerOptions.workerSrc = (worker as { default: string }).default;
    return pdfjs as PdfjsModule;
  })();
  pdfjsPromise.catch(() => {
    pdfjsPromise = null;
  });
  return pdfjsPromise;
}

/**
 * The readers' libraries, each loaded on first use (extractors/files/index.ts calls the loader only for its format):
 * a DOCX never pulls in pdfjs, a PDF never pulls in mammoth. HTML files are parsed with the page's own DOMParser
 * (scripts in a parsed document never run) and read like a web page.
 */
const LIBS: FileLibs = {
  pdfjs: loadPdfjs,
  mammoth: async () => (await import('mammoth')) as unknown as MammothModule,
  html: (html, { url }) =>
    docFromDocument(new DOMParser().parseFromString(html, 'text/html'), url ?? '', { owned: true }),
};

/** `%PDF-` within the first 1 KB (the spec allows junk before the header; readers accept it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    )
      return true;
  }
  return false;
}

/** Reads one file and builds its card with the same engine as a web page; each finding of a PDF gets its `page`. */
export function analyzeFile(bytes: Uint8Array, options: AnalyzeFileOptions): Promise<FileAnalysis> {
  return analyzeFileWith(bytes, options, LIBS);
}

/**
 * Only the reading of an HTML file (DOMParser exists in pages, not in workers): the compare page reads it, the file
 * worker builds its card from the FileRead (plain data).
 */
export function readHtmlFile(bytes: Uint8Array, options: Pick<AnalyzeFileOptions, 'name' | 'mime' | 'source'>) {
  return readFile(bytes, { name: options.name, mime: options.mime, url: options.source }, { html: LIBS.html });
}
