import { useMemo, useState } from 'preact/hooks';
import type { SnapshotRow } from '@/utils/db';
import { useLiveQuery } from '@/utils/live';
import { deleteSnapshot, diffClauses, type HistoryEntry, vendorHistory } from '@/utils/snapshots';
import { ChangesView } from './ChangesView';

const KIND_NAMES: Record<string, string> = {
  sla: 'SLA',
  terms: 'Terms',
  msa: 'MSA',
  dpa: 'DPA',
  privacy: 'Privacy policy',
  aup: 'Acceptable use policy',
  policy: 'Policy',
  other: 'Other',
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}

// Only web pages become links; anything else (file paths, odd schemes) stays text.
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A vendor's snapshots, newest first, each with what changed since the previous capture of its document. */
export function CompareHistory({ vendorId, vendorName }: { vendorId: number; vendorName: string }) {
  const history = useLiveQuery(() => vendorHistory(vendorId), [vendorId], null as HistoryEntry[] | null);
  const byId = useMemo(() => new Map((history ?? []).map((h) => [h.snapshot.id, h.snapshot])), [history]);
  if (history === null) return <p class="cl-muted">Loading history…</p>;
  if (history.length === 0) return <p class="cl-muted">No snapshots saved for {vendorName}.</p>;
  return (
    <ol class="cl-history">
      {history.map((entry) => (
        <HistoryItem
          key={entry.snapshot.id}
          entry={entry}
          previous={entry.previousSnapshotId === null ? null : (byId.get(entry.previousSnapshotId) ?? null)}
        />
      ))}
    </ol>
  );
}

function HistoryItem({ entry, previous }: { entry: HistoryEntry; previous: SnapshotRow | null }) {
  const [showClauses, setShowClauses] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The clause diff reads both full texts: computed only when asked for.
  const clauses = useMemo(
    () => (showClauses && previous ? diffClauses(previous.text, entry.snapshot.text) : undefined),
    [showClauses, previous, entry.snapshot.text],
  );
  const { document: doc, snapshot } = entry;
  const when = new Date(snapshot.capturedAt).toLocaleString();
  const title = doc.title ?? doc.url;
  const onDelete = () => {
    deleteSnapshot(snapshot.id).catch((e: unknown) => setError(`Could not delete: ${String(e)}`));
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
      {entry.previousSnapshotId === null ? (
        <p class="cl-muted">First capture of this document.</p>
      ) : (
        <>
          <ChangesView changes={entry.changes} clauses={clauses} />
          {previous && (
            <button type="button" aria-expanded={showClauses} onClick={() => setShowClauses(!showClauses)}>
              {showClauses ? 'Hide text changes' : 'Show text changes'}
            </button>
          )}
        </>
      )}{' '}
      {confirming ? (
        <span class="cl-confirm">
          <button type="button" class="cl-danger" onClick={onDelete}>
            Confirm: delete this snapshot
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" class="cl-danger" onClick={() => setConfirming(true)}>
          Delete snapshot
        </button>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
