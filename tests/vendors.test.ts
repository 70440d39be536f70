import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { agreementDatesFor, setAgreementDates } from '../utils/agreements';
import { db } from '../utils/db';
import { exportLibrary, importLibrary, validateBackup } from '../utils/exporters';
import { latestByVendor, saveSnapshot } from '../utils/snapshots';
import { lastVendorChange, mergeVendorsUndoable, moveDocument, renameVendor, undoVendorChange } from '../utils/vendors';
import { f, makeCard } from './helpers/card-fixture';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

// Composed library: one vendor with an MSA and an SLA on its own site, one on another site.
async function library() {
  const msa = await saveSnapshot({
    card: makeCard({ vendor: 'Acme', kind: 'msa', fields: { renewal: f({ automatic: true, termMonths: 12 }) } }),
    text: 'msa text',
    url: 'https://acme.example/msa',
    title: 'Acme MSA',
  });
  const sla = await saveSnapshot({
    card: makeCard({ vendor: 'Acme', kind: 'sla' }),
    text: 'sla text',
    url: 'https://acme.example/sla',
    title: 'Acme SLA',
  });
  const other = await saveSnapshot({
    card: makeCard({ vendor: 'Acme Status', kind: 'sla' }),
    text: 'status text',
    url: 'https://acmestatus.example/sla',
    title: 'Status SLA',
  });
  const vendorOf = async (documentId: number) => (await db.documents.get(documentId))!.vendorId;
  return { msa, sla, other, acme: await vendorOf(msa.documentId), status: await vendorOf(other.documentId) };
}

const names = async () =>
  (await latestByVendor())
    .map((v) => [v.vendor.name, v.docs.length] as [string, number])
    .sort((a, b) => a[0].localeCompare(b[0]));

describe('vendors', () => {
  it('renames a vendor, and the undo puts the old name back', async () => {
    const { acme } = await library();
    await renameVendor(acme, '  Acme   Cloud ');
    expect((await db.vendors.get(acme))?.name).toBe('Acme Cloud');
    expect((await db.vendors.get(acme))?.nameKey).toBe('acme cloud');
    expect((await lastVendorChange())?.label).toBe('Renamed Acme to Acme Cloud');
    expect(await undoVendorChange()).toBe('Renamed Acme to Acme Cloud');
    expect((await db.vendors.get(acme))?.name).toBe('Acme');
    expect(await lastVendorChange()).toBeNull();
    expect(await undoVendorChange()).toBeNull();
  });

  it('refuses an empty or overlong name', async () => {
    const { acme } = await library();
    await expect(renameVendor(acme, '   ')).rejects.toThrow(/needs a name/);
    await expect(renameVendor(acme, 'x'.repeat(500))).rejects.toThrow(/at most/);
    await expect(renameVendor(9999, 'Zed')).rejects.toThrow(/No vendor/);
  });

  it('merges two vendors into one column, and the undo splits them again', async () => {
    const { acme, status } = await library();
    await mergeVendorsUndoable(acme, status);
    expect(await names()).toEqual([['Acme', 3]]);
    expect(await db.vendors.get(status)).toBeUndefined();
    await undoVendorChange();
    expect(await names()).toEqual([
      ['Acme', 2],
      ['Acme Status', 1],
    ]);
    // Every row is back under its own vendor, snapshots and cards too.
    expect(new Set((await db.snapshots.toArray()).map((s) => s.vendorId))).toEqual(new Set([acme, status]));
    expect(new Set((await db.cards.toArray()).map((c) => c.vendorId))).toEqual(new Set([acme, status]));
  });

  it('moves a document to another vendor; a vendor left empty goes, and comes back with the undo', async () => {
    const { other, acme, status } = await library();
    await moveDocument(other.documentId, acme);
    expect(await names()).toEqual([['Acme', 3]]);
    expect((await db.snapshots.where('documentId').equals(other.documentId).first())?.vendorId).toBe(acme);
    expect((await db.latest.get(other.documentId))?.vendorId).toBe(acme);
    expect((await lastVendorChange())?.label).toBe('Moved Status SLA from Acme Status to Acme');
    await undoVendorChange();
    expect((await db.vendors.get(status))?.name).toBe('Acme Status');
    expect((await db.latest.get(other.documentId))?.vendorId).toBe(status);
  });

  it('moves one of two documents out, keeping the source vendor', async () => {
    const { sla, acme, status } = await library();
    await moveDocument(sla.documentId, status);
    expect(await names()).toEqual([
      ['Acme', 1],
      ['Acme Status', 2],
    ]);
    expect(await db.vendors.get(acme)).toBeTruthy();
  });

  it('a new change replaces the undo record', async () => {
    const { acme, status } = await library();
    await renameVendor(acme, 'First');
    await renameVendor(status, 'Second');
    expect(await undoVendorChange()).toBe('Renamed Acme Status to Second');
    expect((await db.vendors.get(acme))?.name).toBe('First');
  });
});

describe('backups keep agreement dates', () => {
  it('exports the dates and imports them under the new document ids', async () => {
    const { msa } = await library();
    await setAgreementDates(msa.documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    const backup = await exportLibrary();
    expect(backup.agreements).toHaveLength(1);
    await importLibrary(JSON.parse(JSON.stringify(backup)), { replace: true });
    const doc = await db.documents.where('url').equals('https://acme.example/msa').first();
    expect(await agreementDatesFor(doc!.id)).toMatchObject({ start: '2026-03-01', initialTermMonths: 12 });
  });

  it('merging a backup keeps the library own dates for a document it already has', async () => {
    const { msa } = await library();
    await setAgreementDates(msa.documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    const backup = await exportLibrary();
    await setAgreementDates(msa.documentId, { start: null, initialTermMonths: null, end: '2028-01-31' });
    await importLibrary(backup);
    expect((await agreementDatesFor(msa.documentId))?.end).toBe('2028-01-31');
  });

  it('reads a backup without agreements, and refuses malformed dates', async () => {
    await library();
    const backup = await exportLibrary();
    const { agreements: _none, ...old } = backup;
    expect(() => validateBackup(old)).not.toThrow();
    const docId = backup.documents[0]!.id;
    const bad = {
      ...backup,
      agreements: [{ documentId: docId, start: '2026-02-30', initialTermMonths: 12, end: null, updatedAt: 1 }],
    };
    expect(() => validateBackup(bad)).toThrow(/agreements\[0\]/);
    const orphan = {
      ...backup,
      agreements: [{ documentId: 99999, start: null, initialTermMonths: null, end: '2027-01-01', updatedAt: 1 }],
    };
    expect(() => validateBackup(orphan)).toThrow(/not in the backup/);
  });
});
