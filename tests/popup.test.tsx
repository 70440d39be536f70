// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockConnector } from '@/utils/connector-mock';
import type { SaveResult } from '@/utils/snapshots';
import { PopupApp } from '../entrypoints/popup/App';
import { sampleAnalysis, sampleCard } from './fixtures/ui-card';

afterEach(cleanup);

const notLegal = { isLegal: false, kind: 'other' as const, score: 0.1 };
const legal = { isLegal: true, kind: 'sla' as const, score: 0.9 };

function saved(overrides: Partial<SaveResult> = {}): SaveResult {
  return {
    status: 'added',
    snapshotId: 1,
    documentId: 1,
    vendorId: 1,
    previousSnapshotId: null,
    changes: [],
    clauseChanges: [],
    meaningful: true,
    ...overrides,
  };
}

describe('PopupApp', () => {
  it('says plainly that a non-legal page is not a contract, without analyzing it', async () => {
    const connector = createMockConnector({ verdict: notLegal, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />);
    await waitFor(() =>
      expect(screen.getByTestId('verdict').textContent).toBe("This page doesn't look like a contract or policy"),
    );
    expect(screen.getByTestId('analyze-anyway').tagName).toBe('BUTTON');
    expect(screen.queryByTestId('key-values')).toBeNull();
    expect(screen.queryByTestId('save-snapshot')).toBeNull();
    expect(connector.calls.some((c) => c.method === 'analyze')).toBe(false);
    // Still useful there: the side panel and the compare page.
    expect(screen.getByTestId('open-sidepanel')).toBeTruthy();
    expect(screen.getByTestId('open-compare')).toBeTruthy();
  });

  it('shows the card after "Analyze anyway"', async () => {
    const connector = createMockConnector({ verdict: notLegal, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />);
    fireEvent.click(await screen.findByTestId('analyze-anyway'));
    expect((await screen.findByTestId('card-vendor')).textContent).toBe('Acme');
    expect(connector.calls.filter((c) => c.method === 'analyze')).toHaveLength(1);
    expect(screen.queryByTestId('analyze-anyway')).toBeNull();
  });

  it('treats a page the card calls non-legal the same way when the detector did not run', async () => {
    const card = sampleCard({ kind: 'other', legal: { isLegal: false, score: 0.2 } });
    const connector = createMockConnector({ verdict: null, analysis: sampleAnalysis(card) });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />);
    expect(await screen.findByTestId('analyze-anyway')).toBeTruthy();
    expect(screen.getByTestId('verdict').textContent).toBe("This page doesn't look like a contract or policy");
    fireEvent.click(screen.getByTestId('analyze-anyway'));
    expect(await screen.findByTestId('key-values')).toBeTruthy();
    // One consistent verdict over the values: the headline says they were read on request, and no
    // "Not a legal document" line sits above them.
    expect(screen.getByTestId('card-kind').textContent).toBe('Other document (analyzed on request)');
    expect(document.body.textContent).not.toMatch(/Not a legal document/);
  });

  it('shows the key values of a legal page and saves a snapshot', async () => {
    const saveSnapshot = vi.fn(async () => saved());
    const connector = createMockConnector({ verdict: legal, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot }} />);
    const keyValues = await screen.findByTestId('key-values');
    expect(screen.getByTestId('verdict').textContent).toContain('a service level agreement');
    expect(screen.getByTestId('card-kind').textContent).toBe('Service level agreement');
    expect(keyValues.textContent).toContain('99.9% per month');
    expect(keyValues.textContent).toContain('Non-renewal notice');
    // An SLA's key values: its service levels first, not a contract's liability cap.
    expect(keyValues.textContent).not.toContain('Liability cap');
    expect(keyValues.textContent).toContain('Service creditsNot stated');
    fireEvent.click(screen.getByTestId('save-snapshot'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('Saved'));
    expect(saveSnapshot).toHaveBeenCalledWith(
      expect.objectContaining({ url: 'https://acme.example/legal/sla', text: 'text of the page' }),
    );
  });

  it('reports an unchanged page and lists changes otherwise', async () => {
    const saveSnapshot = vi
      .fn()
      .mockResolvedValueOnce(saved({ status: 'unchanged', previousSnapshotId: 1, meaningful: false }))
      .mockResolvedValueOnce(
        saved({
          snapshotId: 2,
          previousSnapshotId: 1,
          changes: [{ field: 'uptime', label: 'Uptime', before: '99.9% per month', after: '99.5% per month' }],
        }),
      );
    render(
      <PopupApp
        connector={createMockConnector({ verdict: legal, analysis: sampleAnalysis() })}
        store={{ saveSnapshot }}
      />,
    );
    fireEvent.click(await screen.findByTestId('save-snapshot'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toBe('No change since last snapshot'));
    fireEvent.click(screen.getByTestId('save-snapshot'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toMatch(/^Saved: 1 value changed/));
    expect(screen.getByText('99.5% per month')).toBeTruthy();
  });

  it('opens the side panel and the compare page through the connector', async () => {
    const connector = createMockConnector({ tabId: 42, verdict: legal, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />);
    await screen.findByTestId('key-values');
    fireEvent.click(screen.getByTestId('open-sidepanel'));
    fireEvent.click(screen.getByTestId('open-compare'));
    expect(connector.calls).toContainEqual({ method: 'openSidePanel', args: [42] });
    expect(connector.calls).toContainEqual({ method: 'openCompare', args: [] });
  });

  it('explains a page the browser does not let extensions read', async () => {
    const connector = createMockConnector({ verdict: null, analyzeError: 'Cannot access a chrome:// URL' });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/can't read this page/);
  });
});
