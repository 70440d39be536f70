/**
 * The user's agreement dates (schema v6 `agreements` table) and the library's deadlines computed from them: each
 * document with dates, its newest card's renewal and notices, utils/deadlines.ts. Validated on write and on read
 * (a malformed stored row is skipped and reported, like the compare page's reads).
 */
import Dexie from 'dexie';
import { type AgreementRow, db } from './db';
import {
  type AgreementDates,
  agreementDatesProblems,
  computeDeadlines,
  type DeadlineResult,
  type WeekendConvention,
} from './deadlines';
import { effectiveCard } from './library';
import { cardRowProblems, isSafeId } from './validate';

export interface AgreementInput extends AgreementDates {
  weekend?: WeekendConvention;
}

function weekendProblem(w: unknown): string | null {
  return w === undefined || w === 'sat-sun' || w === 'fri-sat' ? null : 'weekend is not "sat-sun" or "fri-sat"';
}

/** Stores (or replaces) the dates of a document's agreement; throws on invalid input or an unknown document. */
export async function setAgreementDates(documentId: number, input: AgreementInput): Promise<void> {
  const problems = agreementDatesProblems(input);
  const w = weekendProblem(input?.weekend);
  if (w) problems.push(w);
  if (problems.length > 0) throw new Error(problems.join('; '));
  if (!isSafeId(documentId)) throw new Error(`No document ${documentId}`);
  const row: AgreementRow = {
    documentId,
    start: input.start ?? null,
    initialTermMonths: input.initialTermMonths ?? null,
    end: input.end ?? null,
    ...(input.weekend ? { weekend: input.weekend } : {}),
    updatedAt: Date.now(),
  };
  await db.transaction('rw', db.documents, db.agreements, async () => {
    if (!(await db.documents.get(documentId))) throw new Error(`No document ${documentId}`);
    await db.agreements.put(row);
  });
}

export async function clearAgreementDates(documentId: number): Promise<void> {
  await db.agreements.delete(documentId);
}

/** The stored dates of a document's agreement; null when none (or when the stored row is malformed). */
export async function agreementDatesFor(documentId: number): Promise<AgreementRow | null> {
  const row = await db.agreements.get(documentId);
  return row && agreementRowProblems(row).length === 0 ? row : null;
}

export function agreementRowProblems(row: unknown): string[] {
  if (!row || typeof row !== 'object') return ['not an object'];
  const r = row as Record<string, unknown>;
  const problems = agreementDatesProblems(r);
  if (!isSafeId(r.documentId)) problems.push('documentId is not an id');
  const w = weekendProblem(r.weekend);
  if (w) problems.push(w);
  return problems;
}

/** The deadlines of one agreement, with what the list and the exports need to name it. */
export interface AgreementDeadlines {
  documentId: number;
  vendorId: number;
  vendor: string;
  url: string;
  title: string | null;
  dates: AgreementRow;
  result: DeadlineResult;
}

/**
 * Deadlines of every document with stored dates, from its newest card with the user's corrections. Rows whose document is gone (deleted since)
 * or whose row or card is malformed are skipped; `onSkip` hears about the malformed ones.
 */
export async function libraryDeadlines(
  today: string,
  onSkip: (what: string) => void = (what) => console.warn(`ClauseLens: ${what}`),
): Promise<AgreementDeadlines[]> {
  const out: AgreementDeadlines[] = [];
  const rows = await db.agreements.toArray();
  for (const row of rows) {
    const problems = agreementRowProblems(row);
    if (problems.length > 0) {
      onSkip(`agreement dates of document ${String(row?.documentId)} skipped: ${problems.join('; ')}`);
      continue;
    }
    const doc = await db.documents.get(row.documentId);
    if (!doc) continue; // deleted since: its dates mean nothing any more
    const vendor = await db.vendors.get(doc.vendorId);
    const newest = await db.cards
      .where('[documentId+capturedAt]')
      .between([doc.id, Dexie.minKey], [doc.id, Dexie.maxKey])
      .last();
    if (!newest) continue;
    const cardProblems = cardRowProblems(newest);
    if (cardProblems.length > 0) {
      onSkip(`card of document ${doc.id} skipped: ${cardProblems.slice(0, 3).join('; ')}`);
      continue;
    }
    // The user's corrections of renewal or notices count, as everywhere the card is shown.
    const corrections = await db.corrections.where('snapshotId').equals(newest.snapshotId).toArray();
    const card = corrections.length > 0 ? effectiveCard(newest, corrections) : newest.card;
    const result = computeDeadlines(card.fields, row, { today, weekend: row.weekend ?? 'sat-sun' });
    out.push({
      documentId: doc.id,
      vendorId: doc.vendorId,
      vendor: vendor?.name ?? newest.card.vendor ?? doc.url,
      url: doc.url,
      title: doc.title,
      dates: row,
      result,
    });
  }
  return out;
}
