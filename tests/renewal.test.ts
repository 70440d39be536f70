import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractRenewal } from '../extractors/renewal';
import type { Renewal } from '../extractors/types';

function renewal(text: string): Renewal | null {
  const doc = docFromText(text);
  const f = extractRenewal(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return f ? f.value : null;
}

describe('extractRenewal: automatic renewal', () => {
  it.each([
    [
      'Unless otherwise stated in an Order Form, subscriptions will automatically renew for successive one-year terms unless either party gives notice of non-renewal at least 30 days before the end of the then-current term.',
      12,
    ],
    [
      'This Agreement will automatically renew for successive twelve (12) month periods unless either party provides written notice of its intent not to renew.',
      12,
    ],
    [
      'Thereafter this Agreement shall renew for additional periods of two (2) years each unless terminated by either party upon ninety (90) days written notice prior to the end of the then current term.',
      24,
    ],
    ['Your plan auto-renews monthly until you cancel it.', 1],
    ['Each Order Form renews automatically for an additional one (1) month term unless cancelled.', 1],
    [
      'The Subscription Term shall be renewed for successive periods of 12 months unless either party objects in writing.',
      12,
    ],
  ])('%s', (text, months) => {
    expect(renewal(text)).toEqual({ automatic: true, termMonths: months });
  });

  it('reads the "is thereafter extended by periods of one year, unless terminated" wording', () => {
    expect(
      renewal(
        'The Subscription runs for an initial period of three (3) years and is thereafter extended by periods of one (1) year at a time, unless terminated in writing by either party with at least three (3) months’ notice.',
      ),
    ).toEqual({ automatic: true, termMonths: 12 });
  });

  it('has no fixed length when the renewal term follows the expiring one', () => {
    const text =
      'All subscriptions shall automatically renew for additional periods equal to the expiring subscription term or one year (whichever is shorter), unless either party gives the other notice of non-renewal at least 30 days before the end of the relevant subscription term.';
    expect(renewal(text)).toEqual({ automatic: true, termMonths: null });
  });

  it('reads "shall be renewed for a similar period unless … not to renew" as automatic, with no fixed length', () => {
    const text =
      'The term of this Agreement is three (3) years starting from the Activation Date, and shall be renewed for a similar period unless either party notifies the other of its desire not to renew at least sixty (60) days prior to the expiry of the term.';
    expect(renewal(text)).toEqual({ automatic: true, termMonths: null });
  });

  it('reads "this Order Form renews for successive 12-month renewal terms" over its "Auto-Renewal: Yes." caption', () => {
    const text =
      'Auto-Renewal: Yes. Upon expiry of the Subscription Term, this Order Form renews for successive 12-month renewal terms unless either party provides notice of non-renewal at least 90 days prior to the end of the then-current term.';
    expect(renewal(text)).toEqual({ automatic: true, termMonths: 12 });
  });

  it('reads "plans renew every month … until cancelled" as automatic', () => {
    expect(
      renewal(
        'Monthly plans renew every month and annual plans renew every year until cancelled. You can cancel at any time.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
    expect(renewal('Your subscription renews monthly until you cancel it.')).toEqual({
      automatic: true,
      termMonths: null,
    });
  });

  it('reads a renewal every N days until cancelled as automatic, with no term in months', () => {
    expect(renewal('The Club Pass renews every 28 days until you cancel it.')).toEqual({
      automatic: true,
      termMonths: null,
    });
    expect(renewal('Each pass renews every thirty (30) days until cancelled.')).toEqual({
      automatic: true,
      termMonths: null,
    });
    // Look-alikes: a password or a certificate renewed on a cycle.
    expect(renewal('Passwords must be renewed every 90 days until the account is closed.')).toBeNull();
    expect(renewal('The TLS certificate renews every 3 months until revoked.')).toBeNull();
  });

  it("reads a renewal at each period's end, stopped by the customer, as automatic", () => {
    expect(
      renewal(
        'Every plan renews at the close of its billing cycle for a further cycle of equal length unless you cancel it first.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
    expect(
      renewal('The licence will renew on its anniversary for another year unless you switch off renewal.'),
    ).toEqual({
      automatic: true,
      termMonths: 12,
    });
    expect(renewal('Your membership renews every month unless cancelled.')).toEqual({ automatic: true, termMonths: 1 });
    // The old term named in "at the end of the 36-month term" is not the renewal term.
    expect(
      renewal(
        'Unless you give notice, the order renews at the end of its 36-month term for successive terms of 6 months.',
      ),
    ).toEqual({ automatic: true, termMonths: 6 });
    expect(renewal('The subscription renews at the end of the initial 36-month term unless a party cancels.')).toEqual({
      automatic: true,
      termMonths: null,
    });
    // Look-alikes: no escape the customer works, a negation, an opt-in, a thing that is no contract.
    expect(renewal('The subscription renews at the end of the term only if you place a new order.')).toBeNull();
    expect(renewal('Your plan does not renew at the end of the term unless you choose to renew it.')).toBeNull();
    expect(renewal('Your domain renews at the end of each year unless you cancel it.')).toBeNull();
  });

  it('does not read the notice period as the term', () => {
    const text =
      'Unless either Party provides written notice of non-renewal at least thirty (30) days prior to the end of the then-current term, the subscription shall automatically renew for successive periods equal in length to the Initial Term.';
    expect(renewal(text)).toEqual({ automatic: true, termMonths: null });
  });

  it('prefers the clause to its caption', () => {
    const text =
      '5.2 **Auto-Renewal.** Unless either party gives notice of non-renewal at least 30 days before the end of the term, the Agreement will automatically renew for successive periods of twelve months.';
    const doc = docFromText(text);
    const f = extractRenewal(doc);
    expect(f?.value).toEqual({ automatic: true, termMonths: 12 });
    expect(f?.quote.startsWith('Unless either party')).toBe(true);
  });
});

describe('extractRenewal: no automatic renewal', () => {
  it.each([
    'This Agreement will not automatically renew. Renewal requires a new Order Form signed by both parties.',
    'The subscription does not auto-renew; you will need to purchase a new subscription at the end of the term.',
    'The Term may be renewed only by mutual written agreement of the parties.',
    // The object between the verb and "automatically", and contracted negations.
    'Hostwell does not renew hosting accounts automatically; customers renew them from the control panel.',
    "We won't renew your subscription automatically, so please renew it before the end of the term.",
    "The plan doesn't auto-renew at the end of the billing period.",
  ])('%s', (text) => {
    expect(renewal(text)).toEqual({ automatic: false, termMonths: null });
  });
});

describe('extractRenewal: silence and look-alikes', () => {
  it.each([
    'Please renew your password every 90 days.',
    // Not a negation of renewal: the adverb belongs to another verb.
    'We do not renew certificates by hand: the system checks them daily and updates them automatically.',
    'Our data centres run on renewable energy.',
    'We will send you a reminder email 7 days before your subscription renews.',
    'We renew our ISO 27001 certification every year.',
    'This Agreement shall continue for an initial term of one (1) year.',
    'Start your 30-day free trial today. Cancel anytime.',
    'The term may be extended by a further period of one (1) year by mutual written agreement.',
    'The deadline for payment is extended by 14 days if the invoice is disputed.',
    'The contract may be renewed for a similar period upon written agreement of both parties.',
    'You must renew every year until the certificate is cancelled by the authority.',
    'We renew our servers every year until they are decommissioned.',
    'The customer renews for another year by signing a new order form.',
    // Automatic renewal as a topic another document settles.
    'The Statement of Work sets out the fees, the service levels and the auto-renewal terms for each Service.',
    'An Order may provide for automatic renewal of the Services; please review it before signing.',
  ])('%s', (text) => {
    expect(renewal(text)).toBeNull();
  });

  it('look-alikes of the topic: the sentence also says the plan renews', () => {
    expect(
      renewal('Your plan renews automatically each month; you can change the auto-renewal settings in your account.')
        ?.automatic,
    ).toBe(true);
    expect(
      renewal('Each Order Form will automatically renew for successive one-year terms under its auto-renewal terms.')
        ?.automatic,
    ).toBe(true);
  });

  it('stays linear on adversarial text', () => {
    const text = `${'shall renew for '.repeat(30_000)}x. ${'automatically renew equal to '.repeat(20_000)}`;
    const t0 = performance.now();
    extractRenewal(docFromText(text));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('extractRenewal: contract prose (named rules)', () => {
  it('records the rule that read the sentence', () => {
    const f = extractRenewal(
      docFromText('This Agreement shall automatically renew for successive one (1) year periods unless terminated.'),
    );
    expect(f?.rule).toBe('renewal/automaticRenewal');
  });

  it.each([
    ['The Term shall automatically extend for an additional three (3) years unless either party objects.', 36],
    ['The Initial Term is subject to automatic successive renewal terms of two (2) years each.', 24],
    ['The term of this Agreement is four years, with automatic annual renewals thereafter.', 12],
    [
      'This Contract shall be prolonged, or extended automatically for a period of 6 months, unless either Party serves written notice of termination.',
      6,
    ],
  ])('reads automatic continuation: %s', (text, months) => {
    expect(renewal(text)).toEqual({ automatic: true, termMonths: months });
  });

  it('reads an open-ended term ended only by notice (openEndedUntilTerminated)', () => {
    expect(
      renewal(
        'This Agreement runs for an initial term of one year and indefinitely after that until terminated by either party giving at least six months’ written notice.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
  });

  it('reads "extendable for a further period, unless notice of non-renewal" as automatic', () => {
    expect(
      renewal(
        'The venture has a duration of five years, extendable for a further two years, unless notice of non-renewal is sent one year before expiry.',
      ),
    ).toEqual({ automatic: true, termMonths: 24 });
  });

  it.each([
    ['The Franchisee may, at its option, renew the franchise for one additional term of five (5) years.', 60],
    ['The Distributor shall have the option to renew this Agreement for an additional two (2) year period.', 24],
    ['Licensee has the right to extend the License for two successive terms equal to three (3) years each.', 36],
    // Conditions after "provided that", or a price left to agree, do not make the option a mutual renewal.
    [
      'Operator shall have the option to renew this Agreement for two (2) additional five (5) year terms, upon written notice six (6) months before expiry, provided that Operator is not in default and has obtained our approval of the site.',
      60,
    ],
    [
      'This Agreement may be renewed for an additional term of three (3) years by written notice given by the Licensee at the expiry of the Term, for a fee to be mutually agreed.',
      36,
    ],
  ])('reads an option to renew as not automatic, with its term: %s', (text, months) => {
    expect(renewal(text)).toEqual({ automatic: false, termMonths: months });
  });

  it.each([
    'Sponsor acknowledges that these rights do not automatically extend to other venues.',
    'If a delay occurs, any applicable time period will be automatically extended for a period equal to the time lost.',
    'In the event the Support Period is automatically extended, the parties shall meet again.',
    'This Agreement will continue in effect thereafter until terminated pursuant to Section 9.',
    'The parties may negotiate an extension of this Agreement six months before expiry.',
    'The Term may be extended for an additional one year period with the written consent of both parties.',
    // The renewal itself needs both parties, even with a price named after it.
    'The Term may be renewed for an additional term of two (2) years by mutual written agreement, at a fee to be agreed.',
  ])('does not read look-alikes as renewal: %s', (text) => {
    expect(renewal(text)).toBeNull();
  });
});

describe('extractRenewal: an option whose notice comes before its term', () => {
  it('reads the term after the notice', () => {
    expect(
      renewal(
        'The Licensee shall have the right to extend the Research Term, upon sixty (60) days’ written notice, for additional two (2) year periods.',
      ),
    ).toEqual({ automatic: false, termMonths: 24 });
  });
});

describe('extractRenewal: the escape names a non-renewal (unlessNonRenewal)', () => {
  it('reads an automatic renewal from "unless a notice of non-renewal is given", whatever the verb', () => {
    expect(
      renewal(
        'At the end of the Initial Term, this Agreement [redacted] unless a notice of non-renewal is given by either party no later than the date set out in Schedule 2.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
    expect(
      renewal(
        'The Term carries on from one contract year to the next unless a party elects not to renew by written notice to the other.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
  });

  it('look-alikes: a non-renewal notice with no "unless", or an "unless" that is not about the agreement', () => {
    expect(renewal('Any notice of non-renewal shall be sent by courier to the address in Section 12.')).toBeNull();
    expect(
      renewal('The supplier keeps its price list unless the distributor elects not to renew its standing order.'),
    ).toBeNull();
  });
});

describe('extractRenewal: the term continues without the word "renew" (CUAD contract prose)', () => {
  it.each([
    [
      'The Distribution Term shall continue for successive two (2) year periods unless either party gives written notice of termination at least ninety days before it ends.',
      24,
    ],
    [
      'This Agreement begins on the Effective Date and runs for four (4) years, and thereafter for additional periods of one year unless either party elects otherwise.',
      12,
    ],
  ])('continuesForSuccessive: %s', (text, months) => {
    expect(renewal(text)).toEqual({ automatic: true, termMonths: months });
  });

  // British "rolls over" for a renewal: the term's own subject before it, a balance carried forward is not one.
  it('continuesForSuccessive: the contract "rolls over for further periods"', () => {
    expect(
      renewal(
        'The licence runs for one year from the order date and then rolls over for further periods of six months each unless either side says otherwise.',
      ),
    ).toEqual({ automatic: true, termMonths: 6 });
    expect(
      renewal('Unused support hours under your subscription roll over for a further month and then expire.'),
    ).toBeNull();
    expect(renewal('Any unused credits in the Subscription roll over for successive billing periods.')).toBeNull();
  });

  it('continuesYearToYear: "renewed from year to year", "on a month-to-month basis"', () => {
    expect(
      renewal(
        'After the first three years the licence shall be renewed from year to year unless cancelled in writing.',
      ),
    ).toEqual({ automatic: true, termMonths: 12 });
    expect(
      renewal('Once the Pilot Period ends, the Contract will continue on a month-to-month basis unless terminated.'),
    ).toEqual({ automatic: true, termMonths: 1 });
  });

  it('continuesYearToYear: a rolling basis, "rolls over monthly"', () => {
    expect(
      renewal(
        'Once the minimum period ends, the contract carries on on a rolling basis: it continues on a rolling monthly basis until either of us gives 30 days’ notice.',
      ),
    ).toEqual({ automatic: true, termMonths: 1 });
    expect(
      renewal('After year one the licence continues on a rolling 12-month basis unless either side gives notice.'),
    ).toEqual({ automatic: true, termMonths: 12 });
    expect(renewal('After the launch period the subscription rolls over monthly until you cancel it.')).toEqual({
      automatic: true,
      termMonths: 1,
    });
  });

  it('continuesYearToYear: "continue in (full force and) effect from year to year"', () => {
    expect(
      renewal(
        'Thereafter, this Agreement shall continue in effect from year to year unless terminated by either party on 90 days’ prior written notice.',
      ),
    ).toEqual({ automatic: true, termMonths: 12 });
    expect(renewal('The confidentiality obligations continue in effect from year to year.')).toBeNull();
  });

  it('look-alikes: a balance that rolls over monthly, work done on a rolling basis', () => {
    expect(renewal('Unused data allowances roll over monthly until the end of your contract.')).toBeNull();
    expect(renewal('Our engineers review the capacity plan on a rolling monthly basis.')).toBeNull();
  });

  it('look-alikes: obligations or a warranty that continue, a negated or agreed continuation', () => {
    expect(renewal('The indemnity obligations continue for successive periods of one year after delivery.')).toBeNull();
    expect(renewal('The product warranty shall continue for an additional twelve months after any repair.')).toBeNull();
    expect(
      renewal(
        'The Term may continue for additional periods of one year only by mutual written agreement of both parties.',
      ),
    ).not.toEqual(expect.objectContaining({ automatic: true }));
  });
});

describe('extractRenewal: "It shall then automatically extend …" (automaticContinuation, the pronoun subject)', () => {
  it("reads the pronoun as the agreement when a period, an escape and the agreement's words follow", () => {
    expect(
      renewal(
        'The Agreement runs for an Initial Term of 36 months. It shall then automatically extend for successive periods of 24 months unless either party gives written notice, at least 6 months before the end of the Initial Term, to terminate this Agreement.',
      ),
    ).toEqual({ automatic: true, termMonths: 24 });
  });

  it('look-alikes: something else that extends, no escape, no period', () => {
    expect(
      renewal(
        'The warranty covers parts. It shall then automatically extend for successive periods of 12 months unless Customer objects.',
      ),
    ).toBeNull();
    expect(renewal('It will automatically extend for one year.')).toBeNull();
    expect(
      renewal('It shall automatically extend to new affiliates unless the Customer terminates this Agreement.'),
    ).toBeNull();
  });
});

describe('extractRenewal: extendedIfNoNotice (the escape first, the renewal after)', () => {
  it('reads "if neither party gives notice …, the Agreement shall be extended by N"', () => {
    expect(
      renewal(
        'Where neither party has served notice of termination three months before the Expiry Date, the Contract shall be extended by two (2) years.',
      ),
    ).toEqual({ automatic: true, termMonths: 24 });
    expect(renewal('Failing timely notice, this Agreement will be renewed for a further term of one year.')).toEqual({
      automatic: true,
      termMonths: 12,
    });
  });

  it('look-alikes: no notice in the condition, or something other than the agreement continues', () => {
    expect(
      renewal('If neither party has a claim, the deposit will be returned and the works shall continue.'),
    ).toBeNull();
    expect(
      renewal('If no party objects to the rate card, the listed rates will continue to apply next season.'),
    ).toBeNull();
  });
});

describe('extractRenewal: the term goes on after the initial term', () => {
  it('reads "following the expiration of the initial term, … shall continue until terminated … notice" as automatic', () => {
    expect(
      renewal(
        'Following the expiry of the Initial Term, this Agreement shall continue until terminated by either party giving three months notice.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
    expect(
      renewal(
        'At the end of the first term the Contract will continue on a month-to-month basis, terminable by either party upon thirty (30) days notice.',
      ),
    ).toEqual({ automatic: true, termMonths: 1 });
  });

  it('look-alike: after the initial term something else continues, with no notice to end it', () => {
    expect(
      renewal(
        'Following the expiry of the Initial Term, the Supplier shall continue to provide spare parts for five years.',
      ),
    ).toBeNull();
  });
});

describe('extractRenewal: "an additional year" is a one-year term', () => {
  it('reads the unit alone after "additional"/"further" as one of it', () => {
    expect(
      renewal('Unless either party sends a notice of non-renewal, this Agreement shall renew for an additional year.'),
    ).toEqual({ automatic: true, termMonths: 12 });
    expect(
      renewal('This Order will automatically renew for one further month unless cancelled before the renewal date.'),
    ).toEqual({ automatic: true, termMonths: 1 });
  });

  it('look-alike: "an additional year" of something else after the renewal wording is no term', () => {
    expect(
      renewal(
        'This Agreement shall automatically renew for successive periods equal to the Initial Term unless either party gives notice, and the warranty runs for an additional year.',
      ),
    ).toEqual({ automatic: true, termMonths: null });
  });
});

describe('"will not automatically renew … if a party gives notice" (notRenewedIfNotice)', () => {
  it('renews by itself unless a party gives notice', () => {
    expect(
      renewal(
        'The Subscription will not automatically renew for another Term if either party gives the other party 14 days written notice.',
      )?.automatic,
    ).toBe(true);
  });

  it('look-alikes: a plain "will not automatically renew", and a notice asking for a renewal, are not automatic', () => {
    expect(
      renewal('The Subscription will not automatically renew; a renewal needs a new Order Form signed by both parties.')
        ?.automatic,
    ).toBe(false);
    expect(
      renewal('The Subscription will not automatically renew, and Customer may give notice to ask for a renewal quote.')
        ?.automatic,
    ).toBe(false);
  });
});

describe('extractRenewal: an option denied grants none', () => {
  it('"shall have no option to renew this Lease beyond the last Renewal Term" reads no renewal', () => {
    expect(
      renewal(
        'Licensee shall have no option to renew this Agreement beyond the expiration of the last renewal term set out above.',
      ),
    ).toBeNull();
  });

  it('look-alike: "shall have the option to renew … for two additional terms of five years" is an option', () => {
    expect(
      renewal('Licensee shall have the option to renew this Agreement for two additional terms of five years.'),
    ).toEqual({
      automatic: false,
      termMonths: 60,
    });
  });
});

describe('extractRenewal: a renewal that needs a new signed document is not automatic', () => {
  const value = (text: string) => extractRenewal(docFromText(text))?.value;
  it('"shall renew for additional one (1) year terms upon the parties signing a new Order Form" is not automatic', () => {
    expect(
      value(
        'The Initial Term shall renew for additional one (1) year terms (each a “Renewal Term”) upon the parties signing a new Order Form for the Renewal Term.',
      ),
    ).toEqual({ automatic: false, termMonths: 12 });
    expect(
      value(
        'This Agreement shall renew for successive one (1) year terms upon execution of a new purchase order by Customer.',
      ),
    ).toMatchObject({ automatic: false });
  });
  it('look-alike: a renewal that goes on unless a party gives notice stays automatic', () => {
    expect(
      value(
        'The Initial Term shall renew for additional one (1) year terms unless either party gives notice of non-renewal at least thirty (30) days before the end of the term.',
      ),
    ).toEqual({ automatic: true, termMonths: 12 });
  });
});

describe('a caption is about what the clause under it renews', () => {
  it('reads nothing from "Auto-Renewal." over a certificate renewing', () => {
    expect(renewal('5.2 Auto-Renewal.\n\nWe renew your certificate before it expires.')).toBeNull();
  });

  it('look-alikes: a sentence (not a caption) before a reminder, and a caption over the subscription renewing', () => {
    expect(
      renewal(
        'Annual subscriptions renew automatically at the end of each term. We will send you a reminder 30 days before the renewal date.',
      ),
    ).toMatchObject({ automatic: true });
    expect(
      renewal('5.2 Auto-Renewal.\n\nYour subscription renews automatically each year unless you cancel it.'),
    ).toMatchObject({
      automatic: true,
    });
  });
});
