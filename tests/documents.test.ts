// Whole composed documents with hand-checked expected cards (tests/documents/README.md):
// every document's card must match its expected file with no misses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { docFromHtml } from '../extractors/common/parse-html';
import { docFromText } from '../extractors/input';
import { scoreCard } from '../scripts/lib/score';

const ROOT = join(import.meta.dirname, 'documents');
const SOURCES = ['document.html', 'document.md', 'document.txt'];

const cases = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('whole-document regression set', () => {
  it('has documents, each with one source and an expected card', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const slug of cases) {
      const files = readdirSync(join(ROOT, slug));
      expect(
        files.filter((f) => SOURCES.includes(f)),
        slug,
      ).toHaveLength(1);
      expect(files, slug).toContain('expected.gold.json');
    }
  });

  it.each(cases)('%s', (slug) => {
    const dir = join(ROOT, slug);
    const files = readdirSync(dir);
    const sourceFile = SOURCES.find((f) => files.includes(f)) as string;
    const text = readFileSync(join(dir, sourceFile), 'utf8');
    const url = files.includes('source.txt') ? readFileSync(join(dir, 'source.txt'), 'utf8').trim() : null;
    const doc = sourceFile.endsWith('.html') ? docFromHtml(text, url) : docFromText(text, { url });
    const card = buildCard(doc, url ?? `${slug}/${sourceFile}`);
    for (const f of Object.values(card.fields).flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []))) {
      expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    }
    const gold = JSON.parse(readFileSync(join(dir, 'expected.gold.json'), 'utf8'));
    expect(scoreCard(card, gold).misses).toEqual([]);
  });
});
