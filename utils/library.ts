/**
 * The compare page's view of the library — each vendor with the newest card of each of its documents, corrections
 * applied — and a way to read it straight from IndexedDB, without Dexie. Nothing here loads Dexie (types only from
 * ./db), so the compare page can show its table before Dexie's 100 kB have loaded; Dexie's live query
 * (latestByVendor in utils/snapshots.ts) takes over from there and builds the same view with joinLatest.
 */
import type { Card, Finding } from '@/extractors/types';
import type { CardValues, CorrectionRow, DocumentRow, LatestRow, VendorRow } from './db';
import { DB_NAME, DB_VERSION } from './db-version';
import { correctionProblem, correctionRowProblems, latestRowProblems } from './validate';

export interface LatestDoc {
  document: DocumentRow;
  snapshotId: number;
  capturedAt: number;
  /** Values only (no quotes), with the user's corrections applied. */
  card: CardValues;
}

export interface VendorLatest {
  vendor: VendorRow;
  docs: LatestDoc[];
}

/** A row left out of a read because it failed validation (utils/validate.ts). */
export interface SkippedRow {
  table: string;
  key: unknown;
  problems: string[];
}

/** Where skipped rows are reported unless the caller asks otherwise: the console, once per row and read. */
export function warnSkipped(s: SkippedRow): void {
  console.warn(`ClauseLens skipped a malformed ${s.table} row ${JSON.stringify(s.key)}: ${s.problems.join('; ')}`);
}

/**
 * Vendors sorted by name, each with its documents' latest cards (corrections applied); rows as read, unshared.
 * A latest row or a correction that fails validation is skipped and reported (`onSkip`), so one bad row (from an
 * old import, or written by hand) cannot keep the compare page from rendering the rest.
 */
export function joinLatest(
  vendors: readonly VendorRow[],
  documents: readonly DocumentRow[],
  latestRows: readonly LatestRow[],
  corrections: readonly CorrectionRow[],
  onSkip: (s: SkippedRow) => void = warnSkipped,
): VendorLatest[] {
  const latest = new Map<number, LatestRow>();
  for (const l of latestRows) {
    const problems = latestRowProblems(l);
    if (problems.length > 0) onSkip({ table: 'latest', key: (l as Partial<LatestRow>)?.documentId, problems });
    else latest.set(l.documentId, l);
  }
  const corrBySnap = new Map<number, CorrectionRow[]>();
  for (const c of corrections) {
    const problems = correctionRowProblems(c);
    if (problems.length > 0) {
      onSkip({ table: 'corrections', key: (c as Partial<CorrectionRow>)?.id, problems });
      continue;
    }
    const list = corrBySnap.get(c.snapshotId);
    if (list) list.push(c);
    else corrBySnap.set(c.snapshotId, [c]);
  }
  const byVendor = new Map<number, LatestDoc[]>();
  for (const document of documents) {
    const c = latest.get(document.id);
    if (!c) continue;
    const corr = corrBySnap.get(c.snapshotId);
    // The row was read just now and is not shared, so without corrections it needs no defensive copy.
    const entry = {
      document,
      snapshotId: c.snapshotId,
      capturedAt: c.capturedAt,
      card: corr ? effectiveCard(c, corr) : c.card,
    };
    const list = byVendor.get(document.vendorId);
    if (list) list.push(entry);
    else byVendor.set(document.vendorId, [entry]);
  }
  return vendors
    .filter((vendor) => typeof vendor?.name === 'string')
    .map((vendor) => ({ vendor, docs: byVendor.get(vendor.id) ?? [] }))
    .sort((a, b) => a.vendor.name.localeCompare(b.vendor.name));
}

const STORES = ['vendors', 'documents', 'latest', 'corrections'] as const;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * The same view as latestByVendor, read with plain IndexedDB in one read-only transaction. Null when the database
 * is not there at this schema version (first run, or an older schema awaiting its upgrade): opening it is then left
 * to Dexie, which creates or upgrades it. Dexie stores version v as v × 10.
 */
export function readLatestDirect(name: string = DB_NAME, idb: IDBFactory = indexedDB): Promise<VendorLatest[] | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = idb.open(name, DB_VERSION * 10);
    } catch {
      resolve(null);
      return;
    }
    // Missing or older: abort, so the database is neither created nor upgraded here (the open then fails).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const conn = open.result;
      // Never stand in the way of a later upgrade.
      conn.onversionchange = () => conn.close();
      try {
        const tx = conn.transaction([...STORES], 'readonly');
        const [vendors, documents, latest, corrections] = STORES.map((s) => request(tx.objectStore(s).getAll()));
        Promise.all([vendors, documents, latest, corrections])
          .then(([v, d, l, c]) => {
            resolve(joinLatest(v as VendorRow[], d as DocumentRow[], l as LatestRow[], c as CorrectionRow[]));
          })
          .catch(() => resolve(null))
          .finally(() => conn.close());
      } catch {
        conn.close();
        resolve(null);
      }
    };
  });
}

// A read started before the page's modules ran (entrypoints/compare-boot.ts), handed over once.
const EARLY_READ = '__clauselensEarlyRead';
type WithEarlyRead = typeof globalThis & { [EARLY_READ]?: Promise<VendorLatest[] | null> };

export function startEarlyRead(): void {
  (globalThis as WithEarlyRead)[EARLY_READ] = readLatestDirect();
}

/** The early read if one was started and not yet taken; undefined otherwise (then read now). */
export function takeEarlyRead(): Promise<VendorLatest[] | null> | undefined {
  const g = globalThis as WithEarlyRead;
  const read = g[EARLY_READ];
  delete g[EARLY_READ];
  return read;
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------------------------

// A value the user typed has no quote in the page: empty quote, zero offsets, full confidence.
function userFinding<T>(value: T): Finding<T> {
  return { value, quote: '', start: 0, end: 0, confidence: 1 };
}

/**
 * The card with the user's corrections applied; the stored snapshot is not modified. Paths:
 * - 'fields.<single field>': value replaces the finding's value (null: not stated);
 * - 'fields.<list field>': value is the whole list of values (null or []: none);
 * - 'fields.<list field>.<i>': value replaces item i's value (null removes the item).
 */
export function effectiveCard<C extends CardValues = Card>(
  snapshot: { card: C },
  corrections: readonly CorrectionRow[],
): C {
  // JSON clone: cards are plain JSON, and structuredClone is missing in some test environments.
  const card: C = JSON.parse(JSON.stringify(snapshot.card));
  const fields = card.fields as unknown as Record<string, Finding<unknown> | Finding<unknown>[] | null>;
  const removals = new Map<string, Set<number>>();
  // Whole-list corrections first so an item correction of the same list would refer to the replaced list.
  const ordered = [...corrections].sort((a, b) => a.path.split('.').length - b.path.split('.').length);
  for (const c of ordered) {
    // A correction whose value is not of its field's type is ignored rather than written into the card.
    if (correctionProblem(c.path, c.value) !== null) continue;
    const [, name, index] = c.path.split('.');
    if (!name || !(name in fields)) continue;
    const current = fields[name];
    if (index === undefined) {
      if (Array.isArray(current)) {
        fields[name] = Array.isArray(c.value) ? c.value.map(userFinding) : [];
      } else {
        fields[name] =
          c.value === null || c.value === undefined ? null : { ...(current ?? userFinding(null)), value: c.value };
      }
      continue;
    }
    const i = Number(index);
    if (!Array.isArray(current)) continue;
    if (c.value === null || c.value === undefined) {
      removals.set(name, (removals.get(name) ?? new Set()).add(i));
    } else if (current[i]) {
      current[i] = { ...current[i], value: c.value };
    } else {
      current.push(userFinding(c.value));
    }
  }
  for (const [name, drop] of removals) {
    fields[name] = (fields[name] as Finding<unknown>[]).filter((_, i) => !drop.has(i));
  }
  return card;
}
