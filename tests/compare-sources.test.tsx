// @vitest-environment jsdom
/** Which document each compare cell's value came from: the model, the table's source line and the exports. */
import { cleanup, render } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { CompareTable } from '../components/CompareTable';
import { type CellSource, cellSourceDocs, comparisonRows, mergeVendorCards } from '../utils/comparison';
import { cardValues } from '../utils/db';
import { toCsv, toMarkdown } from '../utils/exporters';
import { f, makeCard } from './helpers/card-fixture';

afterEach(cleanup);

const DAY = Date.UTC(2026, 11, 1);

// Acme: an SLA (uptime, a credit-claim window) and terms (renewal, a non-renewal notice, governing law).
const sla = cardValues(
  makeCard({
    vendor: 'Acme',
    kind: 'sla',
    fields: {
      uptime: f({ percent: 99.9, period: 'month' }),
      notices: [f({ kind: 'credit-claim', amount: 30, unit: 'days' })],
    },
  }),
);
const terms = cardValues(
  makeCard({
    vendor: 'Acme',
    kind: 'terms',
    fields: {
      renewal: f({ automatic: true, termMonths: 12 }),
      notices: [f({ kind: 'non-renewal', amount: 60, unit: 'days' })],
      governingLaw: [f({ name: 'Delaware', country: 'US', region: 'US-DE' })],
    },
  }),
);
type Doc = CellSource & { card: typeof sla };
const acmeDocs: Doc[] = [
  { url: 'https://acme.com/sla', title: 'Acme SLA', kind: 'sla', capturedAt: DAY, snapshotId: 7, card: sla },
  {
    url: 'https://acme.com/terms',
    title: 'Acme <b>Terms</b>',
    kind: 'terms',
    capturedAt: DAY,
    snapshotId: 8,
    card: terms,
  },
];
// Zed: one document, which states only an uptime.
const zedCard = cardValues(
  makeCard({ vendor: 'Zed', kind: 'sla', fields: { uptime: f({ percent: 99.5, period: 'month' }) } }),
);
const zedDocs: Doc[] = [
  { url: 'https://zed.io/sla', title: null, kind: 'sla', capturedAt: DAY, snapshotId: 9, card: zedCard },
];

function table() {
  const acme = mergeVendorCards(acmeDocs.map((d) => ({ kind: d.kind!, capturedAt: d.capturedAt!, card: d.card })));
  const zed = mergeVendorCards(zedDocs.map((d) => ({ kind: d.kind!, capturedAt: d.capturedAt!, card: d.card })));
  const rows = comparisonRows([
    { vendor: 'Acme', card: acme },
    { vendor: 'Zed', card: zed },
  ]);
  const sources = cellSourceDocs(rows, [
    { merged: acme, docs: acmeDocs },
    { merged: zed, docs: zedDocs },
  ]);
  const at = (key: string) => rows.findIndex((r) => r.key === key);
  return { rows, sources, at };
}

describe('cellSourceDocs', () => {
  it('names, per cell, the document of the vendor that states the value: the SLA for uptime, the terms for renewal', () => {
    const { sources, at } = table();
    expect(sources[at('uptime')]?.map((d) => d?.url)).toEqual(['https://acme.com/sla', 'https://zed.io/sla']);
    expect(sources[at('renewal')]?.map((d) => d?.url)).toEqual(['https://acme.com/terms', undefined]);
    expect(sources[at('governingLaw')]?.[0]?.url).toBe('https://acme.com/terms');
    // Notice rows kind by kind: each from the document that states that kind.
    expect(sources[at('notices.credit-claim')]?.[0]?.url).toBe('https://acme.com/sla');
    expect(sources[at('notices.non-renewal')]?.[0]?.url).toBe('https://acme.com/terms');
    // Nothing stated, no source (a column of one document is not taken for the source of a blank).
    expect(sources[at('liabilityCap')]).toEqual([null, null]);
    expect(sources[at('notices.non-renewal')]?.[1]).toBeNull();
  });

  it('gives no source to a column without a card, nor a source that does not state the value', () => {
    const rows = comparisonRows([{ vendor: 'Acme', card: sla }]);
    const other = cardValues(makeCard({ fields: { uptime: f({ percent: 95, period: 'month' }) } }));
    const sources = cellSourceDocs(rows, [{ merged: sla, docs: [{ card: other }, { card: terms }] }]);
    expect(sources[rows.findIndex((r) => r.key === 'uptime')]).toEqual([null]);
    expect(
      cellSourceDocs(rows, [{ merged: null, docs: acmeDocs }])
        .flat()
        .every((s) => s === null),
    ).toBe(true);
  });
});

describe('the compare table', () => {
  it('shows under each value its document (kind · capture day), linking to the saved snapshot; titles stay text', () => {
    const { rows, sources } = table();
    const { container } = render(<CompareTable rows={rows} vendors={['Acme', 'Zed']} sources={sources} />);
    const cell = (key: string, i: number) =>
      container.querySelectorAll(`tr[data-field="${key}"] td`)[i] as HTMLTableCellElement;
    const renewal = cell('renewal', 0).querySelector<HTMLAnchorElement>('[data-testid="cell-source"]')!;
    expect(renewal.textContent).toBe('Terms · 2026-12-01');
    expect(renewal.getAttribute('href')).toBe('/document.html?snapshot=8');
    expect(renewal.title).toBe('From Acme <b>Terms</b> (https://acme.com/terms), captured 2026-12-01');
    expect(renewal.querySelector('b')).toBeNull();
    expect(renewal.getAttribute('aria-label')).toContain('Open the saved snapshot');
    // A document without a title is named by its URL.
    expect(cell('uptime', 1).querySelector('[data-testid="cell-source"]')?.getAttribute('title')).toBe(
      'From https://zed.io/sla (https://zed.io/sla), captured 2026-12-01',
    );
    // A missing value has no source line.
    expect(cell('renewal', 1).querySelector('[data-testid="cell-source"]')).toBeNull();
    // Every stated value has its line; no missing one has.
    for (const td of container.querySelectorAll('tbody td'))
      expect(!!td.querySelector('[data-testid="cell-source"]'), td.outerHTML).toBe(
        !td.classList.contains('cl-missing'),
      );
  });
});

describe('exports with sources', () => {
  it('CSV: after each vendor column, the source URL and the capture day of each value, empty where none', () => {
    const { rows, sources, at } = table();
    const csv = Papa.parse<string[]>(toCsv(rows, ['Acme', 'Zed'], sources)).data;
    expect(csv[0]).toEqual([
      'Field',
      'Acme',
      'Acme (source)',
      'Acme (captured)',
      'Zed',
      'Zed (source)',
      'Zed (captured)',
    ]);
    const line = (key: string) => csv[at(key) + 1] ?? [];
    expect(line('renewal').slice(2, 7)).toEqual(['https://acme.com/terms', '2026-12-01', '', '', '']);
    expect(line('uptime')[5]).toBe('https://zed.io/sla');
  });

  it('Markdown: a note number per value (numbered by first use), notes naming title, URL, kind and day, escaped', () => {
    const { rows, sources } = table();
    const md = toMarkdown(rows, ['Acme', 'Zed'], sources);
    expect(md).toContain('1. Acme SLA — https://acme.com/sla (SLA, captured 2026-12-01)');
    expect(md).toContain('3. Acme &lt;b&gt;Terms&lt;/b&gt; — https://acme.com/terms (Terms, captured 2026-12-01)');
    expect(md).toContain('2. https://zed.io/sla (SLA, captured 2026-12-01)');
    expect(md).toMatch(/\| Non-renewal notice \| 60 days \\\[3\\\] \| — \|/);
    expect(md).not.toMatch(/<b>/);
  });
});
