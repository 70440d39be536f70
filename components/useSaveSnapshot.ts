import { useCallback, useState } from 'preact/hooks';
import { t, tPlural } from '@/utils/i18n';
import type { Analysis } from '@/utils/messages';
import type { SaveResult } from '@/utils/snapshots';
import type { SnapshotStore } from './snapshot-store';

/** The words shown after a save. */
export function describeSave(result: SaveResult): string {
  if (result.status === 'unchanged') return t('saveUnchanged');
  if (result.previousSnapshotId === null) return t('saved');
  const n = result.changes.length;
  if (n > 0) return tPlural('savedValuesChanged', n, n);
  return result.meaningful ? t('savedWordingChanged') : t('savedBoilerplateChanged');
}

export function useSaveSnapshot(store: Pick<SnapshotStore, 'saveSnapshot'>) {
  const [result, setResult] = useState<SaveResult | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const save = useCallback(
    async (analysis: Analysis): Promise<SaveResult> => {
      setBusy(true);
      setStatus(t('saving'));
      try {
        const saved = await store.saveSnapshot({
          card: analysis.card,
          text: analysis.text,
          url: analysis.url,
          title: analysis.title || analysis.card.title,
        });
        setResult(saved);
        setStatus(describeSave(saved));
        return saved;
      } catch (err) {
        setStatus(t('saveFailed', err instanceof Error ? err.message : String(err)));
        throw err;
      } finally {
        setBusy(false);
      }
    },
    [store],
  );

  return { save, result, status, busy };
}
