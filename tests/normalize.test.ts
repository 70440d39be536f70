import { describe, expect, it } from 'vitest';
import { buildDoc, collapseWhitespace } from '../extractors/common/normalize';
import { docFromText } from '../extractors/input';

describe('collapseWhitespace', () => {
  it('folds every kind of space and drops control characters', () => {
    expect(collapseWhitespace(' a\u00a0\u00a0b\t\nc\u200b d\u0007 ')).toBe('a b c d');
  });
});

describe('buildDoc', () => {
  it('joins blocks with one newline and keeps their offsets', () => {
    const doc = buildDoc([
      { kind: 'heading', text: ' Service  Levels ', level: 2 },
      { kind: 'paragraph', text: 'We   will respond.' },
    ]);
    expect(doc.text).toBe('Service Levels\nWe will respond.');
    const [h, p] = doc.blocks;
    expect(doc.text.slice(h?.start, h?.end)).toBe('Service Levels');
    expect(doc.text.slice(p?.start, p?.end)).toBe('We will respond.');
    expect(p?.heading).toBe(0);
    expect(doc.title).toBe('Service Levels');
  });

  it('flattens a table row to cells joined by " | " with cell offsets', () => {
    const doc = buildDoc([
      { kind: 'paragraph', text: 'Targets' },
      { kind: 'table-row', text: '', cells: ['Priority', ' P1 ', '1 hour', ''] },
    ]);
    const row = doc.blocks[1];
    expect(doc.text.slice(row?.start, row?.end)).toBe('Priority | P1 | 1 hour');
    expect(row?.cells?.map((c) => doc.text.slice(c.start, c.end))).toEqual(['Priority', 'P1', '1 hour']);
  });

  it('skips empty blocks', () => {
    expect(buildDoc([{ kind: 'paragraph', text: '   ' }]).blocks).toEqual([]);
  });
});

describe('docFromText', () => {
  it('reads markdown headings, list items and tables', () => {
    const doc = docFromText('# Terms\n\n- first item\n\n| A | B |\n|---|---|\n| 1 | 2 |\n');
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'list-item', 'table-row', 'table-row']);
    expect(doc.text).toBe('Terms\nfirst item\nA | B\n1 | 2');
  });

  it('treats numbered short lines as headings and rejoins hard-wrapped paragraphs', () => {
    const doc = docFromText(
      '1. Service Commitment\nThe Provider will use commercially reasonable efforts to make the\nservice available 99.9% of the time.',
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.sentences[1]?.text).toBe(
      'The Provider will use commercially reasonable efforts to make the service available 99.9% of the time.',
    );
    expect(doc.sentences[1]?.heading).toBe('1. Service Commitment');
  });

  it('does not take a lone pipe for a table', () => {
    const doc = docFromText('Last Updated: March 20, 2025 | Archive');
    expect(doc.blocks[0]?.kind).toBe('paragraph');
  });

  it('survives an empty input', () => {
    const doc = docFromText('');
    expect(doc.text).toBe('');
    expect(doc.sentences).toEqual([]);
  });
});
