import { describe, expect, it } from 'vitest';
import { extractFields } from '../extractors/card';
import { periodNear } from '../extractors/common/period';
import { withTrace } from '../extractors/common/trace';
import { docFromText } from '../extractors/input';
import { extractUptime } from '../extractors/uptime';

function uptime(text: string) {
  const doc = docFromText(text);
  const f = extractUptime(doc);
  if (f) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
  return f;
}

const value = (text: string) => uptime(text)?.value ?? null;

describe('extractUptime: commitments', () => {
  it.each([
    [
      'The provider will use commercially reasonable efforts to make the Compute Service available for each region with a Monthly Uptime Percentage of at least 99.99%, in each case during any monthly billing cycle (the "Service Commitment").',
      99.99,
      'month',
    ],
    [
      'During the Term, the Covered Service will provide a Monthly Uptime Percentage to Customer of at least 99.95% (the "Service Level Objective").',
      99.95,
      'month',
    ],
    ['The Vendor shall maintain 99,9 % availability of the Platform in each calendar month.', 99.9, 'month'],
    ['The Services will be available 99.9% of the time, measured on a quarterly basis.', 99.9, 'quarter'],
    ['We guarantee 99.99% uptime per calendar quarter for customers on the Business+ plan.', 99.99, 'quarter'],
    ['Acme will use commercially reasonable efforts to maintain an annual uptime of 99.9%.', 99.9, 'year'],
    [
      'Provider endeavours to maintain an average uptime of 99% over any rolling twelve (12) month period, excluding scheduled maintenance.',
      99,
      'year',
    ],
    [
      'The Voice API will be available ninety-nine point five percent (99.5%) of the time in any calendar month.',
      99.5,
      'month',
    ],
    ['The Supplier shall ensure that Service Availability is not less than 99.5% per calendar month.', 99.5, 'month'],
    ['Uptime Commitment: Beacon commits to 99.95% monthly uptime for the production environment.', 99.95, 'month'],
    [
      'For all Virtual Machines deployed in the same Availability Set, we guarantee you will have Virtual Machine Connectivity to at least one instance at least 99.95% of the time during a billing month.',
      99.95,
      'month',
    ],
    [
      'If Harbor does not maintain 99.999% Service Availability in a given calendar month, you may claim a credit.',
      99.999,
      'month',
    ],
    // "of the total time": the share of the time, as "of the time".
    [
      'Quarrel Data will provide Actual Availability for the Service for at least 99.5% of the total time in each calendar month.',
      99.5,
      'month',
    ],
  ])('%s', (text, percent, period) => {
    expect(value(text)).toEqual({ percent, period });
  });

  it('has no window when none is stated', () => {
    expect(value('The Provider guarantees that the Service will be available 99.8% of the time.')).toEqual({
      percent: 99.8,
      period: null,
    });
  });

  it('reads the window from the sentence that says how availability is measured', () => {
    const text = [
      'Availability',
      'We guarantee at least 99.9% availability of the Service.',
      'Availability is calculated over each billing month.',
    ].join('\n');
    expect(value(text)).toEqual({ percent: 99.9, period: 'month' });
  });

  it('prefers the explicit commitment over a credit threshold', () => {
    const text = [
      'If the Monthly Uptime Percentage falls below 99.5%, Customer is eligible for Service Credits.',
      'Orbit will use commercially reasonable efforts to make the Service available with a Monthly Uptime Percentage of at least 99.9%.',
    ].join('\n');
    const f = uptime(text);
    expect(f?.value).toEqual({ percent: 99.9, period: 'month' });
    expect(f?.quote).toMatch(/^Orbit will use/);
  });

  it('falls back to a credit threshold sentence', () => {
    const f = uptime(
      'For a calendar month where the Monthly Uptime Percentage is less than 99.95%, Provider will credit the account a percentage of that month’s fees.',
    );
    expect(f?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(f?.confidence).toBeLessThan(0.8);
  });

  it('falls back to the top row of a credit table', () => {
    const text = [
      'Service Credits',
      'Monthly Uptime Percentage | Service Credit',
      'Less than 99.9% but equal to or greater than 99.0% | 10%',
      'Less than 99.0% | 25%',
    ].join('\n');
    expect(uptime(text)).toBeNull();
    const f = extractFields(docFromText(text)).uptime;
    expect(f?.value).toEqual({ percent: 99.9, period: 'month' });
    expect(f?.confidence).toBeLessThanOrEqual(0.6);
    expect(f?.implied).toBe(true);
    expect(f?.rule).toBe('uptime/creditTableTopTier');
  });

  it('keeps the first of several committed figures, less sure, when they are not one per plan', () => {
    const f = uptime(
      'Nimbus commits to 99.95% uptime for the API and 99.99% uptime for the dashboard, measured monthly.',
    );
    expect(f?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(f?.confidence).toBeLessThan(0.8);
    // One per plan, each figure followed by its plan: the document's own level is none of them (S7).
    expect(
      uptime(
        'Nimbus commits to 99.95% uptime for Premium plans and 99.99% uptime for Enterprise plans, measured monthly.',
      ),
    ).toBeNull();
  });

  it("takes neither the floor of a credit band nor a lower band's ceiling for the promise", () => {
    const text =
      'If the Monthly Uptime Percentage falls below the level of Subscriber’s plan, Subscriber is owed a credit of 5% of the monthly charge when availability is at least 98.5%, 15% when it is at least 97.0% but below 98.5%, and 40% when it is below 97.0%.';
    expect(uptime(text)).toBeNull();
    expect(extractFields(docFromText(text)).uptime).toBeNull();
  });

  it('look-alike: a promise of "at least" in a sentence about credits still reads', () => {
    const f = uptime(
      'Provider will keep availability at least 99.5% each month; if it does not, Subscriber receives a credit of 10% of the monthly charge.',
    );
    expect(f?.value.percent).toBe(99.5);
  });

  it('does not take the lower edge of a band', () => {
    const f = uptime('If availability is less than 99.9% but at least 99.0% in a month, a 10% credit applies.');
    expect(f?.value.percent).toBe(99.9);
  });

  it('reads bands written from the top down by their upper edge', () => {
    const text = [
      '## Service credits',
      'When monthly availability falls short, Larchmont credits the following share of the monthly fee:',
      '- 99.9% - 99.0%: 10% service credit',
      '- 99.0% - 96.0%: 20% service credit',
      '- Below 96.0%: 40% service credit',
    ].join('\n');
    expect(uptime(text)?.value.percent).toBe(99.9);
    // Look-alike: a band written from the bottom up still reads by its upper edge.
    const up = text.replace('99.9% - 99.0%', '99.0% - 99.9%').replace('99.0% - 96.0%', '96.0% - 99.0%');
    expect(uptime(up)?.value.percent).toBe(99.9);
  });

  it('plans listed under an uptime commitment make the level plan-dependent, and no credit band stands in for it', () => {
    const text = [
      '## 1. Uptime Commitment',
      '- **Enterprise**: 99.9% uptime (8.8 hours of downtime a year)',
      '- **Pro**: 99.5% uptime (43.8 hours of downtime a year)',
      '## 2. Service Credits',
      '- 99.0-99.8%: 10% monthly credit',
      '- 95.0-98.9%: 25% monthly credit',
    ].join('\n');
    expect(uptime(text)).toBeNull();
    expect(extractFields(docFromText(text)).uptime).toBeNull();
    // Look-alike: one plan named under the commitment states the level.
    const one = text.replace('- **Pro**: 99.5% uptime (43.8 hours of downtime a year)\n', '');
    expect(uptime(one)?.value.percent).toBe(99.9);
  });

  it('a band "between 97% and 94%" is no second promise beside the one the document makes', () => {
    const text = [
      'Hollis will make the Service available 99.5% of the time in each calendar month.',
      'If availability in a calendar month is between 97% and 94%, Hollis shall provide Customer with a service credit of 25% of that month’s fee.',
    ].join('\n\n');
    expect(extractFields(docFromText(text)).uptime?.value.percent).toBe(99.5);
  });
});

describe('extractUptime: look-alikes', () => {
  it.each([
    ['Our support team maintains 99.9% customer satisfaction, and we guarantee fast uptime.'],
    ['We guarantee that 99% of tickets are answered within one business day.'],
    ['Object storage is designed to provide 99.999999999% durability and is backed by our availability team.'],
    ['Service Credits may be up to 100% of the monthly fees if availability is poor.'],
    ['Customer will receive a credit of 100% of the fees paid for the affected month of unavailability.'],
    ['Our customers enjoyed 99.99% uptime last year across all regions.'],
    ['In 2023 the platform delivered 99.98% availability.'],
    ['The Provider does not guarantee that the Service will be available 100% of the time.'],
    ['We offer a 99% discount on availability add-ons for nonprofits, which we guarantee.'],
    ['The service will be available 24 hours a day, seven days a week, except for planned downtime.'],
    ['Availability: 99.95%'],
    // A share of the total of something else than the time.
    ['Our API will serve at least 99.5% of the total requests within 200 ms, and availability is monitored.'],
  ])('%s', (text) => {
    expect(value(text)).toBeNull();
  });
});

describe('extractUptime: a range whose lower edge has no percent sign', () => {
  it('promises no single level ("99.5-99.95%", "99.5 to 99.95%")', () => {
    expect(value('We guarantee network availability of 99.5-99.95% depending on the chosen plan.')).toBeNull();
    expect(value('We guarantee network availability of 99.5 to 99.95% depending on the chosen plan.')).toBeNull();
  });
  it('look-alikes: a dash after the figure, a numbered range elsewhere in the sentence', () => {
    expect(value('We guarantee 99.9% network availability, 24x7-365.')?.percent).toBe(99.9);
    expect(value('We guarantee network availability of 99.9% for plans 1-3.')?.percent).toBe(99.9);
  });
});

describe('extractUptime: connectivity, as network SLAs promise it', () => {
  it('reads a guarantee of connectivity as the level', () => {
    expect(value('We guarantee connectivity to our paid services for at least 99.95% of the time.')?.percent).toBe(
      99.95,
    );
    expect(value('The Provider guarantees 99.99% network connectivity in each calendar month.')?.percent).toBe(99.99);
  });
  it('look-alike: a share of connectivity costs', () => {
    expect(
      value('The Customer pays 20% of the connectivity costs, which the Provider guarantees to invoice monthly.'),
    ).toBeNull();
  });
});

describe('extractUptime: available 100% of the time', () => {
  it('reads "available 100% of the time" as a 100% commitment', () => {
    expect(
      value(
        'Our core network will be available 100% of the time in each calendar month, excluding scheduled maintenance.',
      ),
    ).toEqual({
      percent: 100,
      period: 'month',
    });
  });

  it('look-alike: 100% of the time the service was down is a measure of a refund', () => {
    expect(value('Each month we credit 100% of the time the service was unavailable, at the hourly rate.')).toBeNull();
  });
});

describe('extractUptime: 100% with one word for what is up', () => {
  it('reads "100% network uptime" and "100% power availability" as commitments', () => {
    expect(value('Corrigan Colo guarantees 100% power availability to each cabinet in every calendar month.')).toEqual({
      percent: 100,
      period: 'month',
    });
    expect(value('We guarantee 100% network uptime on all dedicated servers each month.')?.percent).toBe(100);
  });

  it('look-alike: 100% of a network figure that is not uptime stays unread', () => {
    expect(value('We guarantee 100% network coverage across the region each month.')).toBeNull();
  });
});

describe('extractUptime: the window on the labelled line after the target', () => {
  it('reads "Measurement window: calendar month" on the next line as the period', () => {
    const lines = (label: string) =>
      `# Tarrock Storage SLA\n\n**Uptime target:** 99.95%\n**${label}:** calendar month\n**Support hours:** 24x7\n`;
    expect(uptime(lines('Measurement window'))?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(uptime(lines('Measurement period'))?.value).toEqual({ percent: 99.95, period: 'month' });
    // Look-alike: a next line that is not about measuring (a billing cycle) does not name the window.
    expect(uptime(lines('Invoices issued'))?.value).toEqual({ percent: 99.95, period: null });
  });
});

describe('extractUptime: a target taken back by the next sentence', () => {
  it.each([
    'Helix aims to make the platform available 99.5% of the time in each calendar month. This is a target and not a contractual commitment; no service credits are payable.',
    'Our availability objective is 99.9% per month. These objectives do not constitute a service level commitment.',
  ])('%s', (text) => {
    expect(value(text)).toBeNull();
  });

  it('keeps a commitment followed by an unrelated disclaimer, and a target nobody takes back', () => {
    expect(
      value(
        'The Provider will make the Service available 99.9% of the time in each calendar month. This is not a guarantee of uninterrupted service.',
      ),
    ).toMatchObject({ percent: 99.9 });
    expect(
      value('We target 99.95% monthly uptime for the Service. Service credits apply below that level.'),
    ).toMatchObject({ percent: 99.95 });
    expect(
      value(
        'We aim to keep the Service available 99.9% of the time each month.\n\nWarranties\nThis is not a contractual commitment of any other kind.',
      ),
    ).toMatchObject({ percent: 99.9 });
  });
});

describe('periodNear', () => {
  it('takes the window nearest the figure', () => {
    expect(periodNear('99.9% in any calendar month', 0)).toBe('month');
    expect(periodNear('99.9% per calendar year', 0)).toBe('year');
    expect(periodNear('over a rolling 12-month period', 0)).toBe('year');
    expect(periodNear('each calendar quarter', 0)).toBe('quarter');
    expect(periodNear('24 hours a day, 7 days a week', 0)).toBeNull();
  });
});

describe('extractUptime: a list item whose lead-in makes the promise', () => {
  it('reads the item that names availability under "X will provide:"', () => {
    expect(
      value(
        'During the Subscription Term, Harrowgate will provide:\n\n1. Platform availability of at least 99.0% in each calendar month.\n2. Support on business days.',
      ),
    ).toEqual({ percent: 99, period: 'month' });
  });

  it('look-alikes: a lead-in that reports or disclaims', () => {
    expect(
      value(
        'Our status page reports the following:\n\n1. Platform availability of 99.95% last quarter.\n2. No incidents.',
      ),
    ).toBeNull();
    expect(
      value(
        'Harrowgate does not guarantee the following:\n\n1. Platform availability of at least 99.0% in each calendar month.\n2. Error-free operation.',
      ),
    ).toBeNull();
  });
});

describe('extractUptime: thresholds outside credits', () => {
  it('ignores a termination threshold', () => {
    expect(
      value('Customer may terminate the Agreement if availability is below 95% in three consecutive months.'),
    ).toBeNull();
  });

  it('ignores a termination threshold in a sentence that also speaks of credits, keeps the credit threshold before it', () => {
    // The figure leads to a right to terminate: credits are named, but not as what the figure pays.
    expect(
      value(
        'If Subscriber qualifies for a Service Credit in four months of any year, or monthly availability is below 92%, then Subscriber may terminate this Order.',
      ),
    ).toBeNull();
    // Look-alike: the first figure pays a credit before the termination right of the second.
    expect(
      value(
        'If monthly availability is below 99.5%, Subscriber is entitled to a Service Credit, and if it falls below 92% Subscriber may terminate this Order.',
      ),
    ).toEqual({ percent: 99.5, period: 'month' });
  });

  it('keeps a promised level whose failure, a condition of its own, leads to a right to terminate', () => {
    expect(
      value(
        'Brackenridge will maintain availability of 99.9% in each calendar month; if it does not for two consecutive months, Customer may terminate the Order Form.',
      ),
    ).toEqual({ percent: 99.9, period: 'month' });
    // Look-alikes: the figure is itself the condition of the right (a ceiling written after it, or a comparator before it).
    expect(
      value(
        'Monthly availability of 96% or less, and if it recurs in any quarter, Customer may terminate the Order Form.',
      ),
    ).toBeNull();
    expect(
      value(
        'Should availability fall below 96% in a month, and if Brackenridge has not restored it within ten days, Customer may terminate.',
      ),
    ).toBeNull();
  });
});

/** The finding with its rule, read through the whole pipeline (refiners included). */
function finding(lines: string[]) {
  const doc = docFromText(lines.join('\n'));
  const f = extractFields(doc).uptime;
  if (f) expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
  return f;
}

describe('named rules: the passage that fires and the look-alike that must not', () => {
  it('uptime/commitmentSentence: a cross-reference is not a comparator, "commercial efforts" commit', () => {
    const f = finding([
      'Corvid will maintain a Monthly Availability (as defined below) of at least 99.8% for the hosted archive.',
    ]);
    expect(f?.value).toEqual({ percent: 99.8, period: 'month' });
    expect(f?.rule).toBe('uptime/commitmentSentence');
    expect(
      finding([
        'Tallow shall use all reasonable commercial efforts, consistent with good hosting practice and the standards of comparable providers, to ensure the portal is available 99.7% of the time in any calendar month.',
      ])?.value,
    ).toEqual({ percent: 99.7, period: 'month' });
    // The service described as delivered with its level: the provider states the level it is sold with.
    expect(
      finding(['The Orrery queue service is provided with availability of 99.95% on the Business plan.'])?.value,
    ).toEqual({ percent: 99.95, period: null });
    // Look-alike: a measurement the service was delivered with is a past reading, not a level.
    expect(finding(['Last quarter the Orrery queue service was provided with availability of 99.95%.'])).toBeNull();
    // Look-alike: a real comparator outside credits stays a termination threshold.
    expect(finding(['Either party may end the pilot if availability is below 97% for two months.'])).toBeNull();
  });

  it('uptime/statedLevel: the level stated with "is" or "means" under a service-level heading', () => {
    const f = finding(['Service Levels', 'The level of availability for the Hosted Platform is 99.8%.']);
    expect(f?.value.percent).toBe(99.8);
    expect(f?.rule).toBe('uptime/statedLevel');
    expect(finding(['“Availability Target” means 99.6% in each calendar quarter.'])?.value).toEqual({
      percent: 99.6,
      period: 'quarter',
    });
    // Look-alikes: a reading of the status page, and a past figure.
    expect(finding(['Status', 'Current availability is 99.97%.'])).toBeNull();
    expect(finding(['Service Levels', 'Availability last quarter was 99.98%.'])).toBeNull();
  });

  it('uptime/labelFigure: a list item or heading that is only the figure', () => {
    const f = finding([
      '- **99.7% platform uptime**',
      '1. Wrenfield will use reasonable efforts to keep the platform available at the monthly uptime stated above.',
    ]);
    expect(f?.value).toEqual({ percent: 99.7, period: 'month' });
    expect(f?.rule).toBe('uptime/labelFigure');
    expect(finding(['# Uptime SLA: 99.95%', 'Credits are described below.'])?.value.percent).toBe(99.95);
    // Look-alikes: a bare reading in a paragraph, and a list item about something else.
    expect(finding(['Availability: 99.95%'])).toBeNull();
    expect(finding(['- 99% customer satisfaction', '- 24/7 support'])).toBeNull();
  });

  it('uptime/tableRowLabel: a row that names availability, the figure beside it', () => {
    const f = finding([
      'Larchmont will use commercially reasonable efforts to meet the following levels:',
      '| Measure | Level |',
      '| --- | --- |',
      '| Monthly availability of the portal | 99.85% |',
      '| Durability of stored files | 99.999% |',
    ]);
    expect(f?.value).toEqual({ percent: 99.85, period: 'month' });
    expect(f?.rule).toBe('uptime/tableRowLabel');
    // Look-alikes: durability, downtime and past readings are not the commitment.
    expect(
      finding(['| Measure | Value |', '| --- | --- |', '| Durability | 99.999% |', '| Planned downtime | 0.5% |']),
    ).toBeNull();
    expect(finding(['| Measure | Value |', '| --- | --- |', '| Availability last year | 99.99% |'])).toBeNull();
  });

  it('plan matrices: one figure when the plans agree, none when they differ', () => {
    const matrix = (a: string, b: string) => [
      '| Feature | Starter | Business |',
      '| --- | --- | --- |',
      `| Uptime SLA | ${a} | ${b} |`,
      '| Support | Email | Phone |',
    ];
    expect(finding(matrix('99.9%', '99.9%'))?.value.percent).toBe(99.9);
    expect(finding(matrix('99.5%', '99.95%'))).toBeNull();
    // A column per measure, a row per plan.
    expect(
      finding([
        '| Plan | Monthly Uptime Commitment | Support |',
        '| --- | --- | --- |',
        '| Starter | 99.5% | Email |',
        '| Business | 99.95% | Phone |',
      ]),
    ).toBeNull();
  });

  it('uptime/creditThresholdInList: the subject in the lead-in, the threshold in the item', () => {
    const f = finding([
      'Service Credits',
      'If Availability in a calendar month is:',
      '- below 99.95% but at least 99.5%: 10% credit;',
      '- below 99.5%: 25% credit.',
    ]);
    expect(f?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(f?.rule).toBe('uptime/creditThresholdInList');
    // Look-alike: a list about something else under a lead-in without availability.
    expect(finding(['Discounts apply as follows:', '- below 99.5% of list price: 10% credit;'])).toBeNull();
  });

  it('reads the window from the document’s definition when none stands near the figure', () => {
    const text = [
      'Service Levels',
      'The level of availability for the Service is 99.9%.',
      'Measurement',
      '“Downtime Percentage” means the minutes of downtime as a percentage of the total minutes in that calendar month.',
    ];
    expect(finding(text)?.value).toEqual({ percent: 99.9, period: 'month' });
    // Look-alike: definitions that disagree give no window.
    const disagree = [...text, '“Availability” is measured over each calendar quarter for reporting purposes.'];
    expect(finding(disagree)?.value).toEqual({ percent: 99.9, period: null });
  });
});

describe('refiner uptime/creditTableTopTier', () => {
  it('is implied and named, and never overrides a stated commitment', () => {
    const table = ['| Monthly Uptime | Service Credit |', '| 99.0% – < 99.8% | 10% |', '| < 99.0% | 20% |'];
    const implied = finding(table);
    expect(implied).toMatchObject({ value: { percent: 99.8, period: 'month' }, implied: true });
    const stated = finding(['Quarry will make the Service available 99.9% of each calendar month.', ...table]);
    expect(stated?.value.percent).toBe(99.9);
    expect(stated?.implied).toBeUndefined();
  });
});

describe('refiner uptime/creditTableTopTier: plan-dependent documents', () => {
  it('infers nothing when a plan matrix states different uptimes (look-alike of the top-tier inference)', () => {
    const f = finding([
      '| Feature | Starter | Business |',
      '| --- | --- | --- |',
      '| Uptime SLA | 99.5% | 99.95% |',
      '',
      'Service credits',
      '| Monthly Uptime | Service Credit |',
      '| 99.0% – < 99.5% | 10% |',
      '| < 99.0% | 20% |',
    ]);
    expect(f).toBeNull();
  });
});

describe('extractUptime: a credit threshold under plans with different uptimes', () => {
  const matrix = ['| | Basic | Pro |', '| --- | --- | --- |', '| Monthly Uptime | 99.5% | 99.95% |', ''];

  it('is a band under one plan, not the uptime', () => {
    expect(
      finding([...matrix, "If Monthly Uptime falls below 97%, Customer's credit is 30% of the monthly fee."]),
    ).toBeNull();
  });

  it('look-alikes: one uptime in every column, a sentence that commits to a figure', () => {
    const same = ['| | Basic | Pro |', '| --- | --- | --- |', '| Monthly Uptime | 99.9% | 99.9% |', ''];
    expect(
      finding([...same, 'If Monthly Uptime falls below 99.9%, the credit is 10% of the monthly fee.'])?.value.percent,
    ).toBe(99.9);
    expect(finding([...matrix, 'Graywick commits to 99.5% availability in each calendar month.'])?.value.percent).toBe(
      99.5,
    );
  });
});

describe('uptime/…UnderHeading: the heading is the subject of the figure', () => {
  it('reads a commitment under an availability heading, not under a credits heading', () => {
    const f = finding(['## 4. Platform availability', 'Ferngate commits to 99.85% in each calendar month.']);
    expect(f?.value).toEqual({ percent: 99.85, period: 'month' });
    expect(f?.rule).toBe('uptime/commitmentSentenceUnderHeading');
    // Look-alikes: ticket statistics under the same heading, and a credits heading.
    expect(finding(['## Availability', 'We answer 95% of tickets within one hour.'])).toBeNull();
    expect(finding(['## Service credits', 'Ferngate commits to 99.85% in each calendar month.'])).toBeNull();
  });
});

describe('explain trace', () => {
  it('says why a figure in the availability range was not taken', () => {
    const doc = docFromText('Our support team maintains 99.9% customer satisfaction, and we guarantee fast uptime.');
    const { result, events } = withTrace(() => extractUptime(doc));
    expect(result).toBeNull();
    expect(events).toContainEqual(
      expect.objectContaining({
        rule: 'uptime/classify',
        outcome: 'rejected',
        why: expect.stringContaining('satisfaction'),
      }),
    );
  });
});

describe('extractUptime: a goal the provider names as its own', () => {
  it('reads "we aim for" and "our … goal is" as a target', () => {
    expect(value('We aim for 99.8% platform availability in every calendar month.')).toEqual({
      percent: 99.8,
      period: 'month',
    });
    expect(value('Our monthly availability goal is 99.95% for the hosted service.')).toMatchObject({ percent: 99.95 });
  });

  it('look-alikes: advice to the reader, a goal that is no availability, a goal taken back', () => {
    expect(value('Aim for 99.9% availability in your own design by spreading servers over two regions.')).toBeNull();
    expect(value('Our goal is to resolve 99% of support requests on the first reply.')).toBeNull();
    expect(value('Our availability goal is 99.9% per month. This goal is not a service level commitment.')).toBeNull();
  });
});

describe('extractUptime: different figures per plan in one line (S7)', () => {
  it.each([
    'Availability SLA: 99.95% (Premium plan), 99.5% (Basic plan).',
    'Monthly uptime commitment — Scale: 99.99%; Growth: 99.9%.',
  ])('%s', (text) => {
    expect(value(text)).toBeNull();
  });

  it('look-alikes: one figure with a bracketed window, the same figure for two services', () => {
    expect(value('Our uptime SLA is 99.95% (measured monthly) on every plan.')).toMatchObject({ percent: 99.95 });
    expect(
      value(
        'The Provider will keep the Service available 99.9% of each month. Support: 99.9% (Business), 99.9% (Basic).',
      ),
    ).toMatchObject({ percent: 99.9 });
  });
});

describe('refiner uptime/commitmentCreditsMeasure: several services committed at different figures', () => {
  const services = [
    'Harlow commits to cooling availability of 99.99% in each hall, measured each calendar month.',
    'The Harlow transit network will be available at least 99.9% of the time in each calendar month.',
  ];
  const credits = ['| Monthly Network Availability | Credit |', '| 99.0% – < 99.9% | 10% |', '| < 99.0% | 30% |'];

  it('takes the commitment the credit table measures from, not the first one written', () => {
    const f = finding([...services, '', ...credits]);
    expect(f?.value).toEqual({ percent: 99.9, period: 'month' });
    expect(f?.rule).toBe('uptime/commitmentCreditsMeasure');
    expect(f?.quote).toContain('transit network');
  });

  it('look-alikes: a credit table matching no commitment, one commitment only, a credit band written as a sentence', () => {
    const other = ['| Monthly Network Availability | Credit |', '| 99.0% – < 99.5% | 10% |', '| < 99.0% | 30% |'];
    expect(finding([...services, '', ...other])?.value.percent).toBe(99.99);
    const one = finding([services[0] as string, '', ...credits]);
    expect(one?.value.percent).toBe(99.99);
    expect(one?.rule).not.toBe('uptime/commitmentCreditsMeasure');
    // "between 99.9% and 99%, Harlow shall credit": a band sentence, not a second promise.
    const band = finding([
      services[0] as string,
      'If availability is between 99.9% and 99.0%, Harlow shall credit 10% of the monthly fee; if below 99.0%, Harlow shall credit 30%.',
    ]);
    expect(band?.value.percent).toBe(99.99);
  });
});

describe('plan-dependent uptime stated section by section (S7)', () => {
  const plans = (figures: [string, string, string]) =>
    [
      '# Larchmere SLA',
      '## Service levels',
      '### Basic plan',
      `- Uptime: ${figures[0]} monthly uptime guarantee`,
      '- Email support',
      '### Pro plan',
      `- Uptime: ${figures[1]} monthly uptime guarantee`,
      '- Phone support',
      '### Enterprise plan',
      `- Uptime: ${figures[2]} monthly uptime guarantee`,
      '- Dedicated engineer',
    ].join('\n');

  it('different figures under plan headings give none', () => {
    expect(extractUptime(docFromText(plans(['99.5%', '99.9%', '99.95%'])))).toBeNull();
  });

  it('look-alike: one figure for every plan still gives it', () => {
    expect(extractUptime(docFromText(plans(['99.9%', '99.9%', '99.9%'])))?.value.percent).toBe(99.9);
  });
});

describe('uptime committed service by service, each section its own figure', () => {
  // A catalogue of services, each headed and given its own "Service level | 99.x%" key-value table: the document
  // commits to several levels and none is the document's; the first written is a guess, so none (S7).
  const catalogue = (figures: string[]) =>
    [
      '# Thornbury Cloud service definitions',
      'Each service below carries its own service level.',
      ...figures.flatMap((figure, i) => [
        `## ${['Object Storage', 'Managed Kubernetes', 'Backup Vault'][i]}`,
        'Attribute | Value',
        '--- | ---',
        `**Service level agreement** | ${figure}`,
        '**Service credit** | 5% of monthly spend per 1% below the service level',
      ]),
    ].join('\n');

  it('different committed figures in different service sections give none', () => {
    expect(extractUptime(docFromText(catalogue(['99.90%', '99.99%', '99.50%'])))).toBeNull();
    // The same in prose: each service's section commits to its own level.
    const prose = [
      '# Ravensworth SLA',
      '## Compute',
      'Ravensworth guarantees that Compute will be available 99.95% of each calendar month.',
      '## Storage',
      'Ravensworth guarantees that Storage will be available 99.9% of each calendar month.',
    ].join('\n');
    expect(extractUptime(docFromText(prose))).toBeNull();
  });

  it('look-alikes: the same figure in every section, and a commitment with a credit threshold in another section', () => {
    expect(extractUptime(docFromText(catalogue(['99.90%', '99.90%', '99.90%'])))?.value.percent).toBe(99.9);
    const thresholdElsewhere = [
      '# Ravensworth SLA',
      '## Availability',
      'Ravensworth guarantees that the Service will be available 99.95% of each calendar month.',
      '## Service credits',
      'If availability in a calendar month falls below 99.0%, the Customer receives a credit of 25% of the monthly fee.',
    ].join('\n');
    expect(extractUptime(docFromText(thresholdElsewhere))?.value.percent).toBe(99.95);
  });

  it("a credit table whose top band ends at one service's level says which one the card shows (refiner)", () => {
    const sections = [
      '# Ravensworth SLA',
      '## Compute',
      'Ravensworth guarantees that Compute will be available 99.95% of each calendar month.',
      '## Network',
      'Ravensworth guarantees that the network will be available 99.9% of each calendar month.',
      '## Network credits',
    ];
    const f = finding([
      ...sections,
      '| Monthly availability | Credit |',
      '| 99.0% – < 99.9% | 10% |',
      '| < 99.0% | 25% |',
    ]);
    expect(f?.value.percent).toBe(99.9);
    expect(f?.rule).toBe('uptime/commitmentCreditsMeasure');
    // Look-alike: the bands end at a figure no section commits to; nothing says which service the card is about.
    expect(
      finding([...sections, '| Monthly availability | Credit |', '| 99.0% – < 99.5% | 10% |', '| < 99.0% | 25% |']),
    ).toBeNull();
  });
});

describe('a one-pipe GFM table of plans', () => {
  it('"Default | 99.50%" and "Extended SLA | 99.95%" differ by plan: no uptime (S7)', () => {
    const text = [
      '# Cloud SLA',
      'The Core Services will provide a Monthly Uptime Percentage depending on the subscription plan:',
      '',
      'Option | Monthly Uptime Percentage',
      '--- | ---',
      'Default | 99.50%',
      'Extended SLA | 99.95%',
    ].join('\n');
    expect(extractUptime(docFromText(text))).toBeNull();
    // Look-alike: one option, one figure.
    expect(extractUptime(docFromText(text.replace('\nExtended SLA | 99.95%', '')))?.value.percent).toBe(99.5);
  });
});

describe('uptime stated for one plan: "X% on Dedicated plans and Y% on Enterprise plans", a plan list item (S7)', () => {
  it('gives none for figures each followed by the plan they are for', () => {
    const text = '# SLA\n\nWe guarantee at least 99.9% availability on Standard plans and 99.99% on Enterprise plans.';
    expect(extractUptime(docFromText(text))).toBeNull();
  });

  it('gives none for a figure in one item of a list of plans, whether or not the others state one', () => {
    const list = [
      '# Service Agreement',
      'Available tiers of service:',
      '- Starter: all features; up to 500 users; community support',
      '- Premium: all features; unlimited users; email support',
      '- Enterprise: all premium features; dedicated support; 99.99% uptime SLA',
    ].join('\n');
    expect(extractUptime(docFromText(list))).toBeNull();
  });

  it('look-alikes: one figure for every plan, and a list whose labels name no plan', () => {
    const every = '# SLA\n\nWe guarantee at least 99.9% availability on Standard plans and 99.9% on Enterprise plans.';
    expect(extractUptime(docFromText(every))?.value.percent).toBe(99.9);
    const terms = [
      '# Service Level Agreement',
      'Key terms:',
      '- Availability: we guarantee 99.9% monthly uptime',
      '- Support: email, business hours',
      '- Maintenance: announced 48 hours ahead',
    ].join('\n');
    expect(extractUptime(docFromText(terms))?.value.percent).toBe(99.9);
  });
});

describe('uptime/labelUnderCommitment: a label and its figure under a heading that promises the level', () => {
  it('reads "Platform Availability: 99.95% monthly uptime" under "Availability Guarantee"', () => {
    const f = finding([
      '# Tarnwell Service Level Agreement',
      '## 2. Service Level Commitments',
      '### 2.1 Availability Guarantee',
      'Platform Availability: 99.95% monthly uptime',
      'Calculation: minutes available divided by minutes in the month.',
    ]);
    expect(f?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(f?.rule).toBe('uptime/labelUnderCommitment');
  });

  it('look-alikes: the same label under a heading that promises nothing, and a reading beside its target', () => {
    expect(finding(['# Status', '## Uptime', 'Availability: 99.97%', 'Updated hourly.'])).toBeNull();
    const report = finding([
      '# Tarnwell Service Level Agreement',
      '## 1. Availability Commitment',
      'Tarnwell commits to 99.9% monthly availability.',
      '## 7. Example monthly report',
      'Uptime: 99.94% (Target: 99.9%)',
    ]);
    expect(report?.value.percent).toBe(99.9);
  });
});

describe('uptime: a labelled figure under a heading of promises, and a band written from the bottom up', () => {
  it('reads "Uptime: 99.95% availability per calendar month" under "3. Service Guarantees"', () => {
    const f = finding([
      '# Brackwater Service Level Agreement',
      '## 3. Service Guarantees',
      'Uptime: 99.95% availability per calendar month, excluding announced maintenance.',
      'Support: replies on business days.',
    ]);
    expect(f?.value).toEqual({ percent: 99.95, period: 'month' });
    expect(f?.rule).toBe('uptime/labelUnderCommitment');
  });

  it('look-alike: the same label under a heading of past figures stays unread', () => {
    expect(
      finding([
        '# Brackwater quarterly review',
        '## 3. Last quarter',
        'Uptime: 99.97% availability per calendar month.',
      ]),
    ).toBeNull();
  });

  it('takes no credit band\'s lower edge ("98.5% to 99.4% uptime: 10% credit") for the level promised', () => {
    const f = finding([
      '# Brackwater Service Level Agreement',
      '## Service credits',
      'If Brackwater fails to meet the uptime guarantee, the customer receives credits as follows:',
      '- 98.5% to 99.4% uptime: 10% credit on the monthly fee.',
      '- Below 98.5% uptime: 30% credit on the monthly fee.',
    ]);
    expect(f?.value.percent).not.toBe(98.5);
  });

  it('look-alike: with the level promised above, the bottom-up bands leave it the uptime', () => {
    const f = finding([
      '# Brackwater Service Level Agreement',
      '## 3. Service Guarantees',
      'Uptime: 99.95% availability per calendar month.',
      '## 5. Service credits',
      'If Brackwater fails to meet the uptime guarantee, the customer receives credits as follows:',
      '- 98.5% to 99.4% uptime: 10% credit on the monthly fee.',
    ]);
    expect(f?.value.percent).toBe(99.95);
  });
});

describe('uptime: a share of tickets meeting the service levels is no availability', () => {
  it('reads nothing from "Compliance with the service levels is 90% guaranteed"', () => {
    expect(
      finding([
        '# Support terms',
        '## Service levels',
        '(5) Compliance with the service levels is 90% guaranteed (12 months’ average).',
      ]),
    ).toBeNull();
  });

  it('look-alike: a service level of 99.9% availability is read', () => {
    expect(
      finding(['# Support terms', '## Service levels', 'The service level is 99.9% availability per calendar month.'])
        ?.value.percent,
    ).toBe(99.9);
  });
});

describe('uptime/planTable: a table whose rows are plans, each with its own uptime', () => {
  const doc = (a: string, b: string) => [
    '# Corrow Service Level Agreement',
    '## 1. Monthly uptime',
    '| Service Tier | Monthly Uptime | Maximum Monthly Downtime |',
    '|---|---|---|',
    `| Starter | ${a} | 7.2 hours |`,
    `| Enterprise | ${b} | 43 minutes |`,
    '## 2. Service credits',
    'If we fail to meet our uptime commitment, customers receive service credits as follows:',
    '| Monthly Uptime | Service Credit |',
    '|---|---|',
    '| 99.0% - 99.9% | 10% of the monthly bill |',
    '| below 99.0% | 25% of the monthly bill |',
  ];
  it("states no one uptime, so the credit table's top band does not stand in for it", () => {
    expect(finding(doc('99.0%', '99.9%'))).toBeNull();
  });
  it('look-alike: plans that share one uptime leave the top band to be read', () => {
    expect(finding(doc('99.9%', '99.9%'))?.value.percent).toBe(99.9);
  });
});
