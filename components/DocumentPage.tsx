import { useEffect, useState } from 'preact/hooks';
import type { CorrectionRow, SnapshotRow } from '@/utils/db';
import { fileNameOfUrl } from '@/utils/file-library';
import { t } from '@/utils/i18n';
import { CardView } from './CardView';
import type { SnapshotStore } from './snapshot-store';

export interface DocumentPageProps {
  /** `?snapshot=12`. */
  search: string;
  store: Pick<SnapshotStore, 'correctionsFor'> & { snapshotById(id: number): Promise<SnapshotRow | null> };
}

/**
 * One stored snapshot's card with its quotes (and, for a PDF, each quote's page), as the side panel shows a web
 * page's: the place to read a file's card, since a file has no tab. Read-only; corrections are shown as stored.
 */
export function DocumentPage({ search, store }: DocumentPageProps) {
  const [row, setRow] = useState<SnapshotRow | null | undefined>(undefined);
  const [corrections, setCorrections] = useState<CorrectionRow[]>([]);
  const raw = new URLSearchParams(search).get('snapshot') ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : null;

  useEffect(() => {
    if (id === null) {
      setRow(null);
      return;
    }
    store.snapshotById(id).then(setRow, () => setRow(null));
    store.correctionsFor(id).then(setCorrections, () => setCorrections([]));
  }, [id, store]);

  if (row === undefined) return <p class="cl-muted">{t('loading')}</p>;
  if (row === null) {
    return (
      <p class="cl-error" role="alert">
        {t('noSuchDocument')}
      </p>
    );
  }
  const file = fileNameOfUrl(row.card.source);
  return (
    <main class="cl-sidepanel cl-document">
      <p class="cl-muted" data-testid="document-source">
        {t(
          'documentSourceLine',
          file ? t('fileName', file) : row.card.source,
          new Date(row.capturedAt).toISOString().slice(0, 10),
        )}
      </p>
      <CardView card={row.card} corrections={corrections} />
    </main>
  );
}
