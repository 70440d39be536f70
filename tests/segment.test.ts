import { describe, expect, it } from 'vitest';
import { buildDoc } from '../extractors/common/normalize';
import {
  differingPlanSections,
  headingBlockAt,
  lastStartAtOrBefore,
  leadInOf,
  MAX_HEADING_BLOCK,
  MAX_HEADING_CHARS,
  MAX_SENTENCE_LENGTH,
  previousInSection,
  sentencesHolding,
  splitSentences,
} from '../extractors/common/segment';
import { docFromText } from '../extractors/input';
import { cardOfBlocks, cardOfText, longHeadingBlocks, runWithoutSpaces } from '../scripts/lib/hostile';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

const sentences = (text: string) => docFromText(text).sentences.map((s) => s.text);

describe('splitSentences', () => {
  it('splits at sentence ends followed by a capital', () => {
    expect(sentences('We will notify you. You may terminate. Is that clear? Yes!')).toEqual([
      'We will notify you.',
      'You may terminate.',
      'Is that clear?',
      'Yes!',
    ]);
  });

  it('does not split after abbreviations, initials, decimals or enumerators', () => {
    expect(sentences('Acme Inc. will pay. See Sec. 4 and e.g. Annex A.')).toEqual([
      'Acme Inc. will pay.',
      'See Sec. 4 and e.g. Annex A.',
    ]);
    expect(sentences('Uptime of 99.9% applies. J. Smith signs.')).toEqual([
      'Uptime of 99.9% applies.',
      'J. Smith signs.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('This is the “Agreement.” It binds you.')).toEqual(['This is the “Agreement.”', 'It binds you.']);
  });

  it('keeps every sentence a verbatim slice of the text', () => {
    const doc = docFromText('First one. Second one.\n| a | b |\nThird, without end');
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['First one.', 'Second one.', 'a | b', 'Third, without end']);
  });

  it('cuts runaway sentences so per-sentence work stays bounded', () => {
    const doc = docFromText('word '.repeat(5000));
    expect(doc.sentences.length).toBeGreaterThan(1);
    for (const s of doc.sentences) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
  });

  it('cuts a run without spaces into bounded pieces', () => {
    const doc = docFromText(`Opening words here.\n${'x'.repeat(10_000)}`);
    const pieces = doc.sentences.filter((s) => s.text.startsWith('x'));
    expect(pieces.map((s) => s.text.length)).toEqual([3000, 3000, 3000, 1000]);
  });
});

describe('sentences under a heading', () => {
  it('carry the heading text and its block index', () => {
    const doc = buildDoc([
      { kind: 'heading', text: 'Exclusions', level: 2 },
      { kind: 'paragraph', text: 'Maintenance is excluded. Beta features are excluded.' },
      { kind: 'heading', text: 'Exclusions', level: 2 },
      { kind: 'paragraph', text: 'Customer equipment is excluded.' },
    ]);
    const under = doc.sentences.filter((s) => s.heading !== null);
    expect(under.map((s) => [s.heading, s.headingBlock])).toEqual([
      ['Exclusions', 0],
      ['Exclusions', 0],
      ['Exclusions', 2],
    ]);
    // Same words, different sections: the block index tells them apart.
    expect(under[1]?.headingBlock).not.toBe(under[2]?.headingBlock);
    expect(doc.sentences[0]).toMatchObject({ heading: null, headingBlock: -1 });
  });

  it('keep at most MAX_HEADING_CHARS of a heading that holds a whole policy', () => {
    const doc = buildDoc(longHeadingBlocks(50));
    const under = doc.sentences.filter((s) => s.headingBlock === 0);
    expect(under.length).toBe(50);
    for (const s of under) expect(s.heading?.length).toBe(MAX_HEADING_CHARS);
  });

  it('split a heading longer than MAX_HEADING_BLOCK into sentences like a paragraph', () => {
    const text = 'Availability is measured monthly. '.repeat(Math.ceil(MAX_HEADING_BLOCK / 30)).trim();
    const doc = buildDoc([{ kind: 'heading', text, level: 1 }]);
    expect(splitSentences(doc).every((s) => s.text === 'Availability is measured monthly.')).toBe(true);
    const short = buildDoc([{ kind: 'heading', text: 'Availability. Credits', level: 2 }]);
    expect(short.sentences.map((s) => s.text)).toEqual(['Availability. Credits']);
  });
});

describe('scaling (doubling ratio of medians, whole pipeline)', () => {
  it('one heading holding the policy, growing 2× with the sentences under it', () => {
    expect(doublingRatio(longHeadingBlocks, cardOfBlocks, 400, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('a run without spaces', () => {
    expect(doublingRatio(runWithoutSpaces, cardOfText, 1000, 3)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('leadInOf / previousInSection', () => {
  const lines = [
    'Credits',
    'If availability falls short in a month, Customer receives:',
    '5% of the fee below 99.9%;',
    '10% of the fee below 99.5%; and',
    '25% of the fee below 99%.',
    'Claims must be made in writing.',
  ];

  it('finds the lead-in of every list item across items ending in ";" or "and"', () => {
    const doc = docFromText(lines.join('\n'));
    const at = (start: string) => doc.sentences.findIndex((s) => s.text.startsWith(start));
    const lead = 'If availability falls short';
    expect(leadInOf(doc, at('5% of'))?.text.startsWith(lead)).toBe(true);
    expect(leadInOf(doc, at('25% of'))?.text.startsWith(lead)).toBe(true);
    expect(leadInOf(doc, at('25% of'), 2)).toBeNull();
    // The sentence after the list ends it.
    expect(leadInOf(doc, at('Claims must'))).toBeNull();
    expect(previousInSection(doc, at('Claims must'))?.text).toBe('25% of the fee below 99%.');
  });

  it('does not cross into another section', () => {
    const doc = docFromText(['Fees', 'Customer pays as follows:', 'Support', '10% of the fee below 99.5%;'].join('\n'));
    const i = doc.sentences.findIndex((s) => s.text.startsWith('10% of'));
    expect(leadInOf(doc, i)).toBeNull();
    expect(previousInSection(doc, i)).toBeNull();
  });
});

describe('sentencesHolding', () => {
  const doc = docFromText(
    'The Provider will RESPOND to tickets. Fees are due monthly. Initial Contact happens by phone.\n' +
      'A heading without the word\nWe may re-\nspond later.',
  );
  const texts = (words: string[]) => sentencesHolding(doc, words).map((s) => s.text);

  it('finds the sentences holding a word in any case, in document order, each once', () => {
    expect(texts(['respon', 'initial contact'])).toEqual([
      'The Provider will RESPOND to tickets.',
      'Initial Contact happens by phone.',
    ]);
    expect(texts(['contact', 'initial'])).toEqual(['Initial Contact happens by phone.']);
  });

  it('does not count a word split across two sentences or blocks', () => {
    expect(texts(['re-spond', 'respond later'])).toEqual([]);
    expect(texts(['fees are due monthly. initial'])).toEqual([]);
  });

  it('finds a word right after a match that ran across two sentences', () => {
    // The longer word matches first and spans the boundary; the search looks again inside it for the next sentence.
    expect(texts(['monthly. initial', 'initial'])).toEqual(['Initial Contact happens by phone.']);
  });

  it('keeps offsets right where lowercasing would change the length ("İ")', () => {
    const turkish = docFromText('İstanbul office responds. The Provider will help.');
    expect(sentencesHolding(turkish, ['respon']).map((s) => s.text)).toEqual(['İstanbul office responds.']);
    expect(sentencesHolding(turkish, ['provider']).map((s) => s.text)).toEqual(['The Provider will help.']);
  });

  it('finds nothing for no words', () => {
    expect(texts([])).toEqual([]);
  });
});

describe('lastStartAtOrBefore, headingBlockAt', () => {
  it('finds the last start at or before an offset, 0 before the first', () => {
    const starts = [0, 10, 25, 40];
    expect(
      [0, 9, 10, 30, 99, -5].map((at) => lastStartAtOrBefore(starts.length, (i) => starts[i] as number, at)),
    ).toEqual([0, 0, 1, 2, 3, 0]);
  });

  it('gives the heading block a text offset sits under, -1 before any heading', () => {
    const doc = docFromText('Intro line.\n\n## Plans\n\nBody of the plans section.');
    const body = doc.text.indexOf('Body');
    expect(doc.blocks[headingBlockAt(doc, body)]?.kind).toBe('heading');
    expect(headingBlockAt(doc, 0)).toBe(-1);
  });
});

describe('differingPlanSections', () => {
  const items = [
    { section: 1, value: 4 },
    { section: 1, value: 8 },
    { section: 3, value: 1 },
    { section: -1, value: 9 },
  ];
  it('returns every item of two or more plan sections whose values differ, and none outside them', () => {
    expect(
      differingPlanSections(
        items,
        (i) => i.section,
        (i) => i.value,
      ),
    ).toEqual(items.slice(0, 3));
  });

  it('look-alikes: one plan section, or the same value in every section, return nothing', () => {
    expect(
      differingPlanSections(
        items.slice(0, 2),
        (i) => i.section,
        (i) => i.value,
      ),
    ).toEqual([]);
    expect(
      differingPlanSections(
        items.slice(0, 3),
        (i) => i.section,
        () => 'same',
      ),
    ).toEqual([]);
  });
});
