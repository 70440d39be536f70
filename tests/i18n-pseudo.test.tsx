// @vitest-environment jsdom
/**
 * Pseudo-locale check: every UI string of these components comes from the messages file. The i18n API is stubbed to
 * return each English message in brackets, and all page data (vendor names, sites, titles) is written in Greek, so
 * any run of Latin letters left outside brackets is an English literal that bypassed t().
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import en from '../public/_locales/en/messages.json';
import type { VendorLatest } from '../utils/library';
import { f, makeCard } from './helpers/card-fixture';

const table = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

type Modules = {
  i18n: typeof import('../utils/i18n');
  picker: typeof import('../components/VendorPicker');
  manager: typeof import('../components/VendorManager');
  notices: typeof import('../components/LibraryNotices');
  deadlines: typeof import('../components/DeadlinesView');
  compareTable: typeof import('../components/CompareTable');
  comparison: typeof import('../utils/comparison');
};
let m: Modules;

beforeAll(async () => {
  // Labels held in module constants (kinds, fields, notices) are read at import: stub first, then import afresh.
  vi.resetModules();
  const { formatMessage } = await import('../utils/i18n');
  vi.stubGlobal('browser', {
    i18n: {
      getMessage: (key: string, subs?: string[]) => {
        const entry = table[key];
        // uiLang/uiDir are codes, not words shown to the user.
        if (!entry || key === 'uiLang' || key === 'uiDir') return entry?.message ?? '';
        return `⟦${formatMessage(entry, subs ?? [])}⟧`;
      },
    },
  });
  vi.resetModules();
  m = {
    i18n: await import('../utils/i18n'),
    picker: await import('../components/VendorPicker'),
    manager: await import('../components/VendorManager'),
    notices: await import('../components/LibraryNotices'),
    deadlines: await import('../components/DeadlinesView'),
    compareTable: await import('../components/CompareTable'),
    comparison: await import('../utils/comparison'),
  };
});

afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

/** Latin words outside ⟦…⟧ in the element's text and its user-facing attributes. */
function leaks(root: Element): string[] {
  const texts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*'))
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  // Bracketed messages may nest (a substitution that is itself a message): strip innermost first.
  return texts.flatMap((text) => {
    let rest = text;
    for (let prev = ''; prev !== rest; ) {
      prev = rest;
      rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    }
    return rest.match(/[A-Za-z]{2,}/g) ?? [];
  });
}

const card = makeCard({
  vendor: 'Ακμή',
  kind: 'msa',
  fields: {
    renewal: f({ automatic: true, termMonths: 12 }, 'ανανέωση'),
    notices: [f({ kind: 'non-renewal', amount: 30, unit: 'days' }, 'ειδοποίηση')],
    uptime: f({ percent: 99.9, period: 'month' }, 'διαθεσιμότητα'),
  },
});

const vendors: VendorLatest[] = [1, 2].map((id) => ({
  vendor: { id, name: id === 1 ? 'Ακμή' : 'Ζήτα', nameKey: `κ${id}`, site: `ιστός${id}.ελ`, createdAt: 0 },
  docs: [
    {
      document: { id: id * 10, vendorId: id, url: `ιστός${id}.ελ/όροι`, title: 'Όροι', kind: 'msa', createdAt: 0 },
      snapshotId: id * 100,
      capturedAt: 0,
      card,
    },
  ],
}));

describe('pseudo-locale: no English literal bypasses t()', () => {
  it('the stub is in force: a message comes back bracketed', () => {
    expect(m.i18n.t('saveSnapshot')).toBe('⟦Save snapshot⟧');
    expect(leaks(Object.assign(document.createElement('p'), { textContent: 'Save ⟦snapshot⟧' }))).toEqual(['Save']);
  });

  it('vendor picker, including the delete confirmation', () => {
    const props = {
      vendors,
      excluded: new Set<number>(),
      historyFor: null,
      onToggle: () => {},
      onHistory: () => {},
      onAskDelete: () => {},
      onDelete: () => {},
    };
    const { container, rerender } = render(<m.picker.VendorPicker {...props} confirmDelete={null} />);
    expect(leaks(container)).toEqual([]);
    rerender(<m.picker.VendorPicker {...props} confirmDelete={1} />);
    expect(container.textContent).toContain('⟦Confirm: delete Ακμή⟧');
    expect(leaks(container)).toEqual([]);
  });

  it('vendor manager, opened', async () => {
    const load = async () => ({ lastVendorChange: async () => ({ label: 'μετονομασία' }) }) as never;
    const { container } = render(<m.manager.VendorManager vendors={vendors} say={() => {}} load={load} />);
    const d = screen.getByTestId('vendor-manager') as HTMLDetailsElement;
    d.open = true;
    fireEvent(d, new Event('toggle'));
    await screen.findByTestId('vendor-undo');
    expect(leaks(container)).toEqual([]);
  });

  it('skipped-row notice', () => {
    const { container } = render(
      <m.notices.SkippedRowsNotice
        skipped={[
          { table: 'πίνακας', key: 3, problems: ['πρόβλημα'] },
          { table: 'πίνακας', key: 4, problems: [] },
        ]}
      />,
    );
    expect(leaks(container)).toEqual([]);
  });

  it('deadlines view: the agreement form, filters, exports and its empty list', async () => {
    const loadStore = async () => ({ libraryDeadlines: async () => [] }) as never;
    const { container } = render(
      <m.deadlines.DeadlinesView vendors={vendors} today="2026-12-03" download={() => {}} loadStore={loadStore} />,
    );
    await waitFor(() => expect(container.textContent).toContain('⟦No agreement dates saved yet.⟧'));
    expect(leaks(container)).toEqual([]);
  });

  it('comparison table: field and notice labels, marks and the missing-value text', () => {
    const rows = m.comparison.comparisonRows([
      { vendor: 'Ακμή', card },
      { vendor: 'Ζήτα', card: makeCard({ vendor: 'Ζήτα', fields: { uptime: f({ percent: 99.5, period: null }) } }) },
    ]);
    const labels = rows.filter((r) => r.cells.some((c) => c.text !== null)).map((r) => r.label);
    expect(labels).toContain('⟦Uptime⟧');
    expect(labels).toContain('⟦Non-renewal notice⟧');
    // Only the chrome is checked here: the values' own wording (utils/format-values.ts) is the formatters' concern.
    const { container } = render(<m.compareTable.CompareTable rows={rows} vendors={['Ακμή', 'Ζήτα']} />);
    const chrome = [...container.querySelectorAll('caption, thead, tbody th, .cl-mark, .cl-missing')];
    expect(chrome.length).toBeGreaterThan(5);
    for (const el of chrome) expect(leaks(el), el.outerHTML).toEqual([]);
  });
});
