/**
 * Display formatting for card values, one formatter per value type: the plain words a buyer reads. The field
 * registry (utils/fields.ts) picks the formatter of each field; utils/format.ts is the public face of both.
 * Pure functions, no DOM.
 *
 * Tolerant by contract: stored cards, imported backups and old corrections may hold partial or malformed values
 * (`{}`, a missing member, a string where a number belongs). A formatter never throws on them; it says what it
 * can and "not stated" for the rest, so one bad value cannot blank a page.
 */
import type {
  CreditTier,
  Duration,
  DurationUnit,
  Forum,
  Jurisdiction,
  LiabilityCap,
  Money,
  Notice,
  NoticeKind,
  Renewal,
  ServiceCredits,
  SupportTarget,
  Uptime,
} from '@/extractors/types';
import { t } from './i18n';

// Labels in the UI's language (utils/i18n.ts), read once when the module loads.
export const NOTICE_LABELS: Record<NoticeKind, string> = {
  'termination-convenience': t('noticeTerminationConvenience'),
  'non-renewal': t('noticeNonRenewal'),
  'breach-cure': t('noticeBreachCure'),
  'price-change': t('noticePriceChange'),
  'terms-change': t('noticeTermsChange'),
  maintenance: t('noticeMaintenance'),
  'credit-claim': t('noticeCreditClaim'),
  'data-export': t('noticeDataExport'),
  'payment-default': t('noticePaymentDefault'),
  other: t('noticeOther'),
};

/** What every formatter prints for a value the document does not state. */
export const NOT_STATED = t('notStatedLower');

const UNIT_WORDS: Record<DurationUnit, [singular: string, plural: string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  'business-hours': ['business hour', 'business hours'],
  days: ['day', 'days'],
  'business-days': ['business day', 'business days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

/** A finite number, or null for anything else (a missing member, a string, NaN). */
export function num(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

// A number in a sentence, "?" when the value holds none.
const numText = (x: unknown, digits?: number) => {
  const n = num(x);
  return n === null ? '?' : formatNumber(n, digits);
};

/** Rounds to at most `digits` decimals and drops trailing zeros: 43.8336 → "43.8", 2.0 → "2". */
export function formatNumber(n: number, digits = 1): string {
  return numberFormat(digits).format(n);
}

// Building an Intl.NumberFormat costs far more than using one; the compare page formats
// thousands of cells, so one formatter per precision is kept.
const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let f = numberFormats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    numberFormats.set(digits, f);
  }
  return f;
}
const TWO_SIGNIFICANT = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/** "30 days", "1 business hour", "6 business hours", "2 years". */
export function formatDuration(d: Duration): string {
  const words =
    UNIT_WORDS[d?.unit] ??
    (typeof d?.unit === 'string' ? [d.unit, d.unit] : ['(unit not stated)', '(unit not stated)']);
  return `${numText(d?.amount, 2)} ${d?.amount === 1 ? words[0] : words[1]}`;
}

// Calendar-day factors for comparing across units. Approximate by design: a business week is 5 of 7 days,
// and a business hour is treated as a clock hour (support hours vary by vendor; the UI marks the result "≈").
const DAYS_PER_UNIT: Record<DurationUnit, number> = {
  minutes: 1 / 1440,
  hours: 1 / 24,
  'business-hours': 1 / 24,
  days: 1,
  'business-days': 7 / 5,
  weeks: 7,
  months: 30.44,
  years: 365.25,
};

/** Approximate calendar days for a duration, or null when the unit is unknown or the amount not a number. */
export function approxCalendarDays(d: Duration | null | undefined): number | null {
  if (!d || num(d.amount) === null) return null;
  const factor = DAYS_PER_UNIT[d.unit];
  return factor === undefined ? null : d.amount * factor;
}

/** "≈ 42 calendar days" for units other than days; null when the duration already is in days. */
export function formatApproxDays(d: Duration): string | null {
  if (d?.unit === 'days') return null;
  const days = approxCalendarDays(d);
  if (days === null) return null;
  if (days < 1) return `≈ ${formatNumber(days * 24, 1)} h`;
  return `≈ ${formatNumber(days, days < 10 ? 1 : 0)} calendar days`;
}

const MINUTES_PER_MONTH = 30.44 * 24 * 60;
const HOURS_PER_YEAR = 365.25 * 24;

/** Allowed downtime in a 30.44-day month, in minutes: 99.9 → 43.83. */
export function downtimePerMonthMinutes(percent: number): number {
  return ((100 - percent) / 100) * MINUTES_PER_MONTH;
}

/** Allowed downtime in a 365.25-day year, in hours: 99.9 → 8.77. */
export function downtimePerYearHours(percent: number): number {
  return ((100 - percent) / 100) * HOURS_PER_YEAR;
}

// Small downtimes keep two significant digits so 99.999% does not read as "0 min".
function formatMinutes(min: number): string {
  if (min >= 1) return formatNumber(min, 1);
  return TWO_SIGNIFICANT.format(min);
}

/** "99.9% per month (≈ 43.8 min downtime/month)". */
export function formatUptime(u: Uptime): string {
  const percent = num(u?.percent);
  if (percent === null) return formatUptimeShort(u);
  return `${formatUptimeShort(u)} (≈ ${formatMinutes(downtimePerMonthMinutes(percent))} min downtime/month)`;
}

/** "99.9% per month" without the downtime hint, for short places like change lists. */
export function formatUptimeShort(u: Uptime): string {
  const period = typeof u?.period === 'string' && u.period ? ` per ${u.period}` : '';
  return `${numText(u?.percent, 4)}%${period}`;
}

/** "$10,000", "€5,000.50"; an unknown currency code falls back to "10,000 XYZ" instead of throwing. */
export function formatMoney(m: Money): string {
  if (num(m?.value) === null) return 'an amount (not stated)';
  const fractionDigits = Number.isInteger(m.value) ? 0 : 2;
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    }).format(m.value);
  } catch {
    return `${formatNumber(m.value, 2)} ${typeof m.currency === 'string' ? m.currency : ''}`.trim();
  }
}

function feesPart(cap: LiabilityCap): string {
  const months = num(cap.feesMonths);
  const multiple = num(cap.multiple);
  const base = months !== null ? `${formatNumber(months)} months of fees` : 'fees paid under the agreement';
  if (multiple !== null && multiple !== 1) {
    return months !== null ? `${formatNumber(multiple, 2)}× ${base}` : `${formatNumber(multiple, 2)}× fees`;
  }
  return base;
}

/** Plain words: "12 months of fees, max $10,000", "2× fees", "service credits only", "unlimited". */
export function formatCap(cap: LiabilityCap): string {
  switch (cap?.basis) {
    case 'unlimited':
      return 'unlimited';
    case 'credits-only':
      return 'service credits only';
    case 'fixed':
      return cap.fixed ? formatMoney(cap.fixed) : 'a fixed amount (not stated)';
    case 'fees':
      return feesPart(cap);
    case 'fees-or-fixed': {
      if (!cap.fixed) return feesPart(cap);
      const fixed = formatMoney(cap.fixed);
      if (cap.combine === 'lesser') return `${feesPart(cap)}, max ${fixed}`;
      if (cap.combine === 'greater') return `${feesPart(cap)} or ${fixed}, whichever is greater`;
      return `${feesPart(cap)} or ${fixed}`;
    }
    default:
      return 'a liability cap (basis not stated)';
  }
}

let regionNames: Intl.DisplayNames | null | undefined;
/** "United States" for "US"; the code itself when Intl.DisplayNames is missing or the code unknown. */
export function countryName(code: string): string {
  if (typeof code !== 'string' || !code) return '';
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  try {
    return regionNames?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** By country first, then the place as written when it adds something: "United States (State of Delaware)". */
export function formatJurisdiction(j: Jurisdiction): string {
  const country = countryName(j?.country);
  const written = typeof j?.name === 'string' ? j.name.replace(/^the\s+/i, '').trim() : '';
  if (!country) return written || 'a jurisdiction (not stated)';
  if (!written || written.toLowerCase() === country.toLowerCase()) return country;
  return `${country} (${written})`;
}

/** "Courts of Montreal (exclusive)", "Arbitration in London", "Courts (place not stated)". */
export function formatForum(f: Forum): string {
  const what = f?.type === 'arbitration' ? 'Arbitration' : f?.type === 'courts' ? 'Courts' : 'A forum';
  const place = typeof f?.place === 'string' ? f.place : '';
  const where = place ? (f.type === 'arbitration' ? ` in ${place}` : ` of ${place}`) : ' (place not stated)';
  const exclusive = f?.exclusive === true ? ' (exclusive)' : f?.exclusive === false ? ' (non-exclusive)' : '';
  return `${what}${where}${exclusive}`;
}

function formatTier(t: CreditTier): string {
  const pct = `${numText(t?.creditPercent, 2)}%`;
  const atLeast = num(t?.uptimeAtLeast);
  const below = num(t?.uptimeBelow);
  if (atLeast !== null && below !== null) return `${pct} at ${formatNumber(atLeast, 4)}–${formatNumber(below, 4)}%`;
  if (below !== null) return `${pct} below ${formatNumber(below, 4)}%`;
  if (atLeast !== null) return `${pct} at ≥ ${formatNumber(atLeast, 4)}%`;
  return pct;
}

/** A credit table's tiers; [] when the value has none (or holds something else). */
export function creditTiers(c: ServiceCredits): CreditTier[] {
  return Array.isArray(c?.tiers) ? c.tiers : [];
}

/** The most a customer can be credited: the stated maximum, else the top tier; null when neither is a number. */
export function maxCredit(c: ServiceCredits): number | null {
  const tiers = creditTiers(c)
    .map((t) => num(t?.creditPercent))
    .filter((p): p is number => p !== null);
  return num(c?.maxCreditPercent) ?? (tiers.length ? Math.max(...tiers) : null);
}

/** "up to 25% credit (10% below 99.9%; 25% below 99%)". */
export function formatCredits(c: ServiceCredits): string {
  const tiers = creditTiers(c).map(formatTier).join('; ');
  const stated = num(c?.maxCreditPercent);
  if (stated !== null) {
    const max = `up to ${formatNumber(stated, 2)}% credit`;
    return tiers ? `${max} (${tiers})` : max;
  }
  return tiers ? `credits: ${tiers}` : 'credits (amount not stated)';
}

/** "Critical (P1): 1 business hour". */
export function formatSupport(s: SupportTarget): string {
  const priority = typeof s?.priority === 'string' ? s.priority.trim() : '';
  return priority ? `${priority}: ${formatDuration(s.firstResponse)}` : formatDuration(s.firstResponse);
}

/** "Price change notice: 30 days". */
export function formatNotice(n: Notice): string {
  return `${NOTICE_LABELS[n?.kind] ?? t('noticeGeneric')}: ${formatDuration(n)}`;
}

/** "renews automatically for 12-month terms", "does not renew automatically". */
export function formatRenewal(r: Renewal): string {
  if (r?.automatic === false) return 'does not renew automatically';
  if (r?.automatic !== true) return 'renewal (terms not stated)';
  const months = num(r.termMonths);
  return months !== null ? `renews automatically for ${formatNumber(months)}-month terms` : 'renews automatically';
}

export function formatSoleRemedy(v: boolean): string {
  return v ? 'credits are the sole remedy' : 'credits are not the sole remedy';
}

export function formatConsequential(v: boolean): string {
  return v ? 'excluded' : 'not excluded';
}
