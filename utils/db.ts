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

/** "Acme, Inc." → "acme"; "Zoë Labs GmbH" → "zoe labs". Diacritics, punctuation and legal suffixes dropped. */
export function normalizeVendorName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
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
      // Backfill the newest card of every document that has cards (v3 kept cards in sync with snapshots).
      const cards = tx.table('cards') as ClauseLensDB['cards'];
      const documentIds = (await cards.orderBy('documentId').uniqueKeys()) as number[];
      await refreshLatest(cards, tx.table('latest') as ClauseLensDB['latest'], documentIds);
    });
  return d;
}

export const db: ClauseLensDB = createDb();
