/**
 * Deadline reminders in the browser: one `alarms` alarm per (deadline, lead time) — by default 30 and 7 days before —
 * that raises a `notifications` notification, and the toolbar's global badge counting the deadlines within 7 days
 * (tabs showing a legal page keep their own per-tab badge, utils/badge.ts). Nothing leaves the browser: the alarms,
 * the settings (storage.local) and the library (IndexedDB) are all local.
 *
 * One scheduling pass (`refresh`) recomputes everything from the library's deadlines (utils/agreements.ts): it runs at
 * startup, once an hour (so the badge follows the calendar day), when the settings change, and when a page of the
 * extension announces a library change (`announceLibraryChange`, a storage.local key: a storage change wakes a
 * sleeping service worker, a Dexie broadcast does not).
 *
 * The planning is pure (`planReminders`, `soonCount`) with the clock passed in, so tests fix it.
 */
import { browser } from 'wxt/browser';
import { type AgreementDeadlines, libraryDeadlines } from './agreements';
import { type DeadlineKind, dayString, parseDay } from './deadlines';
import { t, tPlural } from './i18n';
import {
  BADGE_WINDOW_DAYS,
  CHANGED_KEY,
  type ReminderSettings,
  readReminderSettings,
  SETTINGS_KEY,
} from './reminder-settings';

export * from './reminder-settings';

/** The planned reminders by alarm name, so a firing alarm finds what to say without reading the library again. */
export const PLAN_KEY = 'reminderPlan';
/** Names of the reminders already shown (pruned to the planned ones on every pass). */
export const SENT_KEY = 'remindersSent';
export const ALARM_PREFIX = 'cl-reminder:';
export const REFRESH_ALARM = 'cl-reminders-refresh';
/** A reminder is due at this local hour of its day. */
export const REMINDER_HOUR = 9;
/** A reminder whose time passed less than this long ago (the browser was closed at 9:00) is still shown, once. */
export const LATE_GRACE_MS = 24 * 60 * 60 * 1000;
/** Delay of a late reminder: shown right after the pass, not during it. */
const LATE_DELAY_MS = 2_000;
const BADGE_COLOR = '#c2410c';

// ---------------------------------------------------------------------------------------------------------------
// Planning (pure)
// ---------------------------------------------------------------------------------------------------------------

export interface PlannedReminder {
  /** The alarm's name: ALARM_PREFIX + document, kind, date and lead time (stable across passes). */
  name: string;
  /** When the alarm fires (epoch ms). */
  when: number;
  documentId: number;
  vendor: string;
  kind: DeadlineKind;
  label: string;
  /** The deadline, "YYYY-MM-DD". */
  date: string;
  leadDays: number;
  /** Shown late: its time passed while the browser was closed. */
  late: boolean;
}

export function reminderName(documentId: number, kind: DeadlineKind, date: string, leadDays: number): string {
  return `${ALARM_PREFIX}${documentId}:${kind}:${date}:${leadDays}`;
}

/** Local REMINDER_HOUR of the day `leadDays` before `date`; null for a malformed day. */
export function reminderTime(date: string, leadDays: number): number | null {
  const day = parseDay(date);
  if (!day) return null;
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate() - leadDays, REMINDER_HOUR);
  return at.getTime();
}

/**
 * The deadlines worth a reminder: all dated ones still ahead, except a term's end when the same term's automatic
 * renewal (the next day) is listed: one event, said once ("Renews automatically").
 */
export function remindable(
  result: AgreementDeadlines['result'],
  today: string,
): AgreementDeadlines['result']['deadlines'] {
  const renewing = new Set(result.deadlines.filter((d) => d.kind === 'renewal').map((d) => d.termEnd));
  return result.deadlines.filter((d) => d.date >= today && !(d.kind === 'term-end' && renewing.has(d.termEnd)));
}

/**
 * The reminders to schedule: for each deadline still ahead and each lead time, one at REMINDER_HOUR that many days
 * before. A time already past is dropped, unless it passed within LATE_GRACE_MS and was not shown yet (then it fires
 * right away, once); of a deadline's late reminders only the nearest counts, so a deadline entered 5 days ahead
 * reminds once, not for 30 and 7 days together.
 */
export function planReminders(
  list: readonly Pick<AgreementDeadlines, 'documentId' | 'vendor' | 'result'>[],
  settings: ReminderSettings,
  now: number,
  sent: ReadonlySet<string> = new Set(),
): PlannedReminder[] {
  if (!settings.enabled) return [];
  const today = dayString(new Date(now));
  const out: PlannedReminder[] = [];
  for (const a of list) {
    for (const d of remindable(a.result, today)) {
      let lateTaken = false;
      // Smallest lead first: the nearest late reminder wins.
      for (const lead of [...settings.leadDays].sort((x, y) => x - y)) {
        const when = reminderTime(d.date, lead);
        if (when === null) continue;
        const name = reminderName(a.documentId, d.kind, d.date, lead);
        const base = { name, documentId: a.documentId, vendor: a.vendor, kind: d.kind, label: d.label, date: d.date };
        if (when > now) out.push({ ...base, when, leadDays: lead, late: false });
        else if (!lateTaken && now - when < LATE_GRACE_MS && !sent.has(name)) {
          lateTaken = true;
          out.push({ ...base, when: now + LATE_DELAY_MS, leadDays: lead, late: true });
        } else lateTaken = true;
      }
    }
  }
  return out.sort((x, y) => x.when - y.when);
}

/** Deadlines from today to `windowDays` days ahead (inclusive), past ones excluded. */
export function soonCount(
  list: readonly Pick<AgreementDeadlines, 'result'>[],
  today: string,
  windowDays = BADGE_WINDOW_DAYS,
): number {
  const start = parseDay(today);
  if (!start) return 0;
  const until = dayString(new Date(start.getFullYear(), start.getMonth(), start.getDate() + windowDays));
  let n = 0;
  for (const a of list) for (const d of remindable(a.result, today)) if (d.date <= until) n++;
  return n;
}

/** "Non-renewal notice must arrive in 7 days (2027-12-01)". */
export function reminderMessage(r: PlannedReminder, today: string): { title: string; message: string } {
  const from = parseDay(today);
  const to = parseDay(r.date);
  const days = from && to ? Math.round((to.getTime() - from.getTime()) / 86_400_000) : r.leadDays;
  // The label starts a sentence elsewhere; in the middle of this one it is lowercased.
  const label = r.label.toLowerCase();
  const title =
    days <= 0
      ? t('reminderToday', r.vendor, label)
      : days === 1
        ? t('reminderTomorrow', r.vendor, label)
        : tPlural('reminderInDays', days, r.vendor, label, days);
  return { title, message: t('reminderMessage', r.label, r.date, r.vendor) };
}

// ---------------------------------------------------------------------------------------------------------------
// The background's side
// ---------------------------------------------------------------------------------------------------------------

export interface ReminderOptions {
  /** The library's deadlines for a day (default: utils/agreements.ts, loaded on first use). */
  loadDeadlines?: (today: string) => Promise<AgreementDeadlines[]>;
  now?: () => number;
}

// A static import: a service worker cannot import() a module at run time.
const defaultLoad = (today: string) => libraryDeadlines(today);

export function createReminders(api: typeof browser = browser, options: ReminderOptions = {}) {
  const load = options.loadDeadlines ?? defaultLoad;
  const now = options.now ?? Date.now;
  const action = () => api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;

  async function setGlobalBadge(count: number) {
    const a = action();
    await a.setBadgeText({ text: count > 0 ? String(count) : '' });
    if (count > 0) {
      await a.setBadgeBackgroundColor({ color: BADGE_COLOR });
      await a.setTitle({
        title: tPlural('badgeDeadlinesWithin', count, count, tPlural('dayCount', BADGE_WINDOW_DAYS, BADGE_WINDOW_DAYS)),
      });
    } else await a.setTitle({ title: t('extName') });
  }

  async function pass(): Promise<{ planned: PlannedReminder[]; soon: number }> {
    const t = now();
    const today = dayString(new Date(t));
    const settings = await readReminderSettings(api.storage.local);
    const sentRaw = (await api.storage.local.get(SENT_KEY))?.[SENT_KEY];
    const sent = new Set(Array.isArray(sentRaw) ? sentRaw.filter((s): s is string => typeof s === 'string') : []);
    const list = await load(today);
    const planned = planReminders(list, settings, t, sent);
    const wanted = new Map(planned.map((p) => [p.name, p]));
    // Only what changed: an alarm already set for the same time is left alone (re-creating it could drop one that
    // is about to fire after the browser's restart).
    for (const alarm of [...(await api.alarms.getAll())]) {
      if (!alarm.name.startsWith(ALARM_PREFIX)) continue;
      const p = wanted.get(alarm.name);
      if (!p) await api.alarms.clear(alarm.name);
      else if (!p.late && alarm.scheduledTime === p.when) wanted.delete(alarm.name);
    }
    for (const p of wanted.values()) await api.alarms.create(p.name, { when: p.when });
    // Sent names of deadlines no longer planned are forgotten, so the list stays bounded.
    const keepSent = [...sent].filter((s) => planned.some((p) => p.name === s) || (s.split(':')[3] ?? '') >= today);
    await api.storage.local.set({
      [PLAN_KEY]: Object.fromEntries(planned.map((p) => [p.name, p])),
      [SENT_KEY]: keepSent,
    });
    const soon = settings.badge ? soonCount(list, today) : 0;
    await setGlobalBadge(soon);
    return { planned, soon };
  }

  // One pass at a time; a request during a pass runs one more pass after it (never more than one queued).
  let running: Promise<unknown> | null = null;
  let again = false;
  function refresh(): Promise<unknown> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pass().catch((e: unknown) => console.error('ClauseLens could not schedule reminders', e));
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function onAlarm(alarm: { name: string }) {
    if (alarm.name === REFRESH_ALARM) return refresh();
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    const plan = (await api.storage.local.get(PLAN_KEY))?.[PLAN_KEY] as Record<string, PlannedReminder> | undefined;
    const r = plan?.[alarm.name];
    const settings = await readReminderSettings(api.storage.local);
    if (!r || !settings.enabled) return;
    const sentRaw = (await api.storage.local.get(SENT_KEY))?.[SENT_KEY];
    const sent = Array.isArray(sentRaw) ? (sentRaw as string[]) : [];
    if (sent.includes(r.name)) return;
    const { title, message } = reminderMessage(r, dayString(new Date(now())));
    await api.notifications.create(r.name, {
      type: 'basic',
      iconUrl: api.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
    await api.storage.local.set({ [SENT_KEY]: [...sent, r.name] });
  }

  function onStorageChanged(changes: Record<string, unknown>, area: string) {
    if (area === 'local' && (CHANGED_KEY in changes || SETTINGS_KEY in changes)) void refresh();
  }

  /** Registers the listeners (synchronously, at service-worker start) and runs the first pass. */
  function start() {
    api.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
    api.storage.onChanged.addListener(onStorageChanged);
    // A click on a reminder opens the deadlines on the compare page.
    api.notifications.onClicked.addListener((id) => {
      if (id.startsWith(ALARM_PREFIX)) void api.tabs.create({ url: api.runtime.getURL('/compare.html#deadlines') });
    });
    void api.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
    void refresh();
  }

  return { refresh, pass, onAlarm, start };
}
