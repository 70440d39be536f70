/**
 * Exports of deadlines (utils/deadlines.ts): an iCalendar file (RFC 5545, written by the `ics` library: line
 * folding, escaping and the VALARM block are its business, not ours) and a CSV through the project's CSV rules
 * (papaparse, every cell quoted, formulas neutralized: see neutralizeCell in utils/exporters.ts). Loaded on first
 * use, like the other exports.
 */
import { addDays } from 'date-fns';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import Papa from 'papaparse';
import type { Deadline } from './deadlines';
import { dayString, parseDay } from './deadlines';
import { CSV_BOM, neutralizeCell } from './exporters';
import { t } from './i18n';

/** A deadline with the agreement it belongs to. */
export interface VendorDeadline {
  vendor: string;
  /** The document the deadline's clause came from (its URL), if known. */
  documentUrl?: string | null;
  /** A stable id of the agreement (the document id): part of each event's UID, so a re-import updates. */
  agreementId: string | number;
  deadline: Deadline;
}

export interface IcsOptions {
  /** Days before the deadline that the calendar's reminder fires; default 14. */
  reminderDays?: number;
}

function dayArray(day: Date): DateArray {
  return [day.getFullYear(), day.getMonth() + 1, day.getDate()];
}

/** "Acme: Non-renewal notice must arrive" */
export function deadlineTitle(v: VendorDeadline): string {
  return t('deadlineTitle', v.vendor, v.deadline.label);
}

/**
 * The event's text: how the date was computed, then the clause it rests on (verbatim) and where it is. The words are
 * the UI's messages; the quote and the URL are data and stay as they are.
 */
export function deadlineDescription(v: VendorDeadline): string {
  const d = v.deadline;
  const parts = [t('deadlineOnDate', d.label, d.date), t('deadlineHowComputed', d.how)];
  if (d.source) parts.push(t('deadlineClause', d.source.quote));
  if (v.documentUrl) parts.push(t('deadlineSource', v.documentUrl));
  return parts.join('\n\n');
}

/**
 * One all-day event per deadline (DTEND the next day, as RFC 5545 wants for a one-day event), with a display alarm
 * `reminderDays` before. Throws when the library rejects the input (an invalid date never gets this far).
 */
export function deadlinesToIcs(items: readonly VendorDeadline[], options: IcsOptions = {}): string {
  const reminderDays = options.reminderDays ?? 14;
  const events: EventAttributes[] = [];
  for (const v of items) {
    const day = parseDay(v.deadline.date);
    if (!day) continue;
    events.push({
      start: dayArray(day),
      end: dayArray(addDays(day, 1)),
      title: deadlineTitle(v),
      description: deadlineDescription(v),
      uid: `${v.deadline.kind}-${v.deadline.termEnd}-${String(v.agreementId).replace(/[^\w.-]/g, '')}@clauselens`,
      categories: ['ClauseLens', v.deadline.kind],
      transp: 'TRANSPARENT',
      ...(v.documentUrl && /^https?:\/\//i.test(v.documentUrl) ? { url: v.documentUrl } : {}),
      alarms: [
        {
          action: 'display',
          description: t('deadlineAlarm', deadlineTitle(v), v.deadline.date),
          // 09:00 on the day `reminderDays` before (relative to the all-day event's 00:00). Always with an hour part:
          // `ics` writes a days-only duration as "P14DT", which RFC 5545's grammar does not allow.
          trigger: { days: reminderDays - 1, hours: 15, before: true },
        },
      ],
    });
  }
  // The product id is an identifier (PRODID), not a word for the user; the calendar's name is.
  const { error, value } = createEvents(events, { productId: 'ClauseLens', calName: t('calendarName') });
  if (error || value == null) throw error ?? new Error(t('calendarExportFailed'));
  return refoldOctets(value);
}

/**
 * RFC 5545 §3.1: content lines SHOULD be folded at 75 octets. `ics` folds at 75 characters, so a line of curly
 * quotes or Arabic runs past 75 octets; unfold its lines and fold again by UTF-8 octets, never inside a character.
 */
export function refoldOctets(ics: string): string {
  const encoder = new TextEncoder();
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: string[] = [];
  for (const line of lines) {
    let part = '';
    let octets = 0;
    let limit = 75;
    for (const ch of line) {
      const n = encoder.encode(ch).length;
      if (octets + n > limit) {
        out.push(part);
        part = ' ';
        octets = 1;
        limit = 75;
      }
      part += ch;
      octets += n;
    }
    out.push(part);
  }
  return out.join('\r\n');
}

/**
 * CSV of deadlines: Vendor, Date, Deadline, Past, How it was computed, Clause, Rule, Source (headers in the UI's
 * language) — every cell quoted and neutralized, CRLF line ends, a byte-order mark first (the comparison CSV's rules).
 * Vendor names, quotes, rule names and URLs are data: as they are.
 */
export function deadlinesToCsv(items: readonly VendorDeadline[]): string {
  const header = [
    t('csvVendor'),
    t('csvDate'),
    t('csvDeadline'),
    t('csvPast'),
    t('csvHowComputed'),
    t('csvClause'),
    t('csvRule'),
    t('csvSource'),
  ];
  const yes = t('csvYes');
  const no = t('csvNo');
  const body = items.map((v) => [
    v.vendor,
    v.deadline.date,
    v.deadline.label,
    v.deadline.past ? yes : no,
    v.deadline.how,
    v.deadline.source?.quote ?? '',
    v.deadline.source?.rule ?? '',
    v.documentUrl ?? '',
  ]);
  return (
    CSV_BOM +
    Papa.unparse(
      [header, ...body].map((line) => line.map(neutralizeCell)),
      { newline: '\r\n', quotes: true },
    )
  );
}

/** A file name for the exports: "clauselens-deadlines-2026-12-03.ics". */
export function deadlinesFileName(today: Date, ext: 'ics' | 'csv'): string {
  return `clauselens-deadlines-${dayString(today)}.${ext}`;
}
