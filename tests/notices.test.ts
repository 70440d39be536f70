import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractNotices } from '../extractors/notices';
import type { NoticeKind } from '../extractors/types';

/** The scored notices of a passage as "kind amount unit" strings (kind `other` left out). */
/** Each notice found, as [kind, amount]. */
const kindAmounts = (text: string) => extractNotices(docFromText(text)).map((f) => [f.value.kind, f.value.amount]);

function notices(text: string, withOther = false): string[] {
  const doc = docFromText(text);
  const found = extractNotices(doc);
  for (const f of found) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return found
    .filter((f) => withOther || f.value.kind !== 'other')
    .map((f) => `${f.value.kind} ${f.value.amount} ${f.value.unit}`);
}

function one(kind: NoticeKind, amount: number, unit: string): string[] {
  return [`${kind} ${amount} ${unit}`];
}

describe('extractNotices: termination for convenience', () => {
  it.each([
    ['Either party may terminate this Agreement for convenience upon ninety (90) days’ prior written notice.', 90],
    [
      'Customer may end this agreement at any time, for any reason or no reason, by giving sixty (60) days written notice to Supplier. Customer may terminate the Order at any time, for any reason, on 60 days notice.',
      60,
    ],
    ['We may terminate these Terms without cause by giving you 30 days’ notice by email.', 30],
    ['This Agreement may be terminated by either party upon forty-five (45) days written notice.', 45],
  ])('%s', (text, amount) => {
    expect(notices(text)).toEqual(one('termination-convenience', amount, 'days'));
  });

  it('reads "for any reason" that belongs to a condition\'s event as no convenience', () => {
    // The change happens "for any reason"; the right to terminate depends on the change.
    expect(
      notices(
        'If the Customer’s consumption changes for any reason so that serving it costs materially more, the Supplier may terminate this Agreement on sixty (60) days’ prior written notice.',
      ),
    ).not.toContain('termination-convenience 60 days');
    // The same after a list marker and a linking adverb, with "in its sole discretion" as the right's manner.
    expect(
      notices(
        '(c) Further, if the Customer moves its premises for any reason, then, in its sole discretion, the Supplier may either (i) adjust the fees; or (ii) give sixty (60) days’ prior written notice of termination of this Agreement.',
      ),
    ).not.toContain('termination-convenience 60 days');
    // Look-alikes: the reason is the leaving's own, in the condition or after the verb; a condition that is the
    // leaving itself, early; a linking adverb alone.
    expect(
      notices(
        'In the event that the Licensee desires to terminate this Agreement before the expiration of its term, it shall give the Licensor at least forty-five (45) days prior written notice.',
      ),
    ).toEqual(one('termination-convenience', 45, 'days'));
    expect(
      notices(
        'If the Customer wishes to end this Agreement for any reason, it may do so on thirty (30) days’ written notice.',
      ),
    ).toEqual(one('termination-convenience', 30, 'days'));
    expect(
      notices(
        'Further, the Supplier may terminate this Agreement at any time on sixty (60) days’ prior written notice.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
  });

  it('reads a summary\'s termination label with a bare notice, and a termination "other than for breach", as convenience', () => {
    expect(notices('Client Termination: 45-day notice required')).toEqual(one('termination-convenience', 45, 'days'));
    expect(notices('Termination by Supplier: 90 days’ written notice.')).toEqual(
      one('termination-convenience', 90, 'days'),
    );
    expect(notices('Supplier Termination: 90-day notice for non-breach terminations')).toEqual(
      one('termination-convenience', 90, 'days'),
    );
    expect(
      notices('The Supplier may terminate this Agreement for reasons other than breach on ninety (90) days’ notice.'),
    ).toEqual(one('termination-convenience', 90, 'days'));
    // Look-alikes: the label names a cause, or its value is a condition.
    expect(notices('Termination for breach: 30 days’ notice to cure.')).not.toContain(
      'termination-convenience 30 days',
    );
    expect(
      notices('Client Termination: if the Supplier misses the SLA in three consecutive months, on 30 days’ notice.'),
    ).not.toContain('termination-convenience 30 days');
  });

  it('reads closing the account without cause as a termination for convenience', () => {
    expect(notices("If we close your account without cause, we will give you 21 days' notice by email.")).toEqual(
      one('termination-convenience', 21, 'days'),
    );
    // Look-alikes: closing for a breach, a dormant account closed after notice, data deleted after closing.
    expect(notices("We may close your account if you breach these Terms, after 14 days' notice.")).toEqual([]);
    expect(notices("Accounts inactive for 12 months may be closed after 30 days' notice.")).toEqual([]);
    expect(notices('You may close your account at any time; we delete your data within 30 days.')).toEqual([]);
  });

  it('reads "end your subscription" as ending the agreement (UK usage), not "the end of the subscription"', () => {
    expect(
      notices("Either of us may end the subscription for convenience by giving the other two months' written notice."),
    ).toEqual(one('termination-convenience', 2, 'months'));
    expect(notices("You can end your membership at any time, without giving a reason, on 14 days' notice.")).toEqual(
      one('termination-convenience', 14, 'days'),
    );
    // Look-alikes: the end of a subscription is a date, not the act of ending it.
    expect(notices('At the end of your subscription we keep your files for 30 days, then delete them.')).toEqual([]);
    expect(notices("We will remind you 14 days' before the end of the subscription.")).toEqual([]);
  });

  it('reads the section heading', () => {
    expect(
      notices('Termination for Convenience\nCustomer may terminate this Agreement by giving thirty (30) days notice.'),
    ).toEqual(one('termination-convenience', 30, 'days'));
  });

  it('does not take a termination named only as the moment a survival period starts', () => {
    // "after its expiration or termination for whatever reason": the convenience words describe the end, and the
    // notice is an audit's.
    expect(
      notices(
        'During the term and for twelve (12) months after its expiration or termination for whatever reason, Harwick may audit the Supplier’s invoices at its premises with five (5) days prior written notice.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'Following expiration or termination of this Agreement for any reason, Licensor may inspect the books of Licensee on ten (10) days’ prior written notice.',
      ),
    ).toEqual([]);
    // Look-alikes: the same words granting the right itself, and a right granted beside the survival wording.
    expect(
      notices('Either party may terminate this Agreement for any reason upon thirty (30) days’ prior written notice.'),
    ).toEqual(one('termination-convenience', 30, 'days'));
    expect(
      notices(
        'The audit right survives for 12 months after expiration or termination; either party may terminate this Agreement without cause on sixty (60) days’ written notice.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
  });

  it('does not take a conditional termination right', () => {
    const text =
      'Customer may terminate the affected Service upon 30 days’ written notice if Availability falls below 95% for three consecutive months. If a remedy is not reasonably available, the Provider may terminate this Agreement on 2 Business Days’ notice.';
    expect(notices(text)).toEqual([]);
  });
});

describe('extractNotices: non-renewal', () => {
  it.each([
    [
      'Subscriptions will automatically renew for successive one-year terms unless either party gives the other written notice of non-renewal at least thirty (30) days before the end of the then-current subscription term.',
      30,
    ],
    [
      'This Agreement will automatically renew for successive twelve (12) month periods unless either party provides written notice of its intent not to renew at least sixty (60) days prior to the expiration of the then-current term.',
      60,
    ],
    [
      'Either party may elect not to renew by notifying the other party no later than 45 days before the renewal date.',
      45,
    ],
    ['Customer may terminate the Agreement at the end of the Initial Term by giving at least 90 days’ notice.', 90],
  ])('%s', (text, amount) => {
    expect(notices(text)).toEqual(one('non-renewal', amount, 'days'));
  });

  it('reads a right "with effect from the end of the Initial Term" as non-renewal, not a period counted from a deadline', () => {
    expect(
      notices(
        'Either party may terminate this Agreement with effect from the end of the Initial Term by giving not less than three months’ written notice.',
      ),
    ).toEqual(one('non-renewal', 3, 'months'));
    // Look-alike: the period runs from the end of a deadline another clause sets (an offer's acceptance window), not
    // up to the end of the agreement's term: no renewal is stopped (in an agreement that renews).
    const found = notices(
      'This Agreement renews automatically for successive one-year terms unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term. If the Buyer rejects the offer, the Buyer may terminate the Agreement by prior written notice of not less than sixty (60) days starting from the expiry of the term set out in Clause 9.2.',
    );
    expect(found).toContain('non-renewal 90 days');
    expect(found).not.toContain('non-renewal 60 days');
  });

  it('reads a cancellation due before the start of the next (or each) term of a renewing subscription as non-renewal', () => {
    expect(
      notices(
        'Each Membership lasts one month and renews automatically for successive one-month terms. You must give written notice of cancellation no later than seven (7) days prior to the commencement of each Membership Term to avoid being charged for it.',
      ),
    ).toEqual(one('non-renewal', 7, 'days'));
    expect(
      notices(
        'Plans renew automatically for successive one-year terms. To stop the renewal, cancel at least 14 days before the start of the next Subscription Term.',
      ),
    ).toEqual(one('non-renewal', 14, 'days'));
    // Look-alikes: a report due before each period starts, and a request before the next cycle: nothing is stopped.
    expect(
      notices('The Supplier shall deliver a capacity report at least 10 days before the start of each Service Period.'),
    ).not.toContain('non-renewal 10 days');
    expect(
      notices('Customer may request additional seats at least 5 days before the start of the next billing cycle.'),
    ).not.toContain('non-renewal 5 days');
  });

  it('keeps two notice periods and skips the term lengths', () => {
    const text =
      'The subscription will automatically renew for a Renewal Term unless either party gives written notice of termination at least thirty days prior to the expiration of the then-current term for subscriptions less than one year and at least sixty days prior to the expiration of the then-current term for subscriptions of one year or more.';
    expect(notices(text)).toEqual(['non-renewal 30 days', 'non-renewal 60 days']);
  });

  it('does not confuse a fee increase in the same sentence', () => {
    const text =
      'Either party may give notice of non-renewal at least 30 days before the end of the term, and Vendor may increase the fees for the renewal term.';
    expect(notices(text)).toEqual(one('non-renewal', 30, 'days'));
  });

  // "rolls over" (British for renews) and "tell the other" (a notice said plainly): composed, with their look-alikes.
  it('reads a roll-over stopped by telling the other party before the rollover date', () => {
    expect(
      notices(
        'After the first year the service rolls over for successive periods of twelve months unless one party tells the other, at least ninety days before the rollover date, that it should end.',
      ),
    ).toEqual(one('non-renewal', 90, 'days'));
    // Agreeing in writing to renew before the end is no notice that stops a renewal.
    expect(
      notices(
        'The licence rolls over for further periods only if both sides agree in writing at least ninety days before the rollover date.',
      ),
    ).not.toContain('non-renewal 90 days');
  });

  it('does not treat the end of a free trial as non-renewal', () => {
    expect(
      notices('You must cancel at least 24 hours before the end of the trial period to avoid being charged.'),
    ).toEqual([]);
  });
});

describe('extractNotices: breach cure', () => {
  it.each([
    [
      'Either party may terminate this Agreement if the other party materially breaches this Agreement and does not cure the breach within thirty (30) days after receiving written notice.',
      30,
    ],
    [
      'A party may terminate this Agreement for cause upon 30 days written notice to the other party of a material breach if such breach remains uncured at the expiration of such period.',
      30,
    ],
    [
      'We may close your account if you commit a material breach of these Terms and fail to remedy such breach within fifteen (15) days of the date we notify you.',
      15,
    ],
    [
      'Either party may terminate if the other party fails to perform any material obligation and such failure continues for twenty (20) days after written notice.',
      20,
    ],
  ])('%s', (text, amount) => {
    expect(notices(text)).toEqual(one('breach-cure', amount, 'days'));
  });

  it('emits each distinct cure period', () => {
    const text =
      'Either party may terminate this Agreement if the other party materially breaches it and fails to cure within thirty (30) days after written notice (or ten (10) days in the case of non-payment).';
    expect(notices(text)).toEqual(['breach-cure 30 days', 'breach-cure 10 days']);
  });

  it('keeps convenience and cure apart in one sentence', () => {
    const text =
      'Either party may terminate this Agreement for convenience upon 60 days’ notice, or for breach if the breach is not cured within 30 days.';
    expect(notices(text)).toEqual(['termination-convenience 60 days', 'breach-cure 30 days']);
  });

  it('does not take other durations near a cure clause', () => {
    const text =
      'A party may terminate if the other party breaches and fails to cure within 30 days, or if a force majeure event continues for more than 90 days.';
    expect(notices(text)).toEqual(one('breach-cure', 30, 'days'));
  });

  it('ignores data breaches, warranty fixes and "sole remedy"', () => {
    const text = [
      'We will notify you without undue delay, and in any event within 72 hours, after becoming aware of a Personal Data Breach.',
      'If Vendor fails to correct a non-conformity with this warranty within 30 days of notice, Customer may terminate.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
    expect(
      notices(
        'If Vendor breaches the SLA, the sole remedy is service credits, which must be requested within 30 days.',
      ),
    ).toEqual(one('credit-claim', 30, 'days'));
  });
});

describe('extractNotices: payment default', () => {
  it.each([
    [
      'If any amount owed by you is thirty (30) or more days overdue, we may suspend our services until paid in full.',
      30,
      'days',
    ],
    [
      'Provider may suspend the Services if Customer fails to pay any undisputed amount within fifteen (15) days after receiving written notice of non-payment.',
      15,
      'days',
    ],
    [
      'If payment is not received within 10 business days of the due date, we may suspend your account.',
      10,
      'business-days',
    ],
    ['If Customer’s account is more than sixty (60) days past due, we may terminate the Subscription.', 60, 'days'],
  ])('%s', (text, amount, unit) => {
    expect(notices(text)).toEqual(one('payment-default', amount, unit));
  });

  it('reads an amount that "remains outstanding" for a period before a suspension', () => {
    expect(
      notices(
        'The Supplier may suspend the Services if an invoiced amount remains outstanding 21 days after the Supplier has sent a reminder.',
      ),
    ).toEqual(one('payment-default', 21, 'days'));
    // Look-alikes: outstanding invoices settled after termination, other obligations outstanding.
    expect(notices('The Customer shall settle any outstanding invoices within 30 days of termination.')).toEqual([]);
    expect(notices('Obligations that remain outstanding 30 days after termination survive it.')).toEqual([]);
  });

  it('reads a failed payment retried for a period before a downgrade or suspension', () => {
    expect(notices('If a card payment fails, we retry it for 10 days before suspending the workspace.')).toEqual(
      one('payment-default', 10, 'days'),
    );
    // Look-alike: a failed payment answered by an email, no consequence.
    expect(notices('If a payment fails, we will email you within 2 days.')).toEqual([]);
  });

  it('reads the consequence from the lead-in of a list', () => {
    const text = [
      'Either party may terminate this Agreement with immediate effect by giving written notice to the other party if:',
      'the other party fails to pay any amount due on the due date and remains in default not less than 30 days after being notified in writing to make such payment;',
      'the other party commits a material breach of any other term which it fails to remedy within a period of 45 days after being notified in writing to do so;',
    ].join('\n');
    expect(notices(text)).toEqual(['payment-default 30 days', 'breach-cure 45 days']);
  });

  it('does not take payment terms or late interest', () => {
    const text = [
      'Invoices are due within thirty (30) days of the invoice date. Late payments bear interest at 1.5% per month.',
      'Invoices are due within 30 days, and we may suspend the Service for late payment.',
      'Customer must notify us of any disputed charge within sixty (60) days of the invoice date.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });
});

describe('extractNotices: price and terms changes', () => {
  it.each([
    ['We may increase the fees for any renewal term by giving you at least 30 days’ notice before the renewal.', 30],
    ['We will notify you at least sixty (60) days in advance of any price increase.', 60],
    [
      'The Vendor may revise its subscription rates by providing at least thirty days’ notice prior to the next charge.',
      30,
    ],
    // Prices as the subject, "subject to change" after a long list of them.
    [
      'Prices of all Services, including but not limited to the monthly plan fees for the Platform, are subject to change upon 45 days’ notice from us.',
      45,
    ],
  ])('%s', (text, amount) => {
    expect(notices(text)).toEqual(one('price-change', amount, 'days'));
  });

  it('"alter the price list" is a price change; a subject to change that is no price is not', () => {
    expect(
      notices('Halden may alter the current price list with at least one month notice to the end of each quarter.'),
    ).toEqual(one('price-change', 1, 'months'));
    expect(
      notices('The features of the Services are subject to change upon 45 days’ notice; invoices list the fees.'),
    ).not.toContain('price-change 45 days');
  });

  it.each([
    [
      'We may modify these Terms. If we make material changes, we will notify you at least 30 days before the changes take effect.',
      30,
      'days',
    ],
    [
      'Changes to this Agreement will become effective fourteen (14) days after we post them on our website.',
      14,
      'days',
    ],
    [
      'We will notify you at least 12 months before modifying a customer-facing API in a backwards-incompatible manner.',
      12,
      'months',
    ],
    [
      'Modifications to the Services\nWhere substantial changes are planned, we will give at least seven (7) days’ prior written notice.',
      7,
      'days',
    ],
  ])('%s', (text, amount, unit) => {
    expect(notices(text)).toEqual(one('terms-change', amount, unit));
  });

  it('does not take look-alikes of a change', () => {
    const text = [
      'Price increases will not exceed 5% in any 12-month period.',
      'Processor shall inform Controller of any intended changes concerning the addition of Sub-processors used to provide the Services at least 30 days in advance.',
      'Customer must notify us within 30 days of any change to its billing address.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });
});

describe('extractNotices: maintenance', () => {
  it.each([
    ['We will give you at least forty-eight (48) hours’ notice of scheduled maintenance.', 48, 'hours'],
    ['Scheduled Maintenance\nAnnounced at least 24 hours in advance by email.', 24, 'hours'],
    [
      'The Service excludes planned downtime (of which we shall give at least 8 hours’ notice) and force majeure.',
      8,
      'hours',
    ],
    [
      'Unscheduled maintenance performed outside Normal Business Hours, provided we give at least 6 Normal Business Hours’ notice in advance.',
      6,
      'business-hours',
    ],
    [
      'Customers will be notified five (5) business days prior to any planned outage that is expected to exceed 2 hours.',
      5,
      'business-days',
    ],
    // "N hours of notice": the period before "of notice".
    [
      'We will use reasonable efforts to give you at least thirty-six (36) hours of notice before scheduling Scheduled Downtime.',
      36,
      'hours',
    ],
    ['Harwick provides at least 3 business days of advance notice of planned maintenance.', 3, 'business-days'],
  ])('%s', (text, amount, unit) => {
    expect(notices(text)).toEqual(one('maintenance', amount, unit));
  });

  it('"within N days of notice" counts from a notice: not a notice ahead of maintenance', () => {
    expect(notices('Customer shall report maintenance problems within 10 days of notice of the maintenance.')).toEqual(
      [],
    );
  });

  it('does not take availability hours, windows or "less than" notice', () => {
    const text = [
      'The Service is available 24 hours a day, 7 days a week, excluding scheduled maintenance.',
      'Maintenance windows will not exceed 4 hours per month.',
      'Emergency maintenance may be performed with less than 24 hours’ notice.',
      'The Maintenance Ticket Program guarantees a 24 business hours response.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });
});

describe("extractNotices: a credit claim is its own list item's", () => {
  it("reads the claim in the period's own item, or in the list's lead-in", () => {
    expect(
      notices(
        'To claim a Service Credit, (a) open a ticket within 30 days of the incident and (b) include the affected dates.',
      ),
    ).toEqual(one('credit-claim', 30, 'days'));
    expect(
      notices(
        'The Customer must request the Service Credit as set out in Section 5(a) within 30 days of the incident.',
      ),
    ).toEqual(one('credit-claim', 30, 'days'));
  });

  it.each([
    // Credit for a website's design, claimed in another item than the period's.
    'The Client agrees that (a) the Site shows a link to the designer; (b) the designer may claim credit for the design in its portfolio; and (c) the Client will remove the credit within 24 hours of a request to do so.',
    // A petition filed, and creditors, in an insolvency list.
    'If either party (a) files a petition in bankruptcy, (b) becomes the subject of proceedings not dismissed within sixty (60) days, or (c) makes an assignment for the benefit of its creditors, the other party may terminate this Agreement.',
  ])('look-alike: %s', (text) => {
    expect(notices(text).filter((x) => x.startsWith('credit-claim'))).toEqual([]);
  });
});

describe('extractNotices: credit claims', () => {
  it.each([
    [
      'To receive a Service Credit, Customer must submit a claim within thirty (30) days after the end of the affected month.',
      30,
      'days',
    ],
    ['Credit Claim Process\nSubmit a claim to our support desk within 30 days of the affected month.', 30, 'days'],
    [
      'Service Credits\nClaims must be received within ten (10) business days after the end of the month.',
      10,
      'business-days',
    ],
    [
      'To be eligible for financial credits, Customer must notify technical support within sixty days from the time it becomes eligible.',
      60,
      'days',
    ],
  ])('%s', (text, amount, unit) => {
    expect(notices(text)).toEqual(one('credit-claim', amount, unit));
  });

  it('reads the window written as the bar on late claims (lateClaimBarred)', () => {
    expect(
      notices(
        'Credit requests received more than sixty (60) days after the end of the affected month will not be honoured.',
      ),
    ).toEqual(one('credit-claim', 60, 'days'));
    // Look-alikes: a late payment losing a discount, a late support request: no credit claimed.
    expect(
      notices(
        'Invoices paid more than 30 days after the due date will not be eligible for the prompt-payment discount.',
      ),
    ).toEqual([]);
    expect(notices('Tickets raised more than 2 hours after the outage began will not be prioritised.')).toEqual([]);
  });

  it('does not take the vendor’s own deadlines or refunds', () => {
    const text = [
      'Service Credits',
      'We will respond to claims within 30 days. Credits will be issued within 60 days of an approved claim.',
      'Refund requests must be submitted within 14 days of purchase.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });
});

describe("extractNotices: a price change told in the sentence after it, and the customer's own work kept after the end", () => {
  it('reads "We will tell you about any increase … before it applies" after a price change', () => {
    expect(
      notices(
        'We may raise the price of the Pro plan. We will let you know about any increase at least 45 days before it takes effect.',
      ),
    ).toEqual(one('price-change', 45, 'days'));
    // A change of something else, after a price sentence, is no price change.
    expect(
      notices(
        'We may raise the price of the Pro plan. We will tell you about any changes to features at least 45 days before they apply.',
      ),
    ).not.toContain('price-change 45 days');
  });

  it('a duty to return or delete the data by a deadline is no export window; a window to ask for it is', () => {
    expect(
      notices('On termination the Supplier shall return all Customer Data or destroy it within ninety (90) days.'),
    ).not.toContain('data-export 90 days');
    expect(
      notices(
        'Customer may request the return of its data within 30 days after termination, after which we delete it.',
      ),
    ).toEqual(one('data-export', 30, 'days'));
  });

  it('reads the projects or documents a customer keeps as its data', () => {
    expect(notices('Once your plan is cancelled, you can still download your uploaded documents for 90 days.')).toEqual(
      one('data-export', 90, 'days'),
    );
    // Documents the vendor publishes are not the customer's.
    expect(notices('Once your plan is cancelled, the policy documents stay online for 90 days.')).toEqual([]);
  });
});

describe('extractNotices: data export', () => {
  it.each([
    [
      'Upon request made within 30 days after the effective date of termination, we will make Customer Data available for download.',
      30,
    ],
    [
      'For a period of up to thirty (30) days following termination, Customer may retrieve Customer Data from the Services.',
      30,
    ],
    ['After termination, you will have 30 days to export your content.', 30],
    [
      'We may destroy the Customer Content unless we receive, no later than ten days after termination, a written request for the back-up.',
      10,
    ],
    [
      'Upon termination or expiration of this Agreement, we will keep Customer Data available for export in a machine-readable format for a period of fourteen (14) days.',
      14,
    ],
  ])('%s', (text, amount) => {
    expect(notices(text)).toEqual(one('data-export', amount, 'days'));
  });

  it('does not take confidential information, hardware, backups or delivery times', () => {
    const text = [
      'Upon termination, each party shall return or destroy the other party’s Confidential Information within thirty (30) days.',
      'The Customer must return any hardware within 15 days of termination.',
      'Backups are retained for 30 days.',
      'We will deliver the back-up within 90 days of receipt of a written request.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });
});

describe('extractNotices: look-alikes and structure', () => {
  it('finds nothing scored on marketing, uptime and support text', () => {
    const text = [
      'Start your 30-day free trial today. Cancel anytime.',
      'Uptime is measured over each calendar month in 5-minute periods.',
      'Priority | Definition | First Response',
      'Critical (P1) | Production down | 1 hour',
      'High (P2) | Degraded | 4 business hours',
      'You may request a full refund within 30 days of purchase.',
      'We warrant that the Software will perform substantially as documented for ninety (90) days from delivery.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });

  it('does not follow misleading headings or customer-side changes', () => {
    const text = [
      'Indemnification Claims',
      'The indemnified party must notify the indemnifying party within 30 days of any claim.',
      'Maintenance and Support',
      'Customer shall give Vendor at least 30 days’ notice before relocating the Software.',
      'If Customer wishes to change its use of the Services, Customer must provide 30 days’ notice.',
      'Customer may request a credit note within 30 days of an incorrect invoice.',
    ].join('\n');
    expect(notices(text)).toEqual([]);
  });

  it('keeps a data-breach notification as kind other', () => {
    const text =
      'Processor shall notify Controller of a Personal Data Breach without undue delay and in any case within 48 hours.';
    expect(notices(text, true)).toEqual(['other 48 hours']);
  });

  it('gives one finding per kind and value, with the shortest quote', () => {
    const text = [
      'Either party may terminate this Agreement for convenience upon thirty (30) days’ written notice to the other party, which notice shall be sent by courier to the address in the Order Form.',
      'Either party may terminate for convenience upon 30 days’ notice.',
    ].join('\n');
    const doc = docFromText(text);
    const found = extractNotices(doc).filter((f) => f.value.kind !== 'other');
    expect(found).toHaveLength(1);
    expect(found[0]?.quote).toBe('Either party may terminate for convenience upon 30 days’ notice.');
  });

  it('stays linear on adversarial text', () => {
    const text = `${'notice of non-renewal at least thirty '.repeat(20_000)}days. ${'breach cure remedy within '.repeat(20_000)}`;
    const t0 = performance.now();
    extractNotices(docFromText(text));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('extractNotices: look-alikes of notice periods', () => {
  it('does not take a liability cap’s fee look-back as a notice', () => {
    const text = [
      'OUR AGGREGATE LIABILITY SHALL NOT EXCEED THE AMOUNTS YOU PAID TO US IN THE SIX (6) MONTHS BEFORE THE EVENT GIVING RISE TO THE LIABILITY.',
      'Each party’s total liability is limited to the fees paid in the twelve (12) months immediately preceding the date on which the claim arose.',
    ].join('\n');
    expect(notices(text, true)).toEqual([]);
  });

  it('still reads a price-change notice given before the renewal', () => {
    expect(notices('We may increase the fees by giving you at least 30 days’ notice before the renewal date.')).toEqual(
      one('price-change', 30, 'days'),
    );
  });

  it('reads a cure period in plain words, not a notice to put a change in place', () => {
    expect(
      notices(
        'If you breach these Terms and the breach is capable of remedy, we will give you notice and you will have seven (7) days to put it right, failing which we may terminate.',
      ),
    ).toEqual(one('breach-cure', 7, 'days'));
    expect(
      notices('If a party breaches this Agreement, the other party may give it thirty (30) days to remedy it.'),
    ).toEqual(one('breach-cure', 30, 'days'));
    expect(notices('We will give you fourteen (14) days to put it in place after a change to the Service.')).toEqual(
      [],
    );
  });

  it('reads an export window after "if your subscription ends"', () => {
    expect(
      notices(
        'If your subscription ends, your workspace will be kept in read-only mode for 90 days so you can download your files.',
      ),
    ).toEqual(one('data-export', 90, 'days'));
    expect(notices('When your subscription ends, we will delete your files within 30 days.')).toEqual([]);
    expect(notices('If your subscription ends, you can still view your invoices for 12 months.')).toEqual([]);
  });

  it('reads notice of retiring a feature or API as a change to the service', () => {
    expect(
      notices(
        'We may discontinue a feature on ninety (90) days’ notice, and will offer a comparable feature where possible.',
      ),
    ).toEqual(one('terms-change', 90, 'days'));
    expect(notices('Deprecated API versions remain available for at least twelve (12) months after notice.')).toEqual(
      one('terms-change', 12, 'months'),
    );
    // Retiring hardware or an employee's access is not a change to the service.
    expect(notices('We will retire the loaned hardware within 30 days of notice.')).toEqual([]);
  });

  it('does not take a deadline to delete data as an export window', () => {
    const text = [
      'Upon termination, Customer may retrieve its Personal Data through the export tools for a period of sixty (60) days.',
      'Upon expiry of that period, Processor shall delete all Personal Data within ninety (90) days, unless retention is required by law.',
      'Following termination of the Agreement, Vendor will destroy Customer Data within 30 days.',
    ].join('\n');
    expect(notices(text)).toEqual(one('data-export', 60, 'days'));
  });

  it('does not take the day data is erased after the plan ends as an export window (deletionDeadline)', () => {
    // The date the data goes, with no right to fetch it before: no data-export notice.
    expect(
      notices(
        'When your plan lapses, every file in the workspace will be permanently erased 45 days after the plan expires.',
      ),
    ).toEqual([]);
    expect(
      notices('Account content is deleted from our systems 30 days after cancellation of the subscription.', true),
    ).toEqual(one('other', 30, 'days'));
    // Look-alike: the same deletion after a window in which the content can be downloaded.
    expect(
      notices(
        'Your content stays available for download for 45 days after the plan expires, and is erased afterwards.',
      ),
    ).toEqual(one('data-export', 45, 'days'));
  });
});

describe('extractNotices: a run-in heading names the change (changeNoticeInContext)', () => {
  it('reads a bare "material changes" under a run-in "Changes." heading', () => {
    expect(notices("**Changes.** We will give you at least 45 days' notice of material changes.")).toEqual(
      one('terms-change', 45, 'days'),
    );
    expect(notices('Modifications: we will tell you about material changes 10 days in advance.')).toEqual(
      one('terms-change', 10, 'days'),
    );
  });

  it('look-alikes: a run-in heading about something else, a long sentence before', () => {
    expect(notices("**Refunds.** We will give you at least 45 days' notice of material changes.")).toEqual([]);
    expect(
      notices(
        "We change suppliers, offices and staff all the time as the business grows. We will give you at least 45 days' notice of material changes.",
      ),
    ).toEqual([]);
  });
});

describe('extractNotices: the data window after "your subscription ends"', () => {
  it("reads a window to export the customer's own items after the subscription ends", () => {
    expect(
      notices('Once your plan ends, you have 21 days to download your boards, after which they are deleted.'),
    ).toEqual(one('data-export', 21, 'days'));
    // Look-alikes: an invoice copy requested after the subscription ends; records kept after termination.
    expect(notices('Your subscription ends on the renewal date; you have 30 days to request an invoice copy.')).toEqual(
      [],
    );
    expect(notices('You can export your notes at any time; we keep invoices for 30 days after termination.')).toEqual(
      [],
    );
  });
});

describe('extractNotices: the notice and the end it runs from', () => {
  it('reads a period that runs from a notice given by a party named by its own name', () => {
    expect(
      notices(
        'Amendments to these Terms take effect for the Subscriber fourteen (14) days after Brightwell gives notice of them.',
      ),
    ).toEqual(one('terms-change', 14, 'days'));
    expect(
      notices('Updated terms become binding 20 days after the Provider sends written notice to the account owner.'),
    ).toEqual(one('terms-change', 20, 'days'));
    // Look-alike: a period after a party sends an invoice is no notice of a change.
    expect(notices('The revised fees are payable 20 days after Brightwell sends the invoice.')).toEqual([]);
  });

  it('reads a change taking effect after posting, with the way out that follows it (changeTakesEffectAfterNotice)', () => {
    const text = [
      'Changes to the Subscription Terms',
      'Northwind may amend these Subscription Terms from time to time. Amendments will take effect twenty-one (21) days after posting, and the Member may terminate its subscription without penalty before then.',
    ].join('\n');
    expect(notices(text)).toEqual(one('terms-change', 21, 'days'));
    // Look-alike: a termination right after notice, with no change taking effect, stays no change.
    expect(
      notices(
        'If the Member breaches the usage rules, its account will be closed twenty-one (21) days after notice and the Member may terminate the subscription.',
      ),
    ).not.toContain('terms-change 21 days');
  });

  it('reads a cure period in a list item when the breach is named in the lead-in (breachNotCured)', () => {
    const text = [
      'Either Party may end this Agreement by notice if the other Party commits a material breach which:',
      '(i) can be remedied but is not remedied within forty-five (45) days of written notice requiring it; or',
      '(ii) cannot be remedied.',
    ].join('\n');
    expect(notices(text)).toEqual(one('breach-cure', 45, 'days'));
    // Look-alike: the same list under a lead-in about an outage, not a breach.
    const outage = [
      'Either Party may end this Agreement by notice if a force majeure event occurs which:',
      '(i) can be remedied but is not remedied within forty-five (45) days of written notice requiring it; or',
      '(ii) cannot be remedied.',
    ].join('\n');
    expect(notices(outage)).not.toContain('breach-cure 45 days');
  });

  it('reads a credit "claimed" or "lodged" within a window as a credit claim (creditClaimWindow)', () => {
    expect(notices('Service credits must be claimed in writing within 25 days after the end of the month.')).toEqual(
      one('credit-claim', 25, 'days'),
    );
    // Look-alikes: the vendor applies a credit once claimed; an invoice issued within a period.
    expect(notices('Credits will be applied within 25 days once claimed.')).toEqual([]);
    expect(notices('Any credit claimed will be applied to the invoice issued within 25 days.')).toEqual([]);
  });

  it("leaves the vendor's own time to check a credit request, however long its object (vendorsPeriod)", () => {
    const section = (sentence: string) =>
      `## Service credits\nTo receive a credit, the customer must submit a request within 30 days after the end of the month. ${sentence}`;
    expect(
      notices(
        section(
          'Our engineers will evaluate the submitted outage reports against our monitoring data, load balancer logs and incident records within ten (10) business days.',
        ),
      ),
    ).toEqual(one('credit-claim', 30, 'days'));
    // Look-alikes: "a confirmed outage" is no vendor acting, and a request the customer makes or must make stays a claim.
    expect(
      notices(
        'If there is a confirmed outage of the Service in a month and the customer makes a request for a service credit within 21 days after the end of that month, the customer will receive the credit.',
      ),
    ).toEqual(one('credit-claim', 21, 'days'));
    expect(
      notices(
        'Service credit requests will be reviewed by our team and must be submitted within 21 days of the outage.',
      ),
    ).toEqual(one('credit-claim', 21, 'days'));
  });

  it('reads a claim window for downtime compensation as a credit claim (creditClaimWindow)', () => {
    expect(
      notices(
        'Compensation for Downtime\nTo receive this compensation for the downtime, the customer must file a ticket with our help desk within 14 days of the incident.',
      ),
    ).toEqual(one('credit-claim', 14, 'days'));
    // Look-alike: compensation for damaged goods is no service credit.
    expect(
      notices('To receive compensation for damaged goods, the buyer must file a claim within 14 days of delivery.'),
    ).not.toContain('credit-claim 14 days');
  });

  it('reads a right at any time, in a proviso to a renewal, as convenience, not as the notice that stops the renewal', () => {
    // The proviso is the right's own clause (PROVISO_GRANT): the renewal before it is no condition on it.
    expect(
      notices(
        'The subscription renews automatically for further one-year periods, provided that either party may end this Agreement at any time upon seventy-five (75) days written notice.',
      ),
    ).toEqual(one('termination-convenience', 75, 'days'));
    // Look-alikes: the proviso that is the way out of the renewal stays a non-renewal notice.
    expect(
      notices(
        'The subscription renews automatically for further one-year periods, provided that either party may give notice of non-renewal at least seventy-five (75) days before the end of the current period.',
      ),
    ).toEqual(one('non-renewal', 75, 'days'));
    expect(
      notices(
        'The subscription renews automatically for further one-year periods unless either party gives seventy-five (75) days written notice of termination.',
      ),
    ).toEqual(one('non-renewal', 75, 'days'));
  });

  it('does not take data deleted after a chat session ends as kept after the service ends', () => {
    // The end of a session, a request or a billing cycle is not the end of the agreement.
    expect(
      notices(
        'Chat content is erased from our systems no later than thirty days after the end of the conversation in which they were entered, unless an administrator picks a longer period in the settings made available in the console.',
      ),
    ).toEqual([]);
    // Look-alike: the same deletion after the end of the subscription, with a window to download the data.
    expect(
      notices(
        'Customer Content remains available for download for thirty days after the end of the subscription term.',
      ),
    ).toEqual(one('data-export', 30, 'days'));
  });
});

describe('extractNotices: round-2 look-alikes', () => {
  it('reads "with prior notice of 30 days" as an advance notice', () => {
    expect(
      notices('We may revise our pricing with prior notice of 30 days, which will apply from your next billing cycle.'),
    ).toEqual(one('price-change', 30, 'days'));
    expect(
      notices(
        'Either party may terminate this Agreement for convenience by giving prior written notice of sixty (60) days.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
    // Not a notice: a period of something else.
    expect(notices('Our pricing was revised after a review of 30 days.')).toEqual([]);
  });

  it('does not read remedying a personal data breach as a contract cure period', () => {
    const text =
      '## Personal Data Breach\n\nProcessor shall notify Controller within seventy-two (72) hours after becoming aware of a Personal Data Breach.\n\nProcessor shall take reasonable steps to remedy the breach and mitigate its effects within 48 hours where practicable.';
    expect(notices(text)).toEqual([]);
    // A contract breach in the same section is still a cure period.
    const contract =
      '## Security Breach\n\nEither party may terminate this Agreement if the other party materially breaches it and fails to cure the breach within thirty (30) days.';
    expect(notices(contract)).toEqual(one('breach-cure', 30, 'days'));
  });

  it('finds the object of a change in the sentence’s other clause', () => {
    expect(
      notices(
        'We may update this AUP at any time by posting a revised version; changes are effective 7 days after posting.',
      ),
    ).toEqual(one('terms-change', 7, 'days'));
    expect(
      notices('We may update your contact details at any time; changes are effective 7 days after posting.'),
    ).toEqual([]);
  });

  it('keeps the overdue period, not the notice of suspension that follows it', () => {
    expect(
      notices(
        'If any undisputed amount is more than fifteen (15) days overdue, Corvane may, upon ten (10) days’ prior written notice, suspend the Services until such amounts are paid in full.',
      ),
    ).toEqual(one('payment-default', 15, 'days'));
    // Alone, a notice of suspension for non-payment is still read as before.
    expect(
      notices('If any invoice remains unpaid for more than 30 days after its due date, we may suspend the Services.'),
    ).toEqual(one('payment-default', 30, 'days'));
  });
});

describe('extractNotices: plain-English and civil-law wording', () => {
  it('reads "before we put our prices up" as a price change', () => {
    expect(notices('We’ll tell you at least 30 days before we put our prices up.')).toEqual(
      one('price-change', 30, 'days'),
    );
    expect(notices('We’ll tell you at least 30 days before we put the new server up.')).toEqual([]);
  });

  it('reads "we can end these terms by giving you 2 months’ notice" as termination for convenience', () => {
    expect(notices('We can end these terms by giving you at least 2 months’ notice.')).toEqual(
      one('termination-convenience', 2, 'months'),
    );
    // "the end of the agreement" is not the verb.
    expect(
      notices('We will remind you 30 days before the end of the agreement term about your options.'),
    ).not.toContain('termination-convenience 30 days');
  });

  it('reads "if you break these terms … and don’t fix it within 10 days" as a cure period', () => {
    expect(
      notices(
        'If you break these terms in a serious way and don’t fix it within 10 days of us asking you to, we can suspend or close your account.',
      ),
    ).toEqual(one('breach-cure', 10, 'days'));
    expect(notices('If the printer breaks, we will fix it within 10 days.')).toEqual([]);
  });

  it('reads "in default of payment for more than 60 days" as a payment default', () => {
    expect(
      notices(
        'If Client is in default of payment for more than sixty (60) days, Marlo may terminate the affected SOW.',
      ),
    ).toEqual(one('payment-default', 60, 'days'));
    expect(notices('Invoices are due within thirty (30) days; default interest applies thereafter.')).toEqual([]);
  });
});

describe('extractNotices: figure-first numbers', () => {
  it('reads "within 14 (fourteen) working days" as a cure period', () => {
    expect(
      notices(
        'In the event of a breach, the non-breaching Party shall give a written warning; if the breach is not remedied within 14 (fourteen) working days, the non-breaching Party may terminate this Agreement.',
      ),
    ).toEqual(one('breach-cure', 14, 'business-days'));
  });
});

describe('extractNotices: end of support', () => {
  it('reads notice before ending support for an API version as a change to the service', () => {
    expect(notices('We will provide 12 months notice before ending support for an API version.')).toEqual(
      one('terms-change', 12, 'months'),
    );
    expect(notices('We will provide 30 days notice before ending support for your account.')).not.toContain(
      'terms-change 30 days',
    );
  });
});

describe('extractNotices: contract prose (named rules)', () => {
  function rulesOf(text: string): string[] {
    return extractNotices(docFromText(text)).map((f) => `${f.value.kind} ${f.rule}`);
  }

  it('records the rule on every finding', () => {
    const text =
      'Either party may terminate this Agreement at any time, with or without cause, upon thirty (30) days’ prior written notice.';
    expect(rulesOf(text)).toEqual(['termination-convenience notices/convenienceWordsBefore']);
  });

  it('reads "notice of termination … before the renewal date" as non-renewal, not convenience', () => {
    const text =
      'Either party may give written notice of termination no later than sixty (60) days before the renewal date.';
    expect(rulesOf(text)).toEqual(['non-renewal notices/nonRenewalBeforeTermEnd']);
  });

  it('reads the notice that stops an automatic continuation (noticeAgainstAutoRenewal)', () => {
    expect(
      notices(
        'The Term shall be extended automatically for further one-year periods unless either party serves a ninety-day notice of termination.',
      ),
    ).toEqual(one('non-renewal', 90, 'days'));
    expect(
      notices(
        'Thereafter this Agreement shall continue automatically until either party gives the other at least three (3) months’ prior written notice of termination.',
      ),
    ).toEqual(one('non-renewal', 3, 'months'));
    // Look-alike: a convenience right in a sentence with no continuation.
    expect(notices('Either party may terminate upon ninety (90) days’ notice.')).toEqual(
      one('termination-convenience', 90, 'days'),
    );
  });

  it('reads "such notice" after an automatic-renewal sentence (suchNoticeAfterAutoRenewal)', () => {
    const text =
      'The license is renewed automatically for one further year unless the Licensee objects in writing. Such notice shall reach the Licensor no later than forty-five (45) days prior to expiry.';
    expect(notices(text)).toEqual(one('non-renewal', 45, 'days'));
    // Look-alike: "such notice" with no renewal before it.
    expect(
      notices(
        'The Supplier shall notify the Buyer of any delay. Such notice shall be given at least five (5) days prior to the delivery date.',
      ),
    ).toEqual([]);
  });

  it('takes no non-renewal from insurance clauses (insuranceNotice)', () => {
    expect(
      notices(
        'Each policy shall provide that the insurer gives the Company at least thirty (30) days’ prior written notice of cancellation, non-renewal or material change.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'All certificates shall require fifteen (15) days’ advance notice of any reduction, cancellation or non-renewal of the coverage.',
      ),
    ).toEqual([]);
  });

  it('takes no non-renewal from a notice to exercise a renewal option (noticeToExerciseRenewal)', () => {
    expect(
      notices(
        'The Franchisee shall give written notice of its election to renew at least six (6) months before the end of the term.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'If you decide to renew, you must tell us in writing no later than ninety (90) days before the term expires.',
      ),
    ).toEqual([]);
  });

  it('does not read a reporting deadline before expiry as a notice', () => {
    expect(
      notices(
        'Sixty (60) days before the expiration of this license, the Licensee shall deliver a statement of inventory on hand and in case of termination a final report.',
      ),
    ).toEqual([]);
  });

  it('reads "terminate prior to the expiration of the Term" as an early termination (convenience)', () => {
    expect(
      notices(
        'The Client may terminate the Contract before the end of the Term upon twenty (20) days’ written notice.',
      ),
    ).toEqual(one('termination-convenience', 20, 'days'));
  });

  it('reads "at any time" as convenience only when nothing conditions it', () => {
    expect(
      notices(
        'Either party may terminate this Agreement at any time if the other party fails to comply with Section 4, by written notice given not less than thirty (30) days before the termination date.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'The Sponsor may, at any time during development, terminate the program for reasons of safety upon sixty (60) days’ written notice.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'The Reseller may terminate this Agreement for Regulatory Reasons upon one hundred twenty (120) days’ written notice.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'If either party is prevented from performing by an act of God, the other may at any time terminate upon fifteen (15) days’ notice.',
      ),
    ).toEqual([]);
  });

  it('reads weak convenience wording only for ending the agreement, in an unconditioned sentence', () => {
    expect(
      notices(
        'The Sponsor may, in its sole discretion, cancel its attendance at any listed event by notifying the Organizer no later than three weeks before the event date.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'If the parties cannot agree on a currency, then the Licensor may, in its sole discretion, end this Agreement by ninety (90) days’ prior written notice.',
      ),
    ).toEqual([]);
    // The same right with nothing conditioning it is a termination for convenience.
    expect(
      notices(
        'The Licensor may, in its sole discretion, terminate this Agreement upon ninety (90) days’ prior written notice.',
      ),
    ).toEqual(one('termination-convenience', 90, 'days'));
  });

  it('does not read a notice of something else as a termination notice', () => {
    expect(
      notices(
        'At any time thereafter we may restart the marketing fund (including the rights to terminate and restart it) by giving you thirty (30) days’ notice of reinstatement.',
      ),
    ).toEqual([]);
  });

  it('reads a convenience right from the lead-in of a list', () => {
    const text =
      'The Licensee shall have the right to terminate this Agreement:\n(a) at any time after the first anniversary, for any reason, upon ninety (90) days’ written notice;';
    expect(notices(text)).toEqual(one('termination-convenience', 90, 'days'));
  });

  it('reads an open-ended term ended on notice as convenience (untilTerminatedOnNotice)', () => {
    expect(
      notices(
        'This Agreement shall remain in full force and effect until terminated by either party upon sixty (60) days’ prior written notice.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
    // Until a party gives notice to end it: the same open-ended term.
    expect(
      notices(
        'This Agreement shall continue in full force and effect until the Merchant gives not less than sixty (60) days’ prior written notice to the Processor to terminate it.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
    // Look-alikes: a term running until a date, with another notice after it; a notice given until the end.
    expect(
      notices(
        'The Service shall continue until the end of the Term, and we will give thirty (30) days’ notice of any price change.',
      ),
    ).toEqual(one('price-change', 30, 'days'));
    expect(
      notices(
        'This Agreement shall continue until the Merchant gives sixty (60) days’ notice of a breach to the Processor, who may then cure it.',
      ).filter((x) => x.startsWith('termination-convenience')),
    ).toEqual([]);
  });

  it('reads a price change announced the sentence before (priceChangeInPrevious)', () => {
    expect(notices('We may adjust our prices. The changes take effect 30 days after we notify you.')).toEqual(
      one('price-change', 30, 'days'),
    );
    // Look-alike: changes of something other than prices.
    expect(notices('We may update the app. The changes take effect 30 days after we notify you.')).not.toContain(
      'price-change 30 days',
    );
    // The change named again after the period: "… at least 30 days before the change takes effect".
    expect(
      notices('We may raise our fees. If we do, we will email you at least 30 days before the increase applies.'),
    ).toEqual(one('price-change', 30, 'days'));
    // Look-alikes: the change the sentence before is not a price change, or the period's change is another one.
    expect(
      notices('We may revise this policy. If we do, we will email you at least 30 days before the change applies.'),
    ).not.toContain('price-change 30 days');
    expect(
      notices('We may raise our fees. We will email you at least 30 days before any change to the features applies.'),
    ).not.toContain('price-change 30 days');
  });

  it('reads "changes to this Agreement, such as price changes" as both kinds', () => {
    const text =
      'We will announce material changes to this Agreement, such as price changes, at least 45 days before the change takes effect.';
    expect(notices(text).sort()).toEqual(['price-change 45 days', 'terms-change 45 days']);
  });

  it('reads a violation that is not corrected as a cure period', () => {
    expect(
      notices(
        'If Customer fails to correct the violation within 48 hours of our request, we may suspend the affected account.',
      ),
    ).toEqual(one('breach-cure', 48, 'hours'));
  });

  it('reads a claim window for SLA compensation', () => {
    expect(notices('Customers must claim the SLA compensation within 20 days after the incident is resolved.')).toEqual(
      one('credit-claim', 20, 'days'),
    );
  });

  it('does not read a termination after an availability failure as convenience', () => {
    expect(
      notices(
        'Customer may also terminate this Agreement upon thirty (30) days’ written notice if the monthly availability falls under 95%.',
      ),
    ).toEqual([]);
    expect(
      notices(
        'Customer may also terminate this Agreement upon thirty (30) days’ written notice (given within sixty days of a month in which the Availability was under 95%).',
      ),
    ).toEqual([]);
  });
});

describe('extractNotices: a hard-wrapped line that opens in lower case', () => {
  it('reads the line with the one before it (a page number between them is skipped)', () => {
    const text = [
      'This Agreement begins on the Effective Date, lasts three (3) years and renews automatically each year until terminated',
      '- 4 -',
      'by either party with ninety (90) days written notice prior to the expiration of the then-current term.',
    ].join('\n');
    expect(notices(text)).toEqual(one('non-renewal', 90, 'days'));
  });

  it('look-alikes: a new sentence or a list item is not joined to the line before', () => {
    const sentence = [
      'This Agreement begins on the Effective Date and renews automatically each year until terminated',
      'Reports are due ninety (90) days prior to the expiration of each calendar year.',
    ].join('\n');
    expect(notices(sentence)).toEqual([]);
    const item = [
      'This Agreement begins on the Effective Date and renews automatically each year until terminated',
      '(b) reports are due ninety (90) days prior to the expiration of each calendar year.',
    ].join('\n');
    expect(notices(item)).toEqual([]);
  });
});

describe('extractNotices: a window looked back on from a date (lookBackWindow)', () => {
  it('is no notice period', () => {
    expect(
      notices(
        'You will not solicit any employee with whom you worked in the six (6) months prior to the Termination Date.',
        true,
      ),
    ).toEqual([]);
  });

  it('look-alikes: an advance notice, or a window in which notice is given', () => {
    expect(
      notices('Either party may terminate this Agreement for convenience on six (6) months prior written notice.'),
    ).toEqual(one('termination-convenience', 6, 'months'));
    expect(
      notices(
        'This Agreement renews automatically unless a party gives notice of non-renewal during the sixty (60) days before the end of the then-current term.',
      ),
    ).toEqual(one('non-renewal', 60, 'days'));
  });
});

describe('extractNotices: a notice that opens talks before expiry (noticeToNegotiate)', () => {
  it('is not a non-renewal notice', () => {
    expect(
      notices(
        'On the expiration or termination of this Agreement, upon notice from the Distributor given at least sixty (60) days prior to such expiration or termination, the Supplier shall negotiate in good faith the terms of a new distribution agreement.',
      ),
    ).toEqual([]);
  });

  it('look-alikes: a non-renewal notice that also mentions talks, a renewal sentence', () => {
    expect(
      notices(
        'Either party may give notice of non-renewal at least sixty (60) days prior to the expiration of the Term, after which the parties shall negotiate a transition plan.',
      ),
    ).toEqual(one('non-renewal', 60, 'days'));
    expect(
      notices(
        'This Agreement renews for successive one-year terms unless either party terminates it by notice at least sixty (60) days prior to expiration; the parties shall negotiate prices for each renewal term.',
      ),
    ).toEqual(one('non-renewal', 60, 'days'));
  });
});

describe('extractNotices: CUAD contract prose (round 3)', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('intentToEndAfterAutoRenewal: a notice of intent to end, right after an automatic continuation', () => {
    expect(
      kinds(
        'This Lease renews automatically for further terms of five years each. Either party must give six (6) months notice of its intention to terminate the Lease.',
      ),
    ).toEqual(['non-renewal:6 months']);
  });

  it('look-alike: the same notice after a sentence that renews nothing, or with a right "at any time"', () => {
    expect(
      kinds(
        'The Supplier shall deliver the goods in monthly lots. Either party must give six (6) months notice of its intention to terminate the Lease.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'This Agreement renews automatically for successive one-year terms. Either party may at any time give sixty (60) days written notice of its intention to terminate this Agreement.',
      ),
    ).toEqual(['termination-convenience:60 days']);
  });

  it('reads "a notice period of" and "a notice of" as advance notice', () => {
    expect(
      kinds('The Reseller may terminate this Agreement for convenience with a notice period of three (3) months.'),
    ).toEqual(['termination-convenience:3 months']);
    // A figure that is not the notice's length: "notice of 3 defects" is no period.
    expect(kinds('The Buyer shall give a notice of defects within ten (10) days of delivery.')).toEqual([]);
  });

  it('a term that continues for consecutive periods "unless terminated … upon N days notice" is a non-renewal notice', () => {
    expect(
      kinds(
        'This Agreement shall continue thereafter for successive periods of one year unless terminated by either party upon ninety (90) days written notice.',
      ),
    ).toEqual(['non-renewal:90 days']);
    // Look-alike: obligations that "continue" are no term; the termination right stays unscored.
    expect(
      kinds(
        'The confidentiality obligations continue for three (3) years after termination; either party may terminate this Agreement if the other breaches it, upon thirty (30) days notice.',
      ),
    ).not.toContain('non-renewal:30 days');
  });
});

describe('extractNotices: convenienceRightInPrevious', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('reads the period of a termination granted "at any time, for any reason" in the sentence before', () => {
    expect(
      kinds(
        'The Sponsor may end this Agreement at any time and for any reason. Termination becomes effective thirty (30) days after the date of the notice.',
      ),
    ).toEqual(['termination-convenience:30 days']);
  });

  it('look-alikes: a conditional right before, a fee after, a subcontract ended', () => {
    expect(
      kinds(
        'Either party may terminate this Agreement if the other becomes insolvent. Such termination is effective fifteen (15) days after written notice.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'The Buyer may terminate this Agreement for convenience. The termination fee is payable within fifteen (15) days after notice.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'The Company may at any time terminate the appointment of any sub-agent. Such termination takes effect five (5) days after written notice.',
      ),
    ).toEqual([]);
  });
});

describe('extractNotices: endsOnNoticeInRenewingTerm', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('in a sentence that renews the term, a notice that ends it is the way out of the renewal', () => {
    expect(
      kinds(
        'The Services Contract renews automatically for one-year periods and shall terminate upon either party giving not less than sixty (60) days advance written notice, if not otherwise prohibited by law.',
      ),
    ).toEqual(['non-renewal:60 days']);
  });

  it('look-alikes: a condition on the termination, a right "at any time", a right "may terminate"', () => {
    expect(
      kinds(
        'This Agreement renews automatically for one-year periods and shall terminate upon sixty (60) days notice if the Agent fails to reach its targets.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'This Agreement renews automatically for one-year periods, and either party may terminate it at any time upon sixty (60) days notice.',
      ),
    ).not.toContain('non-renewal:60 days');
    expect(
      kinds(
        'This Agreement renews automatically for one-year periods; the Agent may terminate it upon sixty (60) days notice.',
      ),
    ).not.toContain('non-renewal:60 days');
  });
});

describe('extractNotices: a term that goes on after the initial term', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('"after the initial term … shall continue until terminated upon N notice" and "terminable by either party" are non-renewal notices', () => {
    expect(
      kinds(
        'After the end of the Initial Term, the Licence will continue until terminated by either party upon not less than four (4) months written notice.',
      ),
    ).toEqual(['non-renewal:4 months']);
    expect(
      kinds(
        'At the end of the first term, the Services will continue on a month-to-month basis, terminable by either party upon fifteen (15) days written notice.',
      ),
    ).toEqual(['non-renewal:15 days']);
  });

  it('look-alikes: "terminable" for a cause, an initial term after which nothing continues', () => {
    expect(
      kinds(
        'This Agreement is terminable by the Owner upon ten (10) days notice if the Contractor abandons the works.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'After the end of the Initial Term, the Supplier shall deliver a final report within thirty (30) days after written notice from the Buyer.',
      ),
    ).toEqual([]);
  });
});

describe('extractNotices: a convenience termination effective N days after receipt of the notice', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('reads "notice of termination, which takes effect forty-five (45) days after its receipt"', () => {
    expect(
      kinds(
        'The Publisher may terminate this Agreement for convenience by sending the Author a notice of termination, which takes effect forty-five (45) days after its receipt.',
      ),
    ).toEqual(['termination-convenience:45 days']);
  });

  it('look-alikes: a payment or a return counted from the receipt of goods', () => {
    expect(
      kinds(
        'Either party may terminate this Agreement for convenience. Invoices are due twenty (20) days after receipt.',
      ),
    ).toEqual([]);
    expect(
      kinds(
        'Either party may terminate this Agreement for convenience by written notice; the Reseller returns the demo units ten (10) days after receipt of the new units.',
      ),
    ).toEqual([]);
  });
});

describe('extractNotices: mayTerminateOnNotice leaves the period of a change taking effect alone', () => {
  const kinds = (text: string) =>
    extractNotices(docFromText(text))
      .filter((f) => f.value.kind !== 'other')
      .map((f) => `${f.value.kind}:${f.value.amount} ${f.value.unit}`);

  it('a right to terminate after "the changes become effective N days after posting" is no convenience notice', () => {
    expect(
      kinds(
        'Updated terms become effective forty-five (45) days after we post them, and the Customer may end this Agreement by written notice within that period.',
      ),
    ).not.toContain('termination-convenience:45 days');
    expect(
      kinds(
        'The modifications will take effect twenty (20) days after publication and the Member may terminate its membership without penalty upon written notice.',
      ),
    ).toEqual([]);
  });

  it('look-alike: a termination right with its own period still reads as one', () => {
    expect(kinds('Upon sixty (60) days written notice, either party may terminate this Agreement.')).toEqual([
      'termination-convenience:60 days',
    ]);
  });

  it('a notice counted to a change, with a right to terminate in answer to it, is a change notice', () => {
    expect(
      kinds(
        'If we plan a change to the Service that will have a material adverse effect on you, we will notify you at least 45 (forty-five) days before the change takes effect and you may terminate the Agreement.',
      ),
    ).toEqual(['terms-change:45 days']);
    // Look-alike: the period is the termination's, not counted to the change.
    expect(
      kinds('If we change the Service, you may terminate the Agreement for convenience on 45 days’ written notice.'),
    ).not.toContain('terms-change:45 days');
  });
});

describe('extractNotices: the right or the change named before, and terminations not for cause', () => {
  it('a termination notice after a right "at its sole discretion" in the sentence before (convenienceRightInPrevious)', () => {
    expect(
      notices(
        'Harrow reserves the right, at its sole discretion, to terminate this Agreement. Harrow will provide 60 days notice of termination.',
      ),
    ).toEqual(one('termination-convenience', 60, 'days'));
    // Look-alike: the right before is for breach.
    expect(
      notices(
        'Harrow reserves the right to terminate this Agreement if the Customer breaches it. Harrow will provide 60 days notice of termination.',
      ),
    ).not.toContain('termination-convenience 60 days');
  });

  it('"terminations that are not related to a breach" are without cause', () => {
    expect(
      notices('For terminations that are not due to a breach by you, we will give at least 45 days’ notice.'),
    ).toEqual(one('termination-convenience', 45, 'days'));
    expect(notices('For terminations due to a breach by you, we will give at least 10 days’ notice.')).not.toContain(
      'termination-convenience 10 days',
    );
  });

  it('"If we do, …" points back past the sentence before to the price change', () => {
    expect(
      notices(
        'We may change our prices from time to time. We usually keep existing customers on their old plan. If we do, we will give at least 45 days advance notice.',
      ),
    ).toEqual(one('price-change', 45, 'days'));
    // Look-alike: a notice that does not point back.
    expect(
      notices(
        'We may change our prices from time to time. We usually keep existing customers on their old plan. We will give at least 45 days advance notice of planned maintenance.',
      ),
    ).toEqual(one('maintenance', 45, 'days'));
  });
});

describe('extractNotices: a payment failure that lasts, a notice of it, and data kept "past termination"', () => {
  it('reads "such failure continues for N days" after "fails to timely pay"', () => {
    expect(
      notices(
        'Harrow may suspend the Services if the Customer fails to timely pay any undisputed amount, but only after notice and such failure continues for 21 days.',
      ),
    ).toEqual(one('payment-default', 21, 'days'));
    expect(
      notices(
        'Harrow may suspend the Services if the Customer fails to timely submit its usage report, but only after notice and such failure continues for 21 days.',
      ),
    ).not.toContain('payment-default 21 days');
  });

  it('reads "N days after the first notice of the payment failure"', () => {
    expect(
      notices(
        'Following ten (10) days after the first notice of the payment failure has been sent to you, Quillbox may suspend your account.',
      ),
    ).toEqual(one('payment-default', 10, 'days'));
    expect(
      notices('Following ten (10) days after the first notice of a feature change, Quillbox may remove the feature.'),
    ).not.toContain('payment-default 10 days');
  });

  it('reads "for up to N days past termination" as the data window', () => {
    expect(
      notices('For up to sixty (60) days past termination, Customer may request a copy of Customer Data still stored.'),
    ).toEqual(one('data-export', 60, 'days'));
    expect(
      notices('For up to sixty (60) days past the invoice date, Customer may dispute the invoice in writing.'),
    ).not.toContain('data-export 60 days');
  });
});

describe('extractNotices: a billing dispute is no credit claim; a termination "without a cure period" has none', () => {
  it('a window to dispute a bill "to receive an adjustment or credit" is not a service-credit claim', () => {
    expect(
      notices(
        'If Customer believes that Lumo has billed Customer incorrectly, Customer must contact Lumo no later than 45 days after the closing date of the billing statement, in order to receive an adjustment or credit.',
      ),
    ).not.toContain('credit-claim 45 days');
    // Look-alike: service credits claimed within the window.
    expect(
      notices('To receive a Service Credit, Customer must submit a claim within 45 days after the end of the month.'),
    ).toEqual(one('credit-claim', 45, 'days'));
  });

  it('"suspended for more than 90 days" in a termination "without a cure period" is no cure period', () => {
    expect(
      notices(
        "Each Party may terminate this Agreement immediately upon written notice, without giving the other Party a cure period, as follows: by Lumo, if Customer breaches the licence terms, or if Customer's account has been suspended for more than ninety (90) days.",
      ),
    ).not.toContain('breach-cure 90 days');
    expect(
      notices(
        'Either Party may terminate this Agreement if the other Party breaches a material obligation and fails to cure the breach within ninety (90) days of notice.',
      ),
    ).toEqual(one('breach-cure', 90, 'days'));
  });
});

describe('extractNotices: a second period coordinated with the first (notices/coordinatedPeriod)', () => {
  it('gives a period written the same way after "and" the first one\'s kind', () => {
    expect(
      notices(
        'Fee increases are announced 45 days in advance for monthly plans and 90 days in advance for annual plans.',
      ),
    ).toEqual(['price-change 45 days', 'price-change 90 days']);
  });

  it('look-alikes: a period of another shape after "and", and a notice that names its own object', () => {
    expect(
      notices('Price increases are announced 45 days in advance, and invoices are due 90 days after issue.'),
    ).toEqual(['price-change 45 days']);
    expect(
      notices("We give 45 days' notice of price changes and 120 days' notice of closing a data centre."),
    ).not.toContain('price-change 120 days');
    // A notice of "that change" points back to the price change.
    expect(notices("If we change the fees, we will give you 45 days' notice of that change.")).toEqual(
      one('price-change', 45, 'days'),
    );
  });
});

describe('"information" is no notice: "inform" counts as the verb only', () => {
  it('a support table row for an informational request, and information handed over on request, are no notices', () => {
    expect(notices('4 - Low | Informational request, UI question | Within 5 business days', true)).toEqual([]);
    expect(notices('Upon request, Supplier shall provide information within 10 days of the request.', true)).toEqual(
      [],
    );
  });

  it('look-alike: informing the customer within a period is still shaped like a notice', () => {
    expect(notices('Supplier will inform Customer in writing within 10 days of any security incident.', true)).toEqual([
      'other 10 days',
    ]);
  });
});

describe('"will not automatically renew … if a party gives N days notice" is a non-renewal notice', () => {
  it('reads the notice as non-renewal', () => {
    expect(
      notices(
        'The Subscription will not automatically renew for another Term if either party gives the other party 14 days written notice.',
      ),
    ).toEqual(['non-renewal 14 days']);
  });

  it('look-alike: "will not automatically send reminders … 14 days" is no renewal notice', () => {
    expect(notices('We will not automatically send reminders; you may ask for one 14 days in advance.')).not.toContain(
      'non-renewal 14 days',
    );
  });
});

describe('a notice written with a character reference for its apostrophe', () => {
  it('"30 days&rsquo; notice" reads as 30 days’ notice', () => {
    expect(notices('We may terminate our engagement with you by giving you at least 30 days&rsquo; notice.')).toEqual([
      'termination-convenience 30 days',
    ]);
  });
});

describe('notices: hours of service, and changes announced in a section about the document', () => {
  it('an allowance of maintenance "up to four (4) hours per month" is no notice period; its 72-hour notice is', () => {
    expect(
      notices(
        '1. Scheduled maintenance — up to four (4) hours per month, announced with at least 72 hours’ notice by email.',
        true,
      ),
    ).toEqual(one('maintenance', 72, 'hours'));
  });

  it('"every 2 business days prior to a workaround" is how often updates come; "2 business days prior to" a change is notice', () => {
    expect(
      notices('Status updates are sent every 2 business days prior to a workaround and weekly thereafter.', true),
    ).toEqual([]);
    expect(notices('We send an update 2 business days prior to any planned change to the Service.', true)).toEqual([
      'terms-change 2 business-days',
    ]);
  });

  it('"support coverage 24 hours a day" is no notice period; "24 hours’ notice" still is', () => {
    expect(notices('Support. Our team provides support coverage 24 hours a day, 7 days a week.', true)).toEqual([]);
    expect(notices('Maintenance. Emergency maintenance may occur with 24 hours’ notice.', true)).toEqual(
      one('maintenance', 24, 'hours'),
    );
  });

  it('a notice of material changes after "Changes will be effective upon posting", two sentences after "update these Terms"', () => {
    const text =
      '12. General\nWe reserve the right to update these Terms at any time. Changes will be effective upon posting to this page. For material changes, we will provide at least 30 days notice by email.';
    expect(notices(text)).toEqual(one('terms-change', 30, 'days'));
  });

  it('a notice of material changes under "SLA Review" is a change of the SLA', () => {
    const text =
      '10. SLA Review\nThis SLA is reviewed every year. We will notify you of any material changes at least 30 days before they take effect.';
    expect(notices(text)).toEqual(one('terms-change', 30, 'days'));
  });

  it('look-alikes: changes of something the contract names, and a review of something else', () => {
    const copy =
      'b. Sponsor is responsible for its advertising copy under this Agreement. Any changes or modifications of advertising copy shall be made at Sponsor’s cost. Sponsor shall give the Venue all proposed changes at least thirty (30) days prior to display.';
    expect(notices(copy)).not.toContain('terms-change 30 days');
    const review =
      '6. Review of Advertising Copy\nThe Venue reviews each design. Sponsor will submit any material changes at least 30 days before they take effect.';
    expect(notices(review)).not.toContain('terms-change 30 days');
  });
});

describe('notices: a look-back closing its clause, and "stop it from renewing"', () => {
  it('"the amount paid … during the twelve months prior." in a liability cap is no notice', () => {
    expect(
      notices(
        'OUR AGGREGATE LIABILITY UNDER THESE TERMS WILL NOT EXCEED THE AMOUNT PAID BY YOU TO US DURING THE TWELVE MONTHS PRIOR.',
        true,
      ),
    ).toEqual([]);
    // Look-alike: a notice given thirty days prior is one, even beside a liability.
    expect(
      notices(
        'Provider is not liable for delays and may increase the fees paid by Customer by giving written notice at least thirty days prior.',
      ),
    ).toEqual(one('price-change', 30, 'days'));
  });

  it('"stop this agreement from renewing by giving notice … before it renews" is a non-renewal notice', () => {
    expect(
      notices(
        'Either side can stop this agreement from renewing by giving notice at least sixty days before it renews again.',
      ),
    ).toEqual(one('non-renewal', 60, 'days'));
    // Look-alike: stopping something else is no renewal.
    expect(
      notices(
        'Either side can stop using the software by giving notice at least sixty days before the end of the month.',
      ),
    ).not.toContain('non-renewal 60 days');
  });
});

describe('notices: "before it would otherwise renew"', () => {
  it('"renews automatically … either party can end the Term by giving notice at least 45 days before it would otherwise renew"', () => {
    expect(
      notices(
        'The Term renews automatically for further one-year periods, and either party can end the Term by giving notice at least 45 days before it would otherwise renew.',
      ),
    ).toEqual(one('non-renewal', 45, 'days'));
    // Look-alike: notice before something else would happen is no non-renewal notice.
    expect(
      notices(
        'The Term renews automatically for further one-year periods. Either party can move a meeting by giving notice at least 45 days before it would otherwise happen.',
      ),
    ).not.toContain('non-renewal 45 days');
  });
});

describe('notices: ending the agreement "on the date it would otherwise renew"', () => {
  it('"may end this agreement on the next date it would otherwise renew by giving notice one month in advance" is a non-renewal notice', () => {
    expect(
      notices(
        'This agreement renews automatically for consecutive billing periods. Tallis may end this agreement on the next date it would otherwise renew by giving notice at least one month in advance.',
      ),
    ).toEqual(one('non-renewal', 1, 'months'));
    // Look-alike: moving something else to that date ends nothing.
    expect(
      notices(
        'This agreement renews automatically for consecutive billing periods. Tallis may move the review meeting to the date it would otherwise renew by giving notice at least one month in advance.',
      ),
    ).not.toContain('non-renewal 1 months');
  });

  it('"may end this agreement when it would otherwise automatically renew by giving notice 30 days ahead" is one too', () => {
    expect(
      notices(
        'Tallis may end this agreement when it would otherwise automatically renew by giving notice at least 30 calendar days ahead of time.',
      ),
    ).toEqual(one('non-renewal', 30, 'days'));
    // Look-alike: ending it whenever one wishes, on the same notice, is a termination for convenience.
    expect(
      notices(
        'Tallis may end this agreement whenever it wishes by giving notice at least 30 calendar days ahead of time.',
      ),
    ).not.toContain('non-renewal 30 days');
  });
});

describe('notices: an option deemed exercised unless one elects "not to exercise" it', () => {
  it('"deemed to have exercised each Renewal Option unless … written notice of its election not to exercise a Renewal Option at least 270 days prior to …" is a non-renewal notice', () => {
    expect(
      notices(
        'Licensee shall be deemed to have exercised each Renewal Option unless Licensee gives Licensor written notice of its election not to exercise a Renewal Option at least 270 days prior to the expiration of the then-current Term.',
      ),
    ).toEqual(one('non-renewal', 270, 'days'));
    // Look-alike: notice that exercises the option is no stop.
    expect(
      notices(
        'Licensee may exercise a Renewal Option by giving Licensor written notice at least 270 days prior to the expiration of the then-current Term.',
      ),
    ).not.toContain('non-renewal 270 days');
  });
});

describe('notices: a notice line under a maintenance heading', () => {
  it('"## Planned Maintenance" … "Advance notice: 72 hours by email" is the maintenance notice', () => {
    expect(
      notices(
        '## Planned Maintenance\n\nWindow: Sundays 02:00-04:00 UTC\n\nAdvance notice: 72 hours by email and status page',
      ),
    ).toEqual(one('maintenance', 72, 'hours'));
  });

  it('look-alike: under "Maintenance and Support", a notice to end support is no maintenance notice', () => {
    expect(
      notices('## Maintenance and Support\n\nEither party may end support with at least 30 days advance notice.'),
    ).not.toContain('maintenance 30 days');
  });
});

describe('notices: prices "amended", announced in the next sentence', () => {
  it('"reserves the right to amend its prices. Such changes will be communicated one month in advance" is a price change', () => {
    expect(
      notices(
        'Orvell reserves the right to amend its prices in the interim. Such changes will be communicated not later than one (1) month in advance of their coming into effect.',
      ),
    ).toEqual(one('price-change', 1, 'months'));
  });
  it('look-alike: amending the terms is a change of terms, not of prices', () => {
    expect(notices('Orvell may amend these Terms. Such changes will be communicated one month in advance.')).toEqual(
      one('terms-change', 1, 'months'),
    );
  });
});

describe('a reminder the vendor sends before renewal is no non-renewal notice', () => {
  it.each([
    'Clients receive email notifications 10 days prior to the renewal date of their account, informing them that the renewal is approaching.',
    'Customers are notified by email 15 days before the renewal date.',
    'We will remind you 7 days before the end of your current term.',
  ])('%s', (text) => {
    expect(kindAmounts(text).filter(([k]) => k === 'non-renewal')).toEqual([]);
  });
  it.each([
    ['Customer must notify us at least 30 days before the renewal date if it does not wish to renew.', 30],
    ['You will receive a notice of non-renewal 30 days before expiry if we decide not to renew.', 30],
  ])('look-alike, still non-renewal: %s', (text, days) => {
    expect(kindAmounts(text)).toContainEqual(['non-renewal', days]);
  });
});

describe('notices/priceChangeNotice: prices "listed … and subject to change with N days notice"', () => {
  it('reads a price change when "subject to change" follows the prices after "and" or a comma', () => {
    expect(
      kindAmounts('Prices are listed on our website and subject to change with 30 days notice to existing customers.'),
    ).toEqual([['price-change', 30]]);
    expect(kindAmounts('Our prices are shown on the website, subject to change with 30 days notice.')).toEqual([
      ['price-change', 30],
    ]);
  });
  it('look-alike: delivery dates subject to change are no price change', () => {
    expect(kindAmounts('Delivery dates are estimates and subject to change with 30 days notice.')).not.toContainEqual([
      'price-change',
      30,
    ]);
  });
});

describe('notices: a reminder sent before the renewal is no deadline to stop it (RENEWAL_REMINDER)', () => {
  it('"we will send you a reminder notice at least 14 days before the renewal date" is no non-renewal notice', () => {
    expect(
      kindAmounts(
        'For annual plans, we will send you a reminder notice at least 14 days before the renewal date stating the new rate.',
      ),
    ).not.toContainEqual(['non-renewal', 14]);
    expect(kindAmounts('We will send you a notification at least 7 days before the renewal date.')).not.toContainEqual([
      'non-renewal',
      7,
    ]);
  });
  it('look-alike: the deadline to cancel, with a reminder promised after it, is', () => {
    expect(
      kindAmounts(
        'You must cancel at least 14 days before the renewal date to stop the renewal; we will send you a reminder email.',
      ),
    ).toContainEqual(['non-renewal', 14]);
  });
});

describe('notices/convenienceInPreviousSentence: the right at will in one sentence, its notice in the next', () => {
  it('"Either party may terminate … for any or no reason. To terminate …, give 30 days advance notice."', () => {
    expect(
      kindAmounts(
        'Either party may terminate this Agreement for any or no reason. To terminate this Agreement, the terminating party must notify the other party by giving 30 days advance notice.',
      ),
    ).toEqual([['termination-convenience', 30]]);
  });
  it('look-alikes: a right on breach before it, and a notice for a breach after a right at will', () => {
    expect(
      kindAmounts(
        'Either party may terminate this Agreement if the other party breaches it. To terminate this Agreement, the terminating party must give 30 days advance notice.',
      ),
    ).not.toContainEqual(['termination-convenience', 30]);
    expect(
      kindAmounts(
        'Either party may terminate this Agreement for any or no reason. To terminate for a breach, the terminating party must give 30 days advance notice describing the breach.',
      ),
    ).not.toContainEqual(['termination-convenience', 30]);
  });
});

describe('notices: a notice period in brackets right after the notice', () => {
  it('"may terminate the contract by prior written notice (30 days)" is a right at will on 30 days', () => {
    expect(kindAmounts('The Client may terminate the contract by prior written notice (30 days).')).toEqual([
      ['termination-convenience', 30],
    ]);
    expect(kindAmounts('Either party may end this Agreement upon notice (at least 60 days in advance).')).toEqual([
      ['termination-convenience', 60],
    ]);
  });
  it('look-alike: a bracket that is no notice period ("(30 days after signature)", "(for 30 days)") is not read so', () => {
    expect(kindAmounts('The Client may terminate the contract (30 days after signature) by notice.')).toEqual([]);
    expect(kindAmounts('We may suspend the account on notice (for 30 days) if fees are unpaid.')).toEqual([]);
  });
});
