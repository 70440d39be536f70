import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createDb, DB_VERSION, normalizeUrl, normalizeVendorName, SCHEMA_V1, SCHEMA_V2, siteHost } from '../utils/db';
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
    // v1 → v3 runs both upgrades: every snapshot also has its card row.
    expect((await v2.cards.toArray()).map((c) => c.capturedAt).sort()).toEqual([100, 200, 300]);
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

describe('schema migration v2 → v3', () => {
  it('backfills one card row per snapshot, without the text, and serves the latest-card index', async () => {
    expect(DB_VERSION).toBe(3);
    const v2 = new Dexie(NAME);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const vendors = v2.table('vendors');
    const documents = v2.table('documents');
    const snapshots = v2.table('snapshots');
    const acme = (await vendors.add({ name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 })) as number;
    const beta = (await vendors.add({ name: 'Beta', nameKey: 'beta', site: 'beta.io', createdAt: 1 })) as number;
    const sla = (await documents.add({
      vendorId: acme,
      url: 'https://acme.com/sla',
      title: null,
      kind: 'sla',
      createdAt: 1,
    })) as number;
    const terms = (await documents.add({
      vendorId: beta,
      url: 'https://beta.io/t',
      title: null,
      kind: 'terms',
      createdAt: 1,
    })) as number;
    const cards = [
      makeCard({ vendor: 'Acme', kind: 'sla', textHash: 'a1' }),
      makeCard({ vendor: 'Acme', kind: 'sla', textHash: 'a2' }),
      makeCard({ vendor: 'Beta', kind: 'terms', textHash: 'b1' }),
    ];
    const rows = [
      { documentId: sla, vendorId: acme, capturedAt: 10, card: cards[0] },
      { documentId: sla, vendorId: acme, capturedAt: 20, card: cards[1] },
      { documentId: terms, vendorId: beta, capturedAt: 15, card: cards[2] },
    ];
    const ids: number[] = [];
    for (const r of rows)
      ids.push((await snapshots.add({ ...r, text: 'x'.repeat(50_000), textHash: r.card!.textHash })) as number);
    v2.close();

    const v3 = createDb(NAME);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.snapshots.count()).toBe(3);
    const backfilled = await v3.cards.orderBy('snapshotId').toArray();
    expect(backfilled).toEqual(
      rows.map((r, i) => ({
        snapshotId: ids[i],
        documentId: r.documentId,
        vendorId: r.vendorId,
        capturedAt: r.capturedAt,
        kind: r.card!.kind,
        card: r.card,
      })),
    );
    expect(backfilled.some((c) => 'text' in c)).toBe(false);
    const latestOfSla = await v3.cards
      .where('[documentId+capturedAt]')
      .between([sla, Dexie.minKey], [sla, Dexie.maxKey])
      .last();
    expect(latestOfSla?.card.textHash).toBe('a2');
    expect(await v3.cards.where('vendorId').equals(beta).count()).toBe(1);
    v3.close();
  });
});
