import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Card } from '../extractors/types';
import { db } from '../utils/db';
import {
  BackupError,
  CSV_BOM,
  comparisonRows,
  exportLibrary,
  importLibrary,
  type LibraryBackup,
  mergeVendorCards,
  toCsv,
  toJson,
  toMarkdown,
} from '../utils/exporters';
import { latestByVendor, saveSnapshot, setCorrection } from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';
import { expectDerivedInSync } from './helpers/db-sync';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const acme = makeCard({
  vendor: 'Acme',
  kind: 'sla',
  fields: {
    uptime: f({ percent: 99.9, period: 'month' }),
    serviceCredits: f({ tiers: [], maxCreditPercent: 25 }),
    liabilityCap: f({ basis: 'fees', feesMonths: 12, multiple: null, fixed: null, combine: null }),
    governingLaw: [f({ name: 'Delaware', country: 'US', region: 'US-DE' })],
    notices: [
      f({ kind: 'price-change', amount: 30, unit: 'days' }),
      f({ kind: 'non-renewal', amount: 60, unit: 'days' }),
    ],
    support: [
      f({ priority: 'P1', firstResponse: { amount: 1, unit: 'hours' } }),
      f({ priority: 'P2', firstResponse: { amount: 4, unit: 'hours' } }),
    ],
  },
});
const beta = makeCard({
  vendor: 'Beta',
  fields: {
    uptime: f({ percent: 99.5, period: 'month' }),
    liabilityCap: f({ basis: 'fees', feesMonths: 6, multiple: 3, fixed: null, combine: null }),
    notices: [
      f({ kind: 'price-change', amount: 10, unit: 'business-days' }),
      f({ kind: 'non-renewal', amount: 30, unit: 'days' }),
    ],
    support: [f({ priority: 'Urgent', firstResponse: { amount: 1, unit: 'business-days' } })],
  },
});
const gamma = makeCard({ vendor: 'Gamma', fields: { uptime: f({ percent: 99.99, period: null }) } });

const vendors = ['Acme', 'Beta', 'Gamma'];
const rowsOf = () =>
  comparisonRows([
    { vendor: 'Acme', card: acme },
    { vendor: 'Beta', card: beta },
    { vendor: 'Gamma', card: gamma },
  ]);
const row = (key: string) => rowsOf().find((r) => r.key === key)!;

describe('comparisonRows', () => {
  it('has one row per field and per notice kind, one cell per vendor', () => {
    const rows = rowsOf();
    expect(rows.map((r) => r.key)).toContain('notices.price-change');
    expect(rows.map((r) => r.key)).toContain('uptime');
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    for (const r of rows) expect(r.cells).toHaveLength(3);
    expect(comparisonRows([{ vendor: 'A', card: acme }], ['uptime', 'renewal']).map((r) => r.key)).toEqual([
      'uptime',
      'renewal',
    ]);
  });

  it('normalizes display and marks missing as null', () => {
    expect(row('uptime').cells[0]).toEqual({ text: '99.9% per month', hint: '≈ 43.8 min downtime/month', sort: 99.9 });
    expect(row('notices.price-change').cells[1]).toMatchObject({
      text: '10 business days',
      hint: '≈ 14 calendar days',
    });
    expect(row('governingLaw').cells[0]!.text).toBe('United States (Delaware)');
    expect(row('governingLaw').cells[1]).toEqual({ text: null, hint: null, sort: null });
  });

  it('ranks best and worst for the customer', () => {
    expect(row('uptime')).toMatchObject({ best: [2], worst: [1] });
    // 6 months × 3 = 18 beats 12 months.
    expect(row('liabilityCap')).toMatchObject({ best: [1], worst: [0] });
    // 30 days beats 10 business days (≈ 14).
    expect(row('notices.price-change')).toMatchObject({ best: [0], worst: [1] });
    // Fastest stated target: 1 hour beats 1 business day.
    expect(row('support')).toMatchObject({ best: [0], worst: [1] });
    // Not ranked: direction depends on who gives the notice.
    expect(row('notices.non-renewal')).toMatchObject({ better: null, best: [], worst: [] });
    // A single value is not ranked.
    expect(row('serviceCredits')).toMatchObject({ best: [], worst: [] });
  });

  it('formats equal values once and keeps different values apart', () => {
    const month = makeCard({ fields: { uptime: f({ percent: 99.9, period: 'month' }, 'first quote') } });
    const sameValue = makeCard({ fields: { uptime: f({ percent: 99.9, period: 'month' }, 'other quote') } });
    const year = makeCard({ fields: { uptime: f({ percent: 99.9, period: 'year' }) } });
    const cells = comparisonRows(
      [
        { vendor: 'A', card: month },
        { vendor: 'B', card: sameValue },
        { vendor: 'C', card: year },
      ],
      ['uptime'],
    )[0]!.cells;
    expect(cells.map((c) => c.text)).toEqual(['99.9% per month', '99.9% per month', '99.9% per year']);
    expect(cells[1]).toBe(cells[0]);
    expect(cells[2]).not.toBe(cells[0]);
  });

  it('handles vendors with no card', () => {
    const rows = comparisonRows([
      { vendor: 'A', card: acme },
      { vendor: 'B', card: null },
    ]);
    expect(rows.find((r) => r.key === 'uptime')!.cells[1]!.text).toBeNull();
  });
});

describe('mergeVendorCards', () => {
  it('prefers the SLA for service levels and the terms for contract fields', () => {
    const sla = makeCard({
      kind: 'sla',
      fields: {
        uptime: f({ percent: 99.9, period: 'month' }),
        liabilityCap: f({ basis: 'credits-only', feesMonths: null, multiple: null, fixed: null, combine: null }),
        notices: [f({ kind: 'maintenance', amount: 5, unit: 'days' })],
      },
    });
    const terms = makeCard({
      kind: 'terms',
      fields: {
        uptime: f({ percent: 99, period: null }),
        liabilityCap: f({ basis: 'fees', feesMonths: 12, multiple: null, fixed: null, combine: null }),
        notices: [
          f({ kind: 'maintenance', amount: 1, unit: 'days' }),
          f({ kind: 'price-change', amount: 30, unit: 'days' }),
        ],
      },
    });
    const oldTerms = makeCard({ kind: 'terms', fields: { renewal: f({ automatic: true, termMonths: 12 }) } });
    const merged = mergeVendorCards([
      { kind: 'sla', capturedAt: 1, card: sla },
      { kind: 'terms', capturedAt: 3, card: terms },
      { kind: 'terms', capturedAt: 2, card: oldTerms },
    ])!;
    expect(merged.fields.uptime?.value.percent).toBe(99.9);
    expect(merged.fields.liabilityCap?.value.basis).toBe('fees');
    expect(merged.fields.notices.map((n) => `${n.value.kind}:${n.value.amount}`)).toEqual([
      'price-change:30',
      'maintenance:5',
    ]);
    // Only the latest terms document counts.
    expect(merged.fields.renewal).toBeNull();
    expect(mergeVendorCards([])).toBeNull();
  });
});

describe('CSV', () => {
  it('escapes commas, quotes and newlines and round-trips through a parser', () => {
    const nasty = makeCard({
      fields: { governingLaw: [f({ name: 'Quebec, "Canada"\nline two', country: 'CA', region: 'CA-QC' })] },
    });
    const rows = comparisonRows([{ vendor: 'A, "quoted"', card: nasty }], ['governingLaw']);
    const csv = toCsv(rows, ['A, "quoted"']);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['Field', 'A, "quoted"']);
    expect(parsed[1]).toEqual(['Governing law', 'Canada (Quebec, "Canada"\nline two)']);
  });

  it('neutralizes formula injection in cells and vendor names', () => {
    const evil = makeCard({ fields: { support: [f({ priority: '', firstResponse: { amount: 1, unit: 'hours' } })] } });
    const rows = comparisonRows([{ vendor: '=HYPERLINK("http://x")', card: evil }], ['support']);
    rows[0]!.cells[0]!.text = '+SUM(A1)';
    const parsed = Papa.parse<string[]>(toCsv(rows, ['=HYPERLINK("http://x")', '@x']).trim()).data;
    expect(parsed[0]![1]).toBe('\'=HYPERLINK("http://x")');
    expect(parsed[0]![2]).toBe("'@x");
    expect(parsed[1]![1]).toBe("'+SUM(A1)");
    for (const line of parsed) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('leaves missing cells empty', () => {
    const parsed = Papa.parse<string[]>(toCsv(rowsOf(), vendors).trim()).data;
    const law = parsed.find((r) => r[0] === 'Governing law')!;
    expect(law).toEqual(['Governing law', 'United States (Delaware)', '', '']);
  });
});

describe('Arabic text in the exports', () => {
  // Composed: an Arabic vendor name with a Latin brand inside, and an Arabic governing-law value.
  const vendor = 'شركة نجمة الخليج (GulfStar)';
  const gulf = makeCard({
    vendor,
    fields: { governingLaw: [f({ name: 'إمارة دبي، الإمارات العربية المتحدة', country: 'AE', region: null })] },
  });
  const rows = () => comparisonRows([{ vendor, card: gulf }], ['governingLaw']);
  const value = () => rows()[0]!.cells[0]!.text!;

  it('CSV: starts with a UTF-8 byte-order mark and keeps Arabic byte for byte through UTF-8', () => {
    const csv = toCsv(rows(), [vendor]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.indexOf(CSV_BOM, 1)).toBe(-1);
    // As the download writes it: a UTF-8 file whose first three bytes are EF BB BF.
    const bytes = new TextEncoder().encode(csv);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder('utf-8').decode(bytes); // strips the mark, as a spreadsheet does
    const parsed = Papa.parse<string[]>(decoded.trim()).data;
    expect(parsed[0]).toEqual(['Field', vendor]);
    expect(parsed[1]).toEqual(['Governing law', value()]);
    expect(value()).toContain('إمارة دبي، الإمارات العربية المتحدة');
  });

  it('Markdown and JSON keep the Arabic text as it is', () => {
    const md = toMarkdown(rows(), [vendor]);
    expect(md).toContain('شركة نجمة الخليج');
    expect(md).toContain('إمارة دبي، الإمارات العربية المتحدة');
    const json = JSON.parse(toJson(rows(), [vendor]));
    expect(json.vendors).toEqual([vendor]);
    expect(json.rows[0].cells[0].text).toBe(value());
  });
});

describe('Markdown and JSON', () => {
  it('escapes pipes and marks best/worst and missing', () => {
    const rows = comparisonRows([{ vendor: 'A|B', card: acme }], ['uptime']);
    const md = toMarkdown(rows, ['A|B']);
    expect(md.split('\n')[0]).toBe('| Field | A\\|B |');
    const full = toMarkdown(rowsOf(), vendors);
    expect(full).toContain('| Uptime | 99.9% per month (≈ 43.8 min downtime/month) | 99.5% per month');
    expect(full).toContain('(worst)');
    expect(full).toContain('(best)');
    expect(full).toMatch(/\| Governing law \| United States \(Delaware\) \| — \| — \|/);
  });

  it('writes a versioned JSON table', () => {
    const json = JSON.parse(toJson(rowsOf(), vendors));
    expect(json.format).toBe('clauselens-comparison');
    expect(json.vendors).toEqual(vendors);
    const uptime = json.rows.find((r: { key: string }) => r.key === 'uptime');
    expect(uptime.cells[2]).toMatchObject({ vendor: 'Gamma', mark: 'best', sort: 99.99 });
  });
});

async function seed(): Promise<void> {
  const a = await saveSnapshot({ card: acme, text: 'Acme SLA one.', url: 'https://acme.com/sla', title: 'SLA' });
  await saveSnapshot({
    card: { ...acme, fields: { ...acme.fields, uptime: null } } as Card,
    text: 'Acme SLA two.',
    url: 'https://acme.com/sla',
    title: 'SLA',
  });
  await saveSnapshot({ card: beta, text: 'Beta terms.', url: 'https://beta.io/terms', title: null });
  await setCorrection(a.snapshotId, 'fields.uptime', { percent: 99.95, period: 'month' });
}

const withoutTime = (b: LibraryBackup) => ({ ...b, exportedAt: undefined });

/**
 * A backup's content without ids (an import never keeps them) or provenance marks: vendors by site, documents by
 * URL, snapshots and corrections by their document's URL, references followed.
 */
function content(b: LibraryBackup) {
  const site = new Map(b.vendors.map((v) => [v.id, v.site]));
  const url = new Map(b.documents.map((d) => [d.id, d.url]));
  const snap = new Map(b.snapshots.map((s) => [s.id, `${url.get(s.documentId)}|${s.textHash}`]));
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    vendors: sorted(b.vendors.map(({ id: _id, ...v }) => v)),
    documents: sorted(b.documents.map(({ id: _id, vendorId, ...d }) => ({ ...d, vendor: site.get(vendorId) }))),
    snapshots: sorted(
      b.snapshots.map(({ id: _id, documentId, vendorId, imported: _i, ...s }) => ({
        ...s,
        document: url.get(documentId),
        vendor: site.get(vendorId),
      })),
    ),
    corrections: sorted(
      b.corrections.map(({ id: _id, snapshotId, ...c }) => ({ ...c, snapshot: snap.get(snapshotId) })),
    ),
  };
}

describe('library backup', () => {
  it('round-trips: export, clear, import, export', async () => {
    await seed();
    const first = await exportLibrary();
    expect(first).toMatchObject({ format: 'clauselens-library', version: 1 });
    expect(first.snapshots).toHaveLength(3);
    // Through JSON, as a file would carry it.
    const restored = JSON.parse(JSON.stringify(first));
    await Promise.all(db.tables.map((t) => t.clear()));
    expect((await importLibrary(restored)).added).toEqual({ vendors: 2, documents: 2, snapshots: 3, corrections: 1 });
    const second = await exportLibrary();
    expect(content(second)).toEqual(content(first));
    // Imported snapshots carry their provenance.
    expect(second.snapshots.every((s) => s.imported?.exportedAt === first.exportedAt)).toBe(true);
    // The backup has no cards table; the import rebuilds it from the snapshots.
    expect(first).not.toHaveProperty('cards');
    expect(await db.cards.count()).toBe(3);
    await expectDerivedInSync();
  });

  it('imports a backup written before the cards table existed, and the compare page reads it', async () => {
    // As an earlier version wrote it: no cards, vendors without nameKey.
    const old = {
      format: 'clauselens-library',
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      vendors: [{ id: 7, name: 'Acme', site: 'acme.com', createdAt: 1 }],
      documents: [{ id: 3, vendorId: 7, url: 'https://acme.com/sla', title: null, kind: 'sla', createdAt: 1 }],
      snapshots: [
        { id: 11, documentId: 3, vendorId: 7, capturedAt: 5, text: 'one', textHash: 'h1', card: acme },
        { id: 12, documentId: 3, vendorId: 7, capturedAt: 9, text: 'two', textHash: 'h2', card: beta },
      ],
      corrections: [],
    };
    expect((await importLibrary(JSON.parse(JSON.stringify(old)))).added).toMatchObject({ vendors: 1, snapshots: 2 });
    await expectDerivedInSync();
    const latest = await latestByVendor();
    const [second] = await db.snapshots.where('textHash').equals('h2').primaryKeys();
    expect(latest.map((v) => [v.vendor.name, v.docs.map((d) => d.snapshotId)])).toEqual([['Acme', [second]]]);
    expect(latest[0]!.docs[0]!.card.fields.uptime?.value.percent).toBe(99.5);
  });

  it('merges into a library that already has the data without duplicating it', async () => {
    await seed();
    const backup = await exportLibrary();
    const summary = await importLibrary(backup);
    expect(summary.added).toEqual({ vendors: 0, documents: 0, snapshots: 0, corrections: 0 });
    expect(summary).toMatchObject({ merged: { vendors: 2, documents: 2 }, skipped: { snapshots: 3, corrections: 1 } });
    expect(withoutTime(await exportLibrary())).toEqual(withoutTime(backup));
  });

  it('never keeps ids from the backup, and keeps references consistent', async () => {
    await seed();
    const backup = await exportLibrary();
    await Promise.all(db.tables.map((t) => t.clear()));
    // Another vendor now holds id 1.
    await db.vendors.add({ id: 1, name: 'Zed', nameKey: 'zed', site: 'zed.dev', createdAt: 1 });
    await importLibrary(backup);
    const acmeVendor = (await db.vendors.where('site').equals('acme.com').first())!;
    expect(acmeVendor.id).not.toBe(1);
    const docs = await db.documents.where('vendorId').equals(acmeVendor.id).toArray();
    expect(docs.map((d) => d.url)).toEqual(['https://acme.com/sla']);
    expect(await db.snapshots.where('vendorId').equals(acmeVendor.id).count()).toBe(2);
    // The card rows follow the remapped ids.
    expect(await db.cards.where('vendorId').equals(acmeVendor.id).count()).toBe(2);
    await expectDerivedInSync();
  });

  it('replace mode drops what the backup does not have', async () => {
    await seed();
    const backup = await exportLibrary();
    await saveSnapshot({ card: gamma, text: 'g', url: 'https://gamma.dev/t', title: null });
    await importLibrary(backup, { replace: true });
    expect(await db.vendors.count()).toBe(2);
    expect(await db.cards.count()).toBe(3);
    await expectDerivedInSync();
  });

  it('rejects invalid backups with a clear error and writes nothing', async () => {
    await seed();
    const before = await exportLibrary();
    await expect(importLibrary(null)).rejects.toThrow(BackupError);
    await expect(importLibrary({ format: 'other' })).rejects.toThrow(/format/);
    await expect(importLibrary({ ...before, version: 99 })).rejects.toThrow(/version 99/);
    const broken = JSON.parse(JSON.stringify(before));
    broken.snapshots[2].documentId = 999;
    await expect(importLibrary(broken)).rejects.toThrow(/snapshots\[2\]: document 999/);
    const badCard = JSON.parse(JSON.stringify(before));
    badCard.snapshots[0].card = { schema: 2 };
    await expect(importLibrary(badCard, { replace: true })).rejects.toThrow(/schema-1/);
    expect(withoutTime(await exportLibrary())).toEqual(withoutTime(before));
  });

  it('rolls back a failing import (all or nothing)', async () => {
    await seed();
    const backup = await exportLibrary();
    await Promise.all(db.tables.map((t) => t.clear()));
    // A write failing after vendors, documents and the snapshots went in.
    let calls = 0;
    const spy = vi.spyOn(db.corrections, 'bulkAdd').mockImplementation(() => {
      calls++;
      throw new Error('disk full');
    });
    try {
      await expect(importLibrary(backup)).rejects.toThrow('disk full');
    } finally {
      spy.mockRestore();
    }
    expect(calls).toBe(1);
    expect(await db.vendors.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });
});
