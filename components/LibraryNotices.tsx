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
