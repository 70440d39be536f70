/**
 * The compare page's exports (CSV / Markdown / JSON of the comparison table) and the whole-library backup and
 * restore. Loaded by the compare page on first use; the table model itself is in utils/comparison.ts (re-exported
 * here for callers that want both).
 */
import type { Table } from 'dexie';
import Papa from 'papaparse';
import { DOC_KINDS } from '@/extractors/types';
import { type ComparisonRow, cellText } from './comparison';
import {
  type CorrectionRow,
  cardRowOf,
  type DocumentRow,
  db,
  normalizeVendorName,
  refreshLatest,
  type SnapshotRow,
  type VendorRow,
} from './db';

export {
  type ComparisonCell,
  type ComparisonRow,
  cellText,
  comparisonRows,
  mergeVendorCards,
  nonEmptyRows,
  type VendorDoc,
} from './comparison';

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
