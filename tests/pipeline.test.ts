// The meta-test (after refined-github's features.test.ts): every field has exactly one
// extractor module wired into the pipeline, and every extractor module has its tests.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_EXTRACTORS } from '../extractors/card';
import { FIELD_NAMES } from '../extractors/types';

const root = join(import.meta.dirname, '..');
// Pipeline plumbing rather than extractors.
const NOT_EXTRACTORS = new Set(['card.ts', 'index.ts', 'input.ts', 'types.ts']);

describe('the extractor pipeline', () => {
  it('has one extractor per card field', () => {
    expect(Object.keys(FIELD_EXTRACTORS).sort()).toEqual([...FIELD_NAMES].sort());
  });

  it('names each field extractor module after its field', () => {
    for (const field of FIELD_NAMES) expect(existsSync(join(root, 'extractors', `${field}.ts`))).toBe(true);
  });

  it('gives every extractor and shared helper a test file of its own', () => {
    const modules = [
      ...readdirSync(join(root, 'extractors')).filter((f) => f.endsWith('.ts') && !NOT_EXTRACTORS.has(f)),
      ...readdirSync(join(root, 'extractors/common'))
        .filter((f) => f.endsWith('.ts'))
        .filter((f) => !['doc.ts', 'finding.ts', 'hash.ts', 'parse-html.ts'].includes(f)),
    ];
    const missing = modules.filter((f) => !existsSync(join(root, 'tests', f.replace(/\.ts$/, '.test.ts'))));
    expect(missing).toEqual([]);
  });
});
