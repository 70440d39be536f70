/**
 * The comparison table model (one row per field, one cell per vendor): what the compare page renders and the
 * CSV / Markdown / JSON exports (utils/exporters.ts) print. Kept apart from the exporters so the compare page's
 * startup code holds no CSV library and no backup code.
 */
import { type Card, type DocKind, type FieldName, NOTICE_KINDS, type NoticeKind } from '@/extractors/types';
import type { CardValues, FieldValues } from './db';
import {
  type ComparisonCell,
  DOC_PREFERENCE,
  emptyFieldValues,
  FIELD_ORDER,
  FIELD_UI,
  fieldUi,
  isListField,
  NOTICE_COMPARE,
  noticeCell,
  valueFits,
} from './fields';
import { FIELD_LABELS, NOTICE_LABELS, UNREADABLE } from './format';
import { t } from './i18n';

export type { ComparisonCell } from './fields';

// ---------------------------------------------------------------------------------------------------------------
// Merging a vendor's documents into one card
// ---------------------------------------------------------------------------------------------------------------

// Which document kind speaks for a field when a vendor has several: the field's `authority` in the registry
// (utils/fields.ts), whose kinds DOC_PREFERENCE orders; notices kind by kind (NOTICE_COMPARE).

export interface VendorDoc<C extends CardValues = Card> {
  kind: DocKind;
  capturedAt: number;
  card: C;
}

// Stored cards may be malformed (old versions, imports): a list that is not an array states nothing here, and the
// table shows the error in the field's cell (valuesOf) rather than the page going blank.
type Stated = { value: unknown } | { value: unknown }[] | null;

function stated(v: Stated | undefined): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== null && v !== undefined;
}

const noticesOf = (fields: FieldValues): FieldValues['notices'] =>
  Array.isArray(fields?.notices) ? fields.notices : [];

function byPreference<D extends VendorDoc<CardValues>>(docs: readonly D[], order: readonly DocKind[]): D[] {
  const rank = (k: DocKind) => (order.indexOf(k) === -1 ? order.length : order.indexOf(k));
  return [...docs].sort((a, b) => rank(a.kind) - rank(b.kind) || b.capturedAt - a.capturedAt);
}

/**
 * One card per vendor from the latest snapshot of each of its documents: first the most recent card of each
 * kind, then field by field from the preferred kind (the field's authority, DOC_PREFERENCE); notices kind by kind.
 * Null when there is no document.
 */
export function mergeVendorCards<C extends CardValues = Card>(docs: readonly VendorDoc<C>[]): C | null {
  const latestOfKind = new Map<DocKind, VendorDoc<C>>();
  for (const d of docs) {
    const cur = latestOfKind.get(d.kind);
    if (!cur || d.capturedAt > cur.capturedAt) latestOfKind.set(d.kind, d);
  }
  const kinds = [...latestOfKind.values()];
  if (kinds.length === 0) return null;
  const ordered = {
    sla: byPreference(kinds, DOC_PREFERENCE.sla),
    contract: byPreference(kinds, DOC_PREFERENCE.contract),
  };
  const base = ordered.contract[0]!.card;
  const fields = emptyFieldValues() as unknown as Record<string, unknown>;
  for (const field of FIELD_ORDER) {
    if (field === 'notices') continue;
    const from = ordered[FIELD_UI[field].authority].find((d) => stated(d.card.fields?.[field] as Stated));
    if (from) fields[field] = from.card.fields[field];
  }
  const notices: C['fields']['notices'] = [];
  const ofKind = (d: VendorDoc<C>, kind: NoticeKind) => noticesOf(d.card.fields).filter((n) => n?.value?.kind === kind);
  for (const kind of NOTICE_KINDS) {
    const from = ordered[NOTICE_COMPARE[kind].authority].find((d) => ofKind(d, kind).length > 0);
    if (from) notices.push(...ofKind(from, kind));
  }
  fields.notices = notices;
  return { ...base, fields: fields as unknown as C['fields'] };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison rows
// ---------------------------------------------------------------------------------------------------------------

export interface ComparisonRow {
  /** 'uptime', 'liabilityCap', …, 'notices.price-change': also the row's data-field in the page. */
  key: string;
  field: FieldName;
  noticeKind: NoticeKind | null;
  label: string;
  cells: ComparisonCell[];
  /** Which sort value is better for the customer; null: the row is not ranked. */
  better: 'higher' | 'lower' | null;
  /** Vendor indexes with the best / worst value (ties share); empty unless at least two values differ. */
  best: number[];
  worst: number[];
}

// How rows are ranked and how each cell reads: the field's row in the registry (utils/fields.ts).

const MISSING: ComparisonCell = { text: null, hint: null, sort: null };
/** A stored value the table cannot read: said in its cell, the rest of the table stands. */
const UNREADABLE_CELL: ComparisonCell = { text: null, hint: null, sort: null, error: UNREADABLE };

/** The values a vendor states for a field; 'unreadable' when the stored field is not of its shape. */
function valuesOf(field: FieldName, fields: FieldValues): unknown[] | 'unreadable' {
  const f = fields[field] as unknown;
  if (f === null || f === undefined) return [];
  if (isListField(field)) {
    if (!Array.isArray(f)) return 'unreadable';
    const values = f.map((x) => (x && typeof x === 'object' ? (x as { value?: unknown }).value : undefined));
    return values.every((v) => valueFits(field, v)) ? values : 'unreadable';
  }
  const v = typeof f === 'object' ? (f as { value?: unknown }).value : undefined;
  return valueFits(field, v) ? [v] : 'unreadable';
}

/**
 * Cells by their values, for one table. Formatting (Intl number formats) is most of the cost of building a table of
 * 200 vendors, and vendors state the same values over and over (99.9% per month, 30 days, Delaware): each distinct
 * value is formatted once. Cells are never mutated, so sharing one object between vendors is safe.
 */
function cellCache(): (key: string, make: () => ComparisonCell) => ComparisonCell {
  const cells = new Map<string, ComparisonCell>();
  return (key, make) => {
    let cell = cells.get(key);
    if (!cell) {
      cell = make();
      cells.set(key, cell);
    }
    return cell;
  };
}

function rank(row: ComparisonRow): void {
  if (!row.better) return;
  const values = row.cells.map((c) => c.sort).filter((v): v is number => v !== null);
  if (values.length < 2) return;
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max === min) return;
  const [hi, lo] = row.better === 'higher' ? [max, min] : [min, max];
  row.cells.forEach((c, i) => {
    if (c.sort === hi) row.best.push(i);
    else if (c.sort === lo) row.worst.push(i);
  });
}

/** One cell from a field's values, built once per distinct value set; a cell that throws becomes an error cell. */
function makeCell(
  cached: ReturnType<typeof cellCache>,
  key: string,
  values: unknown[] | 'unreadable',
  cell: (values: readonly [unknown, ...unknown[]]) => ComparisonCell,
): ComparisonCell {
  if (values === 'unreadable') return UNREADABLE_CELL;
  if (values.length === 0) return MISSING;
  return cached(`${key}:${JSON.stringify(values)}`, () => {
    try {
      return cell(values as [unknown, ...unknown[]]);
    } catch {
      return UNREADABLE_CELL;
    }
  });
}

/**
 * The table model: one row per field ('notices' expands to one row per notice kind), one cell per vendor in
 * the order given. A null card (vendor without documents of the chosen kind) gives missing cells. Never throws on
 * a malformed stored card: its cells say "unreadable value".
 */
export function comparisonRows(
  cards: readonly { vendor: string; card: CardValues | null }[],
  fields: readonly FieldName[] = FIELD_ORDER,
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const fieldsOf = cards.map((c) => (c.card?.fields && typeof c.card.fields === 'object' ? c.card.fields : null));
  const cached = cellCache();
  const row = (
    key: string,
    field: FieldName,
    noticeKind: NoticeKind | null,
    label: string,
    better: ComparisonRow['better'],
    cells: ComparisonCell[],
  ) => rows.push({ key, field, noticeKind, label, cells, better, best: [], worst: [] });
  for (const field of fields) {
    const ui = fieldUi(field);
    if (field === 'notices') {
      const noticesOf = fieldsOf.map((f) => (f ? valuesOf(field, f) : []));
      for (const kind of NOTICE_KINDS) {
        const key = `notices.${kind}`;
        const cellOf = (i: number): ComparisonCell => {
          const all = noticesOf[i] ?? [];
          const values = all === 'unreadable' ? all : all.filter((n) => (n as { kind?: unknown }).kind === kind);
          return makeCell(cached, key, values, noticeCell as typeof ui.cell);
        };
        row(
          key,
          field,
          kind,
          NOTICE_LABELS[kind],
          NOTICE_COMPARE[kind].better,
          fieldsOf.map((f, i) => (f ? cellOf(i) : MISSING)),
        );
      }
      continue;
    }
    const cells = fieldsOf.map((f) => (f ? makeCell(cached, field, valuesOf(field, f), ui.cell) : MISSING));
    row(field, field, null, FIELD_LABELS[field], ui.better, cells);
  }
  for (const r of rows) rank(r);
  return rows;
}

/** Rows at least one vendor states: what the compare page shows by default (and exports), since a row of dashes says nothing. */
export function nonEmptyRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.filter((r) => r.cells.some((c) => c.text !== null || c.error !== undefined));
}

/**
 * Cell text with its hint, as the exports print it: "99.9% per month (≈ 43.8 min downtime/month)"; an unreadable
 * stored value prints as such, not as "not stated".
 */
export function cellText(cell: ComparisonCell): string | null {
  if (cell.text === null) return cell.error ?? null;
  return cell.hint ? t('valueWithHint', cell.text, cell.hint) : cell.text;
}

// ---------------------------------------------------------------------------------------------------------------
// Where each cell's value came from
// ---------------------------------------------------------------------------------------------------------------

/**
 * The document a compare cell's value came from: shown under the value (kind and capture date, linking to the
 * snapshot) and carried into the CSV and Markdown exports. A vendor's column merges several documents (the SLA for
 * uptime, the terms for liability), and vendors merged by the user may span sites, so a reader must see which one.
 */
export interface CellSource {
  url: string;
  title?: string | null;
  kind?: DocKind;
  /** When the snapshot was captured (ms since the epoch). */
  capturedAt?: number;
  /** The snapshot to open (document.html?snapshot=…). */
  snapshotId?: number;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// What a card states for a row, in a form two cards can be compared by: a notice row, the kind's notices.
function rowValue(row: ComparisonRow, c: CardValues): unknown {
  const fields = c?.fields as FieldValues | undefined;
  if (!fields || typeof fields !== 'object') return null;
  if (row.noticeKind) {
    const list = noticesOf(fields)
      .filter((n) => n?.value?.kind === row.noticeKind)
      .map((n) => n.value);
    return list.length > 0 ? list : null;
  }
  const f = fields[row.field] as Stated | undefined;
  if (Array.isArray(f)) return f.length > 0 ? f.map((x) => x?.value) : null;
  return f?.value ?? null;
}

/**
 * Which of a column's documents each cell's value came from: per row and column, the first document whose card
 * states the merged card's value for that row (notices: the kind's notices). Found by value, so it does not depend
 * on how mergeVendorCards picks; null where the column states nothing. A column of one document needs no comparison
 * (most vendors), which keeps this cheap on a page of 200 vendors.
 */
export function cellSourceDocs<D extends { card: CardValues }>(
  rows: readonly ComparisonRow[],
  columns: readonly { merged: CardValues | null; docs: readonly D[] }[],
): (D | null)[][] {
  return rows.map((r) =>
    columns.map(({ merged, docs }) => {
      if (!merged) return null;
      const want = rowValue(r, merged);
      if (want === null || want === undefined) return null;
      if (docs.length === 1) return docs[0] ?? null;
      return docs.find((d) => sameJson(rowValue(r, d.card), want)) ?? null;
    }),
  );
}
