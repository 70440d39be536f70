/**
 * Dates written in Arabic, read on the compact matching form (common/arabic.ts: digits of
 * both Arabic-Indic sets are ASCII there, hamza and marks folded), so offsets map back to
 * the verbatim text.
 *
 * - Gregorian month names in both sets: Gulf/Egypt (يناير … ديسمبر), Levant/Iraq
 *   (كانون الثاني … كانون الأول), and the North African one (جانفي … ديسمبر).
 * - Numeric dates: day first ("16/09/2021") or year first ("2019/12/09"); Arabic text never
 *   writes month first, so no order guessing is needed.
 * - Hijri dates ("9/2/1443هـ", "1446/07/15هـ", "12 رجب 1446 هـ"): when the text gives the Gregorian date
 *   beside it ("الموافق 16/9/2021م") that one is the value; a Hijri date alone is converted
 *   with the platform's Intl support for the Umm al-Qura calendar (`islamic-umalqura`, the
 *   calendar Saudi official dates use), no hand-made arithmetic. Null when the platform has no
 *   such calendar.
 */

/** Folded spellings (see arabicMatchForm) → month number. */
const GREGORIAN_MONTHS: readonly (readonly [readonly string[], number])[] = [
  [['يناير', 'كانون الثاني', 'جانفي'], 1],
  [['فبراير', 'شباط', 'فيفري'], 2],
  [['مارس', 'اذار'], 3],
  [['ابريل', 'نيسان', 'افريل'], 4],
  [['مايو', 'ايار', 'ماي'], 5],
  [['يونيو', 'يونيه', 'حزيران', 'جوان'], 6],
  [['يوليو', 'يوليه', 'تموز', 'جويليه'], 7],
  [['اغسطس', 'اب', 'اوت'], 8],
  [['سبتمبر', 'ايلول'], 9],
  [['اكتوبر', 'تشرين الاول'], 10],
  [['نوفمبر', 'تشرين الثاني'], 11],
  [['ديسمبر', 'كانون الاول'], 12],
];

const HIJRI_MONTHS: readonly (readonly [readonly string[], number])[] = [
  [['محرم'], 1],
  [['صفر'], 2],
  [['ربيع الاول'], 3],
  [['ربيع الاخر', 'ربيع الثاني'], 4],
  [['جمادي الاولي', 'جمادي الاول'], 5],
  [['جمادي الاخره', 'جمادي الاخر', 'جمادي الثانيه'], 6],
  [['رجب'], 7],
  [['شعبان'], 8],
  [['رمضان'], 9],
  [['شوال'], 10],
  [['ذو القعده', 'ذي القعده'], 11],
  [['ذو الحجه', 'ذي الحجه'], 12],
];

function monthTable(rows: typeof GREGORIAN_MONTHS): { alt: string; month: Map<string, number> } {
  const month = new Map<string, number>();
  for (const [names, n] of rows) for (const name of names) month.set(name, n);
  // Longest first: "كانون الثاني" before any shorter name; spaces inside a name are 1–3 spaces.
  const alt = [...month.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, '\\s+'))
    .join('|');
  return { alt, month };
}

const G = monthTable(GREGORIAN_MONTHS);
const H = monthTable(HIJRI_MONTHS);

/** "هـ" (folded: the tatweel is dropped, so "ه") after a Hijri year; "م" after a Gregorian one. */
const HIJRI_MARK = '\\s{0,2}(?:ه(?![\\p{L}])|هجري(?:ه)?)';
const GREG_MARK = '(?:\\s{0,2}(?:م|ميلادي(?:ه)?)(?![\\p{L}]))?';
const SEP = '\\s{0,2}[/\\-.]\\s{0,2}';

// One date, with named groups by form. Bounded quantifiers only.
const DATE = new RegExp(
  [
    // 12 رجب 1446 هـ
    `(?<hd>\\d{1,2})\\s+(?:من\\s+)?(?<hm>${H.alt})[\\s,،]{1,3}(?<hy>1[3-5]\\d\\d)(?:${HIJRI_MARK})?`,
    // 9/2/1443هـ
    `(?<nhd>\\d{1,2})${SEP}(?<nhm>\\d{1,2})${SEP}(?<nhy>1[3-5]\\d\\d)(?=${HIJRI_MARK})(?:${HIJRI_MARK})`,
    // 1446/07/15هـ (year first, as Saudi official dates are written)
    `(?<yhy>1[3-5]\\d\\d)${SEP}(?<yhm>\\d{1,2})${SEP}(?<yhd>\\d{1,2})(?!\\d)(?=${HIJRI_MARK})(?:${HIJRI_MARK})`,
    // 29 يونيو 2025
    `(?<gd>\\d{1,2})\\s+(?:من\\s+)?(?<gm>${G.alt})[\\s,،]{1,3}(?<gy>(?:19|20|21)\\d\\d)(?!\\d)${GREG_MARK}`,
    // 2019/12/09
    `(?<yy>(?:19|20|21)\\d\\d)${SEP}(?<ym>\\d{1,2})${SEP}(?<yd>\\d{1,2})(?!\\d)${GREG_MARK}`,
    // 16/09/2021
    `(?<dd>\\d{1,2})${SEP}(?<dm>\\d{1,2})${SEP}(?<dy>(?:19|20|21)\\d\\d)(?!\\d)${GREG_MARK}`,
  ].join('|'),
  'u',
);

/** "الموافق" / "الموافق لـ" / "م" bracket: the Gregorian equivalent follows a Hijri date. */
const EQUIVALENT = /^[\s(،,]{0,3}(?:الموافق|الموافقه|الموافق\s{0,2}ل|ويوافق|يوافق)?[\s:(]{0,3}/u;

export interface ArabicDate {
  iso: string;
  /** Offsets in the compact text given to `readArabicDate`. */
  index: number;
  length: number;
  /** How the value was obtained. */
  calendar: 'gregorian' | 'hijri-equivalent' | 'hijri-converted';
}

/** Year, month and day as ISO "YYYY-MM-DD"; null for a day the month does not have or a year outside 1990–2100. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The first date at the start of `text` (compact matching form; up to `maxLead` characters
 * may come before it). A Hijri date followed by its Gregorian equivalent yields the latter.
 */
export function readArabicDate(text: string, maxLead = 2): ArabicDate | null {
  const m = DATE.exec(text);
  if (!m || m.index > maxLead) return null;
  const g = m.groups ?? {};
  const n = (k: string) => Number(g[k]);
  if (g.gd !== undefined) {
    const v = isoDate(n('gy'), G.month.get((g.gm as string).replace(/\s+/g, ' ')) ?? 0, n('gd'));
    return v ? { iso: v, index: m.index, length: m[0].length, calendar: 'gregorian' } : null;
  }
  if (g.yy !== undefined) {
    const v = isoDate(n('yy'), n('ym'), n('yd'));
    return v ? { iso: v, index: m.index, length: m[0].length, calendar: 'gregorian' } : null;
  }
  if (g.dd !== undefined) {
    const v = isoDate(n('dy'), n('dm'), n('dd'));
    return v ? { iso: v, index: m.index, length: m[0].length, calendar: 'gregorian' } : null;
  }
  // Hijri: the Gregorian equivalent written next to it wins.
  const hy = g.hy !== undefined ? n('hy') : g.yhy !== undefined ? n('yhy') : n('nhy');
  const hm =
    g.hm !== undefined
      ? (H.month.get((g.hm as string).replace(/\s+/g, ' ')) ?? 0)
      : g.yhm !== undefined
        ? n('yhm')
        : n('nhm');
  const hd = g.hd !== undefined ? n('hd') : g.yhd !== undefined ? n('yhd') : n('nhd');
  const end = m.index + m[0].length;
  const lead = EQUIVALENT.exec(text.slice(end, end + 30))?.[0].length ?? 0;
  const next = readArabicDate(text.slice(end + lead, end + lead + 60), 0);
  if (next && next.calendar === 'gregorian') {
    return {
      iso: next.iso,
      index: m.index,
      length: end + lead + next.index + next.length - m.index,
      calendar: 'hijri-equivalent',
    };
  }
  const v = hijriToGregorian(hy, hm, hd);
  return v && v >= '1990' ? { iso: v, index: m.index, length: m[0].length, calendar: 'hijri-converted' } : null;
}

let umalqura: Intl.DateTimeFormat | null | undefined;

/** The platform's Umm al-Qura formatter, or null when Intl lacks the calendar. */
function umalquraFormat(): Intl.DateTimeFormat | null {
  if (umalqura !== undefined) return umalqura;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    umalqura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    umalqura = null;
  }
  return umalqura;
}

function hijriOf(f: Intl.DateTimeFormat, t: number): [number, number, number] {
  const parts = f.formatToParts(new Date(t));
  const get = (type: string) => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
  return [get('year'), get('month'), get('day')];
}

const DAY = 86_400_000;
/** 1 Muharram 1 AH (16 July 622, proleptic Gregorian), the epoch of the estimate. */
const HIJRI_EPOCH = Date.UTC(622, 6, 16);

/**
 * Hijri (Umm al-Qura) → ISO Gregorian date, with Intl: estimate from the mean month, then
 * walk to the day whose Umm al-Qura date is the one asked for. Null if no day matches
 * (day 30 of a 29-day month) or the platform has no Umm al-Qura calendar.
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30 || year < 1300 || year > 1600) return null;
  const f = umalquraFormat();
  if (!f) return null;
  const target = (year - 1) * 354.367 + (month - 1) * 29.5306 + day;
  let t = HIJRI_EPOCH + Math.round(target - 1) * DAY;
  // Two corrections bring the estimate within a day or two; then a bounded search.
  for (let k = 0; k < 2; k++) {
    const [y, m, d] = hijriOf(f, t);
    t += Math.round(target - ((y - 1) * 354.367 + (m - 1) * 29.5306 + d)) * DAY;
  }
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const at = t + delta * DAY;
    const [y, m, d] = hijriOf(f, at);
    if (y === year && m === month && d === day) return new Date(at).toISOString().slice(0, 10);
  }
  return null;
}
