import { describe, expect, it } from 'vitest';
import { buildCard } from '../extractors/card';
import { extractDates } from '../extractors/dates';
import { docFromText } from '../extractors/input';
import {
  CAP_AMOUNT_SPANS,
  CAP_BOTH_FIELDS,
  type CategoryTally,
  type CuadMiss,
  scoreCuad,
  statesAmountLimit,
} from '../scripts/lib/cuad-spans';

const CONTRACT = [
  'SUPPLY AGREEMENT',
  'This Supply Agreement is entered into between Northwind Parts, Inc. and Harbor Tools LLC.',
  '12. Governing Law. This Agreement shall be governed by and construed in accordance with the laws of the State of Ohio.',
  '13. Term. This Agreement shall automatically renew for successive one (1) year periods unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term.',
].join('\n\n');

describe('CUAD span scoring', () => {
  it('counts a finding whose quote overlaps a lawyer span, with the span written with other whitespace', () => {
    const doc = docFromText(CONTRACT);
    const card = buildCard(doc, 'x.txt', { force: true });
    expect(card.fields.governingLaw.length).toBe(1);
    const tallies: Record<string, CategoryTally> = {};
    scoreCuad(
      card,
      doc.text,
      {
        categories: {
          'Governing Law': {
            spans: ['governed by and construed in accordance with\n   the laws of the State of Ohio'],
          },
          'Cap On Liability': { spans: ['a clause that is not in this contract at all'] },
        },
      },
      tallies,
    );
    expect(tallies['Governing Law']).toEqual({
      findings: 1,
      findingsOnSpan: 1,
      labelledDocs: 1,
      labelledDocsHit: 1,
      unlocated: 0,
    });
    expect(tallies['Cap On Liability']).toMatchObject({ labelledDocs: 1, labelledDocsHit: 0, unlocated: 1 });
  });

  it('scores the effective date by the date finding the caller passes (the card keeps the value only)', () => {
    const text = `SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of the 2nd day of May, 2011 (the "Effective Date") between Northwind Parts, Inc. and Harbor Tools LLC.\n\n${CONTRACT}`;
    const doc = docFromText(text);
    const card = buildCard(doc, 'x.txt', { force: true });
    expect(card.dates.effective).toBe('2011-05-02');
    const labels = { categories: { 'Effective Date': { spans: ['2nd day of May, 2011'] } } };
    const withDate: Record<string, CategoryTally> = {};
    scoreCuad(card, doc.text, labels, withDate, undefined, { effective: extractDates(doc).effective });
    expect(withDate['Effective Date']).toMatchObject({ findings: 1, findingsOnSpan: 1, labelledDocsHit: 1 });
    // Without the finding (or without a date on the card) nothing is counted.
    const without: Record<string, CategoryTally> = {};
    scoreCuad(card, doc.text, labels, without);
    expect(without['Effective Date']).toMatchObject({ findings: 0, labelledDocs: 1, labelledDocsHit: 0 });
  });

  it('a finding off every span is counted against precision', () => {
    const doc = docFromText(CONTRACT);
    const card = buildCard(doc, 'x.txt', { force: true });
    const tallies: Record<string, CategoryTally> = {};
    scoreCuad(
      card,
      doc.text,
      { categories: { 'Governing Law': { spans: ['Supply Agreement is entered into'] } } },
      tallies,
    );
    expect(tallies['Governing Law']).toMatchObject({
      findings: 1,
      findingsOnSpan: 0,
      labelledDocs: 1,
      labelledDocsHit: 0,
    });
  });

  it("the information row reads CUAD's cap spans with the cap and the consequential exclusion together; misses are reported", () => {
    const text = [
      'SERVICES AGREEMENT',
      '9.1 In no event shall either party be liable for any indirect, incidental or consequential damages.',
      '9.2 Each party’s aggregate liability shall not exceed the fees paid in the twelve (12) months before the claim.',
      '10. Term. This Agreement shall automatically renew for successive one (1) year periods.',
    ].join('\n\n');
    const doc = docFromText(text);
    const card = buildCard(doc, 'x.txt', { force: true });
    const tallies: Record<string, CategoryTally> = {};
    const misses: CuadMiss[] = [];
    scoreCuad(
      card,
      doc.text,
      {
        categories: {
          'Cap On Liability': {
            spans: ['either party be liable for any indirect, incidental or consequential damages'],
          },
          'Termination For Convenience': { spans: ['Either party may terminate at will'] },
        },
      },
      tallies,
      (m) => misses.push(m),
    );
    // The cap sentence is no lawyer span here: the cap row misses, the information row hits through the exclusion.
    expect(tallies['Cap On Liability']).toMatchObject({ findings: 1, findingsOnSpan: 0, labelledDocsHit: 0 });
    expect(tallies[CAP_BOTH_FIELDS]).toMatchObject({ findingsOnSpan: 1, labelledDocsHit: 1 });
    expect(misses).toContainEqual(expect.objectContaining({ category: 'Cap On Liability', kind: 'offspan' }));
    expect(misses).toContainEqual({
      category: 'Termination For Convenience',
      kind: 'unhit',
      text: 'Either party may terminate at will',
    });
  });

  it('tells spans that state an amount limit from exclusions and time limits', () => {
    expect(statesAmountLimit("Supplier's total liability shall not exceed the fees paid under this Agreement")).toBe(
      true,
    );
    expect(statesAmountLimit('liability is limited to $25,000 in the aggregate')).toBe(true);
    expect(statesAmountLimit('the lesser of the purchase price of the units or the cost of repair')).toBe(true);
    expect(statesAmountLimit('Neither party shall be liable for lost profits or consequential damages')).toBe(false);
    expect(statesAmountLimit('No action may be brought more than one year after the cause of action arose')).toBe(
      false,
    );
  });

  it('the amount-spans row counts only contracts whose spans state an amount, and precision against every span', () => {
    const text = [
      'SERVICES AGREEMENT',
      '9.1 In no event shall either party be liable for any indirect, incidental or consequential damages.',
      '9.2 Each party’s aggregate liability shall not exceed the fees paid in the twelve (12) months before the claim.',
    ].join('\n\n');
    const doc = docFromText(text);
    const card = buildCard(doc, 'x.txt', { force: true });
    expect(card.fields.liabilityCap).not.toBeNull();
    const score = (spans: string[]) => {
      const tallies: Record<string, CategoryTally> = {};
      scoreCuad(card, doc.text, { categories: { 'Cap On Liability': { spans } } }, tallies);
      return tallies[CAP_AMOUNT_SPANS];
    };
    // An exclusion-only label: nothing for an amount cap to answer, so the contract is not in the row's recall.
    expect(score(['either party be liable for any indirect, incidental or consequential damages'])).toMatchObject({
      labelledDocs: 0,
      findings: 1,
      findingsOnSpan: 0,
    });
    // The cap sentence labelled: counted and hit.
    expect(
      score([
        'either party be liable for any indirect, incidental or consequential damages',
        'aggregate liability shall not exceed the fees paid in the twelve (12) months',
      ]),
    ).toMatchObject({ labelledDocs: 1, labelledDocsHit: 1, findingsOnSpan: 1 });
  });
});
