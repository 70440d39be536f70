import type { Card, FieldName, Finding } from '@/extractors/types';
import { cardLayout } from '@/utils/card-layout';
import { isListField } from '@/utils/fields';
import { FIELD_LABELS } from '@/utils/format';
import { t } from '@/utils/i18n';
import { CardFieldEditor } from './CardFieldEditor';
import { CardGroup, NotStatedFields } from './CardGroups';
import { CardHeader } from './CardHeader';
import { ErrorBoundary, errorText } from './ErrorBoundary';
import { FindingView } from './FindingView';

/** A user correction as stored beside the extracted card (see utils/snapshots.ts for the path rules). */
export interface CorrectionLike {
  path: string;
  value: unknown;
}

/** One value line of a field: what is shown, what was extracted, and where a correction goes. */
export interface FieldRow {
  path: string;
  finding: Finding<unknown> | null;
  original: Finding<unknown> | null;
  edited: boolean;
  /** The correction to drop on "Revert" (differs from `path` when the whole list was replaced). */
  revertPath: string;
}

// A value the user typed has no evidence in the page.
const userFinding = (value: unknown): Finding<unknown> => ({ value, quote: '', start: 0, end: 0, confidence: 1 });

/**
 * The rows of one field, built from the extracted card and the corrections (rather than from an already corrected
 * card) so that a removed list item keeps its index and its path, and can be reverted.
 */
export function fieldRows(card: Card, corrections: readonly CorrectionLike[], field: FieldName): FieldRow[] {
  const byPath = new Map(corrections.map((c) => [c.path, c.value]));
  const base = `fields.${field}`;
  if (!isListField(field)) {
    const original = card.fields[field] as Finding<unknown> | null;
    if (!byPath.has(base))
      return original ? [{ path: base, finding: original, original, edited: false, revertPath: base }] : [];
    const value = byPath.get(base);
    const finding = value === null || value === undefined ? null : { ...(original ?? userFinding(value)), value };
    return [{ path: base, finding, original, edited: true, revertPath: base }];
  }
  const whole = byPath.get(base);
  const replaced = byPath.has(base);
  const items: (Finding<unknown> | null)[] = replaced
    ? (Array.isArray(whole) ? whole : []).map(userFinding)
    : [...(card.fields[field] as Finding<unknown>[])];
  const extractedCount = items.length;
  // Items the user added sit at indices past the list.
  const added = [...byPath.keys()]
    .map((p) => (p.startsWith(`${base}.`) ? Number(p.slice(base.length + 1)) : Number.NaN))
    .filter((i) => Number.isInteger(i) && i >= extractedCount)
    .sort((a, b) => a - b);
  const rows: FieldRow[] = [];
  items.forEach((item, i) => {
    const path = `${base}.${i}`;
    const original = replaced ? null : item;
    if (byPath.has(path)) {
      const value = byPath.get(path);
      const finding = value === null || value === undefined ? null : { ...(item ?? userFinding(value)), value };
      rows.push({ path, finding, original, edited: true, revertPath: path });
    } else {
      rows.push({ path, finding: item, original, edited: replaced, revertPath: replaced ? base : path });
    }
  });
  for (const i of added) {
    const value = byPath.get(`${base}.${i}`);
    if (value === null || value === undefined) continue;
    const path = `${base}.${i}`;
    rows.push({ path, finding: userFinding(value), original: null, edited: true, revertPath: path });
  }
  return rows;
}

/** Path for a new value of a field: the field itself, or the next free index of a list. */
export function addPath(card: Card, corrections: readonly CorrectionLike[], field: FieldName): string {
  const base = `fields.${field}`;
  if (!isListField(field)) return base;
  const byPath = new Map(corrections.map((c) => [c.path, c.value]));
  const whole = byPath.get(base);
  let next = byPath.has(base) ? (Array.isArray(whole) ? whole.length : 0) : (card.fields[field] as unknown[]).length;
  for (const c of corrections) {
    if (!c.path.startsWith(`${base}.`)) continue;
    const i = Number(c.path.slice(base.length + 1));
    if (Number.isInteger(i) && i >= next) next = i + 1;
  }
  return `${base}.${next}`;
}

export interface CardViewProps {
  /** The card as extracted (a snapshot's card when the page was saved). */
  card: Card;
  corrections?: readonly CorrectionLike[];
  onShow?: (field: FieldName, finding: Finding<unknown>) => void;
  /** Stores a correction; editing controls appear only when given. */
  onEdit?: (path: string, value: unknown) => Promise<void>;
  onRevert?: (path: string) => Promise<void>;
  /** Which field has its "add a value" form open (controlled by the parent so it survives re-renders). */
  adding?: FieldName | null;
  onAdd?: (field: FieldName | null) => void;
}

// One empty list for every render: the error boundaries retry when their reset keys change, so they must not change
// on every render.
const NO_CORRECTIONS: readonly CorrectionLike[] = [];

/**
 * The full card: header, then the fields the document states, grouped as a buyer reads them and in the order its kind
 * calls for (utils/card-layout.ts), each value with its quote and confidence; the fields it does not state collapse
 * to one line that opens to them (and their "Add a value"). Each field and each value sits in an error boundary: a malformed stored value shows an error in its
 * place, with the way out (Revert, or "Mark as not stated"), and the rest of the card stays usable.
 */
export function CardView(props: CardViewProps) {
  const { card, corrections = NO_CORRECTIONS, onEdit, onRevert } = props;
  // One field with its error boundary, wherever the layout puts it.
  const renderField = (field: FieldName) => (
    <ErrorBoundary
      key={field}
      resetKeys={[card, corrections]}
      fallback={(error) => (
        <section class="cl-field" data-testid={`field-${field}`} aria-label={FIELD_LABELS[field]}>
          <h4>{FIELD_LABELS[field]}</h4>
          <Unreadable
            error={error}
            onRevert={
              onRevert && corrections.some((c) => c.path.startsWith(`fields.${field}`))
                ? // Every correction to the field: one of them may be what broke it.
                  () =>
                    Promise.all(
                      corrections.filter((c) => c.path.startsWith(`fields.${field}`)).map((c) => onRevert(c.path)),
                    ).then(() => {})
                : undefined
            }
            onRemove={onEdit ? () => onEdit(`fields.${field}`, isListField(field) ? [] : null) : undefined}
          />
        </section>
      )}
    >
      <FieldSection {...props} corrections={corrections} field={field} />
    </ErrorBoundary>
  );
  const layout = cardLayout(card.kind, (field) => {
    try {
      return fieldRows(card, corrections, field).length > 0;
    } catch {
      return true; // unreadable: shown in place, where its error and ways out are
    }
  });
  return (
    <article class="cl-card" data-testid="card" aria-label={t('cardLabel', card.title ?? card.vendor ?? t('thisPage'))}>
      <CardHeader card={card} />
      {layout.groups.map((group) => (
        <CardGroup key={group.id} group={group}>
          {group.fields.map(renderField)}
        </CardGroup>
      ))}
      <NotStatedFields
        fields={layout.unstated}
        forceOpen={props.adding != null && layout.unstated.includes(props.adding)}
      >
        {layout.unstated.map(renderField)}
      </NotStatedFields>
    </article>
  );
}

function FieldSection({
  card,
  corrections = NO_CORRECTIONS,
  onShow,
  onEdit,
  onRevert,
  adding,
  onAdd,
  field,
}: CardViewProps & { field: FieldName }) {
  const rows = fieldRows(card, corrections, field);
  const headingId = `field-${field}-heading`;
  return (
    <section class="cl-field" data-testid={`field-${field}`} aria-labelledby={headingId}>
      <h4 id={headingId}>{FIELD_LABELS[field]}</h4>
      {rows.length === 0 && <p class="cl-not-stated">{t('notStated')}</p>}
      {rows.map((row) => (
        <ErrorBoundary
          key={row.path}
          resetKeys={[row.finding?.value, row.edited]}
          fallback={(error) => (
            <Unreadable
              error={error}
              onRevert={row.edited && onRevert ? () => onRevert(row.revertPath) : undefined}
              onRemove={!row.edited && onEdit ? () => onEdit(row.path, null) : undefined}
            />
          )}
        >
          <FindingView
            field={field}
            finding={row.finding}
            edited={row.edited ? { original: row.original } : null}
            onShow={onShow ? (f) => onShow(field, f) : undefined}
            onEdit={onEdit ? (value) => onEdit(row.path, value) : undefined}
            onRevert={onRevert ? () => onRevert(row.revertPath) : undefined}
          />
        </ErrorBoundary>
      ))}
      {onEdit && onAdd && (isListField(field) || rows.length === 0) && (
        <AddValue
          field={field}
          open={adding === field}
          onOpen={() => onAdd(field)}
          onClose={() => onAdd(null)}
          onSave={(value) => onEdit(addPath(card, corrections, field), value)}
        />
      )}
    </section>
  );
}

/** A value (or a field) that could not be shown: said in place, with the ways out that apply. */
function Unreadable(props: { error: unknown; onRevert?: () => Promise<void>; onRemove?: () => Promise<void> }) {
  return (
    <div class="cl-finding cl-finding-error" data-testid="value-error">
      <p class="cl-error" role="alert">
        {t('valueUnreadable', errorText(props.error))}
      </p>
      {(props.onRevert || props.onRemove) && (
        <div class="cl-actions">
          {props.onRevert && (
            <button type="button" data-testid="revert" onClick={() => void props.onRevert?.()}>
              {t('revert')}
              <span class="cl-visually-hidden"> {t('revertHint')}</span>
            </button>
          )}
          {props.onRemove && (
            <button type="button" data-testid="edit-remove" onClick={() => void props.onRemove?.()}>
              {t('markNotStated')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function AddValue(props: {
  field: FieldName;
  open: boolean;
  onOpen(): void;
  onClose(): void;
  onSave(value: unknown): Promise<void>;
}) {
  if (!props.open) {
    return (
      <button type="button" class="cl-add" data-testid="add-value" onClick={props.onOpen}>
        {t('addValue')}
        <span class="cl-visually-hidden"> {t('addValueFor', FIELD_LABELS[props.field])}</span>
      </button>
    );
  }
  return (
    <CardFieldEditor
      field={props.field}
      value={null}
      removable={false}
      onCancel={props.onClose}
      onSave={async (value) => {
        await props.onSave(value);
        props.onClose();
      }}
    />
  );
}
