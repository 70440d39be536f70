import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDatesFor, clearAgreementDates, libraryDeadlines, setAgreementDates } from '../utils/agreements';
import { createDb, DB_VERSION, db, SCHEMA_V5 } from '../utils/db';
import { deleteSnapshot, deleteVendor, saveSnapshot, setCorrection } from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';

const NAME = 'clauselens-agreements-test';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v6', () => {
  it('upgrades a v5 database in place: every row kept, an empty agreements table added', async () => {
    const v5 = new Dexie(NAME);
    v5.version(5).stores(SCHEMA_V5);
    await v5.open();
    const vendorId = (await v5
      .table('vendors')
      .add({ name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 })) as number;
    await v5.table('meta').put({ key: 'lastBackupAt', value: 5 });
    v5.close();

    const v6 = createDb(NAME);
    await v6.open();
    expect(v6.verno).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect((await v6.vendors.get(vendorId))?.name).toBe('Acme');
    expect((await v6.meta.get('lastBackupAt'))?.value).toBe(5);
    expect(await v6.agreements.count()).toBe(0);
    v6.close();
  });
});

// A composed renewal and notice (our own wording).
const card = (automatic = true) =>
  makeCard({
    vendor: 'Acme',
    kind: 'msa',
    fields: {
      renewal: f({ automatic, termMonths: 12 }, 'The subscription carries on for successive twelve-month periods.'),
      notices: [f({ kind: 'non-renewal', amount: 30, unit: 'days' }, 'To stop it, tell us thirty days ahead.')],
    },
  });

async function saved(c = card()) {
  return saveSnapshot({ card: c, text: 'agreement text', url: 'https://acme.com/msa', title: 'MSA' });
}

describe('agreement dates', () => {
  it('stores, replaces and clears the dates of a document', async () => {
    const { documentId } = await saved();
    await setAgreementDates(documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    expect(await agreementDatesFor(documentId)).toMatchObject({
      start: '2026-03-01',
      initialTermMonths: 12,
      end: null,
    });
    await setAgreementDates(documentId, {
      start: null,
      initialTermMonths: null,
      end: '2027-06-30',
      weekend: 'fri-sat',
    });
    expect(await agreementDatesFor(documentId)).toMatchObject({ end: '2027-06-30', weekend: 'fri-sat' });
    expect(await db.agreements.count()).toBe(1);
    await clearAgreementDates(documentId);
    expect(await agreementDatesFor(documentId)).toBeNull();
  });

  it('goes with its document: deleting the last snapshot or the vendor deletes the dates', async () => {
    const first = await saved();
    await setAgreementDates(first.documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    await deleteSnapshot(first.snapshotId);
    expect(await db.agreements.count()).toBe(0);
    const second = await saved();
    await setAgreementDates(second.documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    await deleteVendor(second.vendorId);
    expect(await db.agreements.count()).toBe(0);
  });

  it('rejects invalid input and unknown documents, storing nothing', async () => {
    const { documentId } = await saved();
    await expect(
      setAgreementDates(documentId, { start: '2026-02-30', initialTermMonths: 12, end: null }),
    ).rejects.toThrow(/calendar day/);
    await expect(
      setAgreementDates(documentId, { start: '2026-01-01', initialTermMonths: 0, end: null }),
    ).rejects.toThrow();
    await expect(
      setAgreementDates(documentId, {
        start: null,
        initialTermMonths: null,
        end: '2026-12-31',
        weekend: 'sun-mon' as never,
      }),
    ).rejects.toThrow(/weekend/);
    await expect(
      setAgreementDates(documentId + 100, { start: null, initialTermMonths: null, end: '2026-12-31' }),
    ).rejects.toThrow(/No document/);
    expect(await db.agreements.count()).toBe(0);
  });
});

describe('libraryDeadlines', () => {
  it('computes deadlines from the newest card and the stored dates', async () => {
    const { documentId } = await saved();
    await setAgreementDates(documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    const [a, ...rest] = await libraryDeadlines('2026-12-03');
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ documentId, vendor: 'Acme', url: 'https://acme.com/msa' });
    expect(a?.result.termEnd).toBe('2027-02-28');
    expect(a?.result.nextRenewal).toBe('2027-03-01');
    const nr = a?.result.deadlines.find((d) => d.kind === 'non-renewal-notice');
    expect(nr?.date).toBe('2027-01-29');
    expect(nr?.source?.quote).toBe('To stop it, tell us thirty days ahead.');
  });

  it("applies the user's corrections to renewal", async () => {
    const { documentId, snapshotId } = await saved();
    await setAgreementDates(documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    await setCorrection(snapshotId, 'fields.renewal', { automatic: false, termMonths: null });
    const [a] = await libraryDeadlines('2026-12-03');
    expect(a?.result.nextRenewal).toBeNull();
  });

  it('skips documents deleted since, and malformed rows with a report', async () => {
    const { documentId, snapshotId } = await saved();
    await setAgreementDates(documentId, { start: '2026-03-01', initialTermMonths: 12, end: null });
    await db.agreements.put({ documentId: 4242, start: 'soon', initialTermMonths: null, end: null, updatedAt: 1 });
    const skipped: string[] = [];
    expect(await libraryDeadlines('2026-12-03', (w) => skipped.push(w))).toHaveLength(1);
    expect(skipped.join(' ')).toContain('4242');
    await deleteSnapshot(snapshotId);
    expect(await libraryDeadlines('2026-12-03', () => {})).toEqual([]);
  });
});
