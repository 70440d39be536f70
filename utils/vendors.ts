/**
 * The user's say over vendors on the compare page: rename one, merge two, move a document to another vendor. Each
 * change is written in one transaction and can be undone: before it, the rows it touches are recorded (the vendors
 * whole, and the vendor id of each document, snapshot, card and latest row of those vendors) in the `meta` table
 * under UNDO_KEY, so the undo survives closing the page. One level of undo: a new change replaces the record.
 */
import { db, normalizeVendorName, type VendorRow } from './db';
import { t } from './i18n';
import { isSafeId } from './validate';

export const UNDO_KEY = 'vendorUndo';
/** Longest vendor name accepted (a name is a label, not a paragraph). */
export const MAX_VENDOR_NAME = 120;

/** The state of some vendors before a change: enough to put every row back. */
export interface VendorUndo {
  /** "Renamed Acme to Acme Cloud". */
  label: string;
  at: number;
  /** The vendors as they were (a vendor the change deleted is re-created under its id). */
  vendors: VendorRow[];
  /** [primary key, vendorId] of the rows that belonged to those vendors. */
  documents: [number, number][];
  snapshots: [number, number][];
  cards: [number, number][];
  latest: [number, number][];
}

const TABLES = () => [db.vendors, db.documents, db.snapshots, db.cards, db.latest, db.meta];

async function capture(vendorIds: readonly number[], label: string): Promise<VendorUndo> {
  const vendors = (await db.vendors.bulkGet([...vendorIds])).filter((v): v is VendorRow => !!v);
  const pairs = async (table: typeof db.documents | typeof db.snapshots, key: 'id') =>
    (
      await table
        .where('vendorId')
        .anyOf([...vendorIds])
        .toArray()
    ).map((r) => [r[key], r.vendorId] as [number, number]);
  return {
    label,
    at: Date.now(),
    vendors,
    documents: await pairs(db.documents, 'id'),
    snapshots: await pairs(db.snapshots, 'id'),
    cards: (
      await db.cards
        .where('vendorId')
        .anyOf([...vendorIds])
        .toArray()
    ).map((r) => [r.snapshotId, r.vendorId]),
    latest: (
      await db.latest
        .where('vendorId')
        .anyOf([...vendorIds])
        .toArray()
    ).map((r) => [r.documentId, r.vendorId]),
  };
}

async function mustGet(id: number): Promise<VendorRow> {
  const v = isSafeId(id) ? await db.vendors.get(id) : undefined;
  if (!v) throw new Error(`No vendor ${id}`);
  return v;
}

/** Gives a vendor the name people know it by (kept across new saves: they find the vendor by its site). */
export async function renameVendor(id: number, name: string): Promise<void> {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error(t('vendorNameEmpty'));
  if (clean.length > MAX_VENDOR_NAME) throw new Error(t('vendorNameTooLong', MAX_VENDOR_NAME));
  await db.transaction('rw', TABLES(), async () => {
    const v = await mustGet(id);
    if (v.name === clean) return;
    // The undo's label is written in the UI's language of the moment it is made (it is stored with the undo).
    const undo = await capture([id], t('undoLabelRenamed', v.name, clean));
    await db.vendors.update(id, { name: clean, nameKey: normalizeVendorName(clean) });
    await db.meta.put({ key: UNDO_KEY, value: undo });
  });
}

async function reassign(documentIds: readonly number[], toVendorId: number): Promise<void> {
  await db.documents
    .where('id')
    .anyOf([...documentIds])
    .modify({ vendorId: toVendorId });
  await db.snapshots
    .where('documentId')
    .anyOf([...documentIds])
    .modify({ vendorId: toVendorId });
  await db.cards
    .where('documentId')
    .anyOf([...documentIds])
    .modify({ vendorId: toVendorId });
  await db.latest
    .where('documentId')
    .anyOf([...documentIds])
    .modify({ vendorId: toVendorId });
}

/** Files every document of vendor `fromId` under `intoId`, and removes `fromId` (undoable). */
export async function mergeVendorsUndoable(intoId: number, fromId: number): Promise<void> {
  if (intoId === fromId) throw new Error(t('vendorMergeSelf'));
  await db.transaction('rw', TABLES(), async () => {
    const into = await mustGet(intoId);
    const from = await mustGet(fromId);
    const undo = await capture([intoId, fromId], t('undoLabelMerged', from.name, into.name));
    const docs = (await db.documents.where('vendorId').equals(fromId).primaryKeys()) as number[];
    await reassign(docs, intoId);
    await db.vendors.delete(fromId);
    await db.meta.put({ key: UNDO_KEY, value: undo });
  });
}

/** Moves one document (all its snapshots) to another vendor; a vendor left without documents is removed. */
export async function moveDocument(documentId: number, toVendorId: number): Promise<void> {
  await db.transaction('rw', TABLES(), async () => {
    const doc = isSafeId(documentId) ? await db.documents.get(documentId) : undefined;
    if (!doc) throw new Error(`No document ${documentId}`);
    if (doc.vendorId === toVendorId) return;
    const to = await mustGet(toVendorId);
    const from = await mustGet(doc.vendorId);
    const undo = await capture([from.id, to.id], t('undoLabelMoved', doc.title ?? doc.url, from.name, to.name));
    await reassign([documentId], toVendorId);
    if ((await db.documents.where('vendorId').equals(from.id).count()) === 0) await db.vendors.delete(from.id);
    await db.meta.put({ key: UNDO_KEY, value: undo });
  });
}

function isUndo(v: unknown): v is VendorUndo {
  const u = v as VendorUndo | null;
  const isPairs = (x: unknown) =>
    Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => isSafeId(n)));
  return (
    !!u &&
    typeof u.label === 'string' &&
    Array.isArray(u.vendors) &&
    u.vendors.every((r) => isSafeId(r?.id) && typeof r.name === 'string') &&
    isPairs(u.documents) &&
    isPairs(u.snapshots) &&
    isPairs(u.cards) &&
    isPairs(u.latest)
  );
}

/** What "Undo" would undo, or null. */
export async function lastVendorChange(): Promise<{ label: string; at: number } | null> {
  const v = (await db.meta.get(UNDO_KEY))?.value;
  return isUndo(v) ? { label: v.label, at: v.at } : null;
}

/**
 * Puts the rows of the last change back as they were; returns its label (null: nothing to undo). Rows deleted since
 * (a document deleted after the change) stay deleted: only rows that still exist are reassigned.
 */
export async function undoVendorChange(): Promise<string | null> {
  return db.transaction('rw', TABLES(), async () => {
    const v = (await db.meta.get(UNDO_KEY))?.value;
    if (!isUndo(v)) return null;
    await db.vendors.bulkPut(v.vendors);
    const restore = async (
      table: { update(key: number, changes: { vendorId: number }): Promise<number> },
      pairs: [number, number][],
    ) => {
      for (const [key, vendorId] of pairs) await table.update(key, { vendorId });
    };
    await restore(db.documents, v.documents);
    await restore(db.snapshots, v.snapshots);
    await restore(db.cards, v.cards);
    await restore(db.latest, v.latest);
    await db.meta.delete(UNDO_KEY);
    return v.label;
  });
}
