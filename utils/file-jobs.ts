/**
 * A dropped file → its card in the file worker (utils/workers/file-worker.ts), with progress and cancel
 * (utils/card-job.ts). Loaded by the compare page's drop zone on first use.
 */

import { detectFormat } from '@/extractors/files';
import { createJobRunner, type Progress, type WorkerLike } from './card-job';
import { type FileAnalysis, readHtmlFile } from './file-analysis';
import type { FileWorkerInput } from './workers/file-worker';
import FileWorker from './workers/file-worker?worker';

let runner: ReturnType<typeof createJobRunner<FileWorkerInput, FileAnalysis>> | null = null;

export interface FileJobOptions {
  name: string;
  mime: string | null;
  source: string;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export async function analyzeFileInWorker(bytes: Uint8Array, options: FileJobOptions): Promise<FileAnalysis> {
  runner ??= createJobRunner<FileWorkerInput, FileAnalysis>(() => new FileWorker() as unknown as WorkerLike);
  const { name, mime, source, onProgress, signal } = options;
  if (detectFormat(bytes, name, mime) === 'html') {
    // DOMParser exists only in pages: the page reads the HTML (bounded by MAX_TEXT_BYTES), the worker builds.
    const read = await readHtmlFile(bytes, { name, mime, source });
    onProgress?.({ stage: 'pages', done: 1, total: 1 });
    return runner.run({ kind: 'read', read, name, source }, { onProgress, signal });
  }
  // The bytes move to the worker (transferred, not copied).
  return runner.run(
    { kind: 'file', bytes, name, mime, source },
    { onProgress, signal, transfer: [bytes.buffer as ArrayBuffer] },
  );
}
