import { useEffect, useRef, useState } from 'preact/hooks';
import { DURATION_UNITS, type FieldName, NOTICE_KINDS } from '@/extractors/types';
import { FIELD_LABELS, NOTICE_LABELS } from '@/utils/format';

/**
 * A small form for one value of one field. Each field's value shape is described as a list of inputs (a dotted key
 * into the value, '' for a bare boolean); service credits, a nested table, fall back to editing JSON.
 */
type InputSpec =
  | { key: string; label: string; type: 'number'; optional?: boolean; min?: number; max?: number }
  | { key: string; label: string; type: 'text'; optional?: boolean; upper?: boolean; hint?: string }
  | { key: string; label: string; type: 'select'; options: readonly (readonly [string, string])[]; optional?: boolean }
  | { key: string; label: string; type: 'boolean'; optional?: boolean; yes: string; no: string };

const UNIT_OPTIONS = DURATION_UNITS.map((u) => [u, u.replace('-', ' ')] as const);

const SPECS: Partial<Record<FieldName, { inputs: InputSpec[]; nullableGroups?: string[] }>> = {
  uptime: {
    inputs: [
      { key: 'percent', label: 'Uptime percent', type: 'number', min: 0, max: 100 },
      {
        key: 'period',
        label: 'Measured per',
        type: 'select',
        optional: true,
        options: [
          ['month', 'month'],
          ['quarter', 'quarter'],
          ['year', 'year'],
        ],
      },
    ],
  },
  soleRemedy: {
    inputs: [{ key: '', label: 'Credits are the sole remedy', type: 'boolean', yes: 'Yes', no: 'No' }],
  },
  consequentialDamages: {
    inputs: [
      { key: '', label: 'Consequential damages excluded', type: 'boolean', yes: 'Excluded', no: 'Not excluded' },
    ],
  },
  liabilityCap: {
    inputs: [
      {
        key: 'basis',
        label: 'Basis',
        type: 'select',
        options: [
          ['fees', 'fees'],
          ['fixed', 'fixed amount'],
          ['fees-or-fixed', 'fees or fixed amount'],
          ['credits-only', 'service credits only'],
          ['unlimited', 'unlimited'],
        ],
      },
      { key: 'feesMonths', label: 'Months of fees', type: 'number', optional: true, min: 0 },
      { key: 'multiple', label: 'Multiple of fees', type: 'number', optional: true, min: 0 },
      { key: 'fixed.value', label: 'Fixed amount', type: 'number', optional: true, min: 0 },
      { key: 'fixed.currency', label: 'Currency (ISO code)', type: 'text', optional: true, upper: true, hint: 'USD' },
      {
        key: 'combine',
        label: 'Fees and fixed amount combine as',
        type: 'select',
        optional: true,
        options: [
          ['lesser', 'the lesser'],
          ['greater', 'the greater'],
        ],
      },
    ],
    nullableGroups: ['fixed'],
  },
  governingLaw: {
    inputs: [
      { key: 'name', label: 'Jurisdiction as written', type: 'text' },
      { key: 'country', label: 'Country (ISO code)', type: 'text', upper: true, hint: 'US' },
      { key: 'region', label: 'Region (ISO 3166-2)', type: 'text', optional: true, upper: true, hint: 'US-DE' },
    ],
  },
  disputeForum: {
    inputs: [
      {
        key: 'type',
        label: 'Forum',
        type: 'select',
        options: [
          ['courts', 'courts'],
          ['arbitration', 'arbitration'],
        ],
      },
      { key: 'place', label: 'Place', type: 'text', optional: true },
      { key: 'exclusive', label: 'Exclusive', type: 'boolean', optional: true, yes: 'Yes', no: 'No' },
    ],
  },
  notices: {
    inputs: [
      {
        key: 'kind',
        label: 'Notice',
        type: 'select',
        options: NOTICE_KINDS.map((k) => [k, NOTICE_LABELS[k]] as const),
      },
      { key: 'amount', label: 'Amount', type: 'number', min: 0 },
      { key: 'unit', label: 'Unit', type: 'select', options: UNIT_OPTIONS },
    ],
  },
  renewal: {
    inputs: [
      { key: 'automatic', label: 'Renews automatically', type: 'boolean', yes: 'Yes', no: 'No' },
      { key: 'termMonths', label: 'Renewal term (months)', type: 'number', optional: true, min: 0 },
    ],
  },
  support: {
    inputs: [
      { key: 'priority', label: 'Priority', type: 'text' },
      { key: 'firstResponse.amount', label: 'First response within', type: 'number', min: 0 },
      { key: 'firstResponse.unit', label: 'Unit', type: 'select', options: UNIT_OPTIONS },
    ],
  },
};

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
  if (v === null || v === undefined) return '';
  if (spec.type === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** Form strings → the value, or an error message naming the input. Exported for tests. */
export function parseEditorValues(
  field: FieldName,
  raw: Record<string, string>,
): { value: unknown } | { error: string } {
  const spec = SPECS[field];
  if (!spec) {
    try {
      return { value: JSON.parse(raw.json ?? '') };
    } catch {
      return { error: 'That is not valid JSON.' };
    }
  }
  const out: Record<string, unknown> = {};
  let bare: unknown;
  for (const input of spec.inputs) {
    const text = (raw[input.key] ?? '').trim();
    let v: unknown = null;
    if (text === '') {
      if (!input.optional) return { error: `${input.label}: required.` };
    } else if (input.type === 'number') {
      const n = Number(text);
      if (!Number.isFinite(n)) return { error: `${input.label}: enter a number.` };
      if ((input.min !== undefined && n < input.min) || (input.max !== undefined && n > input.max)) {
        return { error: `${input.label}: out of range.` };
      }
      v = n;
    } else if (input.type === 'boolean') {
      v = text === 'true';
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
  return { value: out };
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
  const spec = SPECS[field];
  const [raw, setRaw] = useState<Record<string, string>>(() => {
    if (!spec) return { json: JSON.stringify(value ?? null, null, 2) };
    return Object.fromEntries(spec.inputs.map((i) => [i.key, toRaw(i, getAt(value, i.key))]));
  });
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
        <legend>Your value for {FIELD_LABELS[field]}</legend>
        {spec ? (
          spec.inputs.map((input) => {
            const id = `${idBase}-${input.key || 'value'}`;
            return (
              <div class="cl-editor-row" key={input.key}>
                <label for={id}>{input.label}</label>
                {input.type === 'number' && (
                  <input
                    id={id}
                    type="number"
                    step="any"
                    min={input.min}
                    max={input.max}
                    required={!input.optional}
                    value={raw[input.key]}
                    onInput={update(input.key)}
                  />
                )}
                {input.type === 'text' && (
                  <input
                    id={id}
                    type="text"
                    required={!input.optional}
                    placeholder={input.hint}
                    value={raw[input.key]}
                    onInput={update(input.key)}
                  />
                )}
                {(input.type === 'select' || input.type === 'boolean') && (
                  <select id={id} required={!input.optional} value={raw[input.key]} onChange={update(input.key)}>
                    <option value="">{input.optional ? 'Not stated' : 'Choose…'}</option>
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
                )}
              </div>
            );
          })
        ) : (
          <div class="cl-editor-row">
            <label for={`${idBase}-json`}>Value as JSON</label>
            <textarea id={`${idBase}-json`} rows={8} spellcheck={false} value={raw.json} onInput={update('json')} />
          </div>
        )}
        {error && (
          <p class="cl-error" role="alert">
            {error}
          </p>
        )}
        <div class="cl-actions">
          <button type="submit" data-testid="edit-save">
            Save value
          </button>
          {removable && (
            <button type="button" data-testid="edit-remove" onClick={() => void save(null)}>
              Mark as not stated
            </button>
          )}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
