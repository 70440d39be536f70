// Hostile documents for the scaling checks (tests/segment.test.ts and `npm run bench`): inputs that once made the
// pipeline quadratic. Each takes a size n; doubling n doubles the input, so the time should double too.
import { buildCard } from '../../extractors/card';
import type { RawBlock } from '../../extractors/common/doc';
import { buildDoc } from '../../extractors/common/normalize';
import { docFromText } from '../../extractors/input';

const HEADING_SENTENCE = 'Service credits apply when monthly availability falls below the commitment. ';
const CLAUSE = 'The Provider shall keep the Service available at least 99.9% of each calendar month.';

/**
 * A page that puts its policy inside one heading element: the heading holds n sentences, and n paragraphs sit
 * under it. Every sentence once carried the whole heading, so the work grew with n × n.
 */
export function longHeadingBlocks(n: number): RawBlock[] {
  const blocks: RawBlock[] = [{ kind: 'heading', level: 1, text: HEADING_SENTENCE.repeat(n) }];
  // Clauses whose rules read the heading: no period of their own, no cue of their own.
  for (let i = 0; i < n; i++)
    blocks.push({ kind: 'paragraph', text: UNDER_HEADING[i % UNDER_HEADING.length] as string });
  return blocks;
}

const UNDER_HEADING = [
  'The Provider shall keep the Service available at least 99.9% of the time.',
  'In no event shall either party be liable for any indirect or consequential damages.',
  'Any action arising from this agreement shall be brought in the courts of Ontario.',
  'These credits are the only remedy available to the customer.',
];

/** n × 1,000 characters without a space: the sentence cutter once searched back to the start for one per cut. */
export function runWithoutSpaces(n: number): string {
  return `${CLAUSE}\n${'x'.repeat(n * 1000)}.\n${CLAUSE}`;
}

/**
 * A page of n different capitalised subjects ("Qax will review …"): every vendor candidate once rescanned the body,
 * so the work grew with candidates × text (tests/vendor.test.ts holds the vendor step alone to the same ratio).
 */
export function manySubjects(n: number): string {
  const parts: string[] = ['Terms of Service'];
  for (let i = 0; i < n; i++) {
    const name = `Q${i.toString(36)}x`;
    parts.push(`${name} will review the request. ${name} shall reply. ${name}'s team may call.`);
  }
  return parts.join('\n');
}

export const cardOfBlocks = (blocks: RawBlock[]) => buildCard(buildDoc(blocks), 'hostile', { force: true });
export const cardOfText = (text: string) => buildCard(docFromText(text), 'hostile', { force: true });

/** The cases `npm run bench` reports: name, input maker, pipeline run, and the size n the ratio starts from. */
export const SCALING_CASES: { name: string; n: number; ratio: [(n: number) => unknown, (input: never) => unknown] }[] =
  [
    {
      name: 'one heading holding the policy (2× heading, 2× sentences under it)',
      n: 400,
      ratio: [longHeadingBlocks, cardOfBlocks],
    },
    { name: 'a run without spaces (2× characters)', n: 1000, ratio: [runWithoutSpaces, cardOfText] },
    { name: 'many capitalised subjects (2× distinct names)', n: 1000, ratio: [manySubjects, cardOfText] },
  ];
