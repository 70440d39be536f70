// Linear time under one very long heading: every sentence below it carries the heading's text,
// so a rule that reads the whole heading per sentence or per candidate turns quadratic (a 2 MB
// page with one long heading once froze a tab for 102 s). Doubling the document must about
// double the time; medians of several runs, never a wall-clock limit.
import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import type { Doc } from '../extractors/common/doc';
import { docFromText } from '../extractors/input';
import { extractServiceCredits } from '../extractors/serviceCredits';
import { extractSoleRemedy } from '../extractors/soleRemedy';
import { extractUptime } from '../extractors/uptime';

/** One heading of `n` × 50 characters, then `n` sentences with availability figures and credits under it. */
function longHeadingDoc(n: number): Doc {
  const heading = `# Availability and service credits ${'for every region and every plan of the service '.repeat(n)}`;
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    body.push(
      i % 2 === 0
        ? `Node ${i} will be available 99.9% of the time; if availability falls below 99.5%, a credit of 10% applies.`
        : `Credits for node ${i} are the sole and exclusive remedy for unavailability and never exceed 30% of the fee.`,
    );
  }
  return docFromText([heading, ...body].join('\n'));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const RUNS = 5;

function timed(doc: Doc, run: (doc: Doc) => unknown): number {
  const t0 = performance.now();
  run(doc);
  return performance.now() - t0;
}

/**
 * Median times of `run` at sizes n and 2n, on fresh documents (credit tables and lead-ins are
 * memoized per Doc), interleaved so that both sizes see the same load on a shared machine.
 */
function ratioOf(n: number, run: (doc: Doc) => unknown): number {
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    small.push(timed(longHeadingDoc(n), run));
    large.push(timed(longHeadingDoc(2 * n), run));
  }
  return median(large) / median(small);
}

describe('scaling under one very long heading', () => {
  const N = 2000;

  it.each([
    ['uptime', extractUptime],
    ['serviceCredits', extractServiceCredits],
    // Fast enough to be lost in noise: ten passes per sample.
    ['soleRemedy', (doc: Doc) => Array.from({ length: 10 }, () => extractSoleRemedy(doc))],
    ['refiners', (doc: Doc) => extractFields(doc)],
  ] as const)('%s: twice the document takes about twice the time', (_name, run) => {
    run(longHeadingDoc(N)); // warm up
    const ratio = ratioOf(N, run);
    // Linear gives about 2; reading the heading per sentence gave 4 and more.
    expect(ratio).toBeLessThan(2.5);
  });
});
