import type { Block, Doc, Span } from './common/doc';
import { makeFinding } from './common/finding';
import { findPercents, type PercentMatch } from './common/percent';
import type { CreditTier, Finding, ServiceCredits, Uptime } from './types';
import { findUptimeCommitment, periodNear } from './uptime';

/**
 * Service-credit tiers, from a credit table ("Monthly Uptime Percentage | Service Credit"),
 * a shortfall table ("Monthly Uptime Shortfall | Credit": bands below the commitment,
 * converted into uptime thresholds) or sentences ("if availability falls below 99.5%,
 * a credit of 10% of the monthly fees; below 99.0%, 20%").
 */

/** A credit table (or run of credit sentences) as found, before the card's choice. */
export interface CreditSource {
  tiers: CreditTier[];
  span: Span;
  /** The first column held uptime values (not shortfalls below a commitment). */
  absolute: boolean;
  /** Measurement window named by the table header, if any. */
  period: Uptime['period'];
  confidence: number;
}

const UPTIME_LABEL = /up-?\s?time|availab|service level|shortfall|downtime|unavailab|\bSLA\b|\bSLO\b|performance/i;
const SHORTFALL_LABEL = /shortfall|downtime|unavailab|deficit|below (?:the )?(?:target|commitment|sla|service level)/i;
const CREDIT_LABEL = /credit|discount|refund|rebate|compensation|fee reduction/i;
const CREDIT_WORDS = /credit|refund|discount|rebate|(?:price|fee)\s(?:reduction|abatement)/i;

const NUM = '(\\d{1,3}(?:[.,]\\d{1,4})?)';
const BELOW_WORDS = 'less than|lower than|fewer than|below|under|short of|<|≤|=<|<=';
const ABOVE_WORDS =
  'at least|greater than or equal to|equal to or (?:greater|higher|more) than|more than|greater than|higher than|above|over|≥|>=|=>|>';

const NUMBER_IN_CELL = new RegExp(`(?<![\\d.,])${NUM}(?![\\d])\\s?(%|percent|per\\s?cent)?`, 'gi');
const BELOW_BEFORE = new RegExp(`(?:${BELOW_WORDS})\\s?(?:to\\s)?$`, 'i');
const ABOVE_BEFORE = new RegExp(`(?:${ABOVE_WORDS})\\s?(?:to\\s)?$`, 'i');
const ABOVE_AFTER = /^\s?%?\s?(?:\+|(?:or|and) (?:above|higher|more|greater|over))/i;
const BELOW_AFTER = /^\s?%?\s?(?:or|and) (?:below|lower|less|under)/i;

interface Band {
  lo: number | null;
  hi: number | null;
  decimals: number;
  end: number;
}

function decimalsOf(figure: string): number {
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
      if (!/^\s?(?:-|–|—|to|and|but)\s/i.test(`${next} `.replace(/^\s?(?:-|–|—)(?=\S)/, '- '))) break;
    }
    if (numbers.length > 2) return null;
  }
  if (numbers.length === 0 || numbers.length > 2) return null;
  if (prefixOnly) {
    // Only a comparator may precede the band.
    const lead = source.slice(0, numbers[0]!.start).trim();
    if (lead && !new RegExp(`^(?:between|${BELOW_WORDS}|${ABOVE_WORDS})$`, 'i').test(lead)) return null;
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
function parseCredit(text: string, headerSaysPercent: boolean): number | null {
  const percents = findPercents(text);
  if (percents.length > 0) {
    const p = percents[0]!;
    return p.value >= 0 && p.value <= 100 ? p.value : null;
  }
  if (!headerSaysPercent) return null;
  const m = /^\s?(?:up to\s)?(\d{1,3}(?:\.\d{1,2})?)\s?$/i.exec(text);
  if (!m) return null;
  const v = Number(m[1]);
  return v >= 0 && v <= 100 ? v : null;
}

function round(v: number): number {
  return Math.round(v * 10000) / 10000;
}

interface RawTier {
  lo: number | null;
  hi: number | null;
  credit: number;
}

/** Turns bands (uptime or shortfall) into ordered tiers whose boundaries meet. */
function toTiers(raw: RawTier[], decimals: number, commitment: number | null): CreditTier[] | null {
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
  shortfall: boolean;
  creditPercentHeader: boolean;
  period: Uptime['period'];
}

function readHeader(doc: Doc, block: Block): Header | null {
  const text = blockText(doc, block);
  if (text.length > 220 || !CREDIT_LABEL.test(text) || !UPTIME_LABEL.test(text)) return null;
  if (findPercents(text).length > 0 || /\d{2}\.\d/.test(text)) return null;
  const period = periodNear(text, 0);
  if (block.kind === 'table-row' && block.cells && block.cells.length >= 2) {
    const cells = block.cells.map((c) => blockText(doc, c));
    const creditCol = cells.findIndex((c) => CREDIT_LABEL.test(c));
    const uptimeCol = cells.findIndex((c, i) => i !== creditCol && UPTIME_LABEL.test(c) && !CREDIT_LABEL.test(c));
    if (creditCol < 0 || uptimeCol < 0) return null;
    const label = cells[uptimeCol] as string;
    return {
      uptimeCol,
      creditCol,
      shortfall: SHORTFALL_LABEL.test(label),
      creditPercentHeader: /%|percent/i.test(cells[creditCol] as string),
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
  return { uptimeCol: -1, creditCol: -1, shortfall, creditPercentHeader: false, period };
}

interface TableRead {
  raw: RawTier[];
  decimals: number;
  start: number;
  end: number;
  header: Header;
  headerIndex: number;
}

function readTable(doc: Doc, headerIndex: number, header: Header): TableRead | null {
  const raw: RawTier[] = [];
  let decimals = 0;
  let end = -1;
  for (let i = headerIndex + 1; i < doc.blocks.length && i <= headerIndex + 15; i++) {
    const block = doc.blocks[i]!;
    let band: Band | null = null;
    let credit: number | null = null;
    if (header.uptimeCol >= 0) {
      if (block.kind !== 'table-row' || !block.cells) break;
      const cells = block.cells.map((c) => blockText(doc, c));
      const bandCell = cells[header.uptimeCol];
      const creditCell = cells[header.creditCol];
      if (bandCell === undefined || creditCell === undefined) break;
      band = parseBand(bandCell, false);
      credit = parseCredit(creditCell, header.creditPercentHeader);
    } else {
      const text = blockText(doc, block);
      if (text.length > 220) break;
      band = parseBand(text, true);
      if (band) {
        // The credit is the last percentage of the row, after the band (and any downtime column).
        const rest = findPercents(text.slice(band.end));
        const last = rest[rest.length - 1];
        if (last && last.value >= 0 && last.value <= 100) credit = last.value;
      }
    }
    if (!band || credit === null) {
      if (raw.length === 0 && i === headerIndex + 1 && block.kind !== 'table-row') continue;
      break;
    }
    end = block.end;
    // "99.9% or higher | 0%": the no-credit band is not a tier.
    if (credit === 0) continue;
    raw.push({ lo: band.lo, hi: band.hi, credit });
    decimals = Math.max(decimals, band.decimals);
  }
  if (raw.length === 0) return null;
  return { raw, decimals, start: doc.blocks[headerIndex]!.start, end, header, headerIndex };
}

/** A commitment the shortfall is measured from: the explicit one, or "falls below 99%" just before the table. */
function shortfallCommitment(doc: Doc, table: TableRead, explicit: () => number | null): number | null {
  const stated = explicit();
  if (stated !== null) return stated;
  for (let i = table.headerIndex - 1; i >= 0 && i >= table.headerIndex - 3; i--) {
    const text = blockText(doc, doc.blocks[i]!);
    const m =
      /(?:below|less than|under|short of|fails? to (?:meet|maintain|achieve))\s?(?:the\s)?(\d{2,3}(?:\.\d{1,4})?)\s?%/i.exec(
        text,
      );
    if (m && /up-?\s?time|availab/i.test(text)) return Number(m[1]);
  }
  return null;
}

/** Every credit table in the document, in order. */
export function findCreditTables(doc: Doc, commitment?: () => number | null): CreditSource[] {
  const out: CreditSource[] = [];
  let memo: { value: number | null } | null = null;
  const explicit = () => {
    if (!memo) memo = { value: commitment ? commitment() : (findUptimeCommitment(doc)?.value.percent ?? null) };
    return memo.value;
  };
  for (let i = 0; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.end - block.start > 220) continue;
    const header = readHeader(doc, block);
    if (!header) continue;
    const table = readTable(doc, i, header);
    if (!table) continue;
    let confidence = header.uptimeCol >= 0 ? 0.9 : 0.75;
    let base: number | null = null;
    if (header.shortfall) {
      base = shortfallCommitment(doc, table, explicit);
      if (base === null) continue;
      confidence -= 0.1;
    }
    const tiers = toTiers(table.raw, table.decimals, base);
    if (!tiers || tiers.length === 0) continue;
    out.push({
      tiers,
      span: { start: table.start, end: table.end },
      absolute: !header.shortfall,
      period: header.period,
      confidence,
    });
    i = table.headerIndex + table.raw.length;
  }
  return out;
}

// Sentences: "below 99.5%, a credit of 10%; below 99.0%, 20%".
const THRESHOLD_BEFORE = new RegExp(
  `(?:${BELOW_WORDS}|between|fails? to (?:meet|maintain|achieve)|(?:does|do|did) not (?:meet|maintain|achieve))[^.;%]{0,30}$`,
  'i',
);
const LOWER_EDGE_BEFORE = new RegExp(`(?:${ABOVE_WORDS}|and|[-–])\\s?(?:to\\s)?$`, 'i');
const CREDIT_BEFORE = /(?:credit|refund|discount|rebate|receive|entitled to|equal to|equivalent to)[^.;%]{0,40}$/i;
const FEES_AFTER =
  /^\s?(?:of\s(?:the\s|your\s|its\s|their\s|that\s|such\s)?(?:[a-z'’]+\s){0,3}(?:fees?|charges?|invoice|bill|subscription|price|amount)|(?:service\s)?credit|discount|refund)/i;
const CEILING_BEFORE =
  /(?:exceed|maximum|max\.?|up to|capped at|cap of|no more than|not more than|limited to)[^.;%]{0,30}$/i;

const PER_UNIT =
  /\bfor (?:each|every)\b|\bper (?:hour|day|minute|incident|outage)\b|\beach (?:hour|full|additional)\b/i;

interface Marked {
  p: PercentMatch;
  type: 'threshold' | 'lower' | 'credit';
}

function sentenceTiers(text: string): RawTier[] {
  const percents = findPercents(text);
  if (percents.length < 2) return [];
  const marked: Marked[] = [];
  for (const p of percents) {
    const before = text.slice(Math.max(0, p.start - 60), p.start);
    const after = text.slice(p.end, p.end + 60);
    const prev = marked[marked.length - 1];
    if (p.value >= 80 && p.value < 100 && THRESHOLD_BEFORE.test(before.slice(-45))) {
      marked.push({ p, type: 'threshold' });
    } else if (
      p.value >= 80 &&
      p.value < 100 &&
      prev?.type === 'threshold' &&
      LOWER_EDGE_BEFORE.test(text.slice(prev.p.end, p.start).slice(-25)) &&
      text.slice(prev.p.end, p.start).length < 40
    ) {
      marked.push({ p, type: 'lower' });
    } else if (CEILING_BEFORE.test(before.slice(-40))) {
    } else if (
      CREDIT_BEFORE.test(before) ||
      FEES_AFTER.test(after) ||
      (prev &&
        prev.type !== 'credit' &&
        /^\s?(?:[,:–-]|=|→|->)?\s?(?:and\s|or\s)?(?:a\s|then\s)?$/i.test(text.slice(prev.p.end, p.start)) &&
        text.slice(prev.p.end, p.start).trim() !== '')
    ) {
      if (p.value > 0 && p.value <= 100) marked.push({ p, type: 'credit' });
    }
  }
  const out: RawTier[] = [];
  const creditFirst = marked[0]?.type === 'credit';
  let band: { lo: number | null; hi: number | null } | null = null;
  let pendingCredit: number | null = null;
  for (const m of marked) {
    if (m.type === 'threshold') {
      if (creditFirst && pendingCredit !== null) {
        out.push({ lo: null, hi: m.p.value, credit: pendingCredit });
        pendingCredit = null;
        band = null;
      } else band = { lo: null, hi: m.p.value };
    } else if (m.type === 'lower') {
      if (band && band.hi !== null) {
        band.lo = Math.min(band.hi, m.p.value);
        band.hi = Math.max(band.hi, m.p.value);
      } else if (creditFirst && out.length > 0) {
        const last = out[out.length - 1]!;
        if (last.hi !== null && m.p.value < last.hi) last.lo = m.p.value;
      }
    } else if (creditFirst) {
      pendingCredit = m.p.value;
    } else if (band) {
      out.push({ lo: band.lo, hi: band.hi, credit: m.p.value });
      band = null;
    }
  }
  return out;
}

/**
 * The lead-in of a list the sentence belongs to ("… a Service Credit equal to:"): the nearest
 * earlier sentence of the same section ending in ":", across items ending in ";", "," or "and/or".
 */
function leadIn(doc: Doc, index: number): string {
  const own = doc.sentences[index];
  if (!own) return '';
  for (let j = index - 1, steps = 0; j >= 0 && steps < 8; j--, steps++) {
    const s = doc.sentences[j];
    if (!s || s.heading !== own.heading) return '';
    const t = s.text.trimEnd();
    if (t.endsWith(':')) return t;
    if (!/[;,]$|\bor$|\band$/i.test(t)) return '';
  }
  return '';
}

/** Tiers written in sentences; a run of neighbouring sentences (list items) counts as one source. */
export function findCreditSentences(doc: Doc): CreditSource[] {
  const out: CreditSource[] = [];
  let run: { raw: RawTier[]; start: number; end: number; last: number; decimals: number } | null = null;
  const flush = () => {
    if (run && run.raw.length > 0) {
      const tiers = toTiers(run.raw, run.decimals, null);
      if (tiers && tiers.length > 0) {
        out.push({
          tiers,
          span: { start: run.start, end: run.end },
          absolute: true,
          period: null,
          confidence: 0.75,
        });
      }
    }
    run = null;
  };
  doc.sentences.forEach((s, index) => {
    if (doc.blocks[s.block]?.kind === 'table-row') return;
    if (!/%|per\s?cent/i.test(s.text)) return;
    if (!CREDIT_WORDS.test(s.text) && !CREDIT_WORDS.test(leadIn(doc, index))) return;
    // "5% of the monthly fee for each 30 minutes of downtime" is a rate, not a tier.
    if (PER_UNIT.test(s.text)) return;
    const raw = sentenceTiers(s.text);
    if (raw.length === 0) return;
    const decimals = Math.max(
      1,
      ...findPercents(s.text).map((p) => decimalsOf(p.text.replace(/\s?(?:%|percent|per\s?cent|pct)$/i, ''))),
    );
    if (run && index - run.last <= 2) {
      run.raw.push(...raw);
      run.end = s.end;
      run.last = index;
      run.decimals = Math.max(run.decimals, decimals);
      return;
    }
    flush();
    run = { raw: [...raw], start: s.start, end: s.end, last: index, decimals };
  });
  flush();
  return out;
}

/** "Credits shall not exceed 50% of the monthly fees" → 50; "cannot exceed the monthly fee" → 100. */
export function findCreditCeiling(doc: Doc): number | null {
  for (const s of doc.sentences) {
    if (
      !/credits?\b(?!\s?cards?)/i.test(s.text) ||
      !/exceed|maximum|max\b|capped|cap of|no more than|not more than|limited to/i.test(s.text)
    ) {
      continue;
    }
    const m =
      /(?:not exceed|exceed|maximum(?: of)?|max\.?|capped at|cap of|no more than|not more than|limited to)\s(?:an? |the )?(?:amount |total )?(?:(?:equal|equivalent) to\s)?(?:a\s)?(?:credit of\s)?(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent|per\s?cent)/i.exec(
        s.text,
      );
    if (m) {
      const v = Number(m[1]);
      if (v > 0 && v <= 100) return v;
      continue;
    }
    if (
      /(?:not|never)\s(?:to\s)?exceed\s(?:the\s|one\s|1\s|a\s)?(?:\(1\)\s)?(?:full\s|total\s)?(?:monthly|month's|applicable)\s(?:subscription\s|service\s|recurring\s)?(?:fees?|charges?)/i.test(
        s.text,
      )
    ) {
      return 100;
    }
  }
  return null;
}

export function extractServiceCredits(doc: Doc): Finding<ServiceCredits> | null {
  const tables = findCreditTables(doc);
  const sources = tables.length > 0 ? tables : findCreditSentences(doc);
  const chosen = sources[0];
  if (!chosen) return null;
  let confidence = chosen.confidence;
  const signature = (s: CreditSource) => JSON.stringify(s.tiers);
  if (sources.some((s) => signature(s) !== signature(chosen))) confidence -= 0.2;
  const highest = Math.max(...chosen.tiers.map((t) => t.creditPercent));
  const ceiling = findCreditCeiling(doc);
  const maxCreditPercent = ceiling !== null && ceiling < highest ? ceiling : highest;
  return makeFinding(doc, chosen.span, { tiers: chosen.tiers, maxCreditPercent }, confidence);
}
