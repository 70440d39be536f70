/**
 * A dropped file → its card in the file worker (utils/workers/file-worker.ts), with progress and cancel
 * (utils/card-job.ts). Loaded by the compare page's drop zone on first use. Imports no part of the engine itself:
 * evaluating it (hundreds of kilobytes) would hold the compare page's main thread; the worker loads it instead.
 */
import { createJobRunner, NEEDS_PAGE, type Progress, type WorkerLike } from './card-job';
import type { FileAnalysis } from './file-card';
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
  try {
    // A copy goes to the worker (the bytes are needed again for an HTML file).
    return await runner.run({ kind: 'file', bytes, name, mime, source }, { onProgress, signal });
  } catch (err) {
    if ((err as { code?: string } | null)?.code !== NEEDS_PAGE) throw err;
  }
  // An HTML file: DOMParser exists only in pages, so the page reads it (bounded by MAX_TEXT_BYTES), the worker builds.
  const { readHtmlFile } = await import('./file-analysis');
  const read = await readHtmlFile(bytes, { name, mime, source });
  onProgress?.({ stage: 'pages', done: 1, total: 1 });
  return runner.run({ kind: 'read', read, name, source }, { onProgress, signal });
}
