import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deadlinesToCsv, deadlinesToIcs, type VendorDeadline } from '../utils/deadline-exports';
import type { Deadline } from '../utils/deadlines';

// A composed clause with characters iCalendar must escape (comma, semicolon, newline) and a long line to fold.
const quote =
  'Either party may decline renewal; notice must be received, in writing, at least thirty (30) days before the current term ends, failing which the subscription continues for a further year.';
const deadline = (over: Partial<Deadline> = {}): Deadline => ({
  kind: 'non-renewal-notice',
  date: '2027-01-29',
  label: 'Non-renewal notice must arrive',
  how: '2027-02-28 (last day of the term) − 30 days = 2027-01-29',
  source: { quote, start: 40, end: 40 + quote.length, rule: 'notices/nonRenewalBeforeTermEnd' },
  past: false,
  termEnd: '2027-02-28',
  ...over,
});
const items: VendorDeadline[] = [
  { vendor: 'Acme, Inc.', agreementId: 7, documentUrl: 'https://acme.example/terms', deadline: deadline() },
  {
    vendor: 'Zed GmbH',
    agreementId: 9,
    deadline: deadline({ kind: 'renewal', date: '2028-02-29', label: 'Renews automatically', termEnd: '2028-02-28' }),
  },
];

describe('deadlinesToIcs', () => {
  it('writes one all-day event per deadline with the vendor, the clause and a reminder alarm', () => {
    const text = deadlinesToIcs(items, { reminderDays: 10 });
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    const first = new ICAL.Event(events[0]);
    expect(first.summary).toBe('Acme, Inc.: Non-renewal notice must arrive');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2027-01-29');
    expect(first.endDate.toString()).toBe('2027-01-30');
    // The quote survives escaping and folding verbatim.
    expect(first.description).toContain(`“${quote}”`);
    expect(first.description).toContain('How it was computed');
    expect(first.uid).toContain('@clauselens');
    const alarms = events[0]?.getAllSubcomponents('valarm') ?? [];
    expect(alarms).toHaveLength(1);
    expect(alarms[0]?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarms[0]?.getFirstPropertyValue('trigger'))).toBe('-P9DT15H');
    const second = new ICAL.Event(events[1]);
    expect(second.summary).toBe('Zed GmbH: Renews automatically');
    expect(second.startDate.toString()).toBe('2028-02-29');
    expect(second.endDate.toString()).toBe('2028-03-01');
    expect(second.uid).not.toBe(first.uid);
  });

  it('gives each agreement and term its own stable UID', () => {
    const uidOf = (v: VendorDeadline) =>
      new ICAL.Component(ICAL.parse(deadlinesToIcs([v]))).getFirstSubcomponent('vevent')?.getFirstPropertyValue('uid');
    const one = items[0] as VendorDeadline;
    expect(uidOf(one)).toBe(uidOf(one));
    expect(uidOf({ ...one, agreementId: 8 })).not.toBe(uidOf(one));
    expect(uidOf({ ...one, deadline: deadline({ termEnd: '2028-02-29' }) })).not.toBe(uidOf(one));
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const arabic = 'يجب أن يصل إشعار عدم التجديد قبل ثلاثين يوماً من نهاية المدة الحالية للاشتراك، وإلا يتجدد تلقائياً.';
    const text = deadlinesToIcs([
      {
        ...(items[0] as VendorDeadline),
        vendor: 'شركة',
        deadline: deadline({ source: { quote: arabic, start: 0, end: arabic.length, rule: null } }),
      },
    ]);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const ev = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined);
    expect(ev.description).toContain(arabic);
    expect(ev.summary).toBe('شركة: Non-renewal notice must arrive');
  });
});

describe('deadlinesToCsv', () => {
  it('starts with a byte-order mark and keeps an Arabic vendor and clause intact', () => {
    // Composed Arabic clause: a 60-day non-renewal notice.
    const clause = 'يجوز لأي من الطرفين عدم تجديد الاشتراك بإشعار كتابي قبل ستين (٦٠) يوماً من نهاية المدة.';
    const csv = deadlinesToCsv([
      {
        vendor: 'مؤسسة الواحة للبرمجيات',
        agreementId: 3,
        deadline: deadline({ source: { quote: clause, start: 0, end: clause.length, rule: null } }),
      },
    ]);
    const bytes = new TextEncoder().encode(csv);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes)).data;
    expect(rows[0]?.[0]).toBe('Vendor');
    expect(rows[1]?.[0]).toBe('مؤسسة الواحة للبرمجيات');
    expect(rows[1]?.[5]).toBe(clause);
  });

  it('quotes every cell and neutralizes formulas', () => {
    const hostile: VendorDeadline = {
      vendor: '=HYPERLINK("http://x")',
      agreementId: 1,
      deadline: deadline({ source: { quote: 'ok;=1+2', start: 0, end: 7, rule: null } }),
    };
    const csv = deadlinesToCsv([...items, hostile]);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF"Vendor","Date","Deadline","Past","How it was computed","Clause","Rule","Source"',
    );
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows).toHaveLength(4);
    expect(rows[1]?.slice(0, 4)).toEqual(['Acme, Inc.', '2027-01-29', 'Non-renewal notice must arrive', 'no']);
    expect(rows[1]?.[5]).toBe(quote);
    expect(rows[1]?.[7]).toBe('https://acme.example/terms');
    expect(rows[3]?.[0]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[3]?.[5]).toBe("ok;'=1+2");
  });
});
