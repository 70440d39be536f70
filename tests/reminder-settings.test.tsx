// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReminderSettings } from '../components/ReminderSettings';
import { readReminderSettings } from '../utils/reminder-settings';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('ReminderSettings', () => {
  it('shows the defaults (on, 30 and 7 days, badge on)', async () => {
    render(<ReminderSettings storage={fakeBrowser.storage.local} />);
    const lead = (await screen.findByTestId('reminders-lead')) as HTMLInputElement;
    expect(lead.value).toBe('30, 7');
    expect((screen.getByTestId('reminders-enabled') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('reminders-badge') as HTMLInputElement).checked).toBe(true);
  });

  it('stores new lead times and says what they mean; refuses words', async () => {
    render(<ReminderSettings storage={fakeBrowser.storage.local} />);
    const lead = (await screen.findByTestId('reminders-lead')) as HTMLInputElement;
    fireEvent.input(lead, { target: { value: '14 1' } });
    fireEvent.click(screen.getByTestId('reminders-save'));
    await waitFor(() => expect(screen.getByTestId('reminders-status').textContent).toMatch(/14 days and 1 day/));
    expect((await readReminderSettings(fakeBrowser.storage.local)).leadDays).toEqual([14, 1]);
    fireEvent.input(lead, { target: { value: 'a week' } });
    fireEvent.click(screen.getByTestId('reminders-save'));
    await waitFor(() => expect(screen.getByTestId('reminders-status').className).toBe('cl-bad'));
    expect((await readReminderSettings(fakeBrowser.storage.local)).leadDays).toEqual([14, 1]);
  });

  it('turns reminders off (and the lead field with them)', async () => {
    render(<ReminderSettings storage={fakeBrowser.storage.local} />);
    fireEvent.click(await screen.findByTestId('reminders-enabled'));
    await waitFor(() => expect(screen.getByTestId('reminders-status').textContent).toBe('Reminders off.'));
    expect((await readReminderSettings(fakeBrowser.storage.local)).enabled).toBe(false);
    expect((screen.getByTestId('reminders-lead') as HTMLInputElement).disabled).toBe(true);
  });
});
