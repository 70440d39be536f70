import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { DOC_KINDS, type DocKind } from '@/extractors/types';
import { type CellSource, cellSourceDocs, comparisonRows, mergeVendorCards, nonEmptyRows } from '@/utils/comparison';
import type { CardValues } from '@/utils/db';
import type { ImportProgress, ImportSummary } from '@/utils/exporters';
import { t, tPlural } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';
import { readLatestDirect, type SkippedRow, takeEarlyRead, type VendorLatest, warnSkipped } from '@/utils/library';
import type { LibraryStatus } from '@/utils/snapshots';
import type { CompareHistory } from './CompareHistory';
import { CompareTable } from './CompareTable';
import { DeadlinesView } from './DeadlinesView';
import { ErrorBoundary, errorText } from './ErrorBoundary';
import { LazyFileDropZone } from './LazyFileDropZone';
import { MergeSuggestions, SkippedRowsNotice } from './LibraryNotices';
import { ReminderSettings } from './ReminderSettings';
import { VendorManager } from './VendorManager';
import { VendorPicker } from './VendorPicker';

export type Download = (filename: string, mime: string, content: string) => void;

/** Saves text as a file: a Blob and a temporary <a download> (no network, no downloads permission). */
export function downloadText(filename: string, mime: string, content: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type KindFilter = 'all' | DocKind;

// Off the page's startup path, loaded when needed: exports and backups (papaparse, the backup checks), Dexie with
// the store (live updates, deletes: see useLibrary) and the history panel.
const loadExporters = () => import('@/utils/exporters');
const loadStore = () => Promise.all([import('dexie'), import('@/utils/snapshots')]);
const loadHistory = () => import('./CompareHistory');

/** Runs `fn` once the browser has painted (or after 100 ms, when a hidden tab gets no frames). */
function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}

const NO_SKIPPED: readonly SkippedRow[] = [];

/**
 * The library, kept up to date. First a direct IndexedDB read without Dexie (readLatestDirect), so the table shows
 * before Dexie's 100 kB have loaded. After that paint, Dexie's liveQuery (like useLiveQuery in utils/live.ts) follows
 * saves in other tabs, deletes and imports; its first result replaces the direct read only if it differs, so an
 * unchanged library is not rendered twice. Without a direct read (first run, a schema upgrade pending) the live
 * query alone fills the page. Started in a layout effect, right after the first commit, not after the first paint.
 * Also returns the rows the live query's last read skipped as malformed (still warned in the console too).
 */
function useLibrary(): { data: VendorLatest[] | null; skipped: readonly SkippedRow[] } {
  const [value, setValue] = useState<VendorLatest[] | null>(null);
  const [skipped, setSkipped] = useState<readonly SkippedRow[]>(NO_SKIPPED);
  useLayoutEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    const follow = async (direct: VendorLatest[] | null) => {
      const [{ liveQuery }, { latestByVendor }] = await loadStore();
      if (!live) return;
      let first = direct;
      // Each read collects the rows it skipped, so the page can say what is missing.
      const read = async () => {
        const rows: SkippedRow[] = [];
        const vendors = await latestByVendor((s) => {
          warnSkipped(s);
          rows.push(s);
        });
        return { vendors, skipped: rows };
      };
      let lastSkipped = '[]';
      const subscription = liveQuery(read).subscribe({
        next: ({ vendors: result, skipped: rows }) => {
          const same = first !== null && JSON.stringify(result) === JSON.stringify(first);
          first = null;
          if (!same) setValue(result);
          const text = JSON.stringify(rows);
          if (text !== lastSkipped) {
            lastSkipped = text;
            setSkipped(rows);
          }
        },
        // Errors surface in the console; the page keeps its last good value.
        error: (err) => console.error('ClauseLens live query failed', err),
      });
      unsubscribe = () => subscription.unsubscribe();
    };
    const start = (direct: VendorLatest[] | null) =>
      follow(direct).catch((err) => console.error('ClauseLens could not load the library store', err));
    (takeEarlyRead() ?? readLatestDirect()).then((direct) => {
      if (!live) return;
      if (!direct) return start(null);
      setValue(direct);
      afterPaint(() => live && start(direct));
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return { data: value, skipped };
}

const NO_VENDORS: VendorLatest[] = [];

export interface ComparePageProps {
  /** Injected so tests can capture exports. */
  download?: Download;
  /** Asks the user to go ahead (the import's summary); injected so tests can answer. */
  confirm?: (message: string) => boolean;
}

/** "2 new vendors (+1 already in the library), 3 new documents, …": what an import will do, or did. */
export function describeImport(s: ImportSummary): string {
  const parts = [
    s.merged.vendors
      ? tPlural('importVendorsMerged', s.added.vendors, s.added.vendors, s.merged.vendors)
      : tPlural('importVendors', s.added.vendors, s.added.vendors),
    s.merged.documents
      ? tPlural('importDocumentsMerged', s.added.documents, s.added.documents, s.merged.documents)
      : tPlural('importDocuments', s.added.documents, s.added.documents),
    s.skipped.snapshots
      ? tPlural(
          'importSnapshotsSkipped',
          s.added.snapshots,
          s.added.snapshots,
          tPlural('importDuplicatesSkipped', s.skipped.snapshots, s.skipped.snapshots),
        )
      : tPlural('importSnapshots', s.added.snapshots, s.added.snapshots),
    s.skipped.corrections
      ? tPlural('importCorrectionsKept', s.added.corrections, s.added.corrections, s.skipped.corrections)
      : tPlural('importCorrections', s.added.corrections, s.added.corrections),
  ];
  const clamped = s.clamped ? ` ${tPlural('importClamped', s.clamped, s.clamped)}` : '';
  return `${t('importSummary', parts.join(t('listSeparator')))}${clamped}`;
}

const browserConfirm = (message: string) => typeof window !== 'undefined' && window.confirm(message);

/** The compare page: vendor picker, kind filter, comparison table, exports, backup, per-vendor history. */
/** The comparison's export formats: [format, test id, button label's message key]. */
const EXPORTS = [
  ['csv', 'export-csv', 'exportCsv'],
  ['md', 'export-markdown', 'exportMarkdown'],
  ['json', 'export-json', 'exportJson'],
] as const;

export function ComparePage({ download = downloadText, confirm = browserConfirm }: ComparePageProps) {
  const { data, skipped } = useLibrary();
  // Deselected vendors, so a vendor saved in another tab shows up selected.
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set());
  const [kind, setKind] = useState<KindFilter>('all');
  const [showEmpty, setShowEmpty] = useState(false);
  const [historyFor, setHistoryFor] = useState<number | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [History, setHistory] = useState<typeof CompareHistory | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [health, setHealth] = useState<LibraryStatus | null>(null);

  const vendors = data ?? NO_VENDORS;
  const fileVendors = useMemo(() => vendors.map((v) => ({ name: v.vendor.name, site: v.vendor.site })), [vendors]);
  const kindsPresent = useMemo(() => new Set(vendors.flatMap((v) => v.docs.map((d) => d.document.kind))), [vendors]);

  const { names, rows, columns } = useMemo(() => {
    const columns: { vendor: string; card: CardValues | null; docs: (CellSource & { card: CardValues })[] }[] = [];
    for (const v of vendors) {
      if (excluded.has(v.vendor.id)) continue;
      const docs = v.docs.filter((d) => kind === 'all' || d.document.kind === kind);
      if (docs.length === 0) continue;
      const card = mergeVendorCards(
        docs.map((d) => ({ kind: d.document.kind, capturedAt: d.capturedAt, card: d.card })),
      );
      columns.push({
        vendor: v.vendor.name,
        card,
        docs: docs.map((d) => ({
          url: d.document.url,
          title: d.document.title,
          kind: d.document.kind,
          capturedAt: d.capturedAt,
          snapshotId: d.snapshotId,
          card: d.card,
        })),
      });
    }
    const all = comparisonRows(columns);
    const rows = showEmpty ? all : nonEmptyRows(all);
    return { names: columns.map((c) => c.vendor), rows, columns };
  }, [vendors, excluded, kind, showEmpty]);
  // Which document each value came from: shown under it, and carried into the CSV and Markdown exports.
  const sourcesOf = () =>
    cellSourceDocs(
      rows,
      columns.map((c) => ({ merged: c.card, docs: c.docs })),
    );

  const toggle = (id: number) => {
    const next = new Set(excluded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExcluded(next);
  };
  const allSelected = excluded.size === 0;
  const say = (text: string, error = false) => setStatus({ text, error });

  const exportAs = async (format: 'csv' | 'md' | 'json') => {
    try {
      const { toCsv, toJson, toMarkdown } = await loadExporters();
      const stamp = new Date().toISOString().slice(0, 10);
      if (format === 'csv')
        download(`clauselens-compare-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(rows, names, sourcesOf()));
      if (format === 'md')
        download(`clauselens-compare-${stamp}.md`, 'text/markdown;charset=utf-8', toMarkdown(rows, names, sourcesOf()));
      if (format === 'json') download(`clauselens-compare-${stamp}.json`, 'application/json', toJson(rows, names));
      say(t('exportedVendors', names.length, format.toUpperCase()));
    } catch (e) {
      say(t('exportFailed', String(e)), true);
    }
  };

  const exportBackup = async () => {
    try {
      const { exportLibrary } = await loadExporters();
      const backup = await exportLibrary();
      download(
        `clauselens-library-${backup.exportedAt.slice(0, 10)}.json`,
        'application/json',
        JSON.stringify(backup, null, 2),
      );
      const [, { markBackupExported }] = await loadStore();
      await markBackupExported();
      refreshHealth();
      say(t('backupExported', backup.snapshots.length));
    } catch (e) {
      say(t('backupFailed', String(e)), true);
    }
  };

  const importBackup = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const { BackupError, importLibrary } = await loadExporters();
      let parsed: unknown;
      try {
        parsed = JSON.parse(await file.text());
      } catch {
        throw new BackupError(t('notJsonFile', file.name));
      }
      // First a dry run (reads only), so the user sees what will be added, merged and skipped before anything is written.
      const plan = await importLibrary(parsed, { dryRun: true });
      if (!confirm(t('importConfirm', file.name, describeImport(plan)))) {
        say(t('importCancelled'));
        return;
      }
      setProgress({ done: 0, total: plan.added.snapshots });
      const done = await importLibrary(parsed, { onProgress: setProgress });
      say(t('imported', describeImport(done)));
    } catch (e) {
      // Told apart by name: the BackupError class lives in the lazily loaded module.
      const invalid = e instanceof Error && e.name === 'BackupError';
      say(invalid ? e.message : t('importFailed', String(e)), true);
    } finally {
      setProgress(null);
      input.value = ''; // the same file can be picked again
    }
  };

  // When the library was last backed up (or never), and rows set aside by an upgrade: read once the page has data.
  const refreshHealth = () => {
    loadStore()
      .then(([, { libraryStatus }]) => libraryStatus())
      .then(setHealth, (e: unknown) => console.error('ClauseLens could not read the library status', e));
  };
  const hasData = data !== null;
  useEffect(() => {
    if (hasData) refreshHealth();
  }, [hasData]);

  const removeVendor = async (id: number, name: string) => {
    setConfirmDelete(null);
    if (historyFor === id) setHistoryFor(null);
    try {
      const [, { deleteVendor }] = await loadStore();
      await deleteVendor(id);
      say(t('deletedVendor', name));
    } catch (e) {
      say(t('deleteFailed', name, String(e)), true);
    }
  };

  const historyVendor = vendors.find((v) => v.vendor.id === historyFor) ?? null;
  useEffect(() => {
    if (historyFor === null || History) return;
    loadHistory().then(
      (m) => setHistory(() => m.CompareHistory),
      (e: unknown) => say(t('historyLoadFailed', String(e)), true),
    );
  }, [historyFor, History]);

  const caption =
    kind === 'all'
      ? tPlural('vendorsCompared', names.length, names.length)
      : tPlural('vendorsComparedOfKind', names.length, names.length, kindName(kind));
  // The table's thousands of cells are rebuilt only when their inputs change, not on every status message or
  // confirmation prompt (Preact skips a subtree whose element is the same object as last time).
  // Each value's source document joins the table once it has painted: the values come first (the page's startup
  // budget), the small source lines a moment later.
  const [withSources, setWithSources] = useState(false);
  const sources = useMemo(() => (withSources ? sourcesOf() : undefined), [withSources, rows, columns]);
  const hasTable = names.length > 0;
  useEffect(() => {
    if (hasTable && !withSources) afterPaint(() => setWithSources(true));
  }, [hasTable, withSources]);
  const table = useMemo(
    () => (names.length > 0 ? <CompareTable rows={rows} vendors={names} caption={caption} sources={sources} /> : null),
    [rows, names, caption, sources],
  );

  return (
    <div class="cl-compare">
      <header>
        <h1>{t('compareTitle')}</h1>
        <p class="cl-muted">{t('compareIntro')}</p>
      </header>

      <div class="cl-status" aria-live="polite">
        {status && <p class={status.error ? 'cl-bad' : undefined}>{status.text}</p>}
        <SkippedRowsNotice skipped={skipped} />
      </div>

      {vendors.length > 1 && <MergeSuggestions version={vendors} confirm={confirm} say={say} />}

      {data === null ? (
        <p class="cl-muted">{t('loading')}</p>
      ) : vendors.length === 0 ? (
        <p>{t('noSavedDocuments')}</p>
      ) : null}

      <div class="cl-controls">
        <fieldset class="cl-vendor-picker" data-testid="vendor-picker">
          <legend>{t('vendorsLegend')}</legend>
          <div>
            <input
              type="checkbox"
              id="vendor-all"
              checked={allSelected}
              onChange={() => setExcluded(allSelected ? new Set(vendors.map((v) => v.vendor.id)) : new Set())}
            />
            <label for="vendor-all">{t('allVendors', vendors.length)}</label>
          </div>
          <VendorPicker
            vendors={vendors}
            excluded={excluded}
            historyFor={historyFor}
            confirmDelete={confirmDelete}
            onToggle={toggle}
            onHistory={(id) => setHistoryFor(historyFor === id ? null : id)}
            onAskDelete={setConfirmDelete}
            onDelete={removeVendor}
          />
          <VendorManager vendors={vendors} say={say} />
        </fieldset>

        <div class="cl-actions">
          <div>
            <label for="kind-filter">{t('documentKind')} </label>
            <select
              id="kind-filter"
              data-testid="kind-filter"
              value={kind}
              onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as KindFilter)}
            >
              <option value="all">{t('allKinds')}</option>
              {DOC_KINDS.map((k) => (
                <option key={k} value={k} disabled={!kindsPresent.has(k)}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <input type="checkbox" id="show-empty" checked={showEmpty} onChange={() => setShowEmpty(!showEmpty)} />
            <label for="show-empty">{t('showEmptyFields')}</label>
          </div>
          <div class="cl-button-row">
            {EXPORTS.map(([format, testId, label]) => (
              <button
                key={format}
                type="button"
                data-testid={testId}
                disabled={names.length === 0}
                onClick={() => exportAs(format)}
              >
                {t(label)}
              </button>
            ))}
          </div>
          <div class="cl-button-row">
            <button type="button" data-testid="export-backup" onClick={exportBackup}>
              {t('exportBackup')}
            </button>
            <label for="import-backup">{t('importBackup')} </label>
            <input
              type="file"
              id="import-backup"
              data-testid="import-backup"
              accept=".json,application/json"
              onChange={(e) => importBackup(e.currentTarget as HTMLInputElement)}
            />
            {progress && (
              <progress data-testid="import-progress" value={progress.done} max={Math.max(progress.total, 1)}>
                {tPlural('importProgress', progress.total, progress.done, progress.total)}
              </progress>
            )}
          </div>
          {health && vendors.length > 0 && (
            <p class={health.lastBackupAt === null ? 'cl-bad' : 'cl-muted'} data-testid="backup-status">
              {health.lastBackupAt === null
                ? t('neverBackedUp')
                : t('lastBackup', new Date(health.lastBackupAt).toISOString().slice(0, 10))}
              {health.quarantined > 0 && ` ${t('quarantinedRows', health.quarantined)}`}
            </p>
          )}
        </div>
      </div>

      <LazyFileDropZone vendors={fileVendors} />

      {/* Focusable so keyboard users can scroll a wide table sideways. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section class="cl-scroll" tabIndex={0} aria-label={t('comparisonTable')}>
        {/* One bad stored card must not blank the page: import, export, delete and the history stay usable. */}
        <ErrorBoundary resetKeys={[rows]} fallback={(e) => <PartError what={t('partComparisonTable')} error={e} />}>
          {table ?? (data !== null && vendors.length > 0 && <p>{t('noVendorOfKind')}</p>)}
        </ErrorBoundary>
      </section>

      {vendors.length > 0 && (
        <section id="deadlines" aria-labelledby="cl-deadlines-heading">
          <h2 id="cl-deadlines-heading">{t('deadlinesHeading')}</h2>
          <ReminderSettings />
          <ErrorBoundary resetKeys={[vendors]} fallback={(e) => <PartError what={t('partDeadlines')} error={e} />}>
            <DeadlinesView vendors={vendors} download={download} />
          </ErrorBoundary>
        </section>
      )}

      <section id="cl-history-panel" aria-live="polite">
        {historyVendor && (
          <>
            <h2>{t('historyOf', historyVendor.vendor.name)}</h2>
            {History ? (
              <ErrorBoundary
                resetKeys={[historyVendor.vendor.id]}
                fallback={(e) => <PartError what={t('partHistory')} error={e} />}
              >
                <History vendorId={historyVendor.vendor.id} vendorName={historyVendor.vendor.name} />
              </ErrorBoundary>
            ) : (
              <p class="cl-muted">{t('loadingHistory')}</p>
            )}
          </>
        )}
      </section>
    </div>
  );
}

function PartError({ what, error }: { what: string; error: unknown }) {
  return (
    <p class="cl-bad" role="alert" data-testid="part-error">
      {t('partError', what, errorText(error))}
    </p>
  );
}
