// Progress of a batch run on stderr: a one-line bar redrawn in place when stderr is a terminal, nothing at all
// when it is not (a log file or a pipe should hold only what the run printed, not a thousand carriage returns).

export interface Progress {
  /** `done` files finished of the total; `current` is the file being read now. */
  update(done: number, current: string): void;
  done(): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

/** Redraws at most this often: a terminal write per file would cost more than small files do. */
const REDRAW_MS = 100;

export function createProgress(stream: Stream, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total < 2) return { update() {}, done() {} };
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const width = () => Math.max(40, Math.min(stream.columns ?? 80, 120));
  return {
    update(done, current) {
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      drawn = true;
      stream.write(`\r${progressLine(done, total, current, width())}`);
    },
    done() {
      if (drawn) stream.write(`\r${' '.repeat(width() - 1)}\r`);
    },
  };
}

/** "[#####.....]  12/300  contracts/acme.html", cut to `width` columns. */
export function progressLine(done: number, total: number, current: string, width: number): string {
  const bar = 20;
  const filled = total > 0 ? Math.round((done / total) * bar) : 0;
  const head = `[${'#'.repeat(filled)}${'.'.repeat(bar - filled)}] ${String(done).padStart(String(total).length)}/${total} `;
  const room = width - 1 - head.length;
  const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
  return (head + name).padEnd(width - 1);
}
