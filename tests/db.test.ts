import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, DB_VERSION, normalizeUrl, normalizeVendorName, SCHEMA_V1, siteHost } from '../utils/db';
import { makeCard } from './helpers/card-fixture';

const NAME = 'clauselens-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('helpers', () => {
  it('normalizes vendor names, hosts and urls', () => {
    expect(normalizeVendorName('Acme, Inc.')).toBe('acme');
    expect(normalizeVendorName('Zoë Labs GmbH')).toBe('zoe labs');
    expect(normalizeVendorName('ACME')).toBe('acme');
    // A name that is only a legal form keeps it rather than becoming empty.
    expect(normalizeVendorName('Limited')).toBe('limited');
    expect(siteHost('https://www.Example.com/legal/terms?x=1')).toBe('example.com');
    expect(normalizeUrl('https://example.com/terms#section-2')).toBe('https://example.com/terms');
  });
});

describe('schema migration v1 → v2', () => {
  it('keeps v1 data, backfills the vendor name key and serves the new compound index', async () => {
    // An installed v1 database, written by the v1 schema only.
    const v1 = new Dexie(NAME);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    const vendorId = (await v1.table('vendors').add({ name: 'Acme, Inc.', site: 'acme.com', createdAt: 1 })) as number;
    const documentId = (await v1.table('documents').add({
      vendorId,
      url: 'https://acme.com/sla',
      title: 'SLA',
      kind: 'sla',
      createdAt: 1,
    })) as number;
    const card = makeCard({ vendor: 'Acme', kind: 'sla' });
    for (const capturedAt of [300, 100, 200]) {
      await v1
        .table('snapshots')
        .add({ documentId, vendorId, capturedAt, text: `t${capturedAt}`, textHash: `h${capturedAt}`, card });
    }
    await v1.table('corrections').add({ snapshotId: 1, path: 'fields.uptime', value: null, createdAt: 5 });
    v1.close();

    const v2 = createDb(NAME);
    await v2.open();
    expect(v2.verno).toBe(DB_VERSION);
    const vendor = await v2.vendors.get(vendorId);
    expect(vendor).toMatchObject({ name: 'Acme, Inc.', site: 'acme.com', nameKey: 'acme' });
    expect(await v2.vendors.where('nameKey').equals('acme').count()).toBe(1);
    const ordered = await v2.snapshots
      .where('[vendorId+capturedAt]')
      .between([vendorId, Dexie.minKey], [vendorId, Dexie.maxKey])
      .toArray();
    expect(ordered.map((s) => s.capturedAt)).toEqual([100, 200, 300]);
    expect(ordered[0]!.card).toEqual(card);
    expect(await v2.documents.where('url').equals('https://acme.com/sla').count()).toBe(1);
    expect(await v2.corrections.count()).toBe(1);
    v2.close();
  });

  it('enforces unique document urls', async () => {
    const d = createDb(NAME);
    await d.documents.add({ vendorId: 1, url: 'https://a.com/t', title: null, kind: 'terms', createdAt: 1 } as never);
    await expect(
      d.documents.add({ vendorId: 2, url: 'https://a.com/t', title: null, kind: 'terms', createdAt: 2 } as never),
    ).rejects.toThrow();
    d.close();
  });
});
