// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { confidenceLevel, QUOTE_LIMIT, QuoteBlock, shortQuote } from '@/components/Evidence';
import type { FieldName } from '@/extractors/types';
import { cardLayout, FIELD_GROUPS, groupOrder, keyFieldsFor, listNames } from '@/utils/card-layout';
import { FIELD_ORDER } from '@/utils/fields';
import { formatDuration } from '@/utils/format';
import { f, makeCard } from './helpers/card-fixture';

afterEach(cleanup);

describe('field groups', () => {
  it('put every card field in exactly one group', () => {
    const grouped = Object.values(FIELD_GROUPS).flatMap((g) => g.fields);
    expect([...grouped].sort()).toEqual([...FIELD_ORDER].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('order the groups by kind: service levels first in an SLA, liability first in a contract', () => {
    expect(groupOrder('sla')[0]).toBe('service');
    for (const kind of ['terms', 'msa', 'dpa', 'other'] as const) expect(groupOrder(kind)[0]).toBe('liability');
  });

  it('keep only stated fields in groups; the rest go to the not-stated list in the same order', () => {
    const stated = new Set<FieldName>(['uptime', 'renewal']);
    const layout = cardLayout('terms', (f) => stated.has(f));
    expect(layout.groups.map((g) => [g.id, g.fields])).toEqual([
      ['term', ['renewal']],
      ['service', ['uptime']],
    ]);
    expect(layout.unstated.slice(0, 3)).toEqual(['liabilityCap', 'consequentialDamages', 'governingLaw']);
    expect(layout.unstated).not.toContain('uptime');
  });

  it('list names shortly: four, then "and N more"', () => {
    expect(listNames(['a', 'b'])).toBe('a, b');
    expect(listNames(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c, d and 2 more');
  });
});

describe('the popup key values', () => {
  it('shows what a contract states among its key fields, liability and law first', () => {
    const card = makeCard({
      kind: 'msa',
      fields: {
        governingLaw: [f({ country: 'US', region: 'Delaware' } as never)],
        liabilityCap: f({ kind: 'fees-paid', months: 12 } as never),
        renewal: f({ automatic: true, termMonths: 12 }),
        consequentialDamages: f(true),
        disputeForum: [f({ kind: 'courts' } as never)],
        uptime: f({ percent: 99.9, period: 'month' } as never),
      },
    });
    const keys = keyFieldsFor(card);
    expect(keys.map((k) => k.field)).toEqual([
      'liabilityCap',
      'consequentialDamages',
      'governingLaw',
      'renewal',
      'disputeForum',
    ]);
    expect(keys.every((k) => k.stated)).toBe(true);
  });

  it('fills up to four with the most important missing ones when little is stated', () => {
    const card = makeCard({ kind: 'sla', fields: { uptime: f({ percent: 99.9, period: 'month' } as never) } });
    expect(keyFieldsFor(card)).toEqual([
      { field: 'uptime', stated: true },
      { field: 'serviceCredits', stated: false },
      { field: 'soleRemedy', stated: false },
      { field: 'support', stated: false },
    ]);
  });
});

describe('evidence at a glance', () => {
  // A composed clause, long enough to be cut.
  const long = `The provider will use commercially reasonable efforts ${'to keep the hosted service available '.repeat(12)}each month.`;

  it('cuts a long quote at a word boundary with an expander, and shows a short one whole', () => {
    expect(long.length).toBeGreaterThan(QUOTE_LIMIT);
    const cut = shortQuote(long);
    expect(cut.cut).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.text.slice(0, -1))).toBe(true);
    expect(long.charAt(cut.text.length - 1)).toBe(' ');
    expect(shortQuote('Uptime is 99.9%.')).toEqual({ text: 'Uptime is 99.9%.', cut: false });

    render(<QuoteBlock quote={long} />);
    const quote = screen.getByTestId('quote');
    expect(quote.textContent).not.toContain('each month.');
    const toggle = screen.getByTestId('quote-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(quote.textContent).toContain('each month.');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('has no expander on a short quote', () => {
    render(<QuoteBlock quote="Uptime is 99.9%." />);
    expect(screen.queryByTestId('quote-toggle')).toBeNull();
  });

  it('reads confidence as a word', () => {
    expect([0.95, 0.8, 0.79, 0.5, 0.49].map(confidenceLevel)).toEqual(['high', 'high', 'medium', 'medium', 'low']);
  });

  it('reads units as English: "1 month", never "1 months"', () => {
    expect(formatDuration({ amount: 1, unit: 'months' })).toBe('1 month');
    expect(formatDuration({ amount: 2, unit: 'months' })).toBe('2 months');
    expect(formatDuration({ amount: 1, unit: 'business-days' })).toBe('1 business day');
  });
});
