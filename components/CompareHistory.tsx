import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { kindName } from '@/utils/kinds';
import { useLiveQuery } from '@/utils/live';
import {
  type ClauseChange,
  deleteSnapshot,
  diffClauses,
  type HistoryEntry,
  snapshotTexts,
  vendorHistory,
} from '@/utils/snapshots';
import { ChangesView } from './ChangesView';

// Only web pages become links; anything else (file paths, odd schemes) stays text.
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A vendor's snapshots, newest first, each with what changed since the previous capture of its document. */
export function CompareHistory({ vendorId, vendorName }: { vendorId: number; vendorName: string }) {
  const history = useLiveQuery(() => vendorHistory(vendorId), [vendorId], null as HistoryEntry[] | null);
  if (history === null) return <p class="cl-muted">{t('loadingHistory')}</p>;
  if (history.length === 0) return <p class="cl-muted">{t('noSnapshotsFor', vendorName)}</p>;
  return (
    <ol class="cl-history">
      {history.map((entry) => (
        <HistoryItem key={entry.snapshot.id} entry={entry} />
      ))}
    </ol>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const [showClauses, setShowClauses] = useState(false);
  const [clauses, setClauses] = useState<ClauseChange[] | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { document: doc, snapshot, previousSnapshotId: previous } = entry;
  // The clause diff needs both full texts: they are read from the database only when asked for.
  useEffect(() => {
    if (!showClauses || previous === null) {
      setClauses(undefined);
      return;
    }
    let live = true;
    snapshotTexts([previous, snapshot.id])
      .then((texts) => {
        const before = texts.get(previous);
        const after = texts.get(snapshot.id);
        if (live) setClauses(before !== undefined && after !== undefined ? diffClauses(before, after) : undefined);
      })
      .catch((e: unknown) => live && setError(t('textsReadFailed', String(e))));
    return () => {
      live = false;
    };
  }, [showClauses, previous, snapshot.id]);
  const when = new Date(snapshot.capturedAt).toLocaleString();
  const title = doc.title ?? doc.url;
  const onDelete = () => {
    deleteSnapshot(snapshot.id).catch((e: unknown) => setError(t('snapshotDeleteFailed', String(e))));
  };
  return (
    <li class="cl-history-item">
      <h4>
        {kindName(doc.kind)} · <time dateTime={new Date(snapshot.capturedAt).toISOString()}>{when}</time>
      </h4>
      <p class="cl-muted">
        {isWebUrl(doc.url) ? (
          <a href={doc.url} target="_blank" rel="noreferrer noopener">
            {title}
          </a>
        ) : (
          title
        )}
      </p>
      {previous === null ? (
        <p class="cl-muted">{t('firstCapture')}</p>
      ) : (
        <>
          <ChangesView changes={entry.changes} clauses={clauses} />
          <button type="button" aria-expanded={showClauses} onClick={() => setShowClauses(!showClauses)}>
            {showClauses ? t('hideTextChanges') : t('showTextChanges')}
          </button>
        </>
      )}{' '}
      {confirming ? (
        <span class="cl-confirm">
          <button type="button" class="cl-danger" onClick={onDelete}>
            {t('confirmDeleteSnapshot')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      ) : (
        <button type="button" class="cl-danger" onClick={() => setConfirming(true)}>
          {t('deleteSnapshot')}
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
