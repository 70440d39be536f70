import type { CreditTier, Uptime } from '../types';
import { arabicMatchForm, foldedWordsRegExp, hasArabic, NEUTRAL } from './arabic';
import type { Block, Doc, Span } from './doc';
import { findPercents } from './percent';
import { periodNear } from './period';
import { traceEvent, tracing } from './trace';

/**
 * Credit tables, read once per document: "Monthly Uptime Percentage | Service Credit" (bands
 * of uptime), "Monthly Uptime Shortfall | Credit" (bands below the commitment) and the same
 * tables flattened into lines of text. The service-credit extractor takes the uptime tables;
 * the refiners in card.ts turn shortfall tables into uptime tiers once the commitment is known,
 * and read an uptime from a table's top band when no sentence states one.
 */

/** One credit table as read, before any cross-field inference. */
export interface CreditTable {
  /** Bands as written: uptime values, or shortfalls below the commitment when `shortfall`. */
  raw: RawTier[];
  decimals: number;
  span: Span;
  shortfall: boolean;
  /** Lower edge of the band that earns no credit ("≥ 99.9% | 0%"): the first tier ends there. */
  noCreditFrom: number | null;
  /** A commitment stated just before a shortfall table ("if availability falls below 99%:"). */
  statedBase: number | null;
  /** Measurement window named by the table header, if any. */
  period: Uptime['period'];
  confidence: number;
}

const UPTIME_LABEL = /up-?\s?time|availab|service level|shortfall|downtime|unavailab|\bSLA\b|\bSLO\b|performance/i;
const SHORTFALL_LABEL = /shortfall|downtime|unavailab|deficit|below (?:the )?(?:target|commitment|sla|service level)/i;
/**
 * Credit words, in headers and in sentences. "Penalty" is the word many SLAs (Gulf and South Asian procurement above
 * all) use for the same deduction from the invoice; it counts only where the other tests find an uptime band or a
 * service level beside it, so a late-payment penalty is read by none of the credit rules.
 */
const CREDIT_LABEL = /credit|discount|refund|rebate|compensation|fee reduction|penalt(?:y|ies)/i;
export const CREDIT_WORDS = /credit|refund|discount|rebate|(?:price|fee)\s(?:reduction|abatement)|penalt(?:y|ies)/i;

/**
 * Arabic headers in the matching form (arabic.ts: ة→ه, ى→ي, hamza dropped): availability, uptime
 * ("نسبة التوفر", "الجاهزية", "نسبة الإتاحة", "وقت التشغيل", "مستوى الخدمة") and the credit ("رصيد
 * الخدمة", "الخصم", "التعويض", "الاسترداد", and the Gulf's "الحسم" / "الحسومات", a deduction from the invoice, and
 * "الغرامة" / "الغرامات", the penalty public-sector SLAs deduct, as CREDIT_LABEL's "penalty").
 * Rule `serviceCredits/arabicTable`.
 */
const AR_UPTIME_WORDS = ['توفر', 'توافر', 'جاهزيه', 'اتاحه', 'وقت التشغيل', 'مستوي الخدمه'];
const AR_CREDIT_WORDS = ['رصيد', 'خصم', 'تعويض', 'استرداد', 'حسم', 'حسوم', 'غرامه', 'غرامات'];
const AR_UPTIME_LABEL = new RegExp(AR_UPTIME_WORDS.join('|'));
const AR_CREDIT_LABEL = new RegExp(AR_CREDIT_WORDS.join('|'));
// The same words on the raw text: arabicCell's rewrites only replace Arabic words with English ones, so a label word
// in its output is one the folded text already had. Most blocks are told apart without folding and rewriting them.
const AR_UPTIME_RAW = foldedWordsRegExp(AR_UPTIME_WORDS);
const AR_CREDIT_RAW = foldedWordsRegExp(AR_CREDIT_WORDS);
const isUptimeLabel = (t: string) =>
  UPTIME_LABEL.test(t) || (hasArabic(t) && AR_UPTIME_RAW.test(t) && AR_UPTIME_LABEL.test(arabicCell(t)));
const isCreditLabel = (t: string) =>
  CREDIT_LABEL.test(t) || (hasArabic(t) && AR_CREDIT_RAW.test(t) && AR_CREDIT_LABEL.test(arabicCell(t)));

/**
 * An Arabic cell in a form parseBand and parseCredit read: digits, "٫" and "٪" folded to ASCII
 * ("٩٩٫٩٪" → "99.9%") and the comparators written as their English twins ("أقل من" → "less than",
 * "أو أكثر" → "or more"). Only for table cells: the length changes, so no offset is taken from it.
 */
function arabicCell(text: string): string {
  return arabicMatchForm(text)
    .replaceAll(NEUTRAL, '')
    .replace(/(?:او|ف)\s?(?:اكثر|اعلي|اكبر|ما فوق)/g, 'or more')
    .replace(/(?:او|ف)\s?(?:اقل|ادني|ما دون)/g, 'or less')
    .replace(/(?:اقل|ادني) من/g, 'less than')
    .replace(/(?:اكثر|اعلي|اكبر) من او (?:يساوي|تساوي)|(?:يساوي|تساوي) او (?:اكثر|اعلي|اكبر) من/g, 'at least')
    .replace(/(?:اكثر|اعلي|اكبر) من/g, 'more than')
    .replace(/لا يقل عن/g, 'at least');
}
/**
 * An Arabic sentence of credit bands read as its English twin ("أقل من 99.9% وأعلى من أو تساوي 99%: خصم 10%" →
 * "less than 99.9% وat least 99%: credit 10%"), for the sentence rules; the quote is the sentence's own text.
 */
export function arabicBandsAsEnglish(text: string): string {
  return (
    arabicCell(text)
      // Prose bands: "إذا انخفضت نسبة التوفر عن 99.9% ولم تقل عن 99%" (fell below …, and not less than …), "وإذا قلت عن
      // 99%" (fell under), "لا تقل عن" (not under, the feminine of arabicCell's "لا يقل عن").
      .replace(/(?:و)?لم\s+(?:ت|ي)قل\s+عن/g, 'at least')
      .replace(/لا\s+تقل\s+عن/g, 'at least')
      .replace(
        /(?<![\u0621-\u064a])(?:ان)?خف[ضا]\S{0,3}((?:\s+\S{1,12}){0,3}?)\s+(?:عن|الي|دون)(?![\u0621-\u064a])/g,
        'falls$1 below',
      )
      .replace(/(?<![\u0621-\u064a])(?:قلت|قل)\s+عن(?![\u0621-\u064a])/g, 'less than')
      .replace(/(?:ال)?(?:خصم|رصيد|تعويض|غرامه|غرامات)(?:ا|اً)?/g, 'credit ')
      .replace(/(?:عن|ل)\s?كل(?![\u0621-\u064a])/g, 'for each')
  );
}
const cellText = (t: string) => (hasArabic(t) || /[\u0660-\u0669\u066a-\u066c]/.test(t) ? arabicCell(t) : t);

export const NUM = '(\\d{1,3}(?:[.,]\\d{1,4})?)';
export const BELOW_WORDS = 'less than|lower than|fewer than|below|under|short of|<|≤|=<|<=';
export const ABOVE_WORDS =
  'at least|greater than or equal to|equal to or (?:greater|higher|more) than|more than|greater than|higher than|above|over|≥|>=|=>|>';
/** A band's inclusive floor written in prose, "at least", "not less than", "≥" (serviceCredits, uptime). */
export const FLOOR_WORDS =
  'at\\s+least|not\\s+less\\s+than|no\\s+less\\s+than|greater\\s+than\\s+or\\s+equal\\s+to|equal\\s+to\\s+or\\s+(?:greater|higher|more)\\s+than|≥|>=';

const NUMBER_IN_CELL = new RegExp(`(?<![\\d.,])${NUM}(?![\\d])\\s?(%|percent|per\\s?cent)?`, 'gi');
/** A unit of time right after a figure: the figure is a duration ("7.5hrs", "43 minutes"). */
const DURATION_AFTER = /^\s?(?:hrs?|hours?|h|mins?|minutes?|secs?|seconds?|days?)\b/i;
// In a cell, "up to 0.5%" and "at most 0.5%" bound a band from above too.
const BELOW_BEFORE = new RegExp(`(?:${BELOW_WORDS}|up to|at most|not more than|no more than)\\s?(?:to\\s)?$`, 'i');
const ABOVE_BEFORE = new RegExp(`(?:${ABOVE_WORDS})\\s?(?:to\\s)?$`, 'i');
// "95% > Av", "99% < Availability": the figure first, then the comparator and the measure's name (or symbol).
const ABOVE_AFTER = /^\s?%?\s?(?:\+|(?:or|and) (?:above|higher|more|greater|over)|(?:<|≤|<=)\s?\(?[A-Za-z])/i;
const BELOW_AFTER = /^\s?%?\s?(?:(?:or|and) (?:below|lower|less|under)|(?:>|≥|>=)\s?\(?[A-Za-z])/i;

/** "99.0% ≤ uptime < 99.9%": the measure named between the two edges. */
const MEASURE_BETWEEN =
  /^\s?(?:<=?|≤|=<)\s?(?:monthly\s)?(?:up-?\s?time|availability)(?:\s(?:percentage|%))?\s?(?:<=?|≤|=<)\s/i;
/** What may precede a band at the start of a flattened row: a comparator, perhaps after the measure ("uptime < 95%"). */
const BAND_LEAD = new RegExp(
  `^(?:(?:monthly\\s)?(?:up-?\\s?time|availability)(?:\\s(?:percentage|%))?\\s?)?(?:between|up to|at most|${BELOW_WORDS}|${ABOVE_WORDS})$`,
  'i',
);

interface Band {
  lo: number | null;
  hi: number | null;
  decimals: number;
  end: number;
}

export function decimalsOf(figure: string): number {
  const m = /[.,](\d+)$/.exec(figure);
  return m ? (m[1] as string).length : 0;
}

function toNumber(figure: string): number {
  return Number(figure.replace(',', '.'));
}

/**
 * The band an uptime (or shortfall) cell describes: "99.0% – 99.5%", "< 95%", "Less than
 * 99.9% but equal to or greater than 99.0%", "> 2.0%", "95%+". `prefixOnly` reads only
 * the start of a space-flattened row.
 */
function parseBand(text: string, prefixOnly: boolean): Band | null {
  const source = prefixOnly ? text.slice(0, 120) : text.slice(0, 300);
  const numbers: { value: number; figure: string; start: number; end: number; percent: boolean }[] = [];
  NUMBER_IN_CELL.lastIndex = 0;
  for (let m = NUMBER_IN_CELL.exec(source); m !== null; m = NUMBER_IN_CELL.exec(source)) {
    // "Less than 99.0% (~7.5hrs)": the downtime the band allows, beside it, is no edge of the band.
    if (m[2] === undefined && DURATION_AFTER.test(source.slice(m.index + m[0].length))) continue;
    numbers.push({
      value: toNumber(m[1] as string),
      figure: m[1] as string,
      start: m.index,
      end: m.index + m[0].length,
      percent: m[2] !== undefined,
    });
    if (prefixOnly) {
      // A flattened row: the band is the first one or two numbers joined by a dash/"to".
      const next = source.slice(m.index + m[0].length);
      if (
        !/^\s?(?:-|–|—|to|and|but)\s/i.test(`${next} `.replace(/^\s?(?:-|–|—)(?=\S)/, '- ')) &&
        !MEASURE_BETWEEN.test(next)
      )
        break;
    }
    if (numbers.length > 2) return null;
  }
  if (numbers.length === 0 || numbers.length > 2) return null;
  if (prefixOnly) {
    // Only a comparator may precede the band.
    const lead = source.slice(0, numbers[0]!.start).trim();
    if (lead && !BAND_LEAD.test(lead)) return null;
    if (!numbers.some((n) => n.percent)) return null;
  }
  if (numbers.some((n) => n.value > 100)) return null;
  const decimals = Math.max(...numbers.map((n) => decimalsOf(n.figure)));
  const last = numbers[numbers.length - 1]!;
  if (numbers.length === 2) {
    const [a, b] = numbers as [(typeof numbers)[0], (typeof numbers)[0]];
    if (a.value === b.value) return null;
    return { lo: Math.min(a.value, b.value), hi: Math.max(a.value, b.value), decimals, end: last.end };
  }
  const n = numbers[0]!;
  const before = source.slice(Math.max(0, n.start - 40), n.start);
  const after = source.slice(n.end - (n.percent ? 1 : 0), n.end + 20);
  if (BELOW_BEFORE.test(before) || BELOW_AFTER.test(after)) return { lo: null, hi: n.value, decimals, end: n.end };
  if (ABOVE_BEFORE.test(before) || ABOVE_AFTER.test(after)) {
    const plus = /^\s?%?\s?\+/.exec(after);
    return { lo: n.value, hi: null, decimals, end: plus ? n.end + plus[0].length : n.end };
  }
  return null;
}

/** The credit percentage in a credit cell: "10%", "10% of monthly subscription fees", "10" under a "%" header. */
/** A cell that says no credit is due: "None", "No credit", "N/A", "—", "لا يوجد". */
const NO_CREDIT_CELL =
  /^\s*(?:none|no(?:\s+(?:service\s+)?credits?)?|n\/?a|nil|[-–—]|لا\s+(?:يوجد|شيء|شي|ينطبق))\s*\.?\s*$/i;

/** A cell without figures that says so among other words: "Standard Target (No Credit)", "SLA met – no service credit". */
const NO_CREDIT_PHRASE = /\bno\s+(?:service\s+)?credits?\b(?!\s+(?:if|unless|where|when|for)\b)/i;

function parseCredit(text: string, headerSaysPercent: boolean): number | null {
  // A no-credit row ("99.9% or higher | None"): the band that earns nothing (readTable keeps where it starts).
  if (NO_CREDIT_CELL.test(text)) return 0;
  const percents = findPercents(text);
  if (percents.length > 0) {
    const p = percents[0]!;
    return p.value >= 0 && p.value <= 100 ? p.value : null;
  }
  if (!/\d/.test(text) && NO_CREDIT_PHRASE.test(text)) return 0;
  if (!headerSaysPercent) return null;
  const m = /^\s?(?:up to\s)?(\d{1,3}(?:\.\d{1,2})?)\s?$/i.exec(text);
  if (!m) return null;
  const v = Number(m[1]);
  return v >= 0 && v <= 100 ? v : null;
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}

export interface RawTier {
  lo: number | null;
  hi: number | null;
  credit: number;
}

/**
 * Bands that are availability levels whatever the column says ("Downtime | 99.5-99.0% | 10%"): no month loses half
 * its time, so figures of 50% and more are uptime, not a shortfall below the commitment.
 */
function availabilityBands(raw: RawTier[]): boolean {
  return raw.every((r) => (r.lo === null || r.lo >= 50) && (r.hi === null || r.hi >= 50));
}

/** Turns bands (uptime or shortfall) into ordered tiers whose boundaries meet. */
export function toTiers(raw: RawTier[], decimals: number, commitment: number | null): CreditTier[] | null {
  const step = 10 ** -Math.max(1, decimals);
  let tiers: CreditTier[];
  if (commitment !== null) {
    // Shortfall bands: 0.1–1.0 below 99 → uptime in [98.0, 99.0).
    tiers = raw.map((r) => ({
      uptimeBelow: r.lo !== null ? round(commitment - r.lo) : commitment,
      uptimeAtLeast: r.hi !== null ? round(commitment - r.hi) : null,
      creditPercent: r.credit,
    }));
    tiers.sort((a, b) => (b.uptimeBelow ?? 0) - (a.uptimeBelow ?? 0));
    const first = tiers[0];
    if (first && first.uptimeBelow !== null && commitment - first.uptimeBelow <= step + 1e-9) {
      first.uptimeBelow = commitment;
    }
  } else {
    tiers = raw.map((r) => ({ uptimeBelow: r.hi, uptimeAtLeast: r.lo, creditPercent: r.credit }));
    tiers.sort((a, b) => (b.uptimeBelow ?? b.uptimeAtLeast ?? 0) - (a.uptimeBelow ?? a.uptimeAtLeast ?? 0));
  }
  for (let i = 0; i < tiers.length; i++) {
    const tier = tiers[i]!;
    const prev = tiers[i - 1];
    const next = tiers[i + 1];
    // "95.0% – 98.9%" after "99.0% – 99.5%": the bands meet at 99.0.
    if (prev && prev.uptimeAtLeast !== null && tier.uptimeBelow !== null) {
      const gap = round(prev.uptimeAtLeast - tier.uptimeBelow);
      if (gap > 0 && gap <= step + 1e-9) tier.uptimeBelow = prev.uptimeAtLeast;
    }
    if (prev && tier.uptimeBelow === null && prev.uptimeAtLeast !== null) tier.uptimeBelow = prev.uptimeAtLeast;
    // "< 99.9%", "< 99.0%": the first band ends where the next begins.
    if (tier.uptimeAtLeast === null && next && next.uptimeBelow !== null && tier.uptimeBelow !== null) {
      if (next.uptimeBelow < tier.uptimeBelow) tier.uptimeAtLeast = next.uptimeBelow;
    }
  }
  for (const t of tiers) {
    if (t.uptimeBelow !== null && (t.uptimeBelow <= 0 || t.uptimeBelow > 100)) return null;
    if (t.uptimeAtLeast !== null && (t.uptimeAtLeast < 0 || t.uptimeAtLeast >= 100)) return null;
    if (t.uptimeBelow !== null && t.uptimeAtLeast !== null && t.uptimeAtLeast >= t.uptimeBelow) return null;
  }
  // Overlapping or duplicated bands mean the table was misread.
  for (let i = 1; i < tiers.length; i++) {
    const a = tiers[i - 1]!;
    const b = tiers[i]!;
    if (a.uptimeBelow !== null && b.uptimeBelow !== null && a.uptimeBelow === b.uptimeBelow) return null;
  }
  return tiers;
}

function blockText(doc: Doc, b: Block | Span): string {
  return doc.text.slice(b.start, b.end);
}

interface Header {
  /** Table-row header: column indexes; flattened header: -1. */
  uptimeCol: number;
  creditCol: number;
  /** Every credit column: more than one is a per-plan matrix ("Credit (Basic) | Credit (Pro)"). */
  creditCols: number[];
  shortfall: boolean;
  creditPercentHeader: boolean;
  period: Uptime['period'];
}

function readHeader(doc: Doc, block: Block): Header | null {
  const text = blockText(doc, block);
  if (text.length > 220 || !isCreditLabel(text) || !isUptimeLabel(text)) return null;
  if (findPercents(text).length > 0 || /\d{2}\.\d/.test(text)) return null;
  const period = periodNear(text, 0);
  if (block.kind === 'table-row' && block.cells && block.cells.length >= 2) {
    const cells = block.cells.map((c) => blockText(doc, c));
    const creditCol = cells.findIndex((c) => isCreditLabel(c));
    const uptimeCol = cells.findIndex((c, i) => i !== creditCol && isUptimeLabel(c) && !isCreditLabel(c));
    if (creditCol < 0 || uptimeCol < 0) return null;
    const label = cells[uptimeCol] as string;
    const creditCols = cells.flatMap((c, i) => (i !== uptimeCol && isCreditLabel(c) ? [i] : []));
    return {
      uptimeCol,
      creditCol,
      creditCols,
      shortfall: SHORTFALL_LABEL.test(label),
      // "نسبة الخصم" (the discount rate) or "٪" in the credit header: bare numbers are percentages.
      creditPercentHeader: /%|percent|٪|نسب/i.test(cells[creditCol] as string),
      period,
    };
  }
  if (block.kind === 'table-row') return null;
  // Flattened header ("Monthly Uptime Percentage Corresponding Monthly Downtime Percentage
  // Service Level Credit"): the first label is the band column, the credit label comes last.
  if (text.length > 160 || /[.;]\s/.test(text)) return null;
  const uptimeAt = text.search(/up-?\s?time|availab/i);
  const shortfallAt = text.search(SHORTFALL_LABEL);
  const firstLabel = [uptimeAt, shortfallAt].filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (firstLabel === undefined) return null;
  const creditAt = text.search(CREDIT_LABEL);
  if (creditAt < firstLabel) return null;
  const shortfall = shortfallAt >= 0 && (uptimeAt < 0 || shortfallAt <= uptimeAt + 25);
  return { uptimeCol: -1, creditCol: -1, creditCols: [], shortfall, creditPercentHeader: false, period };
}

/** A table's rows as read: its tiers, their finest decimals, and where the no-credit band starts. */
interface Rows {
  raw: RawTier[];
  decimals: number;
  noCreditFrom: number | null;
}

interface TableRead extends Rows {
  start: number;
  end: number;
  header: Header;
  headerIndex: number;
}

/** One row into `rows`. "99.9% or higher | 0%": the no-credit band is not a tier, but where it starts bounds the first one. */
function addRow(rows: Rows, band: Band, credit: number): void {
  if (credit === 0) {
    if (band.lo !== null && rows.noCreditFrom === null) rows.noCreditFrom = band.lo;
    return;
  }
  rows.raw.push({ lo: band.lo, hi: band.hi, credit });
  rows.decimals = Math.max(rows.decimals, band.decimals);
}

function readTable(doc: Doc, headerIndex: number, header: Header): TableRead | null {
  const rows: Rows = { raw: [], decimals: 0, noCreditFrom: null };
  let end = -1;
  for (let i = headerIndex + 1; i < doc.blocks.length && i <= headerIndex + 15; i++) {
    const block = doc.blocks[i]!;
    let band: Band | null = null;
    let credit: number | null = null;
    if (header.uptimeCol >= 0) {
      if (block.kind !== 'table-row' || !block.cells) break;
      const cells = block.cells.map((c) => cellText(blockText(doc, c)));
      const bandCell = cells[header.uptimeCol];
      const creditCell = cells[header.creditCol];
      if (bandCell === undefined || creditCell === undefined) break;
      band = parseBand(bandCell, false);
      credit = parseCredit(creditCell, header.creditPercentHeader);
      // A per-plan matrix: one credit per plan. Plans that differ leave the table unread (S7).
      for (const k of header.creditCols) {
        const other = parseCredit(cells[k] ?? '', header.creditPercentHeader);
        if (band && other !== null && credit !== null && other !== credit) {
          if (tracing()) {
            traceEvent({
              field: 'serviceCredits',
              rule: 'serviceCredits/planMatrix',
              outcome: 'rejected',
              start: block.start,
              end: block.end,
              why: 'credits differ between plans',
            });
          }
          return null;
        }
      }
    } else {
      const text = blockText(doc, block);
      if (text.length > 220) break;
      band = parseBand(text, true);
      if (band) {
        // The credit is the last percentage of the row, after the band (and any downtime column).
        const rest = findPercents(text.slice(band.end));
        const last = rest[rest.length - 1];
        if (last && last.value >= 0 && last.value <= 100) credit = last.value;
        else if (rest.length === 0 && NO_CREDIT_CELL.test(text.slice(band.end).replace(/^[\s:|]+/, ''))) credit = 0;
      }
    }
    if (!band || credit === null) {
      if (rows.raw.length === 0 && i === headerIndex + 1 && block.kind !== 'table-row') continue;
      break;
    }
    end = block.end;
    addRow(rows, band, credit);
  }
  if (rows.raw.length === 0) return null;
  return { ...rows, start: doc.blocks[headerIndex]!.start, end, header, headerIndex };
}

/** A commitment stated just before the table: "if uptime falls below 99%, credits apply as follows:". */
function baseBefore(doc: Doc, headerIndex: number): number | null {
  for (let i = headerIndex - 1; i >= 0 && i >= headerIndex - 3; i--) {
    const text = blockText(doc, doc.blocks[i] as Block).slice(0, 600);
    const m =
      /(?:below|less than|under|short of|fails? to (?:meet|maintain|achieve))\s?(?:the\s)?(\d{2,3}(?:\.\d{1,4})?)\s?%/i.exec(
        text,
      );
    if (m && /up-?\s?time|availab/i.test(text)) return Number(m[1]);
  }
  return null;
}

const TABLES = new WeakMap<Doc, CreditTable[]>();

/** Every credit table in the document, in order; read once per Doc. */
export function findCreditTables(doc: Doc): CreditTable[] {
  const cached = TABLES.get(doc);
  if (cached) return cached;
  const out: CreditTable[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i] as Block;
    if (block.end - block.start > 220) continue;
    const header = readHeader(doc, block);
    if (!header) {
      const across = readTransposed(doc, i);
      if (across) {
        out.push(across);
        i++;
      }
      continue;
    }
    const table = readTable(doc, i, header);
    if (!table) continue;
    const shortfall = header.shortfall && !availabilityBands(table.raw);
    out.push({
      raw: table.raw,
      decimals: table.decimals,
      span: { start: table.start, end: table.end },
      shortfall,
      statedBase: shortfall ? baseBefore(doc, i) : null,
      noCreditFrom: table.noCreditFrom,
      period: header.period,
      confidence: header.uptimeCol >= 0 ? 0.9 : 0.75,
    });
    i = table.headerIndex + table.raw.length;
  }
  TABLES.set(doc, out);
  return out;
}

/**
 * A credit table laid out across (rule `serviceCredits/creditTable`, read sideways): a first row of bands under an
 * uptime label ("Monthly Uptime | < 99.9% | < 99.0% | < 95.0%") and, right under it, a row of credits under a credit
 * label ("Service Credit | 10% | 25% | 50%"). Every cell after the labels must read, in both rows, or it is not one.
 */
function readTransposed(doc: Doc, i: number): CreditTable | null {
  const a = doc.blocks[i] as Block;
  const b = doc.blocks[i + 1];
  if (a.kind !== 'table-row' || !a.cells || a.cells.length < 3 || b?.kind !== 'table-row' || !b.cells) return null;
  if (b.cells.length !== a.cells.length) return null;
  const top = a.cells.map((c) => cellText(blockText(doc, c)));
  const under = b.cells.map((c) => cellText(blockText(doc, c)));
  const label = top[0] as string;
  if (!isUptimeLabel(label) || isCreditLabel(label) || !isCreditLabel(under[0] as string)) return null;
  const percentHeader = /%|percent|٪|نسب/i.test(under[0] as string);
  const rows: Rows = { raw: [], decimals: 0, noCreditFrom: null };
  for (let k = 1; k < top.length; k++) {
    const band = parseBand(top[k] as string, false);
    const credit = parseCredit(under[k] as string, percentHeader);
    if (!band || credit === null) return null;
    addRow(rows, band, credit);
  }
  if (rows.raw.length === 0) return null;
  const shortfall = SHORTFALL_LABEL.test(label) && !availabilityBands(rows.raw);
  return {
    ...rows,
    span: { start: a.start, end: b.end },
    shortfall,
    statedBase: shortfall ? baseBefore(doc, i) : null,
    period: periodNear(label, 0),
    confidence: 0.9,
  };
}

/**
 * A table's tiers: uptime bands as they are, shortfall bands measured from `commitment`
 * (null when a shortfall table has no commitment to measure from).
 */
export function tableTiers(table: CreditTable, commitment: number | null): CreditTier[] | null {
  if (table.shortfall && commitment === null) return null;
  const tiers = toTiers(table.raw, table.decimals, table.shortfall ? commitment : null);
  if (!tiers || tiers.length === 0) return null;
  // "≥ 99.9% | 0%" above "99.0% – 99.89% | 10%": the bands meet at 99.9 (README-sla S1).
  const first = tiers[0] as CreditTier;
  const step = 10 ** -Math.max(1, table.decimals);
  if (!table.shortfall && table.noCreditFrom !== null && first.uptimeBelow !== null) {
    const gap = round(table.noCreditFrom - first.uptimeBelow);
    if (gap > 0 && gap <= step + 1e-9) first.uptimeBelow = table.noCreditFrom;
  }
  return tiers;
}
