import * as chrono from 'chrono-node';
import type { Doc, Span } from './common/doc';
import { makeFinding } from './common/finding';
import type { Finding } from './types';

/**
 * The document's effective and last-updated dates, read only right after a label
 * ("Effective Date:", "Last Updated:", "Latest update:", "Revised on") near the top of
 * the document (or in its last few blocks, where many policies put "Last updated").
 * Other dates in the text say when something happens, not when the document changed.
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
    if (!/effective|updat|revis|modif|chang|version|amended|reviewed/i.test(text)) continue;
    const confidence = i < TOP_BLOCKS ? 0.9 : 0.7;
    LABEL.lastIndex = 0;
    for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
      const both = m[1] !== undefined;
      const isEffective = both || m[2] !== undefined;
      const isUpdated = both || m[3] !== undefined;
      if ((!isEffective || effective) && (!isUpdated || updated)) continue;
      const after = m.index + m[0].length;
      const date = dateRightAfter(text.slice(after, after + SNIPPET));
      if (!date) continue;
      const at = block.start + after + date.offset;
      const finding = makeFinding(doc, quoteSpan(doc, i, at), date.iso, confidence);
      if (isEffective && !effective) effective = finding;
      if (isUpdated && !updated) updated = finding;
    }
  }
  if (!effective) effective = definedEffectiveDate(doc);
  return { effective, updated };
}

/** `(the "Effective Date")` right after a date: the agreement's preamble defines it. */
const DEFINED_EFFECTIVE = /\(\s{0,2}(?:the|this)?\s{0,2}["“”'‘’]{0,2}effective\s{1,3}date["“”'‘’]{0,2}\s{0,2}\)/gi;

/** "… entered into as of 15 September 2024 (the "Effective Date") …", near the top. */
function definedEffectiveDate(doc: Doc): Finding<string> | null {
  const n = Math.min(doc.blocks.length, TOP_BLOCKS);
  for (let i = 0; i < n; i++) {
    const block = doc.blocks[i] as Span;
    if (block.end - block.start > MAX_BLOCK) continue;
    const text = doc.text.slice(block.start, block.end);
    if (!/effective\s{1,3}date/i.test(text)) continue;
    DEFINED_EFFECTIVE.lastIndex = 0;
    for (let m = DEFINED_EFFECTIVE.exec(text); m !== null; m = DEFINED_EFFECTIVE.exec(text)) {
      const from = Math.max(0, m.index - SNIPPET);
      const date = dateRightBefore(text.slice(from, m.index));
      if (!date) continue;
      const at = block.start + from + date.offset;
      return makeFinding(doc, quoteSpan(doc, i, at), date.iso, 0.85);
    }
  }
  return null;
}

/** The written date that ends the snippet (up to a comma or a few spaces before its end). */
function dateRightBefore(snippet: string): { iso: string; offset: number } | null {
  if (!/\d/.test(snippet)) return null;
  const results = parser.parse(snippet, REFERENCE);
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
const LABEL =
  /\b(?:((?:effective(?: date)?\s?(?:and|&|\/)\s?(?:last )?(?:updated|revised|modified))|(?:(?:last )?(?:updated|revised|modified)\s?(?:and|&|\/)\s?effective(?: date)?))|(effective(?: date| as of| from| on| since)?)|((?:last|latest) (?:updated?|modified|revised|revision|changed?|amended|reviewed)(?: date| on)?|(?:date of )?(?:last )?(?:revision|modification|update)(?: date)?|(?:updated|revised|modified|amended)(?: on| as of)?|version date))\b/gi;

/** After the label: an optional "Date", a colon or dash or "on", then the date itself. */
const CONNECTOR = /^[\s*_]{0,3}(?:date\b)?[\s*_]{0,2}(?:[:\-–—]|\bon\b|\bas of\b|\bis\b|\bfrom\b)?[\s*_]{0,3}/i;

// Strict English parser, day-first ("23/07/2024" is 23 July; "07/23/2024" still reads as
// 23 July because month 23 cannot exist). Strict: no "today", "next Friday".
const parser = new chrono.en.Chrono(chrono.en.configuration.createConfiguration(true, true));
const REFERENCE = new Date(2000, 0, 1);

function dateRightAfter(snippet: string): { iso: string; offset: number } | null {
  const lead = CONNECTOR.exec(snippet)?.[0].length ?? 0;
  const rest = snippet.slice(lead);
  if (!/\d/.test(rest)) return null;
  const results = parser.parse(rest, REFERENCE);
  const r = results[0];
  if (!r || r.index > 2) return null;
  const iso = isoOf(r);
  return iso ? { iso, offset: lead + r.index } : null;
}

/** A date written in full ("15 September 2024", "12/03/2025"), as ISO; null otherwise. */
function isoOf(r: chrono.ParsedResult): string | null {
  // Written dates only: a year in full or a numeric day/month/year; "2 hours ago" is not one.
  if (!/\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/.test(r.text) || /\b(?:ago|later|from now)\b/i.test(r.text)) return null;
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
