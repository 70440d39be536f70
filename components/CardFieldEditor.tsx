import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldName } from '@/extractors/types';
import { fieldUi, type InputSpec } from '@/utils/fields';
import { FIELD_LABELS } from '@/utils/format';
import { t } from '@/utils/i18n';

/**
 * A small form for one value of one field, built from the field's editor in the registry (utils/fields.ts): a list of
 * typed inputs (a dotted key into the value, '' for a bare boolean), and for a list of objects such as credit tiers,
 * rows of inputs. Every value is typed and range-checked here, so no correction can store a shape the views do not
 * know (a free JSON editor once let `{"maxCreditPercent": 10}` through and crashed the card and the compare page).
 */
type NumberSpec = Extract<InputSpec, { type: 'number' }>;
type RowsSpec = Extract<InputSpec, { type: 'rows' }>;

// The form keeps every input as a string keyed by its dotted key; a rows input keeps its row count under `key.#`
// and each cell under `key.i.column`.
const countKey = (spec: RowsSpec) => `${spec.key}.#`;
const cellKey = (spec: RowsSpec, i: number, column: NumberSpec) => `${spec.key}.${i}.${column.key}`;

function getAt(value: unknown, key: string): unknown {
  if (key === '') return value;
  let v: unknown = value;
  for (const part of key.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}

function setAt(target: Record<string, unknown>, key: string, v: unknown): void {
  const parts = key.split('.');
  let o = target;
  for (const part of parts.slice(0, -1)) {
    if (!o[part] || typeof o[part] !== 'object') o[part] = {};
    o = o[part] as Record<string, unknown>;
  }
  o[parts[parts.length - 1] as string] = v;
}

function toRaw(spec: InputSpec, v: unknown): string {
  if (v === null || v === undefined || typeof v === 'object') return '';
  if (spec.type === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** The form's strings for a value (whatever it holds: a malformed stored value gives empty inputs). */
export function editorRaw(field: FieldName, value: unknown): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const input of fieldUi(field).editor.inputs) {
    if (input.type !== 'rows') {
      raw[input.key] = toRaw(input, getAt(value, input.key));
      continue;
    }
    const items = getAt(value, input.key);
    const list = Array.isArray(items) ? items : [];
    raw[countKey(input)] = String(list.length);
    list.forEach((item, i) => {
      for (const column of input.columns) raw[cellKey(input, i, column)] = toRaw(column, getAt(item, column.key));
    });
  }
  return raw;
}

/** A number input's text → its value, or an error naming the input. */
function parseNumber(
  input: NumberSpec,
  text: string,
  label = input.label,
): { value: number | null } | { error: string } {
  if (text === '') return input.optional ? { value: null } : { error: t('inputRequired', label) };
  const n = Number(text);
  if (!Number.isFinite(n)) return { error: t('inputNotNumber', label) };
  if ((input.min !== undefined && n < input.min) || (input.max !== undefined && n > input.max)) {
    return {
      error:
        input.max !== undefined
          ? t('inputOutOfRangeBetween', label, input.min ?? '…', input.max)
          : t('inputOutOfRange', label),
    };
  }
  return { value: n };
}

/** Form strings → the value, or an error message naming the input. Exported for tests. */
export function parseEditorValues(
  field: FieldName,
  raw: Record<string, string>,
): { value: unknown } | { error: string } {
  const spec = fieldUi(field).editor;
  const out: Record<string, unknown> = {};
  let bare: unknown;
  for (const input of spec.inputs) {
    if (input.type === 'rows') {
      const rows: Record<string, unknown>[] = [];
      const count = Number(raw[countKey(input)] ?? 0) || 0;
      for (let i = 0; i < count; i++) {
        const row: Record<string, unknown> = {};
        for (const column of input.columns) {
          const parsed = parseNumber(
            column,
            (raw[cellKey(input, i, column)] ?? '').trim(),
            t('rowCellLabel', input.itemLabel, i + 1, column.label),
          );
          if ('error' in parsed) return parsed;
          row[column.key] = parsed.value;
        }
        rows.push(row);
      }
      setAt(out, input.key, rows);
      continue;
    }
    const text = (raw[input.key] ?? '').trim();
    let v: unknown = null;
    if (input.type === 'number') {
      const parsed = parseNumber(input, text);
      if ('error' in parsed) return parsed;
      v = parsed.value;
    } else if (text === '') {
      if (!input.optional) return { error: t('inputRequired', input.label) };
    } else if (input.type === 'boolean') {
      v = text === 'true';
    } else if (input.type === 'select' && !input.options.some(([o]) => o === text)) {
      return { error: t('inputChooseOption', input.label) };
    } else {
      v = input.type === 'text' && input.upper ? text.toUpperCase() : text;
    }
    if (input.key === '') bare = v;
    else setAt(out, input.key, v);
  }
  if (spec.inputs.length === 1 && spec.inputs[0]?.key === '') return { value: bare };
  // A group whose inputs are all empty is "not stated" as a whole: `fixed: null`, not `{ value: null, … }`.
  for (const group of spec.nullableGroups ?? []) {
    const g = out[group] as Record<string, unknown> | undefined;
    if (g && Object.values(g).every((x) => x === null)) out[group] = null;
  }
  const problem = spec.check?.(out);
  return problem ? { error: problem } : { value: out };
}

export interface CardFieldEditorProps {
  field: FieldName;
  /** The value being edited (null when adding one). */
  value: unknown;
  /** Stores the value; null means "the document does not state it" (or removes a list item). */
  onSave(value: unknown): Promise<void>;
  onCancel(): void;
  /** Whether "Remove" is offered (the value exists). */
  removable: boolean;
}

export function CardFieldEditor({ field, value, onSave, onCancel, removable }: CardFieldEditorProps) {
  const spec = fieldUi(field).editor;
  const [raw, setRaw] = useState<Record<string, string>>(() => editorRaw(field, value));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idBase = `edit-${field}-${useRef(Math.random().toString(36).slice(2, 8)).current}`;

  // Keyboard users land in the form they just opened.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  const update = (key: string) => (e: Event) => {
    const target = e.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    setRaw((r) => ({ ...r, [key]: target.value }));
  };

  const addRow = (input: RowsSpec) =>
    setRaw((r) => ({ ...r, [countKey(input)]: String((Number(r[countKey(input)]) || 0) + 1) }));
  // Later rows move up one, so the keys stay 0…count-1.
  const removeRow = (input: RowsSpec, index: number) =>
    setRaw((r) => {
      const count = Number(r[countKey(input)]) || 0;
      const next = { ...r, [countKey(input)]: String(Math.max(0, count - 1)) };
      for (const column of input.columns) {
        for (let i = index; i < count - 1; i++)
          next[cellKey(input, i, column)] = r[cellKey(input, i + 1, column)] ?? '';
        delete next[cellKey(input, count - 1, column)];
      }
      return next;
    });

  const save = async (v: unknown) => {
    setBusy(true);
    setError(null);
    try {
      await onSave(v);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parseEditorValues(field, raw);
    if ('error' in parsed) setError(parsed.error);
    else void save(parsed.value);
  };

  return (
    <form
      ref={formRef}
      class="cl-editor"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      data-testid="editor"
    >
      <fieldset disabled={busy}>
        <legend>{t('yourValueFor', FIELD_LABELS[field])}</legend>
        {spec.inputs.map((input) => {
          const id = `${idBase}-${input.key || 'value'}`;
          if (input.type === 'rows') {
            const count = Number(raw[countKey(input)] ?? 0) || 0;
            return (
              <fieldset class="cl-editor-rows" key={input.key} data-testid={`rows-${input.key}`}>
                <legend>{input.label}</legend>
                {count === 0 && <p class="cl-muted">{t('noRows')}</p>}
                {Array.from({ length: count }, (_, i) => (
                  // Index key: rows are edited in place and renumbered on removal.
                  <fieldset class="cl-editor-row-group" key={i}>
                    <legend>{t('rowLabel', input.itemLabel, i + 1)}</legend>
                    {input.columns.map((column) => {
                      const key = cellKey(input, i, column);
                      return (
                        <div class="cl-editor-row" key={column.key}>
                          <label for={`${id}-${i}-${column.key}`}>{column.label}</label>
                          <Control
                            id={`${id}-${i}-${column.key}`}
                            input={column}
                            raw={raw[key]}
                            onInput={update(key)}
                          />
                        </div>
                      );
                    })}
                    <button type="button" onClick={() => removeRow(input, i)}>
                      {t('removeRow', input.itemLabel.toLowerCase(), i + 1)}
                    </button>
                  </fieldset>
                ))}
                <button type="button" data-testid={`add-${input.key}`} onClick={() => addRow(input)}>
                  {t('addRow', input.itemLabel.toLowerCase())}
                </button>
              </fieldset>
            );
          }
          return (
            <div class="cl-editor-row" key={input.key}>
              <label for={id}>{input.label}</label>
              <Control id={id} input={input} raw={raw[input.key]} onInput={update(input.key)} />
            </div>
          );
        })}
        {error && (
          <p class="cl-error" role="alert">
            {error}
          </p>
        )}
        <div class="cl-actions">
          <button type="submit" data-testid="edit-save">
            {t('saveValue')}
          </button>
          {removable && (
            <button type="button" data-testid="edit-remove" onClick={() => void save(null)}>
              {t('markNotStated')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** One input of the form, by its type. */
function Control({
  id,
  input,
  raw,
  onInput,
}: {
  id: string;
  input: Exclude<InputSpec, RowsSpec>;
  raw: string | undefined;
  onInput: (e: Event) => void;
}) {
  if (input.type === 'number') {
    return (
      <input
        id={id}
        type="number"
        step="any"
        min={input.min}
        max={input.max}
        required={!input.optional}
        value={raw ?? ''}
        onInput={onInput}
      />
    );
  }
  if (input.type === 'text') {
    return (
      <input
        id={id}
        type="text"
        required={!input.optional}
        placeholder={input.hint}
        value={raw ?? ''}
        onInput={onInput}
      />
    );
  }
  return (
    <select id={id} required={!input.optional} value={raw ?? ''} onChange={onInput}>
      <option value="">{input.optional ? t('notStated') : t('chooseOption')}</option>
      {input.type === 'select'
        ? input.options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))
        : [
            <option key="true" value="true">
              {input.yes}
            </option>,
            <option key="false" value="false">
              {input.no}
            </option>,
          ]}
    </select>
  );
}
