/**
 * The reminder settings and the "library changed" signal, in storage.local. No `wxt/browser` import: the compare page
 * and utils/db.ts load this, and the extension's storage is found on the global (`browser` in Firefox, `chrome` in
 * Chrome), or passed in (tests pass fakeBrowser's).
 */

/** The user's reminder settings (storage.local, key SETTINGS_KEY). */
export interface ReminderSettings {
  /** Notifications on or off. */
  enabled: boolean;
  /** Days before each deadline a reminder is shown, largest first (default 30 and 7). */
  leadDays: number[];
  /** The toolbar badge counts the deadlines within BADGE_WINDOW_DAYS (on tabs without a legal page). */
  badge: boolean;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: true, leadDays: [30, 7], badge: true };
export const SETTINGS_KEY = 'reminderSettings';
/** Set (to a time) by the extension's pages after they write the library; the background re-plans on it. */
export const CHANGED_KEY = 'libraryChangedAt';
export const BADGE_WINDOW_DAYS = 7;
/** At most this many lead times; each at most a year. */
export const MAX_LEADS = 5;
export const MAX_LEAD_DAYS = 365;

/** Settings as stored, made safe: unknown shapes fall back to the defaults, lead times to whole days 0–365. */
export function normalizeSettings(raw: unknown): ReminderSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const leads = Array.isArray(r.leadDays)
    ? [...new Set(r.leadDays.filter((n): n is number => Number.isInteger(n) && n >= 0 && n <= MAX_LEAD_DAYS))]
    : DEFAULT_REMINDER_SETTINGS.leadDays;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_REMINDER_SETTINGS.enabled,
    leadDays: leads.sort((a, b) => b - a).slice(0, MAX_LEADS),
    badge: typeof r.badge === 'boolean' ? r.badge : DEFAULT_REMINDER_SETTINGS.badge,
  };
}

/** "30, 7" → [30, 7]; null when any part is not a whole number of days in range. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length > MAX_LEADS) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > MAX_LEAD_DAYS) return null;
    out.push(n);
  }
  return [...new Set(out)].sort((a, b) => b - a);
}

/** The two calls used of storage.local (tests pass fakeBrowser's). */
export interface LocalStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function readReminderSettings(storage: LocalStorage = extensionStorage()): Promise<ReminderSettings> {
  const got = await storage.get(SETTINGS_KEY);
  return normalizeSettings(got?.[SETTINGS_KEY]);
}

/** Stores the settings (normalized); the background re-plans on the change. */
export async function writeReminderSettings(
  settings: ReminderSettings,
  storage: LocalStorage = extensionStorage(),
): Promise<ReminderSettings> {
  const clean = normalizeSettings(settings);
  await storage.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Tells the background the library changed (call after writing agreements, cards or vendors). */
export async function announceLibraryChange(storage: LocalStorage = extensionStorage()): Promise<void> {
  await storage.set({ [CHANGED_KEY]: Date.now() });
}

/** storage.local of the extension this runs in; throws outside one. */
export function extensionStorage(): LocalStorage {
  const g = globalThis as {
    browser?: { storage?: { local?: LocalStorage } };
    chrome?: { storage?: { local?: LocalStorage } };
  };
  const local = g.browser?.storage?.local ?? g.chrome?.storage?.local;
  if (!local) throw new Error('No extension storage here');
  return local;
}
