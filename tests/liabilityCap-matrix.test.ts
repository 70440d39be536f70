import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import {
  applyCapRules,
  type CapContext,
  capContext,
  extractLiabilityCap,
  LIABILITY_CAP_RULES,
} from '../extractors/liabilityCap';
import type { LiabilityCap } from '../extractors/types';

/*
 * One table of composed example sentences per basis. Each sentence must be read with its own
 * basis by the whole extractor, and no rule of another basis may read it (github-url-detection's
 * matrix: every detector against every other detector's examples).
 */
const EXAMPLES: Record<LiabilityCap['basis'], string[]> = {
  fees: [
    "Each party's aggregate liability under this Agreement shall not exceed the fees paid by Customer in the six (6) months before the claim.",
    'IN NO EVENT SHALL LUMORA’S AGGREGATE LIABILITY EXCEED THE TOTAL FEES PAID HEREUNDER.',
    'Our total liability is limited to what the customer has paid for the Service during the last 3 months.',
    'The total liability of Provider shall not exceed the payments made by Client under this Agreement.',
    "The Manufacturer's total liability for any claim shall be limited to the cost of the Products giving rise to the claim.",
    "Supplier's aggregate liability shall not exceed the amount of the applicable purchase order.",
  ],
  fixed: [
    'Our maximum aggregate liability to you shall not exceed five hundred US dollars (US$500).',
    'The maximum liability of either party under this Agreement will be $250,000.',
    "NEITHER PARTY'S AGGREGATE LIABILITY UNDER THIS AGREEMENT SHALL EXCEED $[***].",
    "Each party's liability shall not exceed $1,000,000 per occurrence and $3,000,000 in the aggregate.",
  ],
  'fees-or-fixed': [
    "Each party's total liability shall be limited to the greater of $10,000 or the fees paid in the twelve (12) months preceding the event.",
    "Vendor's aggregate liability shall not exceed the fees paid in the prior year, but in no event more than €1,000,000.",
  ],
  'credits-only': [
    "The Service Credits described above are Provider's sole and entire liability for any failure to meet the Service Level.",
    "Tallyhost's total liability for any unavailability is limited to the service credits set out in Section 4.",
  ],
  unlimited: ["Each party's liability under this Agreement is unlimited."],
};

/** The context the extractor builds for a single-sentence clause: the whole, and the object of the first trigger. */
function contexts(sentence: string): CapContext[] {
  const out = [capContext(sentence, null)];
  const trigger = /\b(?:exceed|limited\s+to|will\s+be)\b/i.exec(sentence);
  if (trigger) out.push(capContext(sentence, sentence.slice(trigger.index + trigger[0].length)));
  return out;
}

describe('liability cap rules: each basis table against every other basis', () => {
  for (const [basis, sentences] of Object.entries(EXAMPLES)) {
    describe(basis, () => {
      it.each(sentences)('is read as %s by the extractor', (sentence) => {
        const f = extractLiabilityCap(docFromText(sentence));
        expect(f?.value.basis).toBe(basis);
        expect(f?.rule?.startsWith('liabilityCap/')).toBe(true);
      });
      const others = LIABILITY_CAP_RULES.filter((r) => r.basis !== basis);
      it.each(sentences)('fires no rule of another basis: %s', (sentence) => {
        for (const ctx of contexts(sentence)) {
          const fired = others.filter((r) => r.extract(ctx) !== null).map((r) => r.name);
          expect(fired).toEqual([]);
        }
      });
    });
  }

  it('has unique rule names, each with a basis', () => {
    const names = LIABILITY_CAP_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of LIABILITY_CAP_RULES) expect(Object.keys(EXAMPLES)).toContain(r.basis);
  });

  it('applies the rules in order: the credits-as-sole-liability rule wins over a fee ceiling on the credits', () => {
    const sentence =
      "Service Credits are the Customer's sole remedy and Hostwise's sole liability for downtime, and shall not exceed the monthly fee.";
    const read = applyCapRules(capContext(sentence, null));
    expect(read?.rule).toBe('creditsSoleLiability');
    expect(extractLiabilityCap(docFromText(sentence))?.value.basis).toBe('credits-only');
  });
});
