import { t } from '@/utils/i18n';
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
        <p class="cl-muted">{t('noValueChanged')}</p>
      ) : (
        <ul class="cl-field-changes">
          {changes.map((c) => (
            <li key={c.field}>
              <strong>{c.label}:</strong> <BidiText class="cl-before" value text={c.before ?? t('notStatedLower')} />
              <span aria-hidden="true"> → </span>
              <span class="sr-only"> {t('changedTo')} </span>
              <BidiText class="cl-after" value text={c.after ?? t('notStatedLower')} />
            </li>
          ))}
        </ul>
      )}
      {clauses &&
        (clauses.length === 0 ? (
          <p class="cl-muted">{t('noClauseChanged')}</p>
        ) : (
          <ol class="cl-clause-changes">
            {clauses.map((c, i) => (
              // Index key: the list is recomputed as a whole, never reordered.
              <li key={i} class={`cl-clause-${c.type}`}>
                {c.before !== null && (
                  <del>
                    <span class="sr-only">{t('removedPrefix')} </span>
                    <span aria-hidden="true">− </span>
                    <BidiText text={c.before} />
                  </del>
                )}
                {c.after !== null && (
                  <ins>
                    <span class="sr-only">{t('addedPrefix')} </span>
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
