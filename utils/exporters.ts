/**
 * The comparison table model (one row per field, one cell per vendor) shared by the compare page and the
 * CSV / Markdown / JSON exports, plus the whole-library backup and restore.
 */
import type { Table } from 'dexie';
import Papa from 'papaparse';
import {
  type Card,
  DOC_KINDS,
  type DocKind,
  emptyFields,
  FIELD_NAMES,
  type FieldName,
  NOTICE_KINDS,
  type NoticeKind,
} from '@/extractors/types';
import {
  type CardValues,
  type CorrectionRow,
  cardRowOf,
  type DocumentRow,
  db,
  type FieldValues,
  normalizeVendorName,
  refreshLatest,
  type SnapshotRow,
  type VendorRow,
} from './db';
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

// ---------------------------------------------------------------------------------------------------------------
// CSV / Markdown / JSON
// ---------------------------------------------------------------------------------------------------------------

// A spreadsheet runs a cell starting with = + - @ (or tab / CR) as a formula: page text and vendor names are
// untrusted, so such cells get a leading apostrophe (OWASP's CSV injection advice).
function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV (RFC 4180 quoting by papaparse): header "Field, vendor…", missing cells empty, CRLF line ends. */
export function toCsv(rows: readonly ComparisonRow[], vendors: readonly string[]): string {
  const data = [
    ['Field', ...vendors].map(neutralize),
    ...rows.map((r) => [r.label, ...r.cells.map((c) => cellText(c) ?? '')].map(neutralize)),
  ];
  return Papa.unparse(data, { newline: '\r\n', quotes: false });
}

function mdCell(s: string): string {
  // Pipes would end the cell, newlines the row; backslashes escaped first so "\|" stays literal.
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/** A GitHub-flavoured Markdown table; missing cells "—"; best/worst marked in words. */
export function toMarkdown(rows: readonly ComparisonRow[], vendors: readonly string[]): string {
  const header = `| Field | ${vendors.map(mdCell).join(' | ')} |`;
  const sep = `| --- | ${vendors.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => {
    const cells = r.cells.map((c, i) => {
      const text = cellText(c);
      if (text === null) return '—';
      const mark = r.best.includes(i) ? ' (best)' : r.worst.includes(i) ? ' (worst)' : '';
      return mdCell(text) + mark;
    });
    return `| ${mdCell(r.label)} | ${cells.join(' | ')} |`;
  });
  return `${[header, sep, ...body].join('\n')}\n`;
}

export interface ComparisonJson {
  format: 'clauselens-comparison';
  version: 1;
  vendors: string[];
  rows: {
    key: string;
    label: string;
    better: 'higher' | 'lower' | null;
    cells: {
      vendor: string;
      text: string | null;
      hint: string | null;
      sort: number | null;
      mark: 'best' | 'worst' | null;
    }[];
  }[];
}

export function toJson(rows: readonly ComparisonRow[], vendors: readonly string[]): string {
  const out: ComparisonJson = {
    format: 'clauselens-comparison',
    version: 1,
    vendors: [...vendors],
    rows: rows.map((r) => ({
      key: r.key,
      label: r.label,
      better: r.better,
      cells: r.cells.map((c, i) => ({
        vendor: vendors[i] ?? '',
        text: c.text,
        hint: c.hint,
        sort: c.sort,
        mark: r.best.includes(i) ? 'best' : r.worst.includes(i) ? 'worst' : null,
      })),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Library backup
// ---------------------------------------------------------------------------------------------------------------

export const BACKUP_FORMAT = 'clauselens-library';
export const BACKUP_VERSION = 1;

/**
 * The backup holds snapshots with their cards; the `cards` table is derived from them (never exported, rebuilt on
 * import), so backups written before the table existed import unchanged.
 */
export interface LibraryBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  vendors: VendorRow[];
  documents: DocumentRow[];
  snapshots: SnapshotRow[];
  corrections: CorrectionRow[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The whole database as one JSON-ready object, rows ordered by id. */
export async function exportLibrary(): Promise<LibraryBackup> {
  return db.transaction('r', db.vendors, db.documents, db.snapshots, db.corrections, async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    vendors: await db.vendors.toArray(),
    documents: await db.documents.toArray(),
    snapshots: await db.snapshots.toArray(),
    corrections: await db.corrections.toArray(),
  }));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function check(ok: boolean, what: string): void {
  if (!ok) throw new BackupError(`Invalid backup: ${what}`);
}

/** Throws BackupError naming the first problem; returns the backup typed. Nothing is written. */
export function validateBackup(input: unknown): LibraryBackup {
  check(isObj(input), 'not a JSON object');
  const b = input as Record<string, unknown>;
  check(b.format === BACKUP_FORMAT, `format is ${JSON.stringify(b.format)}, expected "${BACKUP_FORMAT}"`);
  check(
    b.version === BACKUP_VERSION,
    `version ${JSON.stringify(b.version)} is not supported (expected ${BACKUP_VERSION})`,
  );
  for (const t of ['vendors', 'documents', 'snapshots', 'corrections'])
    check(Array.isArray(b[t]), `"${t}" is not a list`);
  const ids = { vendors: new Set<number>(), documents: new Set<number>(), snapshots: new Set<number>() };
  const unique = (set: Set<number>, id: number, where: string) => {
    check(!set.has(id), `${where}: duplicate id ${id}`);
    set.add(id);
  };
  (b.vendors as unknown[]).forEach((v, i) => {
    const w = `vendors[${i}]`;
    check(isObj(v) && isId(v.id) && isStr(v.name) && isStr(v.site) && isTime(v.createdAt), `${w} is malformed`);
    unique(ids.vendors, (v as VendorRow).id, w);
  });
  const urls = new Set<string>();
  (b.documents as unknown[]).forEach((d, i) => {
    const w = `documents[${i}]`;
    check(isObj(d) && isId(d.id) && isStr(d.url) && isTime(d.createdAt), `${w} is malformed`);
    const doc = d as unknown as DocumentRow;
    check(DOC_KINDS.includes(doc.kind), `${w}: unknown kind ${JSON.stringify(doc.kind)}`);
    check(doc.title === null || isStr(doc.title), `${w}: title is not text`);
    check(ids.vendors.has(doc.vendorId), `${w}: vendor ${doc.vendorId} is not in the backup`);
    check(!urls.has(doc.url), `${w}: duplicate url ${doc.url}`);
    urls.add(doc.url);
    unique(ids.documents, doc.id, w);
  });
  (b.snapshots as unknown[]).forEach((s, i) => {
    const w = `snapshots[${i}]`;
    check(isObj(s) && isId(s.id) && isStr(s.text) && isStr(s.textHash) && isTime(s.capturedAt), `${w} is malformed`);
    const snap = s as unknown as SnapshotRow;
    check(ids.documents.has(snap.documentId), `${w}: document ${snap.documentId} is not in the backup`);
    check(ids.vendors.has(snap.vendorId), `${w}: vendor ${snap.vendorId} is not in the backup`);
    check(isObj(snap.card) && snap.card.schema === 1 && isObj(snap.card.fields), `${w}: card is not a schema-1 card`);
    unique(ids.snapshots, snap.id, w);
  });
  const corrIds = new Set<number>();
  (b.corrections as unknown[]).forEach((c, i) => {
    const w = `corrections[${i}]`;
    check(isObj(c) && isId(c.id) && isStr(c.path) && isTime(c.createdAt) && 'value' in c, `${w} is malformed`);
    check(ids.snapshots.has((c as unknown as CorrectionRow).snapshotId), `${w}: its snapshot is not in the backup`);
    unique(corrIds, (c as unknown as CorrectionRow).id, w);
  });
  return input as unknown as LibraryBackup;
}

export interface ImportResult {
  vendors: number;
  documents: number;
  snapshots: number;
  corrections: number;
}

/**
 * Restores a backup into the library in one transaction (all or nothing). `replace` clears the library first;
 * otherwise the backup is merged: a vendor already present (same site, or same normalized name) and a
 * document already present (same URL) are reused, a snapshot with the same text hash in the same document
 * is skipped. New rows keep their ids when free, so export → clear → import → export gives the same backup;
 * an id taken by another row is remapped and references follow. Returns how many rows were added.
 */
export async function importLibrary(input: unknown, options: { replace?: boolean } = {}): Promise<ImportResult> {
  const backup = validateBackup(input);
  return db.transaction(
    'rw',
    [db.vendors, db.documents, db.snapshots, db.cards, db.latest, db.corrections],
    async () => {
      if (options.replace)
        await Promise.all([
          db.vendors.clear(),
          db.documents.clear(),
          db.snapshots.clear(),
          db.cards.clear(),
          db.latest.clear(),
          db.corrections.clear(),
        ]);
      const added: ImportResult = { vendors: 0, documents: 0, snapshots: 0, corrections: 0 };
      // Keeps the backup's id unless another row holds it.
      const put = async <T extends { id: number }>(table: Table<T, number, unknown>, row: T): Promise<number> => {
        if (!(await table.get(row.id))) return table.add(row);
        const { id: _taken, ...rest } = row;
        return table.add(rest);
      };
      const vendorIds = new Map<number, number>();
      for (const v of backup.vendors) {
        const nameKey = v.nameKey ?? normalizeVendorName(v.name);
        const existing =
          (await db.vendors.where('site').equals(v.site).first()) ??
          (await db.vendors.where('nameKey').equals(nameKey).first());
        if (existing) vendorIds.set(v.id, existing.id);
        else {
          vendorIds.set(v.id, await put(db.vendors, { ...v, nameKey }));
          added.vendors++;
        }
      }
      const documentIds = new Map<number, number>();
      for (const d of backup.documents) {
        const existing = await db.documents.where('url').equals(d.url).first();
        if (existing) documentIds.set(d.id, existing.id);
        else {
          documentIds.set(d.id, await put(db.documents, { ...d, vendorId: vendorIds.get(d.vendorId)! }));
          added.documents++;
        }
      }
      const snapshotIds = new Map<number, number>();
      const touched = new Set<number>();
      for (const s of backup.snapshots) {
        const documentId = documentIds.get(s.documentId)!;
        const existing = await db.snapshots
          .where('documentId')
          .equals(documentId)
          .filter((x) => x.textHash === s.textHash)
          .first();
        if (existing) snapshotIds.set(s.id, existing.id);
        else {
          const doc = await db.documents.get(documentId);
          const row = { ...s, documentId, vendorId: doc!.vendorId };
          const id = await put(db.snapshots, row);
          await db.cards.put(cardRowOf({ ...row, id }));
          snapshotIds.set(s.id, id);
          added.snapshots++;
          touched.add(documentId);
        }
      }
      // An added snapshot may be newer (or older) than what the document had: recompute its latest card.
      await refreshLatest(db.cards, db.latest, touched);
      for (const c of backup.corrections) {
        const snapshotId = snapshotIds.get(c.snapshotId)!;
        const existing = await db.corrections.where('[snapshotId+path]').equals([snapshotId, c.path]).first();
        if (existing) continue; // the user's value in this library wins over the backup's
        await put(db.corrections, { ...c, snapshotId });
        added.corrections++;
      }
      return added;
    },
  );
}
