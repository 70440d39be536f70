import { useEffect, useState } from 'preact/hooks';
import type { VendorRow } from '@/utils/db';
import { t, tPlural } from '@/utils/i18n';
import type { SkippedRow } from '@/utils/library';

/** A key as the user can read it: the stored key's JSON (a number, a string), never markup. */
function keyText(key: unknown): string {
  try {
    return JSON.stringify(key) ?? String(key);
  } catch {
    return String(key);
  }
}

/**
 * Rows the last read left out because they failed validation (utils/validate.ts): one line, and a disclosure with
 * each row's table, key and first problem, so the user knows something is missing instead of finding out later.
 * Everything is rendered as text (Preact escapes it): a stored row may hold anything.
 */
export function SkippedRowsNotice({ skipped }: { skipped: readonly SkippedRow[] }) {
  if (skipped.length === 0) return null;
  const n = skipped.length;
  return (
    <div class="cl-bad" data-testid="skipped-rows">
      <p>{tPlural('skippedRows', n, n)}</p>
      <details>
        <summary>{t('whichRows')}</summary>
        <ul>
          {skipped.map((s, i) => (
            // The index: a malformed row's key may repeat or be missing, and the list is replaced whole on each read.
            <li key={i}>{t('skippedRowLine', s.table, keyText(s.key), s.problems[0] ?? t('unknownProblem'))}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

const loadSnapshots = () => import('@/utils/snapshots');

/** A suggested merge: the oldest vendor of a group keeps its id, the other is filed under it. */
interface Pair {
  into: VendorRow;
  from: VendorRow;
}

const pairKey = (p: Pair) => `${p.into.id}:${p.from.id}`;

/**
 * Vendors that share a name but not a registrable domain (vendorMergeSuggestions). Saving never merges them, since
 * a page can call itself anything; the user merges a pair after confirming, or keeps it apart for this session.
 * `version` changes when the library does, so the suggestions are read again after saves, merges and deletes.
 */
export function MergeSuggestions({
  version,
  confirm,
  say,
}: {
  version: unknown;
  confirm: (message: string) => boolean;
  say: (text: string, error?: boolean) => void;
}) {
  const [pairs, setPairs] = useState<Pair[]>([]);
  // Kept apart in this session only: a later session asks again (nothing is written).
  const [keptApart, setKeptApart] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let live = true;
    loadSnapshots()
      .then((m) => m.vendorMergeSuggestions())
      .then(
        (groups) => {
          if (live) setPairs(groups.flatMap(([into, ...rest]) => (into ? rest.map((from) => ({ into, from })) : [])));
        },
        (e: unknown) => console.error('ClauseLens could not read the merge suggestions', e),
      );
    return () => {
      live = false;
    };
  }, [version]);

  const shown = pairs.filter((p) => !keptApart.has(pairKey(p)));
  if (shown.length === 0) return null;

  const describe = (p: Pair) => t('mergePair', p.into.name, p.into.site, p.from.name, p.from.site);
  const merge = async (p: Pair) => {
    if (!confirm(t('mergeConfirm', describe(p), p.into.name))) {
      say(t('mergeCancelled'));
      return;
    }
    try {
      const { mergeVendors } = await loadSnapshots();
      await mergeVendors(p.into.id, p.from.id);
      setPairs((all) => all.filter((q) => pairKey(q) !== pairKey(p)));
      say(t('mergedInto', p.from.name, p.from.site, p.into.name));
    } catch (e) {
      say(t('mergeFailed', String(e)), true);
    }
  };

  return (
    <section class="cl-merge-suggestions" aria-labelledby="cl-merge-heading" data-testid="merge-suggestions">
      <h2 id="cl-merge-heading">{t('possibleDuplicates')}</h2>
      <ul>
        {shown.map((p) => (
          <li key={pairKey(p)}>
            {t('mergeQuestion', describe(p))}{' '}
            <button type="button" onClick={() => merge(p)}>
              {t('mergeButton')}
            </button>{' '}
            <button type="button" onClick={() => setKeptApart(new Set(keptApart).add(pairKey(p)))}>
              {t('keepApart')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
