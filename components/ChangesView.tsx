import type { ClauseChange, FieldChange } from '@/utils/snapshots';
import { BidiText } from './BidiText';

export interface ChangesViewProps {
  /** Field changes against the previous snapshot. */
  changes: readonly FieldChange[];
  /** Clause changes, when computed (they need both texts); undefined hides the section. */
  clauses?: readonly ClauseChange[];
}

/** What changed between two snapshots: values in words first, then the clauses. Page text rendered as text. */
export function ChangesView({ changes, clauses }: ChangesViewProps) {
  return (
    <div class="cl-changes">
      {changes.length === 0 ? (
        <p class="cl-muted">No extracted value changed.</p>
      ) : (
        <ul class="cl-field-changes">
          {changes.map((c) => (
            <li key={c.field}>
              <strong>{c.label}:</strong> <BidiText class="cl-before" value text={c.before ?? 'not stated'} />
              <span aria-hidden="true"> → </span>
              <span class="sr-only"> changed to </span>
              <BidiText class="cl-after" value text={c.after ?? 'not stated'} />
            </li>
          ))}
        </ul>
      )}
      {clauses &&
        (clauses.length === 0 ? (
          <p class="cl-muted">No clause changed (only whitespace or boilerplate such as dates and banners).</p>
        ) : (
          <ol class="cl-clause-changes">
            {clauses.map((c, i) => (
              // Index key: the list is recomputed as a whole, never reordered.
              <li key={i} class={`cl-clause-${c.type}`}>
                {c.before !== null && (
                  <del>
                    <span class="sr-only">Removed: </span>
                    <span aria-hidden="true">− </span>
                    <BidiText text={c.before} />
                  </del>
                )}
                {c.after !== null && (
                  <ins>
                    <span class="sr-only">Added: </span>
                    <span aria-hidden="true">+ </span>
                    <BidiText text={c.after} />
                  </ins>
                )}
              </li>
            ))}
          </ol>
        ))}
    </div>
  );
}
