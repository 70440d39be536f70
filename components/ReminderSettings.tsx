/**
 * The reminder settings on the compare page: on or off, how many days before each deadline, and whether the toolbar
 * badge counts the deadlines of the coming week. Stored in the extension (storage.local, utils/reminders.ts); the
 * background re-plans its alarms when they change. The module loads after mount, like the deadlines' store.
 */
import { useEffect, useState } from 'preact/hooks';
import type { LocalStorage, ReminderSettings as Settings } from '@/utils/reminder-settings';

type Module = typeof import('@/utils/reminder-settings');
const loadDefault = (): Promise<Module> => import('@/utils/reminder-settings');

export function ReminderSettings({
  load = loadDefault,
  storage,
}: {
  load?: () => Promise<Module>;
  /** The extension's storage.local unless given (tests pass a fake). */
  storage?: LocalStorage;
}) {
  const [mod, setMod] = useState<Module | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [leadText, setLeadText] = useState('');
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);

  useEffect(() => {
    let live = true;
    load()
      .then(async (m) => {
        const s = await m.readReminderSettings(storage ?? m.extensionStorage());
        if (!live) return;
        setMod(m);
        setSettings(s);
        setLeadText(s.leadDays.join(', '));
      })
      .catch(
        (e: unknown) => live && setStatus({ text: `Could not read the reminder settings: ${String(e)}`, error: true }),
      );
    return () => {
      live = false;
    };
  }, [load, storage]);

  if (!settings || !mod) return status ? <p class="cl-bad">{status.text}</p> : null;

  const save = async (next: Settings) => {
    try {
      const clean = await mod.writeReminderSettings(next, storage ?? mod.extensionStorage());
      setSettings(clean);
      setLeadText(clean.leadDays.join(', '));
      setStatus({
        text: clean.enabled
          ? clean.leadDays.length > 0
            ? `Reminders on: ${clean.leadDays.map((d) => (d === 1 ? '1 day' : `${d} days`)).join(' and ')} before each deadline.`
            : 'Reminders on, but no lead time is set: add one (e.g. 30, 7).'
          : 'Reminders off.',
      });
    } catch (e) {
      setStatus({ text: `Could not save: ${String(e)}`, error: true });
    }
  };

  const onLeadSubmit = (e: Event) => {
    e.preventDefault();
    const leads = mod.parseLeadDays(leadText);
    if (leads === null) {
      setStatus({
        text: `Write whole days from 0 to ${mod.MAX_LEAD_DAYS}, separated by commas (at most ${mod.MAX_LEADS}), e.g. 30, 7.`,
        error: true,
      });
      return;
    }
    void save({ ...settings, leadDays: leads });
  };

  return (
    <form class="cl-reminder-settings" data-testid="reminder-settings" onSubmit={onLeadSubmit}>
      <fieldset>
        <legend>Reminders</legend>
        <p class="cl-muted">Shown by your browser as notifications, at 9:00 on the day. Nothing leaves your browser.</p>
        <div>
          <input
            type="checkbox"
            id="reminders-enabled"
            data-testid="reminders-enabled"
            checked={settings.enabled}
            onChange={() => void save({ ...settings, enabled: !settings.enabled })}
          />
          <label for="reminders-enabled">Remind me before each deadline</label>
        </div>
        <div>
          <label for="reminders-lead">Days before (comma-separated) </label>
          <input
            id="reminders-lead"
            data-testid="reminders-lead"
            inputMode="numeric"
            size={10}
            value={leadText}
            disabled={!settings.enabled}
            onInput={(e) => setLeadText((e.currentTarget as HTMLInputElement).value)}
          />{' '}
          <button type="submit" data-testid="reminders-save" disabled={!settings.enabled}>
            Save
          </button>
        </div>
        <div>
          <input
            type="checkbox"
            id="reminders-badge"
            data-testid="reminders-badge"
            checked={settings.badge}
            onChange={() => void save({ ...settings, badge: !settings.badge })}
          />
          <label for="reminders-badge">
            Toolbar badge: number of deadlines in the next {mod.BADGE_WINDOW_DAYS} days (on pages that are not terms)
          </label>
        </div>
        <p aria-live="polite" class={status?.error ? 'cl-bad' : 'cl-muted'} data-testid="reminders-status">
          {status?.text ?? ''}
        </p>
      </fieldset>
    </form>
  );
}
