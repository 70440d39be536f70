/**
 * The file worker: a dropped file's bytes → its card, off the compare page's main thread (components/FileDropZone.tsx
 * through utils/file-jobs.ts). PDF (pdf.js, whose parser runs in its own nested worker), Word (mammoth), text and
 * Markdown are read here; an HTML file is read by the page (DOMParser exists only in pages) and only its card is
 * built here. Cancel terminates this worker, and pdf.js's worker with it.
 *
 * The libraries are imported statically: this file is bundled as one worker script of its own, loaded only when a
 * file is dropped, never on the every-page path.
 */
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { detectFormat, type FileLibs, type MammothModule } from '@/extractors/files';
import { type FileRead, FileReadError, type PdfjsModule } from '@/extractors/files/types';
import { NEEDS_PAGE, serveJobs, type WorkerReply } from '@/utils/card-job';
import { analyzeFileWith, cardFromRead, type FileAnalysis } from '@/utils/file-card';

export type FileWorkerInput =
  | { kind: 'file'; bytes: Uint8Array; name: string; mime: string | null; source: string }
  | { kind: 'read'; read: FileRead; name: string; source: string };

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

const LIBS: FileLibs = {
  pdfjs: pdfjs as unknown as PdfjsModule,
  mammoth: mammoth as unknown as MammothModule,
};

const post = (reply: WorkerReply<FileAnalysis>) => (self as unknown as Worker).postMessage(reply);

self.onmessage = serveJobs<FileWorkerInput, FileAnalysis>((input, onProgress) => {
  const onField = (done: number, total: number) => onProgress({ stage: 'fields', done, total });
  if (input.kind === 'read') return cardFromRead(input.read, { name: input.name, source: input.source, onField });
  if (detectFormat(input.bytes, input.name, input.mime) === 'html') {
    throw Object.assign(new FileReadError('unsupported', 'An HTML file is read by the page.'), { code: NEEDS_PAGE });
  }
  return analyzeFileWith(
    input.bytes,
    {
      name: input.name,
      mime: input.mime,
      source: input.source,
      onProgress: (done, total) => onProgress({ stage: 'pages', done, total }),
      onField,
    },
    LIBS,
  );
}, post);
