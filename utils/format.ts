/**
 * Display formatting for card values: one place that turns normalized values into the plain words a buyer reads.
 * Used by the popup, the side panel, the compare page, change detection and the exports, so every view says the
 * same thing the same way. Pure functions, no DOM.
 *
 * The public face of two modules: the formatter of each value type (./format-values) and, per field, the label
 * and formatter the field registry (./fields) names.
 */
import type { FieldName, Finding } from '@/extractors/types';
import { FIELD_ORDER, FIELD_UI, fieldUi, valueFits } from './fields';
import { NOT_STATED } from './format-values';
import { t } from './i18n';

export * from './format-values';

/** Each field's label in the UI's language: the registry's (utils/fields.ts). */
export const FIELD_LABELS = Object.fromEntries(FIELD_ORDER.map((f) => [f, FIELD_UI[f].label])) as Record<
  FieldName,
  string
>;

/** What a value that cannot be read at all prints (the formatters are tolerant; this is the last resort). */
export const UNREADABLE = t('unreadableValue');

function isFinding(v: unknown): v is Finding<unknown> {
  return typeof v === 'object' && v !== null && 'value' in v && 'quote' in v;
}

function formatOne(field: FieldName, value: unknown): string {
  const v = isFinding(value) ? value.value : value;
  if (v === null || v === undefined) return NOT_STATED;
  const row = fieldUi(field);
  if (!row) return String(v);
  if (!valueFits(field, v)) return UNREADABLE;
  try {
    return row.format(v);
  } catch {
    return UNREADABLE;
  }
}

/**
 * Formats a field's value whatever its shape: a bare value, a Finding, or an array of either (joined with "; ").
 * Null, undefined and [] give "not stated". Never throws: a value it cannot read prints "unreadable value".
 */
export function formatFieldValue(field: FieldName, value: unknown): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return NOT_STATED;
    return value.map((v) => formatOne(field, v)).join(t('valueSeparator'));
  }
  return formatOne(field, value);
}
