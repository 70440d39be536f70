// Linear time under one very long heading: every sentence below it carries the heading's text,
// so a rule that reads the whole heading per sentence or per candidate turns quadratic (a 2 MB
// page with one long heading once froze a tab for 102 s). Doubling the document must about
// double the time; medians of several runs, never a wall-clock limit.
import { describe, expect, it } from 'vitest';
import { REFINERS } from '../extractors/card';
import type { Doc, RawBlock } from '../extractors/common/doc';
import { buildDoc } from '../extractors/common/normalize';
import { MAX_HEADING_CHARS } from '../extractors/common/segment';
import { emptyFields } from '../extractors/fields';
import { extractServiceCredits } from '../extractors/serviceCredits';
import { extractSoleRemedy } from '../extractors/soleRemedy';
import { extractUptime } from '../extractors/uptime';

/**
 * One heading of `n` × 47 characters, then `n` paragraphs with availability figures and credits
 * under it. Built from blocks, as the HTML reader hands them over: a text file caps headings
 * at 300 characters, a page's <h2> has no cap.
 */
function longHeadingDoc(n: number): Doc {
  const heading = `Availability and service credits ${'for every region and every plan of the service '.repeat(n)}`;
  const blocks: RawBlock[] = [{ kind: 'heading', text: heading, level: 2 }];
  for (let i = 0; i < n; i++) {
    blocks.push({
      kind: 'paragraph',
      text:
        i % 2 === 0
          ? `Node ${i} will be available 99.9% of the time; if availability falls below 99.5%, a credit of 10% applies.`
          : `Credits for node ${i} are the sole and exclusive remedy for unavailability and never exceed 30% of the fee.`,
    });
  }
  return buildDoc(blocks);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const RUNS = 7;
/** Linear gives about 2 (the brief's ~2.3, with room for a shared machine). */
const LIMIT = 2.5;

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
  // Built before timing, so that building them (and collecting their garbage) is not timed.
  const smallDocs = Array.from({ length: RUNS }, () => longHeadingDoc(n));
  const largeDocs = Array.from({ length: RUNS }, () => longHeadingDoc(2 * n));
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    small.push(timed(smallDocs[k] as Doc, run));
    large.push(timed(largeDocs[k] as Doc, run));
  }
  return median(large) / median(small);
}

describe('scaling under one very long heading', () => {
  const N = 2000;

  it('puts every paragraph under the one long heading, whose text each sentence carries capped', () => {
    const doc = longHeadingDoc(100);
    expect(doc.blocks[0]?.kind).toBe('heading');
    expect(doc.text.slice(doc.blocks[0]!.start, doc.blocks[0]!.end).length).toBeGreaterThan(4000);
    expect(doc.sentences.at(-1)?.headingBlock).toBe(0);
    expect(doc.sentences.at(-1)?.heading?.length).toBe(MAX_HEADING_CHARS);
  });

  it.each([
    ['uptime', extractUptime],
    ['serviceCredits', extractServiceCredits],
    // Fast enough to be lost in noise: thirty passes per sample.
    ['soleRemedy', (doc: Doc) => Array.from({ length: 30 }, () => extractSoleRemedy(doc))],
    // The refiners alone (credit tables and uptime candidates read from scratch).
    ['refiners', (doc: Doc) => REFINERS.reduce((fields, r) => r.refine(doc, fields), emptyFields())],
  ] as const)('%s: twice the document takes about twice the time', (_name, run) => {
    run(longHeadingDoc(N)); // warm up
    // Up to three measurements, the best kept: a busy shared machine can spoil one, while a
    // quadratic rule gives 4 or more every time, so retrying hides nothing.
    let ratio = ratioOf(N, run);
    for (let attempt = 1; attempt < 3 && ratio >= LIMIT; attempt++) ratio = Math.min(ratio, ratioOf(N, run));
    // Linear gives about 2; reading the heading per sentence gave 4 and more.
    expect(ratio).toBeLessThan(LIMIT);
  });
});
