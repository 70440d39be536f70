import { describe, expect, it } from 'vitest';
import { docFromText } from '../extractors/input';
import { extractLiabilityCap } from '../extractors/liabilityCap';
import type { LiabilityCap } from '../extractors/types';
import { doublingRatio, LINEAR_RATIO } from '../scripts/lib/scaling';

function capOf(text: string) {
  const doc = docFromText(text);
  const f = extractLiabilityCap(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return f;
}

const fees = (feesMonths: number | null, multiple: number | null = null): LiabilityCap => ({
  basis: 'fees',
  feesMonths,
  multiple,
  fixed: null,
  combine: null,
});
const feesOrFixed = (
  feesMonths: number | null,
  value: number,
  currency: string,
  combine: 'lesser' | 'greater' | null,
  multiple: number | null = null,
): LiabilityCap => ({ basis: 'fees-or-fixed', feesMonths, multiple, fixed: { value, currency }, combine });
const fixed = (value: number, currency: string): LiabilityCap => ({
  basis: 'fixed',
  feesMonths: null,
  multiple: null,
  fixed: { value, currency },
  combine: null,
});
const CREDITS: LiabilityCap = { basis: 'credits-only', feesMonths: null, multiple: null, fixed: null, combine: null };

describe('extractLiabilityCap: fee-based caps', () => {
  it.each([
    [
      "In no event shall either party's aggregate liability arising out of or related to this Agreement exceed the total fees paid or payable by Customer in the twelve (12) months preceding the event giving rise to the claim.",
      fees(12),
    ],
    ['Our total liability to you shall not exceed the amounts paid by you under this Agreement.', fees(null)],
    [
      "Each party's cumulative liability shall not exceed two times (2x) the fees paid in the prior 12 months.",
      fees(12, 2),
    ],
    [
      "Brightline's total aggregate liability in contract, tort or otherwise shall be limited to the total Fees paid for the Services during the three (3) months immediately preceding the date on which the claim arose.",
      fees(3),
    ],
    ['Our maximum aggregate liability is limited to the fees paid during the previous month.', fees(1)],
    ["Each party's total liability shall not exceed the annual fees payable under this Agreement.", fees(12)],
    [
      "Ironvale's total cumulative liability shall not exceed one and a half (1.5) times the fees paid hereunder during the twelve (12) month period immediately preceding the claim.",
      fees(12, 1.5),
    ],
    [
      "Supplier's aggregate liability shall not exceed one and a half times the fees paid in the preceding year.",
      fees(12, 1.5),
    ],
    [
      "Supplier's aggregate liability shall not exceed three (3) times the fees paid in the preceding year.",
      fees(12, 3),
    ],
    ["Each party's total liability shall not exceed the fees payable in the then-current subscription year.", fees(12)],
    ["Each party's aggregate liability will be limited to one (1) year of fees.", fees(12)],
    [
      'THE TOTAL LIABILITY OF SUPPLIER SHALL NOT EXCEED TWO HUNDRED PERCENT (200%) OF THE FEES PAID IN THE PRECEDING YEAR.',
      fees(12, 2),
    ],
    [
      "OUR AND OUR AFFILIATES' AND LICENSORS' AGGREGATE LIABILITY UNDER THIS AGREEMENT WILL NOT EXCEED THE AMOUNT YOU ACTUALLY PAY US UNDER THIS AGREEMENT FOR THE SERVICE THAT GAVE RISE TO THE CLAIM DURING THE 12 MONTHS BEFORE THE LIABILITY AROSE.",
      fees(12),
    ],
    [
      'IN NO EVENT WILL THE AGGREGATE LIABILITY OF EACH PARTY TOGETHER WITH ALL OF ITS AFFILIATES ARISING OUT OF OR RELATED TO THIS AGREEMENT EXCEED THE TOTAL AMOUNT PAID BY CUSTOMER AND ITS AFFILIATES HEREUNDER FOR THE SERVICES GIVING RISE TO THE LIABILITY IN THE TWELVE MONTHS PRECEDING THE FIRST INCIDENT OUT OF WHICH THE LIABILITY AROSE.',
      fees(12),
    ],
    [
      "Kestrel's entire liability will not exceed the amounts paid by you to us for the products during the twelve (12) months before the event giving rise to liability.",
      fees(12),
    ],
    [
      'IN NO EVENT SHALL COMPANY’S TOTAL LIABILITY EXCEED THE AMOUNT OF FEES PAID BY YOU TO COMPANY DURING THE SIX (6) MONTH PERIOD PRIOR TO THE DATE THE CLAIM AROSE.',
      fees(6),
    ],
    [
      'The maximum liability of each party to the other is limited to the amount Customer paid for the service during the 12 months before the incident.',
      fees(12),
    ],
    [
      'NOTWITHSTANDING ANYTHING TO THE CONTRARY, OUR LIABILITY TO YOU FOR ANY CAUSE WHATSOEVER WILL AT ALL TIMES BE LIMITED TO THE AMOUNT PAID, IF ANY, BY YOU TO US DURING THE ONE (1) MONTH PERIOD PRIOR TO ANY CAUSE OF ACTION ARISING.',
      fees(1),
    ],
    [
      "Each party's total liability shall not exceed the fees paid in the 12 months preceding the claim; provided that for claims under Section 9 the cap shall be the greater of $1,000,000 or three times the fees.",
      fees(12),
    ],
    [
      'you agree that your exclusive remedy is to recover from us direct damages up to an amount equal to your subscription fee for the month during which the loss occurred (or up to $10.00 if the Services are free).',
      fees(1),
    ],
  ])('%s', (text, value) => {
    expect(capOf(text)?.value).toEqual(value);
  });

  it('keeps the fee cap when a fixed amount is only the fallback for non-paying users', () => {
    expect(
      capOf(
        'OUR AGGREGATE LIABILITY WILL NOT EXCEED THE AMOUNT YOU PAID US IN THE 12 MONTHS BEFORE THE CLAIM, OR ONE HUNDRED DOLLARS ($100) IF YOU HAVE NOT PAID US ANYTHING.',
      )?.value,
    ).toEqual(fees(12));
  });
});

describe('extractLiabilityCap: a month\'s fees made a year\'s ("converted to an annualized basis")', () => {
  it('reads twelve months', () => {
    expect(
      capOf(
        'THE LIABILITY OF NORTHWIND LTD. TO THE SUBSCRIBER FOR ALL CAUSES OF ACTION WILL IN NO EVENT EXCEED THE AVERAGE MONTHLY SUBSCRIPTION FEES CONVERTED TO AN ANNUALIZED BASIS.',
      )?.value,
    ).toEqual(fees(12));
    expect(capOf("Northwind's total liability shall not exceed the annualised monthly fee.")?.value).toEqual(fees(12));
  });
  it('look-alike: the monthly fees of the month of the claim stay one month', () => {
    expect(
      capOf(
        "Northwind's total liability shall not exceed the monthly fees paid by the Customer in the month of the claim.",
      )?.value,
    ).toEqual(fees(1));
  });
});

describe('extractLiabilityCap: fixed amounts and combinations', () => {
  it.each([
    [
      "Vendor's aggregate liability shall not exceed the greater of $100,000 or the fees paid in the 12 months before the claim.",
      feesOrFixed(12, 100000, 'USD', 'greater'),
    ],
    [
      "Provider's total liability is limited to the lesser of (a) the fees paid in the twelve months preceding the claim and (b) USD 10,000.",
      feesOrFixed(12, 10000, 'USD', 'lesser'),
    ],
    [
      'Our total liability is limited to the greater of the amounts you paid us in the past 12 months or $100.',
      feesOrFixed(12, 100, 'USD', 'greater'),
    ],
    [
      "Orbit's total liability arising out of or relating to these terms is limited to the greater of (1) $200 or (2) the fees paid to use the relevant services in the 12 months before the breach.",
      feesOrFixed(12, 200, 'USD', 'greater'),
    ],
    [
      'OUR AGGREGATE LIABILITY FOR ALL CLAIMS RELATING TO THE SERVICES IS LIMITED TO $20 USD OR 100% OF THE AMOUNT YOU HAVE PAID US IN THE PAST 12 MONTHS, WHICHEVER IS GREATER.',
      feesOrFixed(12, 20, 'USD', 'greater'),
    ],
    [
      "Payline's total liability will not exceed the greater of the fees you paid to Payline during the three months preceding the claim and US$500.",
      feesOrFixed(3, 500, 'USD', 'greater'),
    ],
    [
      'IN NO EVENT SHALL EITHER PARTY’S AGGREGATE LIABILITY EXCEED THE TOTAL AMOUNT PAID BY CUSTOMER HEREUNDER OR, WITH RESPECT TO ANY SINGLE INCIDENT, THE LESSER OF €25.000 OR THE AMOUNT PAID BY CUSTOMER HEREUNDER IN THE 12 MONTHS PRECEDING THE INCIDENT.',
      feesOrFixed(12, 25000, 'EUR', 'lesser'),
    ],
    [
      "Vendor's aggregate liability shall be limited to the fees paid in the twelve-month period preceding the claim, but in no event more than €1,000,000.",
      feesOrFixed(12, 1000000, 'EUR', 'lesser'),
    ],
    [
      "Each party's total liability shall not exceed the greater of (a) one million dollars ($1,000,000) and (b) two (2) times the fees paid in the twelve (12) months before the claim.",
      feesOrFixed(12, 1000000, 'USD', 'greater', 2),
    ],
    [
      "Grillo's maximum aggregate liability under these Terms shall be capped at the total amount paid by you to Grillo for the Services or $10.00 (CDN), whichever is greater.",
      feesOrFixed(null, 10, 'CAD', 'greater'),
    ],
    // A turn word in parentheses is an aside: the clause goes on to its comparison.
    [
      "Each party's aggregate liability shall not exceed the fees paid by you (excluding pass-through costs for hardware, licences, etc.) to Brackwater for the Service on which the claim is based during the three (3) month period immediately before the date on which the claim arose or $15,000, whichever is greater.",
      feesOrFixed(3, 15000, 'USD', 'greater'),
    ],
    // Look-alike: the turn outside the parentheses still ends the clause; the other cap after it is not compared.
    [
      "Each party's aggregate liability shall not exceed the fees paid in the twelve (12) months before the claim (excluding taxes); except that for breaches of Section 7 the cap is $2,000,000 or twice the fees, whichever is greater.",
      fees(12),
    ],
    [
      'THE MAXIMUM AGGREGATE LIABILITY OF TRANSITCO TO ANY USER SHALL NOT EXCEED THE GREATER OF: (i) THE TOTAL PLATFORM SERVICE FEES PAID BY THAT USER IN THE 12 MONTHS PRECEDING THE CLAIM; OR (ii) CAD $500.',
      feesOrFixed(12, 500, 'CAD', 'greater'),
    ],
    [
      'Our liability to you for any cause whatsoever will at all times be limited to the lesser of the amount paid by you to us or $100.00 USD.',
      feesOrFixed(null, 100, 'USD', 'lesser'),
    ],
    ['OUR MAXIMUM AGGREGATE LIABILITY FOR ANY CLAIMS WHATSOEVER SHALL NOT EXCEED INR 1,00,000/-', fixed(100000, 'INR')],
    [
      'Notwithstanding any provision of this Agreement, our maximum aggregate liability to you shall be limited to SGD100.',
      fixed(100, 'SGD'),
    ],
    ['Our aggregate liability shall not exceed $500.', fixed(500, 'USD')],
    [
      "In no event shall Fruitco's total liability to you for all damages exceed the amount of fifty dollars ($50.00).",
      fixed(50, 'USD'),
    ],
    ['The total liability of the Supplier shall in no event exceed SAR 150,000.', fixed(150000, 'SAR')],
  ])('%s', (text, value) => {
    expect(capOf(text)?.value).toEqual(value);
  });

  it('reads a cap laid out as a list under a colon', () => {
    const text = [
      "EXCEPT FOR EXCLUDED CLAIMS, IN NO EVENT WILL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE GREATER OF:",
      '(a) the amounts paid by Customer in the twelve (12) months preceding the claim; or',
      '(b) $50,000.',
    ].join('\n\n');
    const f = capOf(text);
    expect(f?.value).toEqual(feesOrFixed(12, 50000, 'USD', 'greater'));
    expect(f?.quote).toContain('$50,000');
  });
});

describe('extractLiabilityCap: credits and unlimited', () => {
  it('reads a credits-only cap', () => {
    expect(
      capOf('Zenhost’s sole liability for SLA breaches is limited to the service credits described in Section 5.')
        ?.value,
    ).toEqual(CREDITS);
    expect(capOf('Our liability under this SLA is limited to the service credits.')?.value).toEqual(CREDITS);
  });

  it('does not read a sole-remedy statement as a cap', () => {
    expect(
      capOf('Service Credits shall be your sole and exclusive remedy for any unavailability of the Service.'),
    ).toBeNull();
  });

  it('reads unlimited liability only when the document says so', () => {
    expect(capOf("Each party's liability under this Agreement is unlimited.")?.value.basis).toBe('unlimited');
    expect(
      capOf('The limitations of liability in this Section do not apply to indemnification obligations.'),
    ).toBeNull();
    expect(capOf("Each party's liability for breach of confidentiality shall be unlimited.")).toBeNull();
  });
});

describe('extractLiabilityCap: choosing among caps', () => {
  it('prefers the general cap over a data-breach super-cap', () => {
    const text =
      "Each party's liability for breach of its data security obligations shall not exceed three times (3x) the fees paid in the 12 months preceding the claim. Each party's aggregate liability for all other claims shall not exceed the fees paid in the 12 months preceding the claim.";
    const f = capOf(text);
    expect(f?.value).toEqual(fees(12));
    expect(f?.quote.startsWith("Each party's aggregate liability")).toBe(true);
  });

  it('a cap on damage to property is no general cap', () => {
    expect(
      capOf(
        "The Contractor's liability for loss of or damage to the Client's property shall not exceed £750,000 per event.",
      ),
    ).toBeNull();
    const text =
      "The Contractor's liability for physical damage to tangible property shall not exceed £750,000. The Contractor's total aggregate liability under this Agreement shall not exceed the fees paid in the 12 months before the claim.";
    expect(capOf(text)?.value).toEqual(fees(12));
    // Look-alike: a general cap that names property among what it covers is still the general cap.
    expect(
      capOf(
        "The Contractor's total liability under this Agreement, including for intellectual property claims, shall not exceed £2,000,000.",
      )?.value.basis,
    ).toBe('fixed');
  });

  it('a cap on the loss of data is no general cap', () => {
    const text =
      'Where backups are agreed as a service, our liability for the loss of data is not excluded; restoring the data is limited to a maximum of EUR 5,000 per incident. Our aggregate liability under this Agreement shall not exceed the fees paid in the six months before the claim.';
    expect(capOf(text)?.value).toEqual(fees(6));
    // Alone, it states no general cap.
    expect(
      capOf(
        'Our liability for the loss of data is not excluded; however, restoring the data is limited to a maximum of EUR 5,000 per incident.',
      ),
    ).toBeNull();
    // Look-alike: a general cap listing data among what it covers.
    expect(
      capOf('Our total liability for all claims, including loss of data, shall not exceed EUR 5,000.')?.value,
    ).toEqual(fixed(5000, 'EUR'));
  });

  it('a cap on what is offered free or on trial is no general cap', () => {
    // Alone, it states no general cap: null rather than the trial's ceiling.
    expect(
      capOf('Provider gives no warranty for Free Trials, and its liability for Free Trials will not exceed US$500.'),
    ).toBeNull();
    expect(capOf('Our liability for beta features shall not exceed one hundred dollars ($100).')).toBeNull();
    const text =
      "Each party's total liability under this Agreement will not exceed the fees paid in the 12 months before the claim. Vendor's liability for Trials and Previews will not exceed US$1,000.";
    expect(capOf(text)?.value).toEqual(fees(12));
    // Look-alike: a general cap that mentions a trial among the claims it covers is still the general cap.
    expect(
      capOf('Our total liability for any claims, including claims arising during a free trial, will not exceed US$100.')
        ?.value,
    ).toEqual(fixed(100, 'USD'));
  });

  it('reads a cap stated as a defined term from its definition (rule definedCap)', () => {
    const text = [
      "9.1 Each party's entire liability arising out of or related to this Agreement will not exceed the Liability Cap.",
      '“Liability Cap” means the fees paid or payable by Customer in the six (6) months before the event giving rise to the claim.',
    ].join('\n\n');
    const f = capOf(text);
    expect(f?.value).toEqual(fees(6));
    expect(f?.rule).toBe('liabilityCap/definedCap');
    expect(f?.quote.startsWith('“Liability Cap” means')).toBe(true);
    // A summary's line holds the amount as well.
    const summary = [
      'Key Terms',
      'General Cap: USD 50,000',
      "Each party's total liability under this Agreement will not exceed the General Cap.",
    ].join('\n\n');
    expect(capOf(summary)?.value).toEqual(fixed(50_000, 'USD'));
    // Look-alikes: a term defined outside the text (a cover page it does not include), or one the sentence
    // places elsewhere, reads nothing.
    expect(capOf("Each party's total liability will not exceed the General Cap Amount.")).toBeNull();
    expect(
      capOf(
        "Each party's total liability will not exceed the Liability Cap set out in the Order Form. “Liability Cap” means USD 10,000.",
      ),
    ).toBeNull();
  });

  it('prefers the general cap over a later special one', () => {
    const text =
      "Each party's total liability will not exceed the fees paid in the 12 months preceding the claim. Notwithstanding the foregoing, each party's liability for breach of Section 8 (Data Protection) shall not exceed $2,000,000.";
    expect(capOf(text)?.value).toEqual(fees(12));
  });

  it('skips the partner’s own cap for the vendor’s', () => {
    const text =
      "The Partner's aggregate liability shall not exceed USD 50,000. Vendor's aggregate liability shall not exceed the fees paid by Partner in the 12 months preceding the claim.";
    expect(capOf(text)?.value).toEqual(fees(12));
  });

  it('prefers the general fee cap over an SLA credits cap', () => {
    const text = [
      'Our liability for SLA breaches is limited to service credits.',
      'Limitation of Liability',
      "In no event shall Vendor's aggregate liability exceed the fees paid in the six (6) months preceding the claim.",
    ].join('\n\n');
    expect(capOf(text)?.value).toEqual(fees(6));
  });

  it('reads the whole liability that counts the credits in (not a ceiling on the credits)', () => {
    expect(
      capOf(
        "Quillon's total liability under this Agreement, including any Service Credits, shall not exceed the fees paid by Customer in the twelve months before the claim.",
      )?.value,
    ).toEqual(fees(12));
  });
});

describe('extractLiabilityCap: rule names and structural variants', () => {
  it('records the rule that read the cap', () => {
    expect(capOf("Each party's aggregate liability shall not exceed the fees paid in the prior 12 months.")?.rule).toBe(
      'liabilityCap/feesLookback',
    );
    expect(capOf("Each party's aggregate liability shall not exceed the fees paid under this Agreement.")?.rule).toBe(
      'liabilityCap/feesTotal',
    );
    expect(capOf('Our aggregate liability shall not exceed the greater of $5,000 or the fees paid.')?.rule).toBe(
      'liabilityCap/comparedFeesOrFixed',
    );
  });

  it('reads a clause hard-wrapped over several lines', () => {
    const text =
      'LIMITATION OF LIABILITY\n\nIN NO EVENT SHALL QUILLSOFT’S TOTAL LIABILITY TO\n\nYOU UNDER THIS AGREEMENT FOR ALL DAMAGES (EXCEPT WHERE THE\n\nLAW REQUIRES OTHERWISE FOR PERSONAL INJURY) EXCEED THE AMOUNT\n\nOF ONE HUNDRED DOLLARS ($100.00). THESE LIMITS APPLY TO ALL CLAIMS.';
    const f = capOf(text);
    expect(f?.value).toEqual(fixed(100, 'USD'));
    expect(f?.quote.startsWith('IN NO EVENT')).toBe(true);
  });

  it('reads SLA credits stated as the vendor’s sole liability as credits-only', () => {
    const f = capOf(
      'Credits are issued against the next invoice. The Service Credits are Customer’s sole remedy and Nimbly’s entire liability for any Downtime, and shall not exceed the monthly charges.',
    );
    expect(f?.value).toEqual(CREDITS);
    expect(f?.rule).toBe('liabilityCap/creditsSoleLiability');
  });

  it('reads a blacked-out amount as a fixed cap whose amount is not stated', () => {
    expect(capOf("NEITHER PARTY'S AGGREGATE LIABILITY UNDER THIS AGREEMENT SHALL EXCEED $[***].")?.value).toEqual({
      basis: 'fixed',
      feesMonths: null,
      multiple: null,
      fixed: null,
      combine: null,
    });
  });

  it('does not read a figure typed with letter O for zeros ("$5OO,000") as $5', () => {
    expect(
      capOf(
        "Developer's maximum liability hereunder is limited to the lesser of the amount paid in the six (6) months preceding the claim or five hundred thousand dollars ($5OO,000).",
      )?.value,
    ).toEqual(feesOrFixed(6, 500000, 'USD', 'lesser'));
  });

  it('keeps a cap scoped to one section only when no general cap is stated', () => {
    const scoped =
      "Notwithstanding anything herein, Lumora's liability under this Section 11 shall not exceed $150,000.";
    expect(capOf(scoped)?.value).toEqual(fixed(150000, 'USD'));
    expect(
      capOf(
        `${scoped} In no event shall either party's aggregate liability under this Agreement exceed the fees paid in the prior 12 months.`,
      )?.value,
    ).toEqual(fees(12));
  });

  it('reads the ASCII pound sign of converted filings', () => {
    expect(
      capOf(
        "In such event the Agent's total liability under this Agreement shall not exceed the sum of (pounds)250,000.",
      )?.value,
    ).toEqual(fixed(250000, 'GBP'));
  });

  it('reads "the maximum liability … will be" followed by a figure', () => {
    expect(capOf('The maximum liability of either party under this Agreement will be $250,000.')?.value).toEqual(
      fixed(250000, 'USD'),
    );
  });

  it('reads a cap on the total damages payable, without the word liability', () => {
    expect(
      capOf(
        'The total amount of damages and other sums payable by Corvid under these Terms shall not exceed the service fees you actually paid in the past twelve months.',
      )?.value,
    ).toEqual(fees(12));
  });

  it.each([
    ['Our liability is limited to what the user has paid for the Service in the last 3 months.', fees(3)],
    ["The Agent's total liability shall not exceed the payments made to the Agent under this Agreement.", fees(null)],
    [
      'The total liability of each party shall be limited to the revenues it received under this Agreement in the preceding year.',
      fees(12),
    ],
  ])('reads the fees in "%s"', (text, expected) => {
    expect(capOf(text)?.value).toEqual(expected);
  });
});

describe('extractLiabilityCap: look-alikes', () => {
  it.each([
    "Customer's aggregate liability under this Agreement shall not exceed the fees payable hereunder.",
    "DISTRIBUTOR'S AGGREGATE LIABILITY UNDER THIS AGREEMENT SHALL NOT EXCEED THE AMOUNTS PAID BY DISTRIBUTOR IN THE SIX (6) MONTHS PRECEDING THE CLAIM.",
    "Reseller's total liability shall not exceed the fees paid by Reseller in the prior twelve months.",
    "Partner's aggregate liability under this Agreement shall not exceed USD 50,000.",
    "Merchant's total liability shall not exceed the fees retained in the prior six months.",
    'Customer shall not be liable for more than $1,000.',
    'Service credits shall not exceed 50% of monthly fees.',
    'The total amount of Service Credits for any month shall not exceed the monthly fee.',
    // Credits totalled after a word of liability: the ceiling is still the credits'.
    'Quillon will not be liable for more than one Service Credit per month, i.e., the total Service Credits awarded for any month shall not exceed 15% of the monthly fees.',
    'Our liability is limited to the extent permitted by applicable law.',
    'Nothing in this Agreement excludes the liability of either party for fraud.',
    'Customer is liable for all fees, including any usage exceeding the plan limits.',
    'We are not liable for delays exceeding 24 hours.',
    'This Agreement, including but not limited to the fees, shall not exceed the scope of work.',
    'Vendor shall maintain general liability insurance with coverage in excess of $2,000,000 per occurrence.',
    "Each party's liability arising out of this DPA is subject to the limitations set out in the Agreement.",
    'Late payments accrue interest of up to 1.5% per month and Customer remains liable for collection costs.',
    'We offer plans from $10 per month up to $500 per month.',
    "Most vendors' liability is typically limited to the fees paid in the prior 12 months.",
    "Vendor's maximum aggregate liability for IP indemnity claims shall not exceed two million dollars ($2,000,000).",
    "Each party's total liability for breach of its confidentiality obligations shall not exceed $5,000,000.",
    // Structural look-alikes of the rules added for CUAD and SLAs.
    'Service credits are your sole and exclusive remedy for any failure to meet the uptime commitment.',
    "Customer's sole liability is to pay the fees when due.",
    'The maximum liability of the Supplier will be determined by the competent court.',
    'The total compensation payable to the Consultant shall not exceed $5,000 per month.',
    'Annual fee: £100 per £500,000 of liability exceeding £500,000, payable on each anniversary.',
    "Each party's aggregate liability shall not exceed [***] times the fees paid hereunder.",
    'For purposes of this Agreement, a person includes any limited or unlimited liability company.',
    "Vendor's sole liability under this Section 7.4 is limited to using reasonable efforts to correct the defective Software and, if that fails, to terminating the license and refunding the license fees paid.",
    'Permitted Liens include other liens securing liabilities in an aggregate amount not to exceed $100,000.',
    'One arbitrator hears the case if the aggregate damages sought by the claimant are greater than $500,000.',
  ])('%s', (text) => {
    expect(capOf(text)).toBeNull();
  });

  it('returns null on a document without a cap', () => {
    expect(capOf('Welcome to our blog.\n\nWe write about cloud pricing and uptime.')).toBeNull();
  });

  it('stays linear on adversarial input (doubling the input at most ~doubles the time)', () => {
    const build = (n: number) =>
      `Our aggregate liability shall not exceed ${'the fees paid or the amount of $1,000 or '.repeat(n)}.\n${'liability exceed '.repeat(n * 6)}\n${'The total liability is unlimited, the maximum liability will be \n'.repeat(n)}`;
    // Interleaved medians, repeated while a busy spell on the shared machine may have hit one side
    // (scripts/lib/scaling.ts); sizes large enough (tens of ms) that one GC pause does not decide the ratio.
    expect(doublingRatio(build, capOf, 600, 7)).toBeLessThanOrEqual(LINEAR_RATIO);
  });

  it('stays linear when every clause caps at a defined term (its definition is searched once)', () => {
    const build = (n: number) =>
      `${"Each party's total liability will not exceed the General Cap. ".repeat(n)}\n\n“General Cap” means the fees paid in the 12 months before the claim.`;
    expect(capOf(build(3))?.value).toEqual(fees(12));
    expect(doublingRatio(build, capOf, 500, 7)).toBeLessThanOrEqual(LINEAR_RATIO);
  });
});

describe('extractLiabilityCap: scope between the verb and the object (CUAD contract prose)', () => {
  it('reads "limited in the aggregate to" and "capped in total at"', () => {
    expect(
      capOf(
        "The Contractor's liability under this Agreement shall be limited in the aggregate to the fees received by the Contractor hereunder.",
      )?.value,
    ).toEqual({ basis: 'fees', feesMonths: null, multiple: null, fixed: null, combine: null });
    expect(capOf("Each party's liability shall be capped in total at three times the quarterly fees.")?.value).toEqual({
      basis: 'fees',
      feesMonths: 3,
      multiple: 3,
      fixed: null,
      combine: null,
    });
  });

  it('reads the multiple and period of the fee noun after "an amount equal to"', () => {
    expect(
      capOf(
        'Any liability of the Administrator will be limited in the aggregate to an amount equal to six (6) times the monthly fee payable by the Fund.',
      )?.value,
    ).toEqual({ basis: 'fees', feesMonths: 1, multiple: 6, fixed: null, combine: null });
  });

  it('look-alikes: "including but not limited in the aggregate" wording and an amount with no fee noun', () => {
    expect(
      capOf('The Licensee shall pay all royalties, including but not limited to the amounts due in the aggregate.'),
    ).toBeNull();
    expect(
      capOf(
        "The Seller's total liability shall be limited in the aggregate to an amount equal to the amounts paid to it under this Agreement.",
      )?.value,
    ).toEqual({ basis: 'fees', feesMonths: null, multiple: null, fixed: null, combine: null });
  });
});

describe('extractLiabilityCap: licence and contract wording of the fees', () => {
  it('reads "neither party shall be liable … in excess of the fees", royalties paid, the total value of the contract', () => {
    const fees = { basis: 'fees', feesMonths: null, multiple: null, fixed: null, combine: null };
    expect(
      capOf('Neither party will be liable to the other for any sum in excess of the charges paid under this Contract.')
        ?.value,
    ).toEqual(fees);
    expect(capOf("THE LICENSOR'S AGGREGATE LIABILITY SHALL NOT EXCEED THE ROYALTIES RECEIVED BY IT.")?.value).toEqual(
      fees,
    );
    expect(capOf("The Designer's liability is limited to the total value of the purchase order.")?.value).toEqual(fees);
  });

  it('look-alikes: royalties and values that are no ceiling', () => {
    expect(
      capOf('Neither party is liable for royalties in excess of those stated in Schedule B unless agreed.'),
    ).toBeNull();
    expect(capOf('The total value of this Agreement is estimated at two million dollars.')).toBeNull();
  });
});

describe('extractLiabilityCap: what a supply contract pays (cost of the goods, the order)', () => {
  it.each([
    "The Manufacturer's total liability for any claim under this Agreement shall be limited to the cost of the Products giving rise to the claim.",
    "Supplier's aggregate liability shall not exceed the amount of the applicable purchase order.",
    "The Supplier's aggregate liability under each order is limited to the amount of that order.",
  ])('%s', (text) => {
    const f = capOf(text);
    expect(f?.value).toEqual(fees(null));
    expect(f?.rule).toBe('liabilityCap/feesTotal');
  });

  it.each([
    // The cost of what the buyer had to buy elsewhere is a kind of damages, not the price paid.
    "The Supplier's total liability shall not exceed the cost of substitute goods procured by the Buyer.",
    // Insurance proceeds or policy limits: no basis of the card holds them.
    "Each party's liability shall be limited to the amount of insurance proceeds actually paid to it.",
    "The Contractor's aggregate liability shall not exceed the limits of the policies required by Section 12.",
    // A rate per unit of goods is not a fixed amount.
    "The Carrier's liability for lost cargo is limited to $2.50 per kilogram.",
    'The liability of the Carrier is limited to Three Dollars and Ten Cents ($3.10) per pound of cargo.',
    // A price ceiling in a clause with its own subject, after a liability word.
    'The Supplier shall remain liable for delivery, and its invoices shall not exceed the cost of the goods plus 10%.',
    'The Supplier shall remain liable for delivery, and its invoices shall not exceed the fees in Schedule B.',
  ])('look-alike: %s', (text) => {
    expect(capOf(text)).toBeNull();
  });

  it('reads the look-back of "the previous contractual year" and "the preceding Agreement Year"', () => {
    expect(
      capOf(
        'The total liability of the Manufacturer shall be limited to the fees collected in the previous contractual year.',
      )?.value,
    ).toEqual(fees(12));
    expect(
      capOf("Each party's aggregate liability shall not exceed the fees paid in the preceding Agreement Year.")?.value,
    ).toEqual(fees(12));
    // No look-back: the fees are invoiced per contractual year, the cap is all fees paid.
    expect(
      capOf(
        "The Manufacturer's total liability shall not exceed the fees paid under this Agreement, which are invoiced each contractual year.",
      )?.value,
    ).toEqual(fees(null));
  });

  it('still reads a cap whose condition mentions insurance after the fee measure', () => {
    expect(
      capOf(
        "The Supplier's entire liability shall be limited to the charges paid in the preceding year, unless the Supplier is insured for the loss.",
      )?.value,
    ).toEqual(fees(12));
  });

  it('still reads a cap after a coordinated clause about liability', () => {
    expect(
      capOf(
        'Neither party excludes liability for fraud, and neither party shall be liable for more than the fees paid hereunder.',
      )?.value,
    ).toEqual(fees(null));
  });
});

describe('extractLiabilityCap: the period named before "preceding" (feesLookback)', () => {
  it.each([
    [
      "Each party's liability hereunder is limited to an amount equal to the royalties paid to the Licensor in the year preceding the claim.",
      fees(12),
    ],
    ["Harrow's total liability is limited to the charges paid in the calendar year prior to the claim.", fees(12)],
    [
      "Vendor's aggregate liability shall not exceed the fees paid for the month immediately preceding the event.",
      fees(1),
    ],
    ["Each party's liability shall not exceed the amounts paid during the contract quarter before the claim.", fees(3)],
  ])('%s', (text, value) => {
    const f = capOf(text);
    expect(f?.value).toEqual(value);
    expect(f?.rule).toBe('liabilityCap/feesLookback');
  });

  it('look-alike: a year that follows the claim or names the invoicing is no look-back', () => {
    expect(
      capOf(
        "Each party's total liability shall not exceed the fees paid under this Agreement, invoiced in the year following delivery.",
      )?.value,
    ).toEqual(fees(null));
    // A late fee per month, not a cap.
    expect(
      capOf('Late payments shall bear a late fee not to exceed 1.5% of the amount paid for the month preceding.'),
    ).toBeNull();
  });
});

describe('extractLiabilityCap: a per-claim amount beside the aggregate one (fixedAggregateOverPerClaim)', () => {
  it.each([
    [
      "Each party's liability for damages is limited to $1,000,000 per occurrence and $3,000,000 in the aggregate.",
      3_000_000,
    ],
    [
      "Carrow's liability will not exceed $250,000 for each claim, subject to an aggregate maximum of $1,000,000.",
      1_000_000,
    ],
    ["Each party's liability is limited to $50,000 per incident, up to a maximum of $200,000 per year.", 200_000],
    [
      "Neither party's liability shall exceed EUR 100,000 in respect of any single claim and EUR 400,000 for all claims under this Agreement.",
      400_000,
    ],
  ])('%s', (text, value) => {
    const f = capOf(text);
    expect(f?.value.basis).toBe('fixed');
    expect(f?.value.fixed?.value).toBe(value);
    expect(f?.rule).toBe('liabilityCap/fixedAggregateOverPerClaim');
  });

  it('keeps a per-claim amount that stands alone, and the aggregate amount written first', () => {
    expect(capOf("Licensor's liability shall not exceed $100,000 per claim.")?.value).toEqual(fixed(100_000, 'USD'));
    const first = capOf(
      "Each party's aggregate liability shall not exceed $2,000,000, and $500,000 for any single claim.",
    );
    expect(first?.value).toEqual(fixed(2_000_000, 'USD'));
    expect(first?.rule).toBe('liabilityCap/fixedAmount');
  });

  it.each([
    // Insurance limits per occurrence and in the aggregate are coverage, not a cap.
    'Vendor shall maintain general liability insurance with limits of $1,000,000 per occurrence and $2,000,000 in the aggregate.',
    // An indemnity amount per claim and in total.
    'The indemnity amount payable by Distributor shall not exceed $50,000 per claim and $200,000 in the aggregate.',
  ])('look-alike: %s', (text) => {
    expect(capOf(text)).toBeNull();
  });
});

describe('extractLiabilityCap: a ceiling on liquidated damages is not the liability cap', () => {
  it.each([
    'The aggregate liquidated damages payable by the Supplier for late delivery shall not exceed ten percent (10%) of the price of the delayed Products.',
    "Supplier's liability for liquidated damages under Section 6 shall not exceed ten percent (10%) of the Contract Price.",
  ])('look-alike: %s', (text) => {
    expect(capOf(text)).toBeNull();
  });

  it('still reads the cap when liquidated damages are one head of a list, or an exception before the cap', () => {
    expect(
      capOf(
        'The parties agree that the total amount of liquidated damages, compensation and other expenses paid by Vendor shall not exceed the fees paid in the past twelve months.',
      )?.value,
    ).toEqual(fees(12));
    expect(
      capOf(
        "Except for liquidated damages under Section 5, each party's total liability shall not exceed the fees paid in the prior twelve months.",
      )?.value,
    ).toEqual(fees(12));
  });
});

describe('extractLiabilityCap: "responsibility" as the subject of the cap', () => {
  it.each([
    ['The responsibility of the Carrier under this Contract shall not exceed $50,000.', fixed(50_000, 'USD')],
    [
      'Under no circumstances shall the total responsibility of Harland for all claims under this Agreement exceed the fees received by Harland in the twelve (12) months preceding the claim.',
      fees(12),
    ],
    [
      "Northway's responsibility for Products that fail to meet the Specifications shall be limited to the refund of the price paid for the Products concerned.",
      fees(null),
    ],
  ])('%s', (text, value) => {
    expect(capOf(text)?.value).toEqual(value);
  });

  it.each([
    // A duty to bear a cost or to buy: a price or a purchase commitment, not a cap.
    "Supplier's responsibility for shipping costs under this Agreement shall not exceed $5,000.",
    "Vendor's responsibility to purchase marketing materials shall not exceed $10,000 per year.",
    "Distributor's responsibility to purchase Products shall be not less than $250,000 per year, and its orders shall not exceed $400,000.",
    // The customer's responsibility, and a remedy with no amount.
    "The Customer's responsibility for payment shall not exceed the amount stated in the Order.",
    "Supplier's responsibility for defective Products shall be limited to repair or replacement of the defective Products.",
    // An insurance requirement.
    "Each party's responsibility to maintain insurance shall be limited to policies of not less than $1,000,000 per occurrence.",
    // A price with its own subject after the responsibility.
    'Agent assumes responsibility for the Campaign, and the fees for the Campaign shall not exceed $30,000.',
  ])('look-alike: %s', (text) => {
    expect(capOf(text)).toBeNull();
  });
});

describe('extractLiabilityCap: other ways to state the subject or the verb of a cap', () => {
  it.each([
    // "is" after a maximum/aggregate liability, before a figure or the price paid.
    ['The maximum aggregate liability of either party under this Agreement is $750,000.', fixed(750_000, 'USD')],
    ["Ostrava's maximum liability for any claim is the price paid for the Product concerned.", fees(null)],
    // The cap seen from the claimant's side.
    [
      'The total amount Linden may recover from Marlow for any and all claims shall not exceed the Fees paid in the previous twelve (12) months.',
      fees(12),
    ],
    [
      'The total amount recoverable by either party for all claims under this Agreement shall not exceed $300,000.',
      fixed(300_000, 'USD'),
    ],
    // The party recovered from, its affiliates and the claims, all named between the subject and the verb.
    [
      'You agree that the maximum total amount you can recover from Fernhill, its affiliates, officers and suppliers, individually and collectively, for any and all claims you may bring against any of them arising out of or relating to these Terms is limited to the fees you paid in the three (3) months before the claim.',
      fees(3),
    ],
    // "liable only up to".
    ['Manufacturer shall be liable only up to the amount of the purchase price of the defective Products.', fees(null)],
    // An agent's commissions are what the agent is paid.
    [
      "In no event shall the Agent's liability hereunder exceed the commissions earned by the Agent in the twelve months preceding the claim.",
      fees(12),
    ],
    // "is" before an amount in words.
    ['OUR MAXIMUM LIABILITY TO YOU FOR ANY CLAIM IS FIFTY EUROS (EUR 50).', fixed(50, 'EUR')],
    ['The maximum liability of the Supplier shall be one hundred thousand U.S. dollars.', fixed(100_000, 'USD')],
    // A consultant's or endorser's remuneration, likewise.
    ["Talent's liability to Brand shall not exceed the remuneration actually paid to Talent by Brand.", fees(null)],
    // A list of what the party is liable for, ending with direct damages "up to" the cap.
    [
      'Whatever the basis of the claim, Harrowgate is liable for no more than: payments under Section 9; damages for bodily injury; and the amount of any other actual direct damages, up to the greater of $150,000 or the charges paid by Client for the Services in the twelve (12) months preceding the claim.',
      feesOrFixed(12, 150_000, 'USD', 'greater'),
    ],
  ])('%s', (text, value) => {
    expect(capOf(text)?.value).toEqual(value);
  });

  it.each([
    // A balance sheet, an insurance amount, a royalty ceiling: "is" with no maximum liability subject.
    'The total liabilities of the Company are $4,200,000 as shown on the balance sheet.',
    'The total liability insurance maintained by Supplier is $2,000,000.',
    "Licensee's maximum royalty obligation is $50,000 per year.",
    'The total liability of each party is described in Section 12 and is subject to the limits set out there.',
    // Recovery without a claim, or recovered from the customer.
    'The maximum amount recoverable under the Letter of Credit shall not exceed $1,000,000.',
    'The maximum amount the Lender may recover under the Guarantee shall not exceed $5,000,000.',
    'The total amount Vendor may recover from Customer for all claims shall not exceed the fees paid in the prior twelve months.',
    // "only" that limits what one is liable for, not how much: a purchase commitment, a notice window.
    'Supplier shall be liable only for orders up to $200,000 per year placed under the minimum purchase commitment.',
    'Licensor shall be liable only for claims notified within one year, up to the fees paid in that year.',
    // Words before a currency name that are no amount.
    'The maximum liability of either party is described in the Order Form in dollars.',
    // Direct damages "up to" something that is no amount, and a remuneration ceiling with no liability in it.
    'Supplier is responsible for direct damages caused by its staff, up to and including the replacement of the equipment.',
    "The Consultant's remuneration shall not exceed the budget approved by the Steering Committee for the year.",
  ])('look-alike: %s', (text) => {
    expect(capOf(text)).toBeNull();
  });
  it('does not spend the tries of a long cap sentence on its plain "is" verbs', () => {
    const carveOuts = ['caused by fraud', 'owed to third parties', 'statutory', 'agreed in writing', 'imposed by law']
      .map((c) => `liability that is ${c}, which is excluded`)
      .join(', or ');
    expect(
      capOf(
        `Except for ${carveOuts}, each party's total liability shall not exceed the fees paid in the prior twelve months.`,
      )?.value,
    ).toEqual(fees(12));
  });
});

describe('extractLiabilityCap: "A, or, if greater, B" and the fees of the affected month', () => {
  it('reads an alternative amount compared after the fees ("or, if greater, $250,000")', () => {
    expect(
      capOf(
        "Licensor's cumulative liability shall not exceed the fees paid or payable hereunder during the twelve (12) month period preceding the claim, or, if greater, one hundred thousand dollars ($100,000).",
      )?.value,
    ).toEqual({
      basis: 'fees-or-fixed',
      feesMonths: 12,
      multiple: null,
      fixed: { value: 100000, currency: 'USD' },
      combine: 'greater',
    });
    expect(
      capOf('Our liability is limited to the fees you paid us in the last 3 months or, if less, €2,000.')?.value,
    ).toEqual({
      basis: 'fees-or-fixed',
      feesMonths: 3,
      multiple: null,
      fixed: { value: 2000, currency: 'EUR' },
      combine: 'lesser',
    });
  });

  it('reads the fees "for the affected month" as one month', () => {
    expect(
      capOf("In no event shall Vendor's liability exceed the fees paid for the affected month.")?.value,
    ).toMatchObject({
      basis: 'fees',
      feesMonths: 1,
    });
  });

  it('look-alikes: an "or" without a comparison, the fees of the affected services', () => {
    expect(
      capOf(
        'Liability shall not exceed the fees paid in the twelve (12) months preceding the claim, or such other amount as the parties agree.',
      )?.value,
    ).toMatchObject({ basis: 'fees', feesMonths: 12, fixed: null });
    expect(capOf('Liability is limited to the fees paid for the Services affected by the claim.')?.value).toMatchObject(
      {
        basis: 'fees',
        feesMonths: null,
      },
    );
  });
});

describe('a cap as one item of a "shall not be liable for:" list', () => {
  const list = (lead: string, item: string) =>
    [
      '### Limitation of Liability',
      lead,
      '- Indirect, incidental, consequential, or punitive damages',
      '- Loss of revenue, profits or data',
      `- ${item}`,
      '',
      'This limitation applies even if we were told such damages were possible.',
    ].join('\n');

  it('"- Any damages exceeding the total fees paid in the past 12 months" caps at twelve months of fees', () => {
    expect(
      capOf(
        list(
          'TO THE MAXIMUM EXTENT PERMITTED BY LAW, BRISKLANE SHALL NOT BE LIABLE FOR:',
          'Any damages exceeding the total fees paid in the past 12 months',
        ),
      )?.value,
    ).toMatchObject({ basis: 'fees', feesMonths: 12 });
  });

  it('look-alikes: an item without a measure, and a list led in by something else, give no cap', () => {
    expect(
      capOf(list('BRISKLANE SHALL NOT BE LIABLE FOR:', 'Any damages arising from your misuse of the Service')),
    ).toBeNull();
    expect(
      capOf(list('Customer will pay the following charges:', 'Any amounts exceeding the quota, at list price')),
    ).toBeNull();
  });
});

describe('a listed cap whose lead-in names the customer', () => {
  it('"Customer shall not be liable for:" then "- Any amounts exceeding …" is the customer’s cap, not the vendor’s', () => {
    const text = [
      'Customer shall not be liable for:',
      '- Indirect damages',
      '- Any amounts exceeding the fees paid in the prior 12 months',
    ].join('\n');
    expect(capOf(text)).toBeNull();
  });
});

describe('fees "in that period" measured over a window named before the verb', () => {
  it('"liability in any 12-month period is limited to the Fees paid in that period" is twelve months of fees', () => {
    expect(
      capOf(
        "Each Party's total aggregate liability in any 12-month period is limited to the Fees paid or payable by Client for the Service in that period.",
      )?.value,
    ).toMatchObject({ basis: 'fees', feesMonths: 12 });
    expect(
      capOf(
        "Each party's aggregate liability in any Contract Year shall not exceed the fees paid by Customer during such year.",
      )?.value,
    ).toMatchObject({ basis: 'fees', feesMonths: 12 });
  });

  it('look-alike: "in that period" with no window named stays without months', () => {
    expect(
      capOf("Each party's aggregate liability shall not exceed the fees paid by Customer in that period.")?.value,
    ).toMatchObject({ basis: 'fees', feesMonths: null });
  });
});

describe('extractLiabilityCap: "in no event shall we … be liable … in an amount exceeding" past a long list of parties', () => {
  it('reads the cap however many parties and losses the negation lists', () => {
    const cap = capOf(
      'IN NO EVENT SHALL WE, OUR AFFILIATES, AGENTS, DIRECTORS, OFFICERS, EMPLOYEES, SUPPLIERS, OR LICENSORS BE LIABLE TO YOU FOR ANY CLAIMS, PROCEEDINGS, LIABILITIES, OBLIGATIONS, DAMAGES, LOSSES OR COSTS IN AN AMOUNT EXCEEDING THE AMOUNT YOU PAID TO QUILLON LABS, INC. UNDER THIS AGREEMENT DURING THE TWELVE (12) MONTHS IMMEDIATELY PRECEDING THE EVENT, OR $50.00, WHICHEVER IS GREATER.',
    );
    expect(cap?.value).toMatchObject({
      basis: 'fees-or-fixed',
      feesMonths: 12,
      fixed: { value: 50 },
      combine: 'greater',
    });
  });

  it('look-alike: an amount exceeding a plan limit in a sentence that also disclaims liability is no cap', () => {
    expect(
      capOf(
        'In no event will Quillon, its affiliates, officers, employees, agents, suppliers or licensors be liable for delays caused by your network, and usage exceeding the plan limit will be billed at the overage rate.',
      ),
    ).toBeNull();
  });
});

describe('a cap written as no liability "beyond" an amount, with the clause’s own examples in parentheses', () => {
  it('reads "does not have any liability beyond the greater of the amount paid … within the 12 months"', () => {
    const f = capOf(
      'In each situation (regardless of the form of the legal action (e.g. contract or tort claims)), Vendor is not responsible for any damage and does not have any liability beyond the greater of the amount paid or payable by Customer to Vendor within the 12 months prior to the event that gave rise to the claim.',
    );
    expect(f?.value).toEqual(fees(12));
  });

  it('look-alikes: causes beyond reasonable control, and commentary that hedges in its own words', () => {
    expect(
      capOf(
        'Neither party shall be liable for any failure or delay in performance due to causes beyond its reasonable control.',
      ),
    ).toBeNull();
    expect(
      capOf(
        'Caps usually limit liability. Most vendors do not accept any liability beyond the fees paid in the previous twelve months.',
      ),
    ).toBeNull();
  });
});

describe('"in excess, in the aggregate, of": the scope between the words of the trigger', () => {
  it('reads the fees of the twelve months as the cap', () => {
    expect(
      capOf(
        'In no event shall Licensor be liable to You for (i) any amounts in excess, in the aggregate, of the fees paid by You under this Agreement in the twelve (12) months preceding the date the claim arose, or (ii) any indirect or consequential damages.',
      )?.value,
    ).toEqual(fees(12));
  });
  it('look-alike: a price "in excess, in the aggregate, of" a threshold sets no cap on liability', () => {
    expect(
      capOf('Orders in excess, in the aggregate, of the fees paid in the twelve (12) months before require approval.'),
    ).toBeNull();
  });
});

describe('"in no event … be liable … for any amounts in excess of": qualifiers of any usual length between', () => {
  const qualifiers =
    'whether in tort (including negligence), contract, statute or otherwise, unless applicable law requires otherwise (such as for deliberate and grossly negligent acts), and notwithstanding anything in this Agreement or any order form, statement of work or other document to the contrary';
  it('reads the cap after some 330 characters of qualifiers', () => {
    expect(
      capOf(
        `In no event and under no legal or equitable theory, ${qualifiers}, shall Vendor or any of its suppliers be liable to Customer for any amounts in excess of the fees paid by Customer in the twelve (12) months before the claim.`,
      )?.value,
    ).toEqual(fees(12));
  });
  it('look-alike: "in no event" in an earlier sentence does not make a price threshold a cap', () => {
    expect(
      capOf(
        `In no event shall Vendor be liable for indirect damages. Orders for any amounts in excess of the fees paid in the twelve (12) months before need approval.`,
      ),
    ).toBeNull();
  });
});

describe('extractLiabilityCap: a party that "accepts liability" up to a measure', () => {
  it('reads "It accepts liability up to the damage incurred, but for no more than the licence fee paid within a year"', () => {
    const text =
      'Limitation of Liability\nHollin Software AG accepts liability for direct damage it caused by negligence. It accepts liability up to the sum of the damage incurred, but for no more than the licence fee paid by the Licensee within a year for the software causing the damage.';
    expect(capOf(text)?.value).toEqual(fees(12));
  });

  it('look-alike: a party that accepts liability without a ceiling gives none', () => {
    const text =
      'Limitation of Liability\nHollin Software AG accepts liability for direct damage it caused by negligence, and for more than one claim arising from the same event.';
    expect(capOf(text)).toBeNull();
  });
});

describe('extractLiabilityCap: the value of the goods bought is what was paid for them', () => {
  it('reads "limited to the value of the purchased product" as the fees', () => {
    expect(
      capOf('Limitation of liability. Our liability is limited to the value of the purchased product.')?.value,
    ).toEqual(fees(null));
  });
  it('look-alike: the value of goods lost in transit is a measure of damages, no cap on fees', () => {
    expect(
      capOf('Limitation of liability. Our liability is limited to the value of the goods lost in transit.'),
    ).toBeNull();
  });
});
