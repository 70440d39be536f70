import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import type { Doc } from '../extractors/common/doc';
import { docFromHtml } from '../extractors/common/parse-html';
import { docFromText } from '../extractors/input';
import { extractServiceCredits } from '../extractors/serviceCredits';

function credits(doc: Doc) {
  const f = extractServiceCredits(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return f;
}

const fromText = (lines: string[]) => credits(docFromText(lines.join('\n')));
/** Through the whole pipeline, refiners included (shortfall bands need the stated commitment). */
function refined(lines: string[]) {
  const doc = docFromText(lines.join('\n'));
  const f = extractFields(doc).serviceCredits;
  if (f) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return f;
}
const tier = (uptimeBelow: number | null, uptimeAtLeast: number | null, creditPercent: number) => ({
  uptimeBelow,
  uptimeAtLeast,
  creditPercent,
});

describe('extractServiceCredits: uptime tables', () => {
  it('reads "less than … but equal to or greater than" rows', () => {
    const f = fromText([
      'Service Credits are calculated as a percentage of the total charges paid by you for the affected service.',
      '| Monthly Uptime Percentage | Service Credit Percentage |',
      '| Less than 99.99% but equal to or greater than 99.0% | 10% |',
      '| Less than 99.0% but equal to or greater than 95.0% | 30% |',
      '| Less than 95.0% | 100% |',
      'We will apply any Service Credits only against future payments.',
    ]);
    expect(f?.value).toEqual({
      tiers: [tier(99.99, 99, 10), tier(99, 95, 30), tier(95, null, 100)],
      maxCreditPercent: 100,
    });
    expect(f?.quote).toMatch(/^\| ?Monthly Uptime Percentage|^Monthly Uptime Percentage/);
    expect(f?.quote).toMatch(/100%$/);
  });

  it('reads "99.00% – < 99.95%" ranges under a long header', () => {
    const f = fromText([
      'Monthly Uptime Percentage | Percentage of monthly bill for the Covered Service that does not meet the SLO that will be credited to future monthly bills | Notes',
      '99.00% – < 99.95% | 10% | none',
      '95.00% – < 99.00% | 25% | none',
      '< 95.00% | 50% | none',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.95, 99, 10), tier(99, 95, 25), tier(95, null, 50)]);
    expect(f?.value.maxCreditPercent).toBe(50);
  });

  it('infers each band’s lower edge from the next row', () => {
    const f = fromText([
      '| Uptime Percentage | Service Credit |',
      '| < 99.9% | 10% |',
      '| < 99% | 25% |',
      '| < 95% | 100% |',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99, 10), tier(99, 95, 25), tier(95, null, 100)]);
  });

  it('makes bands meet when the table writes 98.9% under 99.0%', () => {
    const f = fromText([
      'Monthly Uptime Percentage Corresponding Monthly Downtime Percentage Service Level Credit',
      '99.0% – 99.5% 0.5-1% 10% discount for the duration of one month',
      '95.0% – 98.9% 1.1 – 5% 20% discount for the duration of one month',
      '< 95% 5%+ 50% discount for the duration of one month',
    ]);
    expect(f?.value).toEqual({
      tiers: [tier(99.5, 99, 10), tier(99, 95, 20), tier(95, null, 50)],
      maxCreditPercent: 50,
    });
  });

  it('reads an HTML table', () => {
    const doc = docFromHtml(
      `<html><body><h2>Service Credits</h2><table>
        <tr><th>Availability</th><th>Credit (% of monthly fee)</th></tr>
        <tr><td>Below 99.95% but at least 99.5%</td><td>5</td></tr>
        <tr><td>Below 99.5% but at least 99.0%</td><td>15</td></tr>
        <tr><td>Below 99.0%</td><td>30</td></tr>
      </table></body></html>`,
    );
    expect(credits(doc)?.value.tiers).toEqual([tier(99.95, 99.5, 5), tier(99.5, 99, 15), tier(99, null, 30)]);
  });

  it('drops zero-credit rows', () => {
    const f = fromText([
      '| Monthly Availability | Service Credit |',
      '| 99.9% or higher | 0% |',
      '| Less than 99.9% but at least 99.5% | 5% |',
      '| Less than 99.5% | 10% |',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99.5, 5), tier(99.5, null, 10)]);
  });
});

describe('extractServiceCredits: tables flattened into lines', () => {
  it('reads comparator rows under a one-line header', () => {
    const f = fromText([
      'Service Credits',
      'Monthly Uptime Percentage Service Credit',
      'Less than 99.9% but at least 99.0% 10%',
      'Less than 99.0% 25%',
      'Exclusions',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99, 10), tier(99, null, 25)]);
  });

  it('snaps two-decimal band edges', () => {
    const f = fromText(['Availability Credit', '99.5% - 99.9% 5%', '99.0% - 99.49% 10%', 'Below 99.0% 20%']);
    expect(f?.value.tiers).toEqual([tier(99.9, 99.5, 5), tier(99.5, 99, 10), tier(99, null, 20)]);
  });
});

describe('refiner serviceCredits/shortfallFromCommitment', () => {
  it('converts shortfall bands below the commitment into uptime thresholds', () => {
    const f = refined([
      'Tern will use commercially reasonable efforts to maintain 99% monthly uptime.',
      'If monthly uptime falls below 99%, the following credits apply:',
      '| Monthly Uptime Shortfall | Credit Applied |',
      '| 0.1% – 1.0% | 10% of monthly subscription fees |',
      '| 1.1% – 2.0% | 15% of monthly subscription fees |',
      '| > 2.0% | 20% of monthly subscription fees |',
      'Credits cannot exceed the monthly subscription fee.',
    ]);
    expect(f?.value).toEqual({
      tiers: [tier(99, 98, 10), tier(98, 97, 15), tier(97, null, 20)],
      maxCreditPercent: 20,
    });
    expect(f?.quote.startsWith('| Monthly Uptime Shortfall') || f?.quote.startsWith('Monthly Uptime Shortfall')).toBe(
      true,
    );
  });

  it('uses a 99.9% commitment and two decimals', () => {
    const f = refined([
      'The Service will be available 99.9% of the time in each calendar month.',
      '| Downtime below the commitment | Service Credit |',
      '| 0.01% – 0.50% | 5% |',
      '| 0.51% – 1.00% | 10% |',
      '| More than 1.00% | 25% |',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99.4, 5), tier(99.4, 98.9, 10), tier(98.9, null, 25)]);
  });

  it('gives up on a shortfall table without a known commitment', () => {
    expect(refined(['| Uptime Shortfall | Credit |', '| 0.1% – 1.0% | 10% |', '| > 1.0% | 20% |'])).toBeNull();
  });
});

describe('refiner serviceCredits/topBandMeetsCommitment', () => {
  const table = (top: string) => [
    'Kestrel will make the Platform available 99.95% of the time in each calendar month.',
    '| Monthly availability | Credit |',
    `| ${top} | 5% |`,
    '| below 99.50% | 10% |',
  ];

  it('the top band written one step below the promise reaches it ("99.50% – 99.94%" under 99.95%)', () => {
    expect(refined(table('99.50% – 99.94%'))?.value.tiers).toEqual([tier(99.95, 99.5, 5), tier(99.5, null, 10)]);
  });

  it('look-alike: a band ending coarser than the promise is kept as written ("99.5% – 99.9%" under 99.95%)', () => {
    expect(refined(table('99.5% – 99.9%'))?.value.tiers).toEqual([tier(99.9, 99.5, 5), tier(99.5, null, 10)]);
  });
});

describe('refiner serviceCredits/topBandUpToCommitment and the alternative credit ("10%, or 30% if below 99.0%")', () => {
  const promise = 'Marlow will make the Console available 99.9% of the time in each calendar month.';

  it('reads the credit offered instead of the first one for the band below its threshold', () => {
    expect(
      fromText([
        'If Marlow misses this, you receive a Service Credit equal to 15% of the monthly fees for that month, or 40% if Monthly Uptime is below 98.0%.',
      ])?.value.tiers,
    ).toEqual([tier(null, 98, 15), tier(98, null, 40)]);
  });

  it('the top band reaches up to the promise the document states', () => {
    expect(
      refined([
        promise,
        'If Marlow misses this, you receive a Service Credit equal to 15% of the monthly fees for that month, or 40% if Monthly Uptime is below 98.0%.',
      ])?.value.tiers,
    ).toEqual([tier(99.9, 98, 15), tier(98, null, 40)]);
    expect(
      refined([
        promise,
        'Credits are 5% of the monthly fee where uptime is at least 99.0%, and 20% where it is at least 95.0% but below 99.0%.',
      ])?.value.tiers,
    ).toEqual([tier(99.9, 99, 5), tier(99, 95, 20)]);
  });

  it('look-alikes: an alternative on another condition, a floor without a stated promise', () => {
    expect(
      fromText([
        'If Marlow misses this, you receive a credit of 15% of your monthly fees, or 25% if you pay annually.',
      ]),
    ).toBeNull();
    expect(
      refined([
        'Credits are 5% of the monthly fee where uptime is at least 99.0%, and 20% where it is at least 95.0% but below 99.0%.',
      ])?.value.tiers,
    ).toEqual([tier(null, 99, 5), tier(99, 95, 20)]);
  });
});

describe('extractServiceCredits: the band for missing the commitment, named without a figure in the sentence before', () => {
  const bands = 'If Monthly Uptime falls below 97.0%, the credit is 35% of the monthly fee.';

  it("reads it as the band above the next sentence's threshold", () => {
    expect(
      fromText([
        'If Monthly Uptime falls below the commitment, Customer receives a credit of 15% of the monthly fee.',
        bands,
      ])?.value.tiers,
    ).toEqual([tier(null, 97, 15), tier(97, null, 35)]);
    // With the promise stated, the band reaches up to it (refiner topBandUpToCommitment).
    expect(
      refined([
        'Ostlund will make the Service available 99.8% of the time in each calendar month.',
        'If Ostlund fails to meet this commitment, Customer receives a credit of 15% of the monthly fee.',
        bands,
      ])?.value.tiers,
    ).toEqual([tier(99.8, 97, 15), tier(97, null, 35)]);
  });

  it('look-alikes: a miss with no credit figure, a credit for something else', () => {
    expect(fromText(['If we fail to meet the commitment, you may terminate the Order.', bands])?.value.tiers).toEqual([
      tier(97, null, 35),
    ]);
    expect(fromText(['Onboarding that runs late earns a credit of 15% of the setup fee.', bands])?.value.tiers).toEqual(
      [tier(97, null, 35)],
    );
  });
});

describe('extractServiceCredits: a band on one line, its credit on the next (a definition list)', () => {
  it('reads <dt>band</dt><dd>credit</dd> pairs as tiers', () => {
    const html =
      '<html><body><h1>Fenwick SLA</h1><h2>Service Credits</h2><dl><dt>Less than 99.95% but at least 99.0%</dt><dd>10% Service Credit</dd><dt>Less than 99.0%</dt><dd>30% Service Credit</dd></dl></body></html>';
    expect(credits(docFromHtml(html, null))?.value.tiers).toEqual([tier(99.95, 99, 10), tier(99, null, 30)]);
  });

  it('look-alikes: a band line followed by a statistic, by another band, or by a credit under another heading', () => {
    expect(fromText(['Less than 99.9% but at least 99.0%', '10% of requests were slower'])).toBeNull();
    expect(fromText(['Less than 99.9% but at least 99.0%', 'Less than 99.0%'])).toBeNull();
    expect(
      fromText(['Less than 99.9% but at least 99.0%', '## Referral programme', '10% credit for each referral']),
    ).toBeNull();
  });
});

describe('extractServiceCredits: sentences', () => {
  it('reads thresholds followed by credits', () => {
    const f = fromText([
      'If availability falls below 99.5% in a month, Customer receives a credit of 10% of the monthly fees; below 99.0%, 20%.',
    ]);
    expect(f?.value).toEqual({ tiers: [tier(99.5, 99, 10), tier(99, null, 20)], maxCreditPercent: 20 });
  });

  it('reads credits followed by thresholds', () => {
    const f = fromText([
      'Customer will receive a Service Credit of 10% if the Monthly Uptime Percentage is less than 99.9%, and 25% if it is less than 99.0%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99, 10), tier(99, null, 25)]);
  });

  it('reads credits followed by the floor of their band ("where uptime is at least")', () => {
    const f = fromText([
      'Subscriber is owed a credit of 5% of the monthly charge when availability is at least 98.5%, 15% when availability is at least 97.0% but below 98.5%, and 40% when availability is below 97.0%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(null, 98.5, 5), tier(98.5, 97, 15), tier(97, null, 40)]);
  });

  it('look-alike: a floor the promise states, not a band, adds no tier', () => {
    const f = fromText([
      'Provider will keep availability at least 99.5% each month; where it is less than 99.5%, Subscriber receives a credit of 10% of the monthly charge.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.5, null, 10)]);
  });

  it('reads ranges in list items', () => {
    const f = fromText([
      'Service Credits',
      '- Availability between 99.0% and 99.9%: a credit of ten percent (10%) of the monthly fee.',
      '- Availability below 99.0%: a credit of twenty-five percent (25%) of the monthly fee.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99, 10), tier(99, null, 25)]);
  });

  it('reads list items whose lead-in names the credit', () => {
    const f = fromText([
      'If Availability is less than the target, Customer may claim a Service Credit equal to:',
      '- 5% of the Monthly Charge where Availability is at least 99.5% but below 99.9%;',
      '- 15% of the Monthly Charge where Availability is at least 99.0% but below 99.5%;',
      '- 30% of the Monthly Charge where Availability is below 99.0%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99.5, 5), tier(99.5, 99, 15), tier(99, null, 30)]);
    // The same items under a lead-in about something else are not credits.
    expect(
      fromText([
        'Fees are reduced by a volume discount as follows:',
        'Our commitments for the year are:',
        '- 5% of the Monthly Charge where Availability is at least 99.5% but below 99.9%;',
        '- 15% of the Monthly Charge where Availability is below 99.5%.',
      ]),
    ).toBeNull();
  });

  it('reads a "price reduction" as the credit', () => {
    expect(
      fromText([
        'If availability falls below 99.7 % the Subscriber receives a price reduction of 10 % of the monthly fee. If availability falls below 98 % the price reduction is 25 % of the monthly fee.',
      ])?.value.tiers,
    ).toEqual([tier(99.7, 98, 10), tier(98, null, 25)]);
    expect(fromText(['Annual plans get a price reduction of 15 % and 99.9 % uptime.'])).toBeNull();
  });

  it('reads several thresholds in one sentence and across sentences', () => {
    expect(
      fromText([
        'If the Service Level is not met, Customer shall receive a credit of 5% of the monthly fee when availability is less than 99.5%, 10% when it is less than 99%, and 20% when less than 98%.',
      ])?.value.tiers,
    ).toEqual([tier(99.5, 99, 5), tier(99, 98, 10), tier(98, null, 20)]);
    expect(
      fromText([
        'If Monthly Uptime is less than 99.9%, the credit is 10%. If Monthly Uptime is less than 99%, the credit is 25%.',
      ])?.value.tiers,
    ).toEqual([tier(99.9, 99, 10), tier(99, null, 25)]);
  });

  it('caps the maximum at a stated ceiling', () => {
    const f = fromText([
      '| Monthly Uptime Percentage | Service Credit |',
      '| < 99.9% | 25% |',
      '| < 99.0% | 50% |',
      '| < 95.0% | 100% |',
      'The total Service Credits in any month shall not exceed 50% of the monthly fees for the affected Service.',
    ]);
    expect(f?.value.maxCreditPercent).toBe(50);
  });
});

describe('extractServiceCredits: "penalty", the word many SLAs use for the credit', () => {
  it('reads a penalty table by uptime band as credit tiers', () => {
    const f = fromText([
      '| Monthly Availability | Penalty (% of monthly charges) |',
      '| Below 99.5% and up to 99.0% | 5% |',
      '| Below 99.0% | 15% |',
    ]);
    expect(f?.value).toEqual({ tiers: [tier(99.5, 99, 5), tier(99, null, 15)], maxCreditPercent: 15 });
  });

  it('keeps the ceiling of penalties earned per hour of unavailability, capped in the next sentence', () => {
    const f = fromText([
      "For every full hour of unavailability beyond the commitment, a penalty of 2% of the monthly fee is deducted from the Customer's invoice. The total penalty in any month is capped at 12% of the monthly fee.",
    ]);
    expect(f?.value).toEqual({ tiers: [], maxCreditPercent: 12 });
    expect(f?.rule).toBe('serviceCredits/ceilingOnly');
  });

  it('reads penalty tiers in a sentence, and their threshold as the uptime (through the refiners)', () => {
    const lines = [
      'If availability falls below 99.7% in a month, a penalty of 3% of the monthly fee shall apply; if it falls below 99.0%, the penalty shall be 8%.',
    ];
    expect(fromText(lines)?.value).toEqual({ tiers: [tier(99.7, 99, 3), tier(99, null, 8)], maxCreditPercent: 8 });
    const doc = docFromText(lines.join('\n'));
    expect(extractFields(doc).uptime?.value.percent).toBe(99.7);
  });

  it('look-alikes: a late-payment or late-delivery penalty is no credit', () => {
    expect(
      fromText(['| Days late | Penalty |', '| 1 to 10 days | 2% of the order value |', '| More than 10 days | 5% |']),
    ).toBeNull();
    expect(
      fromText([
        'The Service is available 99.9% of the time. A late payment penalty of 1.5% per month applies to overdue invoices. The total penalty in any year is capped at 10% of the invoice.',
      ]),
    ).toBeNull();
  });
});

describe('extractServiceCredits: look-alikes', () => {
  it.each([
    [
      [
        'For a calendar month where the Monthly Uptime Percentage is less than 99.999%, we will credit your account a percentage of that month’s fees, as defined by this table:',
      ],
    ],
    [['Service Credits shall not exceed 50% of the monthly fees.']],
    [['We offer a 20% discount on annual plans and 99.9% uptime.']],
    [['Customer receives a credit of 5% of the monthly fee for each 30 minutes of downtime below 99.9%.']],
    [['Our liability shall not exceed 100% of the fees paid in the twelve months before the claim.']],
    [['| Plan | Price | Discount |', '| Starter | $10 | 10% |', '| Growth | $50 | 20% |']],
    [['| Priority | First Response |', '| Critical (P1) | 1 hour |']],
  ])('%j', (lines) => {
    expect(fromText(lines)).toBeNull();
  });
});

describe('named rules: the passage that fires and the look-alike that must not', () => {
  it('serviceCredits/listTiers: credits written as a share of one month', () => {
    const f = fromText([
      'For any calendar month in which Availability is:',
      '(a) less than 99.8% but at least 98%, Provider will issue a service credit equal to one quarter of one month of fees; or',
      '(b) less than 98%, Provider will issue a service credit equal to one month of fees.',
    ]);
    expect(f?.value).toEqual({ tiers: [tier(99.8, 98, 25), tier(98, null, 100)], maxCreditPercent: 100 });
    expect(f?.rule).toBe('serviceCredits/listTiers');
    // Look-alike: a month of service as a sign-up gift, no band.
    expect(fromText(['New customers receive a credit equal to one month of service after the trial.'])).toBeNull();
  });

  it('serviceCredits/listTiers: bare ranges in unpunctuated list items', () => {
    const f = fromText([
      'Customer is entitled to these Service Credits:',
      '- 99.0% to 99.79% monthly uptime: 5% of monthly fees',
      '- 97.0% to 98.99% monthly uptime: 15% of monthly fees',
      '- below 97.0% monthly uptime: 30% of monthly fees',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.79, 99, 5), tier(99, 97, 15), tier(97, null, 30)]);
    // Look-alike: ranges of a discount schedule are not credit tiers.
    expect(
      fromText(['Volume pricing:', '- 10% to 20% of seats: list price', '- above 20% of seats: 5% off']),
    ).toBeNull();
  });

  it('serviceCredits/listTiers: list items under a heading that names the credits', () => {
    const items = [
      '- Uptime under 99.95% but at least 99%: 10% of the monthly fee',
      '- Uptime under 99%: 25% of the monthly fee',
    ];
    const under = (heading: string) => docFromText(`# Halyard SLA\n\n## ${heading}\n\n${items.join('\n')}\n`);
    const f = credits(under('Service credits'));
    expect(f?.value.tiers).toEqual([tier(99.95, 99, 10), tier(99, null, 25)]);
    expect(f?.rule).toBe('serviceCredits/listTiers');
    // Look-alike: the same items under a heading that names no credit (a share of the fee for something else).
    expect(credits(under('Usage charges'))).toBeNull();
  });

  it('serviceCredits/listTiers: items that open with the credit and state the band in a condition', () => {
    const f = fromText([
      'The credit is a share of the monthly fee, where the Credit Share is:',
      '- 5% if the Monthly Availability of the cluster is below 99.9% but at least 99.5%;',
      '- 15% if the Monthly Availability of the cluster is below 99.5%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.9, 99.5, 5), tier(99.5, null, 15)]);
    // Look-alike: a figure opening an item whose condition is no band (a discount by seats) is no credit tier.
    expect(
      fromText([
        'Credit for annual prepayment:',
        '- 5% if the number of seats is below 50;',
        '- 10% if the number of seats is 50 or more.',
      ]),
    ).toBeNull();
  });

  it('a ceiling stated as a noun caps the highest tier', () => {
    const f = fromText([
      'If availability falls below 99.9% in a month, Customer receives a credit of 10% of the monthly fee; below 99%, 30%.',
      'The maximum Service Credit in any calendar month is 20% of the monthly fee.',
    ]);
    expect(f?.value.maxCreditPercent).toBe(20);
  });

  it('serviceCredits/ceilingOnly: "up to X%" caps a credit earned per stretch of downtime', () => {
    expect(
      fromText([
        'For each full hour the portal is unavailable, the Client receives a credit of 4% of the monthly charges, up to 40% of those charges.',
      ])?.value,
    ).toEqual({ tiers: [], maxCreditPercent: 40 });
    expect(
      fromText(['For every 15 minutes of outage, Customer earns a service credit of 1% of the monthly fee, up to 25%.'])
        ?.value,
    ).toEqual({ tiers: [], maxCreditPercent: 25 });
    // Look-alikes: "up to" with no scheme per stretch of downtime, and a figure that is no ceiling.
    expect(fromText(['Service credits of up to 25% of the monthly fee may be available.'])).toBeNull();
    expect(
      fromText([
        'For each hour of downtime we credit 5% of the service fee; availability is reported up to 99.99% precision.',
      ])?.value.maxCreditPercent ?? null,
    ).toBeNull();
  });

  it('serviceCredits/ceilingOnly: a proportional scheme keeps its stated ceiling only', () => {
    const f = fromText([
      'For each full hour of downtime beyond the availability commitment, Customer receives a credit in proportion to the monthly fee.',
      'Service credits shall not exceed 15% of the monthly fee.',
    ]);
    expect(f?.value).toEqual({ tiers: [], maxCreditPercent: 15 });
    expect(f?.rule).toBe('serviceCredits/ceilingOnly');
    // The scheme and its cap in one sentence: a credit per stretch of downtime, up to a maximum.
    expect(
      fromText([
        'For every 30 minutes of network unavailability, the Customer receives a credit of 5% of the monthly fee, up to a maximum of 50% of that fee.',
      ])?.value,
    ).toEqual({ tiers: [], maxCreditPercent: 50 });
    // A credit per step of availability below the promise, up to a maximum.
    expect(
      fromText([
        'For each 0.5% (or part of it) by which monthly availability falls below 99.9%, Customer receives a credit of 3% of the monthly fee, up to a maximum credit of 30%.',
      ])?.value,
    ).toEqual({ tiers: [], maxCreditPercent: 30 });
    // Look-alike: a cap at 100% of the fee is the whole fee, no percentage ceiling (README-sla S2).
    expect(
      fromText([
        'For every hour of unavailability, Customer may claim a service credit of 5% of the quarterly fee, capped at 100% of that fee.',
      ]),
    ).toBeNull();
    // Look-alike: a step of something else (a discount for each 1% of growth).
    expect(
      fromText(['For each 1% by which usage grows, the service discount rises by 2%, up to a maximum credit of 30%.']),
    ).toBeNull();
    // Look-alike: a per-hour rate with a cap that earns nothing for downtime.
    expect(
      fromText(['For every 30 minutes of consulting purchased, Customer earns credits of 5%, up to a maximum of 50%.']),
    ).toBeNull();
    // Look-alikes: two ceilings that disagree, and a cap on store credit.
    expect(
      fromText([
        'Credits for downtime are paid in proportion to the outage.',
        'Service credits shall not exceed 15% of the monthly fee.',
        'In total, service credits shall not exceed 40% of the fees.',
      ]),
    ).toBeNull();
    expect(
      fromText([
        'Referral credits for availability of new seats are granted per invite.',
        'Credits shall not exceed 15% of an order.',
      ]),
    ).toBeNull();
  });

  it('a per-plan credit matrix is read when plans agree and left out when they differ', () => {
    const matrix = (b: string) => [
      '| Monthly uptime | Credit (Team) | Credit (Enterprise) |',
      `| Below 99.9% | 10% | ${b} |`,
    ];
    expect(fromText(matrix('10%'))?.value.tiers).toEqual([tier(99.9, null, 10)]);
    expect(fromText(matrix('20%'))).toBeNull();
  });
});

describe('refiner order: shortfalls are measured from a stated commitment only', () => {
  it('marks the converted tiers implied, and leaves a shortfall table alone when only an inferred uptime exists', () => {
    const shortfall = ['| Uptime shortfall | Service credit |', '| 0.1% – 0.5% | 5% |', '| > 0.5% | 10% |'];
    const f = refined(['Pellow will keep the Service available 99.9% of each calendar month.', ...shortfall]);
    expect(f).toMatchObject({ implied: true, rule: 'serviceCredits/shortfallFromCommitment' });
    expect(f?.value.tiers).toEqual([tier(99.9, 99.4, 5), tier(99.4, null, 10)]);
    expect(refined(shortfall)).toBeNull();
  });
});

describe('credit first, then a band "between" two edges', () => {
  it('reads the edges in either order', () => {
    const f = fromText([
      'Customer receives a 5% credit for availability between 98.5% and 99.7%, and a 20% credit for availability below 98.5%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.7, 98.5, 5), tier(98.5, null, 20)]);
    // Look-alike: a discount between two seat counts is no band.
    expect(fromText(['Customers receive a 5% discount for seats between 10 and 50.'])).toBeNull();
  });
});

describe('credit first, each credit followed at once by its band ("15% under 99.5%")', () => {
  it('reads every band, the first for missing the commitment named without a figure', () => {
    const f = refined([
      '# Service Level Agreement',
      'Brantley will keep the API available 99.95% of each calendar month.',
      'Credits: 4% of the monthly fee when availability is under target, 12% under 99.5%, and 35% under 98%.',
    ]);
    expect(f?.value.tiers).toEqual([tier(99.95, 99.5, 4), tier(99.5, 98, 12), tier(98, null, 35)]);
  });

  it('look-alikes: a first credit with no words of a miss is not given a band; a threshold-first list is unchanged', () => {
    const bare = refined([
      '# Service Level Agreement',
      'Brantley will keep the API available 99.95% of each calendar month.',
      'Credits: 4% of the monthly fee, and 12% under 99.5%.',
    ]);
    expect(bare?.value.tiers).toEqual([tier(99.5, null, 12)]);
    const thresholdFirst = refined([
      '# Service Level Agreement',
      'Brantley will keep the API available 99.95% of each calendar month.',
      'If availability is below 99.95%, the credit is 4% of the monthly fee; below 99.5%, 12%.',
    ]);
    expect(thresholdFirst?.value.tiers).toEqual([tier(99.95, 99.5, 4), tier(99.5, null, 12)]);
  });
});

describe('refiner serviceCredits/topBandMeetsStatedLevel', () => {
  const page = (band: string) => [
    '# Halloway Hosting Service Level Agreement',
    '## Availability',
    '| Plan | Monthly Uptime Target |',
    '| --- | --- |',
    '| Standard | 99.5% |',
    '| Business | 99.9% |',
    '| Enterprise | 99.95% |',
    '## Service Credits',
    'If availability falls below the target, Halloway will issue service credits:',
    '| Monthly Uptime Achieved | Credit |',
    '| --- | --- |',
    `| ${band} | 5% |`,
    '| 95.0% – 98.99% | 10% |',
    '| Below 95% | 20% |',
  ];
  it('a top band written up to 99.49% reaches the 99.5% a plan states, though no one uptime is the card’s', () => {
    const f = refined(page('99.0% – 99.49%'));
    expect(f?.value.tiers).toEqual([tier(99.5, 99, 5), tier(99, 95, 10), tier(95, null, 20)]);
  });
  it('look-alike: an edge one step below a level the page never states is kept as written', () => {
    const f = refined(page('99.0% – 99.79%'));
    expect(f?.value.tiers[0]).toEqual(tier(99.79, 99, 5));
  });
});
