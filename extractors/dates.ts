import * as chrono from 'chrono-node';
import { arabicLoose, compactArabic, hasArabic, includesAny, indexOfAny, originalSpan } from './common/arabic';
import { isoDate, readArabicDate } from './common/arabic-dates';
import type { Block, Doc, Span } from './common/doc';
import { makeFinding } from './common/finding';
import { traceEvent, tracing } from './common/trace';
import type { Finding } from './types';

/**
 * The document's effective and last-updated dates, read only right after a label
 * ("Effective Date:", "Last Updated:", "Last modified:", "Version date", "Revised on") near the
 * top of the document (or in its last few blocks, where many policies put "Last updated"),
 * from a label heading followed by the date on its own line, from a date the preamble defines
 * as the Effective Date, or from a date line standing alone at the top of the page (the
 * updated date). Other dates in the text say when something happens, not when the document
 * changed. A numeric date whose day and month could swap ("03/04/2025") is read in the order
 * the page's other dates use, and left out when the page gives no cue.
 */
export function extractDates(doc: Doc): { effective: Finding<string> | null; updated: Finding<string> | null } {
  let effective: Finding<string> | null = null;
  let updated: Finding<string> | null = null;
  const n = doc.blocks.length;
  const indexes: number[] = [];
  for (let i = 0; i < Math.min(n, TOP_BLOCKS); i++) indexes.push(i);
  for (let i = Math.max(TOP_BLOCKS, n - BOTTOM_BLOCKS); i < n; i++) indexes.push(i);

  for (const i of indexes) {
    if (effective && updated) break;
    const block = doc.blocks[i];
    if (!block || block.end - block.start > MAX_BLOCK) continue;
    const text = doc.text.slice(block.start, block.end);
    // Cheap pre-check before the label regex.
    if (!/effective|updat|revis|modif|chang|version|amended|reviewed|valid|force|effect|apply/i.test(text)) continue;
    const confidence = i < TOP_BLOCKS ? 0.9 : 0.7;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
      const both = m[1] !== undefined;
      const isEffective = both || m[2] !== undefined;
      const isUpdated = both || m[3] !== undefined;
      if ((!isEffective || effective) && (!isUpdated || updated)) continue;
      const after = m.index + m[0].length;
      let date = dateRightAfter(doc, text.slice(after, after + SNIPPET));
      let quoteBlock = i;
      let blockStart = block.start + after;
      // "## Last updated" with the date on the next line: the label is all the block says.
      const next = doc.blocks[i + 1];
      if (!date && /^[\s*_#:]*$/.test(text.slice(after)) && m.index <= 4 && next && next.end - next.start <= SNIPPET) {
        date = dateRightAfter(doc, doc.text.slice(next.start, next.end));
        quoteBlock = i + 1;
        blockStart = next.start;
      }
      if (!date) continue;
      if (isEffective && !isUpdated && quoteBlock === i && effectiveOfOther(text, m.index, after + date.end)) continue;
      const at = blockStart + date.offset;
      const rule = quoteBlock === i ? 'dates/labelled' : 'dates/labelHeading';
      const finding = makeFinding(doc, quoteSpan(doc, quoteBlock, at), date.iso, confidence, rule);
      if (isEffective && !effective) effective = finding;
      if (isUpdated && !updated) updated = finding;
    }
  }
  if (!effective || !updated) {
    const ar = arabicLabelledDates(doc, indexes, false);
    if (!ar.updated || !ar.effective) {
      // Deeper in the page, only a label sentence that names the document itself ("تم تحديث هذه
      // الشروط ... بتاريخ"): a closing clause many Arabic terms end with, before a long footer.
      const inside = new Set(indexes);
      const rest = doc.blocks.map((_, i) => i).filter((i) => !inside.has(i));
      const deep = arabicLabelledDates(doc, rest, true);
      ar.updated ??= deep.updated;
      ar.effective ??= deep.effective;
    }
    effective ??= ar.effective;
    updated ??= ar.updated;
  }
  if (!effective) effective = definedEffectiveDate(doc);
  if (!updated) {
    const bare = bareDateLine(doc);
    // The same date already read as the effective date is that date, not a second one.
    if (bare && bare.value !== effective?.value) updated = bare;
  }
  return { effective, updated };
}

// ---------------------------------------------------------------------------------------
// Arabic labels (rule `dates/arabicLabelled`), on the compact matching form (hamza, marks and
// digit sets folded): "آخر تحديث: ٢٩ يونيو ٢٠٢٥", "آخر تحديث في تاريخ 2019/12/09", "وآخر تعديل لها
// بتاريخ: 1 يناير 2025", "تاريخ السريان: …", "يسري اعتباراً من …". As in English, only a date right
// after its label counts ("يسري/تسري … من" only when what applies is the document: "تسري هذه الشروط
// اعتباراً من", not "يسري هذا الخصم من"): a Hijri founding date in the text ("تأسست الشركة عام 1440هـ") is not one.
// The date reader (common/arabic-dates.ts) gives a Hijri date's written Gregorian equivalent, or
// converts a Hijri-only date with Intl's Umm al-Qura calendar.

/** Group 1: updated; group 2: effective. Joined "و" and "ب" prefixes are optional. */
const AR_LABEL =
  /(?<![\p{L}])(?:و)?(?:((?:تاريخ\s+)?(?:اخر|احدث)\s+(?:تحديث|تعديل|مراجعه)|تم\s+(?:ال)?تحديث|(?:تاريخ\s+)?(?:ال)?تحديث|محدث(?:ه)?)|(تاريخ\s+(?:السريان|النفاذ|(?:بدء\s+)?(?:ال)?سريان|العمل\s+بها|الدخول\s+حيز\s+التنفيذ)|(?:ت|ي)سري(?:\s+(?:هذه|هذا)\s+(?:ال)?(?:شروط|اتفاقيه|سياسه|احكام|بنود|وثيقه|اتفاق|عقد|ملحق|تعديلات)(?:\s+و(?:ال)?[\p{L}]{2,12})?)?(?:\s+المفعول)?\s+(?:اعتبارا\s+)?من|(?:نافذ|ساري)(?:ه)?\s+(?:المفعول\s+)?(?:اعتبارا\s+)?من))(?![\p{L}])/gu;
/**
 * A word every AR_LABEL match holds, at most LABEL_LEAD characters after its start ("و", then "تاريخ", or "آخر" or
 * "تم" and spaces before تحديث/تعديل/مراجعه, or "ت/ي" before "سري").
 */
const LABEL_ANCHORS = ['تاريخ', 'تحديث', 'تعديل', 'مراجعه', 'محدث', 'سري', 'نافذ', 'ساري'];
const LABEL_LEAD = 12;
/**
 * The next AR_LABEL match from `from` on, looked for from LABEL_LEAD before the next anchor word: a regex first
 * compiled on an Arabic page late in a process has no search optimizations and would try every position.
 */
function nextLabel(text: string, from: number): RegExpExecArray | null {
  const anchor = indexOfAny(text, LABEL_ANCHORS, from);
  if (anchor === -1) return null;
  AR_LABEL.lastIndex = Math.max(from, anchor - LABEL_LEAD);
  return AR_LABEL.exec(text);
}
/** Between label and date: "لها", "في", "بتاريخ", "تاريخ", a colon or dash, Markdown emphasis. */
const AR_CONNECTOR =
  /^[\s*_]{0,4}(?:(?:لها|له|لهذه\s+[\p{L}]{2,12}|هذه\s+[\p{L}]{2,12}(?:\s+[\p{L}]{2,12})?)(?![\p{L}])\s{0,3})?(?:(?:في|بتاريخ|تاريخ|يوم|من)(?![\p{L}])[\s*_]{0,3}){0,2}[:\-–—]?[\s*_]{0,4}/u;
/** "these terms / this agreement / this policy / this document" (folded; joined "و"/"ل" allowed). */
const AR_SELF_REFERENCE =
  /(?:هذه|لهذه|وهذه)\s+(?:ال)?(?:شروط|اتفاقيه|سياسه|وثيقه|بنود|احكام)|(?:هذا|لهذا)\s+(?:ال)?(?:اتفاق|عقد|ملحق)/u;
/** The same stems on the raw text, so most blocks skip the matching form altogether. */
const AR_RAW_PRECHECK = arabicLoose([
  'تحديث',
  'تعديل',
  'مراجعه',
  'سريان',
  'نفاذ',
  'يسري',
  'تسري',
  'ساري',
  'نافذ',
  'محدث',
]);
const AR_PRECHECK = ['تحديث', 'تحدیث', 'تعديل', 'مراجعه', 'سريان', 'نفاذ', 'يسري', 'تسري', 'ساري', 'نافذ', 'محدث'];

function arabicLabelledDates(
  doc: Doc,
  indexes: readonly number[],
  selfReferenceOnly: boolean,
): { effective: Finding<string> | null; updated: Finding<string> | null } {
  let effective: Finding<string> | null = null;
  let updated: Finding<string> | null = null;
  for (const i of indexes) {
    if (effective && updated) break;
    const block = doc.blocks[i];
    if (!block || block.end - block.start > MAX_BLOCK) continue;
    const raw = doc.text.slice(block.start, block.end);
    if (!hasArabic(raw) || !AR_RAW_PRECHECK.test(raw)) continue;
    const c = compactArabic(raw);
    if (!includesAny(c.text, AR_PRECHECK)) continue;
    if (selfReferenceOnly && !AR_SELF_REFERENCE.test(c.text)) continue;
    for (let m = nextLabel(c.text, 0); m !== null; m = nextLabel(c.text, m.index + m[0].length)) {
      const isUpdated = m[1] !== undefined;
      if (isUpdated ? updated : effective) continue;
      const after = m.index + m[0].length;
      const rest = c.text.slice(after, after + SNIPPET * 2);
      const lead = AR_CONNECTOR.exec(rest)?.[0].length ?? 0;
      const date = readArabicDate(rest.slice(lead));
      if (!date) continue;
      const at = block.start + originalSpan(c, after + lead + date.index, after + lead + date.index + 1).start;
      const finding = makeFinding(
        doc,
        quoteSpan(doc, i, at),
        date.iso,
        selfReferenceOnly ? 0.6 : i < TOP_BLOCKS ? 0.9 : 0.7,
        date.calendar === 'hijri-converted' ? 'dates/arabicLabelledHijri' : 'dates/arabicLabelled',
      );
      if (isUpdated) updated = finding;
      else effective = finding;
    }
  }
  return { effective, updated };
}

/** A block that is nothing but a date: "July 1st, 2019", "*12 March 2024*". */
const BARE_BLOCKS = 8;

/**
 * An unlabelled date standing alone near the top of the page, before the body starts, is the
 * date of this version: the updated date. A date inside a sentence says something else.
 */
function bareDateLine(doc: Doc): Finding<string> | null {
  const n = Math.min(doc.blocks.length, BARE_BLOCKS);
  for (let i = 0; i < n; i++) {
    const block = doc.blocks[i] as Block;
    // A list of dates is a version history (links to earlier versions), not this version's date.
    if (block.kind === 'list-item' || block.kind === 'table-row' || block.end - block.start > SNIPPET) continue;
    const text = doc.text.slice(block.start, block.end);
    const core = text.replace(/^[\s*_#>|]+|[\s*_|.]+$/g, '');
    if (!/\d{4}/.test(core)) continue;
    const date = dateRightAfter(doc, core);
    if (!date) continue;
    const r = parserFor(doc, core).parse(core, REFERENCE)[0];
    if (r?.index !== 0 || r.text.length < core.length - 1) {
      if (tracing())
        traceEvent({
          field: 'dates',
          rule: 'dates/bareDateLine',
          outcome: 'rejected',
          ...block,
          why: 'more than a date',
        });
      continue;
    }
    const offset = text.indexOf(core);
    return makeFinding(
      doc,
      { start: block.start + offset, end: block.start + offset + core.length },
      date.iso,
      0.6,
      'dates/bareDateLine',
    );
  }
  return null;
}

/** A named agreement right before "effective": "a Selling Agreement, effective as of", "the Supply Agreement effective". */
const OTHER_AGREEMENT_BEFORE =
  /(?<!(?:[Tt]his|[Tt]hese|THIS|THESE|[Pp]resent)\s+)\b(?!(?:This|These|THIS|THESE)\b)(?:[A-Z][\w&-]*\s+){1,4}(?:Agreement|Contract|Amendment|Addendum|Lease|Plan|Policy|License|Licence),?\s{1,2}(?:made\s+|entered\s+into\s+|dated\s+(?:and\s+)?)?$/;
/** A verb of ending right before "effective": deprecated, retired, superseded, withdrawn. */
const ENDED_BEFORE =
  /\b(?:deprecated|retired|discontinued|terminated|superseded|replaced|withdrawn|sunset(?:ted)?|expired|archived|rescinded|revoked)\s+$/i;
/** After "Effective <date>,": the document itself ("these Terms replace …", "this Agreement …"). */
const OWN_DOCUMENT_NEXT =
  /^[\s,]{0,3}(?:(?:the\s+)?(?:following\s+)?(?:these|this|our|the)\s+(?:(?:[\w-]+\s+){0,3})?(?:terms|conditions|agreement|policy|sla|addendum|notice|amendment|version)\b)/i;

/**
 * "Effective" before a date that belongs to something else: another agreement named right before the label ("…
 * previously entered into a Selling Agreement, effective as of December 1, 2002"), or a block or sentence that opens
 * "Effective <date>," and goes on about something other than the document ("Effective January 1, 2005, the fee is $1,500 …",
 * "Effective on September 15, 2014, the Debt Securities will convert …"): a date when that happens.
 */
function effectiveOfOther(text: string, labelAt: number, dateEnd: number): boolean {
  if (OTHER_AGREEMENT_BEFORE.test(text.slice(Math.max(0, labelAt - 80), labelAt))) return true;
  // "The Corporate Terms were deprecated effective 30 November 2021": the day the document stopped applying.
  if (ENDED_BEFORE.test(text.slice(Math.max(0, labelAt - 40), labelAt))) return true;
  // The label opens the block or a sentence of it.
  if (labelAt > 4 && !/[.!?;]\s{1,3}$/.test(text.slice(Math.max(0, labelAt - 4), labelAt))) return false;
  const rest = text.slice(dateEnd);
  // A label line ("Effective: 1 May 2026", "Effective 1 May 2026 | Version 3") ends at the date or soon after.
  if (!/^\s{0,2}(?:\([^()]{0,60}\)\s{0,2})?,\s*\S+(?:\s+\S+){3}/.test(rest)) return false;
  return !OWN_DOCUMENT_NEXT.test(rest.replace(/^\s{0,2}\([^()]{0,60}\)/, ''));
}

/** `(the "Effective Date")` right after a date: the agreement's preamble defines it. */
const DEFINED_EFFECTIVE = /\(\s{0,2}(?:the|this)?\s{0,2}["“”'‘’]{0,2}effective\s+date["“”'‘’]{0,2}\s{0,2}\)/gi;

/** "… entered into as of 15 September 2024 (the "Effective Date") …", near the top. */
function definedEffectiveDate(doc: Doc): Finding<string> | null {
  const n = Math.min(doc.blocks.length, TOP_BLOCKS);
  for (let i = 0; i < n; i++) {
    const block = doc.blocks[i] as Span;
    if (block.end - block.start > MAX_BLOCK) continue;
    const text = doc.text.slice(block.start, block.end);
    if (!/effective\s+date/i.test(text)) continue;
    DEFINED_EFFECTIVE.lastIndex = 0;
    for (let m = DEFINED_EFFECTIVE.exec(text); m !== null; m = DEFINED_EFFECTIVE.exec(text)) {
      const from = Math.max(0, m.index - SNIPPET);
      const date = dateRightBefore(doc, text.slice(from, m.index));
      if (!date) continue;
      const at = block.start + from + date.offset;
      return makeFinding(doc, quoteSpan(doc, i, at), date.iso, 0.85, 'dates/definedEffective');
    }
  }
  return null;
}

/** The written date that ends the snippet (up to a comma or a few spaces before its end). */
function dateRightBefore(doc: Doc, snippet: string): { iso: string; offset: number } | null {
  if (!/\d/.test(snippet)) return null;
  // "… as of the 1st day of July, 2025 (the "Effective Date")": the contract's ordinal day, which chrono does not read.
  const dayOf = DAY_OF_MONTH_AT_END.exec(snippet);
  if (dayOf) {
    const read = isoOfDayMatch(dayOf);
    return read ? { iso: read.iso, offset: dayOf.index } : null;
  }
  const results = parserFor(doc, snippet).parse(snippet, REFERENCE);
  const r = results[results.length - 1];
  if (!r) return null;
  const tail = snippet.slice(r.index + r.text.length);
  if (!/^[\s,]{0,3}$/.test(tail)) return null;
  const iso = isoOf(r);
  return iso ? { iso, offset: r.index } : null;
}

/** "First ~30 blocks": title, banners, the label lines and the preamble. */
const TOP_BLOCKS = 30;
const BOTTOM_BLOCKS = 5;
/** A label line is short; a huge block is prose where dates mean something else. */
const MAX_BLOCK = 2000;
const SNIPPET = 48;

// Group 1: both labels at once ("Effective and last updated"); 2: effective; 3: updated.
// Starts after any non-letter, so a label in Markdown emphasis ("_Last Updated: …_") is read.
const LABEL =
  /(?<![A-Za-z0-9])(?:((?:effective(?: date)?\s?(?:and|&|\/)\s?(?:last )?(?:updated|revised|modified))|(?:(?:last )?(?:updated|revised|modified)\s?(?:and|&|\/)\s?effective(?: date)?))|(effective(?: date| as of| from| on| since| (?:starting|beginning)(?: on| from)?)?|(?<=^[\s*_#>]{0,4})(?:valid|in force)(?: from| as of| since)|(?:these|this|the)(?: (?!(?:new|updated|revised|amended|modified|changed)\b)[\w-]+)?(?: (?:terms|conditions|agreement|policy|sla|addendum|notice)){1,2}(?: (?:shall|will))? (?:takes?|comes?|becomes?|enters?) (?:effect|into force|into effect|effective)(?: on| from| as of)?|(?:these|this) (?:terms|conditions|agreement|policy)(?: (?:shall|will))? apply from)|((?:last|latest) (?:updated?|modified|revised|revision|changed?|amended|reviewed)(?: date| on)?|(?:date of )?(?:last )?(?:revision|modification|update)(?: date)?|(?:updated|revised|modified|amended)(?: on| as of)?|version dated?(?: on)?))\b/gi;

/** After the label: an optional "Date", a colon or dash or "on", then the date itself. */
const CONNECTOR = /^[\s*_]{0,3}(?:date\b)?[\s*_]{0,2}(?:[:\-–—]|\bon\b|\bas of\b|\bis\b|\bfrom\b)?[\s*_]{0,3}/i;

// Strict English parsers (no "today", "next Friday"), day-first and US order. Either reads a
// date whose order is certain ("23/07/2024", "07/23/2024": month 23 cannot exist, "5 April").
const DAY_FIRST = new chrono.en.Chrono(chrono.en.configuration.createConfiguration(true, true));
const MONTH_FIRST = new chrono.en.Chrono(chrono.en.configuration.createConfiguration(true, false));
const REFERENCE = new Date(2000, 0, 1);

/** "03/04/2025": day and month could swap. */
const AMBIGUOUS_NUMERIC = /\b(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2\d{4}\b/;

/**
 * The parser for a snippet: the page's order when its numbers could swap, null order otherwise. Dots are the
 * day-first writing ("01.09.2025": German, French, Russian, Turkish, Nordic dates); the US order writes slashes, so
 * a dotted date is read day-first unless the page's other dates are month-first.
 */
function parserFor(doc: Doc, snippet: string): chrono.Chrono {
  const m = AMBIGUOUS_NUMERIC.exec(snippet);
  if (!m || m[1] === m[3]) return DAY_FIRST;
  const order = pageDateOrder(doc);
  if (order === null && m[2] === '.') return DAY_FIRST;
  return order === 'month-first' ? MONTH_FIRST : order === 'day-first' ? DAY_FIRST : NO_ORDER;
}

/** A parser that finds nothing: an ambiguous date on a page without cues is left out. */
const NO_ORDER = { parse: () => [] } as unknown as chrono.Chrono;

const orderCache = new WeakMap<Doc, 'day-first' | 'month-first' | null>();
const CUE_CHARS = 50_000;
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\b/g;
const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WRITTEN_US = new RegExp(`\\b(?:${MONTH_NAMES})\\.? \\d{1,2}(?:st|nd|rd|th)?, \\d{4}\\b`, 'gi');
const WRITTEN_DAY_FIRST = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTH_NAMES})\\.?,? \\d{4}\\b`, 'gi');

/**
 * Which order the page writes dates in: numeric dates that can only be read one way
 * ("23/07/2024", "07/23/2024") and written dates ("July 23, 2024" vs "23 July 2024").
 * Null when the page gives no cue or the cues disagree. One bounded pass, cached per Doc.
 */
function pageDateOrder(doc: Doc): 'day-first' | 'month-first' | null {
  if (orderCache.has(doc)) return orderCache.get(doc) ?? null;
  const text = doc.text.slice(0, CUE_CHARS);
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  monthFirst += [...text.matchAll(WRITTEN_US)].length;
  dayFirst += [...text.matchAll(WRITTEN_DAY_FIRST)].length;
  const order = dayFirst > monthFirst ? 'day-first' : monthFirst > dayFirst ? 'month-first' : null;
  orderCache.set(doc, order);
  return order;
}

/**
 * Contract prose writes the day as an ordinal "day of" the month: "effective as of the 1st day of March, 2025", "last
 * revised on the 3rd of November 2025".
 * chrono does not parse it, so it is read here; a day in words ("the fifteenth day of June") stays unread.
 */
const DAY_OF_MONTH_SOURCE = `(?:the\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)?\\s+day|st|nd|rd|th)\\s+of\\s+(${MONTH_NAMES})\\.?,?\\s+(\\d{4})`;
const DAY_OF_MONTH = new RegExp(`^${DAY_OF_MONTH_SOURCE}\\b`, 'i');
/** The same date ending a snippet, before a definition that follows it: "… as of the 1st day of July, 2025 (". */
const DAY_OF_MONTH_AT_END = new RegExp(`${DAY_OF_MONTH_SOURCE}[\\s,]{0,3}$`, 'i');
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "the 1st day of March, 2025" (or "the 3rd of November 2025") as ISO, or null (a day the month does not have, a year outside 1990–2100). */
function dayOfMonth(text: string): { iso: string; length: number } | null {
  const m = DAY_OF_MONTH.exec(text);
  return m ? isoOfDayMatch(m) : null;
}
/** The ISO date of a DAY_OF_MONTH_SOURCE match (groups: day, month name, year), with the match's length. */
function isoOfDayMatch(m: RegExpExecArray): { iso: string; length: number } | null {
  const month = MONTH_INDEX.indexOf((m[2] as string).slice(0, 3).toLowerCase()) + 1;
  const iso = isoDate(Number(m[3]), month, Number(m[1]));
  return iso ? { iso, length: m[0].length } : null;
}

/** The date at the start of the snippet (after its connector): ISO, and where it starts and ends in the snippet. */
function dateRightAfter(doc: Doc, snippet: string): { iso: string; offset: number; end: number } | null {
  const lead = CONNECTOR.exec(snippet)?.[0].length ?? 0;
  const dayOf = dayOfMonth(snippet.slice(lead));
  if (dayOf) return { iso: dayOf.iso, offset: lead, end: lead + dayOf.length };
  // Markdown emphasis ("2024_", "*2024*") hides the date's word boundary; spaces keep offsets.
  const rest = snippet.slice(lead).replace(/[_*]/g, ' ');
  if (!/\d/.test(rest)) return null;
  const results = parserFor(doc, rest).parse(rest, REFERENCE);
  const r = results[0];
  if (!r || r.index > 2) return null;
  const iso = isoOf(r);
  return iso ? { iso, offset: lead + r.index, end: lead + r.index + r.text.length } : null;
}

/** A date written in full ("15 September 2024", "12/03/2025"), as ISO; null otherwise. */
function isoOf(r: chrono.ParsedResult): string | null {
  // Written dates only: a year in full or a numeric day/month/year; "2 hours ago" is not one.
  // A two-digit year ("01-12-31") could be read three ways: only full years are dates here.
  if (!/\d{4}/.test(r.text) || /\b(?:ago|later|from now)\b/i.test(r.text)) return null;
  const s = r.start;
  // A date the text does not state in full is not a date we report ("March 2025", "20 March").
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  const year = s.get('year');
  const month = s.get('month');
  const day = s.get('day');
  if (year === null || month === null || day === null || year < 1990 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The sentence holding the date, or its block. */
function quoteSpan(doc: Doc, blockIndex: number, at: number): Span {
  for (const s of doc.sentences) {
    if (s.block > blockIndex) break;
    if (s.block === blockIndex && s.start <= at && at < s.end) return s;
  }
  const b = doc.blocks[blockIndex] as Span;
  return { start: b.start, end: b.end };
}
