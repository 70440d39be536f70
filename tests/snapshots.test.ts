import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../utils/db';
import {
  correctionsFor,
  deleteSnapshot,
  deleteVendor,
  describeChange,
  diffCards,
  diffClauses,
  effectiveCard,
  isBoilerplate,
  latestByVendor,
  latestSnapshotForUrl,
  mergeVendors,
  revertCorrection,
  saveSnapshot,
  setCorrection,
  snapshotsForDocument,
  splitClauses,
  vendorHistory,
  vendorMergeSuggestions,
} from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';
import { expectDerivedInSync } from './helpers/db-sync';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const SLA_TEXT = [
  'Service Level Agreement',
  'Last updated: 1 March 2024',
  'Acme will make the Service available 99.9% of the time in each calendar month. Credits are the sole remedy.',
  'Liability is limited to fees paid in the 12 months before the claim.',
  '© 2024 Acme Inc. All rights reserved.',
].join('\n');

const slaCard = (percent = 99.9, months = 12) =>
  makeCard({
    vendor: 'Acme',
    kind: 'sla',
    fields: {
      uptime: f({ percent, period: 'month' }, `available ${percent}%`),
      liabilityCap: f({ basis: 'fees', feesMonths: months, multiple: null, fixed: null, combine: null }),
      notices: [f({ kind: 'maintenance', amount: 48, unit: 'hours' })],
    },
  });

const URL = 'https://acme.com/sla';

describe('saveSnapshot', () => {
  it('adds the first snapshot, creating vendor and document', async () => {
    const r = await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: `${URL}#top`, title: 'SLA' });
    expect(r).toMatchObject({ status: 'added', previousSnapshotId: null, changes: [], meaningful: true });
    expect(await db.vendors.get(r.vendorId)).toMatchObject({ name: 'Acme', nameKey: 'acme', site: 'acme.com' });
    expect(await db.documents.get(r.documentId)).toMatchObject({ url: URL, kind: 'sla', title: 'SLA' });
  });

  it('adds nothing for the same text', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    const b = await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    expect(b).toMatchObject({ status: 'unchanged', snapshotId: a.snapshotId, changes: [], meaningful: false });
    expect(await db.snapshots.count()).toBe(1);
  });

  it('adds a snapshot and reports field changes in words when the text changes', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    const text2 = SLA_TEXT.replace('99.9%', '99.5%').replace('12 months', '6 months');
    const b = await saveSnapshot({ card: slaCard(99.5, 6), text: text2, url: URL, title: 'SLA' });
    expect(b.status).toBe('added');
    expect(b.previousSnapshotId).toBe(a.snapshotId);
    expect(b.documentId).toBe(a.documentId);
    expect(b.meaningful).toBe(true);
    expect(b.changes.map(describeChange)).toEqual([
      'Uptime: 99.9% per month → 99.5% per month',
      'Liability cap: 12 months of fees → 6 months of fees',
    ]);
    expect(b.clauseChanges).toHaveLength(2);
    expect(b.clauseChanges[0]).toMatchObject({ type: 'changed' });
    expect(await db.snapshots.count()).toBe(2);
  });

  it('stores a whitespace/boilerplate-only edit but flags it as not meaningful', async () => {
    await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    const text2 = SLA_TEXT.replace('1 March 2024', '9 April 2025')
      .replace('© 2024', '© 2025')
      .replace('available 99.9%', 'available  99.9%')
      .concat('\nWe use cookies to improve your experience. By continuing to browse you accept our use of cookies.');
    // Quotes and offsets moved, values did not.
    const card2 = slaCard();
    card2.fields.uptime = { ...card2.fields.uptime!, start: 40, end: 60, confidence: 0.5 };
    const r = await saveSnapshot({ card: card2, text: text2, url: URL, title: 'SLA' });
    expect(r.status).toBe('added');
    expect(r.changes).toEqual([]);
    expect(r.clauseChanges).toEqual([]);
    expect(r.meaningful).toBe(false);
    expect(await db.snapshots.count()).toBe(2);
  });

  it('groups documents of the same site and the same registrable domain, never by name alone', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'a', url: 'https://acme.com/sla', title: null });
    const b = await saveSnapshot({
      card: makeCard({ vendor: 'Acme' }),
      text: 'b',
      url: 'https://www.acme.com/terms',
      title: null,
    });
    // Another host of the same registrable domain, whatever the page calls itself.
    const c = await saveSnapshot({
      card: makeCard({ vendor: 'Acme Status' }),
      text: 'c',
      url: 'https://legal.acme.com/dpa',
      title: null,
    });
    // Another site that calls itself Acme: not Acme's.
    const d = await saveSnapshot({
      card: makeCard({ vendor: 'ACME Inc.' }),
      text: 'd',
      url: 'https://legal-acme.io/dpa',
      title: null,
    });
    // Two names under a shared public suffix are two registrants.
    const e1 = await saveSnapshot({
      card: makeCard({ vendor: 'Kite' }),
      text: 'e1',
      url: 'https://kite.co.uk/t',
      title: null,
    });
    const e2 = await saveSnapshot({
      card: makeCard({ vendor: 'Kite' }),
      text: 'e2',
      url: 'https://other.co.uk/t',
      title: null,
    });
    const e3 = await saveSnapshot({
      card: makeCard({ vendor: 'Kite' }),
      text: 'e3',
      url: 'https://docs.kite.co.uk/sla',
      title: null,
    });
    expect(new Set([a.vendorId, b.vendorId, c.vendorId]).size).toBe(1);
    expect(d.vendorId).not.toBe(a.vendorId);
    expect(e2.vendorId).not.toBe(e1.vendorId);
    expect(e3.vendorId).toBe(e1.vendorId);
    expect(new Set([a.documentId, b.documentId, c.documentId]).size).toBe(3);

    // Same name on another domain is offered to the user, and merged only when they confirm.
    const suggested = await vendorMergeSuggestions();
    expect(suggested.map((g) => g.map((v) => v.site))).toEqual([
      ['acme.com', 'legal-acme.io'],
      ['kite.co.uk', 'other.co.uk'],
    ]);
    await mergeVendors(a.vendorId, d.vendorId);
    expect(await db.vendors.get(d.vendorId)).toBeUndefined();
    expect((await db.documents.get(d.documentId))?.vendorId).toBe(a.vendorId);
    expect(await db.snapshots.where('vendorId').equals(a.vendorId).count()).toBe(4);
    expect((await latestByVendor()).find((v) => v.vendor.id === a.vendorId)?.docs).toHaveLength(4);
    expect(await vendorMergeSuggestions()).toHaveLength(1);
    await expectDerivedInSync();
  });
});

describe('cards table', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gets a row with each added snapshot, none for an unchanged save', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    await saveSnapshot({ card: slaCard(), text: SLA_TEXT, url: URL, title: 'SLA' });
    const b = await saveSnapshot({ card: slaCard(99.5), text: `${SLA_TEXT}\nNew clause.`, url: URL, title: 'SLA' });
    expect(await db.cards.count()).toBe(2);
    expect(await db.cards.get(b.snapshotId)).toMatchObject({
      documentId: b.documentId,
      vendorId: b.vendorId,
      kind: 'sla',
      card: { fields: { uptime: { value: { percent: 99.5 } } } },
    });
    expect((await db.cards.get(a.snapshotId))?.card.fields.uptime?.value.percent).toBe(99.9);
    await expectDerivedInSync();
  });

  it('keeps `latest` at the newest capture of each document, values only, through saves and deletes', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    const terms = await saveSnapshot({ card: slaCard(99), text: 't', url: 'https://acme.com/terms', title: null });
    const row = await db.latest.get(a.documentId);
    expect(row).toMatchObject({ documentId: a.documentId, vendorId: a.vendorId, snapshotId: b.snapshotId });
    expect(row?.card.fields.uptime).toEqual({ value: { percent: 99.5, period: 'month' } });
    expect(row?.card.fields.notices).toEqual([{ value: { kind: 'maintenance', amount: 48, unit: 'hours' } }]);
    await expectDerivedInSync();
    // Deleting an older capture leaves the latest alone; deleting the newest falls back to the one before.
    await deleteSnapshot(a.snapshotId);
    expect((await db.latest.get(b.documentId))?.snapshotId).toBe(b.snapshotId);
    const c = await saveSnapshot({ card: slaCard(99.8), text: 'three', url: URL, title: null });
    await deleteSnapshot(c.snapshotId);
    expect((await db.latest.get(b.documentId))?.snapshotId).toBe(b.snapshotId);
    await expectDerivedInSync();
    // The last capture of a document takes its row along; a vendor delete takes all of its rows.
    await deleteSnapshot(terms.snapshotId);
    expect(await db.latest.get(terms.documentId)).toBeUndefined();
    await deleteVendor(b.vendorId);
    expect(await db.latest.count()).toBe(0);
  });

  it('loses the row with its snapshot or vendor', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    const other = await saveSnapshot({
      card: makeCard({ vendor: 'Other' }),
      text: 'o',
      url: 'https://o.com/t',
      title: null,
    });
    await deleteSnapshot(b.snapshotId);
    expect(await db.cards.get(b.snapshotId)).toBeUndefined();
    await expectDerivedInSync();
    // The compare page falls back to the previous capture.
    const acme = (await latestByVendor()).find((v) => v.vendor.id === a.vendorId)!;
    expect(acme.docs.map((d) => d.snapshotId)).toEqual([a.snapshotId]);
    await deleteVendor(a.vendorId);
    expect((await db.cards.toArray()).map((c) => c.snapshotId)).toEqual([other.snapshotId]);
    await expectDerivedInSync();
  });

  it('is not what the compare query reads: it reads `latest`, never the snapshots or the full cards', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    await setCorrection(b.snapshotId, 'fields.liabilityCap', null);
    await saveSnapshot({ card: makeCard({ vendor: 'Other' }), text: 'o', url: 'https://o.com/t', title: null });
    // Every object store the query reads, and the stores each of its transactions covers. (IDBDatabase.transaction
    // is bound once when Dexie opens, so the spy sits on the transaction's objectStore(), called per request.)
    const read: string[] = [];
    const scopes: string[] = [];
    const objectStore = IDBTransaction.prototype.objectStore;
    vi.spyOn(IDBTransaction.prototype, 'objectStore').mockImplementation(function (this: IDBTransaction, name: string) {
      read.push(name);
      scopes.push(...Array.from(this.objectStoreNames));
      return objectStore.call(this, name);
    });
    const latest = await latestByVendor();
    expect(read).toContain('latest');
    expect(read).not.toContain('snapshots');
    expect(read).not.toContain('cards');
    expect(scopes).not.toContain('snapshots');
    expect(scopes).not.toContain('cards');
    const acme = latest.find((v) => v.vendor.id === a.vendorId)!;
    expect(acme.docs).toHaveLength(1);
    expect(acme.docs[0]).toMatchObject({ snapshotId: b.snapshotId });
    expect(acme.docs[0]!.card.fields.uptime?.value.percent).toBe(99.5);
    expect(acme.docs[0]!.card.fields.liabilityCap).toBeNull(); // the correction applies
    // Values only: the evidence stays in the full card.
    expect(acme.docs[0]!.card.fields.uptime).toEqual({ value: { percent: 99.5, period: 'month' } });
  });

  it('serves the compare page and the history even with the snapshot texts gone', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    await db.snapshots.clear();
    const latest = await latestByVendor();
    expect(latest[0]!.docs.map((d) => [d.snapshotId, d.card.fields.uptime?.value.percent])).toEqual([
      [b.snapshotId, 99.5],
    ]);
    const history = await vendorHistory(a.vendorId);
    expect(history.map((h) => h.snapshot.id)).toEqual([b.snapshotId, a.snapshotId]);
    expect(history[0]!.changes.map((c) => c.field)).toEqual(['uptime']);
  });
});

describe('reading', () => {
  it('lists snapshots, the latest for a url, and a vendor history with changes', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    await saveSnapshot({
      card: makeCard({ vendor: 'Acme' }),
      text: 'terms',
      url: 'https://acme.com/terms',
      title: null,
    });
    expect((await snapshotsForDocument(a.documentId)).map((s) => s.id)).toEqual([a.snapshotId, b.snapshotId]);
    expect((await latestSnapshotForUrl(`${URL}#x`))?.id).toBe(b.snapshotId);
    expect(await latestSnapshotForUrl('https://nowhere.com/')).toBeNull();

    const history = await vendorHistory(a.vendorId);
    expect(history).toHaveLength(3);
    const ofB = history.find((h) => h.snapshot.id === b.snapshotId)!;
    expect(ofB.previousSnapshotId).toBe(a.snapshotId);
    expect(ofB.changes.map((c) => c.field)).toEqual(['uptime']);
    expect(history.find((h) => h.snapshot.id === a.snapshotId)!.changes).toEqual([]);
    // Newest first.
    expect(history[0]!.snapshot.capturedAt).toBeGreaterThanOrEqual(history[2]!.snapshot.capturedAt);

    const latest = await latestByVendor();
    expect(latest).toHaveLength(1);
    expect(latest[0]!.docs.map((d) => d.snapshotId).sort()).toContain(b.snapshotId);
    expect(latest[0]!.docs).toHaveLength(2);
  });
});

describe('corrections', () => {
  it('applies corrections on read and leaves the stored card untouched', async () => {
    const card = slaCard();
    card.fields.governingLaw = [f({ name: 'Delaware', country: 'US', region: 'US-DE' })];
    const r = await saveSnapshot({ card, text: 'x', url: URL, title: null });
    await setCorrection(r.snapshotId, 'fields.uptime', { percent: 99.95, period: 'month' });
    await setCorrection(r.snapshotId, 'fields.uptime', { percent: 99.99, period: 'month' }); // replaces
    await setCorrection(r.snapshotId, 'fields.notices.0', null); // removes the item
    await setCorrection(r.snapshotId, 'fields.liabilityCap', null);
    await setCorrection(r.snapshotId, 'fields.governingLaw', [{ name: 'England', country: 'GB', region: 'GB-ENG' }]);
    const corrections = await correctionsFor(r.snapshotId);
    expect(corrections).toHaveLength(4);

    const stored = (await db.snapshots.get(r.snapshotId))!;
    const eff = effectiveCard(stored, corrections);
    expect(eff.fields.uptime?.value).toEqual({ percent: 99.99, period: 'month' });
    expect(eff.fields.uptime?.quote).toBe('available 99.9%'); // evidence kept
    expect(eff.fields.notices).toEqual([]);
    expect(eff.fields.liabilityCap).toBeNull();
    expect(eff.fields.governingLaw.map((g) => g.value.country)).toEqual(['GB']);
    expect(stored.card.fields.uptime?.value.percent).toBe(99.9);
    expect(stored.card.fields.notices).toHaveLength(1);

    // The compare page reads corrected cards.
    expect((await latestByVendor())[0]!.docs[0]!.card.fields.uptime?.value.percent).toBe(99.99);

    await revertCorrection(r.snapshotId, 'fields.uptime');
    const after = effectiveCard(stored, await correctionsFor(r.snapshotId));
    expect(after.fields.uptime?.value.percent).toBe(99.9);
  });

  it('rejects bad paths and unknown snapshots', async () => {
    await expect(setCorrection(1, 'card.vendor', 'x')).rejects.toThrow(/Invalid correction path/);
    await expect(setCorrection(999, 'fields.uptime', null)).rejects.toThrow(/No snapshot/);
  });
});

describe('deleting', () => {
  it('cascades a vendor delete', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    await setCorrection(a.snapshotId, 'fields.uptime', null);
    const other = await saveSnapshot({
      card: makeCard({ vendor: 'Other' }),
      text: 'o',
      url: 'https://o.com/t',
      title: null,
    });
    await deleteVendor(a.vendorId);
    expect(await db.vendors.toArray()).toHaveLength(1);
    expect(await db.documents.toArray()).toHaveLength(1);
    expect((await db.snapshots.toArray()).map((s) => s.id)).toEqual([other.snapshotId]);
    expect(await db.corrections.count()).toBe(0);
  });

  it('deletes one snapshot, then the empty document and vendor', async () => {
    const a = await saveSnapshot({ card: slaCard(), text: 'one', url: URL, title: null });
    const b = await saveSnapshot({ card: slaCard(99.5), text: 'two', url: URL, title: null });
    await setCorrection(b.snapshotId, 'fields.uptime', null);
    await deleteSnapshot(b.snapshotId);
    expect((await latestSnapshotForUrl(URL))?.id).toBe(a.snapshotId);
    expect(await db.corrections.count()).toBe(0);
    await deleteSnapshot(a.snapshotId);
    expect(await db.documents.count()).toBe(0);
    expect(await db.vendors.count()).toBe(0);
  });
});

describe('diffCards', () => {
  it('compares values, not quotes, order or confidence', () => {
    const a = makeCard({
      fields: {
        governingLaw: [
          f({ name: 'Delaware', country: 'US', region: 'US-DE' }),
          f({ name: 'Ireland', country: 'IE', region: null }),
        ],
      },
    });
    const b = makeCard({
      fields: {
        governingLaw: [
          f({ region: null, country: 'IE', name: 'Ireland' }, 'another quote'),
          f({ name: 'Delaware', country: 'US', region: 'US-DE' }),
        ],
      },
    });
    expect(diffCards(a, b)).toEqual([]);
  });

  it('reports each notice kind separately and appearing/disappearing fields', () => {
    const a = makeCard({ fields: { notices: [f({ kind: 'price-change', amount: 30, unit: 'days' })] } });
    const b = makeCard({
      fields: {
        notices: [f({ kind: 'price-change', amount: 60, unit: 'days' })],
        soleRemedy: f(true),
      },
    });
    expect(diffCards(a, b).map(describeChange)).toEqual([
      'Sole remedy: not stated → credits are the sole remedy',
      'Price change notice: 30 days → 60 days',
    ]);
  });
});

describe('diffClauses', () => {
  it('splits paragraphs into sentences', () => {
    expect(splitClauses('One. Two, e.g. three.\n\nFour?  Five')).toEqual(['One.', 'Two, e.g. three.', 'Four?', 'Five']);
  });

  it('ignores whitespace-only changes, including re-flowed paragraphs', () => {
    expect(diffClauses('A is true. B is true.', 'A is  true.\nB is true.')).toEqual([]);
  });

  it('ignores boilerplate', () => {
    for (const s of [
      'Last updated: March 3, 2024',
      'Effective date: 2024-03-03',
      '© 2024 Acme Inc.',
      'Copyright 2019-2024 Acme',
      'All rights reserved.',
      'This website uses cookies. Accept all',
      'Accept all cookies',
      'Skip to main content',
    ]) {
      expect(isBoilerplate(s), s).toBe(true);
    }
    // Real clauses that mention the same words are not boilerplate.
    expect(isBoilerplate('We may update these terms; continued use after the update means you accept them.')).toBe(
      false,
    );
    expect(
      isBoilerplate(
        'Effective immediately upon notice, Acme may suspend the Service if the Customer fails to pay undisputed fees within thirty days of the due date.',
      ),
    ).toBe(false);
  });

  it('reports added, removed and changed clauses', () => {
    const before = 'Intro. Fees rise with 30 days notice. Old clause stays. Removed clause.';
    const after = 'Intro. Fees rise with 60 days notice. Old clause stays. New clause here.';
    expect(diffClauses(before, after)).toEqual([
      { type: 'changed', before: 'Fees rise with 30 days notice.', after: 'Fees rise with 60 days notice.' },
      { type: 'changed', before: 'Removed clause.', after: 'New clause here.' },
    ]);
    expect(diffClauses('A.', 'A. B.')).toEqual([{ type: 'added', before: null, after: 'B.' }]);
    expect(diffClauses('A. B.', 'A.')).toEqual([{ type: 'removed', before: 'B.', after: null }]);
  });

  it('stays fast on large texts', () => {
    const big = Array.from({ length: 5000 }, (_, i) => `Clause number ${i} says something.`).join(' ');
    const changed = big.replace('Clause number 2500 says', 'Clause number 2500 now says');
    const t = performance.now();
    expect(diffClauses(big, changed)).toHaveLength(1);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
