/**
 * Renewal and notice deadlines of an agreement, computed from the card's renewal and notice findings and the dates
 * the user typed for the agreement (start + initial term, or end). Pure: no browser, storage or clock — "today" is
 * passed in, so every result is reproducible and testable with a fixed clock.
 *
 * Dates are calendar days, "YYYY-MM-DD" strings (no time of day, no time zone: a contract's deadline is a day).
 * Calendar math is date-fns (month ends clamp: Jan 31 + 1 month = Feb 28/29); business days are counted here
 * because the weekend is a parameter (date-fns's business-day helpers only know Saturday–Sunday).
 *
 * Conventions, each stated in the deadline's `how` text:
 * - The term runs from its first day to its last day inclusive: start 2026-01-01 + 12 months → last day 2026-12-31,
 *   and the renewal term begins the next day (2027-01-01).
 * - "At least N days before the end of the term" means the notice must ARRIVE N full days before the term's last
 *   day: the deadline is the last day minus N units (the conservative reading, one day earlier than counting back
 *   from the renewal day).
 * - Hours and minutes round up to whole days where a date is needed (25 hours → 2 days). Business hours have no
 *   agreed length of a business day, so they give no date (null and a note) rather than a guess.
 * - A card without a renewal term gives no rolled-forward renewal (null, not a guess).
 */
import { addDays, addMonths, differenceInCalendarDays, getDay, subDays, subMonths } from 'date-fns';
import {
  type Duration,
  type Fields,
  type Finding,
  type Notice,
  type NoticeKind,
  noticeHasPeriod,
  type Renewal,
} from '@/extractors/types';
import { formatDuration } from './format-values';
import { type MessageKey, t, tPlural } from './i18n';

/** Which days are the weekend: Saturday–Sunday (default), or Friday–Saturday (Gulf states). */
export type WeekendConvention = 'sat-sun' | 'fri-sat';

const WEEKEND_DAYS: Record<WeekendConvention, readonly number[]> = { 'sat-sun': [6, 0], 'fri-sat': [5, 6] };
// The deadlines' words come from the UI's messages (utils/i18n.ts), read when a deadline is computed: the
// background's reminders and the compare page say them in the same language.
const WEEKEND_NAMES: Record<WeekendConvention, MessageKey> = {
  'sat-sun': 'weekendNameSatSun',
  'fri-sat': 'weekendNameFriSat',
};

/** What the user states about the agreement: its start and initial term in months, or its (first) end date. */
export interface AgreementDates {
  /** First day of the agreement, "YYYY-MM-DD". */
  start: string | null;
  /** Length of the initial term in months (with `start`). */
  initialTermMonths: number | null;
  /** Last day of the initial term, "YYYY-MM-DD"; wins over start + initialTermMonths when both are given. */
  end: string | null;
}

export interface DeadlineOptions {
  /** Today's date, "YYYY-MM-DD" (the caller's clock; tests fix it). */
  today: string;
  weekend?: WeekendConvention;
}

/** Where a deadline came from: the finding's quote, offsets and rule, so the user can check it in one click. */
export interface DeadlineSource {
  quote: string;
  start: number;
  end: number;
  rule: string | null;
}

export type DeadlineKind =
  /** Last day of the current term. */
  | 'term-end'
  /** First day of the next (automatic) renewal term. */
  | 'renewal'
  /** Last day for a non-renewal notice to arrive. */
  | 'non-renewal-notice'
  /** Last day for a termination-for-convenience notice to arrive so the agreement ends by the term's end. */
  | 'termination-notice';

export interface Deadline {
  kind: DeadlineKind;
  /** "YYYY-MM-DD" */
  date: string;
  /** Short label: "Non-renewal notice must arrive". */
  label: string;
  /** Human-readable computation: "2027-12-31 (last day of the term) − 30 days = 2027-12-01". */
  how: string;
  /** The finding it came from; null for a date that comes from the user's dates alone (the term's end). */
  source: DeadlineSource | null;
  /** The date is before today. */
  past: boolean;
  /** The last day of the term the deadline belongs to. */
  termEnd: string;
}

/** A period counted from an event that has no date yet (a breach notice, an incident): shown as a period. */
export interface RelativeDeadline {
  kind: Extract<NoticeKind, 'breach-cure' | 'credit-claim'>;
  period: Duration;
  label: string;
  /** If the event happened today, the last day (null for business hours). */
  ifStartedToday: string | null;
  how: string;
  source: DeadlineSource;
}

export interface DeadlineResult {
  /** Last day of the term that contains today (or of the last term, when the agreement does not renew). */
  termEnd: string | null;
  /** First day of the next renewal term; null when the card states no automatic renewal. */
  nextRenewal: string | null;
  /** Dated deadlines, soonest first. */
  deadlines: Deadline[];
  relative: RelativeDeadline[];
  /** Why something could not be computed ("no term length: …"). */
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------------------------------------------

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "2026-02-30" → null; a real calendar day → a local-midnight Date (no time zone shifts the day). Read by hand rather
 * than with date-fns's `parse`/`format`, which bring their whole token parsers and locale (40 kB) for one format.
 */
export function parseDay(s: string | null | undefined): Date | null {
  if (typeof s !== 'string' || !ISO_DAY.test(s)) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  date.setFullYear(y); // years 0–99 would otherwise be read as 1900–1999
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

export function dayString(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function isWeekend(d: Date, weekend: WeekendConvention): boolean {
  return WEEKEND_DAYS[weekend].includes(getDay(d));
}

/** Moves `n` business days (negative: back), skipping the weekend days. Bounded by n. */
export function addBusinessDaysWith(d: Date, n: number, weekend: WeekendConvention): Date {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let cur = d;
  while (left > 0) {
    cur = addDays(cur, step);
    if (!isWeekend(cur, weekend)) left--;
  }
  return cur;
}

/** "30 days", "1 business day": the formatter the card and compare page use, so deadlines read the same. */
export function durationText(p: Duration): string {
  return formatDuration(p);
}

// Longest period we step through day by day (10 years of business days); beyond it the period is not plausible.
const MAX_DAYS = 3660;

/**
 * Shifts a day by a contract period, keeping the contract's unit. `direction` −1 counts back (a notice before the
 * term's end), +1 forward (a cure period after a breach notice). Returns null (with the reason) when the period gives
 * no date.
 */
export function shiftByPeriod(
  day: Date,
  p: Duration,
  direction: 1 | -1,
  weekend: WeekendConvention,
): { date: Date; unitText: string } | { date: null; why: string } {
  if (!Number.isFinite(p.amount) || p.amount < 0) return { date: null, why: t('whyNotALength', String(p.amount)) };
  const tooLong = () => ({ date: null, why: t('whyLongerThanTenYears', durationText(p)) });
  const signedDays = (n: number) => (direction < 0 ? subDays(day, n) : addDays(day, n));
  const signedMonths = (n: number) => (direction < 0 ? subMonths(day, n) : addMonths(day, n));
  switch (p.unit) {
    case 'days':
      if (p.amount > MAX_DAYS) return tooLong();
      return { date: signedDays(Math.ceil(p.amount)), unitText: durationText(p) };
    case 'weeks':
      if (p.amount * 7 > MAX_DAYS) return tooLong();
      return { date: signedDays(Math.ceil(p.amount * 7)), unitText: durationText(p) };
    case 'business-days':
      if (p.amount > MAX_DAYS) return tooLong();
      return {
        date: addBusinessDaysWith(day, direction * Math.ceil(p.amount), weekend),
        unitText: t('shiftWeekendSkipped', durationText(p), t(WEEKEND_NAMES[weekend])),
      };
    case 'months':
      if (!Number.isInteger(p.amount)) return { date: null, why: t('whyNotWholeMonths', durationText(p)) };
      return { date: signedMonths(p.amount), unitText: t('shiftCalendarMonths', durationText(p)) };
    case 'years':
      if (!Number.isInteger(p.amount)) return { date: null, why: t('whyNotWholeYears', durationText(p)) };
      return { date: signedMonths(p.amount * 12), unitText: durationText(p) };
    case 'hours':
    case 'minutes': {
      const days = Math.ceil(p.unit === 'hours' ? p.amount / 24 : p.amount / 1440);
      return { date: signedDays(days), unitText: tPlural('shiftRoundedUpDays', days, durationText(p), days) };
    }
    default:
      // Business hours: how long a business day is (8 h? 9 h? which hours?) is not stated; a guessed date is worse
      // than none.
      return { date: null, why: t('whyBusinessHours', durationText(p)) };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Terms
// ---------------------------------------------------------------------------------------------------------------

function sourceOf(f: Finding<unknown>): DeadlineSource {
  return { quote: f.quote, start: f.start, end: f.end, rule: f.rule ?? null };
}

interface Term {
  /** First and last day, inclusive. */
  first: Date;
  last: Date;
  /** 0 for the initial term, k for the k-th renewal. */
  index: number;
  /** False when only the end date was given: `first` is then a stand-in and says nothing about the term's length. */
  firstKnown?: boolean;
  how: string;
}

/**
 * The initial term from the user's dates: [start, end] or [start, start + months − 1 day]. Null with a note when the
 * dates do not give one.
 */
function initialTerm(dates: AgreementDates, notes: string[]): Term | null {
  const start = parseDay(dates.start);
  const end = parseDay(dates.end);
  if (dates.end != null && !end) notes.push(t('noteEndNotADay', String(dates.end)));
  if (dates.start != null && !start) notes.push(t('noteStartNotADay', String(dates.start)));
  if (end) {
    if (start && end < start) {
      notes.push(t('noteEndBeforeStart'));
      return null;
    }
    return {
      first: start ?? end,
      last: end,
      index: 0,
      firstKnown: start !== null,
      how: t('howInitialTermEnd', dayString(end)),
    };
  }
  const months = dates.initialTermMonths;
  if (start && typeof months === 'number' && Number.isInteger(months) && months > 0) {
    const last = subDays(addMonths(start, months), 1);
    return {
      first: start,
      last,
      index: 0,
      how: tPlural('howInitialTerm', months, dayString(start), months, dayString(last)),
    };
  }
  notes.push(t('noteNoTerm'));
  return null;
}

/**
 * The k-th renewal term (k ≥ 1), counted from the initial term's end so month ends do not drift: renewals of one
 * month after a term ending Jan 30 start Jan 31, Feb 28 (clamped) is the last day of Feb, then Mar 31 — never Mar 28.
 */
function renewalTerm(initial: Term, termMonths: number, k: number): Term {
  const renewalDay0 = addDays(initial.last, 1);
  const first = addMonths(renewalDay0, (k - 1) * termMonths);
  const last = subDays(addMonths(renewalDay0, k * termMonths), 1);
  return {
    first,
    last,
    index: k,
    how: tPlural('howRenewalTerm', termMonths, k, termMonths, dayString(first), dayString(last)),
  };
}

/** Renewal terms stepped through at most (1,200 one-month renewals = a century). */
const MAX_RENEWALS = 1200;

function termAt(initial: Term, renewal: Renewal | null, index: number): Term | null {
  if (index === 0) return initial;
  if (!renewal?.automatic || !renewal.termMonths || !Number.isInteger(renewal.termMonths) || renewal.termMonths <= 0)
    return null;
  return renewalTerm(initial, renewal.termMonths, index);
}

/** Index of the term containing `today`: 0 before/during the initial term; the renewal term after it, if any. */
function currentIndex(initial: Term, renewal: Renewal | null, today: Date): number | null {
  if (today <= initial.last) return 0;
  if (!renewal?.automatic) return 0; // ended; the initial term is the last one
  const m = renewal.termMonths;
  if (!m || !Number.isInteger(m) || m <= 0) return null; // renews, but for how long is unknown
  // Jump close by months, then step (bounded).
  const monthsPast = Math.max(0, Math.floor(differenceInCalendarDays(today, initial.last) / 31));
  let k = Math.max(1, Math.floor(monthsPast / m));
  while (k > 1 && renewalTerm(initial, m, k).first > today) k--;
  for (let i = 0; i < MAX_RENEWALS && renewalTerm(initial, m, k).last < today; i++) k++;
  return k;
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------------------------

// Per notice kind: the deadline's kind, its label, how its date was computed, and the note when it has none.
const NOTICE_LABEL: Record<
  'non-renewal' | 'termination-convenience',
  { kind: DeadlineKind; label: MessageKey; how: MessageKey; note: MessageKey }
> = {
  'non-renewal': {
    kind: 'non-renewal-notice',
    label: 'deadlineNonRenewal',
    how: 'howNonRenewalDeadline',
    note: 'noteNonRenewalNotice',
  },
  'termination-convenience': {
    kind: 'termination-notice',
    label: 'deadlineTermination',
    how: 'howTerminationDeadline',
    note: 'noteTerminationNotice',
  },
};

/**
 * Deadlines of an agreement: the current term's end, the next renewal, and the last day for each non-renewal or
 * termination-for-convenience notice to arrive; breach-cure and credit-claim periods as relative periods.
 */
export function computeDeadlines(
  fields: Pick<Fields, 'renewal' | 'notices'>,
  dates: AgreementDates,
  options: DeadlineOptions,
): DeadlineResult {
  const weekend = options.weekend ?? 'sat-sun';
  const notes: string[] = [];
  const today = parseDay(options.today);
  // A programming error (the caller's clock), not something a user sees: stays in English.
  if (!today) throw new RangeError(`today "${options.today}" is not a calendar day (YYYY-MM-DD)`);
  const renewalFinding = fields.renewal;
  const renewal = renewalFinding?.value ?? null;
  const notices = Array.isArray(fields.notices) ? fields.notices : [];

  const relative = relativeDeadlines(notices, today, weekend);
  const result: DeadlineResult = { termEnd: null, nextRenewal: null, deadlines: [], relative, notes };

  const initial = initialTerm(dates, notes);
  if (!initial) return result;
  if (!renewal) notes.push(t('noteNoRenewal'));
  else if (renewal.automatic && !renewal.termMonths) notes.push(t('noteRenewalWithoutLength'));

  const idx = currentIndex(initial, renewal, today);
  if (idx === null) {
    notes.push(t('noteCurrentTermUnknown'));
    return result;
  }
  const current = termAt(initial, renewal, idx) as Term;
  const termHow = idx === 0 ? initial.how : t('howThen', initial.how, current.how);
  const renews = renewal?.automatic === true;
  result.termEnd = dayString(current.last);
  result.deadlines.push({
    kind: 'term-end',
    date: result.termEnd,
    label: idx === 0 ? t('deadlineInitialTermEnds') : t('deadlineRenewalTermEnds'),
    how: termHow,
    source: idx === 0 || !renewalFinding ? null : sourceOf(renewalFinding),
    past: current.last < today,
    termEnd: result.termEnd,
  });
  if (renews && renewalFinding) {
    const next = addDays(current.last, 1);
    result.nextRenewal = dayString(next);
    result.deadlines.push({
      kind: 'renewal',
      date: result.nextRenewal,
      label: t('deadlineRenews'),
      how: renewal.termMonths
        ? tPlural('howRenewalFor', renewal.termMonths, dayString(current.last), renewal.termMonths)
        : t('howRenewal', dayString(current.last)),
      source: sourceOf(renewalFinding),
      past: next < today,
      termEnd: result.termEnd,
    });
  }

  for (const n of notices) {
    const kind = n?.value?.kind;
    if (kind !== 'non-renewal' && kind !== 'termination-convenience') continue;
    result.deadlines.push(...noticeDeadlines(n, initial, renewal, idx, today, weekend, notes));
  }
  result.deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return result;
}

/**
 * The deadline of one notice for the current term; when it has passed and the agreement renews automatically with a
 * known term, also the first deadline still ahead (the notice then stops a later renewal).
 */
function noticeDeadlines(
  n: Finding<Notice>,
  initial: Term,
  renewal: Renewal | null,
  idx: number,
  today: Date,
  weekend: WeekendConvention,
  notes: string[],
): Deadline[] {
  const words = NOTICE_LABEL[n.value.kind as 'non-renewal' | 'termination-convenience'];
  const { kind } = words;
  const label = t(words.label);
  const out: Deadline[] = [];
  const period = n.value;
  // A period the document withholds (a redacted filing) gives no date.
  if (!noticeHasPeriod(period)) {
    notes.push(t(words.note, t('whyPeriodWithheld')));
    return out;
  }
  const at = (term: Term): Deadline | null => {
    const shifted = shiftByPeriod(term.last, period, -1, weekend);
    if (shifted.date === null) {
      notes.push(t(words.note, shifted.why));
      return null;
    }
    const date = shifted.date;
    let how = t(words.how, dayString(term.last), shifted.unitText, dayString(date));
    if (term.firstKnown !== false && date < term.first) how = t('howNoticeLongerThanTerm', how, dayString(term.first));
    return {
      kind,
      date: dayString(date),
      label,
      how,
      source: sourceOf(n),
      past: date < today,
      termEnd: dayString(term.last),
    };
  };
  let term = termAt(initial, renewal, idx) as Term;
  const first = at(term);
  if (!first) return out;
  out.push(first);
  if (!first.past) return out;
  // Passed: with automatic renewal of a known length, roll to the first term whose deadline is still ahead.
  for (let k = idx + 1; k <= idx + MAX_RENEWALS; k++) {
    const next = termAt(initial, renewal, k);
    if (!next) break;
    term = next;
    const d = at(term);
    if (!d) break;
    if (!d.past) {
      d.how = t('howNextTermDeadline', d.how, first.termEnd);
      out.push(d);
      break;
    }
  }
  return out;
}

function relativeDeadlines(notices: Finding<Notice>[], today: Date, weekend: WeekendConvention): RelativeDeadline[] {
  const out: RelativeDeadline[] = [];
  for (const n of notices) {
    const kind = n?.value?.kind;
    if (kind !== 'breach-cure' && kind !== 'credit-claim') continue;
    if (!noticeHasPeriod(n.value)) continue;
    const shifted = shiftByPeriod(today, n.value, 1, weekend);
    const cure = kind === 'breach-cure';
    const period = durationText(n.value);
    out.push({
      kind,
      period: { amount: n.value.amount, unit: n.value.unit },
      label: cure ? t('deadlineCurePeriod') : t('deadlineCreditClaim'),
      ifStartedToday: shifted.date ? dayString(shifted.date) : null,
      how: shifted.date
        ? t(
            cure ? 'howCurePeriod' : 'howCreditClaim',
            period,
            dayString(today),
            shifted.unitText,
            dayString(shifted.date),
          )
        : t(cure ? 'howCurePeriodNoDate' : 'howCreditClaimNoDate', period, shifted.why),
      source: sourceOf(n),
    });
  }
  return out;
}

/** Problems of stored agreement dates (empty when valid): days must be real, the term a whole number of months. */
export function agreementDatesProblems(input: unknown): string[] {
  if (!input || typeof input !== 'object') return ['not an object'];
  const d = input as Record<string, unknown>;
  const problems: string[] = [];
  // The form on the compare page shows these to the user: in the UI's language.
  if (d.start != null && !parseDay(d.start as string)) problems.push(t('problemStartNotADay'));
  if (d.end != null && !parseDay(d.end as string)) problems.push(t('problemEndNotADay'));
  const m = d.initialTermMonths;
  if (m != null && !(typeof m === 'number' && Number.isInteger(m) && m > 0 && m <= 1200))
    problems.push(t('problemTermMonths'));
  const start = parseDay(d.start as string);
  const end = parseDay(d.end as string);
  if (start && end && end < start) problems.push(t('problemEndBeforeStart'));
  if (!end && !(start && m != null)) problems.push(t('problemNoTerm'));
  return problems;
}
