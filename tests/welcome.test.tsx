// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockConnector } from '@/utils/connector-mock';
import type { HostAccessUi } from '@/utils/host-access';
import { PopupApp } from '../entrypoints/popup/App';
import { WelcomeApp } from '../entrypoints/welcome/App';
import { sampleAnalysis } from './fixtures/ui-card';

afterEach(cleanup);

/** A grant the test controls: `answer` is what the browser's prompt returns; `set` stands for a change elsewhere. */
function fakeAccess(initial: boolean, answer = true) {
  let granted = initial;
  const listeners = new Set<(g: boolean) => void>();
  const set = (g: boolean) => {
    granted = g;
    for (const l of listeners) l(g);
  };
  const access: HostAccessUi & { request: ReturnType<typeof vi.fn> } = {
    granted: async () => granted,
    request: vi.fn(async () => {
      if (answer) set(true);
      return answer;
    }),
    watch(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
  return { access, set };
}

describe('welcome page', () => {
  it('says what the detector reads, shows "not granted", and asks with one click', async () => {
    const { access } = fakeAccess(false);
    render(<WelcomeApp access={access} />);
    const state = await screen.findByTestId('access-state');
    await waitFor(() => expect(state.getAttribute('data-granted')).toBe('false'));
    const reads = screen.getByTestId('detector-reads').textContent ?? '';
    for (const item of [/address \(URL\)/, /title/, /headings/, /sample of its text/]) expect(reads).toMatch(item);
    expect(document.body.textContent).toMatch(/nothing is sent anywhere/);
    fireEvent.click(screen.getByTestId('grant-all-sites'));
    expect(access.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(state.getAttribute('data-granted')).toBe('true'));
    expect(screen.queryByTestId('grant-all-sites')).toBeNull();
  });

  it('follows a change made elsewhere (revoked in the browser, granted from the popup)', async () => {
    const { access, set } = fakeAccess(true);
    render(<WelcomeApp access={access} />);
    const state = await screen.findByTestId('access-state');
    await waitFor(() => expect(state.getAttribute('data-granted')).toBe('true'));
    set(false);
    await waitFor(() => expect(state.getAttribute('data-granted')).toBe('false'));
    expect(screen.getByTestId('grant-all-sites')).toBeTruthy();
  });

  it('says so when the user declines the prompt', async () => {
    const { access } = fakeAccess(false, false);
    render(<WelcomeApp access={access} />);
    fireEvent.click(await screen.findByTestId('grant-all-sites'));
    expect((await screen.findByTestId('grant-status')).textContent).toMatch(/did not grant/);
    expect(screen.getByTestId('access-state').getAttribute('data-granted')).toBe('false');
  });
});

describe('popup grant', () => {
  const legal = { isLegal: true, kind: 'sla' as const, score: 0.9 };

  it('offers "Detect legal pages while browsing" until access is granted, beside the card read via activeTab', async () => {
    const { access } = fakeAccess(false);
    const connector = createMockConnector({ verdict: null, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} access={access} />);
    // The page is read without the grant (no detector verdict: the analyzer runs on the page the popup opened on).
    expect(await screen.findByTestId('key-values')).toBeTruthy();
    const grant = await screen.findByTestId('grant-all-sites');
    expect(grant.textContent).toBe('Detect legal pages while browsing');
    fireEvent.click(grant);
    expect(access.request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId('grant-panel')).toBeNull());
  });

  it('offers nothing once access is granted', async () => {
    const { access } = fakeAccess(true);
    const connector = createMockConnector({ verdict: legal, analysis: sampleAnalysis() });
    render(<PopupApp connector={connector} store={{ saveSnapshot: vi.fn() }} access={access} />);
    expect(await screen.findByTestId('key-values')).toBeTruthy();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('grant-all-sites')).toBeNull();
  });
});
