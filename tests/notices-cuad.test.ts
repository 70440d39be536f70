// Contract-prose structures of notices (round 4): each rule or guard gets composed passages that it
// must read and look-alikes that it must leave alone. The passages are written for this test in the
// style of commercial contracts; none is copied from a corpus document.
import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractNotices } from '../extractors/notices';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

/** The notices of a passage as "kind amount unit (rule)" strings, kind `other` included. */
/** Each notice found, as [kind, amount]. */
const kindAmounts = (text: string) => extractNotices(docFromText(text)).map((f) => [f.value.kind, f.value.amount]);

function read(text: string): string[] {
  const doc = docFromText(text);
  return extractNotices(doc).map((f) => {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    return `${f.value.kind} ${f.value.amount} ${f.value.unit}`;
  });
}

/** The scored kinds only (kind `other` left out). */
function scored(text: string): string[] {
  return read(text).filter((s) => !s.startsWith('other '));
}

describe('a termination right for a cause is no termination for convenience', () => {
  it.each([
    'This Agreement may be terminated with cause upon thirty (30) days’ written notice.',
    'Either party may terminate this Agreement for cause upon thirty (30) days’ written notice to the other party.',
    'The Licensor may terminate this Licence for good cause on fourteen (14) days notice.',
    'The Company may terminate this Agreement for default upon ten (10) days’ written notice.',
    'The Supplier may terminate this Agreement upon the Buyer’s default on fifteen (15) days notice.',
    'Either party may terminate this Agreement for a material breach upon thirty (30) days’ written notice.',
    'The Agent may be removed at any time for cause by the Trustee on sixty (60) days’ notice.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual([]);
    // Still a termination notice, of kind other: the period is read, just not as convenience.
    expect(read(text)).toHaveLength(1);
  });

  it('a "Termination for Cause" heading conditions a bare right under it', () => {
    const text =
      'Termination for Cause\nEither party may terminate this Agreement upon thirty (30) days written notice.';
    expect(scored(text)).toEqual([]);
  });

  it('a right without cause beside one with cause: each period keeps its own kind', () => {
    const text =
      'Either party may terminate this Agreement without cause on ninety (90) days’ notice, or with cause on thirty (30) days’ notice.';
    expect(scored(text)).toEqual(['termination-convenience 90 days']);
  });

  it('look-alikes that say "with or without cause" or "by default" stay convenience', () => {
    expect(
      scored('The Distributor may terminate this Agreement with or without cause upon sixty (60) days written notice.'),
    ).toEqual(['termination-convenience 60 days']);
    expect(
      scored(
        'Either party may terminate this Agreement upon forty-five (45) days’ notice, which is sent by default to the address in the Order.',
      ),
    ).toEqual(['termination-convenience 45 days']);
  });
});

describe('when a right starts is no condition on it (time gates)', () => {
  it.each([
    [
      'At any time after the expiration of the Initial Term, either party may terminate this Agreement upon ninety (90) days’ written notice.',
      '90 days',
    ],
    [
      'Beginning on the third anniversary of the Effective Date, the Reseller may terminate this Agreement on one hundred twenty (120) days’ prior written notice.',
      '120 days',
    ],
    [
      '(d) the Supplier giving the Reseller sixty (60) days’ advance written notice of termination at any time following the expiry of the initial period.',
      '60 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it('a real condition next to the time gate still conditions the right', () => {
    const text =
      'At any time after the expiration of the Initial Term, either party may terminate this Agreement upon ninety (90) days’ notice if the other party fails to meet the minimum volumes.';
    expect(scored(text)).toEqual([]);
  });
});

describe('a leading saving clause holds no condition on the right after it', () => {
  it.each([
    'Without prejudice to either party’s right to terminate for breach under Section 9 below, either party may terminate this Agreement by giving the other not less than three months’ notice in writing.',
    'Notwithstanding Section 8.2, the Licensee may terminate this Agreement at any time with [four (4)] months’ prior written notice.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual([expect.stringMatching(/^termination-convenience \d+ months$/)]);
  });

  it('a condition after the saving clause still counts', () => {
    const text =
      'Notwithstanding Section 8.2, if the Licensee does not meet the minimum sales targets, the Licensor may terminate this Agreement on thirty (30) days’ notice.';
    expect(scored(text)).toEqual([]);
  });
});

describe('"may cancel this Agreement" grants a termination right', () => {
  it('reads the right', () => {
    expect(scored('Either party may cancel this Agreement upon sixty (60) days written notice to the other.')).toEqual([
      'termination-convenience 60 days',
    ]);
  });

  it('cancelling an order or a booking ahead of time is none', () => {
    expect(scored('You may cancel your booking up to 48 hours before the scheduled session.')).toEqual([]);
  });
});

describe('periods listed after the notice ("the following notice: N days for …")', () => {
  it('reads the first period against an open-ended renewal', () => {
    const text =
      'Thereafter, this Agreement shall continue from month to month until terminated by either party upon the following written notice to the other: ninety (90) days for the standard service and thirty (30) days for the premium service.';
    expect(scored(text)).toContain('non-renewal 90 days');
  });

  it('a colon that does not follow a notice gives no notice', () => {
    expect(read('The delivery lead times are as follows: sixty (60) days for standard items.')).toEqual([]);
  });
});

describe('a payment or a deliverable due before the renewal is no non-renewal notice', () => {
  it.each([
    'The Licensee shall pay the annual renewal fee, which falls due thirty (30) days prior to the renewal date.',
    'The renewal fee is payable no later than sixty (60) days before each renewal of the Term.',
    'The Franchisee must pay the renewal fee at least forty-five (45) days before the expiration of the Term.',
    'The Distributor shall submit its purchase forecast for the renewal period at least ninety (90) days prior to the renewal date.',
    'Renewal of this Agreement is subject to the Supplier’s receipt of payment of the renewal fee at least 15 days before the renewal date.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual([]);
  });

  it('the notice that ends the renewal is still read, payment words after it or not', () => {
    expect(
      scored(
        'This Agreement shall automatically renew for successive one-year terms unless either party gives written notice of non-renewal at least sixty (60) days prior to the renewal date, in which case no renewal fee is payable.',
      ),
    ).toEqual(['non-renewal 60 days']);
    expect(
      scored(
        'Thereafter the Agreement renews for additional one (1) year terms unless terminated by either party with written notice delivered no less than ninety (90) days prior to the end of the then-current term.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });

  it('a quote of the renewal price before the end of the term is no notice either', () => {
    expect(
      scored(
        'The Customer shall receive a renewal quote at least forty-five (45) days before the end of the current term.',
      ),
    ).toEqual([]);
  });
});

describe('a notice of a change at renewal, or one that exercises an option to renew', () => {
  it.each([
    'The Customer must give written notice of any reduction in the number of seats at least thirty (30) days prior to the renewal date.',
    'The Distributor may renew this Agreement for one additional term of two (2) years by giving notice not later than ninety (90) days before expiry.',
    'To renew, the Licensee must give notice at least one hundred twenty (120) days before the expiration of the Term.',
    'The Reseller may extend the Term for an additional year by written notice given at least sixty (60) days before the end of the Initial Term.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual([]);
  });

  it('an election not to renew is still non-renewal', () => {
    expect(
      scored(
        'Either party may elect not to renew this Agreement by giving written notice to the other party at least sixty (60) days prior to the expiration of the then-current Term.',
      ),
    ).toEqual(['non-renewal 60 days']);
  });
});

describe('more ways to grant a termination right', () => {
  it.each([
    ['Either party is entitled to terminate this Agreement by giving six (6) months written notice.', '6 months'],
    ['The Principal reserves the right to terminate this Agreement upon thirty (30) days’ written notice.', '30 days'],
    [
      'This Agreement shall continue in force until either party terminates it by giving at least ninety (90) days prior written notice to the other.',
      '90 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it('an entitlement on a condition stays conditional', () => {
    expect(
      scored(
        'The Licensor is entitled to terminate this Agreement on thirty (30) days’ notice if the royalties are not paid.',
      ),
    ).toEqual([]);
  });
});

describe('the convenience right in the sentence before, its notice here', () => {
  it.each([
    [
      'Either party may terminate this Agreement for convenience upon written notice to the other party. Such notice shall be given at least ninety (90) days prior to the effective date of termination.',
      '90 days',
    ],
    [
      'The Company may terminate this Agreement without cause upon written notice. The effective date of termination shall be thirty (30) days after the date of the notice.',
      '30 days',
    ],
    [
      'Either party may terminate this Agreement for any reason by giving the other party written notice. The notice period shall be ninety (90) days.',
      '90 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it('a right for a cause before it, or a notice of something else, gives no convenience notice', () => {
    expect(
      scored(
        'The Company may terminate this Agreement for cause upon written notice. The effective date of termination shall be thirty (30) days after the date of the notice.',
      ),
    ).toEqual([]);
    expect(
      scored(
        'Either party may terminate this Agreement for convenience upon written notice. Notice of any change of address shall be given within ten (10) days.',
      ),
    ).toEqual([]);
  });
});

describe('a notice that stops a renewal needs a renewal in the contract (nonRenewalWithoutRenewal)', () => {
  const text = (extra: string) =>
    `1. Term. This Agreement starts on the Effective Date and ends on 31 December 2031.${extra} 2. Notice. Either party may terminate this Agreement by giving written notice no later than sixty (60) days before the expiration of the Term.`;

  it('in a contract that nowhere renews, the notice before the expiry is no non-renewal notice', () => {
    expect(scored(text(''))).toEqual([]);
    expect(read(text(''))).toEqual(['other 60 days']);
  });

  it('a renewal elsewhere in the contract makes it one', () => {
    expect(scored(text(' It shall then renew for successive one (1) year periods.'))).toEqual(['non-renewal 60 days']);
  });
});

describe('an automatic extension is stopped like a renewal', () => {
  it.each([
    'Either party may prevent the automatic extension of this Agreement by giving written notice at least sixty (60) days before the end of the current term.',
    'The Contract is extended automatically by further periods of one year unless a party gives notice of its intention not to extend at least sixty (60) days before the end of the period then running.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['non-renewal 60 days']);
  });

  it('a wish to extend, announced before the expiry, is an option and not a stop', () => {
    expect(
      scored(
        'The Licensee shall tell the Licensor no later than six (6) months prior to the expiration of the Term whether it wishes to extend this Agreement.',
      ),
    ).toEqual([]);
  });
});

describe('when the notice may expire is no condition either', () => {
  it.each([
    'Either party may terminate this Agreement by giving the other not less than six (6) months’ notice in writing, such notice to expire no earlier than the second anniversary of the Effective Date.',
    'Either party may terminate this Agreement on six (6) months’ written notice expiring at any time after the end of the Initial Term.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 6 months']);
  });

  it('a notice expiring at the end of the term stops the renewal instead', () => {
    expect(
      scored(
        'This Agreement renews automatically for successive one-year terms. Either party may terminate it by six (6) months’ written notice expiring at the end of the then-current term.',
      ),
    ).toEqual(['non-renewal 6 months']);
  });
});

describe('a termination right granted by the lead-in of a list inside the sentence', () => {
  it.each([
    'The Licensee shall have the right to terminate this Agreement: (a) upon written notice if the Licensor becomes insolvent; or (b) at any time after the first anniversary of the Effective Date, for any reason or no reason, upon ninety (90) days’ written notice to the Licensor.',
    'Upon the occurrence of any of the following, the Distributor may terminate this Agreement by giving written notice: (a) the Supplier’s insolvency; (b) for convenience, provided the Distributor gives ninety (90) days’ advance written notice.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 90 days']);
  });

  it('"at any other time" after a conditional item, and "at all times during the Term", say when, not why', () => {
    expect(
      scored(
        'Korvel may terminate this Agreement upon prior written notice (i) in the event of any failure of Brant to meet a milestone, or (ii) at any other time upon ninety (90) days’ prior written notice of impending termination.',
      ),
    ).toEqual(['termination-convenience 90 days']);
    expect(
      scored(
        'Network retains the right at all times during the Term to discontinue the Service and to terminate this Agreement on at least ninety (90) days’ prior notice without any liability therefor.',
      ),
    ).toEqual(['termination-convenience 90 days']);
    // Look-alike: "at all times" in a duty, with a right to terminate only on a breach.
    expect(
      scored(
        'Brant shall at all times maintain insurance, and if it fails to do so, Korvel may terminate this Agreement on thirty (30) days’ prior written notice.',
      ),
    ).not.toContain('termination-convenience 30 days');
  });

  it('an item without convenience wording stays conditional, and a lead that grants no termination gives none', () => {
    expect(
      scored(
        'The Licensee shall have the right to terminate this Agreement: (a) if the Licensor becomes insolvent; or (b) if the Licensor fails to deliver the Products, upon ninety (90) days’ written notice.',
      ),
    ).toEqual([]);
    expect(
      scored(
        'The Distributor shall report to the Supplier: (a) its sales each month; and (b) for any reason, any stock shortfall, at least ninety (90) days’ in advance.',
      ),
    ).toEqual([]);
  });
});

describe('withdrawing from the agreement is ending it', () => {
  it('reads a withdrawal on notice', () => {
    expect(
      scored(
        'Either party may withdraw from this Agreement upon ninety (90) days written notice to the other parties.',
      ),
    ).toEqual(['termination-convenience 90 days']);
  });

  it('withdrawing a claim, an offer or from an arbitration is not', () => {
    expect(
      scored('A party may withdraw from the arbitration within thirty (30) days after notice of the claim.'),
    ).toEqual([]);
    expect(scored('The Supplier may withdraw its offer upon ten (10) days’ written notice.')).toEqual([]);
  });
});

describe('a renewed term is a time window, not a condition', () => {
  it('reads a right that holds during a renewed or extension term', () => {
    expect(
      scored(
        'During any extension period, either party may end this Agreement on forty-five (45) days written notice.',
      ),
    ).toEqual(['termination-convenience 45 days']);
    expect(
      scored(
        'During any Extension Period, either party may terminate this Agreement upon forty-five (45) days written notice.',
      ),
    ).toEqual(['termination-convenience 45 days']);
    expect(
      scored('The Reseller may terminate this Agreement on ninety (90) days written notice in any renewal term.'),
    ).toEqual(['termination-convenience 90 days']);
  });

  it('a renewal word that is a condition still blocks the right', () => {
    expect(
      scored(
        'If the Supplier declines to renew the licence, the Reseller may terminate this Agreement on ninety (90) days written notice.',
      ),
    ).toEqual([]);
    expect(
      scored(
        'During any renewal term, if the fees are increased, the Reseller may terminate this Agreement on ninety (90) days written notice.',
      ),
    ).not.toContain('termination-convenience 90 days');
  });
});

describe('a figure in parentheses with no words is a notice period', () => {
  it('reads "(60) days" on a convenience right', () => {
    expect(
      scored('This Agreement may be terminated by either party upon (60) days written notice, without cause.'),
    ).toEqual(['termination-convenience 60 days']);
    expect(
      scored('This Agreement may be terminated by either party for breach upon (60) days written notice.'),
    ).toEqual([]);
  });
});

describe('who chooses is no condition: "at the option of either party", "retains the right"', () => {
  it('reads a termination at the option of any party on notice', () => {
    expect(
      scored(
        'The licence granted herein shall terminate, at the option of either party, upon sixty (60) days prior written notice to the other.',
      ),
    ).toEqual(['termination-convenience 60 days']);
    expect(
      scored(
        'The Publisher retains the right to terminate this Agreement on thirty (30) days written notice to the Author.',
      ),
    ).toEqual(['termination-convenience 30 days']);
  });

  it('a condition beside the option, or an option to renew, is no convenience', () => {
    expect(
      scored(
        'If the Products are recalled, this Agreement shall terminate at the option of either party upon sixty (60) days written notice.',
      ),
    ).not.toContain('termination-convenience 60 days');
    expect(
      scored(
        'The Publisher retains the right to terminate this Agreement if the Author fails to deliver, on thirty (30) days written notice.',
      ),
    ).not.toContain('termination-convenience 30 days');
    expect(
      scored('This Agreement may be renewed at the option of either party for a further term of one (1) year.'),
    ).not.toContain('termination-convenience 1 years');
  });
});

describe('"at the end of the first term or at any time thereafter" is a right at will, not a non-renewal', () => {
  it('reads a right that opens at the end of the first term and stays open', () => {
    expect(
      scored(
        'Any Member may terminate its participation in this Agreement at the expiry of the Initial Term or any time thereafter by giving not less than six (6) months written notice to the other Members.',
      ),
    ).toEqual(['termination-convenience 6 months']);
    expect(
      scored(
        'The Customer may terminate this Agreement at the end of the First Period or at any time afterwards on ninety (90) days written notice.',
      ),
    ).toEqual(['termination-convenience 90 days']);
  });

  it('a right tied to the end of the term alone stays a non-renewal notice', () => {
    expect(
      scored(
        'Any Member may terminate its participation in this Agreement at the expiry of the Initial Term by giving not less than six (6) months written notice to the other Members.',
      ),
    ).toEqual(['non-renewal 6 months']);
  });

  it("ending a party's part in something else is still no convenience", () => {
    expect(
      scored('Any Member may cancel its participation in the trade fair at any time upon thirty (30) days notice.'),
    ).toEqual([]);
  });
});

describe("in an inline list, a cause in one item is that item's", () => {
  it('reads the item that is a right at will', () => {
    expect(
      scored(
        'This Agreement may be terminated by the Licensee by written notice to the Licensor (a) at any time upon four (4) months prior written notice, or (b) for default by the Licensor in paying the royalties.',
      ),
    ).toEqual(['termination-convenience 4 months']);
  });

  it('a cause in the lead-in or in the same item still blocks it', () => {
    expect(
      scored(
        'Upon a default by the Licensor, this Agreement may be terminated by the Licensee (a) at any time upon four (4) months prior written notice, or (b) by agreement.',
      ),
    ).not.toContain('termination-convenience 4 months');
    expect(
      scored(
        'This Agreement may be terminated by the Licensee (a) at any time after a default by the Licensor upon four (4) months prior written notice, or (b) by agreement.',
      ),
    ).not.toContain('termination-convenience 4 months');
  });
});

describe('"continue in full force and effect thereafter until terminated" is a continuing term', () => {
  it('reads the notice that ends the continuation as non-renewal', () => {
    expect(
      scored(
        'This Contract shall run until the end of the fifth Season, and shall continue in full force and effect thereafter until terminated by either party giving sixty (60) days prior written notice of termination.',
      ),
    ).toEqual(['non-renewal 60 days']);
  });

  it('look-alike: a term with a fixed end and a right at any time is no continuation', () => {
    expect(
      scored(
        'This Contract shall remain in full force and effect for five years, and either party may terminate it at any time by giving sixty (60) days prior written notice.',
      ),
    ).not.toContain('non-renewal 60 days');
  });
});

describe('the notice in the escape from a renewal the same sentence states (noticeInRenewalEscape)', () => {
  it.each([
    [
      'This Agreement shall be renewed for another year unless either party gives ninety (90) days’ prior written notice.',
      '90 days',
    ],
    [
      'The Licence shall renew for like periods unless either party gives the other three (3) months’ written notice.',
      '3 months',
    ],
    [
      'The Term shall renew annually unless either Party gives written notice of termination forty-five (45) days prior.',
      '45 days',
    ],
    [
      'This Contract shall be extended for one (1) year at a time unless either party notifies the other sixty (60) days in advance.',
      '60 days',
    ],
    [
      'The Agreement will be prolonged for a further year, and so on, unless a party gives not less than four (4) months’ notice.',
      '4 months',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`non-renewal ${period}`]);
  });

  it('names the rule', () => {
    const doc = docFromText(
      'This Agreement shall be renewed for another year unless either party gives ninety (90) days’ prior written notice.',
    );
    expect(extractNotices(doc).map((f) => f.rule)).toEqual(['notices/noticeInRenewalEscape']);
  });

  it.each([
    // A termination for convenience, for a breach, or an early end in the escape is no stop of the renewal.
    'This Agreement shall be renewed for another year unless either party terminates it for convenience upon thirty (30) days’ prior written notice.',
    'This Agreement shall be renewed for another year unless terminated by either party for material breach upon thirty (30) days’ prior written notice.',
    'This Agreement shall be renewed for another year unless sooner terminated by either party upon thirty (30) days’ prior written notice.',
    'This Agreement shall be renewed for another year unless either party may terminate upon thirty (30) days’ prior written notice.',
    // A price change or a payment in the escape.
    'The subscription shall be renewed for another year unless the Vendor increases its fees, in which case it shall give sixty (60) days’ prior written notice.',
    'This Agreement shall be renewed for another year unless the Customer fails to pay the renewal fee thirty (30) days in advance.',
    // The notice asks for the renewal, or something other than the term is extended.
    'This Agreement shall not be extended unless either party gives ninety (90) days’ prior written notice requesting an extension.',
    'This Agreement shall be renewed for another year unless either party gives notice to renew it sixty (60) days in advance.',
    'The delivery date shall be extended by ten days unless the Buyer gives thirty (30) days’ prior written notice of objection.',
  ])('look-alike: %s', (text) => {
    expect(scored(text).filter((s) => s.startsWith('non-renewal'))).toEqual([]);
  });

  it('a convenience right in the escape is still read as convenience', () => {
    expect(
      scored(
        'This Agreement shall be renewed for another year unless either party terminates it for convenience upon thirty (30) days’ prior written notice.',
      ),
    ).toEqual(['termination-convenience 30 days']);
  });
});

describe('an extension for further periods is a continuation like a renewal', () => {
  it('reads the notice before the end of the period, in the sentence or in the one after', () => {
    expect(
      scored(
        'The Contract shall be extended for successive periods of one year each, unless notice to the contrary is given by either party six (6) months before the end of the respective period.',
      ),
    ).toEqual(['non-renewal 6 months']);
    expect(
      scored(
        'The Licence is extended for further periods of two years unless either party objects. Such notice shall be given in writing at least four (4) months before the end of the current period.',
      ),
    ).toEqual(['non-renewal 4 months']);
  });

  it('look-alike: a notice of a breach inside the extension sentence stops no renewal', () => {
    expect(
      scored(
        'This Licence shall be extended for one further year unless the Licensor, having given the Licensee sixty (60) days’ notice of a breach, terminates it.',
      ).filter((s) => s.startsWith('non-renewal')),
    ).toEqual([]);
  });
});

describe('a termination right granted by a list’s lead-in, at the end of the term (noticeBeforeEndOfTerm)', () => {
  const RENEWS = 'The Initial Term is three years, followed by successive Renewal Terms of one year.\n';

  it('reads the item that ends the term at its end', () => {
    const text = `${RENEWS}Either party may terminate this Agreement as follows:\n(a) at the end of the Initial Term or any Renewal Term by giving at least ninety (90) days’ written notice to the other party;\n(b) if the other party becomes insolvent.`;
    expect(scored(text)).toEqual(['non-renewal 90 days']);
  });

  it('look-alikes: an item at any time is convenience, and a lead-in that grants no termination gives none', () => {
    const atWill = `${RENEWS}Either party may terminate this Agreement as follows:\n(a) at any time by giving at least ninety (90) days’ written notice to the other party;\n(b) if the other party becomes insolvent.`;
    expect(scored(atWill)).toEqual(['termination-convenience 90 days']);
    const reports = `${RENEWS}The Distributor shall provide the following reports:\n(a) at the end of each term, a sales forecast at least sixty (60) days in advance.`;
    expect(scored(reports)).toEqual([]);
  });
});

describe('a renewal only on request: the notice asks for the renewal and stops none', () => {
  it.each([
    'This Agreement shall not be renewed unless either party gives ninety (90) days’ prior written notice requesting a renewal.',
    'This Licence will not renew automatically unless the Licensee gives sixty (60) days’ notice before the end of the term that it wishes to renew.',
  ])('look-alike: %s', (text) => {
    expect(scored(text).filter((s) => s.startsWith('non-renewal'))).toEqual([]);
  });

  it('"shall not be renewed" inside the notice of an automatic renewal is still a non-renewal notice', () => {
    expect(
      scored(
        'This Agreement shall automatically renew unless either party gives written notice that the Agreement shall not be renewed at least ninety (90) days before expiry.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });
});

describe('a period the filing withholds ("[***] prior to the expiry") is a non-renewal notice without a figure', () => {
  /** The notices with their (possibly null) amount and unit. */
  function withheld(text: string): string[] {
    return extractNotices(docFromText(text))
      .filter((f) => f.value.amount === null)
      .map((f) => `${f.value.kind} ${f.value.unit}`);
  }

  it.each([
    [
      'Upon expiry of the Initial Term, this Agreement shall renew for successive periods of one year unless a notice of non-renewal is given by either Party [***] prior to the expiry of the then-current term.',
      'non-renewal null',
    ],
    [
      'Thereafter this Licence shall automatically renew for one-year terms unless either party gives written notice of non-renewal at least [***] ([***]) days prior to the end of the applicable term.',
      'non-renewal days',
    ],
    [
      'The Supply Term renews for successive two-year periods unless either party notifies the other in writing of its intention not to renew no later than [Redacted] before the end of the then-current period.',
      'non-renewal null',
    ],
  ])('%s', (text, expected) => {
    expect(withheld(text)).toEqual([expected]);
  });

  it('names the rule that read the wording, and quotes the sentence', () => {
    const text =
      'This Agreement renews for successive one-year terms unless either party gives notice of non-renewal [*****] before the end of the then-current term.';
    const [f] = extractNotices(docFromText(text));
    expect(f?.value).toEqual({ kind: 'non-renewal', amount: null, unit: null });
    expect(f?.rule).toBe('notices/nonRenewalBeforeTermEnd');
    // Normalizing reads the asterisks as emphasis marks and keeps one: the mark is still quoted.
    expect(f?.quote).toMatch(/\[\*+\] before the end/);
  });

  it.each([
    // An insurer's notice, a payment, a price change, a cure period: no withheld notice.
    'The Supplier shall maintain insurance and give the Buyer [***] prior written notice of cancellation, non-renewal or material change of the policy.',
    'The renewal fee shall be due [***] prior to the renewal date, and the Agreement renews automatically for successive one-year terms.',
    'The Supplier may increase its prices for any renewal term upon [***] prior written notice before the renewal date.',
    'If either party materially breaches this Agreement and fails to cure the breach within [***] after notice, the other party may terminate it.',
    // A withheld term length is no notice.
    'This Agreement shall automatically renew for additional periods of [***] each.',
  ])('look-alike: %s', (text) => {
    expect(withheld(text)).toEqual([]);
  });
});

describe('a withheld period of a right to terminate at will that the clause grants', () => {
  function withheld(text: string): string[] {
    return extractNotices(docFromText(text))
      .filter((f) => f.value.amount === null)
      .map((f) => `${f.value.kind} ${f.value.unit}`);
  }

  it.each([
    [
      'Either party may terminate this Agreement without cause upon [***] prior written notice to the other party.',
      'null',
    ],
    [
      'The Licensee may at any time terminate this Licence in its entirety upon [***] months’ prior written notice.',
      'months',
    ],
    ['The Reseller shall have the right to terminate this Agreement for convenience on [*****] days notice.', 'days'],
  ])('%s', (text, unit) => {
    expect(withheld(text)).toEqual([`termination-convenience ${unit}`]);
  });

  it.each([
    // An obligation triggered at any time by the other side's notice, after termination: no right granted.
    'The Distributor shall stop all promotion upon [***] written notice from the Supplier at any time after the effective date of termination.',
    // A cure period before a termination for breach.
    'Either party may terminate this Agreement if the other party fails to cure a material breach within [***] after notice.',
  ])('look-alike: %s', (text) => {
    expect(withheld(text)).toEqual([]);
  });
});

describe('a right with an aside between "may" and the verb, and "this Agreement may be cancelled"', () => {
  it.each([
    [
      'The Licensee may, at its option, terminate this Agreement by giving ninety (90) days prior written notice to the Licensor.',
      '90 days',
    ],
    ['Either party may, upon sixty (60) days’ written notice, terminate this Agreement.', '60 days'],
    ['This Agreement may be cancelled by either party upon sixty (60) days prior written notice.', '60 days'],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // The aside is a condition.
    'Either party may, if the other party becomes insolvent, terminate this Agreement upon thirty (30) days’ written notice.',
    // A booking, not the agreement, is cancelled.
    'A reservation may be cancelled by the Customer up to thirty (30) days before the event.',
    // Cancelled for a payment failure.
    'This Agreement may be cancelled by either party upon sixty (60) days’ notice if the other party fails to pay any amount when due.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).not.toContain('termination-convenience 30 days');
    expect(scored(text)).not.toContain('termination-convenience 60 days');
  });
});

describe('"for whatever reason" is no reason at all', () => {
  it('reads the right as convenience', () => {
    expect(
      scored(
        'Either party may terminate this Agreement by ninety (90) days prior written notice, for whatever reason.',
      ),
    ).toEqual(['termination-convenience 90 days']);
  });

  it('look-alike: a named reason conditions the right', () => {
    expect(
      scored('The Licensee may terminate this Agreement for technical reasons upon thirty (30) days’ notice.'),
    ).toEqual([]);
  });
});

describe('a lock-in for a time, with its exceptions, is no condition on the right after it', () => {
  it('reads the right', () => {
    expect(
      scored(
        'Either party may terminate this Agreement upon ninety (90) days’ notice, provided that the Distributor agrees not to terminate this Agreement before the second anniversary of the Effective Date unless the Supplier fails to deliver the Products.',
      ),
    ).toEqual(['termination-convenience 90 days']);
  });

  it.each([
    // No time: the right exists only in the exception.
    'The Licensee may terminate this Agreement upon sixty (60) days’ notice, provided that the Licensee shall not terminate unless the Licensor fails to meet the minimum quantities.',
    // A condition, not a time, in the proviso.
    'Either party may terminate this Agreement upon sixty (60) days’ notice, provided, however, that neither party shall terminate this Agreement if the other party cures before the end of the notice period.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('mayTerminateWithinDaysOfItsNotice: the period runs from the termination’s own notice', () => {
  it('reads the right', () => {
    expect(
      scored(
        'The Parties may terminate this Agreement within sixty (60) days of receipt by the other Party of a written notice of termination.',
      ),
    ).toEqual(['termination-convenience 60 days']);
  });

  it.each([
    // A right to leave in answer to a price increase.
    'Licensee may terminate this Agreement within thirty (30) days of receipt of notice of a price increase.',
    // A duty after the notice, no right to terminate.
    'The Licensor shall return all materials within thirty (30) days of receipt of the notice of termination.',
    // A payment term.
    'Invoices are payable within thirty (30) days of receipt of the notice of termination.',
    // A right for breach.
    'Either party may terminate this Agreement within thirty (30) days of receipt of notice of termination if the other party breaches Section 4.',
    // Insolvency.
    'The Supplier may terminate this Agreement within thirty (30) days of receipt of written notice of termination where the Distributor becomes insolvent.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('an inline list continued after a page footer keeps its lead-in', () => {
  const LEAD =
    '7.2 Termination by the Licensee. The Licensee shall have the right to terminate this Agreement: (a) upon written notice if the Licensor fails to obtain the approval by the second anniversary of the Effective Date; and';

  it('reads the later item under the lead-in', () => {
    expect(
      scored(
        `${LEAD}\n\n-12-\n\n(b) at any time, for any reason, upon ninety (90) days’ written notice to the Licensor.`,
      ),
    ).toEqual(['termination-convenience 90 days']);
  });

  it('look-alike: a lead-in with a condition (insolvency) conditions the item', () => {
    expect(
      scored(
        '7.2 Termination. Either party may terminate this Agreement immediately upon written notice if the other party: (a) becomes insolvent or makes an assignment for the benefit of creditors; or\n\n-12-\n\n(b) at any time ceases to carry on business, on thirty (30) days’ notice.',
      ),
    ).toEqual([]);
  });

  it('look-alike: a lead-in of duties grants no right to terminate', () => {
    expect(
      scored(
        '7.2 Duties. The Distributor shall: (a) keep records of all sales of the Products; and\n\n-12-\n\n(b) at any time, for any reason, give the Supplier thirty (30) days’ written notice of any change of its address.',
      ),
    ).toEqual([]);
  });

  it('grows linearly with long sentences before the later items (doubling ratio)', () => {
    // Long segments each followed by a footer and a later item: the look-back for the lead-in must not
    // rescan a long segment for every place a lead-in could start. The shared measure interleaves the two sizes
    // and keeps the best of several attempts, so a busy second core does not fail a linear path.
    const block = `The Licensee shall have the right to terminate this Agreement ${'in whole or in part, and '.repeat(100)}: (a) upon written notice; and\n\n-12-\n\n(b) at any time, for any reason, upon ninety (90) days’ written notice.`;
    const ratio = doublingRatio(
      (n) => docFromText(Array.from({ length: n }, () => block).join('\n\n')),
      (doc) => extractNotices(doc),
      40,
    );
    expect(ratio).toBeLessThan(LINEAR_RATIO);
  });

  it('a full paragraph between the two pieces ends the list', () => {
    expect(
      scored(
        `${LEAD}\n\nThe Licensor shall keep the Licensee informed of the status of every application for approval filed in any country of the Territory, and shall answer its questions promptly.\n\n(b) at any time, for any reason, upon ninety (90) days’ written notice to the Licensor.`,
      ),
    ).toEqual([]);
  });
});

describe('more ways of granting a right to end the agreement on notice', () => {
  it.each([
    ['Licensee may discontinue this Agreement at any time upon sixty days written notice.', '60 days'],
    ['This Agreement shall continue until terminated by either party on ninety (90) days’ written notice.', '90 days'],
    ['This Agreement is terminable by either party on ninety (90) days’ written notice.', '90 days'],
    ['Either party shall be free to terminate this Agreement upon three months’ notice.', '3 months'],
    ['Either party may give ninety (90) days written notice to terminate this Agreement.', '90 days'],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // A product, not the agreement, is discontinued.
    'The Supplier may discontinue the Product upon ninety (90) days’ notice.',
    // Breach.
    'Either party may give thirty (30) days’ notice to terminate this Agreement if the other party breaches Section 4.',
    'This Agreement is terminable by either party upon thirty (30) days’ notice in the event of a material breach.',
    // Insolvency.
    'Either party shall be free to terminate this Agreement upon thirty (30) days’ notice if the other party becomes insolvent.',
    // A payment term.
    'The Licensee shall continue to pay the fees within thirty (30) days of each invoice until the Agreement is terminated.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });

  it('look-alike: a term that renews until terminated is a renewal notice', () => {
    expect(
      scored(
        'This Agreement shall continue for successive one-year terms until terminated by either party upon ninety (90) days’ notice.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });
});

describe('bareRightInPrevious: a right with no condition, its period in the next sentence', () => {
  it.each([
    'Either party may terminate this Agreement upon written notice to the other party. Termination shall become effective ninety (90) days after receipt of the notice.',
    'Either party may terminate this Agreement upon written notice to the other party. The notice period shall be ninety (90) days.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 90 days']);
  });

  it.each([
    // Breach, insolvency: the right before is conditional.
    'Either party may terminate this Agreement upon written notice if the other party breaches. Termination shall become effective thirty (30) days after receipt of the notice.',
    'Either party may terminate this Agreement upon written notice if the other party becomes insolvent. Such termination shall be effective thirty (30) days after the notice.',
    // A payment after the notice.
    'The Licensee may terminate this Agreement upon written notice. The termination fee shall be paid within thirty (30) days after the notice.',
    // A right for cause under its heading.
    'Termination for Cause\nEither party may terminate this Agreement upon written notice. Such termination shall be effective thirty (30) days after the notice.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('bareRightInListItem: the lead-in grants the right, the item is a bare notice', () => {
  it.each([
    '12.2 Termination. This Agreement may be terminated as follows:\n(a) by mutual written agreement of the parties;\n(b) by either party upon ninety (90) days’ written notice to the other party;\n(c) by either party if the other party materially breaches this Agreement and fails to cure such breach within thirty (30) days after notice.',
    'The Licensee may terminate this Agreement in the following circumstances:\n(i) upon ninety (90) days’ written notice to the Licensor;\n(ii) immediately, if the Licensor becomes insolvent.',
    'This Agreement may be terminated as follows: (a) by mutual agreement of the parties; (b) by either party upon ninety (90) days’ written notice to the other party; (c) by either party if the other party breaches and fails to cure within thirty (30) days.',
  ])('%s', (text) => {
    expect(scored(text)).toContain('termination-convenience 90 days');
    expect(scored(text)).not.toContain('termination-convenience 30 days');
  });

  it.each([
    // Insolvency and assignment in the lead-in.
    'Either party may terminate this Agreement if the other party:\n(a) becomes insolvent, upon ten (10) days’ written notice;\n(b) assigns this Agreement without consent, upon thirty (30) days’ written notice.',
    // Non-payment, a change of control in the items.
    'This Agreement may be terminated by the Supplier:\n(a) upon thirty (30) days’ written notice, if the Distributor fails to pay any invoice when due;\n(b) upon sixty (60) days’ written notice, following a change of control of the Distributor.',
    // Breach in the heading.
    'Termination for Breach\nEither party may terminate this Agreement as follows:\n(a) upon thirty (30) days’ written notice to the other party.',
    // A price increase, no termination.
    'The Supplier may increase its prices as follows:\n(a) upon sixty (60) days’ prior written notice to the Buyer;\n(b) once in each calendar year.',
  ])('look-alike: %s', (text) => {
    expect(scored(text).filter((s) => s.startsWith('termination-convenience') || s.startsWith('non-renewal'))).toEqual(
      [],
    );
  });

  it('a lead-in listing how the agreement ends, whose item names who ends it on notice', () => {
    const text =
      '9.2 The Agreement shall terminate:\n(a) by mutual written agreement of the parties;\n(b) by either party on sixty (60) days’ written notice;\n(c) by the Provider on thirty (30) days’ notice if the Customer fails to pay any invoice.';
    expect(scored(text)).toContain('termination-convenience 60 days');
    expect(scored(text)).not.toContain('termination-convenience 30 days');
    // Look-alikes: the same lead-in over a breach, and a lead-in that lists events, not who ends the agreement.
    expect(
      scored(
        'The Agreement shall terminate:\n(a) by either party upon thirty (30) days’ notice of a material breach that remains uncured.',
      ).filter((x) => x.startsWith('termination-convenience')),
    ).toEqual([]);
    expect(
      scored(
        'The Agreement shall terminate:\n(a) sixty (60) days after the Customer’s last payment;\n(b) upon the insolvency of either party.',
      ).filter((x) => x.startsWith('termination-convenience')),
    ).toEqual([]);
  });

  it('look-alike: a notice before the renewal date under the lead-in stays a renewal notice', () => {
    expect(
      scored(
        'This Agreement renews automatically for one-year terms. At the end of any term, this Agreement may be terminated:\n(a) by either party upon ninety (90) days’ notice prior to the renewal date.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });
});

describe('"unless otherwise provided" defers to another document; it conditions no right', () => {
  it.each([
    'Either party may terminate this Agreement on thirty (30) days written notice to the other, unless otherwise provided in a Statement of Work.',
    'Unless otherwise agreed in writing, either party may terminate this Agreement upon thirty (30) days’ written notice.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 30 days']);
  });

  it.each([
    // A real "unless" about a cure.
    'Either party may terminate this Agreement on thirty (30) days written notice to the other unless the other party has cured its breach.',
    // Insolvency after the saving phrase.
    'Either party may terminate this Agreement on thirty (30) days written notice, unless otherwise agreed, if the other party becomes insolvent.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).not.toContain('termination-convenience 30 days');
  });
});

describe('how the notice is delivered and when its period ends are no conditions on the right', () => {
  it.each([
    [
      'Either party may terminate this Agreement upon ninety (90) days’ written notice delivered in accordance with Section 15.',
      '90 days',
    ],
    [
      'Either party may terminate this Agreement upon sixty (60) days’ prior written notice given pursuant to Section 14 (Notices).',
      '60 days',
    ],
    [
      'Either party may terminate this Agreement upon ninety (90) days’ written notice, and this Agreement shall expire at the end of such notice period.',
      '90 days',
    ],
    [
      'Either party may terminate this Agreement, effective upon the expiration of a ninety (90) day notice period, by written notice to the other party.',
      '90 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // A section named after a cause keeps its name.
    'Either party may terminate this Agreement upon thirty (30) days’ written notice in accordance with Section 12.3 (Termination for Breach).',
    // The right itself is under a breach section.
    'Either party may terminate this Agreement pursuant to Section 9 (Breach) upon thirty (30) days’ written notice.',
    // A condition beside the delivery.
    'Either party may terminate this Agreement upon thirty (30) days’ written notice given pursuant to Section 14.2 if the other party becomes insolvent.',
    // The term's expiry, not the notice period's: a renewal notice.
    'This Agreement renews automatically for one-year terms unless either party gives thirty (30) days’ written notice before the expiration of the then-current term.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).not.toContain('termination-convenience 30 days');
  });
});

describe('wishToTerminateOnNotice: a party’s own wish is no condition on the right', () => {
  it.each([
    [
      'Should either party wish to terminate this Agreement, it shall give the other party ninety (90) days’ written notice.',
      '90 days',
    ],
    [
      'In the event that the Distributor desires to terminate this Agreement, the Distributor shall provide the Company with one hundred eighty (180) days’ prior written notice.',
      '180 days',
    ],
    [
      'If the Licensee decides to terminate this Agreement, it must notify the Licensor in writing at least three (3) months in advance.',
      '3 months',
    ],
    ['Either party may, if it so desires, terminate this Agreement upon ninety (90) days’ written notice.', '90 days'],
    [
      'Either party may terminate this Agreement at any time during the Initial Term or any Renewal Term upon ninety (90) days’ written notice.',
      '90 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // Breach, insolvency beside the wish.
    'If either party wishes to terminate this Agreement for breach, it shall give the other party thirty (30) days’ written notice.',
    'If either party wishes to terminate this Agreement because the other party has become insolvent, it shall give thirty (30) days’ notice.',
    // A wish to change the services, not to terminate.
    'If the Customer wishes to change the Services, it shall give the Supplier thirty (30) days’ written notice.',
    // A payment after the wish.
    'If either party wishes to terminate this Agreement, the Supplier shall refund any prepaid fees within thirty (30) days.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });

  it('look-alike: the wish to end at the end of a renewing term is a renewal notice', () => {
    expect(
      scored(
        'This Agreement renews automatically for successive one-year terms. If the Customer wishes to terminate this Agreement at the end of the then-current term, it shall give ninety (90) days’ notice before the expiry of that term.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });
});

describe('words of a condition that condition nothing', () => {
  it.each([
    'Either party may terminate this Agreement upon ninety (90) days’ prior written notice to the other party, and such termination shall not be deemed a breach of this Agreement.',
    'Either party may terminate this Agreement by providing the other party with ninety (90) days’ prior written notice, and the parties shall cooperate to wind down the Services where reasonably practicable.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 90 days']);
  });

  it.each([
    'Either party may terminate this Agreement upon thirty (30) days’ notice if any payment remains unpaid.',
    'Either party may terminate this Agreement upon thirty (30) days’ notice, where the other party has breached this Agreement.',
    'Either party may terminate this Agreement upon thirty (30) days’ notice if the other party becomes insolvent.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).not.toContain('termination-convenience 30 days');
  });
});

describe('the expiry of the notice period itself is no expiry of the term', () => {
  it.each([
    [
      'Either party may terminate this Agreement upon the expiration of ninety (90) days from the date of written notice to the other party.',
      '90 days',
    ],
    [
      'Either party may terminate this Agreement, such termination to be effective upon the lapse of sixty (60) days following the giving of written notice.',
      '60 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // The term's expiry: no right at will.
    'Either party may terminate this Agreement upon the expiration of the Initial Term by giving ninety (90) days’ written notice.',
    // A cure period that expires.
    'Either party may terminate this Agreement upon the expiration of thirty (30) days after written notice of a material breach that remains uncured.',
  ])('look-alike: %s', (text) => {
    expect(scored(text).filter((s) => s.startsWith('termination-convenience'))).toEqual([]);
  });
});

describe('"pursuant to this Section" is the right’s own section, no condition', () => {
  it.each([
    [
      'Either party may terminate this Agreement for convenience upon written notice. Any termination pursuant to this Section 12.2 shall be effective ninety (90) days after such notice.',
      '90 days',
    ],
    [
      'Either party may terminate this Agreement pursuant to this Section 12.2 upon ninety (90) days’ written notice to the other party.',
      '90 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // A breach beside the self-reference.
    'Either party may terminate this Agreement pursuant to this Section 12.2 upon thirty (30) days’ written notice if the other party materially breaches.',
    // Another section may be a right for cause.
    'Either party may terminate this Agreement pursuant to Section 12.3 upon thirty (30) days’ written notice.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('the right’s own exercise is no condition on it', () => {
  it.each([
    'Either party may terminate this Agreement upon ninety (90) days’ written notice to the other; provided, however, that if Licensee so terminates, Licensee shall pay the fees accrued to the date of termination.',
    'Either party may terminate this Agreement upon ninety (90) days’ written notice to the other party, and in the event of such termination, the Distributor shall return all Products.',
  ])('%s', (text) => {
    expect(scored(text)).toEqual(['termination-convenience 90 days']);
  });

  it.each([
    // Another termination is the condition.
    'Either party may terminate this Agreement upon thirty (30) days’ notice if the other party terminates its supply agreement.',
    // Insolvency is the event.
    'Either party may terminate this Agreement upon thirty (30) days’ notice in the event of the other party’s insolvency.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('a wish in the participle, a right after a time window or another act, and "notice of impending termination"', () => {
  it.each([
    [
      'Either party wishing to terminate the Agreement must give written notice to the other party at least forty-five (45) days prior to the desired date of termination.',
      'termination-convenience 45 days',
    ],
    [
      'Publisher retains the right at all times during the Term to discontinue the Program and to terminate this Agreement on at least sixty (60) days’ prior notice without any liability.',
      'termination-convenience 60 days',
    ],
    [
      'Either party may terminate this Agreement at any time upon ninety (90) days’ prior written notice of impending termination.',
      'termination-convenience 90 days',
    ],
  ])('%s', (text, expected) => {
    expect(scored(text)).toEqual([expected]);
  });

  it.each([
    // The wish is to end for a breach; the other act is conditional; the notice is of something else.
    'A party wishing to terminate the Agreement for the other party’s material breach must give thirty (30) days’ written notice of the breach.',
    'Publisher retains the right to change the Program and to terminate this Agreement on sixty (60) days’ notice if the Program is discontinued.',
    'Either party may terminate this Agreement at any time upon ninety (90) days’ prior written notice of its intended sale of the business.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).not.toContain(expect.stringMatching(/^termination-convenience/));
  });
});

describe('a reminder that the term renews is no notice that stops it', () => {
  it('reads a renewal notice the vendor sends as no non-renewal notice', () => {
    expect(
      scored(
        'Unless this Agreement has been terminated earlier, Licensor shall send Licensee a written renewal notice at least six (6) months prior to the expiration of the Initial Term.',
      ),
    ).toEqual([]);
    expect(
      scored(
        'We will send you a reminder of the upcoming renewal at least 30 days before the end of your subscription term.',
      ),
    ).toEqual([]);
  });

  it('look-alike: a notice of non-renewal before the end of the term stays one', () => {
    expect(
      scored(
        'This Agreement renews for successive one-year terms; either party may give a written notice of non-renewal at least ninety (90) days prior to the expiration of the then-current term.',
      ),
    ).toEqual(['non-renewal 90 days']);
  });
});

describe('a bare claim counted from the end of the month or the outage (claimAfterMonthOrOutage)', () => {
  it('reads an SLA claims clause that names no credit', () => {
    expect(scored('Customer must submit a claim within ten (10) days of the outage.')).toEqual([
      'credit-claim 10 days',
    ]);
  });

  it('reads the end of the affected month as the month counted from', () => {
    expect(
      scored('The Client must submit a claim within three (3) weeks after the end of the affected month.'),
    ).toEqual(['credit-claim 3 weeks']);
  });

  it('look-alikes: a claim for damages, a notification of a security incident', () => {
    expect(
      scored('Claims for damages arising from an incident must be submitted within one (1) year after the incident.'),
    ).toEqual([]);
    expect(scored('Customer must notify us of any security incident within 24 hours of the incident.')).toEqual([]);
  });
});

describe('a period of one unit written with the article ("a month\'s notice")', () => {
  it('reads it as one unit', () => {
    expect(scored("Either party may terminate this Agreement on a month's written notice.")).toEqual([
      'termination-convenience 1 months',
    ]);
    expect(scored("We will give you at least a month's notice before any price increase.")).toEqual([
      'price-change 1 months',
    ]);
  });

  it('look-alike: an invoice issued a month in advance is no notice', () => {
    expect(scored('Invoices are issued a month in advance of each billing period.')).toEqual([]);
  });
});

describe('a grace period during which the customer can export is the export window', () => {
  it('reads "enters a 14-day grace period during which you can … export your files"', () => {
    expect(
      scored(
        'When the plan expires, your workspace enters a 21-day grace period during which you can reactivate the plan or export your files.',
      ),
    ).toEqual(['data-export 21 days']);
  });

  it('look-alikes: a grace period to renew, a period in which the vendor deletes', () => {
    expect(
      scored(
        'When the plan expires, your account enters a 21-day grace period during which you can renew at the old price.',
      ),
    ).toEqual([]);
    expect(scored('After termination there is a 30-day period during which we may delete your files.')).toEqual([]);
  });
});

describe('what is still owed after a termination without liability is no condition on the right', () => {
  it.each([
    [
      'The Publisher retains the right at all times to withdraw the Catalogue and to terminate this Agreement on at least sixty (60) days’ prior notice without any liability to Distributor, other than amounts accrued prior to such termination, including amounts due pursuant to Section 5(c).',
      '60 days',
    ],
    [
      'Buyer may terminate this Agreement on forty-five (45) days’ written notice without penalty, except for fees due before the expiry of the notice.',
      '45 days',
    ],
  ])('%s', (text, period) => {
    expect(scored(text)).toEqual([`termination-convenience ${period}`]);
  });

  it.each([
    // A condition after the amounts owed still conditions the right.
    'Buyer may terminate this Agreement on forty-five (45) days’ notice without any liability, other than amounts owed, if Seller fails to deliver.',
    // A condition with no amounts owed before it.
    'Buyer may terminate this Agreement on forty-five (45) days’ notice without penalty, except if Seller has breached Section 4.',
  ])('look-alike: %s', (text) => {
    expect(scored(text)).toEqual([]);
  });
});

describe('a right to terminate "at will" is a termination for convenience', () => {
  it('reads "may terminate this Agreement at will upon … notice", even after the first term and with the period withheld', () => {
    expect(
      scored(
        'At any time following the end of the Exclusivity Period, the Reseller may terminate this Agreement at will upon sixty (60) days prior written notice.',
      ),
    ).toEqual(['termination-convenience 60 days']);
    expect(
      read(
        'At any time following the expiration of the Launch Term, the Licensee may terminate this Agreement at will upon [***] prior written notice to Licensor.',
      ),
    ).toEqual(['termination-convenience null null']);
  });

  it('look-alike: "at will" after the period, of something else, leaves a conditional right conditional', () => {
    expect(
      scored(
        'Either party may terminate this Agreement upon thirty (30) days notice if the other party becomes insolvent; neither party is the other’s employee at will.',
      ),
    ).toEqual([]);
  });
});

describe('tariffs are prices (telecom and utility terms)', () => {
  it('reads "may revise its tariffs by giving thirty (30) days\' prior notice" as a price change', () => {
    expect(scored("Qurbat Fibre may revise its tariffs by giving thirty (30) days' prior notice by SMS.")).toEqual([
      'price-change 30 days',
    ]);
  });

  it('look-alike: notice of a tariff published by a regulator, with no change, is no price change', () => {
    expect(
      scored('The Subscriber may inspect the tariffs at any time on thirty (30) days request to the office.'),
    ).toEqual([]);
  });
});

describe('a claim window under a heading that names the claim (claimAfterMonthOrOutage)', () => {
  const under = (heading: string, sentence: string) => {
    const doc = docFromText(`# Availability SLA\n\n## ${heading}\n\n${sentence}`);
    return extractNotices(doc)
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind} ${f.value.amount} ${f.value.unit}`);
  };

  it('reads "Email support within 30 days of the end of the month …" under "How to claim"', () => {
    expect(
      under(
        'How to claim',
        'Email our billing team within 20 days of the end of the month in which the outage occurred.',
      ),
    ).toEqual(['credit-claim 20 days']);
  });

  it('look-alike: the same instruction under a heading about something else is no claim window', () => {
    expect(
      under(
        'Outage reports',
        'Email our billing team within 20 days of the end of the month in which the outage occurred.',
      ),
    ).toEqual([]);
  });
});

describe('notices: a right on listed events, and a right for a change of control, are no convenience', () => {
  it('the lead-in of an inline list runs to "(1)", past the gloss "ten (10)": its condition holds every item', () => {
    const text =
      'B. The Talent shall have the right to terminate this Agreement upon ten (10) days prior written notice to the Company in the event of the occurrence of any of the following: (1) the Company becomes insolvent; or (2) the Company fails to pay the fees within ten (10) days following the due date, provided that the Talent notifies the Company in writing and payment is not made within three (3) days following such notification; or (3) the Company breaches this Agreement.';
    expect(kindAmounts(text).filter(([k]) => k === 'termination-convenience')).toEqual([]);
  });
  it('look-alike: a bare item under a lead-in that grants the right still is convenience', () => {
    const text =
      'This Agreement may be terminated: (a) by mutual written agreement; (b) by either party upon thirty (30) days prior written notice; or (c) by either party if the other party materially breaches this Agreement.';
    expect(kindAmounts(text)).toContainEqual(['termination-convenience', 30]);
  });
  it('"may terminate this Agreement upon 60 days notice for a Change of Control" is no convenience', () => {
    expect(
      kindAmounts(
        'The Distributor may terminate this Agreement upon 60 days notice for a Change of Control of the Supplier.',
      ),
    ).not.toContainEqual(['termination-convenience', 60]);
    expect(
      kindAmounts('The Distributor may terminate this Agreement upon 60 days notice to the Supplier.'),
    ).toContainEqual(['termination-convenience', 60]);
  });
});

describe('notices: a right at will to end a sub-instrument made under the agreement is no convenience termination of it', () => {
  it('"… shall stipulate that the Company may terminate the subagency at any time without cause upon 90 days notice"', () => {
    expect(
      kindAmounts(
        'All such appointments by the Agent shall stipulate that the Company may terminate the subagency at any time without cause upon at least 90 days notice.',
      ),
    ).not.toContainEqual(['termination-convenience', 90]);
  });
  it('look-alike: the same right over this Agreement is', () => {
    expect(
      kindAmounts('The Company may terminate this Agreement at any time without cause upon at least 90 days notice.'),
    ).toContainEqual(['termination-convenience', 90]);
  });
});

describe("notices: a notice that exercises an option to extend, or counts to another period's end, is no non-renewal notice", () => {
  it('"may, by written notice given at least thirty (30) days prior to the end of the then-current term, extend the term"', () => {
    expect(
      kindAmounts(
        "After the Initial Term, this Agreement shall continue automatically for successive one-year periods. Without prejudice to either party's right to terminate, the Supplier may, by written notice to the Distributor, given at least thirty (30) days prior to the end of the then-current term of the Agreement, extend the term of the Agreement for a further year.",
      ),
    ).not.toContainEqual(['non-renewal', 30]);
  });
  it('"… at least twelve (12) months prior to the expiration of the Force Majeure Period"', () => {
    expect(
      kindAmounts(
        'This Agreement shall continue automatically for successive one-year periods. Either Party may terminate this Agreement, but only upon delivery to the other Party of a notice at least twelve (12) months prior to the expiration of the Force Majeure Period.',
      ),
    ).not.toContainEqual(['non-renewal', 12]);
  });
  it('look-alikes: automatic renewal stopped by notice before the end of the term still is', () => {
    expect(
      kindAmounts(
        'This Agreement shall automatically renew for one year unless either party gives notice at least thirty (30) days prior to the end of the then-current term.',
      ),
    ).toContainEqual(['non-renewal', 30]);
    expect(
      kindAmounts(
        'The Distributor may renew this Agreement for a further year unless the Supplier gives notice of non-renewal at least 30 days prior to the end of the term.',
      ),
    ).toContainEqual(['non-renewal', 30]);
  });
});
