import { compactArabic, hasArabic } from './common/arabic';
import { foldArabic, foldDigits, rawStems } from './common/arabic-numbers';
import type { Block, Doc, Sentence, Span } from './common/doc';
import { type DurationMatch, findDurations } from './common/durations';
import { makeFinding } from './common/finding';
import {
  differingPlanSections,
  headingBlockAt,
  leadInOf,
  PLAN_COLUMN,
  PLAN_NOUN,
  sentencesHolding,
} from './common/segment';
import { traceEvent, tracing } from './common/trace';
import type { Duration, Finding, SupportTarget } from './types';

/**
 * First-response targets per priority, read by an ordered list of named rules
 * (`SUPPORT_RULES`, below): support tables ("Priority | Definition | First Response |
 * Target Resolution", the response column only), tables whose columns are plans
 * ("Severity | Standard | Premium" under a "response time" lead-in), transposed and
 * flattened tables, then prose ("Critical: initial response within 1 business hour",
 * "for urgent issues we will respond within 2 hours"). Units stay as written ("15 minutes",
 * "1 business hour", "next business day"). Resolution, update and restoration targets,
 * support hours and ticket statistics are not first responses. Targets that differ by plan
 * are left out (one plan's figure would mislead a buyer on another).
 */

const RESPONSE =
  /respon(?:ses?|ds?|ding|ded)\b|acknowledg|\breply\b|\breaction\b|initial contact|get back to|\banswer(?:s|ed)?\b/i;
/** Literals one of which every RESPONSE match holds (lowercase): the sentences' pre-check. */
const RESPONSE_WORDS = ['respon', 'acknowledg', 'reply', 'reaction', 'initial contact', 'get back to', 'answer'];
/** Labels of time columns or clauses that are not the first response. */
const OTHER_TIME = /resol|restor|\bfix|workaround|remed|\bupdates?\b|escalat|\bclos(?:e|ure)|\bcomplet|\brepair/i;
const TIME_LABELS =
  /respon\w*|acknowledg\w*|\breply\b|reaction|resol\w*|restor\w*|\bfix\w*|workaround|\bupdates?\b|escalat\w*/gi;

const PRIORITY_COLUMN =
  /priority|severity|\bsev\b|urgency|impact|classification|(?:incident|issue|ticket|problem|defect|case)\s(?:level|type|class|category)/i;

const PRIORITY_ADJECTIVE =
  '(?:critical|urgent|emergency|blocker|high|medium|moderate|normal|low|major|minor|severe|serious|significant)';
/**
 * A priority named in prose. Adjectives need a noun or a label colon after them. Spelled-out
 * levels ("Priority One: Emergency", "Severity Urgent") only after "priority"/"severity".
 */
// "Priority A" … "Priority E": the letters UK public-sector schedules grade incidents with.
const PRIORITY_WORD = `(?:(?:priority|severity)\\s(?:level\\s)?[A-E]\\b(?!['’])|(?:priority|severity|sev|p|s)\\s?-?\\s?(?:level\\s?)?[0-5]\\b(?:\\s?\\((?:critical|urgent|high|medium|normal|low|major|minor)\\))?|(?:priority|severity)\\s(?:level\\s)?(?:one|two|three|four|five)\\b(?:\\s?[:\\-–—]\\s?${PRIORITY_ADJECTIVE}\\b)?|(?:priority|severity)\\s${PRIORITY_ADJECTIVE}\\b|${PRIORITY_ADJECTIVE}(?:\\s?\\((?:p|s|sev\\s?|severity\\s|priority\\s)[0-5]\\))?)`;
const PRIORITY_IN_PROSE = new RegExp(
  `\\b(${PRIORITY_WORD})(?:(?:\\s|-)(?:priority|severity|impact|urgency))?(?=(?:\\s|-)(?:support\\s|technical\\s|service\\s)?(?:issues?|incidents?|tickets?|requests?|cases?|problems?|defects?|bugs?|errors?|outages?|matters?|calls?)\\b|\\s?(?:\\([^()]{1,40}\\)\\s?)?:)` +
    // The lower class beside an urgent one: "within 4 hours for standard requests". Only straight before the noun:
    // "Standard support" and "Standard:" name a plan as often as a priority.
    `|\\b((?:standard|routine|non-urgent|non-critical|non-emergency)(?=\\s(?:issues?|incidents?|tickets?|requests?|cases?|problems?)\\b))`,
  'gi',
);
const PRIORITY_LABEL = new RegExp(`^${PRIORITY_WORD}`, 'i');

/** Priorities that need no noun: "P1", "Severity 1", "urgent", "critical". */
const PRIORITY_STANDALONE =
  /\b(?:(?:priority|severity|sev|p|s)\s?-?\s?(?:level\s?)?[0-5]|critical|urgent|emergency)\b/gi;
/** A segment that starts with a priority label: "Major: 1 business day", "Severity 2 – 4 hours". */
const LABEL_AT_START = new RegExp(
  `^\\s?(?:and\\s|or\\s)?(${PRIORITY_WORD}(?:(?:\\s|-)(?:priority|severity|impact|issues?|incidents?|tickets?|requests?|cases?|faults?))?(?:\\s?\\([A-Za-z][\\w /-]{0,40}\\))?)\\s?(?::|–|—|-|=)\\s?`,
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

/**
 * The priority a table cell names, as written. A long cell that also describes the level
 * ("Priority One: Emergency. A crisis has occurred …") gives its leading label only.
 */
function priorityOfCell(text: string): string | null {
  const whole = cleanPriority(text);
  if (whole) return whole;
  const label = PRIORITY_LABEL.exec(text.replace(/^[\s\-–—•*]+/, ''));
  return label ? cleanPriority(label[0]) : null;
}

/**
 * A bare level under a header that names the scale: "1" under "Severity Level" is "Severity 1", "2" under "Priority"
 * is "Priority 2" (a figure alone names no priority anywhere else).
 */
function numberedPriority(head: string | undefined, cell: string | undefined): string | null {
  const level = /^\s*(\d)\s*$/.exec(cell ?? '')?.[1];
  const scale = /\b(priority|severity|sev|urgency|impact)\b/i.exec(head ?? '')?.[1];
  return level && scale ? `${scale[0]!.toUpperCase()}${scale.slice(1).toLowerCase()} ${level}` : null;
}

function cleanPriority(text: string): string | null {
  const t = text
    .replace(/^[\s\-–—•*]+|[\s:–—\-*]+$/g, '')
    // The clause number of a row that is also a section ("2.1 Priority 1 (P1)"): not part of the level's name (a
    // single "1." may be the level's own rank: "1. Critical").
    .replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{L})/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t || t.length > 60) return null;
  if (!/[a-z]/i.test(t)) return null;
  return t;
}

// --- Tables ---------------------------------------------------------------------------

type Target = Finding<SupportTarget>;

function cellsOf(doc: Doc, block: Block): string[] | null {
  return block.kind === 'table-row' && block.cells ? block.cells.map((c) => cellText(doc, c)) : null;
}

/** A header row: two or more short label cells, not all empty. */
function headerLabels(doc: Doc, block: Block): string[] | null {
  const labels = cellsOf(doc, block);
  if (!labels || labels.length < 2) return null;
  if (!labels.every((l) => l === '' || isLabel(l)) || labels.every((l) => l === '')) return null;
  return labels;
}

const sameDuration = (a: Duration, b: Duration) => a.amount === b.amount && a.unit === b.unit;

function rejectTable(rule: string, row: Span, why: string): void {
  if (tracing()) traceEvent({ field: 'support', rule: `support/${rule}`, outcome: 'rejected', ...row, why });
}

/**
 * Reads the rows under a header: `priorityCol` names the level, `valueCols` hold its target.
 * Several value columns (plans, channels) must agree on every row, or the table is
 * plan-dependent and gives nothing. Stops at the next header or the end of the table.
 */
function readRows(
  doc: Doc,
  headerIndex: number,
  priorityCol: number,
  valueCols: number[],
  opts: { rule: string; confidence: number; labelsMustLookLikePriorities: boolean },
): { found: Target[]; next: number } {
  const found: Target[] = [];
  const header = cellsOf(doc, doc.blocks[headerIndex]!) ?? [];
  const units = valueCols.map((k) => headerUnit(header[k] ?? ''));
  let j = headerIndex + 1;
  for (; j < doc.blocks.length; j++) {
    const row = doc.blocks[j]!;
    const cells = cellsOf(doc, row);
    if (!cells) break;
    if (cells.every(isLabel) && cells.some((c) => RESPONSE.test(c))) break; // the next table's header
    const priority =
      priorityOfCell(cells[priorityCol] ?? '') ?? numberedPriority(header[priorityCol], cells[priorityCol]);
    if (!priority || (opts.labelsMustLookLikePriorities && !PRIORITY_LABEL.test(priority))) continue;
    // Cells without a figure ("N/A", a note) don't vote; the figures that are given must agree.
    const targets = valueCols.flatMap(
      (k, n) => firstResponseIn(cells[k] ?? '') ?? bareTarget(cells[k] ?? '', units[n]) ?? [],
    );
    const first = targets[0];
    if (!first) continue;
    if (!targets.every((t) => sameDuration(t, first))) {
      rejectTable(opts.rule, row, 'the columns give different targets (plan-dependent)');
      return { found: [], next: j + 1 };
    }
    found.push(makeFinding(doc, row, { priority, firstResponse: first }, opts.confidence, `support/${opts.rule}`));
  }
  return { found, next: j };
}

/** The unit a column header gives its bare figures: "Response time (business hours)", "Initial response (in minutes)". */
const HEADER_UNIT =
  /\((?:in\s+)?(business\s+hours?|hours?|hrs|minutes?|mins?|business\s+days?|days?)\)|\bin\s+(business\s+hours|hours|minutes|business\s+days|days)\s*$/i;
const HEADER_UNITS: Record<string, Duration['unit']> = {
  'business hour': 'business-hours',
  hour: 'hours',
  hr: 'hours',
  minute: 'minutes',
  min: 'minutes',
  'business day': 'business-days',
  day: 'days',
};
function headerUnit(label: string): Duration['unit'] | null {
  const m = HEADER_UNIT.exec(label);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase().replace(/\s+/g, ' ').replace(/s$/, '');
  return word ? (HEADER_UNITS[word] ?? null) : null;
}
/** A cell that is only a figure ("4"), in the unit its column's header states. */
function bareTarget(cell: string, unit: Duration['unit'] | null | undefined): Duration | null {
  const m = /^\s*(\d{1,3})\s*$/.exec(cell);
  return m && unit && Number(m[1]) > 0 ? { amount: Number(m[1]), unit } : null;
}

/**
 * "Initial Contact" over "Business Hours | Non-business Hours": a second header row with a
 * different number of cells (or a repeated label) splits the columns, and which sub-column is
 * which target cannot be told from the text.
 */
function isSubHeader(doc: Doc, headerIndex: number): boolean {
  const header = doc.blocks[headerIndex]!;
  const next = doc.blocks[headerIndex + 1];
  const cells = next ? cellsOf(doc, next) : null;
  if (!cells || !header.cells || !cells.every(isLabel) || cells.some((c) => PRIORITY_LABEL.test(c))) return false;
  const filled = cells.filter((c) => c !== '').map((c) => c.toLowerCase());
  return cells.length !== header.cells.length || new Set(filled).size < filled.length;
}

const isResponseLabel = (l: string) => RESPONSE.test(l) && !OTHER_TIME.test(l.replace(RESPONSE, ''));

/**
 * "Priority | Definition | First Response | Target Resolution": the header names a response
 * column. Without a priority header the first column must name priorities, not plans.
 */
function responseColumnTable({ doc }: SupportContext): Target[] | null {
  const tables: Target[][] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const labels = headerLabels(doc, doc.blocks[i]!);
    if (!labels) continue;
    const responseCols = labels.flatMap((l, k) => (isResponseLabel(l) ? [k] : []));
    if (responseCols.length === 0) continue;
    let priorityCol = labels.findIndex(
      (l, k) => !responseCols.includes(k) && PRIORITY_COLUMN.test(l) && !RESPONSE.test(l),
    );
    // "Support Level | Response Time | Impact" over "Level 1 - Urgent | 4 business hours | Full outage of …": the
    // column the header names ("Impact") describes each level in sentences; the first column names the levels.
    if (priorityCol > 0 && !responseCols.includes(0) && describesInSentences(doc, i, priorityCol, 0)) priorityCol = 0;
    const labelsMustLookLikePriorities = priorityCol < 0;
    if (priorityCol < 0) priorityCol = responseCols[0] === 0 ? -1 : 0;
    if (priorityCol < 0) continue;
    // "Plan | Uptime SLA | Support Response | Priority": each row is a plan, its priority column the plan's support
    // level; the targets depend on the plan.
    if (priorityCol > 0 && PLAN_COLUMN.test(labels[0] ?? '')) {
      rejectTable('responseColumnTable', doc.blocks[i]!, 'each row is a plan: the targets depend on the plan');
      continue;
    }
    if (isSubHeader(doc, i)) {
      rejectTable('responseColumnTable', doc.blocks[i + 1]!, 'two-level header: the response column is split');
      continue;
    }
    const { found, next } = readRows(doc, i, priorityCol, responseCols, {
      rule: 'responseColumnTable',
      confidence: 0.9,
      labelsMustLookLikePriorities,
    });
    if (found.length > 0) tables.push(found);
    if (tables.length >= MAX_RESPONSE_TABLES) break;
    i = next - 1;
  }
  const [first, ...others] = tables;
  if (!first) return null;
  // One table per plan ("## Gold Support" … "## Platinum Support"), the same priorities with other targets: the
  // target depends on the plan, so no table gives it (as a table whose plan columns disagree).
  const differs = others.some((t) =>
    t.some((f) =>
      first.some(
        (g) =>
          g.value.priority.toLowerCase() === f.value.priority.toLowerCase() &&
          !sameDuration(g.value.firstResponse, f.value.firstResponse),
      ),
    ),
  );
  if (differs) {
    rejectTable('responseColumnTable', first[0]!, 'one table per plan, with different targets (plan-dependent)');
    return null;
  }
  return first;
}
/** A cell that names a level: "Level 1 - Urgent", "P2", "Sev 3", "Critical", "High (production impaired)". */
const LEVEL_CELL =
  /^\s*(?:(?:level|priority|severity|sev|p|s)\s?-?\s?[0-5]\b|(?:critical|urgent|emergency|blocker|high|medium|moderate|normal|low|major|minor)\b)/i;

/**
 * Does the header's chosen column hold sentences where `other` holds level names, in the first row below the header?
 * (A description runs past 40 characters or ends a sentence; a level's name does neither.)
 */
function describesInSentences(doc: Doc, header: number, chosen: number, other: number): boolean {
  const row = doc.blocks[header + 1];
  if (row?.kind !== 'table-row') return false;
  const cells = cellsOf(doc, row);
  const described = cells?.[chosen] ?? '';
  const named = cells?.[other] ?? '';
  return (described.length > 40 || /\.\s*$/.test(described)) && LEVEL_CELL.test(named) && named.length <= 40;
}

/** Response tables compared for per-plan targets. */
const MAX_RESPONSE_TABLES = 6;

/** The key of a row that describes a level: "Definition", "Description", "Examples". */
const DESCRIPTION_KEY = /^(?:definitions?|descriptions?|examples?|details|scope)$/i;

/** Transposed: "Severity | Sev 1 | Sev 2" then a row "Initial response | 1 hour | 4 hours". */
function transposedTable({ doc }: SupportContext): Target[] | null {
  for (let i = 0; i < doc.blocks.length; i++) {
    const labels = headerLabels(doc, doc.blocks[i]!);
    if (!labels) continue;
    const priorityHeads = labels.slice(1);
    if (!priorityHeads.every((l) => PRIORITY_LABEL.test(l))) continue;
    // "Definition | Minor bugs, UI issues, …" is a row of a level's own key-value table (its description opening with
    // a level word), not a header of levels: levels are named, not listed.
    if (DESCRIPTION_KEY.test(labels[0] ?? '') || priorityHeads.some((l) => l.includes(', '))) continue;
    for (let j = i + 1; j < doc.blocks.length && j <= i + 10; j++) {
      const row = doc.blocks[j]!;
      const cells = cellsOf(doc, row);
      if (!cells) break;
      if (!isResponseLabel(cells[0] ?? '')) continue;
      const found: Target[] = [];
      priorityHeads.forEach((head, k) => {
        const firstResponse = firstResponseIn(cells[k + 1] ?? '');
        const priority = cleanPriority(head);
        if (firstResponse && priority)
          found.push(makeFinding(doc, row, { priority, firstResponse }, 0.8, 'support/transposedTable'));
      });
      if (found.length > 0) return found;
      break;
    }
  }
  return null;
}

/** Column heads that name plans or support tiers: "Standard", "Premium Support", "Enterprise plan". */
const PLAN_HEAD =
  /^(?:standard|basic|premium|premier|enterprise|business|pro|professional|gold|silver|bronze|platinum|starter|essentials?|advanced|team|plus|ultimate|custom|free|developer|growth|scale|elite)(?:\s(?:support|plan|tier|package|level|edition|customers?|subscription))?$/i;

/**
 * "Severity | Standard Support | Premium Support" with "Severity Urgent | One business hour |
 * One business hour": priority rows, one column per plan, no response word in the header; the
 * lead-in (the heading or the sentence before the table) says what the figures are. Identical
 * figures in every plan are the target; figures that differ by plan are left out.
 */
function planColumnTable({ doc }: SupportContext): Target[] | null {
  for (let i = 0; i < doc.blocks.length; i++) {
    const labels = headerLabels(doc, doc.blocks[i]!);
    if (!labels || labels.length < 3) continue;
    const plans = labels.slice(1);
    if (!plans.every((l) => PLAN_HEAD.test(l))) continue;
    const first = labels[0] ?? '';
    if (first !== '' && !PRIORITY_COLUMN.test(first)) continue;
    const lead = leadIn(doc, i);
    if (!isResponseLabel(lead)) {
      rejectTable('planColumnTable', doc.blocks[i]!, 'the lead-in does not say these are response times');
      continue;
    }
    const { found, next } = readRows(
      doc,
      i,
      0,
      plans.map((_, k) => k + 1),
      { rule: 'planColumnTable', confidence: 0.8, labelsMustLookLikePriorities: first === '' },
    );
    if (found.length > 0) return found;
    i = next - 1;
  }
  return null;
}

/** The heading and up to two short blocks right before block `i` (what introduces a table). */
function leadIn(doc: Doc, i: number): string {
  const parts: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const b = doc.blocks[k]!;
    if (b.kind === 'table-row' || b.end - b.start > 400) break;
    parts.unshift(doc.text.slice(b.start, b.end));
    if (b.kind === 'heading') return parts.join(' ');
  }
  const heading = doc.blocks[i]!.heading;
  if (heading >= 0 && heading < i - 2) parts.unshift(cellText(doc, doc.blocks[heading]!));
  return parts.join(' ');
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

/** "Critical 1 hour within Business Day 4 hours …" lines under a flattened header line. */
function flattenedTable({ doc }: SupportContext): Target[] | null {
  for (let i = 0; i < doc.blocks.length; i++) {
    const column = flattenedHeader(doc, doc.blocks[i]!);
    if (column === null) continue;
    const found: Target[] = [];
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
      // "P0: Response within 3 hours": a label and a sentence (labelledParagraph reads it), not a flattened row; a bare
      // label's colon ("Critical: 15 minutes") is cut by cleanPriority.
      if (!priority || priority.split(' ').length > 5 || /[.;:]/.test(priority)) break;
      const d = durations[column];
      const firstResponse = d ? responseDuration(text, d) : null;
      if (!firstResponse) continue;
      found.push(makeFinding(doc, row, { priority, firstResponse }, 0.75, 'support/flattenedTable'));
    }
    if (found.length > 0) return found;
    i = j - 1;
  }
  return null;
}

// --- Prose ----------------------------------------------------------------------------

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

/** Sentences of prose blocks that could state a response target (a response word and a duration); read once per card. */
function proseSentences(ctx: SupportContext): Sentence[] {
  const { doc } = ctx;
  ctx.prose ??= sentencesHolding(doc, RESPONSE_WORDS).filter((s) => {
    const block = doc.blocks[s.block];
    return block !== undefined && block.kind !== 'table-row' && RESPONSE.test(s.text) && !STATISTIC.test(s.text);
  });
  return ctx.prose;
}

/** A sentence cut where a priority label starts a clause: "Critical: …; Major: …, Minor: …". */
function labelledSegments(text: string): { start: number; text: string; label: string }[] {
  const out: { start: number; text: string; label: string }[] = [];
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    if (
      k === text.length ||
      text[k] === ';' ||
      ((text[k] === ',' || text[k] === ':') && LABEL_AT_START.test(text.slice(k + 1, k + 60)))
    ) {
      const seg = text.slice(from, k);
      const label = LABEL_AT_START.exec(seg);
      if (label) out.push({ start: from, text: seg, label: label[1] as string });
      from = k + 1;
    }
  }
  return out;
}

/** "Critical: initial response within 1 business hour; Major: 1 business day". */
function labelledClauses(ctx: SupportContext): Target[] {
  const { doc } = ctx;
  const out: Target[] = [];
  for (const sentence of proseSentences(ctx)) {
    const text = sentence.text;
    const responseSentence = !namesOtherTime(text);
    for (const seg of labelledSegments(text)) {
      const d = findDurations(seg.text)[0];
      if (!d) continue;
      // "Critical: 1-hour response, 4-hour resolution target": the measure may follow its figure as a noun.
      const after = seg.text.slice(d.end, d.end + 40);
      if (OTHER_NOUN_AFTER.test(after)) continue;
      const namedAfter = RESPONSE_NOUN_AFTER.test(after);
      if (!namedAfter && !inResponseContext(text, seg.start + d.start, responseSentence)) continue;
      const priority = cleanPriority(seg.label);
      const firstResponse = responseDuration(seg.text, d);
      if (priority && firstResponse)
        out.push(makeFinding(doc, sentence, { priority, firstResponse }, 0.75, 'support/labelledClauses'));
    }
  }
  return out;
}

/** A response named right after its figure: "1-hour response", "4 hours initial response", "(first response)". */
const RESPONSE_NOUN_AFTER = /^[\s)(-]{0,3}(?:initial\s+|first\s+)?response\b/i;
/** The reader's side as the one who responds: "you agree to respond", "the Customer shall respond", "Licensee must reply". */
const READER_RESPONDS =
  /\b(?:you|the\s+(?:customer|client|licensee|user|subscriber|publisher|seller|reseller|partner|affiliate)|customer|client|licensee)\s+(?:(?:agrees?|undertakes?|shall|must|will|is\s+required|are\s+required)\s+(?:to\s+)?)(?:promptly\s+)?(?:respond|reply|answer|acknowledge)\b/i;
/** Another measure named right after its figure: "4-hour resolution target", "8 hours restoration", "24h update". */
const OTHER_NOUN_AFTER = /^[\s)(-]{0,3}(?:target\s+)?(?:resol|restor|fix|workaround|update|repair)/i;

/**
 * "For urgent issues we will respond within 2 hours", "P1 tickets within 1 hour and P2 within
 * 4 hours": each response duration takes the nearest priority before it in its clause. Not
 * where the sentence is cut into labelled clauses (that rule reads those).
 */
function inlinePriority(ctx: SupportContext): Target[] {
  const { doc } = ctx;
  const out: Target[] = [];
  for (const sentence of proseSentences(ctx)) {
    const text = sentence.text;
    if (labelledSegments(text).length > 0) continue;
    // "you agree to respond to urgent issues within 3 business days": the reader's own duty, not the provider's target.
    if (READER_RESPONDS.test(text)) continue;
    const durations = proseDurations(text);
    if (durations.length === 0) continue;
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
    if (priorities.length === 0) continue;
    priorities.sort((a, b) => a.start - b.start);
    const used = new Set<number>();
    for (const d of durations) {
      // "Critical: 1-hour response, 4-hour resolution target": a figure names its measure right after it, as a noun.
      const after = text.slice(d.end, d.end + 40);
      if (OTHER_NOUN_AFTER.test(after)) continue;
      if (!RESPONSE_NOUN_AFTER.test(after) && !inResponseContext(text, d.start, false)) continue;
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
      const priority = cleanPriority(priorities[pick]!.text);
      const firstResponse = responseDuration(text, d);
      if (priority && firstResponse)
        out.push(makeFinding(doc, sentence, { priority, firstResponse }, 0.7, 'support/inlinePriority'));
    }
  }
  return out;
}

/** "a response by the next business day": one business day, a target support prose writes without a figure. */
const NEXT_BUSINESS_DAY = /\b(?:by|within|on)\s+(?:the\s+)?next\s+business\s+day\b/gi;

/** The durations of a support sentence, with "by the next business day" read as one business day. */
function proseDurations(text: string): DurationMatch[] {
  const out = findDurations(text);
  NEXT_BUSINESS_DAY.lastIndex = 0;
  for (let m = NEXT_BUSINESS_DAY.exec(text); m !== null; m = NEXT_BUSINESS_DAY.exec(text)) {
    out.push({ amount: 1, unit: 'business-days', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The response target a sentence about a response states: its first duration, where that is the response's. */
function targetIn(sentence: string): Duration | null {
  const d = findDurations(sentence)[0];
  if (!d || OTHER_NOUN_AFTER.test(sentence.slice(d.end, d.end + 40))) return null;
  return inResponseContext(sentence, d.start, false) ? responseDuration(sentence, d) : null;
}

/** A heading's section number: "4.1 ", "2) ", "III. ". */
const SECTION_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,5}\.)\s+/;

/** Blocks read under a priority heading, and the longest quote (heading to target) a finding takes. */
const HEADING_SECTION_BLOCKS = 12;
const HEADING_QUOTE_CHARS = 700;

/** A priority heading's finding quotes from the heading to its target, unless that is too long: then the target's block. */
const sectionQuote = (head: Block, block: Block) =>
  block.end - head.start <= HEADING_QUOTE_CHARS ? { start: head.start, end: block.end } : block;

/** A heading's words without Markdown marks or a closing colon: "### Severity 1 - Critical:" → "Severity 1 - Critical". */
function headingLabel(doc: Doc, block: Block): string {
  return doc.text.slice(block.start, block.end).replace(/^[\s#*]+|[\s*:]+$/g, '');
}

/** The nearest heading before block `i` that is no priority itself: the section the priority headings sit in. */
function parentHeading(doc: Doc, i: number): string | null {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const b = doc.blocks[k]!;
    if (b.kind !== 'heading') continue;
    const text = headingLabel(doc, b);
    if (!PRIORITY_LABEL.test(text) && !RESPONSE.test(text)) return text;
  }
  return null;
}

/**
 * A priority as a section heading, its response target in the section: "### Severity 1 - Critical", a description,
 * then "Response time: within 4 business hours", or a label "**Response Time**" and the figure in the next paragraph.
 * The section ends at the next heading; a resolution or update time there is not the response.
 */
function priorityHeading({ doc }: SupportContext): Target[] {
  const out: Target[] = [];
  for (let i = 0; i < doc.blocks.length; i++) {
    const head = doc.blocks[i]!;
    if (head.kind !== 'heading') continue;
    // Its section number is no part of the level: "4.1 Critical Issues (P1)".
    const title = headingLabel(doc, head).replace(SECTION_NUMBER, '');
    const label = PRIORITY_LABEL.exec(title);
    if (label?.index !== 0 || title.length > 60) continue;
    const priority = cleanPriority(title);
    if (!priority) continue;
    // Under a plan's heading ("## Premium Support"), the targets are that plan's (per plan: none, as perPlan).
    const parent = parentHeading(doc, i);
    if (parent !== null && (PLAN_WORD.test(parent) || PLAN_NAME.test(parent))) {
      rejectTable('priorityHeading', head, `the section is one plan's ("${parent.slice(0, 40)}")`);
      continue;
    }
    let labelled = false;
    for (let j = i + 1; j < doc.blocks.length && j <= i + HEADING_SECTION_BLOCKS; j++) {
      const block = doc.blocks[j]!;
      const text = doc.text.slice(block.start, block.end);
      // A bold line read as a heading ("**Response Time**") labels the paragraph after it; any other heading ends
      // the section.
      if (block.kind === 'heading' && RESPONSE.test(text) && text.length <= 80 && !PRIORITY_LABEL.test(text)) {
        labelled = !OTHER_TIME.test(text);
        continue;
      }
      if (block.kind === 'heading') break;
      if (block.kind === 'table-row') {
        // The level's own key-value table: "Response Time | 1 hour" (a "Criteria | Details" header, a definition and
        // a resolution row around it).
        const cells = cellsOf(doc, block);
        if (cells?.length !== 2) break;
        if (!isResponseLabel(cells[0] ?? '')) continue;
        const firstResponse = firstResponseIn(cells[1] ?? '');
        if (firstResponse)
          out.push(
            makeFinding(doc, sectionQuote(head, block), { priority, firstResponse }, 0.7, 'support/priorityHeading'),
          );
        break;
      }
      if (STATISTIC.test(text)) {
        labelled = false;
        continue;
      }
      const figure = findDurations(text)[0];
      // "Resolution time: within 5 days": another clock's figure, not the response.
      const lead = figure ? text.slice(Math.max(0, figure.start - 40), figure.start) : '';
      if (figure && OTHER_TIME.test(lead) && !RESPONSE.test(lead)) {
        labelled = false;
        continue;
      }
      // "**Response Time**" alone: the next paragraph's figure is the response.
      if (!figure) {
        labelled = RESPONSE.test(text) && text.length <= 80;
        continue;
      }
      const firstResponse = labelled ? responseDuration(text, figure) : RESPONSE.test(text) ? targetIn(text) : null;
      if (firstResponse)
        out.push(
          makeFinding(doc, sectionQuote(head, block), { priority, firstResponse }, 0.7, 'support/priorityHeading'),
        );
      break;
    }
  }
  return out;
}

/**
 * A priority and its figure each a block of their own, as a page's grid of cards lays them out: "Critical — Site down",
 * then "4 hours", then the card's description. Read only in a section that speaks of responses (its heading, or the
 * short label line above the heading: "03 — Response times") and of no other clock, and only where two cards or more
 * are laid out so: one label over a figure is too little to tell a grid from a passing line.
 */
function stackedCards({ doc }: SupportContext): Target[] {
  const cards: { head: number; label: Block; figure: Block; priority: string; firstResponse: Duration }[] = [];
  for (let i = 0; i + 1 < doc.blocks.length; i++) {
    const label = doc.blocks[i]!;
    const figure = doc.blocks[i + 1]!;
    // A card's label and figure are blocks of their own; in a text file a short line reads as a heading.
    if ((label.kind !== 'paragraph' && label.kind !== 'heading') || figure.end - figure.start > 32) continue;
    if (figure.kind !== 'paragraph' && figure.kind !== 'heading') continue;
    const text = doc.text.slice(label.start, label.end);
    if (text.length > 60 || PRIORITY_LABEL.exec(text)?.index !== 0 || findDurations(text).length > 0) continue;
    const firstResponse = figureAlone(doc.text.slice(figure.start, figure.end));
    // The label's level, before its gloss: "Critical — Site down" is "Critical".
    const priority = firstResponse ? cleanPriority(text.split(/\s[—–-]\s|:\s/)[0] ?? '') : null;
    const head = label.kind === 'heading' ? sectionAbove(doc, i) : label.heading;
    if (!firstResponse || !priority || head < 0 || !respondsSection(doc, head)) continue;
    cards.push({ head, label, figure, priority, firstResponse });
  }
  const perSection = new Map<number, number>();
  for (const c of cards) perSection.set(c.head, (perSection.get(c.head) ?? 0) + 1);
  return cards
    .filter((c) => (perSection.get(c.head) ?? 0) >= 2)
    .map((c) =>
      makeFinding(
        doc,
        { start: c.label.start, end: c.figure.end },
        { priority: c.priority, firstResponse: c.firstResponse },
        0.65,
        'support/stackedCards',
      ),
    );
}

/** A block that is a figure and nothing else: "4 hours", "< 2 hours", "Within 1 business day". */
function figureAlone(text: string): Duration | null {
  const found = findDurations(text);
  if (found.length !== 1) return null;
  const d = found[0]!;
  const rest = `${text.slice(0, d.start)} ${text.slice(d.end)}`.replace(
    /\b(?:within|under|up\s+to)\b|[<≤~\s:–—-]/gi,
    '',
  );
  return rest === '' && d.amount !== null && d.unit !== null ? { amount: d.amount, unit: d.unit } : null;
}

/** The nearest heading above block `i` that is no card's label or figure (the cards' section), or -1. */
function sectionAbove(doc: Doc, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    const b = doc.blocks[k]!;
    if (b.kind !== 'heading') continue;
    // A card's label or figure read as a heading is inside the section, not its heading.
    const text = headingLabel(doc, b);
    if (!PRIORITY_LABEL.test(text) && !figureAlone(text)) return k;
  }
  return -1;
}

/** The section's heading, or the short label line above it, speaks of responses and of no other clock. */
function respondsSection(doc: Doc, heading: number): boolean {
  const head = doc.blocks[heading]!;
  const above = doc.blocks[heading - 1];
  const eyebrow = above && above.end - above.start <= 40 ? doc.text.slice(above.start, above.end) : '';
  const words = `${doc.text.slice(head.start, head.end)} ${eyebrow}`;
  return RESPONSE.test(words) && !OTHER_TIME.test(words);
}

/**
 * A short paragraph led by a priority label whose response target is in a later sentence:
 * "Severity 2 (Major): Significant degradation. Initial response within two (2) hours."
 */
function labelledParagraph({ doc }: SupportContext): Target[] {
  const out: Target[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table-row' || block.kind === 'heading' || block.end - block.start > 400) continue;
    const text = doc.text.slice(block.start, block.end);
    const label = LABEL_AT_START.exec(text);
    if (!label) continue;
    const priority = cleanPriority(label[1] as string);
    const rest = text.slice(label[0].length);
    // The first later sentence of the paragraph that speaks of a response gives the target.
    for (const sentence of rest.split(/(?<=[.!?])\s+/)) {
      if (!RESPONSE.test(sentence) || STATISTIC.test(sentence)) continue;
      const firstResponse = targetIn(sentence);
      if (priority && firstResponse)
        out.push(makeFinding(doc, block, { priority, firstResponse }, 0.7, 'support/labelledParagraph'));
      break;
    }
  }
  return out;
}

/** The text names a time other than the first response (resolution, updates…), "response" itself set aside. */
const namesOtherTime = (text: string) => OTHER_TIME.test(text.replace(/\b(?:response|respond)\b/gi, ''));

/** Support, not another measure: the lead-in or heading over a list of bare targets names one of these. */
// "respond to Incidents as follows:", "fault response": what SLAs and public-sector schedules call a ticket (not a
// security or data incident, whose "response" is a breach notice).
const SUPPORT_CUE =
  /\bsupport\b|\btickets?\b|\brequests?\b|\bcases?\b|(?<!\b(?:security|privacy|data|breach)\s)\bincidents?\b|\bfaults?\b|help\s?desk|service\s+desk|customer\s+care/i;
/** A list item that is a target and nothing else: "1 hour", "within 4 hours", "up to 1 business day". */
const BARE_TARGET = /^\s?(?:within\s|up\s+to\s|no\s+later\s+than\s|<\s?)?$/i;

/**
 * "Support response targets:" over items "Priority 1 (service down): 1 hour": the response is named once, in the
 * list's lead-in or heading, and each item gives a priority label and its target alone. Not under a lead-in that
 * also names resolution or another measure (which column would the figure be?), and not where the item names its
 * own measure (labelledClauses reads "P1: response within 1 hour").
 */
function labelledListItems({ doc }: SupportContext): Target[] {
  const out: Target[] = [];
  doc.sentences.forEach((s, i) => {
    const block = doc.blocks[s.block];
    if (!block || block.kind === 'table-row' || block.kind === 'heading' || s.text.length > 120) return;
    const label = LABEL_AT_START.exec(s.text);
    if (!label) return;
    const rest = s.text.slice(label[0].length);
    if (RESPONSE.test(rest) || OTHER_TIME.test(rest) || STATISTIC.test(rest)) return;
    const durations = findDurations(rest);
    const d = durations[0];
    // "Severity 3: next business day": the target support lists write without a figure.
    const nextBusinessDay = !d && BARE_NEXT_BUSINESS_DAY.test(rest);
    if (
      (!d && !nextBusinessDay) ||
      (d &&
        (durations.length > 1 ||
          !BARE_TARGET.test(rest.slice(0, d.start)) ||
          !/^[\s.;,]*$/.test(rest.slice(d.end).replace(ROUND_THE_CLOCK, ''))))
    )
      return;
    const context = `${leadInOf(doc, i)?.text ?? ''} ${s.heading ?? ''}`;
    if (!RESPONSE.test(context) || !SUPPORT_CUE.test(context)) return;
    if (namesOtherTime(context)) return;
    const priority = cleanPriority(label[1] as string);
    const firstResponse: Duration | null = d ? responseDuration(rest, d) : { amount: 1, unit: 'business-days' };
    if (priority && firstResponse)
      out.push(makeFinding(doc, s, { priority, firstResponse }, 0.7, 'support/labelledListItems'));
  });
  return out;
}

/** The hours a target applies in, after it: ", around the clock", " (24/7)", ", 24x7", ", any day". */
const ROUND_THE_CLOCK =
  /^[\s,]*(?:\(?\s?(?:24\s?[/x×]\s?7|24\s?[/x×]\s?7\s?[/x×]\s?365)\s?\)?|around\s+the\s+clock|round\s+the\s+clock|at\s+any\s+(?:hour|time)|any\s+day|day\s+or\s+night)(?=[\s.;,]*$)/i;

/** An item's whole target: "next business day", "by the next business day". */
const BARE_NEXT_BUSINESS_DAY = /^\s*(?:by\s|within\s)?(?:the\s)?next\s+business\s+day[\s.;,]*$/i;

/** A priority label that is the whole line: "Urgent (service down)", "Severity 2", "P1 – Critical:". */
const LABEL_ALONE = new RegExp(
  `^\\s?(${PRIORITY_WORD}(?:(?:\\s|-)(?:priority|severity|impact|issues?|incidents?))?(?:\\s?\\([^()]{1,40}\\))?)\\s?:?\\s?$`,
  'i',
);

/**
 * The priority alone on its line and its response target on the next: an HTML definition list (<dt>Urgent</dt>
 * <dd>Initial response within 1 hour</dd>), or a label line (bold or a small heading) over its own short paragraph.
 */
function labelledDefinition({ doc }: SupportContext): Target[] {
  const out: Target[] = [];
  for (let i = 0; i + 1 < doc.blocks.length; i++) {
    const a = doc.blocks[i] as Block;
    const b = doc.blocks[i + 1] as Block;
    // The label may be a line the text reader took for a heading ("Severity 1 (Outage)" alone): LABEL_ALONE is strict.
    if (a.kind === 'table-row' || b.kind === 'table-row' || b.kind === 'heading') continue;
    if (a.end - a.start > 80 || b.end - b.start > 300) continue;
    const label = LABEL_ALONE.exec(doc.text.slice(a.start, a.end));
    if (!label) continue;
    // The target is the next line's first sentence, as in a labelled paragraph.
    const sentence = doc.text.slice(b.start, b.end).split(/(?<=[.!?])\s+/)[0] as string;
    if (!RESPONSE.test(sentence) || STATISTIC.test(sentence)) continue;
    const priority = cleanPriority(label[1] as string);
    const firstResponse = targetIn(sentence);
    if (priority && firstResponse)
      out.push(
        makeFinding(
          doc,
          { start: a.start, end: b.end },
          { priority, firstResponse },
          0.7,
          'support/labelledDefinition',
        ),
      );
  }
  return out;
}

// --- The rules, in order --------------------------------------------------------------

export interface SupportContext {
  doc: Doc;
  /** proseSentences, once read (two prose rules walk them). */
  prose?: Sentence[];
}

export interface SupportRule {
  name: string;
  /**
   * `table`: reads one whole table; the first table rule that reads one ends the search
   * (a support table is the document's full statement, prose around it restates it).
   * `prose`: contributes targets per sentence; all prose rules run and merge by priority.
   */
  scope: 'table' | 'prose';
  extract(ctx: SupportContext): Target[] | null;
}

/**
 * Why this order: a header that names the response column is the most explicit statement,
 * so it goes first; a transposed table needs its row label, a plan-column table needs the
 * lead-in to say what the figures are, and a flattened table relies on counting columns in a
 * header line, so each comes after the more explicit shape. Prose comes last: sentences near a
 * table usually restate it or give a general promise ("we respond within 24 hours"). Among
 * prose rules, a labelled paragraph or clause names its priority explicitly, so it wins a tie
 * over a priority found inline.
 */
export const SUPPORT_RULES: SupportRule[] = [
  { name: 'responseColumnTable', scope: 'table', extract: responseColumnTable },
  { name: 'transposedTable', scope: 'table', extract: transposedTable },
  { name: 'planColumnTable', scope: 'table', extract: planColumnTable },
  { name: 'flattenedTable', scope: 'table', extract: flattenedTable },
  { name: 'labelledParagraph', scope: 'prose', extract: labelledParagraph },
  { name: 'labelledDefinition', scope: 'prose', extract: labelledDefinition },
  { name: 'labelledClauses', scope: 'prose', extract: labelledClauses },
  { name: 'inlinePriority', scope: 'prose', extract: inlinePriority },
  { name: 'labelledListItems', scope: 'prose', extract: labelledListItems },
  { name: 'priorityHeading', scope: 'prose', extract: priorityHeading },
  { name: 'stackedCards', scope: 'prose', extract: stackedCards },
  // Arabic wording (see "Arabic" at the end of this file): a table first, then labelled lines and prose.
  ...arabicSupportRules(),
];

/** A plan named beside a figure: the word "plan", or a capitalised plan name that heads no class of request. */
const PLAN_WORD = new RegExp(`\\b${PLAN_NOUN}\\b`, 'i');
const PLAN_NAME =
  /\b(?:Basic|Standard|Premium|Enterprise|Business|Pro|Professional|Team|Starter|Growth|Scale|Plus|Gold|Silver|Bronze|Platinum|Essentials?|Advanced)\b(?!\s+(?:requests?|issues?|tickets?|priority|severity|cases?|incidents?|problems?|questions?)\b)/;

/** Two different durations in the text, each beside a plan: the target is per plan. */
function targetsPerPlan(text: string): boolean {
  const values = new Set<string>();
  for (const d of findDurations(text)) {
    const near = `${text.slice(Math.max(0, d.start - 30), d.start)} ${text.slice(d.end, d.end + 30)}`;
    if (PLAN_WORD.test(near) || PLAN_NAME.test(near)) values.add(`${d.amount} ${d.unit}`);
  }
  return values.size > 1;
}

/** Targets in sections headed by plans ("Premium Support", "Enterprise plan") whose figures differ between the plans. */
function targetsPerPlanSection(doc: Doc, found: Target[]): Set<Target> {
  const planSection = (f: Target) => {
    const h = headingBlockAt(doc, f.start);
    if (h < 0) return -1;
    const heading = headingLabel(doc, doc.blocks[h] as Block);
    return PLAN_WORD.test(heading) || PLAN_NAME.test(heading) ? h : -1;
  };
  const figure = (f: Target) => `${f.value.firstResponse.amount} ${f.value.firstResponse.unit}`;
  return new Set(differingPlanSections(found, planSection, figure));
}

export function extractSupport(doc: Doc): Target[] {
  const ctx: SupportContext = { doc };
  const prose: { f: Target; rank: number }[] = [];
  for (const [rank, rule] of SUPPORT_RULES.entries()) {
    const found = rule.extract(ctx);
    if (!found || found.length === 0) continue;
    if (rule.scope === 'table') return found;
    for (const f of found) prose.push({ f, rank });
  }
  // Document order; at one place the earlier rule first. One target per priority, the first.
  prose.sort((a, b) => a.f.start - b.f.start || a.rank - b.rank);
  const seen = new Set<string>();
  const out: Target[] = [];
  const perPlanSection = targetsPerPlanSection(
    doc,
    prose.map((p) => p.f),
  );
  for (const { f } of prose) {
    const key = f.value.priority.toLowerCase();
    if (seen.has(key)) continue;
    // Rule `support/perPlanSection`: "### Premium Support … 4 hours (critical)", "### Enterprise Support … 1 hour
    // (critical)": each plan's section gives its own target (S7), so none is the document's.
    if (perPlanSection.has(f)) {
      if (tracing())
        traceEvent({
          field: 'support',
          rule: 'support/perPlanSection',
          outcome: 'rejected',
          start: f.start,
          end: f.end,
          why: 'targets differ between plan sections',
        });
      continue;
    }
    // Rule `support/perPlan`: "within 4 hours (Business plan), 1 hour (Enterprise plan)": the target depends on the
    // plan (README-sla S7), so the sentence gives none.
    if (targetsPerPlan(doc.text.slice(f.start, f.end))) {
      if (tracing())
        traceEvent({
          field: 'support',
          rule: 'support/perPlan',
          outcome: 'rejected',
          start: f.start,
          end: f.end,
          why: 'targets differ by plan',
        });
      continue;
    }
    seen.add(key);
    out.push(f);
  }
  return out;
}

// --- Arabic (issue 10), on the folded matching form (common/arabic.ts: ة is ه, ى is ي, أ/إ/آ are
// ا). Priorities "P1"/"حرجة"/"عالية"/"عادية"/"منخفضة"/"الأولوية 1"; the first response "استجابة
// خلال ساعة واحدة", "أول رد", "زمن الاستجابة"; not "زمن الحل" (resolution) or "24 ساعة يومياً".

const L_AR = '\\u0621-\\u064a';
const AR_PRIORITY_SOURCE = `(?:P[0-5]|S[0-5]|(?:ال)?اولويه\\s{0,2}(?:[1-5]|(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|قصوي|عاليه|متوسطه|منخفضه))|(?:ال)?مستوي\\s+(?:[1-5]|(?:ال)?(?:اول|ثاني|ثالث|رابع))|(?:ال)?(?:حرجه|حرج|عاجله|عاجل|طارئه|طارئ|عاليه|عالي|مرتفعه|مرتفع|متوسطه|متوسط|عاديه|عادي|منخفضه|منخفض|بسيطه|بسيط))(?![${L_AR}])`;
const AR_PRIORITY = new RegExp(`(?<![${L_AR}A-Za-z])${AR_PRIORITY_SOURCE}`);
const AR_RESPONSE =
  /استجاب|(?:اول|اولي)\s+رد|(?:ال)?رد\s+(?:ال)?اول|(?:ن|ي|ت)ستجيب|(?:ن|ي|ت)رد(?![\u0621-\u064a])|(?:ال)?رد(?![\u0621-\u064a])/;
const AR_RESOLUTION = /(?:ال)?حل(?![\u0621-\u064a])|معالج|استعاد|اصلاح|اغلاق/;
const AR_NOT_RESPONSE_AFTER = /^[\s،,]{0,3}(?:يوميا|في\s+اليوم|طوال|\/\s?7|x\s?7)/;
const AR_RESPONSE_RAW = rawStems('ستجاب', 'ستجيب', 'رد');
/** The priority column of an Arabic support table, by its header. */
const AR_PRIORITY_HEAD = /اولويه|مستوي|خطوره|تصنيف|درجه|فئه/;

/** The first response in `raw` (an Arabic cell or clause): the first duration after a response word, not a resolution's. */
function arabicFirstResponse(raw: string, needWord: boolean): Duration | null {
  const c = compactArabic(raw);
  const t = c.text;
  const word = AR_RESPONSE.exec(t);
  if (needWord && !word) return null;
  for (const d of findDurations(raw)) {
    const at = c.map.findIndex((m) => m >= d.start);
    const before = t.slice(word ? word.index : 0, at < 0 ? t.length : at);
    if (word && at >= 0 && at < word.index) continue;
    // "زمن الحل خلال 8 ساعات" after the response word: that figure is the resolution's.
    const res = AR_RESOLUTION.exec(before.slice(word ? word[0].length : 0));
    if (res) return null;
    if (AR_NOT_RESPONSE_AFTER.test(foldArabic(raw.slice(d.end, d.end + 30)))) return null;
    if (before.length > 80) return null;
    return { amount: d.amount, unit: d.unit };
  }
  return null;
}

/** The unit an Arabic response header gives its bare figures: "(بالساعات)", "(بالدقائق)", "(بأيام العمل)". */
function arabicHeaderUnit(folded: string): Duration['unit'] | null {
  if (/بال?ساعات\s+العمل|بساعات\s+العمل/.test(folded)) return 'business-hours';
  if (/(?:بال|ب)?ايام\s+العمل/.test(folded) && /\(|ب/.test(folded)) return 'business-days';
  if (/\(?\s*بالساعات|\(\s*ساعات\s*\)|\(\s*ساعه\s*\)/.test(folded)) return 'hours';
  if (/\(?\s*بالدقائق|\(\s*دقائق\s*\)|\(\s*دقيقه\s*\)/.test(folded)) return 'minutes';
  if (/\(?\s*بالايام|\(\s*ايام\s*\)|\(\s*يوم\s*\)/.test(folded)) return 'days';
  return null;
}

/** "Priority | Description | First response | Resolution" in Arabic: the response column only. */
function arabicResponseTable({ doc }: SupportContext): Target[] | null {
  for (let i = 0; i < doc.blocks.length; i++) {
    const header = doc.blocks[i] as Block;
    const labels = cellsOf(doc, header);
    if (!labels || labels.length < 2 || !hasArabic(labels.join(' '))) continue;
    const folded = labels.map((l) => foldArabic(l));
    const responseCol = folded.findIndex((l) => AR_RESPONSE.test(l) && !AR_RESOLUTION.test(l) && l.length <= 60);
    if (responseCol < 0) continue;
    const found = folded.findIndex((l) => AR_PRIORITY_HEAD.test(l));
    const priorityCol = found >= 0 ? found : 0;
    if (priorityCol === responseCol) continue;
    const out: Target[] = [];
    const unit = arabicHeaderUnit(folded[responseCol] as string);
    for (let k = i + 1; k < doc.blocks.length && k <= i + 12; k++) {
      const row = doc.blocks[k] as Block;
      const cells = cellsOf(doc, row);
      if (!cells || cells.length !== labels.length) break;
      // The next table's header: its rows are its own.
      if (AR_RESPONSE.test(foldArabic(cells[responseCol] ?? ''))) break;
      const priority = (cells[priorityCol] ?? '').replace(/\s+/g, ' ').trim();
      const firstResponse =
        arabicFirstResponse(cells[responseCol] ?? '', false) ?? bareTarget(foldDigits(cells[responseCol] ?? ''), unit);
      if (priority && priority.length <= 60 && firstResponse)
        out.push(makeFinding(doc, row, { priority, firstResponse }, 0.8, 'support/arabicResponseTable'));
    }
    if (out.length > 0) return out;
  }
  return null;
}

/** A priority adjective after an issue noun: "البلاغات الحرجة", "للمشكلات العاجلة" (every one in a sentence). */
const AR_INLINE_PRIORITY = new RegExp(
  `(?:مشكل|مشاكل|حوادث|حادث|اعطال|عطل|طلبات|طلب|تذاكر|تذكره|حالات|حاله|بلاغات|بلاغ)\\S{0,3}\\s+(${AR_PRIORITY_SOURCE})`,
  'g',
);
/** In a later priority's clause, an act other than the response ("حلها", "معالجتها", "إغلاقها", "تحديث"): not read. */
const AR_OTHER_ACT = /حل|معالج|استعاد|اصلاح|اغلاق|تحديث|متابع/;

/** A line's label before `end`, without its bullet or emphasis: "- **الأولوية 1**: …" → "الأولوية 1". */
const labelBefore = (text: string, end: number) => text.slice(0, end).replace(/^[\s\-–—•*#]+|[\s*]+$/g, '');
/** The label a line starts with, up to ":" / "–" / "-" (at most 50 chars), when it names a priority. */
const AR_LABEL_END = /[:：–—]|\s-\s/;

/** The Arabic prose sentences that speak of a response, with their folded text: both rules read the same ones. */
const responseSentences = new WeakMap<Doc, { s: Sentence; t: string }[]>();

function arabicResponseSentences(doc: Doc): { s: Sentence; t: string }[] {
  const cached = responseSentences.get(doc);
  if (cached) return cached;
  const out: { s: Sentence; t: string }[] = [];
  for (const s of doc.sentences) {
    const block = doc.blocks[s.block];
    // (Every stem is Arabic letters: an English sentence is left by the cheaper letter test.)
    if (!block || block.kind === 'table-row' || !hasArabic(s.text) || !AR_RESPONSE_RAW.test(s.text)) continue;
    const t = foldArabic(s.text);
    if (AR_RESPONSE.test(t)) out.push({ s, t });
  }
  responseSentences.set(doc, out);
  return out;
}

/**
 * "P1، حرجة: استجابة خلال ساعة واحدة" (a line led by its priority), and in prose "تُعالج
 * المشكلات الحرجة … ونستجيب لها خلال ساعة" (a priority adjective after an issue noun).
 */
function arabicPriorityLines({ doc }: SupportContext, inline: boolean): Target[] {
  const out: Target[] = [];
  for (const { s, t } of arabicResponseSentences(doc)) {
    const head = s.text.slice(0, 52);
    // A colon ends the label before a dash does ("الأولوية 1 - حرجة: …").
    const end = /[:：]/.exec(head) ?? AR_LABEL_END.exec(head);
    if (end && end.index > 0) {
      const label = labelBefore(s.text, end.index);
      if (AR_PRIORITY.test(foldArabic(label))) {
        const firstResponse = arabicFirstResponse(s.text.slice(end.index + end[0].length), true);
        if (firstResponse && !inline)
          out.push(makeFinding(doc, s, { priority: label, firstResponse }, 0.75, 'support/arabicLabelledLine'));
        continue;
      }
    }
    if (!inline) continue;
    // Each priority named in the sentence takes the response said from it to the next one ("للأعطال الحرجة خلال
    // ساعة، وللأعطال العادية خلال يوم عمل"); the first also what comes before it ("نستجيب خلال ساعة للأعطال الحرجة").
    const named = [...t.matchAll(AR_INLINE_PRIORITY)];
    if (named.length === 0) continue;
    const span = compactArabic(s.text);
    named.forEach((m, k) => {
      const next = named[k + 1];
      const segmentFrom = k === 0 ? 0 : (span.map[m.index] ?? 0);
      const segmentTo = next ? (span.map[next.index] ?? s.text.length) : s.text.length;
      // A later priority shares the response word said before it ("بالاستجابة للأعطال الحرجة …، وللأعطال العادية …"),
      // unless its own clause speaks of anything else done to it ("فيتم حلها خلال خمسة أيام": resolved).
      const segment = s.text.slice(segmentFrom, segmentTo);
      if (k > 0 && AR_OTHER_ACT.test(foldArabic(segment))) return;
      const firstResponse = arabicFirstResponse(segment, k === 0);
      if (!firstResponse) return;
      const from = span.map[m.index + m[0].length - (m[1] as string).length] ?? 0;
      const to = (span.map[m.index + m[0].length - 1] ?? from) + 1;
      out.push(
        makeFinding(doc, s, { priority: s.text.slice(from, to), firstResponse }, 0.6, 'support/arabicInlinePriority'),
      );
    });
  }
  return out;
}

/** What may stand before an item's lone target: "خلال", "في غضون", "في مدة لا تتجاوز", "بحد أقصى". */
const AR_BARE_TARGET =
  /^[\s:：–—-]*(?:(?:خلال|في\s+غضون|في\s+مده|مده|بحد\s+اقصي|لا\s+تتجاوز|لا\s+يتجاوز|اقصاها|حتي)\s*){0,3}$/;

/**
 * Rule `support/arabicLabelledListItems`: "أوقات الاستجابة للبلاغات:" over "- الأولوية القصوى: خلال ساعة واحدة": items
 * that are a priority and a lone target, under a lead-in (or heading) that names the response and not a resolution. The
 * English `labelledListItems` in Arabic.
 */
function arabicLabelledListItems({ doc }: SupportContext): Target[] {
  const out: Target[] = [];
  doc.sentences.forEach((s, i) => {
    const block = doc.blocks[s.block];
    if (!block || block.kind === 'table-row' || block.kind === 'heading' || s.text.length > 120) return;
    const end = /[:：]/.exec(s.text.slice(0, 52));
    if (!end || end.index === 0 || !hasArabic(s.text)) return;
    const label = labelBefore(s.text, end.index);
    if (!AR_PRIORITY.test(foldArabic(label))) return;
    const rest = s.text.slice(end.index + 1);
    // A line that names its own act is arabicLabelledLine's (a response) or no one's (a resolution).
    const foldedRest = foldArabic(rest);
    if (AR_RESPONSE.test(foldedRest) || AR_RESOLUTION.test(foldedRest)) return;
    const durations = findDurations(rest);
    const d = durations[0];
    if (!d || durations.length > 1 || !/^[\s.،;,]*$/.test(rest.slice(d.end))) return;
    if (!AR_BARE_TARGET.test(foldArabic(rest.slice(0, d.start)))) return;
    if (AR_NOT_RESPONSE_AFTER.test(foldArabic(rest.slice(d.end, d.end + 30)))) return;
    const context = foldArabic(`${leadInOf(doc, i)?.text ?? ''} ${s.heading ?? ''}`);
    if (!AR_RESPONSE.test(context) || AR_RESOLUTION.test(context)) return;
    out.push(
      makeFinding(
        doc,
        s,
        { priority: label, firstResponse: { amount: d.amount, unit: d.unit } },
        0.7,
        'support/arabicLabelledListItems',
      ),
    );
  });
  return out;
}

function arabicSupportRules(): SupportRule[] {
  return [
    { name: 'arabicResponseTable', scope: 'table', extract: arabicResponseTable },
    { name: 'arabicLabelledLine', scope: 'prose', extract: (ctx) => arabicPriorityLines(ctx, false) },
    { name: 'arabicLabelledListItems', scope: 'prose', extract: arabicLabelledListItems },
    { name: 'arabicInlinePriority', scope: 'prose', extract: (ctx) => arabicPriorityLines(ctx, true) },
  ];
}
