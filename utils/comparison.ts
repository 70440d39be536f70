/**
 * The comparison table model (one row per field, one cell per vendor): what the compare page renders and the
 * CSV / Markdown / JSON exports (utils/exporters.ts) print. Kept apart from the exporters so the compare page's
 * startup code holds no CSV library and no backup code.
 */
import {
  type Card,
  type DocKind,
  emptyFields,
  FIELD_NAMES,
  type FieldName,
  NOTICE_KINDS,
  type NoticeKind,
} from '@/extractors/types';
import type { CardValues, FieldValues } from './db';
import {
  approxCalendarDays,
  downtimePerMonthMinutes,
  FIELD_LABELS,
  formatApproxDays,
  formatCap,
  formatConsequential,
  formatCredits,
  formatDuration,
  formatForum,
  formatJurisdiction,
  formatNumber,
  formatRenewal,
  formatSoleRemedy,
  formatSupport,
  formatUptimeShort,
  NOTICE_LABELS,
} from './format';

// ---------------------------------------------------------------------------------------------------------------
// Merging a vendor's documents into one card
// ---------------------------------------------------------------------------------------------------------------

/**
 * Which document kind speaks for a field when a vendor has several documents. The SLA is the authority on
 * service levels (uptime, credits, sole remedy, support, maintenance and credit-claim notices); the MSA, then the
 * terms, on everything contractual (cap, damages, law, forum, renewal, other notices). The first kind in the
 * list whose card states the field wins; kinds not listed come last.
 */
const SLA_FIRST: readonly DocKind[] = ['sla', 'policy', 'msa', 'terms', 'dpa', 'aup', 'privacy', 'other'];
const CONTRACT_FIRST: readonly DocKind[] = ['msa', 'terms', 'sla', 'dpa', 'policy', 'aup', 'privacy', 'other'];
const SLA_FIELDS = new Set<FieldName>(['uptime', 'serviceCredits', 'soleRemedy', 'support']);
const SLA_NOTICES = new Set<NoticeKind>(['maintenance', 'credit-claim']);

export interface VendorDoc<C extends CardValues = Card> {
  kind: DocKind;
  capturedAt: number;
  card: C;
}

type Stated = { value: unknown } | { value: unknown }[] | null;

function stated(v: Stated): boolean {
  return Array.isArray(v) ? v.length > 0 : v !== null;
}

function byPreference<D extends VendorDoc<CardValues>>(docs: readonly D[], order: readonly DocKind[]): D[] {
  const rank = (k: DocKind) => (order.indexOf(k) === -1 ? order.length : order.indexOf(k));
  return [...docs].sort((a, b) => rank(a.kind) - rank(b.kind) || b.capturedAt - a.capturedAt);
}

/**
 * One card per vendor from the latest snapshot of each of its documents: first the most recent card of each
 * kind, then field by field from the preferred kind (see SLA_FIRST / CONTRACT_FIRST); notices kind by kind.
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
  const slaFirst = byPreference(kinds, SLA_FIRST);
  const contractFirst = byPreference(kinds, CONTRACT_FIRST);
  const base = contractFirst[0]!.card;
  const fields = emptyFields() as unknown as Record<string, unknown>;
  for (const field of Object.keys(FIELD_LABELS) as FieldName[]) {
    if (field === 'notices') continue;
    const order = SLA_FIELDS.has(field) ? slaFirst : contractFirst;
    const from = order.find((d) => stated(d.card.fields[field] as Stated));
    if (from) fields[field] = from.card.fields[field];
  }
  const notices: C['fields']['notices'] = [];
  for (const kind of NOTICE_KINDS) {
    const order = SLA_NOTICES.has(kind) ? slaFirst : contractFirst;
    const from = order.find((d) => d.card.fields.notices.some((n) => n.value.kind === kind));
    if (from) notices.push(...from.card.fields.notices.filter((n) => n.value.kind === kind));
  }
  fields.notices = notices;
  return { ...base, fields: fields as unknown as C['fields'] };
}

// ---------------------------------------------------------------------------------------------------------------
// Comparison rows
// ---------------------------------------------------------------------------------------------------------------

export interface ComparisonCell {
  /** Display text; null when the vendor's documents do not state it. */
  text: string | null;
  /** A normalized equivalent shown beside: "≈ 43.8 min downtime/month", "≈ 42 calendar days". */
  hint: string | null;
  /** A number to sort and rank by, where the row is comparable; null otherwise. */
  sort: number | null;
}

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

/**
 * How rows are ranked, from the customer's side. Kept simple on purpose:
 * - uptime: higher is better (compared as written, whatever the measurement window);
 * - service credits: higher maximum credit is better;
 * - liability cap: more months of fees (feesMonths × multiple) is better, only between fee-based caps;
 * - price-change, terms-change, maintenance notice: longer is better (more warning), across units via
 *   approxCalendarDays;
 * - support first response: shorter is better (the fastest stated target);
 * - the rest is not ranked. Non-renewal is deliberately not ranked: in most contracts it is the notice the
 *   customer must give to stop a renewal (longer is worse for them), but some pages mean the vendor's notice.
 */
const BETTER: Partial<Record<string, 'higher' | 'lower'>> = {
  uptime: 'higher',
  serviceCredits: 'higher',
  liabilityCap: 'higher',
  'notices.price-change': 'higher',
  'notices.terms-change': 'higher',
  'notices.maintenance': 'higher',
  support: 'lower',
};

const DEFAULT_FIELDS: readonly FieldName[] = FIELD_NAMES;

const MISSING: ComparisonCell = { text: null, hint: null, sort: null };

function joinUnique(texts: string[]): string {
  return [...new Set(texts)].join('; ');
}

function cellFor(field: FieldName, fields: FieldValues): ComparisonCell {
  switch (field) {
    case 'uptime': {
      const u = fields.uptime?.value;
      if (!u) return MISSING;
      return {
        text: formatUptimeShort(u),
        hint: `≈ ${formatNumber(downtimePerMonthMinutes(u.percent), u.percent >= 99.99 ? 2 : 1)} min downtime/month`,
        sort: u.percent,
      };
    }
    case 'serviceCredits': {
      const c = fields.serviceCredits?.value;
      if (!c) return MISSING;
      const max = c.maxCreditPercent ?? (c.tiers.length ? Math.max(...c.tiers.map((t) => t.creditPercent)) : null);
      return { text: formatCredits(c), hint: null, sort: max };
    }
    case 'soleRemedy':
      return fields.soleRemedy ? { text: formatSoleRemedy(fields.soleRemedy.value), hint: null, sort: null } : MISSING;
    case 'liabilityCap': {
      const cap = fields.liabilityCap?.value;
      if (!cap) return MISSING;
      const months = cap.basis === 'fees' && cap.feesMonths !== null ? cap.feesMonths * (cap.multiple ?? 1) : null;
      return { text: formatCap(cap), hint: null, sort: months };
    }
    case 'consequentialDamages':
      return fields.consequentialDamages
        ? { text: formatConsequential(fields.consequentialDamages.value), hint: null, sort: null }
        : MISSING;
    case 'governingLaw':
      return fields.governingLaw.length
        ? { text: joinUnique(fields.governingLaw.map((f) => formatJurisdiction(f.value))), hint: null, sort: null }
        : MISSING;
    case 'disputeForum':
      return fields.disputeForum.length
        ? { text: joinUnique(fields.disputeForum.map((f) => formatForum(f.value))), hint: null, sort: null }
        : MISSING;
    case 'renewal': {
      const r = fields.renewal?.value;
      return r ? { text: formatRenewal(r), hint: null, sort: r.termMonths } : MISSING;
    }
    case 'support': {
      if (!fields.support.length) return MISSING;
      const days = fields.support.map((s) => approxCalendarDays(s.value.firstResponse)).filter((d) => d !== null);
      return {
        text: joinUnique(fields.support.map((s) => formatSupport(s.value))),
        hint: null,
        sort: days.length ? Math.min(...days) : null,
      };
    }
    default:
      return MISSING;
  }
}

function noticeCell(kind: NoticeKind, fields: FieldValues): ComparisonCell {
  const ns = fields.notices.filter((n) => n.value.kind === kind).map((n) => n.value);
  if (!ns.length) return MISSING;
  const hints = ns.map(formatApproxDays).filter((h): h is string => h !== null);
  // Several notices of one kind (e.g. different plans): rank by the shortest, the one a customer can rely on.
  const days = ns.map(approxCalendarDays).filter((d): d is number => d !== null);
  return {
    text: joinUnique(ns.map(formatDuration)),
    hint: hints.length ? joinUnique(hints) : null,
    sort: days.length ? Math.min(...days) : null,
  };
}

// The values a cell is built from (quotes, offsets and confidence never show in a cell).
function cellKey(field: FieldName, fields: FieldValues): string {
  const f = fields[field] as Stated;
  return JSON.stringify(Array.isArray(f) ? f.map((x) => x.value) : (f?.value ?? null));
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

/**
 * The table model: one row per field ('notices' expands to one row per notice kind), one cell per vendor in
 * the order given. A null card (vendor without documents of the chosen kind) gives missing cells.
 */
export function comparisonRows(
  cards: readonly { vendor: string; card: CardValues | null }[],
  fields: readonly FieldName[] = DEFAULT_FIELDS,
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const fieldsOf = cards.map((c) => c.card?.fields ?? null);
  const cached = cellCache();
  for (const field of fields) {
    if (field === 'notices') {
      for (const kind of NOTICE_KINDS) {
        const key = `notices.${kind}`;
        const cellOf = (f: FieldValues): ComparisonCell => {
          const values = f.notices.filter((n) => n.value.kind === kind).map((n) => n.value);
          return values.length ? cached(`${key}:${JSON.stringify(values)}`, () => noticeCell(kind, f)) : MISSING;
        };
        rows.push({
          key,
          field,
          noticeKind: kind,
          label: NOTICE_LABELS[kind],
          cells: fieldsOf.map((f) => (f ? cellOf(f) : MISSING)),
          better: BETTER[key] ?? null,
          best: [],
          worst: [],
        });
      }
      continue;
    }
    rows.push({
      key: field,
      field,
      noticeKind: null,
      label: FIELD_LABELS[field],
      cells: fieldsOf.map((f) => (f ? cached(`${field}:${cellKey(field, f)}`, () => cellFor(field, f)) : MISSING)),
      better: BETTER[field] ?? null,
      best: [],
      worst: [],
    });
  }
  for (const row of rows) rank(row);
  return rows;
}

/** Rows at least one vendor states: what the compare page shows by default (and exports), since a row of dashes says nothing. */
export function nonEmptyRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.filter((r) => r.cells.some((c) => c.text !== null));
}

/** Cell text with its hint, as the exports print it: "99.9% per month (≈ 43.8 min downtime/month)". */
export function cellText(cell: ComparisonCell): string | null {
  if (cell.text === null) return null;
  return cell.hint ? `${cell.text} (${cell.hint})` : cell.text;
}
