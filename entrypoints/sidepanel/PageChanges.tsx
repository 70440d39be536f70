import { ChangesView } from '@/components/ChangesView';
import type { SnapshotStore } from '@/components/snapshot-store';
import type { Card } from '@/extractors/types';
import type { SnapshotRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/utils/live';

const when = (t: number) => new Date(t).toLocaleString();

export interface PageChangesProps {
  store: Pick<SnapshotStore, 'snapshotsForDocument' | 'diffCards'>;
  /** The page's latest snapshot: undefined while loading, null when there is none. */
  latest: SnapshotRow | null | undefined;
  /** `latest` when it holds exactly the page's current text. */
  current: SnapshotRow | null;
  /** The card just read from the page. */
  card: Card;
}

/** What changed: the live page against its last snapshot, or the last snapshot against the one before. */
export function PageChanges({ store, latest, current, card }: PageChangesProps) {
  const history = useLiveQuery<SnapshotRow[]>(
    () => (current ? store.snapshotsForDocument(current.documentId) : []),
    [current?.id, current?.documentId],
    [],
  );
  if (latest === undefined) return <p class="cl-muted">{t('lookingForSnapshots')}</p>;
  if (latest === null) return <p class="cl-muted">{t('noSnapshotYet')}</p>;
  if (!current) {
    const changes = store.diffCards(latest.card, card);
    return (
      <>
        <p>{t('pageChangedSince', when(latest.capturedAt))}</p>
        {changes.length > 0 ? <ChangesView changes={changes} /> : <p class="cl-muted">{t('valuesDidNotChange')}</p>}
      </>
    );
  }
  const index = history.findIndex((s) => s.id === current.id);
  const previous = index > 0 ? history[index - 1] : null;
  if (!previous) return <p class="cl-muted">{t('firstSnapshot', when(current.capturedAt))}</p>;
  const changes = store.diffCards(previous.card, current.card);
  return (
    <>
      <p>{t('snapshotAgainst', when(current.capturedAt), when(previous.capturedAt))}</p>
      {changes.length > 0 ? <ChangesView changes={changes} /> : <p class="cl-muted">{t('noChangeInValues')}</p>}
    </>
  );
}
