import type { Uptime } from '../types';

/**
 * The measurement window of an uptime figure or a credit table: "per calendar month",
 * "quarterly", "over any rolling twelve (12) month period". Shared by the uptime
 * extractor, the credit-table reader and the refiners.
 *
 * Cost: `periodNear` only reads `PERIOD_RADIUS` characters either side of the figure, so a
 * call costs the same on a 2 MB heading as on a short one (callers run it per candidate,
 * and a page with one huge heading once made that quadratic).
 */

export type Period = Uptime['period'];

/** How far from the figure a window word may stand (a clause, not the whole section). */
export const PERIOD_RADIUS = 240;

const YEAR =
  /\b(?:annual(?:ly)?|yearly|per annum|(?:per|each|any|a|every|the|calendar|contract) (?:calendar |contract )?year|(?:twelve|12)(?: \(12\))?[- ]months?(?! of)|rolling (?:twelve|12)|365[- ]days?)\b/gi;
// Not the share "one quarter of one month of fees".
const QUARTER =
  /\b(?:quarterly|(?<!\b(?:one|a|three)[\s-])quarter\b(?!\s(?:of|share)\b)|(?:three|3)(?: \(3\))?[- ]month period)\b/gi;
const MONTH = /\b(?:monthly|months?|billing (?:cycle|period))\b/gi;

/** The window nearest to `at` in `text` (an offset inside text), or null. */
export function periodNear(text: string, at: number): Period {
  const from = Math.max(0, at - PERIOD_RADIUS);
  const window = text.slice(from, Math.min(text.length, at + PERIOD_RADIUS));
  const pos = at - from;
  let best: { period: Period; distance: number } | null = null;
  const consider = (re: RegExp, period: Period, source: string) => {
    re.lastIndex = 0;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) {
      const distance = m.index > pos ? m.index - pos : Math.max(0, pos - (m.index + m[0].length));
      if (!best || distance < best.distance) best = { period, distance };
    }
  };
  consider(YEAR, 'year', window);
  consider(QUARTER, 'quarter', window);
  // "twelve (12) month" and "three month period" are not monthly windows: blank them first.
  YEAR.lastIndex = 0;
  QUARTER.lastIndex = 0;
  const blanked = window.replace(YEAR, (s) => ' '.repeat(s.length)).replace(QUARTER, (s) => ' '.repeat(s.length));
  consider(MONTH, 'month', blanked);
  return (best as { period: Period } | null)?.period ?? null;
}

/** A section heading cut to its first words: headings are tested per sentence, so their cost must not grow. */
export const HEADING_SCAN = 200;

export function headingHead(heading: string | null | undefined): string {
  return heading ? heading.slice(0, HEADING_SCAN) : '';
}
