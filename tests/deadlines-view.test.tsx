// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlinesView, deadlineRows } from '../components/DeadlinesView';
import { setAgreementDates } from '../utils/agreements';
import { db } from '../utils/db';
import { latestByVendor, saveSnapshot } from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';

afterEach(cleanup);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

// Composed clauses; the vendor name carries markup that must show as text.
const card = (vendor: string) =>
  makeCard({
    vendor,
    kind: 'msa',
    fields: {
      renewal: f({ automatic: true, termMonths: 12 }, 'It rolls over each year <b>unless</b> stopped.'),
      notices: [
        f({ kind: 'non-renewal', amount: 30, unit: 'days' }, 'Opt out <img src=x onerror=alert(1)> thirty days ahead.'),
      ],
    },
  });

async function library() {
  const a = await saveSnapshot({
    card: card('Acme <i>Corp</i>'),
    text: 'a',
    url: 'https://acme.com/msa',
    title: 'MSA',
  });
  const b = await saveSnapshot({ card: card('Zed'), text: 'b', url: 'https://zed.com/msa', title: 'Zed MSA' });
  // Acme: term ends 2027-02-28 → notice by 2027-01-29 (57 days away). Zed: term ends 2027-11-30 → notice by 2027-10-31.
  await setAgreementDates(a.documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
  await setAgreementDates(b.documentId, { start: null, initialTermMonths: null, end: '2027-11-30' });
  return latestByVendor();
}

describe('DeadlinesView', () => {
  it('lists deadlines soonest first within the chosen horizon, page text as text', async () => {
    const vendors = await library();
    const { container } = render(<DeadlinesView vendors={vendors} today="2026-12-03" download={() => {}} />);
    const items = () =>
      [...container.querySelectorAll('[data-testid="deadline-list"] li')].map(
        (li) => li.querySelector('time')?.textContent,
      );
    // Next 90 days (default, until 2027-03-03): Acme's notice, term end and renewal; Zed's are later.
    await waitFor(() => expect(items()).toEqual(['2027-01-29', '2027-02-28', '2027-03-01']));
    fireEvent.change(screen.getByTestId('deadline-horizon'), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByText('No deadline in this period.')).toBeTruthy());
    fireEvent.change(screen.getByTestId('deadline-horizon'), { target: { value: '365' } });
    await waitFor(() =>
      expect(items()).toEqual(['2027-01-29', '2027-02-28', '2027-03-01', '2027-10-31', '2027-11-30', '2027-12-01']),
    );
    // Markup in the vendor name and the quote is shown literally, never parsed.
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('i')).toBeNull();
    expect(container.textContent).toContain('Acme <i>Corp</i>');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('marks past deadlines', async () => {
    const vendors = await library();
    const { container } = render(<DeadlinesView vendors={vendors} today="2027-02-10" download={() => {}} />);
    await waitFor(() => expect(container.querySelector('[data-past="true"]')).not.toBeNull());
    const past = container.querySelector('[data-past="true"]');
    expect(past?.querySelector('time')?.textContent).toBe('2027-01-29');
    expect(past?.textContent).toContain('(past)');
  });

  it('saves dates from the form (and reports invalid ones), and exports a calendar', async () => {
    await saveSnapshot({ card: card('Acme'), text: 'a', url: 'https://acme.com/msa', title: 'MSA' });
    const vendors = await latestByVendor();
    const download = vi.fn();
    const { container } = render(<DeadlinesView vendors={vendors} today="2026-12-03" download={download} />);
    await waitFor(() => expect(screen.getByText('No agreement dates saved yet.')).toBeTruthy());
    fireEvent.input(screen.getByLabelText(/or end date/), { target: { value: '2027-01-31' } });
    fireEvent.submit(screen.getByTestId('agreement-form'));
    await waitFor(() => expect(screen.getByText('Agreement dates saved.')).toBeTruthy());
    await waitFor(() => expect(container.querySelectorAll('[data-testid="deadline-list"] li').length).toBe(3));
    fireEvent.click(screen.getByTestId('export-ics'));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, mime, text] = download.mock.calls[0] as [string, string, string];
    expect(name).toBe('clauselens-deadlines-2026-12-03.ics');
    expect(mime).toContain('text/calendar');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);

    fireEvent.input(screen.getByLabelText(/or end date/), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText(/Start date/), { target: { value: '2026-01-01' } });
    fireEvent.submit(screen.getByTestId('agreement-form'));
    await waitFor(() => expect(screen.getByText(/Not saved:/)).toBeTruthy());
  });

  it('deadlineRows keeps everything with "all" and sorts by date', () => {
    const d = (date: string) => ({
      kind: 'term-end' as const,
      date,
      label: 'x',
      how: 'y',
      source: null,
      past: false,
      termEnd: date,
    });
    const list = [
      {
        documentId: 1,
        vendorId: 1,
        vendor: 'B',
        url: 'u',
        title: null,
        dates: { documentId: 1, start: null, initialTermMonths: null, end: '2030-01-01', updatedAt: 0 },
        result: { termEnd: null, nextRenewal: null, deadlines: [d('2030-01-01')], relative: [], notes: [] },
      },
      {
        documentId: 2,
        vendorId: 2,
        vendor: 'A',
        url: 'u',
        title: null,
        dates: { documentId: 2, start: null, initialTermMonths: null, end: '2027-01-01', updatedAt: 0 },
        result: { termEnd: null, nextRenewal: null, deadlines: [d('2027-01-01')], relative: [], notes: [] },
      },
    ];
    expect(deadlineRows(list, '2026-12-03', 'all').map((r) => r.vendor)).toEqual(['A', 'B']);
    expect(deadlineRows(list, '2026-12-03', 365).map((r) => r.vendor)).toEqual(['A']);
  });
});
