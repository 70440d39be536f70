/**
 * The compare page's exports (CSV / Markdown / JSON of the comparison table) and the whole-library backup and
 * restore. Loaded by the compare page on first use; the table model itself is in utils/comparison.ts (re-exported
 * here for callers that want both).
 */
import Papa from 'papaparse';
import { DOC_KINDS } from '@/extractors/types';
import { agreementRowProblems } from './agreements';
import { type CellSource, type ComparisonRow, cellSourceDocs, cellText } from './comparison';
import {
  type AgreementRow,
  type CardValues,
  type CorrectionRow,
  cardRowOf,
  type DocumentRow,
  db,
  normalizeVendorName,
  refreshLatest,
  registrableDomain,
  type SnapshotRow,
  type VendorRow,
} from './db';
import { t } from './i18n';
import { kindName } from './kinds';
import { cardProblems, correctionProblem, isSafeId, isTime } from './validate';

export {
  type CellSource,
  type ComparisonCell,
  type ComparisonRow,
  cellSourceDocs,
  cellText,
  comparisonRows,
  mergeVendorCards,
  nonEmptyRows,
  type VendorDoc,
} from './comparison';

// ---------------------------------------------------------------------------------------------------------------
// CSV / Markdown / JSON
// ---------------------------------------------------------------------------------------------------------------

// A spreadsheet runs a cell starting with = + - @ (or tab / CR) as a formula (OWASP's CSV injection advice). Page
// text and vendor names are untrusted, and a spreadsheet in a locale whose list separator is ";" (or one that splits
// on tabs) re-splits a cell at those characters, so "Acme;=2+5" would start a new cell with a formula: a leading
// apostrophe goes at the start of the cell AND after every separator-like character (, ; tab CR LF), past any
// quotes or spaces there.
const FORMULA_AFTER_SEPARATOR = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\t\r])/g;
export function neutralizeCell(cell: string): string {
  return cell.replace(FORMULA_AFTER_SEPARATOR, (_m, sep: string, gap: string) => `${sep}${gap}'`);
}

/**
 * The UTF-8 byte-order mark every CSV export starts with. Without it, Excel (and other spreadsheets that guess a
 * legacy code page for a .csv) shows Arabic, Chinese or accented vendor names and quotes as mojibake. RFC 4180 readers
 * and papaparse skip it.
 */
export const CSV_BOM = '\uFEFF';

/**
 * Per row and vendor column, the source document of the cell's value: its URL (cellSources) or the URL with its title,
 * kind and capture date (cellSourceDetails); null where nothing is stated.
 */
export type CellSources = readonly (readonly (string | CellSource | null)[])[];

const urlOf = (s: string | CellSource | null | undefined) => (typeof s === 'string' ? s : (s?.url ?? ''));
const isoDay = (ms: number | undefined) =>
  typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15
    ? new Date(ms).toISOString().slice(0, 10)
    : '';
const hasDetails = (sources: CellSources | undefined) =>
  !!sources?.some((r) => r.some((s) => s !== null && typeof s === 'object'));

/**
 * CSV with every cell quoted (papaparse, RFC 4180) and neutralized (neutralizeCell): header "Field, vendor…", missing
 * cells empty, CRLF line ends, a byte-order mark first (CSV_BOM). With `sources`, each vendor column is followed by
 * "<vendor> (source)", the URL of the document the value came from, and, when the sources carry capture dates
 * (cellSourceDetails), "<vendor> (captured)", the day that document was captured.
 */
export function toCsv(rows: readonly ComparisonRow[], vendors: readonly string[], sources?: CellSources): string {
  const dated = hasDetails(sources);
  const extra = (v: string) =>
    sources ? (dated ? [t('exportSourceColumn', v), t('exportCapturedColumn', v)] : [t('exportSourceColumn', v)]) : [];
  const header = [t('fieldColumn'), ...vendors.flatMap((v) => [v, ...extra(v)])];
  const body = rows.map((r, ri) => [
    r.label,
    ...r.cells.flatMap((c, ci) => {
      const text = cellText(c) ?? '';
      if (!sources) return [text];
      const s = text ? sources[ri]?.[ci] : null;
      const url = urlOf(s);
      return dated ? [text, url, typeof s === 'object' ? isoDay(s?.capturedAt) : ''] : [text, url];
    }),
  ]);
  return (
    CSV_BOM +
    Papa.unparse(
      [header, ...body].map((line) => line.map(neutralizeCell)),
      { newline: '\r\n', quotes: true },
    )
  );
}

// Characters that start Markdown or HTML constructs inside a table cell: emphasis, code, links and images
// ("![](http://…)" would make the reader's viewer fetch a vendor's server), autolinks, raw HTML ("<img …>"),
// entities, strikethrough. Parentheses need no escape once brackets are escaped; block-level markers (#, >, lists)
// cannot start inside a cell.
const MD_SPECIAL = /[\\`*_[\]!~|]/g;

/** A value as literal Markdown text on one line: Markdown escaped with backslashes, HTML with entities. */
export function mdText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MD_SPECIAL, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * A GitHub-flavoured Markdown table; missing cells "—"; best/worst marked in words. Every value is escaped (mdText):
 * nothing from a page becomes a link, an image or HTML. With `sources`, a cell ends with a note number and the notes
 * under the table list the source documents.
 */
export function toMarkdown(rows: readonly ComparisonRow[], vendors: readonly string[], sources?: CellSources): string {
  // One note per source document (by URL), numbered in order of first use; with details, its title, kind and date.
  const notes = new Map<string, { n: number; source: string | CellSource }>();
  const note = (s: string | CellSource | null | undefined): string => {
    const url = urlOf(s);
    if (!s || !url) return '';
    if (!notes.has(url)) notes.set(url, { n: notes.size + 1, source: s });
    return ` \\[${notes.get(url)?.n}\\]`;
  };
  const header = `| ${mdText(t('fieldColumn'))} | ${vendors.map(mdText).join(' | ')} |`;

  const sep = `| --- | ${vendors.map(() => '---').join(' | ')} |`;
  const body = rows.map((r, ri) => {
    const cells = r.cells.map((c, i) => {
      const text = cellText(c);
      if (text === null) return '—';
      // The mark is our message around page data: escaped whole, so neither can make Markdown or HTML.
      const marked = r.best.includes(i)
        ? t('exportBestMark', text)
        : r.worst.includes(i)
          ? t('exportWorstMark', text)
          : text;
      return mdText(marked) + note(sources?.[ri]?.[i]);
    });
    return `| ${mdText(r.label)} | ${cells.join(' | ')} |`;
  });
  const list = [...notes].map(([url, { n, source }]) => `${n}. ${sourceNote(url, source)}`);
  const sourcesHeading = mdText(t('exportSourcesHeading'));
  return `${[header, sep, ...body].join('\n')}\n${list.length ? `\n${sourcesHeading}\n\n${list.join('\n')}\n` : ''}`;
}

/** A Markdown note for a source: "Acme SLA — https://acme.com/sla (SLA, captured 2026-12-01)", all escaped. */
function sourceNote(url: string, s: string | CellSource): string {
  if (typeof s === 'string') return mdText(url);
  const title = typeof s.title === 'string' ? s.title.trim() : '';
  const facts = [
    s.kind ? kindName(s.kind) : '',
    isoDay(s.capturedAt) ? t('exportCapturedOn', isoDay(s.capturedAt)) : '',
  ]
    .filter(Boolean)
    .join(t('listSeparator'));
  const where = title ? t('exportSourceTitled', title, url) : url;
  return mdText(facts ? t('exportSourceFacts', where, facts) : where);
}

/** One document of a compare column, as the page passed it to mergeVendorCards (with what the exports say of it). */
export interface SourceDoc extends CellSource {
  card: CardValues;
}

/**
 * Which document each cell's value came from (cellSourceDocs): per row and column, the document's URL and what else
 * is known of it (title, kind, capture date, snapshot); null where the column states nothing.
 */
export function cellSourceDetails(
  rows: readonly ComparisonRow[],
  columns: readonly { merged: CardValues | null; docs: readonly SourceDoc[] }[],
): (CellSource | null)[][] {
  return cellSourceDocs(rows, columns).map((r) =>
    r.map((d) =>
      d ? { url: d.url, title: d.title, kind: d.kind, capturedAt: d.capturedAt, snapshotId: d.snapshotId } : null,
    ),
  );
}

/** The URL of each cell's source document (cellSourceDetails without the details). */
export function cellSources(
  rows: readonly ComparisonRow[],
  columns: readonly { merged: CardValues | null; docs: readonly SourceDoc[] }[],
): (string | null)[][] {
  return cellSourceDocs(rows, columns).map((r) => r.map((d) => d?.url ?? null));
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
  /**
   * The user's agreement dates (start, initial term, end), keyed by the backup's document ids. Optional: backups
   * written before deadlines existed have none.
   */
  agreements?: AgreementRow[];
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The whole database as one JSON-ready object, rows ordered by id. */
export async function exportLibrary(): Promise<LibraryBackup> {
  return db.transaction('r', [db.vendors, db.documents, db.snapshots, db.corrections, db.agreements], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    vendors: await db.vendors.toArray(),
    documents: await db.documents.toArray(),
    snapshots: await db.snapshots.toArray(),
    corrections: await db.corrections.toArray(),
    agreements: await db.agreements.toArray(),
  }));
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

function check(ok: boolean, what: string): void {
  if (!ok) throw new BackupError(`Invalid backup: ${what}`);
}

/**
 * Throws BackupError naming the first problem; returns the backup typed. Nothing is written. Every row is checked
 * with utils/validate.ts: ids are positive safe integers (an id of 2^53 or 1e300 would exhaust IndexedDB's key
 * generator, and ids are never kept anyway), times are inside Date's range, cards are complete schema-1 cards
 * field by field, corrections name a known field with a value of its type.
 */
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
  const idOk = (v: Record<string, unknown>, w: string) =>
    check(isSafeId(v.id), `${w}: id ${JSON.stringify(v.id)} is not a positive safe integer`);
  (b.vendors as unknown[]).forEach((v, i) => {
    const w = `vendors[${i}]`;
    check(isObj(v), `${w} is malformed`);
    const row = v as Record<string, unknown>;
    idOk(row, w);
    check(isStr(row.name) && isStr(row.site) && isTime(row.createdAt), `${w} is malformed`);
    check(row.nameKey === undefined || isStr(row.nameKey), `${w}: nameKey is not text`);
    unique(ids.vendors, row.id as number, w);
  });
  const urls = new Set<string>();
  (b.documents as unknown[]).forEach((d, i) => {
    const w = `documents[${i}]`;
    check(isObj(d), `${w} is malformed`);
    const row = d as Record<string, unknown>;
    idOk(row, w);
    check(isStr(row.url) && isTime(row.createdAt), `${w} is malformed`);
    // Documents are pages the browser opened: a javascript: or data: "URL" in a file would become a link.
    check(/^(https?|file):\/\//i.test(row.url as string), `${w}: url ${JSON.stringify(row.url)} is not a web page`);
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
    check(isObj(s), `${w} is malformed`);
    const row = s as Record<string, unknown>;
    idOk(row, w);
    check(isStr(row.text) && isStr(row.textHash), `${w} is malformed`);
    check(isTime(row.capturedAt), `${w}: capturedAt ${JSON.stringify(row.capturedAt)} is not a date`);
    const snap = s as unknown as SnapshotRow;
    check(ids.documents.has(snap.documentId), `${w}: document ${snap.documentId} is not in the backup`);
    check(ids.vendors.has(snap.vendorId), `${w}: vendor ${snap.vendorId} is not in the backup`);
    const problems = cardProblems(snap.card);
    check(
      problems.length === 0,
      `${w}: card is not a valid schema-1 card (${problems.slice(0, 3).join('; ')}${problems.length > 3 ? '; …' : ''})`,
    );
    unique(ids.snapshots, snap.id, w);
  });
  const corrIds = new Set<number>();
  (b.corrections as unknown[]).forEach((c, i) => {
    const w = `corrections[${i}]`;
    check(isObj(c) && 'value' in c, `${w} is malformed`);
    const row = c as Record<string, unknown>;
    idOk(row, w);
    check(isTime(row.createdAt), `${w} is malformed`);
    check(ids.snapshots.has(row.snapshotId as number), `${w}: its snapshot is not in the backup`);
    const problem = correctionProblem(row.path, row.value);
    check(problem === null, `${w}: ${problem}`);
    unique(corrIds, row.id as number, w);
  });
  check(b.agreements === undefined || Array.isArray(b.agreements), '"agreements" is not a list');
  const agreementDocs = new Set<number>();
  ((b.agreements ?? []) as unknown[]).forEach((a, i) => {
    const w = `agreements[${i}]`;
    const problems = agreementRowProblems(a);
    check(problems.length === 0, `${w}: ${problems.slice(0, 3).join('; ')}`);
    const row = a as AgreementRow;
    check(ids.documents.has(row.documentId), `${w}: document ${row.documentId} is not in the backup`);
    check(!agreementDocs.has(row.documentId), `${w}: a second agreement for document ${row.documentId}`);
    agreementDocs.add(row.documentId);
  });
  return input as unknown as LibraryBackup;
}

/** What an import adds, finds already there (merged into), and leaves out as duplicates. */
export interface ImportSummary {
  added: { vendors: number; documents: number; snapshots: number; corrections: number };
  /** Backup rows that map onto rows already in the library (same site or registrable domain; same URL). */
  merged: { vendors: number; documents: number };
  /** Snapshots whose text the document already has; corrections the library already has for that path. */
  skipped: { snapshots: number; corrections: number };
  /** Snapshots captured "in the future" (by the backup's clock), stored as captured at import time. */
  clamped: number;
  /** True when nothing was written (options.dryRun). */
  dryRun: boolean;
}

export interface ImportProgress {
  /** Snapshots written so far, of `total`. */
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Clear the library first. */
  replace?: boolean;
  /** Compute the summary only: read the library, write nothing. */
  dryRun?: boolean;
  /** Called after each batch of snapshots is written (inside the transaction: keep it quick, no awaits). */
  onProgress?: (p: ImportProgress) => void;
  /** The import's clock (tests). */
  now?: number;
}

// Snapshots written per bulkAdd: large enough to amortize, small enough for regular progress.
const BATCH = 250;

type Target = { existing: number } | { added: number };

interface ImportPlan {
  summary: ImportSummary;
  vendors: VendorRow[];
  vendorOf: Map<number, Target>;
  documents: DocumentRow[];
  /** Backup document id → existing document id, or index in `documents`; its vendor target. */
  documentOf: Map<number, { target: Target; vendor: Target }>;
  snapshots: SnapshotRow[];
  /** Backup snapshot id → existing snapshot id or index in `snapshots`. */
  snapshotOf: Map<number, Target>;
  corrections: CorrectionRow[];
  /** Agreement dates to write, keyed by the backup's document id (the library's own dates win). */
  agreements: AgreementRow[];
}

const withoutId = <T extends { id: number }>(row: T): Omit<T, 'id'> => {
  const { id: _id, ...rest } = row;
  return rest;
};

/**
 * Works out what an import would do, reading the library with a bounded number of queries (never one per snapshot):
 * vendors are matched by site, then by name on the same registrable domain (never by name alone); documents by
 * URL with one anyOf query; existing snapshots by text hash with one index read of their keys (no text loaded), kept
 * in a hash set per document; corrections of merged snapshots with one query. Linear in the backup's size.
 */
async function planImport(backup: LibraryBackup, replace: boolean, now: number): Promise<ImportPlan> {
  const summary: ImportSummary = {
    added: { vendors: 0, documents: 0, snapshots: 0, corrections: 0 },
    merged: { vendors: 0, documents: 0 },
    skipped: { snapshots: 0, corrections: 0 },
    clamped: 0,
    dryRun: false,
  };
  const clamp = (t: number) => Math.min(t, now);

  // Vendors.
  const bySite = new Map<string, Target>();
  const byDomain = new Map<string, { target: Target; nameKey: string }[]>();
  const remember = (site: string, nameKey: string, target: Target) => {
    if (!bySite.has(site)) bySite.set(site, target);
    const d = registrableDomain(site);
    byDomain.set(d, [...(byDomain.get(d) ?? []), { target, nameKey }]);
  };
  if (!replace) for (const v of await db.vendors.toArray()) remember(v.site, v.nameKey, { existing: v.id });
  const vendors: VendorRow[] = [];
  const vendorOf = new Map<number, Target>();
  for (const v of backup.vendors) {
    const nameKey = v.nameKey ?? normalizeVendorName(v.name);
    const site = v.site.toLowerCase();
    const sameDomain = byDomain.get(registrableDomain(site)) ?? [];
    // The backup's own grouping is kept: across sites, only a vendor of the same name on the same registrable domain
    // is the same vendor (a name alone, on another domain, never is; nor is another name on a shared domain).
    const found = bySite.get(site) ?? sameDomain.find((c) => c.nameKey === nameKey)?.target;
    if (found) {
      vendorOf.set(v.id, found);
      if ('existing' in found) summary.merged.vendors++;
      continue;
    }
    const target = { added: vendors.length };
    vendors.push({ ...v, nameKey, createdAt: clamp(v.createdAt) });
    vendorOf.set(v.id, target);
    remember(site, nameKey, target);
  }
  summary.added.vendors = vendors.length;

  // Documents: existing ones by URL in one query.
  const existingDocs = replace
    ? new Map<string, DocumentRow>()
    : new Map(
        (
          await db.documents
            .where('url')
            .anyOf(backup.documents.map((d) => d.url))
            .toArray()
        ).map((d) => [d.url, d]),
      );
  const documents: DocumentRow[] = [];
  const documentOf = new Map<number, { target: Target; vendor: Target }>();
  for (const d of backup.documents) {
    const existing = existingDocs.get(d.url);
    if (existing) {
      documentOf.set(d.id, { target: { existing: existing.id }, vendor: { existing: existing.vendorId } });
      summary.merged.documents++;
      continue;
    }
    const vendor = vendorOf.get(d.vendorId)!;
    documentOf.set(d.id, { target: { added: documents.length }, vendor });
    documents.push({ ...d, createdAt: clamp(d.createdAt) });
  }
  summary.added.documents = documents.length;

  // Snapshots: a hash set per document, seeded with the existing snapshots of merged documents. The text-hash index
  // gives hash and id together; the card rows (no text) give each id's document.
  const seen = new Map<string, Target>();
  const key = (doc: Target, hash: string) => `${'existing' in doc ? `e${doc.existing}` : `a${doc.added}`}|${hash}`;
  const mergedDocIds = new Set(
    [...documentOf.values()].flatMap((d) => ('existing' in d.target ? [d.target.existing] : [])),
  );
  if (mergedDocIds.size > 0) {
    const hashes = [
      ...new Set(
        backup.snapshots.filter((s) => 'existing' in documentOf.get(s.documentId)!.target).map((s) => s.textHash),
      ),
    ];
    const pairs: [number, string][] = [];
    await db.snapshots
      .where('textHash')
      .anyOf(hashes)
      .eachKey((hash, cursor) => {
        pairs.push([cursor.primaryKey as number, hash as string]);
      });
    const cards = await db.cards.bulkGet(pairs.map(([id]) => id));
    pairs.forEach(([id, hash], i) => {
      const documentId = cards[i]?.documentId;
      if (documentId !== undefined && mergedDocIds.has(documentId))
        seen.set(key({ existing: documentId }, hash), { existing: id });
    });
  }
  const snapshots: SnapshotRow[] = [];
  const snapshotOf = new Map<number, Target>();
  const imported = { at: now, exportedAt: typeof backup.exportedAt === 'string' ? backup.exportedAt : null };
  for (const s of backup.snapshots) {
    const doc = documentOf.get(s.documentId)!;
    const k = key(doc.target, s.textHash);
    const found = seen.get(k);
    if (found) {
      snapshotOf.set(s.id, found);
      summary.skipped.snapshots++;
      continue;
    }
    const target = { added: snapshots.length };
    seen.set(k, target);
    snapshotOf.set(s.id, target);
    if (s.capturedAt > now) summary.clamped++;
    // The provenance mark: when this copy came in, from a backup written when. A re-imported snapshot keeps its first.
    const mark =
      isObj(s.imported) && isTime(s.imported.at) && (s.imported.exportedAt === null || isStr(s.imported.exportedAt))
        ? s.imported
        : imported;
    snapshots.push({ ...s, capturedAt: clamp(s.capturedAt), imported: mark });
  }
  summary.added.snapshots = snapshots.length;

  // Corrections: the library's own value for a path wins over the backup's; within the backup, the first.
  const mergedSnapIds = [...snapshotOf.values()].flatMap((t) => ('existing' in t ? [t.existing] : []));
  const taken = new Set(
    mergedSnapIds.length
      ? (await db.corrections.where('snapshotId').anyOf(mergedSnapIds).toArray()).map(
          (c) => `e${c.snapshotId}|${c.path}`,
        )
      : [],
  );
  const corrections: CorrectionRow[] = [];
  for (const c of backup.corrections) {
    const snap = snapshotOf.get(c.snapshotId)!;
    const k = `${'existing' in snap ? `e${snap.existing}` : `a${snap.added}`}|${c.path}`;
    if (taken.has(k)) {
      summary.skipped.corrections++;
      continue;
    }
    taken.add(k);
    corrections.push({ ...c, createdAt: clamp(c.createdAt) });
  }
  summary.added.corrections = corrections.length;

  // Agreement dates: a document already in the library keeps its own dates, if it has any.
  const mergedDocs = [...documentOf.values()].flatMap((d) => ('existing' in d.target ? [d.target.existing] : []));
  const dated = new Set(
    mergedDocs.length ? ((await db.agreements.where('documentId').anyOf(mergedDocs).primaryKeys()) as number[]) : [],
  );
  const agreements = (backup.agreements ?? []).filter((a) => {
    const t = documentOf.get(a.documentId)?.target;
    return t !== undefined && !('existing' in t && dated.has(t.existing));
  });
  return { summary, vendors, vendorOf, documents, documentOf, snapshots, snapshotOf, corrections, agreements };
}

/**
 * Restores a backup into the library in one transaction (all or nothing). `replace` clears the library first;
 * otherwise the backup is merged (see planImport): a vendor or document already present is reused, a snapshot whose
 * text its document already has is skipped, the library's own corrections win. `dryRun` only reports what would
 * happen. Ids are never taken from the backup: rows are added under fresh ids and references remapped, so a
 * hostile id cannot collide with, or exhaust, the library's key generator. Snapshots are written in bulk batches
 * with `onProgress` after each; a capture time in the future is clamped to now; imported snapshots carry a
 * provenance mark (`imported`).
 */
export async function importLibrary(input: unknown, options: ImportOptions = {}): Promise<ImportSummary> {
  const backup = validateBackup(input);
  const now = options.now ?? Date.now();
  const replace = !!options.replace;
  if (options.dryRun) {
    return db.transaction(
      'r',
      [db.vendors, db.documents, db.snapshots, db.cards, db.corrections, db.agreements],
      async () => ({
        ...(await planImport(backup, replace, now)).summary,
        dryRun: true,
      }),
    );
  }
  return db.transaction(
    'rw',
    [db.vendors, db.documents, db.snapshots, db.cards, db.latest, db.corrections, db.agreements],
    async () => {
      if (replace)
        await Promise.all([
          db.agreements.clear(),
          db.vendors.clear(),
          db.documents.clear(),
          db.snapshots.clear(),
          db.cards.clear(),
          db.latest.clear(),
          db.corrections.clear(),
        ]);
      const plan = await planImport(backup, replace, now);
      const resolve = (t: Target, added: number[]) => ('existing' in t ? t.existing : added[t.added]!);

      const vendorIds = (await db.vendors.bulkAdd(plan.vendors.map(withoutId) as VendorRow[], {
        allKeys: true,
      })) as number[];
      const docVendor = new Map<number, number>();
      const documentIds = (await db.documents.bulkAdd(
        plan.documents.map((d) => {
          const vendorId = resolve(plan.vendorOf.get(d.vendorId)!, vendorIds);
          return { ...withoutId(d), vendorId };
        }) as DocumentRow[],
        { allKeys: true },
      )) as number[];
      // A merged document keeps its vendor in this library; a new one gets its (new or merged) vendor.
      for (const [backupId, { vendor }] of plan.documentOf) {
        docVendor.set(backupId, resolve(vendor, vendorIds));
      }

      const total = plan.snapshots.length;
      const snapshotIds: number[] = [];
      const touched = new Set<number>();
      options.onProgress?.({ done: 0, total });
      for (let i = 0; i < total; i += BATCH) {
        const rows = plan.snapshots.slice(i, i + BATCH).map((s) => {
          const documentId = resolve(plan.documentOf.get(s.documentId)!.target, documentIds);
          touched.add(documentId);
          return { ...withoutId(s), documentId, vendorId: docVendor.get(s.documentId)! };
        });
        const ids = (await db.snapshots.bulkAdd(rows as SnapshotRow[], { allKeys: true })) as number[];
        await db.cards.bulkAdd(rows.map((r, j) => cardRowOf({ ...r, id: ids[j]! })));
        snapshotIds.push(...ids);
        options.onProgress?.({ done: snapshotIds.length, total });
      }
      // An added snapshot may be newer (or older) than what the document had: recompute its latest card.
      await refreshLatest(db.cards, db.latest, touched);
      await db.corrections.bulkAdd(
        plan.corrections.map((c) => ({
          ...withoutId(c),
          snapshotId: resolve(plan.snapshotOf.get(c.snapshotId)!, snapshotIds),
        })) as CorrectionRow[],
      );
      await db.agreements.bulkPut(
        plan.agreements.map((a) => ({
          ...a,
          documentId: resolve(plan.documentOf.get(a.documentId)!.target, documentIds),
        })),
      );
      return plan.summary;
    },
  );
}
