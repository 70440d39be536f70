/**
 * Renewal and notice deadlines of the saved agreements, soonest first, with a form for an agreement's dates (the
 * card cannot know when the user signed) and .ics / CSV exports. Its store (Dexie) and the export libraries load
 * after mount, so the compare page's first paint does not wait for them. Page text is rendered as text.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AgreementDeadlines } from '@/utils/agreements';
import type { Deadline, WeekendConvention } from '@/utils/deadlines';
import { type MessageKey, t } from '@/utils/i18n';
import type { VendorLatest } from '@/utils/library';
import { BidiText } from './BidiText';

type Store = typeof import('@/utils/agreements');
type Exports = typeof import('@/utils/deadline-exports');

const loadStoreDefault = (): Promise<Store> => import('@/utils/agreements');
const loadExportsDefault = (): Promise<Exports> => import('@/utils/deadline-exports');

/** Today as "YYYY-MM-DD" in the user's time zone (deadlines are calendar days). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function addDaysIso(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localToday(new Date(y, m - 1, d + n));
}

export type Horizon = 30 | 90 | 365 | 'all';
const HORIZONS: [Horizon, MessageKey][] = [
  [30, 'horizon30'],
  [90, 'horizon90'],
  [365, 'horizon365'],
  ['all', 'horizonAll'],
];

interface Row {
  documentId: number;
  vendor: string;
  url: string;
  deadline: Deadline;
}

/** Dated deadlines of all agreements within the horizon (past ones kept and marked), soonest first. */
export function deadlineRows(list: readonly AgreementDeadlines[], today: string, horizon: Horizon): Row[] {
  const until = horizon === 'all' ? null : addDaysIso(today, horizon);
  const rows: Row[] = [];
  for (const a of list)
    for (const d of a.result.deadlines)
      if (until === null || d.date <= until)
        rows.push({ documentId: a.documentId, vendor: a.vendor, url: a.url, deadline: d });
  return rows.sort((x, y) => (x.deadline.date < y.deadline.date ? -1 : x.deadline.date > y.deadline.date ? 1 : 0));
}

/** Documents whose card states a renewal or a non-renewal / termination notice: the ones dates make deadlines of. */
function datable(vendors: readonly VendorLatest[]): { id: number; label: string }[] {
  const out: { id: number; label: string }[] = [];
  for (const v of vendors)
    for (const d of v.docs) {
      const f = d.card?.fields;
      const notices = Array.isArray(f?.notices) ? f.notices : [];
      const relevant =
        !!f?.renewal?.value ||
        notices.some((n) => n?.value?.kind === 'non-renewal' || n?.value?.kind === 'termination-convenience');
      if (relevant)
        out.push({ id: d.document.id, label: t('agreementOption', v.vendor.name, d.document.title ?? d.document.url) });
    }
  return out;
}

export interface DeadlinesViewProps {
  vendors: readonly VendorLatest[];
  /** "YYYY-MM-DD"; tests fix it. */
  today?: string;
  download: (filename: string, mime: string, content: string) => void;
  loadStore?: () => Promise<Store>;
  loadExports?: () => Promise<Exports>;
}

export function DeadlinesView({
  vendors,
  today = localToday(),
  download,
  loadStore = loadStoreDefault,
  loadExports = loadExportsDefault,
}: DeadlinesViewProps) {
  const [list, setList] = useState<AgreementDeadlines[] | null>(null);
  const [horizon, setHorizon] = useState<Horizon>(90);
  const [refresh, setRefresh] = useState(0);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const docs = useMemo(() => datable(vendors), [vendors]);
  const [docId, setDocId] = useState<number | null>(null);
  const [start, setStart] = useState('');
  const [months, setMonths] = useState('');
  const [end, setEnd] = useState('');
  const [weekend, setWeekend] = useState<WeekendConvention>('sat-sun');

  // Re-read when the library changes (a save, a delete, an import) or dates were saved (`refresh`).
  useEffect(() => {
    let live = true;
    loadStore()
      .then((s) => s.libraryDeadlines(today))
      .then((l) => live && setList(l))
      .catch((err) => live && setMessage({ text: t('deadlinesReadFailed', String(err)), error: true }));
    return () => {
      live = false;
    };
  }, [vendors, refresh, today, loadStore]);

  const rows = useMemo(() => deadlineRows(list ?? [], today, horizon), [list, today, horizon]);
  const chosen = docId ?? docs[0]?.id ?? null;

  const save = async (e: Event) => {
    e.preventDefault();
    if (chosen === null) return;
    const input = {
      start: start || null,
      initialTermMonths: months === '' ? null : Number(months),
      end: end || null,
      weekend,
    };
    try {
      const s = await loadStore();
      await s.setAgreementDates(chosen, input);
      setMessage({ text: t('agreementDatesSaved') });
      setRefresh((n) => n + 1);
    } catch (err) {
      setMessage({ text: t('agreementDatesNotSaved', err instanceof Error ? err.message : String(err)), error: true });
    }
  };

  const exportAs = async (format: 'ics' | 'csv') => {
    const upcoming = rows.filter((r) => format === 'csv' || !r.deadline.past);
    const items = upcoming.map((r) => ({
      vendor: r.vendor,
      documentUrl: r.url,
      agreementId: r.documentId,
      deadline: r.deadline,
    }));
    const x = await loadExports();
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const name = x.deadlinesFileName(new Date(y, m - 1, d), format);
    if (format === 'ics') download(name, 'text/calendar;charset=utf-8', x.deadlinesToIcs(items));
    else download(name, 'text/csv;charset=utf-8', x.deadlinesToCsv(items));
  };

  return (
    <div class="cl-deadlines" data-testid="deadlines">
      {docs.length > 0 ? (
        <form onSubmit={save} data-testid="agreement-form" class="cl-controls">
          <div>
            <label for="agreement-doc">{t('agreementLabel')} </label>
            <select
              id="agreement-doc"
              value={chosen ?? ''}
              onChange={(e) => setDocId(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {docs.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="agreement-start">{t('startDateLabel')} </label>
            <input
              id="agreement-start"
              type="date"
              value={start}
              onInput={(e) => setStart((e.currentTarget as HTMLInputElement).value)}
            />
            <label for="agreement-months"> {t('initialTermLabel')} </label>
            <input
              id="agreement-months"
              type="number"
              min={1}
              step={1}
              value={months}
              onInput={(e) => setMonths((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div>
            <label for="agreement-end">{t('orEndDateLabel')} </label>
            <input
              id="agreement-end"
              type="date"
              value={end}
              onInput={(e) => setEnd((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div>
            <label for="agreement-weekend">{t('weekendLabel')} </label>
            <select
              id="agreement-weekend"
              value={weekend}
              onChange={(e) => setWeekend((e.currentTarget as HTMLSelectElement).value as WeekendConvention)}
            >
              <option value="sat-sun">{t('weekendSatSun')}</option>
              <option value="fri-sat">{t('weekendFriSat')}</option>
            </select>
          </div>
          <button type="submit">{t('saveDates')}</button>
        </form>
      ) : (
        <p class="cl-muted">{t('noDatableDocument')}</p>
      )}
      <div aria-live="polite">{message && <p class={message.error ? 'cl-bad' : undefined}>{message.text}</p>}</div>

      <div class="cl-button-row">
        <label for="deadline-horizon">{t('showLabel')} </label>
        <select
          id="deadline-horizon"
          data-testid="deadline-horizon"
          value={String(horizon)}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            setHorizon(v === 'all' ? 'all' : (Number(v) as Horizon));
          }}
        >
          {HORIZONS.map(([h, label]) => (
            <option key={h} value={String(h)}>
              {t(label)}
            </option>
          ))}
        </select>
        <button type="button" data-testid="export-ics" disabled={rows.length === 0} onClick={() => exportAs('ics')}>
          {t('addToCalendar')}
        </button>
        <button
          type="button"
          data-testid="export-deadlines-csv"
          disabled={rows.length === 0}
          onClick={() => exportAs('csv')}
        >
          {t('exportDeadlinesCsv')}
        </button>
      </div>

      {list === null ? (
        <p class="cl-muted">{t('loadingDeadlines')}</p>
      ) : rows.length === 0 ? (
        <p class="cl-muted">{list.length === 0 ? t('noAgreementDates') : t('noDeadlineInPeriod')}</p>
      ) : (
        <ol class="cl-deadline-list" data-testid="deadline-list">
          {rows.map((r) => (
            <li
              key={`${r.documentId}-${r.deadline.kind}-${r.deadline.termEnd}`}
              class={r.deadline.past ? 'cl-muted' : undefined}
              data-past={r.deadline.past ? 'true' : undefined}
            >
              <time dateTime={r.deadline.date}>{r.deadline.date}</time>{' '}
              {r.deadline.past && <strong>{t('pastTag')} </strong>}
              <BidiText text={r.vendor} />: <span>{r.deadline.label}</span>
              <details>
                <summary>{t('howComputed')}</summary>
                <p>{r.deadline.how}</p>
                {r.deadline.source && <BidiText as="blockquote" text={r.deadline.source.quote} />}
              </details>
            </li>
          ))}
        </ol>
      )}
      {list?.some((a) => a.result.notes.length > 0) && (
        <ul class="cl-muted" data-testid="deadline-notes">
          {list.flatMap((a) =>
            a.result.notes.map((n) => (
              <li key={`${a.documentId}-${n}`}>
                <BidiText text={a.vendor} />: {n}
              </li>
            )),
          )}
        </ul>
      )}
    </div>
  );
}
