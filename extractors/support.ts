import type { Block, Doc, Sentence, Span } from './common/doc';
import { type DurationMatch, findDurations } from './common/durations';
import { makeFinding } from './common/finding';
import type { Duration, Finding, SupportTarget } from './types';

/**
 * First-response targets per priority: from support tables ("Priority | Definition |
 * First Response | Target Resolution", the response column only), from tables flattened
 * into lines ("Critical 1 hour within Business Day 4 hours …" under a header naming the
 * columns), and from sentences ("Critical: initial response within 1 business hour; Major:
 * 1 business day", "for urgent issues we will respond within 2 hours"). Minutes are not a
 * schema unit, so "30 minutes" is skipped rather than converted. Resolution, update and
 * restoration targets, support hours and ticket statistics are not first responses.
 */

const RESPONSE = /respon[ds]|respond|acknowledg|\breply\b|\breaction\b|initial contact|get back to/i;
/** Labels of time columns or clauses that are not the first response. */
const OTHER_TIME = /resol|restor|\bfix|workaround|remed|\bupdates?\b|escalat|\bclos(?:e|ure)|\bcomplet|\brepair/i;
const TIME_LABELS =
  /respon\w*|acknowledg\w*|\breply\b|reaction|resol\w*|restor\w*|\bfix\w*|workaround|\bupdates?\b|escalat\w*/gi;

const PRIORITY_COLUMN =
  /priority|severity|\bsev\b|urgency|impact|classification|(?:incident|issue|ticket|problem|defect|case)\s(?:level|type|class|category)/i;

/** A priority named in prose. Adjectives need a noun or a label colon after them. */
const PRIORITY_WORD =
  '(?:(?:priority|severity|sev|p|s)\\s?-?\\s?(?:level\\s?)?[1-5]\\b(?:\\s?\\((?:critical|urgent|high|medium|normal|low|major|minor)\\))?|(?:critical|urgent|emergency|blocker|high|medium|moderate|normal|low|major|minor|severe)(?:\\s?\\((?:p|s|sev\\s?|severity\\s|priority\\s)[1-5]\\))?)';
const PRIORITY_IN_PROSE = new RegExp(
  `\\b(${PRIORITY_WORD})(?:(?:\\s|-)(?:priority|severity|impact|urgency))?(?=(?:\\s|-)(?:support\\s|technical\\s|service\\s)?(?:issues?|incidents?|tickets?|requests?|cases?|problems?|defects?|bugs?|errors?|outages?|matters?|calls?)\\b|\\s?:)`,
  'gi',
);
const PRIORITY_LABEL = new RegExp(`^${PRIORITY_WORD}`, 'i');

/** Priorities that need no noun: "P1", "Severity 1", "urgent", "critical". */
const PRIORITY_STANDALONE =
  /\b(?:(?:priority|severity|sev|p|s)\s?-?\s?(?:level\s?)?[1-5]|critical|urgent|emergency)\b/gi;
/** A segment that starts with a priority label: "Major: 1 business day", "Severity 2 – 4 hours". */
const LABEL_AT_START = new RegExp(
  `^\\s?(?:and\\s|or\\s)?(${PRIORITY_WORD}(?:(?:\\s|-)(?:priority|severity|impact|issues?|incidents?))?(?:\\s?\\([A-Za-z][\\w /-]{0,24}\\))?)\\s?(?::|–|—|-|=)\\s?`,
  'i',
);

const STATISTIC =
  /%|per\s?cent|\baverage|\bmedian|\bon average|\btypically\b|\busually\b|historically|last (?:year|month|quarter)/i;

function cellText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end).trim();
}

/**
 * The response duration in a cell or clause, or null: a compound "1 hour and 30 minutes" is skipped, "1 hour within
 * Business Day" is business time, "24 hours a day" is availability.
 */
function responseDuration(text: string, d: DurationMatch): Duration | null {
  const after = text.slice(d.end, d.end + 40);
  // "1 hour and 30 minutes": a compound we don't add up.
  if (/^\s?(?:and\s)?(?:\d{1,3}\s?)?(?:minutes?|mins?)\b/i.test(after)) return null;
  if (/^\s?(?:a|per|each|\/)\s?(?:day|week)|^\s?[x×/]\s?7|^\s?,?\s?(?:7|seven) days/i.test(after)) return null;
  let unit = d.unit;
  if (/^\s?[(,]?\s?(?:within|during|in)\s(?:normal\s|local\s|regular\s)?business\s(?:days?|hours?)\b/i.test(after)) {
    if (unit === 'hours') unit = 'business-hours';
    else if (unit === 'days') unit = 'business-days';
  }
  return { amount: d.amount, unit };
}

function firstResponseIn(text: string): Duration | null {
  if (/^\W{0,3}(?:by\s|within\s)?(?:the\s)?next business day\b/i.test(text))
    return { amount: 1, unit: 'business-days' };
  for (const d of findDurations(text)) {
    const r = responseDuration(text, d);
    if (r) return r;
    // The first figure is not a response target ("24 hours a day"): the cell has none.
    return null;
  }
  return null;
}

function isLabel(text: string): boolean {
  return text.length > 0 && text.length <= 60 && findDurations(text).length === 0 && !/\d{2,}\s?%/.test(text);
}

function cleanPriority(text: string): string | null {
  const t = text
    .replace(/^[\s\-–—•*]+|[\s:–—\-*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.length > 60) return null;
  if (!/[a-z]/i.test(t)) return null;
  return t;
}

/** Grid tables (HTML or "a | b | c" lines) whose header names a response column. */
function fromGridTables(doc: Doc): Finding<SupportTarget>[][] {
  const tables: Finding<SupportTarget>[][] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const header = doc.blocks[i]!;
    if (header.kind !== 'table-row' || !header.cells || header.cells.length < 2) continue;
    const labels = header.cells.map((c) => cellText(doc, c));
    if (!labels.every((l) => l === '' || isLabel(l)) || labels.every((l) => l === '')) continue;
    const responseCol = labels.findIndex((l) => RESPONSE.test(l) && !OTHER_TIME.test(l.replace(RESPONSE, '')));
    if (responseCol >= 0) {
      let priorityCol = labels.findIndex((l, k) => k !== responseCol && PRIORITY_COLUMN.test(l) && !RESPONSE.test(l));
      // Without a priority header the first column must name priorities, not plans ("Standard", "Premium").
      const labelsMustLookLikePriorities = priorityCol < 0;
      if (priorityCol < 0) priorityCol = responseCol === 0 ? -1 : 0;
      if (priorityCol < 0) continue;
      const found: Finding<SupportTarget>[] = [];
      let j = i + 1;
      for (; j < doc.blocks.length; j++) {
        const row = doc.blocks[j]!;
        if (row.kind !== 'table-row' || !row.cells) break;
        const cells = row.cells.map((c) => cellText(doc, c));
        if (cells.every(isLabel) && cells.some((c) => RESPONSE.test(c))) break; // the next table's header
        const priority = cleanPriority(cells[priorityCol] ?? '');
        if (labelsMustLookLikePriorities && !PRIORITY_LABEL.test(priority ?? '')) continue;
        const firstResponse = firstResponseIn(cells[responseCol] ?? '');
        if (!priority || !firstResponse || priority.length > 60) continue;
        found.push(makeFinding(doc, row, { priority, firstResponse }, 0.9));
      }
      if (found.length > 0) tables.push(found);
      i = j - 1;
      continue;
    }
    // Transposed: "Severity | Sev 1 | Sev 2" then a row "Initial response | 1 hour | 4 hours".
    const priorityHeads = labels.slice(1);
    if (!priorityHeads.every((l) => PRIORITY_LABEL.test(l))) continue;
    for (let j = i + 1; j < doc.blocks.length && j <= i + 10; j++) {
      const row = doc.blocks[j]!;
      if (row.kind !== 'table-row' || !row.cells) break;
      const cells = row.cells.map((c) => cellText(doc, c));
      const label = cells[0] ?? '';
      if (!RESPONSE.test(label) || OTHER_TIME.test(label.replace(RESPONSE, ''))) continue;
      const found: Finding<SupportTarget>[] = [];
      priorityHeads.forEach((head, k) => {
        const firstResponse = firstResponseIn(cells[k + 1] ?? '');
        const priority = cleanPriority(head);
        if (firstResponse && priority) found.push(makeFinding(doc, row, { priority, firstResponse }, 0.8));
      });
      if (found.length > 0) tables.push(found);
      break;
    }
  }
  return tables;
}

/** A header line of a table flattened into text: "Priority Initial Response Progress Update Resolution". */
function flattenedHeader(doc: Doc, block: Block): number | null {
  if (block.kind === 'table-row') return null;
  const text = doc.text.slice(block.start, block.end);
  if (text.length > 160 || /[.;]\s|\d/.test(text)) return null;
  if (!/priority|severity|\bsev\b|urgency/i.test(text) || !RESPONSE.test(text)) return null;
  const labels = text.match(TIME_LABELS) ?? [];
  // Adjacent labels of the same column ("Response Time and Progress Update" counts per column).
  const index = labels.findIndex((l) => RESPONSE.test(l));
  return index >= 0 ? index : null;
}

function fromFlattenedTables(doc: Doc): Finding<SupportTarget>[][] {
  const tables: Finding<SupportTarget>[][] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const column = flattenedHeader(doc, doc.blocks[i]!);
    if (column === null) continue;
    const found: Finding<SupportTarget>[] = [];
    let j = i + 1;
    for (; j < doc.blocks.length && j <= i + 12; j++) {
      const row = doc.blocks[j]!;
      if (row.kind === 'table-row' || row.kind === 'heading') break;
      const text = doc.text.slice(row.start, row.end);
      if (text.length > 400) break;
      const durations = findDurations(text);
      const first = durations[0];
      if (!first) break;
      const priority = cleanPriority(text.slice(0, first.start));
      if (!priority || priority.split(' ').length > 5 || /[.;]/.test(priority)) break;
      const d = durations[column];
      const firstResponse = d ? responseDuration(text, d) : null;
      if (!firstResponse) continue;
      found.push(makeFinding(doc, row, { priority, firstResponse }, 0.75));
    }
    if (found.length > 0) tables.push(found);
    i = j - 1;
  }
  return tables;
}

/** The nearest time keyword before `at` says whether a duration is a response target. */
function inResponseContext(text: string, at: number, fallback: boolean): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  let last: 'response' | 'other' | null = null;
  let lastAt = -1;
  const scan = (re: RegExp, kind: 'response' | 'other') => {
    const g = new RegExp(re.source, 'gi');
    for (let m = g.exec(before); m !== null; m = g.exec(before)) {
      if (m.index >= lastAt) {
        last = kind;
        lastAt = m.index;
      }
    }
  };
  scan(RESPONSE, 'response');
  scan(OTHER_TIME, 'other');
  if (last === null) return fallback;
  return last === 'response';
}

function fromSentence(doc: Doc, sentence: Sentence): Finding<SupportTarget>[] {
  const text = sentence.text;
  if (!RESPONSE.test(text) || STATISTIC.test(text)) return [];
  const durations = findDurations(text);
  if (durations.length === 0) return [];
  const out: Finding<SupportTarget>[] = [];
  const seen = new Set<string>();
  const push = (priority: string | null, firstResponse: Duration | null, confidence: number) => {
    if (!priority || !firstResponse) return;
    const key = priority.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    out.push(makeFinding(doc, sentence, { priority, firstResponse }, confidence));
  };
  // Segments led by a label: "Critical: initial response within 1 business hour; Major: 1 business day".
  const segments: { start: number; text: string }[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (
      k === text.length ||
      text[k] === ';' ||
      ((text[k] === ',' || text[k] === ':') && LABEL_AT_START.test(text.slice(k + 1, k + 60)))
    ) {
      segments.push({ start: from, text: text.slice(from, k) });
      from = k + 1;
    }
  }
  const responseSentence = !OTHER_TIME.test(text.replace(/\b(?:response|respond)\b/gi, ''));
  let labelled = 0;
  for (const seg of segments) {
    const label = LABEL_AT_START.exec(seg.text);
    if (!label) continue;
    labelled++;
    const d = findDurations(seg.text)[0];
    if (!d) continue;
    if (!inResponseContext(text, seg.start + d.start, responseSentence)) continue;
    push(cleanPriority(label[1] as string), responseDuration(seg.text, d), 0.75);
  }
  if (labelled > 0) return out;
  // Inline: "for urgent issues we will respond within 2 hours", "P1 tickets within 1 hour and P2 within 4 hours".
  const priorities: { text: string; start: number; end: number }[] = [];
  for (const re of [PRIORITY_IN_PROSE, PRIORITY_STANDALONE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const word = (m[1] ?? m[0]) as string;
      if (!priorities.some((p) => p.start <= start && start < p.end)) {
        priorities.push({ text: word, start, end: start + word.length });
      }
    }
  }
  if (priorities.length === 0) return out;
  priorities.sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  for (const d of durations) {
    if (!inResponseContext(text, d.start, false)) continue;
    // The nearest unused priority before the duration in the same clause, else right after it.
    let pick: number | null = null;
    for (let k = priorities.length - 1; k >= 0; k--) {
      const p = priorities[k]!;
      if (p.end <= d.start && !used.has(k) && d.start - p.end <= 120 && !/[;]/.test(text.slice(p.end, d.start))) {
        pick = k;
        break;
      }
    }
    if (pick === null) {
      const k = priorities.findIndex((p, idx) => !used.has(idx) && p.start >= d.end && p.start - d.end <= 60);
      if (k >= 0) pick = k;
    }
    if (pick === null) continue;
    used.add(pick);
    push(cleanPriority(priorities[pick]!.text), responseDuration(text, d), 0.7);
  }
  return out;
}

/**
 * A short paragraph led by a priority label whose response target is in a later sentence:
 * "Severity 2 (Major): Significant degradation. Initial response within two (2) hours."
 */
function fromLabelledBlock(doc: Doc, block: Block): Finding<SupportTarget> | null {
  if (block.kind === 'table-row' || block.kind === 'heading' || block.end - block.start > 400) return null;
  const text = doc.text.slice(block.start, block.end);
  const label = LABEL_AT_START.exec(text);
  if (!label) return null;
  const priority = cleanPriority(label[1] as string);
  const rest = text.slice(label[0].length);
  // Each later sentence of the paragraph: the first response target, if one is stated.
  for (const sentence of rest.split(/(?<=[.!?])\s+/)) {
    if (!RESPONSE.test(sentence) || STATISTIC.test(sentence)) continue;
    const d = findDurations(sentence)[0];
    if (!d || !inResponseContext(sentence, d.start, false)) return null;
    const firstResponse = responseDuration(sentence, d);
    return priority && firstResponse ? makeFinding(doc, block, { priority, firstResponse }, 0.7) : null;
  }
  return null;
}

export function extractSupport(doc: Doc): Finding<SupportTarget>[] {
  const grid = fromGridTables(doc);
  if (grid.length > 0) return grid[0]!;
  const flat = fromFlattenedTables(doc);
  if (flat.length > 0) return flat[0]!;
  const out: Finding<SupportTarget>[] = [];
  const seen = new Set<string>();
  const labelledBlocks = new Set<number>();
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    if (!block || block.kind === 'table-row') continue;
    if (!labelledBlocks.has(s.block)) {
      labelledBlocks.add(s.block);
      const f = fromLabelledBlock(doc, block);
      const key = f?.value.priority.toLowerCase();
      if (f && key && !seen.has(key)) {
        seen.add(key);
        out.push(f);
      }
    }
    for (const f of fromSentence(doc, s)) {
      const key = f.value.priority.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
