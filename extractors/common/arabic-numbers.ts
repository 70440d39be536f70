import {
  type CompactArabic,
  compactArabic,
  compactArabicText,
  hasArabic,
  includesAny,
  indexOfAny,
  type LooseWords,
  looseWords,
  originalSpan,
} from './arabic';
import { LOCAL_DINAR, LOCAL_RUPEE } from './local-currency';

/*
 * Numbers, durations, percentages and money written in Arabic. Every finder matches on the
 * compact matching form (`compactArabic`: alef/taa/yeh folded, digits in ASCII, marks and
 * tatweel dropped) and maps each match back to the original text, so `text` and offsets are
 * verbatim. Patterns below are written in that folded form: ة is ه, ى is ي, أ/إ/آ are ا.
 *
 * Arabic counting in brief (GLOSSARY.md, "Numbers"): 3–10 take the opposite gender of the noun
 * ("ثلاثة أيام", "ثلاث ساعات"), so both forms of each unit are listed; tens have a nominative and
 * an oblique form ("ثلاثون"/"ثلاثين"); compounds are written unit first and joined with و
 * ("خمسة وأربعين" = 45); 1 and 2 follow the noun ("يوم واحد") or are replaced by the dual
 * ("يومين"); figures are often repeated in parentheses ("ثلاثين (30) يوماً"), and then the figure
 * is what the parties signed.
 */

/**
 * The compact matching form's text only (`compactArabic(text).text`): rules
 * that need no offsets (pre-checks, cue words) use it. One pass over the text (common/arabic.ts).
 */
export function foldArabic(text: string): string {
  return compactArabicText(text);
}

/**
 * A pre-check on the raw text for stems written in the folded form: each letter may carry marks or
 * tatweel, alef stands for its hamza forms, ه for ة, ي for ى. Cheaper than folding every sentence.
 */
export function rawStems(...stems: string[]): LooseWords {
  return looseWords(stems, RAW_LETTER, '[\u0640\u064b-\u065f\u0670\u200c-\u200f]*', '');
}
const RAW_LETTER: Record<string, string> = {
  ا: '[\u0627\u0622\u0623\u0625\u0671]',
  ه: '[\u0647\u0629]',
  ي: '[\u064a\u0649\u06cc]',
};

/** Arabic letter (after folding): a word boundary is "not one of these". */
const L = '\\u0621-\\u064a';
const NOT_BEFORE = `(?<![${L}])`;
const NOT_AFTER = `(?![${L}])`;

const UNITS: Record<string, number> = {
  واحد: 1,
  واحده: 1,
  احد: 1,
  احدي: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اثنا: 2,
  اثني: 2,
  اثنتا: 2,
  اثنتي: 2,
  ثلاثه: 3,
  ثلاث: 3,
  اربعه: 4,
  اربع: 4,
  خمسه: 5,
  خمس: 5,
  سته: 6,
  ست: 6,
  سبعه: 7,
  سبع: 7,
  ثمانيه: 8,
  ثماني: 8,
  ثمان: 8,
  تسعه: 9,
  تسع: 9,
};
const TEN = new Set(['عشره', 'عشر']);
const TENS: Record<string, number> = {
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
};
const HUNDREDS: Record<string, number> = { مائه: 100, مئه: 100, مائتان: 200, مائتين: 200, مئتان: 200, مئتين: 200 };
// 300–900 are written joined ("خمسمائة") or apart ("خمس مائة", read as unit × hundred).
for (const [stem, n] of [
  ['ثلاث', 3],
  ['اربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['تسع', 9],
] as const) {
  HUNDREDS[`${stem}مائه`] = n * 100;
  HUNDREDS[`${stem}مئه`] = n * 100;
}
/** "ألف" 1000 (also "ألفاً"), the dual "ألفان/ألفين" 2000, the plural "آلاف" multiplies. */
const THOUSANDS: Record<string, number> = { الف: 1000, الفا: 1000, الفان: 2000, الفين: 2000, الفي: 2000, الاف: 1000 };
const MILLIONS: Record<string, number> = { مليون: 1e6, مليونا: 1e6, ملايين: 1e6 };

const ALL_WORDS = [
  ...Object.keys(UNITS),
  ...TEN,
  ...Object.keys(TENS),
  ...Object.keys(HUNDREDS),
  ...Object.keys(THOUSANDS),
  ...Object.keys(MILLIONS),
].sort((a, b) => b.length - a.length);

const WORD = `(?:${ALL_WORDS.join('|')})${NOT_AFTER}`;
/**
 * Number words in the folded form: up to six, joined by spaces, the later ones may carry the
 * conjunction و ("خمسة وأربعين"); the first may carry the article or a preposition
 * ("الاثني عشر شهراً", "بثلاثين").
 */
export const AR_NUMBER_WORDS_SOURCE = `${NOT_BEFORE}(?:ال|بال|لل|[بلو])?${WORD}(?:\\s{1,2}و?${WORD}){0,5}`;
/** A figure in the folded form (digits are ASCII there; ٫ and ٬ are the Arabic separators). */
export const AR_FIGURE_SOURCE = `(?<![\\d.,٫٬])\\d{1,3}(?:[,٬]\\d{3}){1,4}(?:[.٫]\\d{1,2})?(?![\\d٫٬])|(?<![\\d.,٫٬])\\d{1,9}(?:[.٫]\\d{1,4})?(?![\\d٫٬])`;

/** "خمسة وأربعين" → 45, "الاثني عشر" → 12, "خمسمائة" → 500, "ثلاثة آلاف" → 3000; null when not a number. */
export function parseArabicNumberWords(words: string): number | null {
  const tokens = compactArabic(words).text.trim().split(/\s+/);
  let total = 0;
  let current = 0;
  let lastUnit = 0;
  let any = false;
  for (const [i, raw] of tokens.entries()) {
    let t = raw;
    // A prefix on the first word only; و joins the later ones.
    if (i === 0) t = t.replace(/^(?:بال|لل|ال|[بلو])(?=.{2})/, (p) => (isWord(t.slice(p.length)) ? '' : p));
    else if (t.startsWith('و') && isWord(t.slice(1))) t = t.slice(1);
    if (UNITS[t] !== undefined) {
      lastUnit = UNITS[t] as number;
      current += lastUnit;
    } else if (TEN.has(t)) {
      // "خمسة عشر" = 15; "عشرة" alone = 10.
      current += 10;
      lastUnit = 0;
    } else if (TENS[t] !== undefined) {
      current += TENS[t] as number;
      lastUnit = 0;
    } else if (HUNDREDS[t] !== undefined) {
      const h = HUNDREDS[t] as number;
      // "خمس مائة" (apart) = 5 × 100.
      if (h === 100 && lastUnit > 0 && current === lastUnit) current = lastUnit * 100;
      else current += h;
      lastUnit = 0;
    } else if (THOUSANDS[t] !== undefined) {
      // "ثلاثة آلاف" = 3 × 1000; "ألف" = 1000; "عشرة آلاف" = 10 × 1000.
      total += t === 'الاف' || (t === 'الف' && current > 0) ? (current || 1) * 1000 : (THOUSANDS[t] as number);
      current = 0;
      lastUnit = 0;
    } else if (MILLIONS[t] !== undefined) {
      total += (current || 1) * 1e6;
      current = 0;
      lastUnit = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

function firstWord(t: string): string {
  return /^[^\s(]*/.exec(t)?.[0] ?? '';
}

function isWord(t: string): boolean {
  return (
    UNITS[t] !== undefined ||
    TEN.has(t) ||
    TENS[t] !== undefined ||
    HUNDREDS[t] !== undefined ||
    THOUSANDS[t] !== undefined ||
    MILLIONS[t] !== undefined
  );
}

/** A figure in ASCII or Arabic-Indic digits, with either separator set: "١٬٠٠٠" → 1000, "99٫9" → 99.9. */
export function parseArabicFigure(figure: string): number | null {
  const s = foldDigits(figure).trim();
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/**
 * Digits of both Arabic sets to ASCII, "٫" to ".", "٬" to ",", "٪" to "%": one char for one char,
 * so the English figure, percent and money patterns read Arabic-Indic figures at the same offsets.
 */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u066c\u06f0-\u06f9]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return c === '\u066b' ? '.' : c === '\u066c' ? ',' : c === '\u066a' ? '%' : c;
  });
}

/** True when the text holds digits of an Arabic set or the Arabic percent/decimal signs. */
export function hasArabicDigits(text: string): boolean {
  return /[\u0660-\u066c\u06f0-\u06f9]/.test(text);
}

/** Number words, compiled once (not per number read). */
const AR_NUMBER_WORDS = new RegExp(AR_NUMBER_WORDS_SOURCE);

/** The number a matched expression states: a figure in parentheses wins over words around it. */
export function parseArabicNumber(expr: string): number | null {
  const folded = compactArabic(expr).text;
  const paren = /\(\s{0,2}([\d.,٫٬]{1,20})\s{0,2}\)/.exec(folded);
  if (paren) return parseArabicFigure(paren[1] as string);
  const fig = /^[\s*_(]*([\d.,٫٬]{1,20})/.exec(folded);
  if (fig) return parseArabicFigure(fig[1] as string);
  const words = AR_NUMBER_WORDS.exec(folded);
  return words ? parseArabicNumberWords(words[0]) : null;
}

// --- Durations.

type Unit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/** Singular, accusative, plural (3–10) and dual forms of each unit, folded. */
const UNIT_FORMS: Record<Unit, string[]> = {
  minutes: ['دقيقه', 'دقائق', 'دقيقتان', 'دقيقتين'],
  hours: ['ساعه', 'ساعات', 'ساعتان', 'ساعتين'],
  days: ['يوما', 'يوم', 'ايام', 'يومان', 'يومين'],
  weeks: ['اسبوعا', 'اسبوع', 'اسابيع', 'اسبوعان', 'اسبوعين'],
  months: ['شهرا', 'شهر', 'اشهر', 'شهور', 'شهران', 'شهرين'],
  years: ['سنه', 'سنوات', 'سنين', 'سنتان', 'سنتين', 'عاما', 'عام', 'اعوام', 'عامان', 'عامين'],
};
const UNIT_OF = new Map<string, Unit>();
for (const [unit, forms] of Object.entries(UNIT_FORMS) as [Unit, string[]][])
  for (const f of forms) UNIT_OF.set(f, unit);
const UNIT_ALT = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const PLURAL_UNIT: Record<string, Unit> = {
  اشهر: 'months',
  شهور: 'months',
  ايام: 'days',
  ساعات: 'hours',
  سنوات: 'years',
  اعوام: 'years',
  اسابيع: 'weeks',
  دقائق: 'minutes',
};
/** Duals that stand for "2 units" without a number word. */
const DUALS = new Map<string, Unit>([
  ['دقيقتان', 'minutes'],
  ['دقيقتين', 'minutes'],
  ['ساعتان', 'hours'],
  ['ساعتين', 'hours'],
  ['يومان', 'days'],
  ['يومين', 'days'],
  ['اسبوعان', 'weeks'],
  ['اسبوعين', 'weeks'],
  ['شهران', 'months'],
  ['شهرين', 'months'],
  ['سنتان', 'years'],
  ['سنتين', 'years'],
  ['عامان', 'years'],
  ['عامين', 'years'],
]);
/** Construct duals ("يومي عمل", "ساعتا عمل"): only before عمل, since "يومي" alone is "daily". */
const CONSTRUCT_DUALS = new Map<string, Unit>([
  ['يومي', 'days'],
  ['يوما', 'days'],
  ['ساعتي', 'hours'],
  ['ساعتا', 'hours'],
]);

/** "عمل" / "العمل" (business), optionally "رسمي"; "تقويمي" (calendar) keeps plain days. */
const qualifier = (group: boolean) =>
  `(?:\\s{1,2}(${group ? '' : '?:'}(?:ال)?عمل)(?:\\s{1,2}(?:ال)?رسمي(?:ه|ا)?)?${NOT_AFTER}|\\s{1,2}(?:ال)?(?:تقويمي|متتالي|كامل)(?:ه|ا|يه)?${NOT_AFTER})?`;
const PAREN_WORDS = `(?:\\s{0,2}\\(\\s{0,2}(?:${AR_NUMBER_WORDS_SOURCE})\\s{0,2}\\))`;
const PAREN_FIG = `(?:\\s{0,2}\\(\\s{0,2}(?:${AR_FIGURE_SOURCE})\\s{0,2}\\))`;
/** Words (with an optional figure in parentheses), a figure in parentheses, or a figure (with optional words). */
const AR_NUMBER_EXPR = `(?:${AR_NUMBER_WORDS_SOURCE})${PAREN_FIG}?|\\(\\s{0,2}(?:${AR_FIGURE_SOURCE})\\s{0,2}\\)${PAREN_WORDS}?|(?:${AR_FIGURE_SOURCE})${PAREN_WORDS}?`;

/**
 * 1: number expression, 2: unit, 3: business qualifier — "ثلاثين (30) يوماً", "خمسة عشر يوم عمل",
 *   "(30) يومًا", "٢٤ ساعة", "**ثلاثين (30)** يومًا" (Markdown bold between number and unit).
 * 4: unit (business read from the match), then واحد/واحدة — "يوم عمل واحد", "سنة واحدة".
 * 5: definite plural, 6: the number after it, 7: business — "الأشهر الستة", "الأيام العشرة", "الأشهر الاثني عشر" (a
 *   teen's عشر is part of the number).
 * 8: dual — "يومين", "شهرين", "سنتين" (with a joined preposition: "ليومين").
 * 9: construct dual before عمل — "يومي عمل".
 */
const AR_DURATION = new RegExp(
  `(${AR_NUMBER_EXPR})[\\s*_]{0,5}(${UNIT_ALT})${NOT_AFTER}${qualifier(true)}` +
    `|${NOT_BEFORE}(${UNIT_ALT})${qualifier(false)}\\s{1,2}(?:واحد|واحده)${NOT_AFTER}` +
    `|${NOT_BEFORE}(?:ال|بال|لل)(اشهر|شهور|ايام|ساعات|سنوات|اعوام|اسابيع|دقائق)\\s{1,2}(ال(?:${WORD})(?:\\s{1,2}عشر(?:ه)?${NOT_AFTER})?)(?:\\s{1,2}(?:ال)?(عمل)${NOT_AFTER})?` +
    `|${NOT_BEFORE}(?:[وبلف])?(${[...DUALS.keys()].join('|')})${NOT_AFTER}(?:\\s{1,2}(?:اثنين|اثنتين|اثنان|اثنتان)${NOT_AFTER})?` +
    `|${NOT_BEFORE}(?:[وبلف])?(${[...CONSTRUCT_DUALS.keys()].join('|')})\\s{1,2}عمل${NOT_AFTER}`,
  'g',
);

/**
 * A unit alone after a word of time reads as one unit: "قبل شهر من تاريخ التجديد" (a month before), "خلال أسبوع،"
 * (within a week), "لمدة سنة أخرى" (for another year). Arabic states "one" by the bare singular. Only where the unit
 * ends the phrase (punctuation, the end, من/على/قبل/بعد/أو, or an adjective of a period: أخرى, مماثلة, إضافية,
 * ميلادية …): a noun after it makes it a construct naming a day or a month, not a length ("قبل شهر رمضان", "قبل
 * يوم الاستحقاق", "خلال شهر يناير"), and a figure after it names a year ("خلال سنة 2025").
 */
const SINGLE_LEADS = 'قبل|خلال|بعد|لمده|بمده|مده|مدته|مدتها|غضون|طوال|طيله|مضي|انقضاء|مرور';
const SINGLE_UNITS = ['شهر', 'اسبوع', 'يوم', 'سنه', 'عام', 'ساعه', 'دقيقه'];
/** Tried at a unit word (sticky): the word of time before it (a joined و/ف allowed) is a look-behind. */
const AR_SINGLE_UNIT = new RegExp(
  `(?<=(?:${NOT_BEFORE}|(?<=${NOT_BEFORE}[وف]))(?:${SINGLE_LEADS})\\s{1,2})` +
    // The business qualifier indefinite only: "خلال يوم العمل" is during the working day, not a length.
    `(${SINGLE_UNITS.join('|')})${NOT_AFTER}(?:\\s{1,2}(عمل)(?:\\s{1,2}رسمي(?:ه|ا)?)?${NOT_AFTER}|\\s{1,2}(?:تقويمي|كامل)(?:ه|ا|يه)?${NOT_AFTER})?` +
    `(?=\\s{0,2}(?:[.,;:)]|$)|\\s{1,2}(?:من|علي|قبل|بعد|او|وذلك|اخري|اخر|مماثله|مماثل|اضافيه|اضافي|ميلاديه|ميلادي|هجريه|هجري|فقط)${NOT_AFTER})`,
  'y',
);

/** AR_SINGLE_UNIT's matches in folded text from `from` (1, the unit; 2, business), tried where a unit word stands. */
function singleUnits(folded: string, from: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let i = indexOfAny(folded, SINGLE_UNITS, from); i !== -1; i = indexOfAny(folded, SINGLE_UNITS, i + 1)) {
    AR_SINGLE_UNIT.lastIndex = i;
    const m = AR_SINGLE_UNIT.exec(folded);
    if (m) out.push(m);
  }
  return out;
}

export interface ArabicDurationMatch {
  amount: number;
  unit: 'minutes' | 'hours' | 'business-hours' | 'days' | 'business-days' | 'weeks' | 'months' | 'years';
  start: number;
  end: number;
  text: string;
}

const BUSINESS = new RegExp(`${NOT_BEFORE}(?:ال)?عمل${NOT_AFTER}`);

function withQualifier(unit: Unit, business: boolean): ArabicDurationMatch['unit'] | null {
  if (!business) return unit;
  if (unit === 'days') return 'business-days';
  if (unit === 'hours') return 'business-hours';
  return null; // "business weeks/months" is not a unit we keep
}

/** Cheap pre-check on the raw text: a unit stem must be there (marks may sit inside a word, so stems only). */
const UNIT_STEMS = [
  'ساع',
  'يوم',
  'يام',
  'سبوع',
  'سابيع',
  'شهر',
  'شهو',
  // سنة, سنه, سنوات, سنين, سنتان/سنتين: "سن" alone stands in too many words (حسن, أسنان, السنوي…).
  'سنة',
  'سنه',
  'سنو',
  'سني',
  'سنی',
  'سنت',
  'عام',
  'عوام',
  'دقيق',
  'دقائق',
];

/** The stems in the matching form (ة is ه, ی is ي), for text whose marks made the raw check pass. */
const FOLDED_UNIT_STEMS = [...new Set(UNIT_STEMS.map((w) => foldArabic(w)))];

/** Marks or tatweel inside words hide a stem from the raw-text pre-check. */
const MARKS = /[\u0640\u064b-\u065f\u0670\u200c-\u200f]/;

/** One test of a global pattern, leaving it reset. */
function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/**
 * Every word a match of AR_DURATION contains one of (each branch ends in a unit form, a dual or a construct dual):
 * looking for them (indexOf) finds none far faster than AR_DURATION, whose number words are tried at every letter.
 */
const UNIT_WORDS = [...UNIT_OF.keys(), ...CONSTRUCT_DUALS.keys()];
/**
 * How far before its unit word a match of AR_DURATION can start, at most: six number words, each with a prefix or
 * "و" and two spaces before it, two figures in parentheses with their spaces (a figure is at most 22 characters),
 * then five spacing characters. A match is looked for from there on, not from the sentence's start: a regex first
 * compiled late in a process tries every position (see includesAny).
 */
const MAX_LEAD = 6 * (Math.max(...ALL_WORDS.map((w) => w.length)) + 5) + 2 * (22 + 8) + 5;

/**
 * Where the next unit word that ends a word stands, from `from` on, or -1. Every branch of AR_DURATION (and
 * AR_SINGLE_UNIT) puts a unit form before a non-letter: a figure's unit is followed by NOT_AFTER, a unit before
 * "واحد", a plural before "ال…" and a construct dual before "عمل" by a space. So "العامة" (general) and "يومية"
 * (daily), which hold a unit's letters inside a longer word, start no scan of the pattern.
 */
function nextUnitWord(folded: string, from: number): number {
  for (let i = indexOfAny(folded, UNIT_WORDS, from); i !== -1; i = indexOfAny(folded, UNIT_WORDS, i + 1)) {
    for (const w of UNIT_WORDS) {
      if (!folded.startsWith(w, i)) continue;
      const next = folded.charCodeAt(i + w.length);
      if (!(next >= 0x621 && next <= 0x64a)) return i;
    }
  }
  return -1;
}

/** The next match of AR_DURATION from `from` on, looked for from MAX_LEAD before the next unit word (`unitAt`, when the caller found it); null if none. */
function nextDuration(folded: string, from: number, unitAt?: number): RegExpExecArray | null {
  const unit = unitAt ?? nextUnitWord(folded, from);
  if (unit === -1) return null;
  AR_DURATION.lastIndex = Math.max(from, unit - MAX_LEAD);
  return AR_DURATION.exec(folded);
}

/** Every duration written in Arabic in `text`, in order, with offsets into `text`. */
export function findArabicDurations(text: string, compact?: CompactArabic): ArabicDurationMatch[] {
  if (!hasArabic(text) || (!MARKS.test(text) && !includesAny(text, UNIT_STEMS))) return [];
  // The offset map only for sentences that hold a duration: the first match is looked for on the folded text (the
  // compact form's text, the same string), and the loop goes on from it.
  const folded = compact ? compact.text : foldArabic(text);
  // Every reading holds a unit word (the singular ones among them): none, no duration. Text with marks passed the
  // raw check whatever its words; its folded form is checked for the stems first (a native search per stem).
  if (folded !== text && !includesAny(folded, FOLDED_UNIT_STEMS)) return [];
  const unitAt = nextUnitWord(folded, 0);
  if (unitAt === -1) return [];
  const first = nextDuration(folded, 0, unitAt);
  const singles = singleUnits(folded, unitAt);
  if (first === null && singles.length === 0) return [];
  const c = compact ?? compactArabic(text, folded);
  const out: ArabicDurationMatch[] = [];
  for (let m: RegExpExecArray | null = first; m !== null; m = nextDuration(folded, m.index + m[0].length)) {
    let amount: number | null = null;
    let unit: ArabicDurationMatch['unit'] | null = null;
    if (m[1] !== undefined) {
      amount = parseArabicNumber(m[1]);
      unit = withQualifier(UNIT_OF.get(m[2] as string) as Unit, m[3] !== undefined);
    } else if (m[4] !== undefined) {
      amount = 1;
      unit = withQualifier(UNIT_OF.get(m[4]) as Unit, BUSINESS.test(m[0].slice(m[4].length)));
    } else if (m[5] !== undefined) {
      amount = parseArabicNumberWords(m[6] as string);
      unit = withQualifier(PLURAL_UNIT[m[5]] as Unit, m[7] !== undefined);
    } else if (m[8] !== undefined) {
      amount = 2;
      unit = DUALS.get(m[8]) as Unit;
    } else if (m[9] !== undefined) {
      amount = 2;
      unit = withQualifier(CONSTRUCT_DUALS.get(m[9]) as Unit, true);
    }
    if (amount === null || unit === null || !(amount > 0)) continue;
    // Leading Markdown/space is no part of the quote, nor a joined preposition ("بثلاثين يوماً" quotes
    // "ثلاثين يوماً"): the words before the figure keep it, where "قبل ذلك بـ …" needs it.
    let lead = /^[\s*_]*/.exec(m[0])?.[0].length ?? 0;
    if (m[1] !== undefined && /^[بلو](?!ال)/.test(m[0].slice(lead)) && isWord(firstWord(m[0].slice(lead + 1))))
      lead += 1;
    const trail = /[\s*_]*$/.exec(m[0])?.[0].length ?? 0;
    const span = originalSpan(c, m.index + lead, m.index + m[0].length - trail);
    out.push({ amount, unit, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  // Rule `arabic/singleUnit`: a bare singular unit is one unit, where no reading above holds it.
  let added = false;
  for (const m of singles) {
    const unit = withQualifier(UNIT_OF.get(m[1] as string) as Unit, m[2] !== undefined);
    if (unit === null) continue;
    const span = originalSpan(c, m.index, m.index + m[0].length);
    if (out.some((d) => d.start < span.end && span.start < d.end)) continue;
    out.push({ amount: 1, unit, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

// --- Percentages.

/**
 * "99.9 في المائة", "عشرة بالمائة", "٪٩٩٫٩" / "%99.9" (the sign typed first, as right-to-left
 * keyboards often leave it). A figure followed by "%" or "٪" is read by the English finder on
 * the digit-folded text.
 */
const AR_PERCENT = new RegExp(
  `(${AR_FIGURE_SOURCE}|${AR_NUMBER_WORDS_SOURCE})\\s{0,2}(?:في\\s{1,2}ال|بال|ب\\s{1,2}ال)(?:مائه|مئه)${NOT_AFTER}` +
    `|(?<![\\d.,٫٬]\\s?)[%٪]\\s?(\\d{1,3}(?:[.٫]\\d{1,4})?)(?![\\d%٪]|\\s?[%٪])`,
  'g',
);

export interface ArabicNumberSpan {
  value: number;
  start: number;
  end: number;
  text: string;
}

const PERCENT_CUES = ['%', '٪', 'مائ', 'مئ'];

/** Percentages written the Arabic ways (see AR_PERCENT), with offsets into `text`. */
export function findArabicPercents(text: string): ArabicNumberSpan[] {
  if (!includesAny(text, PERCENT_CUES) && !MARKS.test(text)) return [];
  const folded = foldArabic(text);
  if (!hasMatch(AR_PERCENT, folded)) return [];
  const c = compactArabic(text, folded);
  const out: ArabicNumberSpan[] = [];
  AR_PERCENT.lastIndex = 0;
  for (let m = AR_PERCENT.exec(c.text); m !== null; m = AR_PERCENT.exec(c.text)) {
    const value =
      m[1] !== undefined
        ? /\d/.test(m[1])
          ? parseArabicFigure(m[1])
          : parseArabicNumberWords(m[1])
        : parseArabicFigure(m[2] as string);
    if (value === null || value > 100) continue;
    const span = originalSpan(c, m.index, m.index + m[0].length);
    out.push({ value, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return out;
}

// --- Money.

/** Currency nouns (singular, accusative, plural) → the currency when no nationality follows. */
const CURRENCY_NOUNS: Record<string, string | null> = {
  ريال: 'SAR',
  ريالا: 'SAR',
  ريالات: 'SAR',
  دولار: 'USD',
  دولارا: 'USD',
  دولارات: 'USD',
  درهم: 'AED',
  درهما: 'AED',
  دراهم: 'AED',
  دينار: LOCAL_DINAR,
  دينارا: LOCAL_DINAR,
  دنانير: LOCAL_DINAR,
  جنيه: null,
  جنيها: null,
  جنيهات: null,
  يورو: 'EUR',
  روبيه: LOCAL_RUPEE,
  روبيات: LOCAL_RUPEE,
  ليره: null,
  ليرات: null,
};
/**
 * Noun family → nationality stem → ISO 4217. A bare pound or lira stays unknown; a bare dinar or rupee is a placeholder
 * the governing law places (common/local-currency.ts).
 */
const NATIONAL: Record<string, Record<string, string>> = {
  ريال: { سعود: 'SAR', قطر: 'QAR', عمان: 'OMR', يمن: 'YER' },
  دولار: { امريك: 'USD', اميرك: 'USD', كند: 'CAD', استرال: 'AUD', سنغافور: 'SGD' },
  درهم: { امارات: 'AED', مغرب: 'MAD' },
  دينار: { كويت: 'KWD', بحرين: 'BHD', اردن: 'JOD', عراق: 'IQD', ليب: 'LYD', تونس: 'TND', جزائر: 'DZD' },
  جنيه: { مصر: 'EGP', استرلين: 'GBP', سودان: 'SDG' },
  روبيه: { باكستان: 'PKR', هند: 'INR' },
  ليره: { ترك: 'TRY', لبنان: 'LBP', سور: 'SYP' },
};
const familyOf = (noun: string) =>
  noun.startsWith('ريال')
    ? 'ريال'
    : noun.startsWith('دولار')
      ? 'دولار'
      : noun.startsWith('در')
        ? 'درهم'
        : noun.startsWith('دين') || noun.startsWith('دنا')
          ? 'دينار'
          : noun.startsWith('جني')
            ? 'جنيه'
            : noun.startsWith('روبي')
              ? 'روبيه'
              : noun.startsWith('لير')
                ? 'ليره'
                : noun;
const STEMS = [...new Set(Object.values(NATIONAL).flatMap((m) => Object.keys(m)))].sort((a, b) => b.length - a.length);
const NOUN_ALT = Object.keys(CURRENCY_NOUNS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "ر.س" SAR, "ر.ق" QAR, "ر.ع" OMR, "د.ك" KWD, "د.ب" BHD, "ج.م" EGP; "د.إ" (AED) and "د.أ" (JOD) fold alike, read from the original. */
const SYMBOLS: Record<string, string> = {
  'ر.س': 'SAR',
  'ر.ق': 'QAR',
  'ر.ع': 'OMR',
  'د.ك': 'KWD',
  'د.ب': 'BHD',
  'ج.م': 'EGP',
};
const SCALE = `(?:\\s{1,2}(الف|الاف|مليون|ملايين|مليار))?`;

/**
 * 1: amount (figure or words, with an optional restatement in parentheses), 2: scale word,
 * 3: currency noun, 4: nationality stem — "1,000 ريال سعودي", "خمسمائة دولار", "٥٠٠ دينار كويتي".
 * 5: amount, 6: scale, 7: symbol — "1000 ر.س", "250 د.إ".
 */
const AR_MONEY = new RegExp(
  `(${AR_NUMBER_EXPR})${SCALE}[\\s*_]{0,4}(${NOUN_ALT})${NOT_AFTER}(?:\\s{1,2}(?:ال)?(${STEMS.join('|')})(?:يين|يه|يا|ي)${NOT_AFTER})?` +
    `|(${AR_FIGURE_SOURCE})${SCALE}\\s{0,2}([رجد])\\.\\s?([سقعكبما])${NOT_AFTER}`,
  'g',
);

export interface ArabicMoneyMatch {
  value: number;
  currency: string;
  start: number;
  end: number;
  text: string;
}

const SCALES: Record<string, number> = { الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9 };

/** Currency names' stems (the raw-text pre-check; abbreviations end in a dot: "ر.س"). */
const CURRENCY_STEMS = ['ريال', 'دولار', 'دره', 'دراهم', 'دين', 'دنانير', 'جني', 'يورو', 'روبي', 'لير'];

/** Amounts with Arabic currency names or abbreviations in `text`, in order. */
export function findArabicMoney(text: string): ArabicMoneyMatch[] {
  if (
    !hasArabic(text) ||
    (!MARKS.test(text) && !includesAny(text, CURRENCY_STEMS) && !(text.includes('.') && /[رجد]\s?\./.test(text)))
  )
    return [];
  const folded = foldArabic(text);
  if (!hasMatch(AR_MONEY, folded)) return [];
  const c = compactArabic(text, folded);
  const out: ArabicMoneyMatch[] = [];
  AR_MONEY.lastIndex = 0;
  for (let m = AR_MONEY.exec(c.text); m !== null; m = AR_MONEY.exec(c.text)) {
    let amount: number | null;
    let currency: string | null;
    let scale: string | undefined;
    if (m[3] !== undefined) {
      amount = parseArabicNumber(m[1] as string);
      scale = m[2];
      const noun = m[3];
      currency = m[4] ? (NATIONAL[familyOf(noun)]?.[m[4]] ?? null) : (CURRENCY_NOUNS[noun] ?? null);
    } else {
      amount = parseArabicFigure(m[5] as string);
      scale = m[6];
      const key = `${m[7]}.${m[8]}`;
      currency = SYMBOLS[key] ?? null;
      if (key === 'د.ا') {
        // The letter after the dot, as written: إ (UAE dirham) or أ (Jordanian dinar).
        const at = originalSpan(c, m.index + m[0].length - 1, m.index + m[0].length).start;
        currency = text[at] === '\u0625' ? 'AED' : text[at] === '\u0623' ? 'JOD' : null;
      }
    }
    if (amount === null || currency === null) continue;
    const value = Math.round(amount * (scale ? (SCALES[scale] ?? 1) : 1) * 100) / 100;
    const span = originalSpan(c, m.index, m.index + m[0].length);
    out.push({ value, currency, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
  }
  return dropRestatements(c.text, text, out);
}

/** "500 دولار أمريكي (خمسمائة دولار)": the words in parentheses restate the amount before them. */
function dropRestatements(_folded: string, text: string, found: ArabicMoneyMatch[]): ArabicMoneyMatch[] {
  const out: ArabicMoneyMatch[] = [];
  for (const m of found) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.value === m.value &&
      /^[\s\u200e\u200f]{0,3}\([\s\u200e\u200f]{0,3}$/.test(text.slice(prev.end, m.start))
    ) {
      continue;
    }
    out.push(m);
  }
  return out;
}
