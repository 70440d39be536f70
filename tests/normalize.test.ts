import { describe, expect, it } from 'vitest';
import { buildDoc, collapseSpaceRuns, collapseWhitespace } from '../extractors/common/normalize';

describe('collapseWhitespace', () => {
  it('folds every kind of space and drops control characters', () => {
    expect(collapseWhitespace(' a\u00a0\u00a0b\t\nc\u200b d\u0007 ')).toBe('a b c d');
  });

  it('returns clean text as it is and still fixes each single flaw (the fast path checks every character)', () => {
    const clean = 'The Provider shall respond within 4 hours.';
    expect(collapseWhitespace(clean)).toBe(clean);
    expect(collapseWhitespace('')).toBe('');
    for (const [input, output] of [
      [' a b', 'a b'],
      ['a b ', 'a b'],
      ['a  b', 'a b'],
      ['a\u3000b', 'a b'],
      ['a\u2009b', 'a b'],
      ['a\ufeffb', 'a b'],
      ['a\u007fb', 'ab'],
      ['a \u0001 b', 'a b'],
      [' ', ''],
    ] as const)
      expect(collapseWhitespace(input), JSON.stringify(input)).toBe(output);
  });
});

describe('collapseSpaceRuns', () => {
  // Composed strings with every kind of run: a single space, doubled spaces, tabs, no-break spaces, newlines, ends.
  const samples = [
    '',
    'نص بلا فراغ زائد',
    '  يبدأ بفراغين',
    'ينتهي بسطر\n',
    'a\tb\u00a0c  d\n\ne \n f\u2003\u3000g\r\n',
    'هذه\nالشروط   و\u202fالأحكام \t',
    '\n\n\n',
  ];

  it('turns every run of whitespace into one space, as the regex it replaces does', () => {
    for (const s of samples) expect(collapseSpaceRuns(s)).toBe(s.replace(/\s{2,}|[^\S ]/g, ' '));
  });

  it('keeps newlines when asked, turning the other runs into one space', () => {
    for (const s of samples) expect(collapseSpaceRuns(s, true)).toBe(s.replace(/[^\S\n]+/g, ' '));
  });

  it('returns a text with nothing to change as it is', () => {
    const clean = 'The Provider shall respond within 4 hours.';
    expect(collapseSpaceRuns(clean)).toBe(clean);
    expect(collapseSpaceRuns('سطر\nثان', true)).toBe('سطر\nثان');
    expect(collapseSpaceRuns('سطر\nثان')).toBe('سطر ثان');
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

  it('titles a text by its first heading only where the heading opens it', () => {
    const preamble =
      'This Licence Agreement is made between the Licensor and you, the person installing the Software. '.repeat(6);
    // A date line above the title still leaves the heading opening the text.
    const dated = buildDoc([
      { kind: 'paragraph', text: 'Last updated: 3 March 2026' },
      { kind: 'heading', text: 'Hosting Terms of Service', level: 1 },
      { kind: 'paragraph', text: preamble },
    ]);
    expect(dated.title).toBe('Hosting Terms of Service');
    // Pages in, a heading names a part ("Grant of Licence", "Signature Page"), not the document.
    const late = buildDoc([
      { kind: 'paragraph', text: preamble },
      { kind: 'heading', text: 'Grant of Licence', level: 3 },
      { kind: 'paragraph', text: 'The Licensor grants you a non-exclusive licence.' },
    ]);
    expect(late.title).toBeNull();
    // A numbered heading opens the first section, not the document.
    const numbered = buildDoc([
      { kind: 'heading', text: '1. Definitions', level: 2 },
      { kind: 'paragraph', text: preamble },
    ]);
    expect(numbered.title).toBeNull();
    // A title given with the text (a page's <title>) is kept wherever the headings are.
    expect(buildDoc([{ kind: 'paragraph', text: preamble }], { title: 'Licence Agreement' }).title).toBe(
      'Licence Agreement',
    );
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

  // The field rules write the space between two words as \s+ (a bounded \s{1,3} compiled to four times the machine
  // code): they read the same only because the normalized text never holds a run of more than two whitespace
  // characters, whatever the input holds. Empty cells and empty blocks are where a longer run could come from.
  it('never leaves a whitespace run longer than two characters, whatever the input holds', () => {
    const doc = buildDoc([
      { kind: 'paragraph', text: '\t\t Notice \u00a0\u00a0\u2028 period\n\n\n\r\n' },
      { kind: 'paragraph', text: ' \u200b\ufeff ' },
      { kind: 'table-row', text: '', cells: ['', ' ', '\n\n', 'P1', '', '', '4 hours', '', ' '] },
      { kind: 'table-row', text: '', cells: [' ', '', ''] },
      { kind: 'heading', text: '\n  Fees  \n', level: 2 },
      { kind: 'table-row', text: '', cells: ['', 'Uptime', '\t'] },
    ]);
    expect(doc.text).toContain('Notice period');
    expect(doc.text).toContain('P1 |  |  | 4 hours');
    const longest = Math.max(...[...doc.text.matchAll(/\s+/g)].map((m) => m[0].length));
    expect(longest).toBe(2);
  });
});
