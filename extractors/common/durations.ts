import type { Duration, DurationUnit } from '../types';
import { findArabicDurations } from './arabic-numbers';
import { NUMBER_SOURCE, NUMBER_WORDS_SOURCE, parseNumber } from './numbers';

export interface DurationMatch extends Duration {
  /** Offsets of the match inside the searched string. */
  start: number;
  end: number;
  text: string;
}

const UNIT_SOURCE = '(minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)';
// "office hours" are business hours (a support table's "< 2 office hours"); "office days" no one writes.
const QUALIFIER_SOURCE = '(business|working|office|calendar|consecutive|full|clear)';

/**
 * "thirty (30) days", "24 hours", "1 business day", "ten (10) working days",
 * "twelve-month", "one (1) year", "30-day", "6 Normal Business Hours", "10 or more days",
 * "14 (fourteen) working days" (figure first, words in parentheses), "[three (3)] months" (a
 * filing's bracketed figure), "(30) days" (a figure in parentheses with no words; the closing
 * parenthesis only counts after an opening one that follows no word, so "2(30) days" is no
 * duration). Linear: every
 * part is bounded or anchored by a literal.
 */
// A figure glued to its unit ("60days", "24hrs", as hand-typed pages write it) is a duration too; a word never is.
const DURATION = new RegExp(
  `(?<![\\w.])(?:\\((?=\\d{1,4}\\)))?(${NUMBER_SOURCE})(?:\\s?\\(\\s?(?:${NUMBER_WORDS_SOURCE})\\s?\\))?(?:\\]|(?<=(?<![\\w.])\\(\\d{1,4})\\))?(?:\\s?-\\s?|\\s(?:or more\\s)?|(?<=\\d)(?=${UNIT_SOURCE.replace('(', '(?:')}(?![a-z])))(?:(?:normal|regular|standard)\\s(?=business|working))?(?:(?:full|clear|consecutive)\\s(?=calendar|business|working))?(?:${QUALIFIER_SOURCE}[\\s-])?${UNIT_SOURCE}(?![a-z])`,
  'gi',
);

function unitOf(unitWord: string, qualifier: string | undefined): DurationUnit | null {
  const u = unitWord.toLowerCase();
  if (qualifier !== undefined && /^office$/i.test(qualifier) && !u.startsWith('h')) return null;
  const business = qualifier !== undefined && /^(business|working|office)$/i.test(qualifier);
  // Support targets are stated in minutes ("P1: 15 minutes"); business minutes are not a unit anyone writes.
  if (u.startsWith('min')) return business ? null : 'minutes';
  if (u.startsWith('h')) return business ? 'business-hours' : 'hours';
  if (u.startsWith('d')) return business ? 'business-days' : 'days';
  if (business) return null; // "business weeks" is not a unit we keep
  if (u.startsWith('w')) return 'weeks';
  if (u.startsWith('m')) return 'months';
  if (u.startsWith('y')) return 'years';
  return null;
}

/**
 * One unit written with the article, where a period is meant: after a bound ("at least a week", "within an hour",
 * "no later than a month") or before "'s notice" ("a month's notice", "an hour's prior notice"). Elsewhere "a month"
 * is a rate or a time ("once a month", "a month in which"), and "within a day or two" states no period.
 */
const SINGLE_UNIT =
  /(?<=\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|minimum\s+of|within|no\s+later\s+than)\s+)(?:a|an)\s+(?:(business|working)\s+)?(hour|day|week|month|year)\b(?!\s+(?:or|and|to)\s)|\b(?:a|an)\s+(?:(business|working)\s+)?(hour|day|week|month|year)(?=['’]s\s+(?:(?:prior|advance|written|clear|formal)\s+){0,2}notice\b)/gi;

const EN_UNIT = /min|hour|hr|day|week|month|year|yr/i;
const ASCII_LETTER = /[A-Za-z]/;

/** Every duration written in `text`, in order. */
export function findDurations(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  DURATION.lastIndex = 0;
  // No English unit word, no English duration (a case-insensitive pattern is slow on Arabic text).
  // (An ASCII letter first: on Arabic text the one-class scan is cheaper, and EN_UNIT needs ASCII letters.)
  const english = ASCII_LETTER.test(text) && EN_UNIT.test(text);
  for (let m = english ? DURATION.exec(text) : null; m !== null; m = DURATION.exec(text)) {
    const amount = parseNumber(m[1] as string);
    const unit = unitOf(m[3] as string, m[2]);
    if (amount === null || unit === null || amount <= 0) continue;
    out.push({ amount, unit, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  if (english && /\ban?\s/i.test(text)) {
    SINGLE_UNIT.lastIndex = 0;
    const single: DurationMatch[] = [];
    for (let m = SINGLE_UNIT.exec(text); m !== null; m = SINGLE_UNIT.exec(text)) {
      const unit = unitOf((m[2] ?? m[4]) as string, m[1] ?? m[3]);
      if (unit !== null) single.push({ amount: 1, unit, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    if (single.length > 0) {
      out.push(...single);
      out.sort((a, b) => a.start - b.start);
    }
  }
  // Arabic wording ("ثلاثين (30) يوماً", "يومين", "٢٤ ساعة"): common/arabic-numbers.ts.
  const arabic = findArabicDurations(text);
  if (arabic.length === 0) return out;
  return [...out, ...arabic.filter((a) => !out.some((e) => a.start < e.end && e.start < a.end))].sort(
    (a, b) => a.start - b.start,
  );
}

/** Convenience: the first duration in `text`, or null. */
export function firstDuration(text: string): DurationMatch | null {
  return findDurations(text)[0] ?? null;
}
