import { expect } from 'vitest';
import { cardRowOf, db, latestRowOf, type SnapshotRow } from '../../utils/db';

/**
 * The derived tables mirror the snapshots table: `cards` holds one row per snapshot (same ids, same card), and
 * `latest` one row per document with the values of its newest snapshot (later capture, then higher id), computed
 * here independently of the code that maintains it.
 */
export async function expectDerivedInSync(): Promise<void> {
  const snapshots = await db.snapshots.orderBy('id').toArray();
  expect(await db.cards.orderBy('snapshotId').toArray()).toEqual(snapshots.map(cardRowOf));
  const newest = new Map<number, SnapshotRow>();
  for (const s of snapshots) {
    const cur = newest.get(s.documentId);
    if (!cur || s.capturedAt > cur.capturedAt || (s.capturedAt === cur.capturedAt && s.id > cur.id))
      newest.set(s.documentId, s);
  }
  const expected = [...newest.values()]
    .sort((a, b) => a.documentId - b.documentId)
    .map((s) => latestRowOf(cardRowOf(s)));
  expect(await db.latest.orderBy('documentId').toArray()).toEqual(expected);
}
