/**
 * The ClauseLens database (IndexedDB through Dexie): vendors, their documents, snapshots of each document's
 * normalized text with the card extracted from it, a `cards` table holding each snapshot's card without its text
 * (what the compare page reads), and the user's corrections kept beside (never over) the extracted values. The database belongs to extension pages and the background, not to content scripts (a
 * content script's IndexedDB is the visited site's).
 *
 * Times are epoch milliseconds (numbers), so rows survive JSON backups unchanged.
 */
import Dexie, { type EntityTable } from 'dexie';
import { isCorporateForm } from '@/extractors/common/corporate-forms';
import type { Card, DocKind, Fields, Finding } from '@/extractors/types';
import { DB_NAME } from './db-version';
import { watchLibraryWrites } from './library-watch';
import { cardRowProblems, correctionRowProblems, latestRowProblems, snapshotRowProblems } from './validate';

export interface VendorRow {
  id: number;
  /** Display name: the card's vendor name, or the site host when the page did not name one. */
  name: string;
  /** normalizeVendorName(name): groups "Acme, Inc." with "ACME". Added in schema v2 (backfilled). */
  nameKey: string;
  /** Site host without "www.": groups a vendor's terms, SLA and DPA pages. */
  site: string;
  createdAt: number;
}

export interface DocumentRow {
  id: number;
  vendorId: number;
  /** Unique; fragment stripped (see normalizeUrl). */
  url: string;
  title: string | null;
  kind: DocKind;
  createdAt: number;
}

export interface SnapshotRow {
  id: number;
  documentId: number;
  vendorId: number;
  capturedAt: number;
  /** The normalized text the card's offsets refer to. */
  text: string;
  textHash: string;
  card: Card;
  /**
   * Set on snapshots that came from a backup (see importLibrary): when they were imported and when the backup was
   * written. A snapshot saved from a page has none.
   */
  imported?: { at: number; exportedAt: string | null };
}

/**
 * A snapshot's card without its text (schema v3), one row per snapshot, same key. Written in the same transaction
 * as its snapshot and deleted with it, so the compare page reads cards without loading tens of KB of text each.
 */
export interface CardRow {
  /** The snapshot's id (primary key). */
  snapshotId: number;
  documentId: number;
  vendorId: number;
  capturedAt: number;
  /** The card's document kind when it was captured. */
  kind: DocKind;
  card: Card;
}

/** The card row of a stored snapshot. */
export function cardRowOf(s: Pick<SnapshotRow, 'id' | 'documentId' | 'vendorId' | 'capturedAt' | 'card'>): CardRow {
  return {
    snapshotId: s.id,
    documentId: s.documentId,
    vendorId: s.vendorId,
    capturedAt: s.capturedAt,
    kind: s.card.kind,
    card: s.card,
  };
}

// A finding reduced to its value (lists of findings to lists of values); anything else unchanged.
type ValueOnly<F> = F extends Finding<infer T> ? { value: T } : F extends (infer E)[] ? ValueOnly<E>[] : F;

/** A card's fields with each finding reduced to its value. */
export type FieldValues = { [K in keyof Fields]: ValueOnly<Fields[K]> };

/**
 * A card without its evidence (quotes, offsets, confidence): what the compare table shows. A full Card is one too,
 * so code that only reads values takes either.
 */
export type CardValues = Omit<Card, 'fields'> & { fields: FieldValues };

/** The card with each finding reduced to { value }: about a third of the card's size. */
export function cardValues(card: Card): CardValues {
  const fields: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(card.fields) as [string, Finding<unknown> | Finding<unknown>[] | null][]) {
    fields[name] = Array.isArray(f) ? f.map((x) => ({ value: x.value })) : f && { value: f.value };
  }
  return { ...card, fields: fields as FieldValues };
}

/**
 * The newest card of each document (schema v4), keyed by document, values only: the compare page's one read of
 * cards is then one row per document, a third of the size, however long the documents' histories. Derived from
 * `cards` (see refreshLatest) and written in the same transactions, never exported.
 */
export interface LatestRow {
  documentId: number;
  vendorId: number;
  snapshotId: number;
  capturedAt: number;
  card: CardValues;
}

export function latestRowOf(c: CardRow): LatestRow {
  return {
    documentId: c.documentId,
    vendorId: c.vendorId,
    snapshotId: c.snapshotId,
    capturedAt: c.capturedAt,
    card: cardValues(c.card),
  };
}

/**
 * Recomputes the latest rows of some documents from their card rows; a document without cards loses its row.
 * The newest is the last on [documentId+capturedAt]; equal times fall back to the higher snapshot id (index entries
 * with equal keys are ordered by primary key). Tables are passed in so the v4 upgrade can use it too.
 */
export async function refreshLatest(
  cards: ClauseLensDB['cards'],
  latest: ClauseLensDB['latest'],
  documentIds: Iterable<number>,
): Promise<void> {
  for (const documentId of new Set(documentIds)) {
    const newest = await cards
      .where('[documentId+capturedAt]')
      .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
      .last();
    if (newest) await latest.put(latestRowOf(newest));
    else await latest.delete(documentId);
  }
}

export interface CorrectionRow {
  id: number;
  snapshotId: number;
  /** Where the corrected value goes: 'fields.uptime', 'fields.notices.2', 'fields.governingLaw'. */
  path: string;
  /** The corrected value (not a Finding); null means "the document does not state it". */
  value: unknown;
  createdAt: number;
}

/**
 * A row set aside because it could not be read or upgraded (schema v5): the raw row as it was, where it came from and
 * why. Nothing is lost, and one bad row no longer stops the database from opening (see the v4 and v5 upgrades).
 */
export interface QuarantineRow {
  id: number;
  table: string;
  /** The row's primary key in its table. */
  key: unknown;
  row: unknown;
  problems: string[];
  at: number;
}

/** Small library-wide facts (schema v5): 'lastBackupAt' (epoch ms), 'persistence' ('granted' | 'denied' | …). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The user's dates of an agreement (schema v6), one row per document, beside (never inside) its cards like a
 * correction: a new snapshot of the same document keeps them. Deadlines (utils/deadlines.ts) are computed from these
 * and the document's newest card. Written only through utils/agreements.ts, which validates them.
 */
export interface AgreementRow {
  /** The document's id (primary key). No vendor id is kept: merging vendors moves documents, and this stays right. */
  documentId: number;
  /** "YYYY-MM-DD" or null */
  start: string | null;
  initialTermMonths: number | null;
  /** "YYYY-MM-DD" or null: last day of the initial term. */
  end: string | null;
  /** Which days are the weekend for business-day notices; absent means Saturday–Sunday. */
  weekend?: 'sat-sun' | 'fri-sat';
  updatedAt: number;
}

export { DB_NAME, DB_VERSION } from './db-version';

// Only indexed properties are listed. Every schema edit bumps the version; old versions stay so an
// installed v1 database can be upgraded in place.
export const SCHEMA_V1 = {
  vendors: '++id, name, site, createdAt',
  documents: '++id, vendorId, &url, kind, createdAt',
  snapshots: '++id, documentId, vendorId, capturedAt, textHash',
  corrections: '++id, snapshotId, [snapshotId+path], createdAt',
} as const;

// v2: vendors get a normalized name key (to find "Acme Inc." when "ACME" is saved), and snapshots get compound
// indexes so "latest snapshot of a document" and "a vendor's history in time order" are index range reads.
export const SCHEMA_V2 = {
  vendors: '++id, name, nameKey, site, createdAt',
  documents: '++id, vendorId, &url, kind, createdAt',
  snapshots: '++id, documentId, vendorId, capturedAt, textHash, [vendorId+capturedAt], [documentId+capturedAt]',
  corrections: '++id, snapshotId, [snapshotId+path], createdAt',
} as const;

// v3: a `cards` table (one row per snapshot, keyed by its id) so reading the latest cards never reads snapshot text.
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  cards: 'snapshotId, documentId, vendorId, [documentId+capturedAt]',
} as const;

// v4 (DB_VERSION, in db-version.ts): a `latest` table, the newest card of each document with values only (see LatestRow).
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  latest: 'documentId, vendorId',
} as const;

// v5: `quarantine` holds rows the upgrades or reads could not use, `meta` the time of the last backup
// export and the persistence request's answer.
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  quarantine: '++id, table',
  meta: 'key',
} as const;

// v6 (DB_VERSION): `agreements`, the user's start/term/end dates of a document's agreement (see AgreementRow), keyed
// by document. A new, empty table: nothing to backfill, so no upgrade function.
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  agreements: 'documentId',
} as const;

/**
 * "Acme, Inc." → "acme"; "Zoë Labs GmbH" → "zoe labs"; "شركة رمال السحابية" keeps its Arabic letters. Diacritics (and
 * Arabic harakat, hamza marks), punctuation and legal suffixes dropped. Letters of every script count: with ASCII only,
 * every Arabic-named vendor had the same empty key.
 */
export function normalizeVendorName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Legal-form suffixes (extractors/common/corporate-forms.ts) do not distinguish vendors: "Acme Ltd." is "Acme".
  while (words.length > 1 && isCorporateForm(words[words.length - 1] as string)) words.pop();
  return words.join(' ');
}

/** "https://www.Example.com/terms#s2" → "example.com"; not a URL → the input lowercased. */
export function siteHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return url.toLowerCase();
  }
}

// Public suffixes of two labels under which each name is a different registrant ("acme.co.uk" and "other.co.uk"),
// and hosting platforms whose subdomains belong to different owners (the Public Suffix List's private section).
// A short list on purpose: a host not covered falls back to its last two labels.
const MULTI_PART_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'ltd.uk',
  'plc.uk',
  'me.uk',
  'net.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'co.kr',
  'co.in',
  'net.in',
  'org.in',
  'co.za',
  'co.il',
  'com.br',
  'com.cn',
  'com.mx',
  'com.ar',
  'com.tr',
  'com.sg',
  'com.hk',
  'com.tw',
  'com.my',
  'com.eg',
  'com.ng',
  'com.sa',
  'net.sa',
  'org.sa',
  'com.pk',
  'net.pk',
  'org.pk',
  'com.ae',
  'co.ae',
  'com.qa',
  'com.kw',
  'com.bh',
  'com.om',
  'com.jo',
  'com.lb',
  'co.id',
  'com.ph',
  'com.vn',
  'co.th',
  'com.co',
  'com.pe',
  'github.io',
  'gitlab.io',
  'herokuapp.com',
  'vercel.app',
  'netlify.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'azurewebsites.net',
  'cloudfront.net',
  'blogspot.com',
  'myshopify.com',
  'wixsite.com',
  'notion.site',
  'workers.dev',
  'onrender.com',
  'fly.dev',
]);

/**
 * The registrable domain of a host (a simple eTLD+1): "legal.acme.co.uk" → "acme.co.uk", "status.acme.com" →
 * "acme.com", "acme.github.io" → "acme.github.io". An IP address or a one-label host is returned as is.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(MULTI_PART_SUFFIXES.has(lastTwo) ? -3 : -2).join('.');
}

/** Documents are unique by URL; the fragment only scrolls within the same document. */
export function normalizeUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

export type ClauseLensDB = Dexie & {
  vendors: EntityTable<VendorRow, 'id'>;
  documents: EntityTable<DocumentRow, 'id'>;
  snapshots: EntityTable<SnapshotRow, 'id'>;
  cards: EntityTable<CardRow, 'snapshotId'>;
  latest: EntityTable<LatestRow, 'documentId'>;
  corrections: EntityTable<CorrectionRow, 'id'>;
  quarantine: EntityTable<QuarantineRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  agreements: EntityTable<AgreementRow, 'documentId'>;
};

/** Opens (lazily) a ClauseLens database; tests pass their own name. */
export function createDb(name: string = DB_NAME): ClauseLensDB {
  const d = new Dexie(name) as ClauseLensDB;
  d.version(1).stores(SCHEMA_V1);
  d.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      // Backfill the derived name key for vendors saved by v1.
      await tx
        .table<VendorRow>('vendors')
        .toCollection()
        .modify((v) => {
          v.nameKey = normalizeVendorName(v.name);
        });
    });
  d.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      // Backfill a card row for every stored snapshot, in batches so a large library is not held in memory at once.
      const snapshots = tx.table<SnapshotRow, number>('snapshots');
      const cards = tx.table<CardRow, number>('cards');
      const keys = (await snapshots.toCollection().primaryKeys()) as number[];
      for (let i = 0; i < keys.length; i += 100) {
        const rows = await snapshots.bulkGet(keys.slice(i, i + 100));
        await cards.bulkPut(rows.filter((s): s is SnapshotRow => !!s).map(cardRowOf));
      }
    });
  d.version(4)
    .stores(SCHEMA_V4)
    .upgrade(async (tx) => {
      // Backfill the newest card of every document that has cards (v3 kept cards in sync with snapshots). Row by
      // row: a malformed card row is passed over (v5 sets it aside) instead of aborting the upgrade, which used to
      // leave a database that could not be opened at all. One pass over `cards` (no text), newest kept per document.
      const newest = new Map<number, CardRow>();
      await tx.table<CardRow, number>('cards').each((c) => {
        if (cardRowProblems(c).length > 0) return;
        const cur = newest.get(c.documentId);
        if (!cur || c.capturedAt > cur.capturedAt || (c.capturedAt === cur.capturedAt && c.snapshotId > cur.snapshotId))
          newest.set(c.documentId, c);
      });
      await tx.table<LatestRow, number>('latest').bulkPut([...newest.values()].map(latestRowOf));
    });
  d.version(5)
    .stores(SCHEMA_V5)
    .upgrade((tx) => quarantineMalformed(tx));
  // v6 adds the empty `agreements` table; existing rows are untouched.
  d.version(6).stores(SCHEMA_V6);
  return d;
}

/**
 * The v5 upgrade: every row of snapshots, cards, latest and corrections is checked (utils/validate.ts) and a row that
 * fails is moved whole into `quarantine` with its problems, so what reads the library never meets it. Row by row
 * and in batches (snapshots carry their text); a document that lost a row gets its latest card recomputed.
 * Returns how many rows were set aside.
 */
export async function quarantineMalformed(tx: {
  table: <T = unknown, K = unknown>(name: string) => import('dexie').Table<T, K>;
}): Promise<number> {
  const quarantine = tx.table<QuarantineRow, number>('quarantine');
  const at = Date.now();
  const touched = new Set<number>();
  let count = 0;
  const checks: [string, (row: unknown) => string[]][] = [
    ['snapshots', snapshotRowProblems],
    ['cards', cardRowProblems],
    ['corrections', correctionRowProblems],
    ['latest', latestRowProblems],
  ];
  const removedSnapshots = new Set<unknown>();
  for (const [name, problemsOf] of checks) {
    const table = tx.table<Record<string, unknown>, unknown>(name);
    const keys = await table.toCollection().primaryKeys();
    for (let i = 0; i < keys.length; i += 100) {
      const batch = keys.slice(i, i + 100);
      const rows = await table.bulkGet(batch);
      const bad: { key: unknown; row: unknown; problems: string[] }[] = [];
      rows.forEach((row, j) => {
        const key = batch[j];
        let problems = problemsOf(row);
        // A card or correction of a snapshot set aside goes with it.
        if (problems.length === 0 && (name === 'cards' || name === 'corrections') && row)
          if (removedSnapshots.has(row.snapshotId)) problems = [`snapshot ${row.snapshotId} was set aside`];
        if (problems.length > 0) bad.push({ key, row, problems });
      });
      if (bad.length === 0) continue;
      await quarantine.bulkAdd(
        bad.map(
          (b) => ({ table: name, key: b.key, row: b.row, problems: b.problems.slice(0, 20), at }) as QuarantineRow,
        ),
      );
      await table.bulkDelete(bad.map((b) => b.key));
      for (const b of bad) {
        const r = b.row as Record<string, unknown> | undefined;
        if (name === 'snapshots') removedSnapshots.add(b.key);
        if (typeof r?.documentId === 'number' && Number.isSafeInteger(r.documentId)) touched.add(r.documentId);
      }
      count += bad.length;
    }
  }
  if (touched.size > 0)
    await refreshLatest(
      tx.table('cards') as unknown as ClauseLensDB['cards'],
      tx.table('latest') as unknown as ClauseLensDB['latest'],
      touched,
    );
  return count;
}

export const db: ClauseLensDB = createDb();

// Every committed library write asks the background to re-plan the deadline reminders (utils/library-watch.ts).
watchLibraryWrites();
