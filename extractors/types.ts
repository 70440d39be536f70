/**
 * The clause card, schema v1 — the contract shared by the UI, storage, the `card`
 * command and the evaluation (see shared/design/card-schema.md). Don't rename;
 * extend only compatibly.
 */

export type DocKind = 'sla' | 'terms' | 'msa' | 'dpa' | 'privacy' | 'aup' | 'policy' | 'other';

export const DOC_KINDS: readonly DocKind[] = ['sla', 'terms', 'msa', 'dpa', 'privacy', 'aup', 'policy', 'other'];

export interface Finding<T> {
  value: T;
  /** The sentence (or table row) the value was read from, verbatim from `Doc.text`. */
  quote: string;
  /** Offsets of the quote in the card's normalized text: `text.slice(start, end) === quote`. */
  start: number;
  end: number;
  /** [0, 1] */
  confidence: number;
  // Optional members added 2026-12 (a compatible extension: readers ignore what they don't know).
  /** Name of the rule that produced the value: "notices/nonRenewalBeforeTermEnd". */
  rule?: string;
  /** True when the value is inferred rather than stated (uptime read from a credit table's top tier). */
  implied?: boolean;
  /** 1-based page of the quote in a PDF or paginated file. */
  page?: number;
  /** False when the quote's text is not rendered on the page (hidden by CSS). */
  visible?: boolean;
  /**
   * Bilingual documents: the same clause in the document's other language, which the controlling text's finding
   * replaced (extractors/bilingual.ts). `sameValue` is false when that version states another value (the controlling
   * text decided). Offsets into the same normalized text as `start`/`end`.
   */
  translations?: Translation[];
}

/** The other-language version of a finding's clause (Finding.translations). */
export interface Translation {
  quote: string;
  start: number;
  end: number;
  /** The script the quote is written in: 'ar' or 'en'. */
  language: string;
  sameValue: boolean;
}

export interface Uptime {
  percent: number;
  period: 'month' | 'quarter' | 'year' | null;
}

export interface CreditTier {
  uptimeBelow: number | null;
  uptimeAtLeast: number | null;
  creditPercent: number;
}

export interface ServiceCredits {
  tiers: CreditTier[];
  maxCreditPercent: number | null;
}

export interface Money {
  value: number;
  /** ISO 4217 */
  currency: string;
}

export interface LiabilityCap {
  basis: 'fees' | 'fixed' | 'fees-or-fixed' | 'credits-only' | 'unlimited';
  feesMonths: number | null;
  multiple: number | null;
  fixed: Money | null;
  combine: 'lesser' | 'greater' | null;
}

export interface Jurisdiction {
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** ISO 3166-2 */
  region: string | null;
}

export interface Forum {
  type: 'courts' | 'arbitration';
  place: string | null;
  exclusive: boolean | null;
}

export type DurationUnit =
  | 'minutes'
  | 'hours'
  | 'business-hours'
  | 'days'
  | 'business-days'
  | 'weeks'
  | 'months'
  | 'years';

export const DURATION_UNITS: readonly DurationUnit[] = [
  'minutes',
  'hours',
  'business-hours',
  'days',
  'business-days',
  'weeks',
  'months',
  'years',
];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export type NoticeKind =
  | 'termination-convenience'
  | 'non-renewal'
  | 'breach-cure'
  | 'price-change'
  | 'terms-change'
  | 'maintenance'
  | 'credit-claim'
  | 'data-export'
  | 'payment-default'
  | 'other';

export const NOTICE_KINDS: readonly NoticeKind[] = [
  'termination-convenience',
  'non-renewal',
  'breach-cure',
  'price-change',
  'terms-change',
  'maintenance',
  'credit-claim',
  'data-export',
  'payment-default',
  'other',
];

/**
 * A notice period. `amount` is null when the document withholds the figure: SEC filings redact it
 * ("unless a notice of non-renewal is given [***] prior to the expiry"); `unit` is null when the
 * unit is withheld with it. The notice is stated; only its length is not.
 */
export interface Notice {
  kind: NoticeKind;
  amount: number | null;
  unit: DurationUnit | null;
}

/** A notice whose length is stated (not redacted): the ones a date can be counted from. */
export function noticeHasPeriod(n: Notice): n is Notice & Duration {
  return typeof n.amount === 'number' && n.unit !== null;
}

export interface Renewal {
  automatic: boolean;
  termMonths: number | null;
}

export interface SupportTarget {
  priority: string;
  firstResponse: Duration;
}

export interface Fields {
  uptime: Finding<Uptime> | null;
  serviceCredits: Finding<ServiceCredits> | null;
  soleRemedy: Finding<boolean> | null;
  liabilityCap: Finding<LiabilityCap> | null;
  consequentialDamages: Finding<boolean> | null;
  governingLaw: Finding<Jurisdiction>[];
  disputeForum: Finding<Forum>[];
  notices: Finding<Notice>[];
  renewal: Finding<Renewal> | null;
  support: Finding<SupportTarget>[];
}

export type FieldName = keyof Fields;

// FIELD_NAMES, emptyFields() and which fields are lists derive from the field registry, extractors/fields.ts.

export interface Card {
  schema: 1;
  source: string;
  title: string | null;
  vendor: string | null;
  kind: DocKind;
  legal: { isLegal: boolean; score: number };
  language: string | null;
  dates: { effective: string | null; updated: string | null };
  fields: Fields;
  textHash: string;
}

/** What the `card` command prints for a file it could not read or parse. */
export interface CardError {
  source: string;
  error: string;
}
