import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, DB_VERSION, db, SCHEMA_V3 } from '../utils/db';
import { readLatestDirect, startEarlyRead, takeEarlyRead } from '../utils/library';
import { deleteSnapshot, latestByVendor, saveSnapshot, setCorrection } from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';

const OTHER = 'clauselens-direct-read-test';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

afterEach(async () => {
  await Dexie.delete(OTHER);
});

const card = (vendor: string, percent: number) =>
  makeCard({ vendor, kind: 'sla', fields: { uptime: f({ percent, period: 'month' }, `${percent}% of the time`) } });

describe('readLatestDirect', () => {
  it('reads what latestByVendor reads: latest cards, values only, corrections applied, vendors by name', async () => {
    const a1 = await saveSnapshot({ card: card('Zeta', 99), text: 'z1', url: 'https://zeta.io/sla', title: null });
    const a2 = await saveSnapshot({ card: card('Zeta', 99.5), text: 'z2', url: 'https://zeta.io/sla', title: null });
    await saveSnapshot({ card: card('Acme', 99.9), text: 'a', url: 'https://acme.com/sla', title: 'SLA' });
    await saveSnapshot({ card: card('Mid', 98), text: 'm', url: 'https://mid.dev/sla', title: null });
    await setCorrection(a2.snapshotId, 'fields.uptime', { percent: 99.95, period: 'month' });
    await deleteSnapshot(a1.snapshotId);

    const direct = await readLatestDirect();
    expect(direct).toEqual(await latestByVendor());
    expect(direct!.map((v) => v.vendor.name)).toEqual(['Acme', 'Mid', 'Zeta']);
    const zeta = direct![2]!.docs[0]!;
    expect(zeta.snapshotId).toBe(a2.snapshotId);
    expect(zeta.card.fields.uptime).toEqual({ value: { percent: 99.95, period: 'month' } });
  });

  it('hands a read started early (compare-boot) to the page once', async () => {
    await saveSnapshot({ card: card('Acme', 99.9), text: 'a', url: 'https://acme.com/sla', title: null });
    expect(takeEarlyRead()).toBeUndefined();
    startEarlyRead();
    const early = takeEarlyRead();
    expect(takeEarlyRead()).toBeUndefined();
    expect((await early)?.map((v) => v.vendor.name)).toEqual(['Acme']);
  });

  it('reads an empty library as no vendors', async () => {
    expect(await readLatestDirect()).toEqual([]);
  });

  it('leaves a missing database uncreated, for Dexie to create', async () => {
    expect(await readLatestDirect(OTHER)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(OTHER);
    const fresh = createDb(OTHER);
    await fresh.open();
    expect(fresh.verno).toBe(DB_VERSION);
    expect(await fresh.latest.count()).toBe(0);
    fresh.close();
  });

  it('leaves an older schema alone, for Dexie to upgrade', async () => {
    const v3 = new Dexie(OTHER);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    await v3.table('vendors').add({ name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 });
    v3.close();
    expect(await readLatestDirect(OTHER)).toBeNull();
    const still = new Dexie(OTHER);
    await still.open(); // opens whatever version is installed
    expect(still.verno).toBe(3);
    expect(still.tables.map((t) => t.name)).not.toContain('latest');
    still.close();
  });
});
