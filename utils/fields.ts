/**
 * The UI's field registry: one row per card field with everything the pages need to show, compare and edit it
 * (label, formatter, compare cell, which way is better, which document kind speaks for it, editor). `satisfies`
 * makes the compiler check it against `Fields` (extractors/types.ts): a new field without a row, or a row whose
 * formatter or cell takes another field's type, does not compile. The engine's registry is extractors/fields.ts;
 * tests/pipeline.test.ts checks that both list the same fields with the same shapes.
 *
 * Read by utils/format.ts (labels, formatFieldValue), utils/comparison.ts (rows, cells, ranking, merging),
 * components/CardView.tsx (order, lists) and components/CardFieldEditor.tsx (editors). No DOM, no extractor code:
 * the compare page's startup bundle holds it.
 */
import {
  type DocKind,
  DURATION_UNITS,
  type FieldName,
  type Fields,
  type Finding,
  NOTICE_KINDS,
  type NoticeKind,
  noticeHasPeriod,
} from '@/extractors/types';
import type { FieldValues } from './db';
import {
  approxCalendarDays,
  creditTiers,
  formatApproxDays,
  formatCap,
  formatConsequential,
  formatCredits,
  formatDowntimeHint,
  formatForum,
  formatJurisdiction,
  formatNotice,
  formatNoticePeriod,
  formatRenewal,
  formatSoleRemedy,
  formatSupport,
  formatUptime,
  formatUptimeShort,
  maxCredit,
  NOTICE_LABELS,
  num,
} from './format-values';
import { t } from './i18n';

// ---------------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------------

type FindingOf<K extends FieldName> = NonNullable<Fields[K]> extends readonly (infer E)[] ? E : NonNullable<Fields[K]>;
/** The value a field's findings carry: `Uptime` for 'uptime', `Notice` for 'notices'. */
export type FieldValue<K extends FieldName> = FindingOf<K> extends Finding<infer T> ? T : never;
/** True for list fields (checked against `Fields`: a list marked scalar does not compile). */
export type IsList<K extends FieldName> = Fields[K] extends readonly unknown[] ? true : false;

export interface ComparisonCell {
  /** Display text; null when the vendor's documents do not state it (or the value could not be read). */
  text: string | null;
  /** A normalized equivalent shown beside: "≈ 43.8 min downtime/month", "≈ 42 calendar days". */
  hint: string | null;
  /** A number to sort and rank by, where the row is comparable; null otherwise. */
  sort: number | null;
  /** Set when the stored value could not be read: the cell says so instead of the page going blank. */
  error?: string;
}

export type Better = 'higher' | 'lower' | null;
/**
 * Which document speaks for a field when a vendor has several: 'sla' for service levels, 'contract' (the MSA, then
 * the terms) for everything contractual. See DOC_PREFERENCE.
 */
export type Authority = 'sla' | 'contract';

type NumberInput = { key: string; label: string; type: 'number'; optional?: boolean; min?: number; max?: number };
/** One input of an editor: a dotted key into the value ('' for a bare boolean). */
export type InputSpec =
  | NumberInput
  | { key: string; label: string; type: 'text'; optional?: boolean; upper?: boolean; hint?: string }
  | { key: string; label: string; type: 'select'; options: readonly (readonly [string, string])[]; optional?: boolean }
  | { key: string; label: string; type: 'boolean'; optional?: boolean; yes: string; no: string }
  /** A list of objects (credit tiers), one row of number inputs each; rows are added and removed in the form. */
  | { key: string; label: string; type: 'rows'; itemLabel: string; columns: readonly NumberInput[] };

export interface EditorSpec<V = unknown> {
  inputs: readonly InputSpec[];
  /** Groups whose inputs, all empty, mean "not stated" as a whole: `fixed: null`, not `{ value: null, … }`. */
  nullableGroups?: readonly string[];
  /** Rules across inputs, on the parsed value: an error message, or null when the value is acceptable. */
  check?: (value: V) => string | null;
}

export interface FieldPresentation<K extends FieldName> {
  label: string;
  list: IsList<K>;
  /** One value in plain words. Must not throw on partial values (see utils/format-values.ts). */
  format: (value: FieldValue<K>) => string;
  /** The compare table's cell from the values a vendor states (never empty). */
  cell: (values: readonly [FieldValue<K>, ...FieldValue<K>[]]) => ComparisonCell;
  /** Which sort value is better for the customer; null: the row is not ranked. */
  better: Better;
  authority: Authority;
  editor: EditorSpec<FieldValue<K>>;
}

// ---------------------------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------------------------

function joinUnique(texts: string[]): string {
  return [...new Set(texts)].join(t('valueSeparator'));
}

// A cell of words only: fields that are stated or not, and are not ranked.
const textCell =
  <V>(format: (v: V) => string) =>
  (values: readonly V[]): ComparisonCell => ({ text: joinUnique(values.map(format)), hint: null, sort: null });

/** Several notices of one kind (e.g. different plans) rank by the shortest, the one a customer can rely on. */
export function noticeCell(ns: readonly FieldValue<'notices'>[]): ComparisonCell {
  // A withheld period (a redacted filing) is shown, but neither ranks nor gets a hint.
  const stated = ns.filter(noticeHasPeriod);
  const hints = stated.map(formatApproxDays).filter((h): h is string => h !== null);
  const days = stated.map(approxCalendarDays).filter((d): d is number => d !== null);
  return {
    text: joinUnique(ns.map(formatNoticePeriod)),
    hint: hints.length ? joinUnique(hints) : null,
    sort: days.length ? Math.min(...days) : null,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Editors
// ---------------------------------------------------------------------------------------------------------------

// The editors' words are read once, when the module loads (the labels of utils/format.ts are too).
const UNIT_NAMES: Record<(typeof DURATION_UNITS)[number], string> = {
  minutes: t('unitMinutes'),
  hours: t('unitHours'),
  'business-hours': t('unitBusinessHours'),
  days: t('unitDays'),
  'business-days': t('unitBusinessDays'),
  weeks: t('unitWeeks'),
  months: t('unitMonths'),
  years: t('unitYears'),
};
const UNIT_OPTIONS = DURATION_UNITS.map((u) => [u, UNIT_NAMES[u]] as const);
const PERCENT = { type: 'number', min: 0, max: 100 } as const;
const YES = t('optionYes');
const NO = t('optionNo');

// ---------------------------------------------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------------------------------------------

/**
 * In display order (the card's sections, the compare table's rows). Ranking is kept simple on purpose: uptime and
 * the maximum credit higher is better; a liability cap of more months of fees is better (only between fee-based
 * caps); the fastest support target is better; notices rank per kind (NOTICE_COMPARE); the rest is not ranked.
 */
export const FIELD_UI = {
  uptime: {
    label: t('fieldUptime'),
    list: false,
    format: formatUptime,
    cell: ([u]) => {
      const percent = num(u?.percent);
      return {
        text: formatUptimeShort(u),
        hint: percent === null ? null : formatDowntimeHint(percent, percent >= 99.99 ? 2 : 1),
        sort: percent,
      };
    },
    better: 'higher',
    authority: 'sla',
    editor: {
      inputs: [
        { key: 'percent', label: t('inputUptimePercent'), ...PERCENT },
        {
          key: 'period',
          label: t('inputMeasuredPer'),
          type: 'select',
          optional: true,
          options: [
            ['month', t('periodMonth')],
            ['quarter', t('periodQuarter')],
            ['year', t('periodYear')],
          ],
        },
      ],
    },
  },
  serviceCredits: {
    label: t('fieldServiceCredits'),
    list: false,
    format: formatCredits,
    cell: ([c]) => ({ text: formatCredits(c), hint: null, sort: maxCredit(c) }),
    better: 'higher',
    authority: 'sla',
    editor: {
      inputs: [
        { key: 'maxCreditPercent', label: t('inputMaxCredit'), optional: true, ...PERCENT },
        {
          key: 'tiers',
          label: t('inputCreditTiers'),
          type: 'rows',
          itemLabel: t('inputTier'),
          columns: [
            { key: 'creditPercent', label: t('inputTierCredit'), ...PERCENT },
            { key: 'uptimeAtLeast', label: t('inputTierAtLeast'), optional: true, ...PERCENT },
            { key: 'uptimeBelow', label: t('inputTierBelow'), optional: true, ...PERCENT },
          ],
        },
      ],
      check: (c) => {
        const i = creditTiers(c).findIndex(
          (tier) => tier.uptimeAtLeast !== null && tier.uptimeBelow !== null && tier.uptimeAtLeast >= tier.uptimeBelow,
        );
        return i === -1 ? null : t('tierRangeError', i + 1);
      },
    },
  },
  soleRemedy: {
    label: t('fieldSoleRemedy'),
    list: false,
    format: formatSoleRemedy,
    cell: textCell(formatSoleRemedy),
    better: null,
    authority: 'sla',
    editor: { inputs: [{ key: '', label: t('inputSoleRemedy'), type: 'boolean', yes: YES, no: NO }] },
  },
  liabilityCap: {
    label: t('fieldLiabilityCap'),
    list: false,
    format: formatCap,
    cell: ([cap]) => {
      const months = num(cap?.feesMonths);
      return {
        text: formatCap(cap),
        hint: null,
        sort: cap?.basis === 'fees' && months !== null ? months * (num(cap.multiple) ?? 1) : null,
      };
    },
    better: 'higher',
    authority: 'contract',
    editor: {
      inputs: [
        {
          key: 'basis',
          label: t('inputCapBasis'),
          type: 'select',
          options: [
            ['fees', t('capBasisFees')],
            ['fixed', t('capBasisFixed')],
            ['fees-or-fixed', t('capBasisFeesOrFixed')],
            ['credits-only', t('capBasisCreditsOnly')],
            ['unlimited', t('capBasisUnlimited')],
          ],
        },
        { key: 'feesMonths', label: t('inputFeesMonths'), type: 'number', optional: true, min: 0 },
        { key: 'multiple', label: t('inputFeesMultiple'), type: 'number', optional: true, min: 0 },
        { key: 'fixed.value', label: t('inputFixedAmount'), type: 'number', optional: true, min: 0 },
        {
          key: 'fixed.currency',
          label: t('inputCurrency'),
          type: 'text',
          optional: true,
          upper: true,
          hint: t('hintCurrencyCode'),
        },
        {
          key: 'combine',
          label: t('inputCapCombine'),
          type: 'select',
          optional: true,
          options: [
            ['lesser', t('capCombineLesser')],
            ['greater', t('capCombineGreater')],
          ],
        },
      ],
      nullableGroups: ['fixed'],
      // Half a money value is neither an amount nor "not stated".
      check: (cap) =>
        cap.fixed && (cap.fixed.value === null || !cap.fixed.currency) ? t('fixedAmountIncomplete') : null,
    },
  },
  consequentialDamages: {
    label: t('fieldConsequentialDamages'),
    list: false,
    format: formatConsequential,
    cell: textCell(formatConsequential),
    better: null,
    authority: 'contract',
    editor: {
      inputs: [
        {
          key: '',
          label: t('inputConsequentialExcluded'),
          type: 'boolean',
          yes: t('optionExcluded'),
          no: t('optionNotExcluded'),
        },
      ],
    },
  },
  governingLaw: {
    label: t('fieldGoverningLaw'),
    list: true,
    format: formatJurisdiction,
    cell: textCell(formatJurisdiction),
    better: null,
    authority: 'contract',
    editor: {
      inputs: [
        { key: 'name', label: t('inputJurisdictionName'), type: 'text' },
        { key: 'country', label: t('inputCountryCode'), type: 'text', upper: true, hint: t('hintCountryCode') },
        {
          key: 'region',
          label: t('inputRegionCode'),
          type: 'text',
          optional: true,
          upper: true,
          hint: t('hintRegionCode'),
        },
      ],
    },
  },
  disputeForum: {
    label: t('fieldDisputeForum'),
    list: true,
    format: formatForum,
    cell: textCell(formatForum),
    better: null,
    authority: 'contract',
    editor: {
      inputs: [
        {
          key: 'type',
          label: t('inputForum'),
          type: 'select',
          options: [
            ['courts', t('forumTypeCourts')],
            ['arbitration', t('forumTypeArbitration')],
          ],
        },
        { key: 'place', label: t('inputPlace'), type: 'text', optional: true },
        { key: 'exclusive', label: t('inputExclusive'), type: 'boolean', optional: true, yes: YES, no: NO },
      ],
    },
  },
  notices: {
    label: t('fieldNotices'),
    list: true,
    format: formatNotice,
    // The compare table shows one row per notice kind (NOTICE_COMPARE); this cell is each of those rows'.
    cell: noticeCell,
    better: null,
    authority: 'contract',
    editor: {
      inputs: [
        {
          key: 'kind',
          label: t('inputNotice'),
          type: 'select',
          options: NOTICE_KINDS.map((k) => [k, NOTICE_LABELS[k]] as const),
        },
        { key: 'amount', label: t('inputAmount'), type: 'number', min: 0 },
        { key: 'unit', label: t('inputUnit'), type: 'select', options: UNIT_OPTIONS },
      ],
    },
  },
  renewal: {
    label: t('fieldRenewal'),
    list: false,
    format: formatRenewal,
    cell: ([r]) => ({ text: formatRenewal(r), hint: null, sort: num(r?.termMonths) }),
    better: null,
    authority: 'contract',
    editor: {
      inputs: [
        { key: 'automatic', label: t('inputRenewsAutomatically'), type: 'boolean', yes: YES, no: NO },
        { key: 'termMonths', label: t('inputRenewalTermMonths'), type: 'number', optional: true, min: 0 },
      ],
    },
  },
  support: {
    label: t('fieldSupport'),
    list: true,
    format: formatSupport,
    cell: (values) => {
      const days = values.map((s) => approxCalendarDays(s?.firstResponse)).filter((d) => d !== null);
      return { text: joinUnique(values.map(formatSupport)), hint: null, sort: days.length ? Math.min(...days) : null };
    },
    better: 'lower',
    authority: 'sla',
    editor: {
      inputs: [
        { key: 'priority', label: t('inputPriority'), type: 'text' },
        { key: 'firstResponse.amount', label: t('inputFirstResponse'), type: 'number', min: 0 },
        { key: 'firstResponse.unit', label: t('inputUnit'), type: 'select', options: UNIT_OPTIONS },
      ],
    },
  },
} satisfies { [K in FieldName]: FieldPresentation<K> };

/**
 * The compare table's notice rows, one per kind. Longer price-change, terms-change and maintenance notice is better
 * (more warning). Non-renewal is deliberately not ranked: in most contracts it is the notice the customer must give
 * to stop a renewal (longer is worse for them), but some pages mean the vendor's notice. Maintenance and credit-claim
 * notices are service-level terms, so the SLA speaks for them.
 */
export const NOTICE_COMPARE = {
  'termination-convenience': { better: null, authority: 'contract' },
  'non-renewal': { better: null, authority: 'contract' },
  'breach-cure': { better: null, authority: 'contract' },
  'price-change': { better: 'higher', authority: 'contract' },
  'terms-change': { better: 'higher', authority: 'contract' },
  maintenance: { better: 'higher', authority: 'sla' },
  'credit-claim': { better: null, authority: 'sla' },
  'data-export': { better: null, authority: 'contract' },
  'payment-default': { better: null, authority: 'contract' },
  other: { better: null, authority: 'contract' },
} satisfies Record<NoticeKind, { better: Better; authority: Authority }>;

/** Document kinds in order of preference for each authority; the first kind whose card states a field wins. */
export const DOC_PREFERENCE: Record<Authority, readonly DocKind[]> = {
  sla: ['sla', 'policy', 'msa', 'terms', 'dpa', 'aup', 'privacy', 'other'],
  contract: ['msa', 'terms', 'sla', 'dpa', 'policy', 'aup', 'privacy', 'other'],
};

/** The fields in display order. */
export const FIELD_ORDER = Object.keys(FIELD_UI) as readonly FieldName[];

/** A row typed loosely, for code that dispatches on a field name at run time (values are checked by the callee). */
export interface AnyFieldPresentation {
  label: string;
  list: boolean;
  format: (value: unknown) => string;
  cell: (values: readonly [unknown, ...unknown[]]) => ComparisonCell;
  better: Better;
  authority: Authority;
  editor: EditorSpec;
}

export function fieldUi(field: FieldName): AnyFieldPresentation {
  return FIELD_UI[field] as unknown as AnyFieldPresentation;
}

/**
 * Whether a stored value has the outer shape its field's values have: a boolean for the yes/no fields (their
 * editor is one bare boolean), an object for the rest. Members are not checked here: the formatters tolerate
 * partial objects; a value of the wrong kind altogether is shown as unreadable instead.
 */
export function valueFits(field: FieldName, value: unknown): boolean {
  const inputs = fieldUi(field)?.editor.inputs;
  if (!inputs) return false;
  if (inputs.length === 1 && inputs[0]?.key === '') return typeof value === 'boolean';
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isListField(field: FieldName): boolean {
  return FIELD_UI[field]?.list === true;
}

/** Every field empty ([] for lists, null otherwise): a card that states nothing. */
export function emptyFieldValues(): FieldValues {
  return Object.fromEntries(FIELD_ORDER.map((f) => [f, isListField(f) ? [] : null])) as unknown as FieldValues;
}
