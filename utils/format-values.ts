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
import { type PluralKey, t, tPlural, uiLang } from './i18n';

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

// Each unit's plural message ("$count$ business days"): the count and its unit are one message, so a language that
// puts the number after the unit, or drops it in the dual, says so in its messages file.
const UNIT_MESSAGES: Record<DurationUnit, PluralKey> = {
  minutes: 'durationMinutes',
  hours: 'durationHours',
  'business-hours': 'durationBusinessHours',
  days: 'durationDays',
  'business-days': 'durationBusinessDays',
  weeks: 'durationWeeks',
  months: 'durationMonths',
  years: 'durationYears',
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
// thousands of cells, so one formatter per language and precision is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

// Numbers are written the UI language's way (utils/i18n.ts uiLang): "1,234.5" in English.
function numberFormat(digits: number | 'two-significant'): Intl.NumberFormat {
  const lang = uiLang();
  const key = `${lang}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      digits === 'two-significant' ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: digits };
    try {
      f = new Intl.NumberFormat(lang, options);
    } catch {
      f = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, f);
  }
  return f;
}

/** `n` rounded as formatNumber shows it, so the plural form agrees with the figure ("1 day", not "1 days" for 1.001). */
function shown(n: number, digits: number): number {
  const p = 10 ** digits;
  return Math.round(n * p) / p;
}

/** "30 days", "1 business hour", "6 business hours", "2 years". */
export function formatDuration(d: Duration): string {
  const count = numText(d?.amount, 2);
  const message = typeof d?.unit === 'string' && Object.hasOwn(UNIT_MESSAGES, d.unit) ? UNIT_MESSAGES[d.unit] : null;
  if (message) {
    const n = num(d?.amount);
    return tPlural(message, n === null ? Number.NaN : shown(n, 2), count);
  }
  // A unit this version does not know (a newer card, an import): shown as written.
  return typeof d?.unit === 'string' ? t('durationOtherUnit', count, d.unit) : t('durationUnitNotStated', count);
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
  if (days < 1) return t('approxHours', formatNumber(days * 24, 1));
  const digits = days < 10 ? 1 : 0;
  return tPlural('approxCalendarDays', shown(days, digits), formatNumber(days, digits));
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
  return numberFormat('two-significant').format(min);
}

/** "≈ 43.8 min downtime/month": the hint beside an uptime (`digits` decimals of minutes; at most 1 by default). */
export function formatDowntimeHint(percent: number, digits?: number): string {
  const minutes = downtimePerMonthMinutes(percent);
  return t('downtimePerMonth', digits === undefined ? formatMinutes(minutes) : formatNumber(minutes, digits));
}

/** "99.9% per month (≈ 43.8 min downtime/month)". */
export function formatUptime(u: Uptime): string {
  const percent = num(u?.percent);
  if (percent === null) return formatUptimeShort(u);
  return t('valueWithHint', formatUptimeShort(u), formatDowntimeHint(percent));
}

const UPTIME_PERIODS: Record<string, 'uptimePerMonth' | 'uptimePerQuarter' | 'uptimePerYear'> = {
  month: 'uptimePerMonth',
  quarter: 'uptimePerQuarter',
  year: 'uptimePerYear',
};

/** "99.9% per month" without the downtime hint, for short places like change lists. */
export function formatUptimeShort(u: Uptime): string {
  const percent = numText(u?.percent, 4);
  const period = typeof u?.period === 'string' ? u.period : '';
  if (!period) return t('uptimePercent', percent);
  const known = Object.hasOwn(UPTIME_PERIODS, period) ? UPTIME_PERIODS[period] : undefined;
  return known ? t(known, percent) : t('uptimePerPeriod', percent, period);
}

/** "$10,000", "€5,000.50"; an unknown currency code falls back to "10,000 XYZ" instead of throwing. */
export function formatMoney(m: Money): string {
  if (num(m?.value) === null) return t('moneyNotStated');
  const fractionDigits = Number.isInteger(m.value) ? 0 : 2;
  try {
    return new Intl.NumberFormat(uiLang(), {
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
  const base =
    months !== null ? tPlural('capMonthsOfFees', shown(months, 1), formatNumber(months)) : t('capFeesUnderAgreement');
  if (multiple !== null && multiple !== 1) {
    return months !== null
      ? t('capMultipleOf', formatNumber(multiple, 2), base)
      : t('capMultipleOfFees', formatNumber(multiple, 2));
  }
  return base;
}

/** Plain words: "12 months of fees, max $10,000", "2× fees", "service credits only", "unlimited". */
export function formatCap(cap: LiabilityCap): string {
  switch (cap?.basis) {
    case 'unlimited':
      return t('capUnlimited');
    case 'credits-only':
      return t('capCreditsOnly');
    case 'fixed':
      return cap.fixed ? formatMoney(cap.fixed) : t('capFixedNotStated');
    case 'fees':
      return feesPart(cap);
    case 'fees-or-fixed': {
      if (!cap.fixed) return feesPart(cap);
      const fixed = formatMoney(cap.fixed);
      if (cap.combine === 'lesser') return t('capFeesMaxFixed', feesPart(cap), fixed);
      if (cap.combine === 'greater') return t('capFeesOrFixedGreater', feesPart(cap), fixed);
      return t('capFeesOrFixed', feesPart(cap), fixed);
    }
    default:
      return t('capBasisNotStated');
  }
}

let regionNames: { lang: string; names: Intl.DisplayNames | null } | undefined;
/** "United States" for "US" (in the UI's language); the code itself when Intl.DisplayNames is missing or the code unknown. */
export function countryName(code: string): string {
  if (typeof code !== 'string' || !code) return '';
  const lang = uiLang();
  if (regionNames?.lang !== lang) {
    let names: Intl.DisplayNames | null;
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames = { lang, names };
  }
  try {
    return regionNames.names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** By country first, then the place as written when it adds something: "United States (State of Delaware)". */
export function formatJurisdiction(j: Jurisdiction): string {
  const country = countryName(j?.country);
  const written = typeof j?.name === 'string' ? j.name.replace(/^the\s+/i, '').trim() : '';
  if (!country) return written || t('jurisdictionNotStated');
  if (!written || written.toLowerCase() === country.toLowerCase()) return country;
  return t('jurisdictionAsWritten', country, written);
}

/** "Courts of Montreal (exclusive)", "Arbitration in London", "Courts (place not stated)". */
export function formatForum(f: Forum): string {
  const place = typeof f?.place === 'string' ? f.place : '';
  const type = f?.type === 'arbitration' || f?.type === 'courts' ? f.type : 'other';
  const forum = place ? t(FORUM_AT[type], place) : t(FORUM_NO_PLACE[type]);
  if (f?.exclusive === true) return t('forumExclusive', forum);
  if (f?.exclusive === false) return t('forumNonExclusive', forum);
  return forum;
}

const FORUM_AT = {
  arbitration: 'forumArbitrationIn',
  courts: 'forumCourtsOf',
  other: 'forumOtherOf',
} as const;
const FORUM_NO_PLACE = {
  arbitration: 'forumArbitrationNoPlace',
  courts: 'forumCourtsNoPlace',
  other: 'forumOtherNoPlace',
} as const;

function formatTier(tier: CreditTier): string {
  const pct = numText(tier?.creditPercent, 2);
  const atLeast = num(tier?.uptimeAtLeast);
  const below = num(tier?.uptimeBelow);
  if (atLeast !== null && below !== null)
    return t('creditTierBetween', pct, formatNumber(atLeast, 4), formatNumber(below, 4));
  if (below !== null) return t('creditTierBelow', pct, formatNumber(below, 4));
  if (atLeast !== null) return t('creditTierAtLeast', pct, formatNumber(atLeast, 4));
  return t('creditTierOnly', pct);
}

/** A credit table's tiers; [] when the value has none (or holds something else). */
export function creditTiers(c: ServiceCredits): CreditTier[] {
  return Array.isArray(c?.tiers) ? c.tiers : [];
}

/** The most a customer can be credited: the stated maximum, else the top tier; null when neither is a number. */
export function maxCredit(c: ServiceCredits): number | null {
  const tiers = creditTiers(c)
    .map((tier) => num(tier?.creditPercent))
    .filter((p): p is number => p !== null);
  return num(c?.maxCreditPercent) ?? (tiers.length ? Math.max(...tiers) : null);
}

/** "up to 25% credit (10% below 99.9%; 25% below 99%)". */
export function formatCredits(c: ServiceCredits): string {
  const tiers = creditTiers(c).map(formatTier).join(t('valueSeparator'));
  const stated = num(c?.maxCreditPercent);
  if (stated !== null) {
    const max = t('creditsUpTo', formatNumber(stated, 2));
    return tiers ? t('creditsUpToWithTiers', max, tiers) : max;
  }
  return tiers ? t('creditsTiers', tiers) : t('creditsNotStated');
}

/** "Critical (P1): 1 business hour". */
export function formatSupport(s: SupportTarget): string {
  const priority = typeof s?.priority === 'string' ? s.priority.trim() : '';
  return priority ? t('supportTarget', priority, formatDuration(s.firstResponse)) : formatDuration(s.firstResponse);
}

/** "30 days", or that the document withholds the period (a filing's "[***] prior to the expiry"). */
export function formatNoticePeriod(n: Notice): string {
  return n?.amount === null ? t('periodWithheld') : formatDuration(n as Duration);
}

/** "Price change notice: 30 days". */
export function formatNotice(n: Notice): string {
  const label = (Object.hasOwn(NOTICE_LABELS, n?.kind) && NOTICE_LABELS[n.kind]) || t('noticeGeneric');
  return t('noticePeriod', label, formatNoticePeriod(n));
}

/** "renews automatically for 12-month terms", "does not renew automatically". */
export function formatRenewal(r: Renewal): string {
  if (r?.automatic === false) return t('renewalNotAutomatic');
  if (r?.automatic !== true) return t('renewalTermsNotStated');
  const months = num(r.termMonths);
  return months !== null
    ? tPlural('renewalAutomaticFor', shown(months, 1), formatNumber(months))
    : t('renewalAutomatic');
}

export function formatSoleRemedy(v: boolean): string {
  return v ? t('soleRemedyYes') : t('soleRemedyNo');
}

export function formatConsequential(v: boolean): string {
  return v ? t('consequentialExcluded') : t('consequentialNotExcluded');
}
