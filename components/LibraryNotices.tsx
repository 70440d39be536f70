import { useEffect, useState } from 'preact/hooks';
import type { VendorRow } from '@/utils/db';
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
      <p>
        {n} stored {n === 1 ? 'row' : 'rows'} could not be read and {n === 1 ? 'is' : 'are'} not shown.
      </p>
      <details>
        <summary>Which rows</summary>
        <ul>
          {skipped.map((s, i) => (
            // The index: a malformed row's key may repeat or be missing, and the list is replaced whole on each read.
            <li key={i}>
              {s.table} {keyText(s.key)}: {s.problems[0] ?? 'unknown problem'}
            </li>
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

  const describe = (p: Pair) => `${p.into.name} (${p.into.site}) and ${p.from.name} (${p.from.site})`;
  const merge = async (p: Pair) => {
    if (!confirm(`Merge ${describe(p)}?\n\nTheir documents will be compared as one vendor, ${p.into.name}.`)) {
      say('Merge cancelled. Nothing was changed.');
      return;
    }
    try {
      const { mergeVendors } = await loadSnapshots();
      await mergeVendors(p.into.id, p.from.id);
      setPairs((all) => all.filter((q) => pairKey(q) !== pairKey(p)));
      say(`Merged ${p.from.name} (${p.from.site}) into ${p.into.name}.`);
    } catch (e) {
      say(`Could not merge: ${String(e)}`, true);
    }
  };

  return (
    <section class="cl-merge-suggestions" aria-labelledby="cl-merge-heading" data-testid="merge-suggestions">
      <h2 id="cl-merge-heading">Possible duplicates</h2>
      <ul>
        {shown.map((p) => (
          <li key={pairKey(p)}>
            {describe(p)}?{' '}
            <button type="button" onClick={() => merge(p)}>
              Merge
            </button>{' '}
            <button type="button" onClick={() => setKeptApart(new Set(keptApart).add(pairKey(p)))}>
              Keep apart
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
