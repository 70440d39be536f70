import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { AgreementDeadlines } from '@/utils/agreements';
import { setBadge } from '@/utils/badge';
import { computeDeadlines } from '@/utils/deadlines';
import {
  ALARM_PREFIX,
  announceLibraryChange,
  CHANGED_KEY,
  createReminders,
  DEFAULT_REMINDER_SETTINGS,
  normalizeSettings,
  parseLeadDays,
  planReminders,
  REFRESH_ALARM,
  readReminderSettings,
  reminderMessage,
  reminderName,
  reminderTime,
  SENT_KEY,
  soonCount,
  writeReminderSettings,
} from '@/utils/reminders';
import { f } from './helpers/card-fixture';

type Api = Parameters<typeof createReminders>[0];
const api = fakeBrowser as unknown as Api;

/** Local time (the reminders follow the user's calendar day). */
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

// A composed agreement (our own wording): renews yearly, non-renewal notice 30 days ahead.
function agreement(documentId: number, dates: { start: string; months: number }, today: string): AgreementDeadlines {
  const fields = {
    renewal: f({ automatic: true, termMonths: 12 }, 'The plan carries on for further twelve-month periods.'),
    notices: [f({ kind: 'non-renewal' as const, amount: 30, unit: 'days' as const }, 'Tell us thirty days ahead.')],
  };
  const row = { documentId, start: dates.start, initialTermMonths: dates.months, end: null, updatedAt: 0 };
  return {
    documentId,
    vendorId: 1,
    vendor: 'Acme',
    url: 'https://acme.example/msa',
    title: 'MSA',
    dates: row,
    result: computeDeadlines(fields, row, { today }),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings', () => {
  it('default to 30 and 7 days, on, with the badge', async () => {
    expect(await readReminderSettings(fakeBrowser.storage.local)).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(DEFAULT_REMINDER_SETTINGS.leadDays).toEqual([30, 7]);
  });

  it('keep whole days 0–365 only, unique, largest first; unknown shapes fall back to the defaults', () => {
    expect(normalizeSettings({ enabled: false, leadDays: [7, 30, 7, -1, 2.5, 400, 'x'], badge: false })).toEqual({
      enabled: false,
      leadDays: [30, 7],
      badge: false,
    });
    expect(normalizeSettings('nonsense')).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(normalizeSettings({ leadDays: 'soon' }).leadDays).toEqual([30, 7]);
  });

  it('round-trip through storage.local, normalized', async () => {
    await writeReminderSettings({ enabled: true, leadDays: [1, 14], badge: true }, fakeBrowser.storage.local);
    expect((await readReminderSettings(fakeBrowser.storage.local)).leadDays).toEqual([14, 1]);
  });

  it('parse the lead-time field: "30, 7" reads, "a week" and 999 do not', () => {
    expect(parseLeadDays('30, 7')).toEqual([30, 7]);
    expect(parseLeadDays('7 30 7')).toEqual([30, 7]);
    expect(parseLeadDays('')).toEqual([]);
    expect(parseLeadDays('a week')).toBeNull();
    expect(parseLeadDays('999')).toBeNull();
    expect(parseLeadDays('1,2,3,4,5,6')).toBeNull();
  });
});

describe('planReminders (fixed clock)', () => {
  // Start 2026-01-01, 12 months: term ends 2026-12-31, non-renewal notice must arrive by 2026-12-01.
  const today = '2026-06-15';
  const list = [agreement(4, { start: '2026-01-01', months: 12 }, today)];

  it('sets one reminder per deadline and lead time, at 9:00 that many days before', () => {
    const plan = planReminders(list, DEFAULT_REMINDER_SETTINGS, at(2026, 6, 15));
    const notice = plan.filter((p) => p.kind === 'non-renewal-notice');
    expect(notice.map((p) => p.leadDays).sort()).toEqual([30, 7]);
    const seven = notice.find((p) => p.leadDays === 7);
    expect(seven?.when).toBe(new Date(2026, 10, 24, 9).getTime()); // 2026-12-01 − 7 days
    expect(seven?.name).toBe(reminderName(4, 'non-renewal-notice', '2026-12-01', 7));
    expect(seven?.name.startsWith(ALARM_PREFIX)).toBe(true);
    // The renewal day too (the term's end, the day before, is the same event: said once).
    expect(new Set(plan.map((p) => p.kind))).toEqual(new Set(['non-renewal-notice', 'renewal']));
    // Soonest first.
    expect(plan.map((p) => p.when)).toEqual([...plan.map((p) => p.when)].sort((a, b) => a - b));
  });

  it('sets nothing when reminders are off, or without lead times', () => {
    expect(planReminders(list, { ...DEFAULT_REMINDER_SETTINGS, enabled: false }, at(2026, 6, 15))).toEqual([]);
    expect(planReminders(list, { ...DEFAULT_REMINDER_SETTINGS, leadDays: [] }, at(2026, 6, 15))).toEqual([]);
  });

  it('drops past deadlines and reminder times long past', () => {
    // 2026-11-20: the 30-day reminder of the notice (Nov 1) is weeks past: dropped, the 7-day one is ahead.
    const late = [agreement(4, { start: '2026-01-01', months: 12 }, '2026-11-20')];
    const plan = planReminders(late, DEFAULT_REMINDER_SETTINGS, at(2026, 11, 20));
    const notice = plan.filter((p) => p.kind === 'non-renewal-notice' && p.date === '2026-12-01');
    expect(notice.map((p) => p.leadDays)).toEqual([7]);
    expect(plan.every((p) => p.date >= '2026-11-20')).toBe(true);
  });

  it('shows a reminder missed within the last day once, right away, and only the nearest one', () => {
    // 2026-11-24 at 15:00: the 7-day reminder of the notice was due at 9:00 today.
    const now = at(2026, 11, 24, 15);
    const late = [agreement(4, { start: '2026-01-01', months: 12 }, '2026-11-24')];
    const plan = planReminders(late, DEFAULT_REMINDER_SETTINGS, now);
    const notice = plan.filter((p) => p.kind === 'non-renewal-notice' && p.date === '2026-12-01');
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ leadDays: 7, late: true });
    expect(notice[0]?.when).toBeGreaterThan(now);
    // Once shown, it is not planned again.
    const again = planReminders(late, DEFAULT_REMINDER_SETTINGS, now, new Set([notice[0]?.name as string]));
    expect(again.some((p) => p.name === notice[0]?.name)).toBe(false);
  });

  it('reminderTime crosses month and year ends, and refuses a malformed day', () => {
    expect(reminderTime('2027-01-03', 7)).toBe(new Date(2026, 11, 27, 9).getTime());
    expect(reminderTime('2028-03-01', 1)).toBe(new Date(2028, 1, 29, 9).getTime()); // leap year
    expect(reminderTime('2026-02-30', 7)).toBeNull();
  });
});

describe('soonCount', () => {
  it('counts the deadlines from today to 7 days ahead, past ones excluded', () => {
    const list = [agreement(4, { start: '2026-01-01', months: 12 }, '2026-11-26')];
    // Notice by 2026-12-01 (5 days ahead) counts; term end 2026-12-31 does not.
    expect(soonCount(list, '2026-11-26')).toBe(1);
    expect(soonCount(list, '2026-12-01')).toBe(1); // the day itself
    expect(soonCount(list, '2026-11-23')).toBe(0); // 8 days ahead
    // Term end in 2 days (the notice is past); the renewal the day after is the same event, counted once.
    expect(soonCount(list, '2026-12-29')).toBe(1);
  });
});

describe('reminderMessage', () => {
  it('says how many days are left, in words for today and tomorrow', () => {
    const base = {
      name: 'n',
      when: 0,
      documentId: 1,
      vendor: 'Acme',
      kind: 'non-renewal-notice' as const,
      label: 'Non-renewal notice must arrive',
      date: '2026-12-01',
      leadDays: 7,
      late: false,
    };
    expect(reminderMessage(base, '2026-11-24').title).toBe('Acme: non-renewal notice must arrive in 7 days');
    expect(reminderMessage(base, '2026-11-30').title).toMatch(/tomorrow$/);
    expect(reminderMessage(base, '2026-12-01').title).toMatch(/today$/);
    expect(reminderMessage(base, '2026-11-24').message).toContain('2026-12-01');
  });

  it("is worded by the UI's messages: an Arabic file gives its own words and plural forms (no code change)", () => {
    // A translator's Arabic messages: "in 3 days" takes the few form, "in 11 days" the many form.
    const arabic: Record<string, string> = {
      uiLang: 'ar',
      reminderInDays_few: '$1: $2 خلال $3 أيام',
      reminderInDays_many: '$1: $2 خلال $3 يومًا',
      reminderInDays_other: '$1: $2 خلال $3 يوم',
      reminderMessage: '$1: $2 ($3).',
    };
    vi.stubGlobal('browser', {
      i18n: {
        getMessage: (key: string, subs: string[] = []) =>
          (arabic[key] ?? '').replace(/\$([1-9])/g, (_m, n: string) => subs[Number(n) - 1] ?? ''),
      },
    });
    try {
      const r = {
        name: 'n',
        when: 0,
        documentId: 1,
        vendor: 'أكمي',
        kind: 'non-renewal-notice' as const,
        label: 'إشعار عدم التجديد',
        date: '2026-12-01',
        leadDays: 3,
        late: false,
      };
      expect(reminderMessage(r, '2026-11-28').title).toBe('أكمي: إشعار عدم التجديد خلال 3 أيام');
      expect(reminderMessage(r, '2026-11-20').title).toBe('أكمي: إشعار عدم التجديد خلال 11 يومًا');
      expect(reminderMessage(r, '2026-11-28').message).toBe('إشعار عدم التجديد: 2026-12-01 (أكمي).');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('createReminders (fakeBrowser, fixed clock)', () => {
  const now = at(2026, 11, 26);
  const make = () =>
    createReminders(api, {
      now: () => now,
      loadDeadlines: async (today) => [agreement(4, { start: '2026-01-01', months: 12 }, today)],
    });

  it('schedules the alarms, stores the plan and sets the global badge to the count within 7 days', async () => {
    const r = make();
    const { planned, soon } = await r.pass();
    expect(soon).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toMatch(/1 deadline within 7 days/);
    const alarms = (await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
    expect(alarms.map((a) => a.name).sort()).toEqual(planned.map((p) => p.name).sort());
  });

  it('a tab without a legal page shows the global count; a legal page keeps its own label', async () => {
    await make().pass();
    const spy = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await setBadge(5, { isLegal: false, kind: 'other' }, api);
    // null drops the tab's own text, so the browser shows the global count there (the fake does not fall back).
    expect(spy).toHaveBeenCalledWith({ tabId: 5, text: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await setBadge(6, { isLegal: true, kind: 'sla' }, api);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('SLA');
  });

  it('clears the alarms of deadlines that went away, and the badge with them', async () => {
    let list = [agreement(4, { start: '2026-01-01', months: 12 }, '2026-11-26')];
    const r = createReminders(api, { now: () => now, loadDeadlines: async () => list });
    await r.pass();
    list = [];
    await r.pass();
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('turned off: no alarms; the badge follows its own setting', async () => {
    await writeReminderSettings({ enabled: false, leadDays: [30, 7], badge: false }, fakeBrowser.storage.local);
    await make().pass();
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('a firing alarm shows its notification once', async () => {
    // Planned on 2026-11-20; the 7-day reminder of the notice (due 2026-12-01) fires on 2026-11-24 at 9:00.
    let clock = at(2026, 11, 20);
    const r = createReminders(api, {
      now: () => clock,
      loadDeadlines: async (today) => [agreement(4, { start: '2026-01-01', months: 12 }, today)],
    });
    const { planned } = await r.pass();
    const notice = planned.find((p) => p.kind === 'non-renewal-notice' && p.leadDays === 7) as (typeof planned)[number];
    clock = notice.when;
    await r.onAlarm({ name: notice.name });
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([notice.name]);
    expect((shown as Record<string, { title: string }>)[notice.name]?.title).toBe(
      'Acme: non-renewal notice must arrive in 7 days',
    );
    expect((await fakeBrowser.storage.local.get(SENT_KEY))[SENT_KEY]).toEqual([notice.name]);
    await fakeBrowser.notifications.clear(notice.name);
    await r.onAlarm({ name: notice.name }); // again: already shown
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('ignores alarms that are not its own, and shows nothing when turned off', async () => {
    const r = make();
    const { planned } = await r.pass();
    await r.onAlarm({ name: 'someone-else' });
    await writeReminderSettings({ ...DEFAULT_REMINDER_SETTINGS, enabled: false }, fakeBrowser.storage.local);
    await r.onAlarm({ name: planned[0]?.name as string });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('start(): first pass, an hourly refresh alarm, and a new pass when a page announces a library change', async () => {
    const load = vi.fn(async (today: string) => [agreement(4, { start: '2026-01-01', months: 12 }, today)]);
    const r = createReminders(api, { now: () => now, loadDeadlines: load });
    r.start();
    await r.refresh();
    expect(load).toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(60);
    const calls = load.mock.calls.length;
    await announceLibraryChange(fakeBrowser.storage.local);
    await vi.waitFor(() => expect(load.mock.calls.length).toBeGreaterThan(calls));
    expect((await fakeBrowser.storage.local.get(CHANGED_KEY))[CHANGED_KEY]).toBeTypeOf('number');
  });
});
