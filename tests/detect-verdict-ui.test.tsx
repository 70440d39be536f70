// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FORCED_TEXT, headlineText, NOT_LEGAL_TEXT, shownVerdict } from '@/components/CardHeader';
import { snapshotStore } from '@/components/snapshot-store';
import { createMockConnector } from '@/utils/connector-mock';
import { db } from '@/utils/db';
import { PopupApp } from '../entrypoints/popup/App';
import { SidePanelApp } from '../entrypoints/sidepanel/App';
import { sampleAnalysis, sampleCard } from './fixtures/ui-card';

// "Analyze anyway" on a page the detector called not legal: the headline over the card must say what the card
// is, never the plain "doesn't look like a contract" line above extracted values, and never contradict the card.

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(cleanup);

const notLegal = { isLegal: false, kind: 'other' as const, score: 0.1 };
const notLegalCard = () => sampleCard({ kind: 'other', legal: { isLegal: false, score: 0.2 } });

const apps = {
  popup: (connector: ReturnType<typeof createMockConnector>) => (
    <PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} />
  ),
  sidepanel: (connector: ReturnType<typeof createMockConnector>) => (
    <SidePanelApp connector={connector} store={snapshotStore} startedAt={0} />
  ),
};

describe('the verdict headline', () => {
  for (const [name, app] of Object.entries(apps)) {
    it(`${name}: over a card analyzed anyway, says it was analyzed on request, not "not a contract"`, async () => {
      const connector = createMockConnector({ verdict: notLegal, analysis: sampleAnalysis(notLegalCard()) });
      render(app(connector));
      expect((await screen.findByTestId('verdict')).textContent).not.toBe('Checking this page…');
      fireEvent.click(await screen.findByTestId('analyze-anyway'));
      await screen.findByTestId(name === 'popup' ? 'key-values' : 'card');
      const headline = screen.getByTestId('verdict');
      expect(headline.textContent).toBe(FORCED_TEXT);
      expect(headline.textContent).not.toBe(NOT_LEGAL_TEXT);
      expect(headline.dataset.legal).toBe('false');
      expect(headline.dataset.forced).toBe('true');
    });

    it(`${name}: when the sample said not legal but the whole card reads as an SLA, the headline follows the card`, async () => {
      const connector = createMockConnector({ verdict: notLegal, analysis: sampleAnalysis() });
      render(app(connector));
      fireEvent.click(await screen.findByTestId('analyze-anyway'));
      await screen.findByTestId(name === 'popup' ? 'key-values' : 'card');
      const headline = screen.getByTestId('verdict');
      expect(headline.textContent).toContain('service level agreement');
      expect(headline.dataset.legal).toBe('true');
      expect(headline.dataset.forced).toBeUndefined();
    });
  }
});

describe('headlineText', () => {
  it('uses the detector before there is a card and the card once there is one', () => {
    const card = sampleCard();
    expect(headlineText(notLegal, null)).toBe(NOT_LEGAL_TEXT);
    expect(shownVerdict(notLegal, card)).toMatchObject({ isLegal: true, kind: card.kind });
    expect(headlineText(notLegal, notLegalCard())).toBe(FORCED_TEXT);
    expect(headlineText(null, null)).toBe('Not checked yet');
  });
});
