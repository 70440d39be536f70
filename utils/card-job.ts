/**
 * Building a card off the main thread: the protocol between a page that asks (the reader page for a tab, the
 * compare page for a dropped file) and the worker that builds (utils/workers/card-worker.ts).
 *
 * - One job at a time per worker; an idle worker is kept warm for the next job (its libraries stay parsed).
 * - Progress flows back as {stage, done, total}; the runner forwards it only when it moves forward, so a listener
 *   never sees a bar go back.
 * - Cancel terminates the worker: the work stops at once, whatever it was doing (no extractor needs to poll a flag),
 *   the job's promise rejects with a CancelledError, and anything the dead worker had already posted is ignored.
 *
 * Pure: no extension APIs, so the unit tests drive it with a fake worker.
 */

/** The stages of an analysis, in order. 'page' runs in the tab, 'visible' back in the tab; the rest in the worker. */
export const STAGES = ['page', 'pages', 'text', 'fields', 'visible'] as const;
export type Stage = (typeof STAGES)[number];

export interface Progress {
  stage: Stage;
  /** Steps done in this stage, of `total` (pages of a PDF, fields of the card; 0 of 0 when not countable). */
  done: number;
  total: number;
}

/** Where a progress report sits on one scale from 0 to 1 (stages in order, steps within a stage). */
export function progressFraction(p: Progress): number {
  const i = STAGES.indexOf(p.stage);
  if (i < 0) return 0;
  const within = p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
  return (i + within) / STAGES.length;
}

/** What an error message says when an analysis was cancelled (it crosses runtime messaging as text). */
export const CANCELLED_MESSAGE = 'Cancelled: ClauseLens stopped reading this document.';

export class CancelledError extends Error {
  constructor() {
    super(CANCELLED_MESSAGE);
    this.name = 'CancelledError';
  }
}

/** Whether an error (or its message, after crossing a message boundary) is a cancellation. */
export function isCancelled(err: unknown): boolean {
  if (err instanceof CancelledError) return true;
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return message === CANCELLED_MESSAGE || (err as { code?: unknown } | null)?.code === 'cancelled';
}

/** The error code with which the file worker hands an HTML file back to the page (no DOMParser in workers). */
export const NEEDS_PAGE = 'needs-page';

/** Host → worker. */
export interface RunMessage<I> {
  type: 'run';
  id: number;
  input: I;
}

/** Worker → host. */
export type WorkerReply<R> =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'done'; id: number; result: R }
  | { type: 'error'; id: number; error: string; name?: string; code?: string };

/** The part of a DOM Worker the runner uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  /** Buffers handed to the worker instead of copied (a file's bytes). */
  transfer?: Transferable[];
}

/** An error from the worker, rebuilt on this side with its name and code (FileReadError's code, for instance). */
function workerError(reply: { error: string; name?: string; code?: string }): Error {
  const err = new Error(reply.error) as Error & { code?: string };
  if (reply.name) err.name = reply.name;
  if (reply.code) err.code = reply.code;
  return err;
}

/**
 * Runs jobs in workers made by `spawn`. Jobs that overlap each get a worker; one idle worker is kept for the next.
 */
export function createJobRunner<I, R>(spawn: () => WorkerLike) {
  let idle: WorkerLike | null = null;
  let nextId = 1;

  function run(input: I, { onProgress, signal, transfer }: RunOptions = {}): Promise<R> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const worker = idle ?? spawn();
    idle = null;
    const id = nextId++;
    let last = -1;
    return new Promise<R>((resolve, reject) => {
      let settled = false;
      const finish = (keep: boolean) => {
        settled = true;
        worker.onmessage = null;
        worker.onerror = null;
        signal?.removeEventListener('abort', onAbort);
        if (keep && idle === null) idle = worker;
        else worker.terminate();
      };
      const onAbort = () => {
        if (settled) return;
        finish(false); // terminate: the work stops now
        reject(new CancelledError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.onmessage = (event) => {
        if (settled) return; // a reply that crossed a cancel
        const reply = event.data as WorkerReply<R>;
        if (!reply || reply.id !== id) return;
        if (reply.type === 'progress') {
          const at = progressFraction(reply.progress);
          if (at <= last) return; // never backwards, never the same point twice
          last = at;
          onProgress?.(reply.progress);
        } else if (reply.type === 'done') {
          finish(true);
          resolve(reply.result);
        } else if (reply.type === 'error') {
          finish(false); // its state after an error is unknown: start the next job in a fresh worker
          reject(workerError(reply));
        }
      };
      worker.onerror = (event) => {
        if (settled) return;
        finish(false);
        reject(new Error(`The ClauseLens worker failed: ${event.message ?? 'unknown error'}`));
      };
      const message: RunMessage<I> = { type: 'run', id, input };
      worker.postMessage(message, transfer ?? []);
    });
  }

  return {
    run,
    /** Terminates the idle worker (a page closing, a test ending). Running jobs keep theirs. */
    dispose() {
      idle?.terminate();
      idle = null;
    },
  };
}

export type JobRunner<I, R> = ReturnType<typeof createJobRunner<I, R>>;

/**
 * The worker's side: answers each `run` message with progress, then `done` or `error`. `handle` does the work;
 * `post` is the worker's postMessage.
 */
export function serveJobs<I, R>(
  handle: (input: I, onProgress: (p: Progress) => void) => Promise<R> | R,
  post: (reply: WorkerReply<R>) => void,
) {
  return async (event: { data: unknown }) => {
    const message = event.data as RunMessage<I> | null;
    if (message?.type !== 'run' || typeof message.id !== 'number') return;
    const { id } = message;
    try {
      const result = await handle(message.input, (progress) => post({ type: 'progress', id, progress }));
      post({ type: 'done', id, result });
    } catch (err) {
      const e = err as { message?: unknown; name?: unknown; code?: unknown } | null;
      post({
        type: 'error',
        id,
        error: typeof e?.message === 'string' ? e.message : String(err),
        name: typeof e?.name === 'string' ? e.name : undefined,
        code: typeof e?.code === 'string' ? e.code : undefined,
      });
    }
  };
}
