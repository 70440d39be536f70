import { describe, expect, it } from 'vitest';
import { leadInOf, MAX_SENTENCE_LENGTH, previousInSection } from '../extractors/common/segment';
import { docFromText } from '../extractors/input';

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
