/**
 * Saving cards, detecting what changed between two captures of the same document, and the user's corrections.
 * All queries against `db` (utils/db.ts); multi-step writes run in one `rw` transaction so a failure leaves
 * nothing half-written.
 */
import Dexie from 'dexie';
import { diffArrays } from 'diff';
import { hashText } from '@/extractors/common/hash';
import {
  type Card,
  type FieldName,
  type Fields,
  type Finding,
  NOTICE_KINDS,
  type Notice,
  type NoticeKind,
} from '@/extractors/types';
import {
  type CardRow,
  type CorrectionRow,
  cardRowOf,
  type DocumentRow,
  db,
  latestRowOf,
  normalizeUrl,
  normalizeVendorName,
  refreshLatest,
  registrableDomain,
  type SnapshotRow,
  siteHost,
  type VendorRow,
} from './db';
import { FIELD_LABELS, formatFieldValue, formatUptimeShort, NOTICE_LABELS } from './format';
import { t } from './i18n';
import { joinLatest, type SkippedRow, type VendorLatest, warnSkipped } from './library';
import { cardProblems, cardRowProblems, correctionProblem, isSafeId, snapshotRowProblems } from './validate';

// Re-exported: the compare page's view and corrections on read live in ./library (no Dexie there).
export { effectiveCard, type LatestDoc, type VendorLatest } from './library';

// ---------------------------------------------------------------------------------------------------------------
// Field-level changes
// ---------------------------------------------------------------------------------------------------------------

export interface FieldChange {
  /** A FieldName, or 'notices.<kind>' for one notice kind. */
  field: string;
  label: string;
  /** Display text; null when the document did not state it. */
  before: string | null;
  after: string | null;
}

/** "Uptime: 99.9% per month → 99.5% per month"; a missing side reads "not stated". */
export function describeChange(c: FieldChange): string {
  return t('changeLine', c.label, c.before ?? t('notStatedLower'), c.after ?? t('notStatedLower'));
}

// Stable JSON (sorted keys) so equal values compare equal whatever order the extractor built them in.
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

// Values only: quotes, offsets and confidence move whenever the page is edited and say nothing about terms.
function valuesOf(f: Finding<unknown> | Finding<unknown>[] | null): unknown[] {
  if (f === null) return [];
  return Array.isArray(f) ? f.map((x) => x.value) : [f.value];
}

// Display text of a set of values (sorted so the order of findings on the page does not count as a change).
function display(field: FieldName, values: unknown[]): string | null {
  if (values.length === 0) return null;
  const texts = values.map((v) =>
    field === 'uptime' ? formatUptimeShort(v as Parameters<typeof formatUptimeShort>[0]) : formatFieldValue(field, v),
  );
  return [...new Set(texts)].sort().join('; ');
}

function sameValues(a: unknown[], b: unknown[]): boolean {
  const ka = a.map(canonical).sort();
  const kb = b.map(canonical).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
}

function noticeValues(fields: Fields, kind: NoticeKind): Notice[] {
  return fields.notices.filter((n) => n.value.kind === kind).map((n) => n.value);
}

/** Field-by-field differences of normalized values between two cards, in card-schema order. */
export function diffCards(a: Card, b: Card): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as FieldName[]) {
    if (field === 'notices') {
      for (const kind of NOTICE_KINDS) {
        const before = noticeValues(a.fields, kind);
        const after = noticeValues(b.fields, kind);
        if (sameValues(before, after)) continue;
        const fmt = (ns: Notice[]) => display('notices', ns)?.replaceAll(`${NOTICE_LABELS[kind]}: `, '') ?? null;
        out.push({ field: `notices.${kind}`, label: NOTICE_LABELS[kind], before: fmt(before), after: fmt(after) });
      }
      continue;
    }
    const before = valuesOf(a.fields[field] as Finding<unknown> | Finding<unknown>[] | null);
    const after = valuesOf(b.fields[field] as Finding<unknown> | Finding<unknown>[] | null);
    if (sameValues(before, after)) continue;
    out.push({ field, label: FIELD_LABELS[field], before: display(field, before), after: display(field, after) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Clause-level text changes
// ---------------------------------------------------------------------------------------------------------------

export interface ClauseChange {
  type: 'added' | 'removed' | 'changed';
  before: string | null;
  after: string | null;
}

/**
 * What counts as boilerplate: clauses that change with every publication of a page without changing what it
 * says. A clause matching one of these is left out of the clause diff, so a page whose only edits are here
 * is saved as a new snapshot but flagged `meaningful: false`. Each entry is anchored and bounded (no
 * catastrophic backtracking on long clauses); the length limit keeps a real clause that merely starts
 * with these words from being ignored.
 */
export const BOILERPLATE: readonly { name: string; pattern: RegExp; maxLength: number }[] = [
  // "Last updated: 3 May 2024", "Last modified on 2024-05-03", "Effective date: May 3, 2024", "Version 4.2"
  {
    name: 'date-line',
    pattern:
      /^(last\s+(updated|modified|revised|reviewed|changed)|updated|revised|effective(\s+date|\s+as\s+of|\s+from)?|date\s+of\s+last\s+revision|version|revision)\b/i,
    maxLength: 80,
  },
  // "© 2024 Acme Inc.", "Copyright 2019-2024 Acme", "All rights reserved."
  { name: 'copyright', pattern: /^(©|\(c\)|copyright\b)|^all rights reserved\.?$/i, maxLength: 120 },
  // Cookie banners: a short clause about cookies that asks for a click or consent.
  {
    name: 'cookie-banner',
    pattern:
      /^(?=[^\n]*\bcookies?\b)(?=[^\n]*\b(accept|consent|agree|allow all|reject all|cookie settings|cookie preferences|manage (cookies|preferences)|continu\w* (to )?(use|brows\w*))\b)/i,
    maxLength: 400,
  },
  // Banner and navigation buttons that Readability sometimes keeps.
  {
    name: 'ui-label',
    pattern:
      /^(accept( all)?( cookies)?|reject( all)?|decline|got it|ok(ay)?|close|dismiss|skip to (main )?content|back to top|print( this page)?|share|table of contents)[.!]?$/i,
    maxLength: 40,
  },
];

export function isBoilerplate(clause: string): boolean {
  return BOILERPLATE.some((b) => clause.length <= b.maxLength && b.pattern.test(clause));
}

/**
 * Clauses of a text: paragraphs split into sentences, whitespace collapsed. A linear scan (no regex over the
 * whole text) so megabyte pages stay cheap. A sentence ends at . ! ? followed by whitespace and a capital,
 * digit, quote or bracket; "e.g. the" does not end one. `skip` drops whole paragraphs and single sentences
 * (boilerplate).
 */
export function splitClauses(text: string, skip: (clause: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    const p = para.replace(/\s+/g, ' ').trim();
    // A whole paragraph can be boilerplate (a cookie banner is several sentences).
    if (!p || skip(p)) continue;
    let start = 0;
    const push = (clause: string) => {
      if (clause && !skip(clause)) out.push(clause);
    };
    for (let i = 0; i < p.length - 2; i++) {
      const c = p[i];
      if (
        (c === '.' || c === '!' || c === '?' || c === ';') &&
        p[i + 1] === ' ' &&
        /[A-Z0-9"'“‘([]/.test(p[i + 2] ?? '')
      ) {
        push(p.slice(start, i + 1));
        start = i + 2;
      }
    }
    push(p.slice(start).trim());
  }
  return out;
}

const stripAllWhitespace = (s: string) => s.replace(/\s+/g, '');

/**
 * Clause-level differences between two versions of a document, ignoring whitespace-only and boilerplate-only
 * changes (see BOILERPLATE). A removed clause followed by an added one is reported as one 'changed' clause.
 */
export function diffClauses(beforeText: string, afterText: string): ClauseChange[] {
  if (stripAllWhitespace(beforeText) === stripAllWhitespace(afterText)) return [];
  const before = splitClauses(beforeText, isBoilerplate);
  const after = splitClauses(afterText, isBoilerplate);
  // Myers diff is O(N·D); past this many edits the pages have little in common and a set difference says as much.
  const parts = diffArrays(before, after, { maxEditLength: 4000 }) as
    | { added: boolean; removed: boolean; value: string[] }[]
    | undefined;
  if (!parts) {
    const inBefore = new Set(before);
    const inAfter = new Set(after);
    return [
      ...before.filter((c) => !inAfter.has(c)).map((c) => ({ type: 'removed' as const, before: c, after: null })),
      ...after.filter((c) => !inBefore.has(c)).map((c) => ({ type: 'added' as const, before: null, after: c })),
    ];
  }
  const out: ClauseChange[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) continue;
    if (part.removed) {
      const next = parts[i + 1];
      const added = next?.added ? next.value : [];
      if (next?.added) i++;
      const n = Math.max(part.value.length, added.length);
      for (let k = 0; k < n; k++) {
        const b = part.value[k] ?? null;
        const a = added[k] ?? null;
        out.push({
          type: b !== null && a !== null ? 'changed' : b !== null ? 'removed' : 'added',
          before: b,
          after: a,
        });
      }
    } else {
      for (const a of part.value) out.push({ type: 'added', before: null, after: a });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Saving
// ---------------------------------------------------------------------------------------------------------------

export interface SaveInput {
  card: Card;
  /** The normalized text the card was extracted from. */
  text: string;
  url: string;
  title: string | null;
}

export interface SaveResult {
  status: 'added' | 'unchanged';
  snapshotId: number;
  documentId: number;
  vendorId: number;
  previousSnapshotId: number | null;
  /** Field changes against the previous snapshot of the same document; [] for the first one. */
  changes: FieldChange[];
  /** Clause changes against the previous snapshot (boilerplate and whitespace ignored). */
  clauseChanges: ClauseChange[];
  /**
   * False when nothing a reader cares about changed: the same text, or a text whose only edits are whitespace
   * or boilerplate (the snapshot is still stored when the hash differs). True for a document's first snapshot.
   */
  meaningful: boolean;
}

async function latestOfDocument(documentId: number): Promise<SnapshotRow | undefined> {
  return db.snapshots
    .where('[documentId+capturedAt]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .last();
}

/**
 * A vendor is found by site host first (a vendor's pages share a host), then among vendors on the same registrable
 * domain ("status.acme.com" files under "acme.com"), preferring one of the same normalized name. A page on another
 * site that merely calls itself "Acme, Inc." is NOT filed under Acme: anyone can name a page after a vendor, so a
 * name alone never merges across sites (the user can still group them by hand).
 */
async function findOrCreateVendor(card: Card, url: string, now: number): Promise<VendorRow> {
  const site = siteHost(url);
  const name = card.vendor?.trim() || site;
  const nameKey = normalizeVendorName(name);
  const bySite = await db.vendors.where('site').equals(site).first();
  if (bySite) {
    // The first page saved may not have named the vendor; use the name as soon as one does.
    if (card.vendor?.trim() && bySite.name === bySite.site) {
      await db.vendors.update(bySite.id, { name, nameKey });
      return { ...bySite, name, nameKey };
    }
    return bySite;
  }
  const domain = registrableDomain(site);
  // Vendors are few (hundreds): a filtered scan, once per new document, not per save.
  const sameDomain = await db.vendors.filter((v) => registrableDomain(v.site) === domain).toArray();
  const byDomain = sameDomain.find((v) => v.nameKey === nameKey) ?? sameDomain[0];
  if (byDomain) return byDomain;
  const id = await db.vendors.add({ name, nameKey, site, createdAt: now } as VendorRow);
  return { id, name, nameKey, site, createdAt: now };
}

/** A card that fails validation (utils/validate.ts) is never stored; the message names its first problems. */
export class InvalidCardError extends Error {
  override name = 'InvalidCardError';
  constructor(readonly problems: string[]) {
    super(
      `Invalid card: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`,
    );
  }
}

/**
 * Asks the browser to keep the library when storage runs low (navigator.storage.persist), once: the answer is kept
 * in `meta`. Guarded: where the API is missing (Node, older browsers) or throws, nothing happens. While a request is
 * pending, callers share it, so two quick saves ask once.
 */
export function requestPersistence(): Promise<string> {
  asking ??= askPersistence().finally(() => {
    asking = null;
  });
  return asking;
}

let asking: Promise<string> | null = null;

async function askPersistence(): Promise<string> {
  try {
    const asked = await db.meta.get('persistence');
    if (asked) return String(asked.value);
    const storage = (globalThis as { navigator?: { storage?: { persist?: () => Promise<boolean> } } }).navigator
      ?.storage;
    if (typeof storage?.persist !== 'function') return 'unavailable';
    const granted = await storage.persist();
    const value = granted ? 'granted' : 'denied';
    await db.meta.put({ key: 'persistence', value });
    return value;
  } catch {
    return 'unavailable';
  }
}

/**
 * Stores a card with its text. The same text (same hash) as the document's latest snapshot adds nothing
 * ('unchanged'); a different text adds a snapshot and reports what changed since the previous one.
 */
export async function saveSnapshot(input: SaveInput): Promise<SaveResult> {
  const problems = cardProblems(input.card);
  if (typeof input.text !== 'string') problems.push('text: not text');
  if (problems.length > 0) throw new InvalidCardError(problems);
  const url = normalizeUrl(input.url);
  const textHash = hashText(input.text);
  const result = await db.transaction('rw', db.vendors, db.documents, db.snapshots, db.cards, db.latest, async () => {
    const now = Date.now();
    let doc = await db.documents.where('url').equals(url).first();
    if (!doc) {
      const vendor = await findOrCreateVendor(input.card, url, now);
      const row = { vendorId: vendor.id, url, title: input.title, kind: input.card.kind, createdAt: now };
      const id = await db.documents.add(row as DocumentRow);
      doc = { ...row, id };
    } else if (doc.title !== input.title || doc.kind !== input.card.kind) {
      await db.documents.update(doc.id, { title: input.title, kind: input.card.kind });
    }
    const previous = await latestOfDocument(doc.id);
    const base = { documentId: doc.id, vendorId: doc.vendorId };
    if (previous && previous.textHash === textHash) {
      return {
        ...base,
        status: 'unchanged',
        snapshotId: previous.id,
        previousSnapshotId: previous.id,
        changes: [],
        clauseChanges: [],
        meaningful: false,
      };
    }
    // Strictly increasing per document, so "latest" is well defined even for two saves in the same millisecond.
    const capturedAt = previous ? Math.max(now, previous.capturedAt + 1) : now;
    const snapshotId = await db.snapshots.add({
      ...base,
      capturedAt,
      text: input.text,
      textHash,
      card: input.card,
    } as SnapshotRow);
    const cardRow = cardRowOf({ ...base, id: snapshotId, capturedAt, card: input.card });
    await db.cards.add(cardRow);
    // capturedAt is past the previous snapshot's, so this is the document's newest card.
    await db.latest.put(latestRowOf(cardRow));
    // A previous row stored before validation existed may be malformed: then there is nothing to compare against.
    const comparable = previous && cardProblems(previous.card).length === 0;
    const changes = comparable ? diffCards(previous.card, input.card) : [];
    const clauseChanges = previous ? diffClauses(previous.text, input.text) : [];
    return {
      ...base,
      status: 'added',
      snapshotId,
      previousSnapshotId: previous?.id ?? null,
      changes,
      clauseChanges,
      meaningful: !previous || changes.length > 0 || clauseChanges.length > 0,
    } satisfies SaveResult;
  });
  // After the first save, not before: the browser asks (or decides) only once the extension stores something.
  // Not awaited: Firefox answers persist() only when the user answers its permission prompt, and a save must not
  // wait on that (the Firefox e2e test saw the save never finish).
  if (result.status === 'added') void requestPersistence();
  return result as SaveResult;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------------

/** A document's snapshots, oldest first. */
export async function snapshotsForDocument(documentId: number): Promise<SnapshotRow[]> {
  const rows = await db.snapshots
    .where('[documentId+capturedAt]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .toArray();
  return rows.filter(readable);
}

/** The latest snapshot of a URL, or null (also when that row is malformed: skipped and reported). */
export async function latestSnapshotForUrl(url: string): Promise<SnapshotRow | null> {
  const doc = await db.documents.where('url').equals(normalizeUrl(url)).first();
  if (!doc) return null;
  const latest = await latestOfDocument(doc.id);
  return latest && readable(latest) ? latest : null;
}

// The read filter for snapshots: a malformed row is reported and left out.
function readable(s: SnapshotRow): boolean {
  const problems = snapshotRowProblems(s);
  if (problems.length > 0) warnSkipped({ table: 'snapshots', key: s.id, problems });
  return problems.length === 0;
}

/** A snapshot without its text (and hash): what lists and tables need. */
export type SnapshotInfo = Omit<SnapshotRow, 'text' | 'textHash'>;

/** The texts of some snapshots by id (missing ids left out): read only when a clause diff is asked for. */
export async function snapshotTexts(ids: readonly number[]): Promise<Map<number, string>> {
  const rows = await db.snapshots.bulkGet([...ids]);
  return new Map(rows.filter((s): s is SnapshotRow => !!s).map((s) => [s.id, s.text]));
}

export interface HistoryEntry {
  snapshot: SnapshotInfo;
  document: DocumentRow;
  /** The previous snapshot of the same document, or null for its first capture. */
  previousSnapshotId: number | null;
  changes: FieldChange[];
}

/**
 * Every snapshot of a vendor, newest first, each with its field changes against the previous one of its document.
 * Read from `cards`: no snapshot text is loaded (see snapshotTexts for the clause diff).
 */
export async function vendorHistory(vendorId: number): Promise<HistoryEntry[]> {
  return db.transaction('r', db.documents, db.cards, async () => {
    const docs = new Map((await db.documents.where('vendorId').equals(vendorId).toArray()).map((d) => [d.id, d]));
    const snaps = (await db.cards.where('vendorId').equals(vendorId).toArray())
      .filter((c) => {
        const problems = cardRowProblems(c);
        if (problems.length > 0) warnSkipped({ table: 'cards', key: c.snapshotId, problems });
        return problems.length === 0;
      })
      .map(infoOf)
      .sort((a, b) => a.capturedAt - b.capturedAt || a.id - b.id);
    const lastOfDoc = new Map<number, SnapshotInfo>();
    const out: HistoryEntry[] = [];
    for (const s of snaps) {
      const document = docs.get(s.documentId);
      if (!document) continue;
      const prev = lastOfDoc.get(s.documentId) ?? null;
      out.push({
        snapshot: s,
        document,
        previousSnapshotId: prev?.id ?? null,
        changes: prev ? diffCards(prev.card, s.card) : [],
      });
      lastOfDoc.set(s.documentId, s);
    }
    return out.reverse();
  });
}

function infoOf(c: CardRow): SnapshotInfo {
  return { id: c.snapshotId, documentId: c.documentId, vendorId: c.vendorId, capturedAt: c.capturedAt, card: c.card };
}

/**
 * Every vendor (by name) with the latest snapshot of each of its documents — the compare page's live query. Reads
 * the `latest` table (one row per document, values only), never the snapshots or the full cards.
 */
export async function latestByVendor(onSkip: (s: SkippedRow) => void = warnSkipped): Promise<VendorLatest[]> {
  return db.transaction('r', db.vendors, db.documents, db.latest, db.corrections, async () => {
    const [vendors, documents, latest, corrections] = await Promise.all([
      db.vendors.toArray(),
      db.documents.toArray(),
      db.latest.toArray(),
      db.corrections.toArray(),
    ]);
    return joinLatest(vendors, documents, latest, corrections, onSkip);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------------------------

/** Sets (or replaces) the user's value for one path of a snapshot's card. */
export async function setCorrection(snapshotId: number, path: string, value: unknown): Promise<number> {
  // The path names a known field and the value is of that field's type (utils/validate.ts), or nothing is stored.
  const problem = correctionProblem(path, value);
  if (problem) throw new Error(problem);
  if (!isSafeId(snapshotId)) throw new Error(`No snapshot ${snapshotId}`);
  return db.transaction('rw', db.snapshots, db.corrections, async () => {
    if (!(await db.snapshots.get(snapshotId))) throw new Error(`No snapshot ${snapshotId}`);
    const existing = await db.corrections.where('[snapshotId+path]').equals([snapshotId, path]).first();
    if (existing) {
      await db.corrections.update(existing.id, { value, createdAt: Date.now() });
      return existing.id;
    }
    return db.corrections.add({ snapshotId, path, value, createdAt: Date.now() } as CorrectionRow);
  });
}

/** Drops the user's value, so the extracted one shows again. */
export async function revertCorrection(snapshotId: number, path: string): Promise<void> {
  await db.corrections.where('[snapshotId+path]').equals([snapshotId, path]).delete();
}

export async function correctionsFor(snapshotId: number): Promise<CorrectionRow[]> {
  return db.corrections.where('snapshotId').equals(snapshotId).toArray();
}

// ---------------------------------------------------------------------------------------------------------------
// Grouping vendors by the user's confirmation
// ---------------------------------------------------------------------------------------------------------------

/**
 * Vendors that share a normalized name but not a registrable domain: saving never merges them (a page can call
 * itself anything), so they are offered to the user, who confirms with mergeVendors. Groups of ids, oldest first.
 */
export async function vendorMergeSuggestions(): Promise<VendorRow[][]> {
  const byName = new Map<string, VendorRow[]>();
  for (const v of await db.vendors.orderBy('id').toArray()) {
    if (!v.nameKey) continue;
    byName.set(v.nameKey, [...(byName.get(v.nameKey) ?? []), v]);
  }
  return [...byName.values()].filter((g) => new Set(g.map((v) => registrableDomain(v.site))).size > 1);
}

/** Files every document of vendor `fromId` under vendor `intoId` (the user confirmed they are the same company). */
export async function mergeVendors(intoId: number, fromId: number): Promise<void> {
  if (intoId === fromId) return;
  await db.transaction('rw', [db.vendors, db.documents, db.snapshots, db.cards, db.latest], async () => {
    if (!(await db.vendors.get(intoId)) || !(await db.vendors.get(fromId))) throw new Error('No such vendor');
    await db.documents.where('vendorId').equals(fromId).modify({ vendorId: intoId });
    await db.snapshots.where('vendorId').equals(fromId).modify({ vendorId: intoId });
    await db.cards.where('vendorId').equals(fromId).modify({ vendorId: intoId });
    await db.latest.where('vendorId').equals(fromId).modify({ vendorId: intoId });
    await db.vendors.delete(fromId);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Deleting
// ---------------------------------------------------------------------------------------------------------------

/** Deletes a vendor with its documents, snapshots (and their cards), corrections and agreement dates. */
export async function deleteVendor(vendorId: number): Promise<void> {
  await db.transaction(
    'rw',
    [db.vendors, db.documents, db.snapshots, db.cards, db.latest, db.corrections, db.agreements],
    async () => {
      const docIds = (await db.documents.where('vendorId').equals(vendorId).primaryKeys()) as number[];
      await db.agreements.bulkDelete(docIds);
      const snapIds = (await db.snapshots.where('vendorId').equals(vendorId).primaryKeys()) as number[];
      await db.corrections.where('snapshotId').anyOf(snapIds).delete();
      await db.snapshots.bulkDelete(snapIds);
      await db.cards.where('vendorId').equals(vendorId).delete();
      await db.latest.where('vendorId').equals(vendorId).delete();
      await db.documents.where('vendorId').equals(vendorId).delete();
      await db.vendors.delete(vendorId);
    },
  );
}

/**
 * Deletes one snapshot, its card and its corrections. A document left without snapshots is deleted too (with its
 * agreement dates), and so is
 * a vendor left without documents, so no empty column stays on the compare page.
 */
export async function deleteSnapshot(snapshotId: number): Promise<void> {
  await db.transaction(
    'rw',
    [db.vendors, db.documents, db.snapshots, db.cards, db.latest, db.corrections, db.agreements],
    async () => {
      // The card row carries the ids needed here without reading the snapshot's text.
      const snap = (await db.cards.get(snapshotId)) ?? (await db.snapshots.get(snapshotId));
      if (!snap) return;
      await db.corrections.where('snapshotId').equals(snapshotId).delete();
      await db.snapshots.delete(snapshotId);
      await db.cards.delete(snapshotId);
      // The previous capture becomes the document's latest (or the row goes with the last one).
      await refreshLatest(db.cards, db.latest, [snap.documentId]);
      if ((await db.snapshots.where('documentId').equals(snap.documentId).count()) === 0) {
        await db.documents.delete(snap.documentId);
        await db.agreements.delete(snap.documentId);
        if ((await db.documents.where('vendorId').equals(snap.vendorId).count()) === 0) {
          await db.vendors.delete(snap.vendorId);
        }
      }
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Library health: backups, persistence, rows set aside
// ---------------------------------------------------------------------------------------------------------------

/** Records that a backup of the library was just exported (the compare page shows the date, or a reminder). */
export async function markBackupExported(at: number = Date.now()): Promise<void> {
  await db.meta.put({ key: 'lastBackupAt', value: at });
}

export interface LibraryStatus {
  /** When a backup was last exported; null when never. */
  lastBackupAt: number | null;
  /** The answer to the persistence request ('granted', 'denied'), null if never asked. */
  persistence: string | null;
  /** Rows the upgrades set aside as unreadable (see quarantineMalformed in utils/db.ts). */
  quarantined: number;
}

export async function libraryStatus(): Promise<LibraryStatus> {
  return db.transaction('r', db.meta, db.quarantine, async () => {
    const [backup, persistence, quarantined] = await Promise.all([
      db.meta.get('lastBackupAt'),
      db.meta.get('persistence'),
      db.quarantine.count(),
    ]);
    const at = backup?.value;
    return {
      lastBackupAt: typeof at === 'number' && Number.isFinite(at) ? at : null,
      persistence: typeof persistence?.value === 'string' ? persistence.value : null,
      quarantined,
    };
  });
}
