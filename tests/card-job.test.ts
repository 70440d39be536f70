import { describe, expect, it, vi } from 'vitest';
import {
  CANCELLED_MESSAGE,
  CancelledError,
  createJobRunner,
  isCancelled,
  type Progress,
  progressFraction,
  serveJobs,
  type WorkerLike,
  type WorkerReply,
} from '@/utils/card-job';
import { abortable } from '@/utils/offthread';

/**
 * A worker that does its job in slices (one setTimeout each), posting progress after each slice, as the real one
 * reports per field. `terminate` stops it as a real worker's does: nothing runs and nothing is posted afterwards.
 */
class SlicedWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  slicesRun = 0;
  terminated = false;
  constructor(private readonly slices = 5) {}
  postMessage(message: unknown): void {
    const { id, input } = message as { id: number; input: string };
    const step = (n: number) => {
      if (this.terminated) return;
      this.slicesRun++;
      this.emit({ type: 'progress', id, progress: { stage: 'fields', done: n, total: this.slices } });
      if (n < this.slices) setTimeout(() => step(n + 1), 1);
      else this.emit({ type: 'done', id, result: `card of ${input}` });
    };
    setTimeout(() => step(1), 1);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** What the worker posts; a terminated worker's messages never arrive. */
  emit(reply: WorkerReply<string>): void {
    if (!this.terminated) this.onmessage?.({ data: reply });
  }
}

/** A worker the test drives by hand: `emit` posts whatever the test wants, even after terminate (a race). */
class ScriptedWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: { id: number; input: unknown }[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message as { id: number; input: unknown });
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(reply: WorkerReply<string>): void {
    this.onmessage?.({ data: reply });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('progressFraction', () => {
  it('orders stages, then steps within a stage, on one scale from 0 to 1', () => {
    const order: Progress[] = [
      { stage: 'page', done: 0, total: 1 },
      { stage: 'page', done: 1, total: 1 },
      { stage: 'pages', done: 3, total: 10 },
      { stage: 'text', done: 1, total: 1 },
      { stage: 'fields', done: 1, total: 15 },
      { stage: 'fields', done: 14, total: 15 },
      { stage: 'visible', done: 1, total: 1 },
    ];
    const at = order.map(progressFraction);
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThan(at[i - 1] as number);
    expect(at[0]).toBeGreaterThanOrEqual(0);
    expect(at[at.length - 1]).toBeLessThanOrEqual(1);
    // Uncountable steps and nonsense counts stay on the scale.
    expect(progressFraction({ stage: 'fields', done: 0, total: 0 })).toBe(
      progressFraction({ stage: 'fields', done: 0, total: 5 }),
    );
    expect(progressFraction({ stage: 'text', done: 9, total: 1 })).toBe(
      progressFraction({ stage: 'fields', done: 0, total: 1 }),
    );
  });
});

describe('createJobRunner', () => {
  it('runs a job to its result, reporting each step of progress', async () => {
    const worker = new SlicedWorker(4);
    const runner = createJobRunner<string, string>(() => worker);
    const seen: Progress[] = [];
    await expect(runner.run('acme', { onProgress: (p) => seen.push(p) })).resolves.toBe('card of acme');
    expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4]);
  });

  it('forwards progress only when it moves forward (a listener never sees the bar go back)', async () => {
    const worker = new ScriptedWorker();
    const runner = createJobRunner<string, string>(() => worker);
    const seen: number[] = [];
    const job = runner.run('x', { onProgress: (p) => seen.push(progressFraction(p)) });
    const id = worker.posted[0]?.id as number;
    const report = (stage: Progress['stage'], done: number, total: number) =>
      worker.emit({ type: 'progress', id, progress: { stage, done, total } });
    report('text', 1, 1);
    report('fields', 2, 10);
    report('fields', 1, 10); // backwards
    report('text', 0, 1); // an earlier stage
    report('fields', 2, 10); // the same point again
    report('fields', 5, 10);
    worker.emit({ type: 'done', id, result: 'ok' });
    await expect(job).resolves.toBe('ok');
    expect(seen).toHaveLength(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1] as number);
  });

  it('cancel terminates the worker at once: no further slice runs and no progress arrives after it', async () => {
    const worker = new SlicedWorker(50);
    const runner = createJobRunner<string, string>(() => worker);
    const controller = new AbortController();
    const progress = vi.fn();
    const job = runner.run('big', { onProgress: progress, signal: controller.signal });
    await vi.waitFor(() => expect(worker.slicesRun).toBeGreaterThanOrEqual(2));
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(CancelledError);
    const slicesAtCancel = worker.slicesRun;
    const reportsAtCancel = progress.mock.calls.length;
    expect(worker.terminated).toBe(true);
    await sleep(30);
    expect(worker.slicesRun).toBe(slicesAtCancel);
    expect(progress.mock.calls.length).toBe(reportsAtCancel);
    expect(slicesAtCancel).toBeLessThan(50);
  });

  it('ignores a result (or progress) that crosses the cancel', async () => {
    const worker = new ScriptedWorker();
    const runner = createJobRunner<string, string>(() => worker);
    const controller = new AbortController();
    const progress = vi.fn();
    const job = runner.run('x', { onProgress: progress, signal: controller.signal });
    const id = worker.posted[0]?.id as number;
    controller.abort();
    // The worker had already posted these before it died: they arrive after the cancel.
    worker.emit({ type: 'progress', id, progress: { stage: 'fields', done: 3, total: 5 } });
    worker.emit({ type: 'done', id, result: 'late card' });
    await expect(job).rejects.toThrow(CANCELLED_MESSAGE);
    expect(progress).not.toHaveBeenCalled();
  });

  it('refuses to start a job whose signal is already aborted, without spawning a worker', async () => {
    const spawn = vi.fn(() => new ScriptedWorker());
    const runner = createJobRunner<string, string>(spawn);
    const controller = new AbortController();
    controller.abort();
    await expect(runner.run('x', { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(spawn).not.toHaveBeenCalled();
  });

  it('keeps a worker warm after a result, and starts a fresh one after a cancel or an error', async () => {
    const workers: ScriptedWorker[] = [];
    const runner = createJobRunner<string, string>(() => {
      const w = new ScriptedWorker();
      workers.push(w);
      return w;
    });
    const finish = (w: ScriptedWorker, reply: 'done' | 'error') => {
      const id = w.posted[w.posted.length - 1]?.id as number;
      if (reply === 'done') w.emit({ type: 'done', id, result: 'ok' });
      else
        w.emit({
          type: 'error',
          id,
          error: 'This file is not a readable PDF.',
          name: 'FileReadError',
          code: 'corrupt',
        });
    };
    const a = runner.run('a');
    finish(workers[0] as ScriptedWorker, 'done');
    await a;
    const b = runner.run('b');
    expect(workers).toHaveLength(1); // reused
    finish(workers[0] as ScriptedWorker, 'error');
    const err = (await b.catch((e: unknown) => e)) as Error & { code?: string };
    expect(err.name).toBe('FileReadError');
    expect(err.code).toBe('corrupt');
    expect(workers[0]?.terminated).toBe(true);
    const controller = new AbortController();
    const c = runner.run('c', { signal: controller.signal });
    expect(workers).toHaveLength(2);
    controller.abort();
    await expect(c).rejects.toBeInstanceOf(CancelledError);
    runner.run('d').catch(() => {});
    expect(workers).toHaveLength(3);
  });

  it('gives overlapping jobs a worker each', async () => {
    const spawn = vi.fn(() => new SlicedWorker(2));
    const runner = createJobRunner<string, string>(spawn);
    const [a, b] = await Promise.all([runner.run('a'), runner.run('b')]);
    expect([a, b]).toEqual(['card of a', 'card of b']);
    expect(spawn).toHaveBeenCalledTimes(2);
  });
});

describe('serveJobs (the worker side)', () => {
  it('answers a run with its progress, then done; an error keeps its name and code', async () => {
    const posted: WorkerReply<string>[] = [];
    const serve = serveJobs<string, string>(
      async (input, onProgress) => {
        onProgress({ stage: 'fields', done: 1, total: 1 });
        if (input === 'bad') throw Object.assign(new Error('encrypted'), { name: 'FileReadError', code: 'encrypted' });
        return input.toUpperCase();
      },
      (r) => posted.push(r),
    );
    await serve({ data: { type: 'run', id: 4, input: 'ok' } });
    await serve({ data: { type: 'run', id: 5, input: 'bad' } });
    await serve({ data: { type: 'something else' } });
    expect(posted).toEqual([
      { type: 'progress', id: 4, progress: { stage: 'fields', done: 1, total: 1 } },
      { type: 'done', id: 4, result: 'OK' },
      { type: 'progress', id: 5, progress: { stage: 'fields', done: 1, total: 1 } },
      { type: 'error', id: 5, error: 'encrypted', name: 'FileReadError', code: 'encrypted' },
    ]);
  });
});

describe('cancellation as data', () => {
  it('is recognised from the error, its message after a message boundary, or a reader code', () => {
    expect(isCancelled(new CancelledError())).toBe(true);
    expect(isCancelled(new Error(CANCELLED_MESSAGE))).toBe(true);
    expect(isCancelled(Object.assign(new Error('Reading the file was cancelled.'), { code: 'cancelled' }))).toBe(true);
    expect(isCancelled(new Error('Cannot access a chrome:// URL'))).toBe(false);
  });

  it('abortable rejects as soon as the signal aborts, and ignores the late result', async () => {
    const controller = new AbortController();
    let resolveLate: (v: string) => void = () => {};
    const late = new Promise<string>((r) => {
      resolveLate = r;
    });
    const wrapped = abortable(late, controller.signal);
    controller.abort();
    resolveLate('late card');
    await expect(wrapped).rejects.toBeInstanceOf(CancelledError);
    await expect(abortable(Promise.resolve(1), new AbortController().signal)).resolves.toBe(1);
  });
});
