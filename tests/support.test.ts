import { describe, expect, it } from 'vitest';
import type { Doc } from '../extractors/common/doc';
import { docFromHtml } from '../extractors/common/parse-html';
import { docFromText } from '../extractors/input';
import { extractSupport, SUPPORT_RULES } from '../extractors/support';

function support(doc: Doc) {
  const found = extractSupport(doc);
  for (const f of found) {
    expect(doc.text.slice(f.start, f.end)).toBe(f.quote);
    expect(f.confidence).toBeGreaterThan(0);
  }
  return found;
}

const fromText = (lines: string[]) => support(docFromText(lines.join('\n')));
const values = (lines: string[]) => fromText(lines).map((f) => f.value);
const target = (priority: string, amount: number, unit: string) => ({ priority, firstResponse: { amount, unit } });

describe('extractSupport: tables', () => {
  it('reads the first-response column, not resolution', () => {
    const found = fromText([
      'Target response times:',
      'Priority | Definition | First Response | Target Resolution |',
      'Critical (P1) | Complete outage affecting all users. No workaround. | ≤ 1 business hour | typically ≤ 4–8 business hours |',
      'High (P2) | Core feature unavailable for many users. | ≤ 4 business hours | ≤ 1–3 business days |',
      'Medium (P3) | Feature impaired, workaround available. | ≤ 1 business day | ≤ 5–10 business days |',
      'Low (P4) | Cosmetic issue or question. | ≤ 3 business days | next planned release |',
    ]);
    expect(found.map((f) => f.value)).toEqual([
      target('Critical (P1)', 1, 'business-hours'),
      target('High (P2)', 4, 'business-hours'),
      target('Medium (P3)', 1, 'business-days'),
      target('Low (P4)', 3, 'business-days'),
    ]);
    expect(found[0]?.quote).toMatch(/^Critical \(P1\) \|/);
  });

  it('leaves a row\'s clause number out of the priority ("2.1 Priority 1"), not a level\'s own rank ("1. Critical")', () => {
    expect(
      values([
        'Priority | Description | First Response |',
        '2.1 Priority 1 (P1) Critical | Production is down. | 15 minutes |',
        '2.2 Priority 2 (P2) High | Severe degradation. | 1 hour |',
      ]),
    ).toEqual([target('Priority 1 (P1) Critical', 15, 'minutes'), target('Priority 2 (P2) High', 1, 'hours')]);
    expect(
      values(['Priority | Description | First Response |', '1. Critical | Production is down. | 15 minutes |']),
    ).toEqual([target('1. Critical', 15, 'minutes')]);
  });

  it('finds the response column wherever it sits, in minutes too', () => {
    expect(
      values([
        '| Severity | Resolution Target | Initial Response Time |',
        '| Severity 1 | 8 hours | 30 minutes |',
        '| Severity 2 | 2 business days | 2 hours |',
        '| Severity 3 | 5 business days | 1 business day |',
      ]),
    ).toEqual([
      target('Severity 1', 30, 'minutes'),
      target('Severity 2', 2, 'hours'),
      target('Severity 3', 1, 'business-days'),
    ]);
  });

  it('reads bare figures in the unit the response column header states', () => {
    expect(values(['| Priority | Response time (business hours) |', '|---|---|', '| P1 | 2 |', '| P2 | 6 |'])).toEqual([
      target('P1', 2, 'business-hours'),
      target('P2', 6, 'business-hours'),
    ]);
    expect(
      values([
        '| Severity | Initial response (in minutes) | Resolution (days) |',
        '|---|---|---|',
        '| Sev 1 | 20 | 1 |',
      ]),
    ).toEqual([target('Sev 1', 20, 'minutes')]);
    // Look-alikes: a bare figure under a header with no unit, and a unit only in the resolution column.
    expect(values(['| Priority | Response time |', '|---|---|', '| P1 | 2 |'])).toEqual([]);
    expect(values(['| Priority | Response | Resolution (hours) |', '|---|---|---|', '| P1 | 2 | 8 |'])).toEqual([]);
  });

  it('reads an HTML table', () => {
    const doc = docFromHtml(
      `<html><body><h2>Support</h2><table>
        <tr><th>Ticket priority</th><th>Acknowledgement</th><th>Update frequency</th></tr>
        <tr><td>Urgent</td><td>Within two (2) hours</td><td>Every 4 hours</td></tr>
        <tr><td>Normal</td><td>Within one (1) business day</td><td>Daily</td></tr>
      </table></body></html>`,
    );
    expect(support(doc).map((f) => f.value)).toEqual([
      target('Urgent', 2, 'hours'),
      target('Normal', 1, 'business-days'),
    ]);
  });

  it('reads an HTML definition list of priorities and their response targets', () => {
    const doc = docFromHtml(
      `<html><body><h2>Response times</h2><dl>
        <dt>Urgent (site down)</dt><dd>First response within 2 hours, around the clock</dd>
        <dt>Normal</dt><dd>First response within 2 business days</dd>
      </dl></body></html>`,
    );
    expect(support(doc).map((f) => f.value)).toEqual([
      target('Urgent (site down)', 2, 'hours'),
      target('Normal', 2, 'business-days'),
    ]);
  });

  it('reads a transposed table', () => {
    expect(
      values([
        '| Target | P1 | P2 | P3 |',
        '| Initial response | 1 hour | 4 hours | 2 business days |',
        '| Resolution | 1 day | 3 days | 10 days |',
      ]),
    ).toEqual([target('P1', 1, 'hours'), target('P2', 4, 'hours'), target('P3', 2, 'business-days')]);
  });

  it('reads a table flattened into lines under its header', () => {
    expect(
      values([
        'Service Request Priority Initial Response Progress Update Resolution objective',
        'Critical 1 hour within Business Day 4 hours within Business Day Vendor will provide a Workaround in 2 Business Days.',
        'Major 1 Business Day 3 Business Days Vendor will resolve the Defect in 4 Business Days.',
        'Minor 2 Business Days 6 Business Days Vendor will resolve the Defect in 15 Business Days.',
        'All questions are handled as Minor.',
      ]),
    ).toEqual([
      target('Critical', 1, 'business-hours'),
      target('Major', 1, 'business-days'),
      target('Minor', 2, 'business-days'),
    ]);
  });
});

describe('extractSupport: bare levels under a header that names the scale', () => {
  it('reads "1" under "Severity Level" as Severity 1', () => {
    expect(
      values([
        '| Severity Level | Level of Effort | Initial response |',
        '| --- | --- | --- |',
        '| 1 | Reasonable efforts, business hours | Immediate, and in no event more than 12 hours |',
        '| 2 | Reasonable efforts, business hours | 2 Business Days |',
      ]),
    ).toEqual([target('Severity 1', 12, 'hours'), target('Severity 2', 2, 'business-days')]);
  });

  it('look-alike: numbered steps are no priorities', () => {
    expect(
      values(['| Step | Initial response |', '| --- | --- |', '| 1 | 4 hours |', '| 2 | 2 business days |']),
    ).toEqual([]);
  });
});

describe('extractSupport: one response table per plan', () => {
  const plan = (name: string, p1: string, p2: string) => [
    `## ${name}`,
    '',
    '| Severity | Response Time |',
    '|---|---|',
    `| Severity 1 | ${p1} |`,
    `| Severity 2 | ${p2} |`,
    '',
  ];
  it("gives no target when the plans' tables differ", () => {
    expect(
      values([...plan('Silver Support', '8 Hours', '2 Business Days'), ...plan('Gold Support', '1 Hour', '4 Hours')]),
    ).toEqual([]);
  });

  it('look-alike: the same table twice (a summary and the detail) gives its targets', () => {
    expect(
      values([...plan('Summary', '1 Hour', '4 Hours'), ...plan('Response Times in Detail', '1 Hour', '4 Hours')]),
    ).toEqual([target('Severity 1', 1, 'hours'), target('Severity 2', 4, 'hours')]);
  });
});

describe('extractSupport: a grid of cards, each a level over its figure (stackedCards)', () => {
  const card = (label: string, figure: string) => [label, '', figure, '', 'What this level covers.', ''];
  it('reads the cards under a heading about responses, or under a response label above the heading', () => {
    expect(
      values(['## Response Times', '', ...card('Critical — Site down', '4 hours'), ...card('High', '24 hours')]),
    ).toEqual([target('Critical', 4, 'hours'), target('High', 24, 'hours')]);
    expect(
      values([
        '03 — Response times',
        '',
        '## When you will hear from us',
        '',
        ...card('P1', '< 1 hour'),
        ...card('P2', '4 hours'),
      ]),
    ).toEqual([target('P1', 1, 'hours'), target('P2', 4, 'hours')]);
    // In a text file each short line reads as a heading: the cards are still read, level and figure.
    expect(
      values([
        '## Response Times',
        '',
        'Critical',
        '',
        '1 hour',
        '',
        'High',
        '',
        '8 hours',
        '',
        'Medium',
        '',
        '2 days',
      ]),
    ).toEqual([target('Critical', 1, 'hours'), target('High', 8, 'hours'), target('Medium', 2, 'days')]);
  });

  it.each([
    ['resolution cards', ['## Resolution Targets', '', ...card('Critical', '8 hours'), ...card('High', '2 days')]],
    [
      'response and resolution in one section',
      ['## Response & Resolution', '', ...card('Critical', '8 hours'), ...card('High', '2 days')],
    ],
    ['a single card', ['## Response Times', '', ...card('Critical', '4 hours')]],
    [
      'a section about something else',
      ['## Incident history', '', ...card('Critical', '4 hours'), ...card('High', '9 hours')],
    ],
    [
      'a figure with more words than a figure',
      [
        '## Response Times',
        '',
        ...card('Critical', '4 hours or less, most weeks'),
        ...card('High', '9 hours on average'),
      ],
    ],
  ])('look-alike: %s', (_name, lines) => {
    expect(values(lines)).toEqual([]);
  });
});

describe('extractSupport: a priority as a section heading (priorityHeading)', () => {
  it('reads the response in the section, not its resolution time, and stops at the next heading', () => {
    expect(
      values([
        '## Severity Levels',
        '',
        '### Severity 1 - Critical',
        '- Complete outage in production.',
        '',
        'Resolution target: within 2 business days.',
        '',
        'Response time: within 4 business hours after escalation.',
        '',
        '### Severity 2 - High',
        '- Major features impacted.',
        '',
        '### Reporting',
        '',
        'Response to general questions within 3 business days.',
      ]),
    ).toEqual([target('Severity 1 - Critical', 4, 'business-hours')]);
  });

  it("reads a numbered level heading and its own key-value table, not the level's description as a header", () => {
    const level = (heading: string, definition: string, response: string, resolution: string) => [
      `### ${heading}`,
      '',
      '| Criteria | Details |',
      '|---|---|',
      `| Definition | ${definition} |`,
      `| Response Time | ${response} |`,
      `| Resolution Time | ${resolution} |`,
      '',
    ];
    expect(
      values([
        '## 4. Support Levels',
        '',
        ...level('4.1 Critical Issues (P1)', 'Platform down for every customer', '1 hour', '4 hours'),
        ...level('4.2 High Priority (P2)', 'Major feature broken', '4 hours (business hours)', '24 hours'),
        ...level(
          '4.3 Minor Issues',
          'Minor bugs, UI issues, feature requests, general questions',
          '2 business days',
          '5 business days',
        ),
      ]),
    ).toEqual([
      target('Critical Issues (P1)', 1, 'hours'),
      target('High Priority (P2)', 4, 'hours'),
      target('Minor Issues', 2, 'business-days'),
    ]);
  });

  it('look-alike: a level heading whose table gives only the resolution', () => {
    expect(
      values(['### 2.1 Critical Issues', '', '| Criteria | Details |', '|---|---|', '| Resolution Time | 4 hours |']),
    ).toEqual([]);
  });

  it("look-alike: priority headings under a plan's heading are that plan's targets (none)", () => {
    expect(
      values([
        '## Premium Support',
        '',
        'Premium customers can call us.',
        '',
        'Urgent requests:',
        '1. Engineers will respond within 15 minutes of receipt.',
      ]),
    ).toEqual([]);
  });

  it('look-alike: a heading that is no priority ("Standard Plan") gives no target', () => {
    expect(
      values(['### Standard Plan', '', 'Our team replies to emails within 24 hours on business days.']).map(
        (t) => t.priority,
      ),
    ).not.toContain('Standard Plan');
  });
});

describe('extractSupport: sentences', () => {
  it('reads labelled segments', () => {
    expect(
      values([
        'Critical: initial response within 1 business hour; Major: 1 business day; Minor: two (2) business days.',
      ]),
    ).toEqual([
      target('Critical', 1, 'business-hours'),
      target('Major', 1, 'business-days'),
      target('Minor', 2, 'business-days'),
    ]);
  });

  it('reads list items', () => {
    expect(
      values([
        'Response times',
        '- Severity 1 (Critical): we will respond within one (1) hour.',
        '- Severity 2 (High): we will respond within four (4) hours.',
        '- Severity 3 (Normal): we will respond within 2 business days.',
      ]),
    ).toEqual([
      target('Severity 1 (Critical)', 1, 'hours'),
      target('Severity 2 (High)', 4, 'hours'),
      target('Severity 3 (Normal)', 2, 'business-days'),
    ]);
  });

  it.each([
    ['For urgent issues we will respond within 2 hours.', 'urgent', 2, 'hours'],
    ['The Support response time should be within 2 hours of the urgent support request time.', 'urgent', 2, 'hours'],
    ['We will acknowledge P1 tickets within 1 hour.', 'P1', 1, 'hours'],
    ['High priority requests receive a first response within eight (8) business hours.', 'High', 8, 'business-hours'],
    ['For P2 tickets we respond within 4 hours during business hours.', 'P2', 4, 'business-hours'],
    ['Normal priority requests get a response within one business day.', 'Normal', 1, 'business-days'],
    ['We acknowledge Severity Urgent incidents within 1 business hour.', 'Severity Urgent', 1, 'business-hours'],
    ['Critical issues: we respond within 15 minutes.', 'Critical issues', 15, 'minutes'],
    ['Initial responses to P1 tickets are sent within 1 hour.', 'P1', 1, 'hours'],
  ])('%s', (text, priority, amount, unit) => {
    expect(values([text])).toEqual([target(priority, amount, unit)]);
  });

  it('pairs each priority with its own response time', () => {
    expect(values(['We respond to P1 tickets within 1 hour and to P2 tickets within 4 hours.'])).toEqual([
      target('P1', 1, 'hours'),
      target('P2', 4, 'hours'),
    ]);
  });

  it('reads the passive "shall be responded to within" as the response', () => {
    expect(
      values(['Priority 1 faults shall be responded to within 20 minutes and Priority 2 faults within 3 hours.']),
    ).toEqual([target('Priority 1', 20, 'minutes'), target('Priority 2', 3, 'hours')]);
    // Look-alike: a priority resolved, not responded to, within a time.
    expect(values(['Priority 1 faults shall be resolved within 4 hours.'])).toEqual([]);
  });

  it('keeps the response and drops the resolution in one sentence', () => {
    expect(
      values(['For critical issues we will respond within 1 hour and resolve the issue within 24 hours.']),
    ).toEqual([target('critical', 1, 'hours')]);
  });
});

describe('extractSupport: look-alikes', () => {
  it.each([
    [['Critical issues will be resolved within 4 hours.']],
    [['We respond to 95% of tickets within 24 hours.']],
    [['Our average response time for urgent tickets is 2 hours.']],
    [['Support is available Monday–Friday, 9am–6pm, and 24 hours a day, 7 days a week for critical issues.']],
    [['We will respond to all support requests within 24 hours.']],
    [['The Service will be available 99.9% of the time; downtime for critical maintenance will not exceed 4 hours.']],
    [['Severity 1 incidents are resolved within 30 minutes on average.']],
    [['| Priority | Resolution |', '| Critical | 4 hours |']],
    [['Provider will respond to a notice of breach within thirty (30) days.']],
  ])('%j', (lines) => {
    expect(values(lines)).toEqual([]);
  });
});

describe('extractSupport: plans are not priorities', () => {
  it('skips a plan table without a priority column', () => {
    expect(
      values(['| Plan | Response Time | Price |', '| Standard | 1 business day | $0 |', '| Premium | 4 hours | $99 |']),
    ).toEqual([]);
  });

  it('reads priorities in the first column when they look like priorities', () => {
    expect(values(['| | Response time |', '| Urgent | Next business day |', '| P2 | 2 business days |'])).toEqual([
      target('Urgent', 1, 'business-days'),
      target('P2', 2, 'business-days'),
    ]);
  });
});

describe('extractSupport: introduced lists', () => {
  it('reads labels after an introducing colon', () => {
    expect(
      values([
        'Support requests are prioritized as follows: Urgent – response within 1 hour; High – response within 4 hours; Normal – response within 1 business day.',
      ]),
    ).toEqual([target('Urgent', 1, 'hours'), target('High', 4, 'hours'), target('Normal', 1, 'business-days')]);
  });

  it('reads a labelled target given in minutes and keeps updates apart', () => {
    expect(
      values(['Priority 1 incidents: we will respond within 30 minutes and provide updates every 2 hours.']),
    ).toEqual([target('Priority 1 incidents', 30, 'minutes')]);
  });
});

describe('extractSupport: labelled paragraphs', () => {
  it('reads the response target from a later sentence of a paragraph led by a priority', () => {
    expect(
      values([
        'Severity 1 (Critical): Production system down. Initial response within thirty (30) minutes, 24x7.',
        'Severity 2 (Major): Significant degradation. Initial response within two (2) hours.',
        'Severity 4 (Request): How-to question. Initial response within five (5) Business Days.',
      ]),
    ).toEqual([
      target('Severity 1 (Critical)', 30, 'minutes'),
      target('Severity 2 (Major)', 2, 'hours'),
      target('Severity 4 (Request)', 5, 'business-days'),
    ]);
  });

  it('does not take a resolution target or an unlabelled paragraph', () => {
    expect(
      values([
        'Severity 2 (Major): Significant degradation. Resolution within two (2) business days.',
        'Account changes: Requests are processed. We respond to billing questions within 3 days.',
        'Our engineers usually reply. Support is available 24 hours a day.',
      ]),
    ).toEqual([]);
  });
});

describe('extractSupport: P0 is a priority, and a labelled sentence is no flattened row', () => {
  it('reads "P0: Response within 3 hours" under "… response times for each priority level:"', () => {
    expect(
      values([
        '## Response times',
        'Our SLA defines the expected response times for each priority level:',
        '- P0: Response within 3 hours.',
        '- P1: Response within 24 hours.',
        '- P2: Response within 48 hours.',
      ]),
    ).toEqual([target('P0', 3, 'hours'), target('P1', 24, 'hours'), target('P2', 48, 'hours')]);
  });

  it('look-alike: a flattened table under a header line still reads by its rows', () => {
    expect(
      values([
        'Service Request Priority Initial Response Progress Update Resolution objective',
        'Critical (P0) 30 minutes 4 hours Vendor will provide a Workaround in 2 Business Days.',
        'Major (P1) 2 hours 3 Business Days Vendor will resolve the Defect in 4 Business Days.',
      ]),
    ).toEqual([target('Critical (P0)', 30, 'minutes'), target('Major (P1)', 2, 'hours')]);
  });
});

describe('extractSupport: "Level" in the label', () => {
  it('reads "Severity Level 2" and "Priority Level 3" labels', () => {
    expect(
      values([
        'Severity Level 2: initial response within two (2) hours.',
        'Priority Level 3: initial response within one (1) business day.',
      ]),
    ).toEqual([target('Severity Level 2', 2, 'hours'), target('Priority Level 3', 1, 'business-days')]);
  });

  it('does not take a service level as a priority', () => {
    expect(values(['Service Level 2: we respond to credit claims within 10 days.'])).toEqual([]);
  });
});

describe('extractSupport: plan columns', () => {
  it('reads priority rows when every plan gives the same target', () => {
    const found = fromText([
      '## Response times',
      'Initial response times by support plan:',
      '| Severity | Basic Support | Enterprise Support |',
      '| Severity Critical | Two business hours | Two business hours |',
      '| Severity Moderate | Three business days | Three business days |',
    ]);
    expect(found.map((f) => f.value)).toEqual([
      target('Severity Critical', 2, 'business-hours'),
      target('Severity Moderate', 3, 'business-days'),
    ]);
    expect(found[0]?.rule).toBe('support/planColumnTable');
  });

  it('leaves out targets that differ by plan, and plan tables not introduced as response times', () => {
    expect(
      values([
        'Initial response times by support plan:',
        '| Severity | Basic Support | Enterprise Support |',
        '| Severity Critical | 8 business hours | 30 minutes |',
        '| Severity Moderate | Three business days | 1 business day |',
      ]),
    ).toEqual([]);
    expect(
      values([
        'Resolution targets by support plan:',
        '| Severity | Basic Support | Enterprise Support |',
        '| Severity Critical | 8 hours | 8 hours |',
      ]),
    ).toEqual([]);
  });

  it('reads a priority cell that also describes the level, and a table given in minutes', () => {
    expect(
      values([
        '| Priority | Initial Response |',
        '| Priority Two: Urgent. Production is degraded for every user of the account and there is no way around it | < 45 minutes |',
      ]),
    ).toEqual([target('Priority Two: Urgent', 45, 'minutes')]);
  });

  it('leaves out a table whose response column is split into sub-columns', () => {
    expect(
      values([
        '| Severity | First Response | Progress Update |',
        '| Office hours | Out of hours | Office hours | Out of hours |',
        '| S1 | 1 hour | 3 hours | 2 hours | 6 hours |',
      ]),
    ).toEqual([]);
  });
});

/**
 * One composed example per rule. Each rule must read its own example, and every other rule
 * must either stay silent on it or read the same targets (the github-url-detection matrix).
 */
const RULE_EXAMPLES: Record<string, { lines: string[]; expected: ReturnType<typeof target>[] }> = {
  responseColumnTable: {
    lines: [
      '| Impact | Scope | Acknowledgement |',
      '| P1 | Everyone | 2 hours |',
      '| P3 | One user | 2 business days |',
    ],
    expected: [target('P1', 2, 'hours'), target('P3', 2, 'business-days')],
  },
  transposedTable: {
    lines: ['| Measure | Sev 1 | Sev 2 |', '| First response | 30 minutes | 6 hours |'],
    expected: [target('Sev 1', 30, 'minutes'), target('Sev 2', 6, 'hours')],
  },
  planColumnTable: {
    lines: [
      'Response time of support',
      '| Severity | Standard | Premium |',
      '| Severity Urgent | 1 business hour | 1 business hour |',
    ],
    expected: [target('Severity Urgent', 1, 'business-hours')],
  },
  flattenedTable: {
    lines: [
      'Severity Initial Response Workaround',
      'Blocker 2 hours 1 business day',
      'Major 1 business day 5 business days',
    ],
    expected: [target('Blocker', 2, 'hours'), target('Major', 1, 'business-days')],
  },
  labelledParagraph: {
    lines: ['Priority 3 (Normal): A single feature misbehaves. First response within one (1) business day.'],
    expected: [target('Priority 3 (Normal)', 1, 'business-days')],
  },
  labelledDefinition: {
    lines: ['Severity 1 (Outage)', '', 'Initial response within 30 minutes, at any hour.'],
    expected: [target('Severity 1 (Outage)', 30, 'minutes')],
  },
  labelledClauses: {
    lines: ['Our response targets are: Emergency: 1 hour; Low: 3 business days.'],
    expected: [target('Emergency', 1, 'hours'), target('Low', 3, 'business-days')],
  },
  inlinePriority: {
    lines: ['We will reply to Severity 2 cases within 4 business hours.'],
    expected: [target('Severity 2', 4, 'business-hours')],
  },
  labelledListItems: {
    lines: ['Helpdesk response times:', '', '- Sev-1 (outage): 45 minutes', '- Sev-2 (impaired): within 6 hours'],
    expected: [target('Sev-1 (outage)', 45, 'minutes'), target('Sev-2 (impaired)', 6, 'hours')],
  },
  priorityHeading: {
    lines: [
      '### P1 – Outage',
      '',
      'The platform is down for all users.',
      '',
      '**Acknowledgement Time**',
      '',
      'Within **90 minutes** of the report.',
      '',
      '### P2 – Degraded',
      '',
      'A major feature is impaired. Acknowledgement time: within 6 business hours.',
    ],
    expected: [target('P1 – Outage', 90, 'minutes'), target('P2 – Degraded', 6, 'business-hours')],
  },
  stackedCards: {
    lines: [
      'Support',
      '',
      '## Response Times',
      '',
      'Urgent — Checkout down',
      '',
      '2 hours',
      '',
      'Payments fail for every shopper.',
      '',
      'Low — Cosmetic issue',
      '',
      'Within 3 business days',
      '',
      'A typo or a misaligned button.',
    ],
    expected: [target('Urgent', 2, 'hours'), target('Low', 3, 'business-days')],
  },
  arabicResponseTable: {
    lines: [
      '| الأولوية | زمن الاستجابة | زمن الحل |',
      '| عاجلة | 45 دقيقة | 6 ساعات |',
      '| بسيطة | ثلاثة أيام عمل | أسبوعان |',
    ],
    expected: [target('عاجلة', 45, 'minutes'), target('بسيطة', 3, 'business-days')],
  },
  arabicLabelledLine: {
    lines: ['المستوى الأول: يتم الرد خلال ساعتين من فتح البلاغ.'],
    expected: [target('المستوى الأول', 2, 'hours')],
  },
  arabicInlinePriority: {
    lines: ['نرد على الطلبات العاجلة خلال أربع ساعات عمل.'],
    expected: [target('العاجلة', 4, 'business-hours')],
  },
  arabicLabelledListItems: {
    lines: ['مدة الاستجابة للتذاكر:', '', '- المستوى الأول: خلال 30 دقيقة', '- المستوى الثالث: في غضون ثلاثة أيام عمل'],
    expected: [target('المستوى الأول', 30, 'minutes'), target('المستوى الثالث', 3, 'business-days')],
  },
};

describe('SUPPORT_RULES: each rule on its own example, and the others on it', () => {
  it('has one example per rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(SUPPORT_RULES.map((r) => r.name).sort());
  });

  for (const rule of SUPPORT_RULES) {
    const example = RULE_EXAMPLES[rule.name]!;
    it(`${rule.name} reads its example, names itself, and extractSupport agrees`, () => {
      const doc = docFromText(example.lines.join('\n'));
      const found = rule.extract({ doc }) ?? [];
      expect(found.map((f) => f.value)).toEqual(example.expected);
      for (const f of found) expect(f.rule).toBe(`support/${rule.name}`);
      expect(support(doc).map((f) => f.value)).toEqual(example.expected);
    });
    for (const other of SUPPORT_RULES.filter((r) => r !== rule)) {
      it(`${other.name} stays silent on (or agrees with) the ${rule.name} example`, () => {
        const doc = docFromText(example.lines.join('\n'));
        const found = (other.extract({ doc }) ?? []).map((f) => f.value);
        if (found.length > 0) expect(found).toEqual(example.expected);
      });
    }
  }
});

describe('inlinePriority: "answered within", and a response "by the next business day"', () => {
  it('reads both as first-response targets', () => {
    expect(
      values([
        'Severity 3 issues get a response by the next business day. Severity 4 requests are answered within five business days.',
      ]),
    ).toEqual([target('Severity 3', 1, 'business-days'), target('Severity 4', 5, 'business-days')]);
  });

  it('look-alikes: the next business day of a resolution, an answer that is a resolution, a payment date', () => {
    expect(values(['Severity 3 issues are resolved by the next business day.'])).toEqual([]);
    expect(values(['Severity 2 questions are answered and resolved in full within 5 days.'])).toEqual([]);
    expect(values(['Invoices for Severity 1 incidents are payable by the next business day.'])).toEqual([]);
  });
});

describe('inlinePriority: a run of labelled levels in one paragraph, each figure naming its measure after it', () => {
  it("reads each level's response, not the resolution beside it, and a label with its description in brackets", () => {
    expect(
      values([
        'Support levels - Urgent (platform down): 2-hour response, 6-hour resolution target - Normal (feature impaired): 8-hour response, 48-hour resolution target.',
      ]),
    ).toEqual([target('Urgent', 2, 'hours'), target('Normal', 8, 'hours')]);
  });

  it('look-alikes: a resolution figure alone after the response word, and a risk rated high in brackets', () => {
    expect(values(['Critical issues: response, then 4-hour resolution target.'])).toEqual([]);
    expect(values(['The risk is high (see the annex): the update takes 3 hours.'])).toEqual([]);
  });
});

describe("inlinePriority: the reader's own duty to respond is no support target", () => {
  it("reads the provider's response, not the customer's or a publisher's", () => {
    expect(values(['You agree to respond to urgent issues reported by your users within 3 business days.'])).toEqual(
      [],
    );
    expect(values(['The Customer shall respond to urgent requests from the Provider within 2 business days.'])).toEqual(
      [],
    );
    // Look-alike: the provider responds.
    expect(values(['We will respond to urgent issues within 3 business days.'])).toEqual([
      target('urgent', 3, 'business-days'),
    ]);
  });
});

describe('inlinePriority: the lower class beside an urgent one ("standard requests", "routine issues")', () => {
  it('reads both classes of one sentence', () => {
    expect(
      values([
        'Service desk requests are acknowledged within 20 minutes for emergency requests and within 6 hours for standard requests.',
      ]),
    ).toEqual([target('emergency', 20, 'minutes'), target('standard', 6, 'hours')]);
    expect(values(['Routine issues are answered within 3 business days and urgent issues within 90 minutes.'])).toEqual(
      [target('Routine', 3, 'business-days'), target('urgent', 90, 'minutes')],
    );
  });

  it('look-alikes: a plan named "Standard", standard terms, a standard response with no class beside it', () => {
    expect(
      values([
        'Standard support customers receive a response within one business day. Premium support customers receive a response within two hours.',
      ]),
    ).toEqual([]);
    expect(values(['Standard: a response within 1 business day. Premium: a response within 4 hours.'])).toEqual([]);
    expect(values(['Our standard response time is 8 hours.'])).toEqual([]);
  });
});

describe('labelledListItems: bare targets under a lead-in that names the support response', () => {
  it('reads each item of the list', () => {
    expect(
      values([
        'Ticket response targets:',
        '',
        '- Priority 1 (site down): 1 hour',
        '- Priority 2 (degraded): 4 business hours',
        '- Priority 3 (question): 2 business days',
      ]),
    ).toEqual([
      target('Priority 1 (site down)', 1, 'hours'),
      target('Priority 2 (degraded)', 4, 'business-hours'),
      target('Priority 3 (question)', 2, 'business-days'),
    ]);
  });

  it('reads an item whose whole target is "next business day" as one business day', () => {
    expect(
      values(['Support ticket response targets:', '', '- Critical: 2 hours', '- Normal: by the next business day']),
    ).toEqual([target('Critical', 2, 'hours'), target('Normal', 1, 'business-days')]);
    // Look-alikes: a resolution list, and an item that says more than the day.
    expect(values(['Support ticket resolution targets:', '', '- Normal: next business day'])).toEqual([]);
    expect(values(['Support ticket response targets:', '', '- Normal: next business day or later'])).toEqual([]);
  });

  it('reads a schedule that responds to Incidents (no word "support" or "ticket")', () => {
    expect(
      values([
        '6.2 The Contractor shall respond to Incidents as follows:',
        '',
        'Severity 1: within 20 minutes;',
        'Severity 2: within 3 hours;',
      ]),
    ).toEqual([target('Severity 1', 20, 'minutes'), target('Severity 2', 3, 'hours')]);
    // Look-alike: the same items under a lead-in about security incidents (a breach notice) stay unread.
    expect(
      values([
        '6.2 The Contractor shall respond to security incidents as follows:',
        '',
        'Severity 1: within 20 minutes;',
      ]),
    ).toEqual([]);
  });

  it('reads priorities graded by letter ("Priority A"), as UK public-sector schedules write them', () => {
    expect(
      values(['Incident response times:', '', '- Priority A: within 15 minutes', '- Priority B: within 2 hours']),
    ).toEqual([target('Priority A', 15, 'minutes'), target('Priority B', 2, 'hours')]);
    // Look-alike: "priority a" as ordinary words in a sentence is no label.
    expect(values(['We weigh priority a little differently in support: answers come within 4 hours.'])).toEqual([]);
  });

  it('look-alikes: resolution targets, a lead-in naming both measures, a security response, plans, two figures', () => {
    const items = ['', '- Critical: 4 hours', '- High: 1 business day'];
    expect(values(['Support resolution targets:', ...items])).toEqual([]);
    expect(values(['Support response and resolution times:', ...items])).toEqual([]);
    expect(values(['Security incident response:', ...items])).toEqual([]);
    expect(
      values(['Support response times by plan:', '', '- Starter: 2 business days', '- Business: 4 hours']),
    ).toEqual([]);
    expect(values(['Support request response targets:', '', '- Critical: 1 hour, restore within 4 hours'])).toEqual([]);
  });
});

describe('arabicLabelledListItems: bare targets under an Arabic lead-in that names the response', () => {
  it('reads each priority item with its lone target', () => {
    expect(
      values([
        'نلتزم بالأوقات التالية للاستجابة لبلاغات العملاء:',
        '',
        '- حرجة: خلال ساعة واحدة.',
        '- متوسطة: خلال ثماني ساعات عمل.',
      ]),
    ).toEqual([target('حرجة', 1, 'hours'), target('متوسطة', 8, 'business-hours')]);
  });

  it('look-alikes: a lead-in that names resolution, a lead-in with no act, an item with two figures', () => {
    expect(values(['أوقات حل البلاغات:', '', '- حرجة: خلال ساعة واحدة.', '- متوسطة: خلال يومي عمل.'])).toEqual([]);
    expect(values(['تصنيف البلاغات:', '', '- حرجة: خلال ساعة واحدة.', '- متوسطة: خلال يومي عمل.'])).toEqual([]);
    expect(values(['أوقات الاستجابة:', '', '- حرجة: من ساعة إلى ساعتين.'])).toEqual([]);
  });
});

describe('SUPPORT_RULES: look-alikes per rule', () => {
  it.each([
    // responseColumnTable: a response column of plans, not priorities.
    [['| Tier | Response |', '| Gold | 2 hours |']],
    // transposedTable: the row is a resolution row.
    [['| Measure | Sev 1 | Sev 2 |', '| Time to fix | 4 hours | 2 days |']],
    // planColumnTable: plan columns under a lead-in about prices.
    [['Monthly prices', '| Item | Standard | Premium |', '| Severity Urgent | 10 hours | 10 hours |']],
    // flattenedTable: a header line without a response column.
    [['Severity Workaround Resolution', 'Blocker 2 hours 1 business day']],
    // labelledParagraph: the later sentence is about resolution.
    [['Priority 3 (Normal): A single feature misbehaves. Resolution within one (1) business day.']],
    // labelledDefinition: the line under the label is a resolution target, or a statistic.
    [['Critical', '', 'Resolution within 4 hours of the report.']],
    [['High', '', 'On average we responded within 2 hours last year.']],
    // labelledClauses: labels followed by restoration times.
    [['Our restoration targets are: Emergency: 4 hours; Low: 10 business days.']],
    // inlinePriority: a statistic, not a commitment.
    [['On average we reply to Severity 2 cases within 4 business hours.']],
  ])('%j', (lines) => {
    expect(values(lines)).toEqual([]);
  });
});

describe('support/perPlan: targets that differ by plan in one sentence give none (S7)', () => {
  it.each([
    [['High-severity cases: first response within 8 hours (Team plan), 2 hours (Scale plan).']],
    [['Severity 1 response time: Standard 12 business hours, Platinum 30 minutes.']],
    [['Urgent tickets are answered within 2 hours on the Business plan and within 8 hours on the Basic plan.']],
  ])('%j', (lines) => {
    expect(values(lines)).toEqual([]);
  });

  it('look-alikes: two classes of request, one target on every plan', () => {
    expect(values(['Urgent requests are answered within 2 hours and standard requests within 8 hours.'])).toEqual([
      target('Urgent', 2, 'hours'),
      target('standard', 8, 'hours'),
    ]);
    expect(values(['Critical issues receive a first response within 1 hour, 24/7, on all plans.'])).toEqual([
      target('Critical', 1, 'hours'),
    ]);
  });
});

describe('support/perPlanSection: targets stated plan by plan', () => {
  const sections = (a: string, b: string) =>
    docFromText(
      [
        '# Support',
        '## Support tiers',
        '### Premium Support',
        '- 24/7 phone and email support',
        `- Response time: ${a} (critical), 8 hours (non-critical)`,
        '### Enterprise Support',
        '- Dedicated support team',
        `- Response time: ${b} (critical), 4 hours (non-critical)`,
      ].join('\n'),
    );

  it('different figures in two plans’ sections give no target', () => {
    expect(extractSupport(sections('4 hours', '1 hour'))).toEqual([]);
  });

  it('look-alike: the same figures under non-plan headings (channels) keep the first', () => {
    const doc = docFromText(
      [
        '# Support',
        '### Email',
        '- Response time: 4 hours (critical), 8 hours (non-critical)',
        '### Phone',
        '- Response time: 1 hour (critical), 4 hours (non-critical)',
      ].join('\n'),
    );
    expect(extractSupport(doc).map((t) => [t.value.priority, t.value.firstResponse.amount])).toContainEqual([
      'critical',
      4,
    ]);
  });
});

describe('support/labelledClauses: the measure named right after its figure', () => {
  it('reads "Critical (service down): 1-hour response, 4-hour resolution target" as a 1-hour response', () => {
    const doc = docFromText(
      '5. SUPPORT TIERS\n- Critical (service down): 1-hour response, 4-hour resolution target\n- High (major feature impaired): 4-hour response, 8-hour resolution target\n- Low (cosmetic): 24-hour response, 72-hour resolution target',
    );
    expect(support(doc).map((f) => [f.value.priority, f.value.firstResponse])).toEqual([
      ['Critical (service down)', { amount: 1, unit: 'hours' }],
      ['High (major feature impaired)', { amount: 4, unit: 'hours' }],
      ['Low (cosmetic)', { amount: 24, unit: 'hours' }],
    ]);
  });

  it('look-alike: a resolution figure named after itself is no response time', () => {
    const doc = docFromText('5. SUPPORT TIERS\n- Critical: 4-hour resolution target\n- High: 8-hour resolution target');
    expect(support(doc)).toEqual([]);
  });
});

describe('support: a table whose rows are plans ("Plan | Uptime | Support Response | Priority")', () => {
  it("gives no targets: each row is a plan, its response the plan's", () => {
    const doc = docFromText(
      'Service Tiers\n\nPlan | Uptime SLA | Support Response | Priority\n--- | --- | --- | ---\nHome | 99.0% | 48 hours | Standard\nBusiness | 99.5% | 24 hours | Priority\nEnterprise | 99.9% | 8 hours | Premium',
    );
    expect(extractSupport(doc)).toEqual([]);
  });

  it('look-alike: "Priority | Response" rows of priorities give their targets', () => {
    const doc = docFromText(
      'Response Targets\n\nPriority | Description | First Response\n--- | --- | ---\nCritical | Service down | 1 hour\nHigh | Degraded | 4 hours',
    );
    expect(extractSupport(doc).map((f) => f.value.priority)).toEqual(['Critical', 'High']);
  });
});

describe('support: "Serious" is a priority level as "Severe" is', () => {
  it('reads Critical, Serious and Minor rows of a response table', () => {
    const doc = docFromText(
      'Response Times\n\nLevel | Description | First Response\n--- | --- | ---\nCritical | The service is down. | 2 hours\nSerious | A core function is impaired. | 6 hours\nMinor | Cosmetic issues. | 24 hours',
    );
    expect(extractSupport(doc).map((f) => `${f.value.priority} ${f.value.firstResponse.amount}`)).toEqual([
      'Critical 2',
      'Serious 6',
      'Minor 24',
    ]);
  });

  it('look-alike: a "Serious" row of a table of something else gives no target', () => {
    const doc = docFromText(
      'Breach Categories\n\nCategory | Description | Fine\n--- | --- | ---\nSerious | Repeated late payment. | 2 hours of service\nMinor | One late payment. | none',
    );
    expect(extractSupport(doc)).toEqual([]);
  });
});

describe('support: a priority label with a long description in brackets', () => {
  it('reads "High (Severe Slowdown Across Several Regions): Response within 4 business hours."', () => {
    expect(
      values([
        '## Response times',
        'Critical (Service Down): Response within 1 business hour.',
        'High (Severe Slowdown Across Several Regions): Response within 4 business hours.',
      ]),
    ).toEqual([
      target('Critical (Service Down)', 1, 'business-hours'),
      target('High (Severe Slowdown Across Several Regions)', 4, 'business-hours'),
    ]);
  });

  it('look-alike: a bracket past forty characters is no label, and a resolution target stays unread', () => {
    expect(
      values([
        '## Response times',
        'High (any problem that a customer reports through the portal, the phone line or email): Response within 4 business hours.',
      ]),
    ).toEqual([]);
    expect(values(['High (Severe Slowdown Across Several Regions): Resolution within 2 business days.'])).toEqual([]);
  });
});

describe('support: the header names a description column, the first column names the levels', () => {
  it('reads "Support Level | Response Time | Impact" with levels "Level 1 - Urgent" from the first column', () => {
    expect(
      values([
        '## Support severity levels',
        '| Support Level | Response Time | Impact |',
        '|---|---|---|',
        '| Level 1 - Urgent | 4 business hours | Full outage of the product in production environments. |',
        '| Level 2 - High | 8 business hours | Partial outage that impacts critical operations. |',
      ]),
    ).toEqual([target('Level 1 - Urgent', 4, 'business-hours'), target('Level 2 - High', 8, 'business-hours')]);
  });
  it('look-alike: an "Impact" column of level names stays the priority column', () => {
    expect(
      values([
        '## Support targets',
        '| Queue | Impact | Response Time |',
        '|---|---|---|',
        '| Production | High | 1 hour |',
        '| Staging | Low | 1 business day |',
      ]),
    ).toEqual([target('High', 1, 'hours'), target('Low', 1, 'business-days')]);
  });
});
