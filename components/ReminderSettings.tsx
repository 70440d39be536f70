/**
 * The reminder settings on the compare page: on or off, how many days before each deadline, and whether the toolbar
 * badge counts the deadlines of the coming week. Stored in the extension (storage.local, utils/reminders.ts); the
 * background re-plans its alarms when they change. The module loads after mount, like the deadlines' store.
 */

import { useEffect, useState } from 'preact/hooks';
import { t, tPlural } from '@/utils/i18n';
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
      .catch((e: unknown) => live && setStatus({ text: t('reminderSettingsReadFailed', String(e)), error: true }));
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
            ? t('remindersOn', clean.leadDays.map((d) => tPlural('dayCount', d, d)).join(t('andSeparator')))
            : t('remindersOnNoLead')
          : t('remindersOff'),
      });
    } catch (e) {
      setStatus({ text: t('saveFailed', String(e)), error: true });
    }
  };

  const onLeadSubmit = (e: Event) => {
    e.preventDefault();
    const leads = mod.parseLeadDays(leadText);
    if (leads === null) {
      setStatus({
        text: t('leadDaysInvalid', mod.MAX_LEAD_DAYS, mod.MAX_LEADS),
        error: true,
      });
      return;
    }
    void save({ ...settings, leadDays: leads });
  };

  return (
    <form class="cl-reminder-settings" data-testid="reminder-settings" onSubmit={onLeadSubmit}>
      <fieldset>
        <legend>{t('remindersLegend')}</legend>
        <p class="cl-muted">{t('remindersIntro')}</p>
        <div>
          <input
            type="checkbox"
            id="reminders-enabled"
            data-testid="reminders-enabled"
            checked={settings.enabled}
            onChange={() => void save({ ...settings, enabled: !settings.enabled })}
          />
          <label for="reminders-enabled">{t('remindMe')}</label>
        </div>
        <div>
          <label for="reminders-lead">{t('daysBeforeLabel')} </label>
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
            {t('saveButton')}
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
          <label for="reminders-badge">{tPlural('badgeSetting', mod.BADGE_WINDOW_DAYS, mod.BADGE_WINDOW_DAYS)}</label>
        </div>
        <p aria-live="polite" class={status?.error ? 'cl-bad' : 'cl-muted'} data-testid="reminders-status">
          {status?.text ?? ''}
        </p>
      </fieldset>
    </form>
  );
}
