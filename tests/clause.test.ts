import { describe, expect, it } from 'vitest';
import { endsOpen, runsOn, wrappedSentence, wrappedSpan } from '../extractors/common/clause';
import { docFromText } from '../extractors/input';

const WRAPPED =
  'Intro paragraph that ends properly.\n\nIN NO EVENT SHALL ACME OR ITS SUPPLIERS BE LIABLE FOR ANY\n\nINDIRECT OR CONSEQUENTIAL DAMAGES ARISING OUT OF THESE\n\nTERMS OR THE SERVICES.\n\nA new sentence that stands alone.';

describe('hard-wrapped clauses', () => {
  it('joins the lines of one wrapped sentence, back and forward', () => {
    const doc = docFromText(WRAPPED);
    const middle = doc.sentences.findIndex((s) => s.text.startsWith('INDIRECT'));
    const span = wrappedSpan(doc, middle);
    expect(doc.text.slice(span.start, span.end)).toMatch(/^IN NO EVENT[\s\S]*THE SERVICES\.$/);
    const s = wrappedSentence(doc, middle);
    expect(s.text).toBe(doc.text.slice(s.start, s.end));
  });

  it('leaves sentences with closing punctuation, and short headings, alone', () => {
    const doc = docFromText(WRAPPED);
    const last = doc.sentences.length - 1;
    expect(wrappedSentence(doc, last)).toBe(doc.sentences[last]);
    const heading = docFromText('Limitation of Liability\n\nEach party is liable only for direct damages.');
    expect(runsOn(heading.sentences[0] as never)).toBe(false);
    expect(wrappedSentence(heading, 1)).toBe(heading.sentences[1]);
  });

  it('is bounded: a run of unpunctuated lines is cut at the character limit', () => {
    const doc = docFromText(
      Array.from({ length: 200 }, () => 'a long line of words without any closing mark').join('\n\n'),
    );
    const span = wrappedSpan(doc, 100);
    expect(span.end - span.start).toBeLessThanOrEqual(900);
  });
});

describe('endsOpen', () => {
  it('agrees with /[A-Za-z0-9,)]]s*$/ on composed line ends', () => {
    const ends = [
      'FOR ANY',
      'of 30',
      'the Services,',
      '(a)',
      '[1]',
      'ends here.',
      'a heading:',
      'نص عربي',
      'نص,',
      '',
      ' \t\n',
      'any \u00a0\n',
      'Z\u2028',
      '–',
    ];
    for (const t of ends) expect(endsOpen(t)).toBe(/[A-Za-z0-9,)\]]\s*$/.test(t));
  });
});

describe('wrappedSentence: a list item or a line before a numbered heading does not run into it', () => {
  const at = (text: string, needle: string) => {
    const doc = docFromText(text);
    const i = doc.sentences.findIndex((s) => s.text.includes(needle));
    return wrappedSentence(doc, i).text;
  };
  it('"- governed by the laws of Minnesota in the United States" ends before "## 10. Legal Effect"', () => {
    const text =
      '## 9. Governing Law\n\n- This Agreement is governed by the laws of Minnesota in the United States\n\n## 10. Legal Effect\n\n- It starts on purchase.';
    expect(at(text, 'Minnesota')).toBe('This Agreement is governed by the laws of Minnesota in the United States');
    const numbered =
      'This Agreement is governed by the laws of the State of Ohio and the United\n\n## 11. Notices\n\nNotices go by e-mail.';
    expect(at(numbered, 'Ohio')).toBe('This Agreement is governed by the laws of the State of Ohio and the United');
  });
  it('an item ending "; and" does not run on into the next numbered item, in either direction', () => {
    const text = [
      '23.1. Any dispute must first go to mediation:',
      '',
      '23.1.3. conducted by a mediator appointed by the chair of the institute; and',
      '',
      '23.1.4. conducted within thirty (30) days of notice of the dispute; and',
      '',
      '23.1.5. this Licence is governed by the laws of the State of Victoria, Australia.',
    ].join('\n');
    expect(at(text, 'Victoria')).toBe(
      '23.1.5. this Licence is governed by the laws of the State of Victoria, Australia.',
    );
    expect(at(text, 'chair of the institute')).toBe(
      '23.1.3. conducted by a mediator appointed by the chair of the institute; and',
    );
    const lettered =
      '(i) Any mediation or arbitration will be held in New York, New York; and\n(ii) The details of any meeting will be confidential.';
    expect(at(lettered, 'mediation')).toBe('(i) Any mediation or arbitration will be held in New York, New York; and');
  });
  it('look-alike: a line ending "and" before a section reference still runs on ("pursuant to Section" / "10.2 hereof")', () => {
    const text =
      'Either party may terminate this Agreement upon written notice pursuant to Section\n10.2 hereof and the fees then due shall be paid.';
    expect(at(text, 'Either party')).toContain('10.2 hereof');
  });
  it('look-alike: a hard-wrapped line still runs on into the next line of its sentence', () => {
    const text =
      'IN NO EVENT SHALL THE SUPPLIER BE LIABLE FOR ANY INDIRECT, SPECIAL OR\nCONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.';
    expect(at(text, 'IN NO EVENT')).toContain('CONSEQUENTIAL DAMAGES');
  });
});
