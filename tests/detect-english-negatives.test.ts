import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromHtml } from '../extractors/common/parse-html';
import { detectPage } from '../extractors/detect';
import { docFromText } from '../extractors/input';
import { classifyDoc } from '../extractors/kind';
import { badgeOnPage } from './helpers/badge-page';

// Composed English pages that speak of contracts, SLAs and policies without being one (data/detector/README.md):
// a contract tool's landing page, a job ad, a glossary, a changelog, a call for tenders, a trust page, a syllabus …
describe('composed English non-legal pages (data/detector/english-negatives)', () => {
  const dir = join(import.meta.dirname, '../data/detector/english-negatives');
  const pages = readdirSync(dir).filter((n) => /\.(?:md|html)$/.test(n));

  it('has pages of several genres', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pages)('%s is not called legal, whole or as its page sample', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const doc = name.endsWith('.html') ? docFromHtml(text, null) : docFromText(text);
    expect(classifyDoc(doc).isLegal).toBe(false);
    const sample = detectPage({ url: '', title: doc.title ?? '', headings: [], sample: doc.text.slice(0, 4000) });
    expect(sample.isLegal).toBe(false);
    // As the badge reads it on a vendor's page: the title again as the page's <h1>, navigation around the text.
    expect(badgeOnPage(doc)).toBe(false);
  });
});
