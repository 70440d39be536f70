// Contract-prose renewal structures (round 4): each rule or widened pattern gets composed passages it
// must read and look-alikes it must leave alone. Written for this test; none is copied from a corpus
// document.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractRenewal } from '../extractors/renewal';
import type { Renewal } from '../extractors/types';

function renewal(text: string): (Renewal & { rule: string }) | null {
  const doc = docFromText(text);
  const f = extractRenewal(doc);
  if (f) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return f ? { ...f.value, rule: f.rule ?? '' } : null;
}

describe('a renewal verb after an adverb, and plural periods of a stated length', () => {
  it.each([
    [
      'The initial term is three years and this Agreement shall thereafter renew for additional one-year terms unless either party gives notice of termination.',
      12,
    ],
    [
      'The Agreement shall then be renewed for two (2) year periods unless either party notifies the other of its intention not to renew.',
      24,
    ],
  ])('%s', (text, termMonths) => {
    expect(renewal(text)).toMatchObject({ automatic: true, termMonths });
  });

  it('plural periods without an "unless" are not read as automatic by the new wording', () => {
    expect(renewal('This Agreement shall be renewed for one (1) year periods as set out in Schedule B.')).toBeNull();
  });
});

describe('"continue in force for successive periods"', () => {
  it('reads the continuation', () => {
    expect(
      renewal(
        'This Contract will continue in force for successive periods of six (6) months unless terminated by either party.',
      ),
    ).toMatchObject({ automatic: true, termMonths: 6 });
  });

  it('something else staying in force is no renewal', () => {
    expect(
      renewal(
        'The confidentiality obligations shall continue in force for successive periods of two years after termination.',
      ),
    ).toBeNull();
  });
});

describe('a renewal for successive terms only by the agreement of both parties (renewsForSuccessiveByAgreement)', () => {
  it.each([
    'Thereafter, this Agreement shall be renewed for successive one (1) year terms upon the mutual agreement of the parties.',
    'The Licence shall be renewed for further periods of 24 months (each an Extension Period) with both parties agreeing in writing.',
    // Terms still to agree: the parties must meet again, so nothing renews by itself.
    'This Agreement shall thereafter be renewed for further periods of one (1) year each on mutually agreed terms.',
    'The Services shall be renewed for successive periods of twelve (12) months on such terms as may be agreed between the Parties.',
  ])('%s', (text) => {
    expect(renewal(text)).toMatchObject({ automatic: false, rule: 'renewal/renewsForSuccessiveByAgreement' });
  });

  it('look-alike: an automatic renewal whose renewal price is left to agree stays automatic', () => {
    expect(
      renewal(
        'This Agreement shall automatically renew for successive one-year terms unless either party gives notice; the fees for each renewal term shall be as mutually agreed.',
      ),
    ).toMatchObject({ automatic: true, termMonths: 12 });
  });

  it('an automatic renewal that the parties may change by agreement stays automatic', () => {
    expect(
      renewal(
        'This Agreement shall automatically renew for successive one-year terms unless the parties otherwise agree in writing.',
      ),
    ).toMatchObject({ automatic: true, termMonths: 12 });
  });
});

describe('"renewable … at the option of" a party is an option to renew', () => {
  it('reads the option and its term', () => {
    expect(
      renewal('The Term shall be five (5) years, renewable for a further two (2) years at the option of the Licensee.'),
    ).toEqual({ automatic: false, termMonths: 24, rule: 'renewal/optionToRenew' });
  });

  it('"renewable" as in energy or a renewable licence fee is still no renewal', () => {
    expect(renewal('The Supplier shall source renewable energy for the plant for ten (10) years.')).toBeNull();
    expect(renewal('All permits are renewable; the Supplier shall keep them current.')).toBeNull();
  });
});

describe("a term with no end date, ended only by a party's notice (inEffectUntilTerminatedOnNotice)", () => {
  it('reads "remains in force until terminated by either party on notice" as open-ended', () => {
    expect(
      renewal(
        'The term of this Contract begins on the Start Date and remains in full force until terminated by either party on ninety (90) days’ written notice.',
      ),
    ).toEqual({ automatic: true, termMonths: null, rule: 'renewal/inEffectUntilTerminatedOnNotice' });
  });

  it('look-alikes: the ending set elsewhere, or something other than the agreement, is none', () => {
    expect(
      renewal(
        'The term of this Contract remains in force until terminated by either party by notice given under Section 12.',
      ),
    ).toBeNull();
    expect(
      renewal(
        'The appointment of the Agent shall remain in effect until terminated by either party on written notice.',
      ),
    ).toBeNull();
  });
});
