// @vitest-environment jsdom
/**
 * "Trust under hostile input": a buyer's library must not be breakable by a bad backup file, a bad row or a slip.
 * Each test reproduces one way it broke and checks the library still works afterwards.
 */
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComparePage } from '../components/ComparePage';
import type { Card } from '../extractors/types';
import { LINEAR_RATIO } from '../scripts/lib/scaling';
import { cardValues, db, type LatestRow } from '../utils/db';
import {
  BackupError,
  cellSources,
  comparisonRows,
  exportLibrary,
  type ImportProgress,
  importLibrary,
  type LibraryBackup,
  neutralizeCell,
  toCsv,
  toMarkdown,
} from '../utils/exporters';
import { readLatestDirect, type SkippedRow } from '../utils/library';
import {
  InvalidCardError,
  latestByVendor,
  latestSnapshotForUrl,
  libraryStatus,
  markBackupExported,
  requestPersistence,
  saveSnapshot,
  setCorrection,
  snapshotsForDocument,
  vendorHistory,
} from '../utils/snapshots';
import { f, makeCard } from './helpers/card-fixture';
import { expectDerivedInSync } from './helpers/db-sync';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const card = (vendor: string, percent: number) =>
  makeCard({ vendor, kind: 'sla', fields: { uptime: f({ percent, period: 'month' }, `${percent}% of the time`) } });

/** A backup of one vendor and one document with `n` snapshots (distinct texts), ids as given. */
function backupOf(n: number, ids: { vendor?: number; document?: number; snapshot0?: number } = {}): LibraryBackup {
  const vendor = ids.vendor ?? 1;
  const document = ids.document ?? 1;
  const first = ids.snapshot0 ?? 1;
  return {
    format: 'clauselens-library',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    vendors: [{ id: vendor, name: 'Acme', nameKey: 'acme', site: 'acme.com', createdAt: 1 }],
    documents: [
      { id: document, vendorId: vendor, url: 'https://acme.com/sla', title: null, kind: 'sla', createdAt: 1 },
    ],
    snapshots: Array.from({ length: n }, (_, i) => ({
      id: first + i,
      documentId: document,
      vendorId: vendor,
      capturedAt: 1_000 + i,
      text: `Acme SLA revision ${i}.`,
      textHash: `h${i}`,
      card: card('Acme', 99 + (i % 10) / 10),
    })),
    corrections: [],
  };
}

const save = (vendor: string, url: string, text: string) =>
  saveSnapshot({ card: card(vendor, 99.9), text, url, title: null });

describe('backup ids', () => {
  it('rejects ids past Number.MAX_SAFE_INTEGER, writes nothing, and saving still works', async () => {
    await save('Zed', 'https://zed.dev/sla', 'zed');
    for (const id of [2 ** 53, 1e300]) {
      await expect(importLibrary(backupOf(1, { snapshot0: id }))).rejects.toThrow(/snapshots\[0\]: id .* safe/);
      await expect(importLibrary(backupOf(1, { vendor: id }))).rejects.toThrow(BackupError);
    }
    expect(await db.snapshots.count()).toBe(1);
    const later = await save('Beta', 'https://beta.io/sla', 'beta');
    expect(later.status).toBe('added');
  });

  it('never keeps a backup id: after importing the largest safe ids, new saves still get keys', async () => {
    const big = Number.MAX_SAFE_INTEGER;
    await importLibrary(backupOf(2, { vendor: big, document: big - 5, snapshot0: big - 1 }));
    expect(await db.snapshots.count()).toBe(2);
    expect(Math.max(...((await db.snapshots.toCollection().primaryKeys()) as number[]))).toBeLessThan(1000);
    // Before: the key generator was at 2^53 and every later save failed with "Maximum key generator value reached".
    const r = await save('Beta', 'https://beta.io/sla', 'beta');
    expect(r.status).toBe('added');
    await setCorrection(r.snapshotId, 'fields.uptime', null);
    await expectDerivedInSync();
  });
});

describe('one validator on every way in', () => {
  it('rejects a backup snapshot without fields, or captured past the Date range, by name', async () => {
    const empty = backupOf(2);
    (empty.snapshots[1]!.card as unknown as { fields: object }).fields = {};
    await expect(importLibrary(empty)).rejects.toThrow(/snapshots\[1\]: card is not a valid schema-1 card/);
    const far = backupOf(2);
    far.snapshots[0]!.capturedAt = 1e16;
    await expect(importLibrary(far)).rejects.toThrow(/snapshots\[0\]: capturedAt 10000000000000000 is not a date/);
    const script = backupOf(1);
    script.documents[0]!.url = 'javascript:alert(1)';
    await expect(importLibrary(script)).rejects.toThrow(
      /documents\[0\]: url "javascript:alert\(1\)" is not a web page/,
    );
    const badCorrection = backupOf(1);
    badCorrection.corrections = [{ id: 1, snapshotId: 1, path: 'fields.uptime', value: 'lots', createdAt: 1 }];
    await expect(importLibrary(badCorrection)).rejects.toThrow(/corrections\[0\]: Invalid value for fields.uptime/);
    expect(await db.snapshots.count()).toBe(0);
  });

  it('refuses to save a malformed card and to set a correction of the wrong type', async () => {
    const bad = { ...card('Acme', 99.9), fields: {} } as unknown as Card;
    await expect(saveSnapshot({ card: bad, text: 't', url: 'https://acme.com/x', title: null })).rejects.toThrow(
      InvalidCardError,
    );
    expect(await db.vendors.count()).toBe(0);
    const r = await save('Acme', 'https://acme.com/sla', 'a');
    await expect(setCorrection(r.snapshotId, 'fields.uptime', { percent: 'high' })).rejects.toThrow(/Invalid value/);
    await expect(setCorrection(r.snapshotId, 'fields.colour', 'red')).rejects.toThrow(/Invalid correction path/);
    await expect(setCorrection(r.snapshotId, 'fields.uptime.0', null)).rejects.toThrow(/not a list/);
    expect(await db.corrections.count()).toBe(0);
  });

  it('skips and reports malformed rows when reading, so the rest of the library still shows', async () => {
    const good = await save('Acme', 'https://acme.com/sla', 'a');
    const other = await save('Beta', 'https://beta.io/sla', 'b');
    // Rows as an older version's import could have left them, written past the validators.
    const broken = (await db.latest.get(other.documentId))!;
    await db.latest.put({ ...broken, card: { ...broken.card, fields: {} } } as unknown as LatestRow);
    await db.corrections.add({ snapshotId: good.snapshotId, path: 'fields.uptime', value: 'x', createdAt: 1 } as never);
    await db.cards.update(other.snapshotId, { capturedAt: 1e16 });

    const skipped: SkippedRow[] = [];
    const view = await latestByVendor((s) => skipped.push(s));
    expect(view.map((v) => [v.vendor.name, v.docs.length])).toEqual([
      ['Acme', 1],
      ['Beta', 0],
    ]);
    // The bad correction is not applied.
    expect(view[0]!.docs[0]!.card.fields.uptime?.value.percent).toBe(99.9);
    expect(skipped.map((s) => s.table).sort()).toEqual(['corrections', 'latest']);
    expect(skipped.find((s) => s.table === 'latest')!.problems).toContain('card.fields.uptime: missing');

    // The direct read (compare page startup) and the history filter the same way.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await readLatestDirect()).toEqual(view);
    expect(await vendorHistory(other.vendorId)).toEqual([]);
    expect((await vendorHistory(good.vendorId)).length).toBe(1);
    // A malformed snapshot stored before validation: reads skip it, and saving the page again still works.
    await db.snapshots.update(good.snapshotId, { card: { ...card('Acme', 99.9), fields: null } as unknown as Card });
    expect(await latestSnapshotForUrl('https://acme.com/sla')).toBeNull();
    expect(await snapshotsForDocument(good.documentId)).toEqual([]);
    const again = await save('Acme', 'https://acme.com/sla', 'a2');
    expect(again).toMatchObject({ status: 'added', changes: [] });
  });
});

describe('import at scale', () => {
  it('reports what it will add, merge and skip before writing, then writes it with progress', async () => {
    await save('Acme', 'https://acme.com/sla', 'Acme SLA revision 0.');
    const backup = backupOf(600);
    backup.snapshots[0]!.textHash = (await db.snapshots.toArray())[0]!.textHash; // the text the library already has
    backup.snapshots[599]!.capturedAt = Date.now() + 365 * 86_400_000; // a clock in the future
    backup.corrections = [{ id: 9, snapshotId: 2, path: 'fields.renewal', value: null, createdAt: 1 }];

    const plan = await importLibrary(backup, { dryRun: true });
    expect(plan).toEqual({
      added: { vendors: 0, documents: 0, snapshots: 599, corrections: 1 },
      merged: { vendors: 1, documents: 1 },
      skipped: { snapshots: 1, corrections: 0 },
      clamped: 1,
      dryRun: true,
    });
    expect(await db.snapshots.count()).toBe(1); // nothing written

    const progress: ImportProgress[] = [];
    const now = Date.now();
    const done = await importLibrary(backup, { onProgress: (p) => progress.push({ ...p }), now });
    expect(done).toEqual({ ...plan, dryRun: false });
    expect(progress[0]).toEqual({ done: 0, total: 599 });
    expect(progress.at(-1)).toEqual({ done: 599, total: 599 });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((p, i) => i === 0 || p.done > progress[i - 1]!.done)).toBe(true);

    const rows = await db.snapshots.toArray();
    expect(rows).toHaveLength(600);
    // Provenance on imported rows only; the future capture is clamped to the import's time.
    expect(rows.filter((s) => s.imported).length).toBe(599);
    expect(rows.find((s) => s.text === 'Acme SLA revision 599.')!.capturedAt).toBe(now);
    expect(Math.max(...rows.map((s) => s.capturedAt))).toBeLessThanOrEqual(now);
    await expectDerivedInSync();
  });

  it('takes time linear in the number of snapshots (doubling ratio, not a wall clock)', async () => {
    // Into a library that already has the document: the case that queried every stored snapshot per imported one.
    const timeImport = async (n: number): Promise<number> => {
      await Promise.all(db.tables.map((t) => t.clear()));
      await importLibrary(backupOf(1));
      const backup = backupOf(n);
      const t0 = performance.now();
      await importLibrary(backup);
      return performance.now() - t0;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    await timeImport(200); // warm-up
    const small: number[] = [];
    const large: number[] = [];
    // Interleaved, medians of seven, sizes large enough that one GC pause is a small part of a run: a busy
    // machine slows both sizes alike (300 → 600 over five rounds read 3.1 once on a loaded 2-core machine).
    // Repeated (at most three times) while the ratio is over the limit, keeping the lowest: load only ever adds time
    // to one side, while a quadratic import stays near 4 in every attempt (as scripts/lib/scaling.ts does).
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3 && best > LINEAR_RATIO; attempt++) {
      small.length = 0;
      large.length = 0;
      for (let i = 0; i < 7; i++) {
        small.push(await timeImport(600));
        large.push(await timeImport(1200));
      }
      best = Math.min(best, median(large) / median(small));
    }
    expect(await db.snapshots.count()).toBe(1200);
    expect(best).toBeLessThanOrEqual(LINEAR_RATIO);
  }, 60_000);
});

describe('durable storage', () => {
  it('asks for persistence once, on the first save, and records the answer', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    await save('Acme', 'https://acme.com/sla', 'a');
    await save('Acme', 'https://acme.com/sla', 'b');
    // The save does not wait for the answer (a browser may hold it behind a prompt); the request shares it.
    expect(await requestPersistence()).toBe('granted');
    expect(persist).toHaveBeenCalledTimes(1);
    expect((await libraryStatus()).persistence).toBe('granted');
  });

  it('a save finishes while the browser holds persist() behind a prompt nobody answers', async () => {
    let answer: (granted: boolean) => void = () => {};
    const persist = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    vi.stubGlobal('navigator', { storage: { persist } });
    expect((await save('Acme', 'https://acme.com/sla', 'a')).status).toBe('added');
    expect((await save('Acme', 'https://acme.com/sla', 'b')).status).toBe('added');
    expect(persist).toHaveBeenCalledTimes(1);
    // The user answers later; the answer is recorded then.
    answer(false);
    expect(await requestPersistence()).toBe('denied');
  });

  it('saves where the storage API is missing or throws', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe('unavailable');
    vi.stubGlobal('navigator', {
      storage: {
        persist: () => {
          throw new Error('nope');
        },
      },
    });
    expect((await save('Acme', 'https://acme.com/sla', 'a')).status).toBe('added');
  });

  it('records each backup export; never backed up reads as null', async () => {
    expect(await libraryStatus()).toEqual({ lastBackupAt: null, persistence: null, quarantined: 0 });
    await markBackupExported(1_700_000_000_000);
    expect((await libraryStatus()).lastBackupAt).toBe(1_700_000_000_000);
    // Backup files never carry the library's own bookkeeping (the user's agreement dates are data, not bookkeeping).
    expect(Object.keys(await exportLibrary()).sort()).toEqual(
      ['agreements', 'corrections', 'documents', 'exportedAt', 'format', 'snapshots', 'vendors', 'version'].sort(),
    );
  });
});

describe('vendors across sites', () => {
  it('an import files a page of another site that calls itself Acme as its own vendor', async () => {
    await save('Acme, Inc.', 'https://acme.com/sla', 'a');
    const impostor = backupOf(1);
    impostor.vendors[0]!.site = 'acme-billing.example';
    impostor.documents[0]!.url = 'https://acme-billing.example/terms';
    const sameDomain = backupOf(1, { vendor: 2, document: 2 });
    sameDomain.vendors[0]!.site = 'status.acme.com';
    sameDomain.documents[0]!.url = 'https://status.acme.com/sla';
    // The backup's own grouping stands: another name on the same registrable domain stays its own vendor.
    const otherName = backupOf(1, { vendor: 3, document: 3 });
    otherName.vendors[0] = { ...otherName.vendors[0]!, name: 'Acme Labs', nameKey: 'acme labs', site: 'labs.acme.com' };
    otherName.documents[0]!.url = 'https://labs.acme.com/terms';
    expect((await importLibrary(impostor)).added.vendors).toBe(1);
    expect((await importLibrary(sameDomain)).merged.vendors).toBe(1);
    expect((await importLibrary(otherName)).added.vendors).toBe(1);
    expect(await db.vendors.count()).toBe(3);
  });
});

describe('hostile values in exports', () => {
  const hostile = makeCard({
    fields: {
      governingLaw: [f({ name: 'Acme;=2+5', country: 'US', region: null })],
      disputeForum: [f({ type: 'courts', place: '<img src="https://evil.example/p.png">', exclusive: true })],
      support: [f({ priority: '![](http://evil.example/t.gif)', firstResponse: { amount: 1, unit: 'hours' } })],
    },
  });
  const vendors = ['=HYPERLINK("http://x")', 'Beta,\t-1'];
  const rows = comparisonRows(
    [
      { vendor: vendors[0]!, card: hostile },
      { vendor: vendors[1]!, card: card('Beta', 99) },
    ],
    ['governingLaw', 'disputeForum', 'support', 'uptime'],
  );

  it('CSV quotes every cell and neutralizes formulas after separators too', () => {
    expect(neutralizeCell('Acme;=2+5')).toBe("Acme;'=2+5");
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('a,\t"@x')).toBe('a,\t"\'@x');
    expect(neutralizeCell('99.9% per month')).toBe('99.9% per month');
    const csv = toCsv(rows, vendors);
    for (const line of csv.replace(/^\uFEFF/, '').split('\r\n')) expect(line).toMatch(/^"(.*)"$/);
    const cells = Papa.parse<string[]>(csv).data.flat();
    expect(cells).toContain('\'=HYPERLINK("http://x")');
    // Split again on ; or tab, as a spreadsheet in another locale would: no piece starts a formula.
    for (const cell of cells)
      for (const piece of cell.split(/[;,\t]/)) expect(piece.trimStart()).not.toMatch(/^[=+\-@]/);
  });

  it('Markdown carries no image, link or HTML from a page', () => {
    const md = toMarkdown(rows, vendors);
    expect(md).not.toMatch(/<img/i);
    // Every ! [ ] < > from a value is escaped: a backslash before it, or an entity.
    expect(md).not.toMatch(/(^|[^\\])[![\]]/m);
    expect(md).toContain('&lt;img src="https://evil.example/p.png"&gt;');
    expect(md).toContain('\\!\\[\\](http://evil.example/t.gif)');
    // Still one row per field.
    expect(md.trim().split('\n')).toHaveLength(2 + rows.length);
  });

  it('shows the source document of each cell', () => {
    const sla = cardValues(card('Acme', 99.9));
    const terms = cardValues(makeCard({ fields: { renewal: f({ automatic: true, termMonths: 12 }) } }));
    const merged = { ...sla, fields: { ...sla.fields, renewal: terms.fields.renewal } };
    const r = comparisonRows([{ vendor: 'Acme', card: merged }], ['uptime', 'renewal', 'support']);
    const sources = cellSources(r, [
      {
        merged,
        docs: [
          { url: 'https://acme.com/sla', card: sla },
          { url: 'https://acme.com/terms', card: terms },
        ],
      },
    ]);
    expect(sources).toEqual([['https://acme.com/sla'], ['https://acme.com/terms'], [null]]);
    const parsed = Papa.parse<string[]>(toCsv(r, ['Acme'], sources)).data;
    expect(parsed[0]).toEqual(['Field', 'Acme', 'Acme (source)']);
    expect(parsed[2]).toEqual(['Renewal', expect.any(String), 'https://acme.com/terms']);
    expect(parsed[3]).toEqual(['Support first response', '', '']);
    const md = toMarkdown(r, ['Acme'], sources);
    expect(md).toContain('Sources:');
    expect(md).toMatch(/\\\[2\\\] \|\n/);
    expect(md).toContain('2. https://acme.com/terms');
  });
});

describe('the compare page import flow', () => {
  const pick = (content: string, name: string) => {
    const input = screen.getByTestId('import-backup') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
    fireEvent.change(input);
  };

  it('shows the dry run, writes nothing when declined, imports when confirmed, and tracks the last backup', async () => {
    await save('Zed', 'https://zed.dev/sla', 'zed');
    const backup = JSON.stringify(backupOf(3));
    const answers = [false, true];
    const confirm = vi.fn(() => answers.shift()!);
    const download = vi.fn();
    render(<ComparePage download={download} confirm={confirm} />);
    await waitFor(() => expect(screen.getByTestId('backup-status').textContent).toMatch(/never been backed up/), {
      timeout: 15_000,
    });

    pick(backup, 'acme.json');
    await waitFor(() => expect(screen.getByText(/Import cancelled. Nothing was changed./)).toBeTruthy(), {
      timeout: 15_000,
    });
    expect(confirm).toHaveBeenLastCalledWith(
      expect.stringMatching(/acme\.json[\s\S]*1 new vendor, 1 new document, 3 snapshots/),
    );
    expect(await db.snapshots.count()).toBe(1);

    pick(backup, 'acme.json');
    // Generous timeouts: a loaded machine slows fake-indexeddb, not the logic under test.
    await waitFor(() => expect(screen.getByText(/Imported 1 new vendor,/)).toBeTruthy(), { timeout: 15_000 });
    expect(await db.snapshots.count()).toBe(4);
    expect(screen.queryByTestId('import-progress')).toBeNull(); // gone once done

    fireEvent.click(screen.getByTestId('export-backup'));
    await waitFor(
      () => expect(screen.getByTestId('backup-status').textContent).toMatch(/^Last backup: \d{4}-\d\d-\d\d/),
      { timeout: 15_000 },
    );
    expect((await libraryStatus()).lastBackupAt).not.toBeNull();
  }, 60_000);

  it('still renders the library when a stored row is malformed (no endless "Loading…")', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await save('Acme', 'https://acme.com/sla', 'a');
    const b = await save('Beta', 'https://beta.io/sla', 'b');
    const row = (await db.latest.get(b.documentId))!;
    await db.latest.put({ ...row, card: { ...row.card, fields: {} } } as unknown as LatestRow);
    render(<ComparePage download={vi.fn()} confirm={() => true} />);
    await waitFor(() => expect(screen.getByTestId('compare-table')).toBeTruthy(), { timeout: 15_000 });
    expect(screen.queryByText('Loading…')).toBeNull();
  }, 30_000);
});
