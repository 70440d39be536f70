// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotStore } from '@/components/snapshot-store';
import { createMockConnector } from '@/utils/connector-mock';
import { db } from '@/utils/db';
import { SidePanelApp } from '../entrypoints/sidepanel/App';
import { sampleAnalysis } from './fixtures/ui-card';

const legal = { isLegal: true, kind: 'sla' as const, score: 0.9 };

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  delete document.body.dataset.renderMs;
});
afterEach(cleanup);

describe('SidePanelApp', () => {
  it('shows progress while the card is built; Cancel stops it, says so, and "Analyze again" brings the card', async () => {
    const connector = createMockConnector({
      verdict: legal,
      analysis: sampleAnalysis(),
      slow: 1,
      progress: [
        { stage: 'page', done: 1, total: 1 },
        { stage: 'fields', done: 4, total: 10 },
        { stage: 'text', done: 1, total: 2 }, // late and out of order: the panel does not go back
      ],
    });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={performance.now()} />);
    const progress = await screen.findByTestId('analysis-progress');
    await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toBe('Finding clauses: 4 of 10…'));
    expect(progress.getAttribute('data-stage')).toBe('fields');
    fireEvent.click(screen.getByTestId('cancel-analysis'));
    await screen.findByTestId('analysis-cancelled');
    expect(connector.calls.some((c) => c.method === 'cancel')).toBe(true);
    expect(screen.queryByTestId('card')).toBeNull();
    expect(screen.queryByTestId('analysis-progress')).toBeNull();
    fireEvent.click(screen.getByTestId('analyze-again'));
    await screen.findByTestId('card');
    expect(connector.calls.filter((c) => c.method === 'analyze').at(-1)?.args).toEqual([1, true]);
  });

  it('says in its headline that the document could not be read, with the reason below (a refused PDF)', async () => {
    const connector = createMockConnector({
      verdict: null,
      analyzeError: 'This PDF is protected by a password: open it, then save or print an unprotected copy.',
    });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={performance.now()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/password/);
    expect(screen.getByTestId('verdict').textContent).toBe('ClauseLens could not read this document');
  });

  it('renders the card, records its render time and reports a quote it cannot find', async () => {
    const connector = createMockConnector({ verdict: legal, analysis: sampleAnalysis(), highlightFound: false });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={performance.now()} />);
    await screen.findByTestId('card');
    await waitFor(() => expect(Number(document.body.dataset.renderMs)).toBeGreaterThanOrEqual(0));
    fireEvent.click(within(screen.getByTestId('field-uptime')).getByTestId('finding'));
    await waitFor(() => expect(screen.getByTestId('highlight-status').textContent).toBe('Quote not found on the page'));
    expect(connector.calls.find((c) => c.method === 'highlight')?.args[1]).toMatch(/99\.9% of the time/);
    // The changes section reads the library (IndexedDB) after the card renders: wait for it.
    await waitFor(() => expect(screen.getByTestId('changes').textContent).toMatch(/No snapshot of this page yet/));
  });

  it('saves a snapshot before the first correction, then shows and reverts it', async () => {
    const connector = createMockConnector({ verdict: legal, analysis: sampleAnalysis() });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={0} />);
    const field = within(await screen.findByTestId('field-uptime'));
    fireEvent.click(field.getByTestId('edit'));
    fireEvent.input(field.getByLabelText('Uptime percent'), { target: { value: '99.8' } });
    fireEvent.click(field.getByTestId('edit-save'));
    await field.findByTestId('edited-tag');
    expect(field.getByTestId('finding').textContent).toContain('99.8% per month');
    expect(screen.getByTestId('save-status').textContent).toBe('Saved');
    expect(await db.snapshots.count()).toBe(1);
    expect((await db.corrections.toArray()).map((c) => c.path)).toEqual(['fields.uptime']);

    fireEvent.click(field.getByTestId('revert'));
    await waitFor(() => expect(field.queryByTestId('edited-tag')).toBeNull());
    expect(field.getByTestId('finding').textContent).toContain('99.9% per month');
    expect(await db.corrections.count()).toBe(0);
  });

  it('shows a stored credits correction without tiers and keeps its Revert reachable', async () => {
    const connector = createMockConnector({ verdict: legal, analysis: sampleAnalysis() });
    render(<SidePanelApp connector={connector} store={snapshotStore} startedAt={0} />);
    // A first correction saves the snapshot the next one is stored beside.
    const uptime = within(await screen.findByTestId('field-uptime'));
    fireEvent.click(uptime.getByTestId('edit'));
    fireEvent.input(uptime.getByLabelText('Uptime percent'), { target: { value: '99.8' } });
    fireEvent.click(uptime.getByTestId('edit-save'));
    await uptime.findByTestId('edited-tag');
    const snapshotId = (await db.snapshots.toArray())[0]!.id;
    // What the old free JSON editor stored: it used to crash the card, with Revert inside it.
    await db.corrections.add({
      snapshotId,
      path: 'fields.serviceCredits',
      value: { maxCreditPercent: 10 },
      createdAt: Date.now(),
    } as never);
    // Re-read each time: a field that gains a value moves from the collapsed "Not stated" line into its group.
    const credits = () => within(screen.getByTestId('field-serviceCredits'));
    await waitFor(() => expect(credits().getByTestId('finding').textContent).toContain('up to 10% credit'));
    fireEvent.click(credits().getByTestId('revert'));
    await waitFor(() => expect(credits().queryByTestId('edited-tag')).toBeNull());
    expect((await db.corrections.toArray()).map((c) => c.path)).toEqual(['fields.uptime']);
    expect(screen.getByTestId('field-uptime').textContent).toContain('99.8% per month');
  });
});
