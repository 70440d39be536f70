/**
 * Tells the background when the library changes, so the reminders and the deadline badge (utils/reminders.ts) are
 * re-planned: Dexie's `storagemutated` fires after every committed write in this page (and, through its broadcast,
 * in others), and a storage.local key is what wakes a sleeping service worker. Registered once by utils/db.ts.
 */
import Dexie from 'dexie';
import { announceLibraryChange } from './reminder-settings';

/** The tables deadlines are computed from ("idb://<db>/<table>/<index>" keys). */
const WATCHED = /^idb:\/\/[^/]+\/(agreements|cards|documents|vendors|corrections|latest)\//;
/** Writes come in bursts (a save touches five tables): one announcement per burst. */
const QUIET_MS = 300;

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;

export function watchLibraryWrites(announce: () => Promise<void> = announceLibraryChange): void {
  if (started) return;
  started = true;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((k) => WATCHED.test(k))) return;
    clearTimeout(timer);
    // Outside the extension (tests without a browser API) there is no background to tell.
    timer = setTimeout(() => void announce().catch(() => {}), QUIET_MS);
  });
}
