// @vitest-environment jsdom
/**
 * Pseudo-locale check: every UI string of these components, formatters, deadline explanations and exports comes from
 * the messages file. The i18n API is stubbed to return each English message pseudo-localized (every ASCII letter of
 * the message's own text accented, "Tier" → "Ţîéŕ", in ⟦brackets⟧ that show where a message starts and ends), the UI
 * language is Greek (so numbers and country names from Intl are Greek too), and all page data (vendor names, sites,
 * titles, quotes) is written in Greek. A run of plain Latin letters anywhere is then an English literal that bypassed
 * t() — also one passed INTO a message as a substitution ("⟦Ţîéŕ 1⟧" is right, "⟦Tier 1⟧" is a leak).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Notice } from '../extractors/types';
import { DURATION_UNITS, NOTICE_KINDS } from '../extractors/types';
import en from '../public/_locales/en/messages.json';
import type { Deadline } from '../utils/deadlines';
import type { VendorLatest } from '../utils/library';
import { f, makeCard } from './helpers/card-fixture';

const table = en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'áƀçđéƒĝĥîĵķļɱñöþǫŕšţüṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÜṼŴẊÝŽ'][i] as string,
  ]),
);

/** A message's own text pseudo-localized: ASCII letters accented, its $placeholders$ left for the substitutions. */
function pseudo(message: string): string {
  return message.replace(/\$[A-Za-z0-9_@]+\$|[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** What the stubbed UI shows for an English message with its substitutions already in (for the spot checks). */
const shown = (english: string) => `⟦${pseudo(english)}⟧`;

type Modules = {
  i18n: typeof import('../utils/i18n');
  picker: typeof import('../components/VendorPicker');
  manager: typeof import('../components/VendorManager');
  notices: typeof import('../components/LibraryNotices');
  deadlines: typeof import('../components/DeadlinesView');
  compareTable: typeof import('../components/CompareTable');
  comparison: typeof import('../utils/comparison');
  format: typeof import('../utils/format');
  fields: typeof import('../utils/fields');
  layout: typeof import('../utils/card-layout');
  snapshots: typeof import('../utils/snapshots');
  deadlineMath: typeof import('../utils/deadlines');
  deadlineExports: typeof import('../utils/deadline-exports');
  exporters: typeof import('../utils/exporters');
  editor: typeof import('../components/CardFieldEditor');
  drop: typeof import('../components/FileDropZone');
  evidence: typeof import('../components/Evidence');
  cardView: typeof import('../components/CardView');
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
        // uiLang/uiDir are codes, not words shown to the user. Greek: Intl's numbers and country names are not English.
        if (key === 'uiLang') return 'el';
        if (!entry || key === 'uiDir') return entry?.message ?? '';
        return `⟦${formatMessage({ ...entry, message: pseudo(entry.message) }, subs ?? [])}⟧`;
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
    format: await import('../utils/format'),
    fields: await import('../utils/fields'),
    layout: await import('../utils/card-layout'),
    snapshots: await import('../utils/snapshots'),
    deadlineMath: await import('../utils/deadlines'),
    deadlineExports: await import('../utils/deadline-exports'),
    exporters: await import('../utils/exporters'),
    editor: await import('../components/CardFieldEditor'),
    drop: await import('../components/FileDropZone'),
    evidence: await import('../components/Evidence'),
    cardView: await import('../components/CardView'),
  };
});

afterAll(() => {
  vi.unstubAllGlobals();
});
afterEach(cleanup);

/** Plain Latin words in the element's text and its user-facing attributes. */
function leaks(root: Element): string[] {
  const texts = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*'))
    for (const attr of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v) texts.push(v);
    }
  return texts.flatMap(textLeaks);
}

/** Plain Latin words in a string (a formatted value, an export): the messages' own words are all accented. */
function textLeaks(text: string): string[] {
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}

/** Each string with its leaks, for a failure message that names the string; [] when none leaks. */
function leaking(texts: readonly (string | null | undefined)[]): { text: string; leaks: string[] }[] {
  return texts
    .filter((x): x is string => typeof x === 'string')
    .map((text) => ({ text, leaks: textLeaks(text) }))
    .filter((x) => x.leaks.length > 0);
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
    expect(m.i18n.t('saveSnapshot')).toMatch(/^⟦[^A-Za-z]+⟧$/);
    expect(m.i18n.t('saveSnapshot')).toBe(shown('Save snapshot'));
    // Substitutions are not accented: an English literal passed into a message shows.
    expect(m.i18n.t('saveFailed', 'Quota')).toBe(`⟦${pseudo('Could not save: ')}Quota⟧`);
    expect(textLeaks(m.i18n.t('saveFailed', 'Quota'))).toEqual(['Quota']);
    expect(
      leaks(Object.assign(document.createElement('p'), { textContent: `Save ${m.i18n.t('saveSnapshot')}` })),
    ).toEqual(['Save']);
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
    expect(container.textContent).toContain(shown('Confirm: delete Ακμή'));
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
    await waitFor(() => expect(container.textContent).toContain(shown('No agreement dates saved yet.')));
    expect(leaks(container)).toEqual([]);
  });

  it('comparison table: field and notice labels, marks and the missing-value text', () => {
    const rows = m.comparison.comparisonRows([
      { vendor: 'Ακμή', card },
      { vendor: 'Ζήτα', card: makeCard({ vendor: 'Ζήτα', fields: { uptime: f({ percent: 99.5, period: null }) } }) },
    ]);
    const labels = rows.filter((r) => r.cells.some((c) => c.text !== null)).map((r) => r.label);
    expect(labels).toContain(shown('Uptime'));
    expect(labels).toContain(shown('Non-renewal notice'));
    const { container } = render(<m.compareTable.CompareTable rows={rows} vendors={['Ακμή', 'Ζήτα']} />);
    const chrome = [...container.querySelectorAll('caption, thead, tbody th, .cl-mark, .cl-missing')];
    expect(chrome.length).toBeGreaterThan(5);
    for (const el of chrome) expect(leaks(el), el.outerHTML).toEqual([]);
    // And the values' own wording (utils/format-values.ts): the whole table.
    expect(leaks(container)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Formatters, deadlines and exports: every code path's words
// ---------------------------------------------------------------------------------------------------------------

/** Values that take every branch of the formatters (utils/format-values.ts), with Greek where a value holds text. */
function everyValue() {
  const durations = DURATION_UNITS.flatMap((unit) => [1, 2, 0.5].map((amount) => ({ amount, unit })));
  return {
    durations: [
      ...durations,
      { amount: 3, unit: 'δεκαπενθήμερα' as never },
      { amount: 3, unit: undefined as never },
      { amount: 'x' as never, unit: 'days' as const },
    ],
    uptimes: [
      { percent: 99.9, period: 'month' as const },
      { percent: 99.95, period: 'quarter' as const },
      { percent: 99.999, period: 'year' as const },
      { percent: 99.5, period: 'εβδομάδα' as never },
      { percent: 99, period: null },
      {} as never,
    ],
    caps: [
      { basis: 'unlimited' },
      { basis: 'credits-only' },
      { basis: 'fixed', fixed: { value: 10000, currency: 'USD' } },
      { basis: 'fixed', fixed: { value: null, currency: 'EUR' } },
      { basis: 'fixed', fixed: null },
      { basis: 'fees', feesMonths: 12 },
      { basis: 'fees', feesMonths: 1 },
      { basis: 'fees', feesMonths: 12, multiple: 2 },
      { basis: 'fees', multiple: 2 },
      { basis: 'fees' },
      ...(['lesser', 'greater', null] as const).map((combine) => ({
        basis: 'fees-or-fixed',
        feesMonths: 12,
        fixed: { value: 5000.5, currency: 'EUR' },
        combine,
      })),
      { basis: 'fees-or-fixed', feesMonths: 6, fixed: null },
      { basis: 'άγνωστη' },
    ] as never[],
    jurisdictions: [
      { name: 'Πολιτεία του Ντέλαγουερ', country: 'US', region: 'US-DE' },
      { name: 'Ελλάδα', country: 'GR', region: null },
      { name: 'Άγνωστος τόπος', country: '', region: null },
      { name: '', country: '', region: null },
    ] as never[],
    forums: (['courts', 'arbitration', 'other'] as const).flatMap((type) =>
      [true, false, null].flatMap((exclusive) => [
        { type, place: 'Αθήνα', exclusive },
        { type, place: null, exclusive },
      ]),
    ) as never[],
    credits: [
      {
        maxCreditPercent: 25,
        tiers: [
          { creditPercent: 10, uptimeAtLeast: 99, uptimeBelow: 99.9 },
          { creditPercent: 25, uptimeAtLeast: null, uptimeBelow: 99 },
          { creditPercent: 5, uptimeAtLeast: 99.5, uptimeBelow: null },
          { creditPercent: 50, uptimeAtLeast: null, uptimeBelow: null },
        ],
      },
      { maxCreditPercent: 25, tiers: [] },
      { maxCreditPercent: null, tiers: [{ creditPercent: 10, uptimeAtLeast: null, uptimeBelow: 99.9 }] },
      { maxCreditPercent: null, tiers: [] },
    ] as never[],
    support: [
      { priority: 'Κρίσιμο (Π1)', firstResponse: { amount: 1, unit: 'business-hours' } },
      { priority: '', firstResponse: { amount: 4, unit: 'hours' } },
    ] as never[],
    notices: [...NOTICE_KINDS, 'άγνωστη'].map((kind) => ({ kind, amount: 30, unit: 'days' })) as Notice[],
    renewals: [
      { automatic: true, termMonths: 12 },
      { automatic: true, termMonths: 1 },
      { automatic: true, termMonths: null },
      { automatic: false, termMonths: null },
      {},
    ] as never[],
  };
}

describe('pseudo-locale: formatters, deadlines and exports', () => {
  it('the formatters: every value type, every branch', () => {
    const fm = m.format;
    const v = everyValue();
    const out = [
      ...v.durations.flatMap((d) => [fm.formatDuration(d as never), fm.formatApproxDays(d as never)]),
      ...v.uptimes.flatMap((u) => [fm.formatUptime(u), fm.formatUptimeShort(u)]),
      ...v.caps.map(fm.formatCap),
      fm.formatMoney({ value: 12.5, currency: 'ΧΧΧ' } as never),
      ...v.jurisdictions.map(fm.formatJurisdiction),
      ...v.forums.map(fm.formatForum),
      ...v.credits.map(fm.formatCredits),
      ...v.support.map(fm.formatSupport),
      ...v.notices.map(fm.formatNotice),
      ...v.renewals.map(fm.formatRenewal),
      fm.formatSoleRemedy(true),
      fm.formatSoleRemedy(false),
      fm.formatConsequential(true),
      fm.formatConsequential(false),
      fm.formatFieldValue(
        'notices',
        v.notices.slice(0, 3).map((n) => f(n, 'ειδοποίηση')),
      ),
      fm.formatFieldValue('uptime', null),
      fm.formatFieldValue('uptime', 'όχι τιμή'),
      fm.formatFieldValue('soleRemedy', { broken: true }),
    ];
    expect(out.length).toBeGreaterThan(100);
    // Spot checks that the words did come from the messages (the stub brackets them), in Greek numbers.
    expect(fm.formatDuration({ amount: 1, unit: 'business-days' })).toBe(shown('1 business day'));
    expect(fm.formatCap({ basis: 'fees', feesMonths: 1.5 } as never)).toBe(shown('1,5 months of fees'));
    expect(fm.formatJurisdiction({ name: 'Ελλάδα', country: 'GR', region: null })).toBe('Ελλάδα');
    expect(leaking(out)).toEqual([]);
  });

  it('the compare cells, hints and the field and group labels', () => {
    const v = everyValue();
    const cells = [
      m.fields.FIELD_UI.uptime.cell([{ percent: 99.99, period: 'month' }]),
      m.fields.FIELD_UI.uptime.cell([{ percent: 99.9, period: null }]),
      m.fields.noticeCell([v.notices[0] as Notice, { kind: 'other', amount: 2, unit: 'weeks' }]),
      m.fields.FIELD_UI.support.cell([v.support[0], v.support[1]] as never),
      m.fields.FIELD_UI.liabilityCap.cell([v.caps[5]] as never),
    ];
    const texts = cells.flatMap((c) => [c.text, c.hint, m.comparison.cellText(c)]);
    const labels = [
      ...Object.values(m.format.FIELD_LABELS),
      ...Object.values(m.format.NOTICE_LABELS),
      ...Object.values(m.layout.FIELD_GROUPS).map((g) => g.label),
      m.layout.listNames(['α', 'β', 'γ', 'δ', 'ε', 'ζ']),
      m.layout.listNames(['α', 'β']),
      m.snapshots.describeChange({ field: 'uptime', label: 'Διαθεσιμότητα', before: null, after: '99,9%' }),
      m.format.UNREADABLE,
      m.format.NOT_STATED,
    ];
    expect(leaking([...texts, ...labels])).toEqual([]);
  });

  it("the correction editor: every field's labels, choices, hints and its errors", () => {
    const problems: string[] = [];
    for (const field of m.fields.FIELD_ORDER) {
      const value =
        field === 'serviceCredits'
          ? { maxCreditPercent: 25, tiers: [{ creditPercent: 10, uptimeAtLeast: 99, uptimeBelow: 99.9 }] }
          : null;
      const { container, unmount } = render(
        <m.editor.CardFieldEditor field={field} value={value} onSave={async () => {}} onCancel={() => {}} removable />,
      );
      // The options' words too: a <select>'s options are text of the form.
      for (const leak of leaks(container)) problems.push(`${field}: ${leak}`);
      expect(container.textContent, field).toContain('⟦');
      unmount();
    }
    expect(problems).toEqual([]);
    // Errors: a missing number, a bad tier range, half a money value, an unknown choice.
    const errors = [
      m.editor.parseEditorValues('uptime', { percent: '', period: '' }),
      m.editor.parseEditorValues('uptime', { percent: 'χ', period: '' }),
      m.editor.parseEditorValues('uptime', { percent: '120', period: '' }),
      m.editor.parseEditorValues('uptime', { percent: '99', period: 'δεκαετία' }),
      m.editor.parseEditorValues('serviceCredits', {
        maxCreditPercent: '',
        'tiers.#': '1',
        'tiers.0.creditPercent': '10',
        'tiers.0.uptimeAtLeast': '99.9',
        'tiers.0.uptimeBelow': '99',
      }),
      m.editor.parseEditorValues('serviceCredits', { maxCreditPercent: '', 'tiers.#': '1' }),
      m.editor.parseEditorValues('liabilityCap', {
        basis: 'fixed',
        feesMonths: '',
        multiple: '',
        'fixed.value': '100',
        'fixed.currency': '',
        combine: '',
      }),
      m.editor.parseEditorValues('governingLaw', { name: '', country: 'GR', region: '' }),
    ].map((r) => ('error' in r ? r.error : null));
    expect(errors.every((e) => e !== null)).toBe(true);
    expect(leaking(errors)).toEqual([]);
  });

  /** Deadlines for dates and findings that take each explanation's branch. */
  function everyDeadline() {
    const notice = (kind: Notice['kind'], amount: number, unit: Notice['unit']) =>
      f<Notice>({ kind, amount, unit }, 'ρήτρα ειδοποίησης');
    const renewal = (termMonths: number | null) => f({ automatic: true, termMonths }, 'ρήτρα ανανέωσης');
    const start = { start: '2026-01-01', initialTermMonths: 12, end: null };
    const run = (
      fields: Parameters<typeof m.deadlineMath.computeDeadlines>[0],
      dates: Parameters<typeof m.deadlineMath.computeDeadlines>[1],
      today: string,
      weekend?: 'sat-sun' | 'fri-sat',
    ) => m.deadlineMath.computeDeadlines(fields, dates, { today, weekend });
    const periods = [
      notice('non-renewal', 30, 'days'),
      notice('termination-convenience', 10, 'business-days'),
      notice('non-renewal', 2, 'weeks'),
      notice('termination-convenience', 3, 'months'),
      notice('non-renewal', 1, 'years'),
      notice('non-renewal', 36, 'hours'),
      notice('termination-convenience', 90, 'minutes'),
      notice('non-renewal', 8, 'business-hours'),
      notice('non-renewal', 1.5, 'months'),
      notice('non-renewal', 1.5, 'years'),
      notice('non-renewal', 5000, 'days'),
      notice('non-renewal', -1, 'days'),
      notice('breach-cure', 30, 'days'),
      notice('credit-claim', 8, 'business-hours'),
      notice('credit-claim', 10, 'business-days'),
    ];
    return [
      run({ renewal: renewal(12), notices: periods }, start, '2026-06-01'),
      run({ renewal: renewal(12), notices: periods }, start, '2026-06-01', 'fri-sat'),
      // In a renewal term, the current term's deadline passed: rolled to the next term.
      run({ renewal: renewal(12), notices: [notice('non-renewal', 30, 'days')] }, start, '2027-12-20'),
      // A notice period longer than the term.
      run({ renewal: renewal(1), notices: [notice('non-renewal', 3, 'months')] }, start, '2026-03-01'),
      // Notes: no renewal; renewal without length, after the initial term; bad and reversed dates; no term.
      run({ renewal: null, notices: [] }, start, '2026-06-01'),
      run({ renewal: renewal(null), notices: [] }, start, '2028-06-01'),
      run(
        { renewal: null, notices: [] },
        { start: '2026-02-30', initialTermMonths: null, end: '2026-13-01' },
        '2026-06-01',
      ),
      run(
        { renewal: null, notices: [] },
        { start: '2026-06-01', initialTermMonths: null, end: '2026-01-01' },
        '2026-06-01',
      ),
      run({ renewal: null, notices: [] }, { start: null, initialTermMonths: null, end: '2026-12-31' }, '2026-06-01'),
    ];
  }

  it('deadlines: labels, how each date was computed, and why one could not be', () => {
    const results = everyDeadline();
    const deadlines = results.flatMap((r) => r.deadlines);
    const kinds = new Set(deadlines.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['non-renewal-notice', 'renewal', 'term-end', 'termination-notice']);
    expect(deadlines.some((d) => d.how.includes('⟦') && d.how.split('⟦').length > 3)).toBe(true);
    const texts = [
      ...deadlines.flatMap((d) => [d.label, d.how]),
      ...results.flatMap((r) => r.relative.flatMap((d) => [d.label, d.how])),
      ...results.flatMap((r) => r.notes),
    ];
    expect(results.flatMap((r) => r.notes).length).toBeGreaterThan(8);
    expect(leaking(texts)).toEqual([]);
  });

  it('deadline exports: the CSV headers and yes/no (UTF-8 with a BOM), the calendar event and its name', () => {
    const deadlines = everyDeadline().flatMap((r) => r.deadlines);
    const items = deadlines.map((deadline: Deadline, i) => ({
      vendor: 'Ακμή',
      documentUrl: `ιστός${i}.ελ/όροι`,
      agreementId: i + 1,
      deadline: { ...deadline, source: deadline.source && { ...deadline.source, rule: 'κανόνας' } },
    }));
    const csv = m.deadlineExports.deadlinesToCsv(items);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[0]?.every((h) => h.startsWith('⟦'))).toBe(true);
    expect(rows.length).toBe(items.length + 1);
    expect(leaking(rows.flat())).toEqual([]);
    const texts = items.flatMap((v) => [m.deadlineExports.deadlineTitle(v), m.deadlineExports.deadlineDescription(v)]);
    expect(leaking(texts)).toEqual([]);
    // The calendar file is iCalendar syntax (English keywords by RFC 5545); its human words are the calendar's name
    // and the events' titles, descriptions and alarms, all from the messages.
    const ics = m.deadlineExports.deadlinesToIcs(items.slice(0, 2)).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`X-WR-CALNAME:${shown('ClauseLens deadlines')}`);
    const human = ics
      .split('\r\n')
      .filter((line) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME)[:;]/.test(line))
      .map((line) => line.replace(/^[A-Z-]+(;[^:]*)?:/, '').replace(/\\n/g, ' '));
    expect(human.length).toBeGreaterThan(4);
    expect(leaking(human)).toEqual([]);
  });

  it('comparison exports: CSV (with its source columns) and Markdown headers, marks and source notes', () => {
    const v = everyValue();
    const cards = [
      {
        vendor: 'Ακμή',
        card: makeCard({
          vendor: 'Ακμή',
          fields: {
            uptime: f({ percent: 99.99, period: 'month' as const }),
            notices: [f(v.notices[1] as Notice)],
            liabilityCap: f(v.caps[5] as never),
          },
        }),
      },
      {
        vendor: 'Ζήτα',
        card: makeCard({
          vendor: 'Ζήτα',
          fields: { uptime: f({ percent: 99.5, period: 'month' as const }), liabilityCap: f(v.caps[7] as never) },
        }),
      },
    ];
    const rows = m.comparison.nonEmptyRows(m.comparison.comparisonRows(cards));
    expect(rows.some((r) => r.best.length > 0 && r.worst.length > 0)).toBe(true);
    const names = ['Ακμή', 'Ζήτα'];
    const source = (i: number) => ({
      url: `ιστός${i}.ελ/όροι`,
      title: 'Όροι',
      kind: 'sla' as const,
      capturedAt: Date.UTC(2026, 11, 1),
      snapshotId: i,
    });
    const sources = rows.map(() => [source(1), source(2)]);
    for (const csv of [m.exporters.toCsv(rows, names), m.exporters.toCsv(rows, names, sources)]) {
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1)).data;
      expect(leaking(parsed.flat())).toEqual([]);
    }
    const md = m.exporters.toMarkdown(rows, names, sources);
    expect(md).toContain(shown('Sources:'));
    expect(md).toContain(`${pseudo('(best)')}⟧`);
    expect(leaking([md])).toEqual([]);
    // JSON: its keys are a format (clauselens-comparison), its labels and texts the UI's words.
    const json = JSON.parse(m.exporters.toJson(rows, names)) as {
      rows: { label: string; cells: { text: string }[] }[];
    };
    expect(leaking(json.rows.flatMap((r) => [r.label, ...r.cells.map((c) => c.text)]))).toEqual([]);
  });
});

describe('pseudo-locale: files and evidence', () => {
  it('the file drop zone: its sentence, a file read and waiting for confirmation, saved, failed', async () => {
    const card = makeCard({
      vendor: 'Ακμή',
      kind: 'sla',
      fields: { uptime: f({ percent: 99.9, period: 'month' as const }) },
    });
    let n = 0;
    const analyze = async (file: File) => {
      n++;
      if (file.name.startsWith('χαλασμένο')) throw new Error('σφάλμα');
      const notLegal = { ...card, legal: { isLegal: false, score: 0.1 } };
      return {
        card: n === 1 ? card : notLegal,
        text: 'κείμενο',
        title: 'Όροι',
        url: card.source,
        format: 'docx',
        pageCount: 3,
        notes: [],
      } as never;
    };
    const save = async () => ({ snapshotId: 7, status: 'unchanged' });
    const { container } = render(<m.drop.FileDropZone vendors={[]} analyze={analyze} save={save} />);
    const picker = screen.getByTestId('file-picker');
    fireEvent.change(picker, {
      target: {
        files: [new File(['α'], 'σύμβαση.docx'), new File(['β'], 'όροι.docx'), new File(['γ'], 'χαλασμένο.αρχείο')],
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('file-pending').length).toBe(2));
    await screen.findByTestId('file-error');
    // The file's name and size are data and Intl's unit symbols ("kB"): left out.
    const check = () => {
      const copy = container.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('.cl-file-name')) el.remove();
      // The error names the file and the reader's own message (data): only the message around them is checked.
      return leaks(copy);
    };
    expect(check()).toEqual([]);
    fireEvent.click(screen.getAllByTestId('file-save')[0] as HTMLElement);
    await screen.findByTestId('file-saved');
    expect(check()).toEqual([]);
  });

  it('a whole card: groups, values, quotes, confidence, the not-stated line, with editing controls', () => {
    const v = everyValue();
    const full = makeCard({
      vendor: 'Ακμή',
      title: 'Όροι',
      source: 'ιστός.ελ/όροι',
      kind: 'sla',
      dates: { effective: '2026-01-01', updated: '2026-06-01' },
      fields: {
        uptime: f({ percent: 99.9, period: 'month' as const }, 'διαθεσιμότητα'),
        serviceCredits: f(v.credits[0] as never, 'πιστώσεις'),
        liabilityCap: f(v.caps[7] as never, 'όριο'),
        disputeForum: [f(v.forums[0] as never, 'δικαστήρια')],
        notices: v.notices.slice(0, 4).map((n) => f(n, 'ειδοποίηση')),
        support: [f(v.support[0] as never, 'υποστήριξη')],
      },
    });
    const { container } = render(
      <m.cardView.CardView card={full} onEdit={async () => {}} onRevert={async () => {}} onAdd={() => {}} />,
    );
    expect(container.querySelectorAll('[data-testid^="field-"]').length).toBeGreaterThan(5);
    // Rule names are the engine's identifiers (technical, shown as code): none here, so any Latin word is a leak.
    expect(leaks(container)).toEqual([]);
  });

  it('a confidence, closed and open', () => {
    for (const confidence of [0.95, 0.6, 0.2]) {
      const { container, unmount } = render(<m.evidence.ConfidenceDetails confidence={confidence} rule={null} />);
      expect(leaks(container)).toEqual([]);
      unmount();
    }
  });
});
