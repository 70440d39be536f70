// The command line timed as a user runs it: a fresh process per figure (start-up included), the bundled
// `clauselens` beside `tsx scripts/card.ts` (what `npm run card` runs), and the per-card cost from the difference
// between one process reading a file once and reading it eleven times, beside the in-process figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './stats';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/clauselens.mjs');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** Median wall time of running `argv` to completion, in ms. */
function wall(argv: string[], runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(argv[0] as string, argv.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(samples);
}

/** Markdown rows for `npm run bench`; `big` is a document of the size the in-process table reports. */
export function cliRows(big: { name: string; text: string; inProcessMs: number }, runs = 5): string[] {
  if (!existsSync(BIN)) return ['CLI: run `npm run build:cli` (or `npm install`) to time the bundled `clauselens`.'];
  const dir = mkdtempSync(join(tmpdir(), 'clauselens-bench-'));
  try {
    const small = join(dir, 'small.md');
    writeFileSync(small, '# Terms of Service\n\nThese terms are governed by the laws of the State of New York.\n');
    const file = join(dir, `${big.name}.txt`);
    writeFileSync(file, big.text);
    const eleven = Array.from({ length: 11 }, () => file);
    const commands: [string, string[]][] = [
      ['`clauselens` (bundled)', [process.execPath, BIN, 'card']],
      ['`tsx scripts/card.ts` (npm run card)', [TSX, 'scripts/card.ts']],
    ];
    const out = [
      `| command line, fresh process | start-up to first card (small file) ms | per-card cost, ${big.name} ms | in-process card ms |`,
      '|---|---:|---:|---:|',
    ];
    for (const [label, argv] of commands) {
      const first = wall([...argv, small], runs);
      const once = wall([...argv, file], runs);
      const many = wall([...argv, ...eleven], runs);
      out.push(
        `| ${label} | ${first.toFixed(0)} | ${((many - once) / 10).toFixed(1)} | ${big.inProcessMs.toFixed(1)} |`,
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
