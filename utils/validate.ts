/**
 * One validator for what the library stores: a card (with or without its evidence), a correction, row ids and
 * times. Used wherever data enters or leaves storage: backup import (utils/exporters.ts), saving an analysis and
 * setting a correction (utils/snapshots.ts), the schema upgrades (utils/db.ts), and as a skip-and-report filter
 * when reading (utils/library.ts, utils/snapshots.ts), so one bad row can never blank the compare page.
 *
 * The field list and enums come from extractors/types.ts, so a field added there is checked here by adding its
 * value check to VALUE_CHECKS (the compiler asks for it: the record is keyed by FieldName).
 *
 * Every check returns problems as "path: what is wrong" strings; an empty list means valid. No Dexie here (the
 * compare page's first read uses it before Dexie loads).
 */
import { DOC_KINDS, DURATION_UNITS, type FieldName, NOTICE_KINDS } from '@/extractors/types';
import { FIELD_ORDER as FIELD_NAMES } from './fields';

type Check = (v: unknown, at: string, out: string[]) => void;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ECMAScript's Date range: a time past it makes `new Date(t)` invalid and every date format throw or blank. */
export const MAX_TIME = 8.64e15;

/** A row id the key generator and JSON both carry exactly: a positive safe integer (not 2^53, not 1e300). */
export function isSafeId(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) > 0;
}

/** Epoch milliseconds that a Date can represent. */
export function isTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_TIME;
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------------------

const str: Check = (v, at, out) => {
  if (typeof v !== 'string') out.push(`${at}: not text`);
};
const bool: Check = (v, at, out) => {
  if (typeof v !== 'boolean') out.push(`${at}: not true/false`);
};
const num =
  (min: number, max: number): Check =>
  (v, at, out) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
      out.push(`${at}: not a number in [${min}, ${max}]`);
  };
const int =
  (min: number, max: number): Check =>
  (v, at, out) => {
    if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max)
      out.push(`${at}: not a whole number in [${min}, ${max}]`);
  };
const oneOf =
  (values: readonly unknown[]): Check =>
  (v, at, out) => {
    if (!values.includes(v)) out.push(`${at}: ${JSON.stringify(v)} is not one of ${values.join(', ')}`);
  };
const nullable =
  (check: Check): Check =>
  (v, at, out) => {
    if (v !== null) check(v, at, out);
  };
const optional =
  (check: Check): Check =>
  (v, at, out) => {
    if (v !== undefined) check(v, at, out);
  };
const list =
  (check: Check): Check =>
  (v, at, out) => {
    if (!Array.isArray(v)) out.push(`${at}: not a list`);
    else for (let i = 0; i < v.length; i++) check(v[i], `${at}.${i}`, out);
  };
/** An object with these members (extra members are allowed: readers ignore what they don't know). */
const shape =
  (members: Record<string, Check>): Check =>
  (v, at, out) => {
    if (!isObj(v)) {
      out.push(`${at}: not an object`);
      return;
    }
    for (const [k, check] of Object.entries(members)) check(v[k], `${at}.${k}`, out);
  };

// ---------------------------------------------------------------------------------------------------------------
// Field values (extractors/types.ts)
// ---------------------------------------------------------------------------------------------------------------

const percent = num(0, 100);
// A credit can exceed 100% of the month's fee in a few contracts ("150% of the fees"): bounded, not capped at 100.
const creditPercent = num(0, 1000);
const months = num(0, 1200);
const duration = shape({ amount: num(0, 1_000_000), unit: oneOf(DURATION_UNITS) });

const VALUE_CHECKS: Record<FieldName, Check> = {
  uptime: shape({ percent, period: oneOf(['month', 'quarter', 'year', null]) }),
  serviceCredits: shape({
    tiers: list(
      shape({ uptimeBelow: nullable(percent), uptimeAtLeast: nullable(percent), creditPercent: creditPercent }),
    ),
    maxCreditPercent: nullable(creditPercent),
  }),
  soleRemedy: bool,
  liabilityCap: shape({
    basis: oneOf(['fees', 'fixed', 'fees-or-fixed', 'credits-only', 'unlimited']),
    feesMonths: nullable(months),
    multiple: nullable(num(0, 1000)),
    fixed: nullable(shape({ value: num(0, 1e15), currency: str })),
    combine: oneOf(['lesser', 'greater', null]),
  }),
  consequentialDamages: bool,
  governingLaw: shape({ name: str, country: str, region: nullable(str) }),
  disputeForum: shape({
    type: oneOf(['courts', 'arbitration']),
    place: nullable(str),
    exclusive: oneOf([true, false, null]),
  }),
  // A notice's period may be withheld by the document (amount null, and the unit with it or not).
  notices: shape({
    kind: oneOf(NOTICE_KINDS),
    amount: nullable(num(0, 1_000_000)),
    unit: oneOf([...DURATION_UNITS, null]),
  }),
  renewal: shape({ automatic: bool, termMonths: nullable(months) }),
  support: shape({ priority: str, firstResponse: duration }),
};

/** Fields holding a list of findings; the others hold one finding or null. */
export const LIST_FIELDS: ReadonlySet<FieldName> = new Set(['governingLaw', 'disputeForum', 'notices', 'support']);

/** A finding: its value, and (unless values only) its verbatim quote and offsets. */
function finding(value: Check, valuesOnly: boolean): Check {
  return (v, at, out) => {
    if (!isObj(v)) {
      out.push(`${at}: not a finding`);
      return;
    }
    value(v.value, `${at}.value`, out);
    if (valuesOnly) return;
    str(v.quote, `${at}.quote`, out);
    int(0, Number.MAX_SAFE_INTEGER)(v.start, `${at}.start`, out);
    int(0, Number.MAX_SAFE_INTEGER)(v.end, `${at}.end`, out);
    if (Number.isSafeInteger(v.start) && Number.isSafeInteger(v.end) && (v.start as number) > (v.end as number))
      out.push(`${at}: start ${v.start} is after end ${v.end}`);
    num(0, 1)(v.confidence, `${at}.confidence`, out);
    // The optional members of 2026-12 (types.ts): valid when absent, typed when present.
    optional(str)(v.rule, `${at}.rule`, out);
    optional(bool)(v.implied, `${at}.implied`, out);
    optional(int(1, 1_000_000))(v.page, `${at}.page`, out);
    optional(bool)(v.visible, `${at}.visible`, out);
  };
}

function fieldCheck(name: FieldName, valuesOnly: boolean): Check {
  const one = finding(VALUE_CHECKS[name], valuesOnly);
  return LIST_FIELDS.has(name) ? list(one) : nullable(one);
}

// A date as the card carries it: text that Date can read, inside Date's range.
const dateText: Check = (v, at, out) => {
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) out.push(`${at}: not a date`);
};

/**
 * What is wrong with a card; [] when it is a valid schema-1 card. `valuesOnly` checks a card whose findings were
 * reduced to { value } (the `latest` table, see cardValues in utils/db.ts).
 */
export function cardProblems(card: unknown, options: { valuesOnly?: boolean } = {}): string[] {
  const out: string[] = [];
  if (!isObj(card)) return ['card: not an object'];
  if (card.schema !== 1) out.push(`card.schema: ${JSON.stringify(card.schema)} is not 1`);
  str(card.source, 'card.source', out);
  nullable(str)(card.title, 'card.title', out);
  nullable(str)(card.vendor, 'card.vendor', out);
  oneOf(DOC_KINDS)(card.kind, 'card.kind', out);
  shape({ isLegal: bool, score: num(-1e6, 1e6) })(card.legal, 'card.legal', out);
  nullable(str)(card.language, 'card.language', out);
  shape({ effective: nullable(dateText), updated: nullable(dateText) })(card.dates, 'card.dates', out);
  str(card.textHash, 'card.textHash', out);
  if (!isObj(card.fields)) out.push('card.fields: not an object');
  else {
    const fields = card.fields;
    for (const name of FIELD_NAMES) {
      if (!(name in fields)) out.push(`card.fields.${name}: missing`);
      else fieldCheck(name, !!options.valuesOnly)(fields[name], `card.fields.${name}`, out);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Corrections
// ---------------------------------------------------------------------------------------------------------------

/**
 * What is wrong with a correction; null when valid. Paths (see effectiveCard in utils/library.ts):
 * 'fields.<single field>' takes a value of that field or null; 'fields.<list field>' a list of values or null;
 * 'fields.<list field>.<i>' one value or null (null removes the item).
 */
export function correctionProblem(path: unknown, value: unknown): string | null {
  if (typeof path !== 'string') return 'path: not text';
  const m = /^fields\.([A-Za-z]+)(?:\.(\d{1,4}))?$/.exec(path);
  const name = m?.[1] as FieldName | undefined;
  if (!m || !name || !(FIELD_NAMES as readonly string[]).includes(name)) return `Invalid correction path: ${path}`;
  const isList = LIST_FIELDS.has(name);
  if (m[2] !== undefined && !isList) return `Invalid correction path: ${path} (${name} is not a list)`;
  if (value === null) return null;
  const out: string[] = [];
  const check = isList && m[2] === undefined ? list(VALUE_CHECKS[name]) : VALUE_CHECKS[name];
  check(value, 'value', out);
  return out.length ? `Invalid value for ${path}: ${out.slice(0, 3).join('; ')}` : null;
}

/** What is wrong with a stored correction row; [] when valid. */
export function correctionRowProblems(row: unknown): string[] {
  if (!isObj(row)) return ['correction: not an object'];
  const out: string[] = [];
  if (!isSafeId(row.snapshotId)) out.push('snapshotId: not a safe id');
  if (!isTime(row.createdAt)) out.push('createdAt: not a time');
  const p = correctionProblem(row.path, row.value);
  if (p) out.push(p);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Rows of the derived tables
// ---------------------------------------------------------------------------------------------------------------

function rowProblems(row: unknown, ids: readonly string[], valuesOnly: boolean): string[] {
  if (!isObj(row)) return ['row: not an object'];
  const out: string[] = [];
  for (const k of ids) if (!isSafeId(row[k])) out.push(`${k}: not a safe id`);
  if (!isTime(row.capturedAt)) out.push('capturedAt: not a time');
  out.push(...cardProblems(row.card, { valuesOnly }));
  return out;
}

/** A `cards` row (or a snapshot, whose id is `id`). */
export function cardRowProblems(row: unknown): string[] {
  return rowProblems(row, ['snapshotId', 'documentId', 'vendorId'], false);
}

export function snapshotRowProblems(row: unknown): string[] {
  const out = rowProblems(row, ['id', 'documentId', 'vendorId'], false);
  if (isObj(row)) {
    str(row.text, 'text', out);
    str(row.textHash, 'textHash', out);
  }
  return out;
}

/** A `latest` row: the card holds values only. */
export function latestRowProblems(row: unknown): string[] {
  return rowProblems(row, ['documentId', 'vendorId', 'snapshotId'], true);
}
