import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cardRowOf,
  createDb,
  DB_VERSION,
  latestRowOf,
  normalizeUrl,
  normalizeVendorName,
  registrableDomain,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  siteHost,
} from '../utils/db';
import { f, makeCard } from './helpers/card-fixture';

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

  it('reads the registrable domain of a host (a simple eTLD+1)', () => {
    expect(registrableDomain('status.acme.com')).toBe('acme.com');
    expect(registrableDomain('acme.com')).toBe('acme.com');
    expect(registrableDomain('legal.acme.co.uk')).toBe('acme.co.uk');
    expect(registrableDomain('portal.acme.com.sa')).toBe('acme.com.sa');
    expect(registrableDomain('acme.com.pk')).toBe('acme.com.pk');
    expect(registrableDomain('acme.github.io')).toBe('acme.github.io');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
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
    expect(v3.verno).toBe(DB_VERSION);
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

describe('schema migration v3 → v4', () => {
  it('backfills the newest card of each document, values only, and keeps every v3 row', async () => {
    const v3 = new Dexie(NAME);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const acme = (await v3
      .table('vendors')
      .add({ name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 })) as number;
    const doc = async (url: string, kind: string) =>
      (await v3.table('documents').add({ vendorId: acme, url, title: null, kind, createdAt: 1 })) as number;
    const sla = await doc('https://acme.com/sla', 'sla');
    const terms = await doc('https://acme.com/terms', 'terms');
    const empty = await doc('https://acme.com/empty', 'dpa'); // a document without snapshots gets no row
    const card = (percent: number) =>
      makeCard({
        vendor: 'Acme',
        kind: 'sla',
        fields: { uptime: f({ percent, period: 'month' }, `${percent}% quote`) },
      });
    // Out of capture order, and two captures of `terms` at the same time (possible in imported data).
    const snaps = [
      { documentId: sla, capturedAt: 30, card: card(99.9) },
      { documentId: sla, capturedAt: 10, card: card(99) },
      { documentId: terms, capturedAt: 20, card: card(98) },
      { documentId: terms, capturedAt: 20, card: card(97) },
    ];
    const rows = [];
    for (const s of snaps) {
      const row = { ...s, vendorId: acme, text: 'x', textHash: String(s.card.fields.uptime?.value.percent) };
      const id = (await v3.table('snapshots').add(row)) as number;
      await v3.table('cards').add(cardRowOf({ ...row, id }));
      rows.push({ ...row, id });
    }
    await v3.table('corrections').add({ snapshotId: rows[0]!.id, path: 'fields.uptime', value: null, createdAt: 5 });
    const before = Object.fromEntries(
      await Promise.all(
        ['vendors', 'documents', 'snapshots', 'cards', 'corrections'].map(async (t) => [
          t,
          await v3.table(t).toArray(),
        ]),
      ),
    );
    v3.close();

    const v4 = createDb(NAME);
    await v4.open();
    expect(v4.verno).toBe(DB_VERSION);
    for (const [t, content] of Object.entries(before)) expect(await v4.table(t).toArray()).toEqual(content);
    expect(await v4.quarantine.count()).toBe(0);
    const latest = await v4.latest.orderBy('documentId').toArray();
    expect(latest).toEqual([
      { documentId: sla, vendorId: acme, snapshotId: rows[0]!.id, capturedAt: 30, card: expect.anything() },
      { documentId: terms, vendorId: acme, snapshotId: rows[3]!.id, capturedAt: 20, card: expect.anything() },
    ]);
    expect(latest.map((l) => l.card.fields.uptime)).toEqual([
      { value: { percent: 99.9, period: 'month' } },
      { value: { percent: 97, period: 'month' } },
    ]);
    // Everything but the evidence is kept.
    const { fields: _f, ...rest } = rows[0]!.card;
    expect(latest[0]!.card).toMatchObject(rest);
    expect(await v4.latest.get(empty)).toBeUndefined();
    expect(await v4.latest.where('vendorId').equals(acme).count()).toBe(2);
    v4.close();
  });
});

describe('upgrades that survive a bad row', () => {
  it('v3 → v5: a malformed cards row no longer aborts the upgrade; it is set aside and reported', async () => {
    const v3 = new Dexie(NAME);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const acme = (await v3
      .table('vendors')
      .add({ name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 })) as number;
    const doc = (await v3
      .table('documents')
      .add({ vendorId: acme, url: 'https://acme.com/sla', title: null, kind: 'sla', createdAt: 1 })) as number;
    const good = makeCard({ vendor: 'Acme', kind: 'sla', fields: { uptime: f({ percent: 99.9, period: 'month' }) } });
    const add = async (capturedAt: number, card: unknown) => {
      const row = { documentId: doc, vendorId: acme, capturedAt, text: 't', textHash: `h${capturedAt}`, card };
      const id = (await v3.table('snapshots').add(row)) as number;
      await v3.table('cards').add({ snapshotId: id, documentId: doc, vendorId: acme, capturedAt, kind: 'sla', card });
      return id;
    };
    const goodId = await add(10, good);
    // Newer, and broken three ways: no fields (cardValues used to throw here), a card row with no card at all.
    const noFields = await add(20, { ...good, fields: null });
    const noCard = (await v3
      .table('cards')
      .add({ snapshotId: 999, documentId: doc, vendorId: acme, capturedAt: 30 })) as number;
    await v3.table('corrections').add({ snapshotId: goodId, path: 'fields.uptime', value: 'x', createdAt: 1 });
    v3.close();

    const v5 = createDb(NAME);
    await v5.open(); // used to fail: the upgrade aborted and the database could not be opened again
    expect(v5.verno).toBe(DB_VERSION);
    // The good capture is the document's latest; the bad rows are kept whole in quarantine with their problems.
    expect((await v5.latest.get(doc))?.snapshotId).toBe(goodId);
    const q = await v5.quarantine.toArray();
    expect(q.map((r) => `${r.table}:${r.key}`).sort()).toEqual(
      [`cards:${noCard}`, `cards:${noFields}`, 'corrections:1', `snapshots:${noFields}`].sort(),
    );
    expect(q.find((r) => r.table === 'snapshots')!.problems).toContain('card.fields: not an object');
    expect((q.find((r) => r.key === noCard)!.row as { capturedAt: number }).capturedAt).toBe(30);
    expect(await v5.snapshots.count()).toBe(1);
    expect(await v5.cards.count()).toBe(1);
    expect(await v5.corrections.count()).toBe(0);
    v5.close();
    // And it opens again.
    const again = createDb(NAME);
    await again.open();
    expect(await again.latest.count()).toBe(1);
    again.close();
  });

  it('v4 → v5: a latest row pointing at a malformed card is recomputed from the good ones', async () => {
    const v4 = new Dexie(NAME);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const card = makeCard({ kind: 'sla', fields: { uptime: f({ percent: 99, period: 'month' }) } });
    const rows = [
      { id: 1, documentId: 1, vendorId: 1, capturedAt: 1, text: 'a', textHash: 'a', card },
      { id: 2, documentId: 1, vendorId: 1, capturedAt: 1e16, text: 'b', textHash: 'b', card },
    ];
    await v4.table('vendors').add({ id: 1, name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 });
    await v4
      .table('documents')
      .add({ id: 1, vendorId: 1, url: 'https://acme.com/sla', title: null, kind: 'sla', createdAt: 1 });
    for (const r of rows) {
      await v4.table('snapshots').add(r);
      await v4.table('cards').add(cardRowOf(r));
    }
    await v4.table('latest').add(latestRowOf(cardRowOf(rows[1]!)));
    v4.close();

    const v5 = createDb(NAME);
    await v5.open();
    expect((await v5.latest.get(1))?.snapshotId).toBe(1);
    expect(await v5.quarantine.where('table').equals('snapshots').count()).toBe(1);
    v5.close();
  });
});
