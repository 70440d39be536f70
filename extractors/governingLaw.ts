/**
 * Governing law: which jurisdiction's law the agreement is governed by.
 *
 * Reads the structure of the clause, not a vendor's wording: a place counts when it is
 * the object of "the laws of" / "X law" and a governing verb ("governed", "construed",
 * "subject to", "... shall govern/apply") is the nearest trigger, or the sentence sits
 * under a "Governing Law" heading. Look-alikes are rejected by the nearest verb
 * ("incorporated under the laws of", "comply with the laws of") or by a topic before
 * "laws" ("the export control laws of the United States"). Several findings are normal
 * when the law depends on the customer's domicile.
 */

import {
  arabicLoose,
  arabicMatchForm,
  compactArabic,
  hasArabic,
  includesAny,
  originalSpan,
  withArabicPrefixes,
} from './common/arabic';
import { uncheckedOption, wrappedSentence } from './common/clause';
import type { Doc, Sentence } from './common/doc';
import { dedupeFindings, makeFinding } from './common/finding';
import {
  ARABIC_BARE_KINGDOM,
  ARABIC_COUNTRIES,
  ARABIC_DEMONYMS,
  ARABIC_REGIONS,
  findDemonyms,
  findJurisdictions,
  type JurisdictionMention,
  labelledPlaces,
  resolveJurisdiction,
  saudiPage,
} from './common/jurisdictions';
import { leadInOf } from './common/segment';
import { traceEvent, tracing } from './common/trace';
import type { Finding, Jurisdiction } from './types';

/** Section headings that announce the governing-law clause. */
export const LAW_HEADING =
  /\b(?:governing|applicable|choice\s+of|proper)\s+laws?\b|\blaw\s+and\s+(?:jurisdiction|venue|forum)/i;

const PRECHECK = /\blaws?\b|\blegislation\b|\bregulations\b/i;

// Left of "the laws of X": the nearest of these decides. Bounded windows, no nested quantifiers.
// "(its interpretation … and the remedies for its breach) are to be applied in accordance with the laws of X": the
// law applied to the agreement's reading; "applied" alone is too common a word to count.
const POSITIVE_VERB =
  /\b(?:govern(?:ed|s)?|constru(?:ed|e)|interpreted|enforced|controlled\s+by|subject\s+to|determined\s+(?:by|under|in\s+accordance\s+with|pursuant\s+to)|(?:contract|agreement)\s+(?:made|entered\s+into)\s+under|applied\s+(?:(?:pursuant\s+to|under)\s+(?:and\s+)?)?in\s+accordance\s+with|(?:applicable|governing)\s+law(?:\s+(?:of|for)\s+(?:this|the)\s+\w+)?\s+(?:is|shall\s+be|will\s+be))\b/gi;
const NEGATIVE_VERB =
  /\b(?:incorporated|organi[sz]ed|registered|existing|formed|established|constituted|chartered|licensed|compl(?:y|ies|ying|iance)|violat\w{0,5}|breach\w{0,3}|contraven\w{0,5}|permitted|required|requires?|prohibited|allowed|authori[sz]ed|protected|recogni[sz]ed|rights?|enforceable|unenforceable|invalid|unlawful|illegal|obligations?)\b/gi;

// What the laws are about, between "the" and "laws": "the export control laws of".
const TOPIC =
  /\b(?:export|import|control|sanctions?|data|privacy|protection|consumer|tax(?:ation)?|employment|labou?r|bribery|corruption|securities|immigration|competition|antitrust|intellectual|property|copyright|patent|trademark|bankruptcy|insolvency|environmental|health|safety|criminal|money|laundering|anti|trade|customs|telecommunications?|accessibility|marketing|spam|communications|mandatory|disclosure|reporting|insurance|banking|financial|regulatory|capital)\b/i;

/**
 * The topic named after the law: "the laws of the United States (and other countries) regarding export",
 * "United States law governing the export of technology". Laws on a topic bind a party; they are no
 * choice of the agreement's law ("governed by the laws of England regarding contracts" still reads).
 */
const TOPIC_AFTER = new RegExp(
  `^[^.;]{0,40}?\\b(?:governing|regarding|relating\\s+to|concerning|in\\s+respect\\s+of|with\\s+respect\\s+to|on)\\s+(?:(?:the|any|all|its|their)\\s+)?(?:[\\p{L}-]{1,20}\\s+){0,2}?${TOPIC.source}`,
  'iu',
);

// "the (internal|substantive) laws of (the)? <mention>", at the end of the left context.
// "legislation"/"regulations" stand for the law in contracts translated from civil-law languages;
// "the laws and decisions of" is one body of law.
const LAWS_OF =
  /\b((?:[\p{L}-]{1,30}\s+){0,3})(?:laws?|legislation|regulations)(?:\s+and\s+(?:decisions|regulations|statutes))?\s+(?:of|in\s+force\s+in|applicable\s+in|prevailing\s+in)\s+(?:the\s+)?$/iu;
/** "the laws of the United States and the State of Florida": a second place joined to the first. */
const AND_PLACE = /^\s+(?:and|or)\s+(?:of\s+)?(?:the\s+)?$/i;
/** "made in the State of Nevada and shall be governed by … the laws thereof": the law of the place named before. */
const LAWS_THEREOF = /\b(?:laws?|law)\s+thereof\b/i;
/** "the respective rights of the Parties determined according to…" names what is governed, not a look-alike. */
const PARTIES_RIGHTS =
  /\b(?:respective\s+)?(?:rights?|obligations?)(?:\s+and\s+(?:rights?|obligations?))?\s+of\s+the\s+parties\b/gi;
// A place named as a forum, an address or a domicile, not as the law.
const NOT_THE_LAW =
  /\b(?:courts?|tribunals?|venue|forum|arbitration|seat|located|offices?|resid\w{0,4}|domiciled|based|headquartered)\b[^.;]{0,60}$/i;
const CONFLICT_RULES = /\bconflicts?\s+of\s+laws?\b[^.;]{0,40}$/i;

// Right of "the laws of X" or "X law": a governing verb after the place.
const RIGHT_VERB =
  /^[^.;]{0,100}?\b(?:govern(?:s|ed)?|(?:shall|will|must|should)\s+(?:exclusively\s+|solely\s+)?(?:apply|govern|control|prevail)|appl(?:y|ies)|control)\b/i;
/**
 * A governing verb after the place, unless negated: "… any doctrine of law of the State of X that would
 * not otherwise apply" names a law the parties do NOT invoke.
 */
function governsFromRight(right: string): boolean {
  const m = RIGHT_VERB.exec(right);
  // The negation must lead to the verb ("would not otherwise apply"), not sit in an aside ("and not Y, shall govern").
  return m !== null && !/(?:\b(?:not|never)|n['’]t)(?:\s+[a-z]{1,12}){0,2}\s+\S{1,20}$/i.test(m[0]);
}
/** Left of a place: "the governing law (of this Agreement) shall be (the State of)". */
const GOVERNING_LAW_IS =
  /\b(?:governing|applicable)\s+law(?:\s+(?:of|for)\s+(?:this|the)\s+\w+)?\s+(?:is|shall\s+be|will\s+be)\s+(?:that\s+of\s+)?(?:the\s+)?$/i;
/** A condition opening right before the law it names: "to the extent that (the laws of)", "if", "insofar as". */
const LAW_IN_CONDITION =
  /\b(?:to\s+the\s+extent(?:\s+that)?|if|insofar\s+as|in\s+so\s+far\s+as|unless)\s+(?:the\s+)?(?:(?:applicable\s+)?laws?\s+of\s+(?:the\s+)?)?$/i;
const X_LAW = /^\s+laws?\b(?!\s+(?:firm|firms|enforcement|school|society|courts?|degree)\b)/i;
/** After a demonym, the law may be qualified: "the Italian State Law", "German federal law", "Swiss substantive law". */
const DEMONYM_X_LAW =
  /^\s+(?:(?:state|federal|national|substantive|civil|domestic)\s+)?laws?\b(?!\s+(?:firm|firms|enforcement|school|society|courts?|degree)\b)/i;
/** "Washington state law governs": a US state's name, then "state law" (X_LAW with "state" between). */
const X_STATE_LAW = /^\s+state\s+laws?\b(?!\s+(?:firm|firms|enforcement|school|society|courts?|degree)\b)/i;

interface Scored {
  mention: JurisdictionMention;
  confidence: number;
  rule: string;
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/**
 * Rule `governingLaw/verbOfAThing` (a rejection): a governing verb with no auxiliary before it
 * qualifies the noun it follows ("a corporation subject to the laws of X", "matters governed by
 * the laws of X" in a legal opinion's scope): it describes that thing, it does not choose the
 * agreement's law. It counts when an auxiliary, a conjunction or punctuation leads to it ("shall
 * be governed", "is subject to", "and construed"), or when the noun is the agreement or its
 * disputes ("this Agreement subject to …", "any claim governed by …").
 */
const BARE_VERB =
  /^(?:govern(?:ed|s)?\b|constru(?:ed)|interpreted|enforced|controlled\s+by|subject\s+to|determined\s+(?:by|under|in\s+accordance\s+with|pursuant\s+to)|applied)/i;
const LEAD_OK =
  /(?:\b(?:be|is|are|was|were|been|being|shall|will|may|must|should|would|hereby|exclusively|solely|only|entirely|wholly|exclusively|fully|in\s+all\s+respects|and|or|both|also|otherwise|further|which|that|it|they|hereof|thereof|hereunder|agreements?|terms|contracts?|eula|sla|dpa|addend(?:um|a)|orders?|forms?|schedules?|exhibits?|conditions|licen[cs]es?|provisions|documents?|relationships?|transactions?|disputes?|claims?|controvers(?:y|ies)|validity|interpretation|construction|performance|enforcement|hereto|matters\s+arising\b[^.;]{0,60})|[,(:;\-–—*_]|^)\s*$/i;

function attachedToAThing(text: string, at: number): boolean {
  const verb = BARE_VERB.exec(text.slice(at, at + 30));
  if (!verb) return false;
  const before = text.slice(Math.max(0, at - 100), at);
  return !LEAD_OK.test(before);
}

/** Is the nearest verb before `end` a governing one (and closer than any look-alike)? */
function governedFromLeft(left: string): boolean {
  const text = left.replace(PARTIES_RIGHTS, (m) => ' '.repeat(m.length));
  const pos = lastIndex(POSITIVE_VERB, text);
  if (pos < 0) return false;
  if (attachedToAThing(text, pos)) {
    if (tracing())
      traceEvent({
        field: 'governingLaw',
        rule: 'governingLaw/verbOfAThing',
        outcome: 'rejected',
        why: `"${text.slice(Math.max(0, pos - 30), pos + 20).trim()}": the verb describes a thing, not the agreement`,
      });
    return false;
  }
  return lastIndex(NEGATIVE_VERB, text) < pos;
}

function negativeNearest(left: string): boolean {
  const text = left.replace(PARTIES_RIGHTS, (m) => ' '.repeat(m.length));
  return lastIndex(NEGATIVE_VERB, text) > lastIndex(POSITIVE_VERB, text);
}

/**
 * Rule `governingLaw/publicSectorOnly` (a rejection): a sentence whose law applies only when the
 * customer is a government body ("If Customer is a U.S. state or local government entity, …") is
 * the public-sector exception, not the agreement's law; nor is a sentence that chooses no law
 * ("… will be silent regarding governing law"). The branch for everyone else is read as usual.
 */
export const PUBLIC_SECTOR_ONLY =
  /\b(?:if|where|when)\s+(?:the\s+)?(?:customer|you|user|licensee|client|subscriber|buyer|purchaser)\s+(?:is|are)\s+(?:a|an)\s+(?:(?!not\b)[\p{L}.,-]{1,20}\s+){0,10}?(?:government(?:al)?|public[-\s]sector|public\s+(?:authority|body|agency))\b/iu;
/**
 * Whether the clause at `at` (between semicolons) of the sentence is a public-sector exception;
 * a rejection is traced as `<field>/publicSectorOnly`. One test per sentence; the clause test only
 * where a public-sector condition is present. The condition holds for its own clause: "…; if you
 * are a government agency, …" leaves the rest. Shared with disputeForum.ts.
 */
export function publicSectorCheck(s: Sentence, field: string, why: string): (at: number) => boolean {
  return clauseCheck(s, PUBLIC_SECTOR_ONLY, field, `${field}/publicSectorOnly`, why);
}

/**
 * Whether the clause at `at` (between semicolons) of the sentence matches `re`; a hit is traced as a rejection by
 * `rule`. One test per sentence; the clause test only where the sentence matches at all.
 */
function clauseCheck(s: Sentence, re: RegExp, field: string, rule: string, why: string): (at: number) => boolean {
  const text = s.text;
  if (!re.test(text)) return () => false;
  return (at) => {
    const from = text.lastIndexOf(';', at) + 1;
    const to = text.indexOf(';', at);
    const hit = re.test(text.slice(from, to < 0 ? text.length : to));
    if (hit && tracing()) traceEvent({ field, rule, outcome: 'rejected', start: s.start, end: s.end, why });
    return hit;
  };
}

/**
 * The elections of a DPA's Standard Contractual Clauses: "in Clause 17, Option 1 applies and the EU SCCs are governed by
 * the law of Ireland", "in Clause 18(b), disputes are resolved before the courts of Ireland", "for Swiss transfers, Clauses
 * 17–18 are governed by Swiss law" (the clauses' own law and forum clauses), and the clauses as an addendum rewrites them
 * ("Clause 17 is replaced to state: “These Clauses are governed by the laws of Switzerland”"). The clauses' own law and
 * courts, not the agreement's (README-terms T7).
 */
const SCC_ELECTION =
  /\bSCCs?\b|\bStandard\s+Contractual\s+Clauses\b|\bModel\s+Clauses\b|\bIDTA\b|\bClauses?\s+17\b[^;]{0,160}\bOption\s+[12]\b|\bClause\s+18\s?\(b\)|\bClauses\s+17\s?(?:[–-]|and|&)\s?18\b|\bthese\s+clauses\s+(?:are|shall\s+be|will\s+be)\s+governed\b|\b(?:arising\s+(?:from|out\s+of|under)|relating\s+to)\s+these\s+clauses\b/i;

/** Whether the place at `at` is in the part of the sentence (between ";") that makes an SCC election; traced. */
export function sccElectionCheck(s: Sentence, field: string): (at: number) => boolean {
  const why = "an election of the Standard Contractual Clauses' own law or courts, not the agreement's";
  return clauseCheck(s, SCC_ELECTION, field, `${field}/sccElection`, why);
}

const NO_CHOICE =
  /\bsilent\s+(?:regarding|as\s+to|on|about|with\s+respect\s+to)\s+(?:the\s+)?(?:governing|applicable|choice\s+of)\s+law\b/i;

/**
 * A place written as an attribute of what follows ("a U.S. city", "a California corporation",
 * "U.S. dollars", "EU residents"): under a Governing Law heading it still names no law.
 */
const ATTRIBUTE_NOUN =
  /^\s+(?:cit(?:y|ies)|towns?|count(?:y|ies)|districts?|municipal\w{0,6}|government(?:al)?|entit(?:y|ies)|agenc(?:y|ies)|compan(?:y|ies)|corporations?|subsidiar(?:y|ies)|affiliates?|customers?|users?|residents?|citizens?|persons?|individuals?|consumers?|dollars?|currency|export\w{0,3}|sanctions?|taxe?s?|offices?|branch(?:es)?)\b/i;

function lawsInSentence(s: Sentence): Scored[] {
  const text = s.text;
  if (!PRECHECK.test(text)) return [];
  const publicSector = publicSectorCheck(s, 'governingLaw', 'the law of a public-sector exception');
  const sccElection = sccElectionCheck(s, 'governingLaw');
  if (NO_CHOICE.test(text)) {
    if (tracing())
      traceEvent({
        field: 'governingLaw',
        rule: 'governingLaw/publicSectorOnly',
        outcome: 'rejected',
        start: s.start,
        end: s.end,
        why: 'the sentence chooses no law',
      });
    return [];
  }
  const underHeading = s.heading !== null && LAW_HEADING.test(s.heading);
  const boost = underHeading ? 0.1 : 0;
  const out: Scored[] = [];
  const mentions = findJurisdictions(text);
  const headingOnly: JurisdictionMention[] = [];

  for (const m of mentions) {
    if (publicSector(m.start) || sccElection(m.start)) continue;
    const left = text.slice(Math.max(0, m.start - 160), m.start);
    const right = text.slice(m.end, m.end + 120);
    // Rule `governingLaw/lawInCondition`: "To the extent that U.S. law applies, …", "If the laws of Texas apply": a law
    // a clause is conditioned on, not the one the parties choose (that sentence states no choice).
    if (LAW_IN_CONDITION.test(left)) {
      if (tracing())
        traceEvent({
          field: 'governingLaw',
          rule: 'governingLaw/lawInCondition',
          outcome: 'rejected',
          start: s.start,
          end: s.end,
          why: `"${left.slice(-30).trim()} ${m.name}": a law named in a condition, not chosen`,
        });
      continue;
    }
    const lawsOf = LAWS_OF.exec(left);
    if (lawsOf) {
      if (TOPIC.test(lawsOf[1] ?? '') || CONFLICT_RULES.test(left) || TOPIC_AFTER.test(right)) continue;
      // Up to "laws": the qualifier words may hold the verb ("governed by the laws of").
      const before = left.slice(0, lawsOf.index + (lawsOf[1] ?? '').length);
      if (negativeNearest(before)) continue;
      if (governedFromLeft(before) || governsFromRight(right))
        out.push({ mention: m, confidence: 0.85 + boost, rule: 'lawsOfPlace' });
      else if (underHeading) out.push({ mention: m, confidence: 0.65, rule: 'lawsOfPlaceUnderHeading' });
      continue;
    }
    // Rule `governingLaw/governingLawIs`: "the governing law shall be California", "Governing law of this Agreement is
    // Ontario": the place itself is what the governing law is.
    if (GOVERNING_LAW_IS.test(left) && !TOPIC_AFTER.test(right)) {
      out.push({ mention: m, confidence: 0.8 + boost, rule: 'governingLawIs' });
      continue;
    }
    // "X law governs", "governed by New York law", "Washington state law governs".
    const xLaw = X_LAW.test(right)
      ? X_LAW
      : m.region?.startsWith('US-') && X_STATE_LAW.test(right)
        ? X_STATE_LAW
        : null;
    if (xLaw && !negativeNearest(left.slice(-60))) {
      const lawRight = right.replace(xLaw, '');
      if (TOPIC_AFTER.test(lawRight)) continue;
      if (governedFromLeft(left.slice(-80)) || governsFromRight(lawRight) || underHeading) {
        out.push({ mention: m, confidence: 0.8 + boost, rule: 'placeLaw' });
        continue;
      }
    }
    // "the laws of the United States and the State of Florida".
    const joined = out[out.length - 1];
    if (joined && joined.rule === 'lawsOfPlace' && AND_PLACE.test(text.slice(joined.mention.end, m.start))) {
      out.push({ mention: m, confidence: joined.confidence, rule: 'lawsOfPlaceAndPlace' });
      continue;
    }
    // Under a "Governing Law" heading, the one place a sentence about law names.
    if (underHeading && !NOT_THE_LAW.test(left) && !negativeNearest(left) && !ATTRIBUTE_NOUN.test(right))
      headingOnly.push(m);
  }
  // "…made in the State of California and shall be governed by the laws thereof": one place before it.
  const thereof = LAWS_THEREOF.exec(text);
  if (out.length === 0 && thereof) {
    const before = mentions.filter((m) => m.end <= thereof.index);
    const keysBefore = new Set(before.map((m) => `${m.country}|${m.region}`));
    const place = before[before.length - 1];
    if (place && keysBefore.size === 1 && governedFromLeft(text.slice(place.end, thereof.index))) {
      out.push({ mention: place, confidence: 0.75 + boost, rule: 'lawsThereof' });
    }
  }
  const keys = new Set(headingOnly.map((m) => `${m.country}|${m.region}`));
  if (out.length === 0 && keys.size === 1 && headingOnly[0])
    out.push({ mention: headingOnly[0], confidence: 0.6, rule: 'onlyPlaceUnderHeading' });

  // "This Agreement is governed by English law": adjectives only in the "X law" form.
  for (const d of findDemonyms(text)) {
    if (mentions.some((m) => d.start < m.end && m.start < d.end) || publicSector(d.start) || sccElection(d.start))
      continue;
    const left = text.slice(Math.max(0, d.start - 80), d.start);
    const right = text.slice(d.end, d.end + 120);
    if (!DEMONYM_X_LAW.test(right) || negativeNearest(left)) continue;
    const lawRight = right.replace(DEMONYM_X_LAW, '');
    if (TOPIC_AFTER.test(lawRight)) continue;
    if (governedFromLeft(left) || governsFromRight(lawRight) || underHeading) {
      const end = d.end + (right.length - lawRight.length);
      out.push({ mention: { ...d, name: text.slice(d.start, end), end }, confidence: 0.8 + boost, rule: 'demonymLaw' });
    }
  }
  return out;
}

/**
 * Column tables ("If Customer is domiciled in: | ... | The governing law is: | The courts
 * having exclusive jurisdiction are:"), one row per domicile. With real cells the column
 * is read directly; when the table was flattened into lines, a row that names at least
 * two places is read from the end: the last columns are the law, then the courts.
 */
export interface TableRow {
  /** Sentence holding the row (its span is the quote). */
  sentence: Sentence;
  law: JurisdictionMention | null;
  court: JurisdictionMention | null;
  /** From the courts column's header: "exclusive jurisdiction". */
  exclusive: boolean | null;
}

const LAW_COLUMN = /\b(?:governing|applicable)\s+law\b/i;
const COURT_COLUMN = /\b(?:courts?|venue|jurisdiction|forum)\b/i;

function exclusiveOf(header: string): boolean | null {
  if (/\bnon[-\s]?exclusive\b/i.test(header)) return false;
  return /\bexclusive(?:ly)?\b|\bsole\b/i.test(header) ? true : null;
}

/**
 * The place a table cell names, its offsets moved by `offset`. A law cell may name the law by its demonym instead
 * ("Dutch laws", "English law"): then the cell's words are the name.
 */
function firstMention(cellString: string, offset: number, lawCell = false): JurisdictionMention | null {
  let [first] = findJurisdictions(cellString);
  if (!first && lawCell && /\blaws?\b/i.test(cellString)) {
    const [demonym] = findDemonyms(cellString);
    const words = cellString.trim();
    if (demonym) first = { ...demonym, name: words.length <= 40 ? words : `${demonym.name} law` };
  }
  return first ? { ...first, start: first.start + offset, end: first.end + offset } : null;
}

/** The rows read once per document: governingLaw and disputeForum both read them (callers only read). */
const tableCache = new WeakMap<Doc, TableRow[]>();

export function lawForumTable(doc: Doc): TableRow[] {
  const cached = tableCache.get(doc);
  if (cached) return cached;
  const out = readLawForumTable(doc);
  tableCache.set(doc, out);
  return out;
}

function readLawForumTable(doc: Doc): TableRow[] {
  const out: TableRow[] = [];
  const bySentenceBlock = new Map<number, Sentence>();
  for (const s of doc.sentences) if (!bySentenceBlock.has(s.block)) bySentenceBlock.set(s.block, s);

  for (let bi = 0; bi < doc.blocks.length; bi++) {
    const block = doc.blocks[bi];
    if (!block) continue;
    const header = doc.text.slice(block.start, block.end);
    if (header.length > 400 || !LAW_COLUMN.test(header)) continue;

    if (block.kind === 'table-row' && block.cells) {
      const cells = block.cells.map((c) => doc.text.slice(c.start, c.end));
      const lawCol = cells.findIndex((c) => LAW_COLUMN.test(c) && c.length < 80);
      const courtCol = cells.findIndex((c, i) => i !== lawCol && COURT_COLUMN.test(c) && c.length < 120);
      if (lawCol < 0) continue;
      const exclusive = courtCol >= 0 ? exclusiveOf(cells[courtCol] ?? '') : null;
      for (let ri = bi + 1; ri < doc.blocks.length; ri++) {
        const row = doc.blocks[ri];
        const sentence = bySentenceBlock.get(ri);
        if (row?.kind !== 'table-row' || !row.cells || !sentence) break;
        const cell = (i: number, lawCell = false) => {
          const span = row.cells?.[i];
          return span ? firstMention(doc.text.slice(span.start, span.end), span.start - sentence.start, lawCell) : null;
        };
        const law = cell(lawCol, true);
        const court = courtCol >= 0 ? cell(courtCol) : null;
        if (law || court) out.push({ sentence, law, court, exclusive });
      }
      continue;
    }

    // Flattened: "A is: B should be addressed to: The governing law is: The courts ... are:"
    const columns = header.split(':').filter((c) => c.trim() !== '');
    if (!/:\s*$/.test(header) || columns.length < 2) continue;
    const n = columns.length;
    const lawCol = columns.findIndex((c) => LAW_COLUMN.test(c));
    const courtCol = columns.findIndex((c, i) => i !== lawCol && COURT_COLUMN.test(c));
    // Only trailing columns can be read from the end of a flattened row.
    const trailing = courtCol >= 0 ? lawCol === n - 2 && courtCol === n - 1 : lawCol === n - 1;
    if (!trailing) continue;
    const exclusive = courtCol >= 0 ? exclusiveOf(columns[courtCol] ?? '') : null;
    for (let ri = bi + 1; ri < Math.min(doc.blocks.length, bi + 30); ri++) {
      const row = doc.blocks[ri];
      const sentence = bySentenceBlock.get(ri);
      if (!row || !sentence) continue;
      const rowText = doc.text.slice(row.start, row.end);
      // The table ends at the next numbered clause or running paragraph.
      if (rowText.length > 240 || /^\s*(?:\(?\d{1,3}[.)]|\([a-z]\))\s/.test(rowText)) break;
      const found = findJurisdictions(sentence.text);
      if (found.length < 2) continue;
      const law = courtCol >= 0 ? (found[found.length - 2] ?? null) : (found[found.length - 1] ?? null);
      const court = courtCol >= 0 ? (found[found.length - 1] ?? null) : null;
      out.push({ sentence, law, court, exclusive });
    }
  }
  return out;
}

/**
 * Rule `governingLaw/labelledLaw`: an order form's or a cover sheet's line that labels the law, "Governing Law:
 * State of New York", "Applicable law – England and Wales", "| Governing law | Delaware |". The first place after the
 * label is the law ("Governing Law and Venue: Delaware; courts in Wilmington, Delaware").
 */
const LAW_LABEL =
  /^\s*(?:governing|applicable|choice\s+of)\s+law(?:\s+(?:and|&)\s+(?:jurisdiction|venue|forum|courts?))?\s*(?::|\||–|—|-)\s*/i;

function labelledLaw(doc: Doc): Finding<Jurisdiction>[] {
  return labelledPlaces(doc, LAW_LABEL, 30).map(({ sentence, place }) =>
    makeFinding(
      doc,
      sentence,
      { name: place.name.replace(/\s+/g, ' '), country: place.country, region: place.region },
      0.7,
      'governingLaw/labelledLaw',
    ),
  );
}

/** When a region of a country is the governing law, a bare mention of that country adds nothing. */
function dropCoveredCountries(findings: Finding<Jurisdiction>[]): Finding<Jurisdiction>[] {
  return findings.filter(
    (f) => f.value.region !== null || !findings.some((g) => g.value.country === f.value.country && g.value.region),
  );
}

// ---------------------------------------------------------------------------------------
/**
 * Governing law in Arabic (rule `governingLaw/arabicLawsOf`), beside the English rules.
 *
 * Structure, not wording: a law noun (قانون / قوانين / نظام / أنظمة / تشريعات) whose
 * DIRECT complement is a country ("لأنظمة المملكة العربية السعودية", "قوانين دولة الكويت")
 * or a nationality adjective ("القانون السعودي"), in a sentence with a governing cue
 * ("تخضع", "تحكم", "تفسر", "وفقاً لـ", or a "القانون الواجب التطبيق" heading).
 * A topic between the noun and the country ("نظام الشركات في المملكة", the company law
 * a vendor registers under) breaks the direct complement, so it does not fire; neither does
 * a sentence about registration or incorporation.
 *
 * Matching runs on the compact Arabic matching form; offsets map back, quotes stay verbatim.
 */
const fold = (s: string) => arabicMatchForm(s).replace(/\u0640/g, '');

interface ArPlace {
  country: string;
  region: string | null;
}

/** Names longest first, so "المملكة العربية السعودية" wins over "السعودية". */
function alternation(rows: readonly (readonly [readonly string[], string, string | null, ...unknown[]])[]): {
  re: string;
  place: Map<string, ArPlace>;
} {
  const place = new Map<string, ArPlace>();
  for (const [names, country, region] of rows) for (const n of names) place.set(fold(n), { country, region });
  const re = [...place.keys()].sort((a, b) => b.length - a.length).join('|');
  return { re, place };
}

const AR_PLACES = alternation([...ARABIC_REGIONS, ...ARABIC_COUNTRIES]);
const AR_DEMONYMS = alternation(ARABIC_DEMONYMS);
const AR_PLACES_WITH_KINGDOM = new Map([...AR_PLACES.place, [fold('المملكة'), { country: 'SA', region: null }]]);

// The law noun, with its joined prefixes ("لأنظمة", "وفقاً للقوانين", "والأنظمة"), optionally
// paired ("الأنظمة واللوائح"); then optional "applicable/in force (in)"; then the place.
/** Raw-text pre-check: a law noun is in the sentence (any spelling), else no matching form is built. */
const AR_LAW_RAW = arabicLoose(['انظمه', 'قوانين', 'قانون', 'نظام', 'نظم', 'تشريعات']);
const LAW_STEMS = 'انظمه|قوانين|قانون|نظام|نظم|تشريعات';
const LAW_NOUN = `${withArabicPrefixes(LAW_STEMS)}(?:\\s+و(?:ال)?(?:لوائح|قوانين|انظمه|تشريعات|قرارات))?`;
const APPLICABLE = '(?:\\s+(?:المعمول\\s+بها|المعمول\\s+به|الساريه|النافذه|السائده|المطبقه)(?:\\s+(?:في|ب|لدي))?)?';
const LAW_OF_PLACE = new RegExp(`${LAW_NOUN}${APPLICABLE}\\s+(?:في\\s+)?(${AR_PLACES.re})(?![\\p{L}])`, 'gu');
/** A second place joined by "و" after the first: "القوانين المعمول بها في مصر والإمارات" (Egypt and the Emirates). */
const AR_AND_PLACE = new RegExp(`^\\s{0,2}و\\s?(${AR_PLACES.re})(?![\\p{L}])`, 'u');
/** The same with the bare "المملكة" (Saudi Arabia), used on pages that name Saudi Arabia. */
const LAW_OF_KINGDOM = new RegExp(
  `${LAW_NOUN}${APPLICABLE}\\s+(?:في\\s+)?(${AR_PLACES.re}|${ARABIC_BARE_KINGDOM})(?![\\p{L}])`,
  'gu',
);
/** The law noun, then a place written in Latin letters (a bilingual page): "للقوانين المعمول بها في Kingdom of Saudi Arabia". */
const LAW_OF_LATIN_PLACE = new RegExp(
  `${LAW_NOUN}${APPLICABLE}\\s+(?:في\\s+)?((?:the\\s+)?[A-Z][A-Za-z'’-]*(?:\\s+(?:[A-Z][A-Za-z'’-]*|of|and|the)){0,6})`,
  'u',
);
/** The place's words, without a trailing "of"/"and"/"the" the pattern may have taken. */
const latinPlaceName = (t: string) => t.replace(/(?:\s+(?:of|and|the))+$/, '');
const LAW_DEMONYM = new RegExp(`${LAW_NOUN}\\s+(${AR_DEMONYMS.re})(?![\\p{L}])`, 'gu');

/** A governing cue anywhere in the sentence (folded spelling). */
const GOVERNING_CUE =
  /(?:تخضع|يخضع|خاضعه|خاضع|تحكم|يحكم|تفسر|يفسر|تفصل|يفصل|تطبق|يطبق|وفقا\s{0,2}ل|طبقا\s{0,2}ل|القانون\s+الحاكم|الواجب\s+التطبيق)/u;
/** GOVERNING_CUE's one-word cues, and a word each of the others holds. */
const CUE_WORDS = ['تخضع', 'يخضع', 'خاضع', 'تحكم', 'يحكم', 'تفسر', 'يفسر', 'تفصل', 'يفصل', 'تطبق', 'يطبق'];
const CUE_PHRASE_WORDS = ['وفقا', 'طبقا', 'القانون', 'الواجب'];
/**
 * GOVERNING_CUE.test by indexOf first: most sentences naming a law hold no cue, and the regex, first compiled on an
 * Arabic page late in a process, is compiled without V8's search optimizations (see includesAny).
 */
function governingCue(text: string): boolean {
  if (includesAny(text, CUE_WORDS)) return true;
  return includesAny(text, CUE_PHRASE_WORDS) && GOVERNING_CUE.test(text);
}
/**
 * "these terms … are consistent with" the laws, "the provisions of Egyptian law apply to this agreement" (تسري على):
 * a cue only when the sentence names the document (a labour law "applies to the employees" chooses nothing).
 */
const WEAK_CUE = /(?:تتوافق|يتوافق|متوافقه)\s+مع|(?:ت|ي)سري\s+علي/u;
/** A word each WEAK_CUE match holds. */
const WEAK_CUE_WORDS = ['توافق', 'سري'];
const SELF_REFERENCE =
  /(?:هذه|وهذه)\s+(?:ال)?(?:شروط|اتفاقيه|احكام|بنود|سياسه|وثيقه)|(?:هذا|وهذا)\s+(?:ال)?(?:اتفاق|عقد)/u;
const GOVERNING_HEADING = /(?:القانون|النظام)\s+(?:الحاكم|الواجب\s+التطبيق|المطبق)/u;
/** Registration and incorporation: the law a company is formed under is not the contract's law. */
/** Complying with or breaking the laws is no choice of law: "الامتثال لأنظمة المملكة". */
const COMPLIANCE_BEFORE =
  /(?:امتثال|يمتثل|تمتثل|مخالفه|مخالف|انتهاك|احترام|يحترم|تحترم|بموجب|مراعاه)[\s,]{0,3}(?:[\p{L}]{1,8}\s+)?$/u;
const REGISTRATION = /(?:مسجله|مسجل|السجل\s+التجاري|سجل\s+تجاري|تاسست|مؤسسه\s+وفقا)/u;
/** A word every REGISTRATION match holds ("سجل" is in مسجل and السجل). */
const REGISTRATION_WORDS = ['سجل', 'تاسست', 'مؤسسه'];

/** "the applicable regulations" with no place: a defined term the definitions clause may resolve. */
const AR_UNPLACED = new RegExp(
  `${LAW_NOUN}\\s+(المعمول\\s+بها|المعمول\\s+به|الساريه|النافذه|المطبقه|ذات\\s+العلاقه)(?![\\p{L}])`,
  'u',
);
/** A definition line: the term, then ":" or "means/refers to", at the start of its sentence. */
const AR_DEFINITION = new RegExp(
  `^[\\s\\d.()\\-–*•"“”«»]{0,8}${LAW_NOUN}\\s+(المعمول\\s+بها|المعمول\\s+به|الساريه|النافذه|المطبقه|ذات\\s+العلاقه)[\\s"“”«»)]{0,3}(?::|-|–|تعني|يعني|يقصد\\s+بها|يقصد\\s+به|تشير\\s+الي|يشير\\s+الي)`,
  'u',
);
const AR_PLACE_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:[بفل]ي?\\s{0,3})?(${AR_PLACES.re})(?![\\p{L}])`, 'gu');

function traceRejected(s: Sentence, rule: string, why: string): void {
  if (tracing()) traceEvent({ field: 'governingLaw', rule, outcome: 'rejected', start: s.start, end: s.end, why });
}

/**
 * The place a definitions clause gives a law term ("الأنظمة المعمول بها: تشير إلى كافة القوانين
 * السارية في المملكة العربية السعودية"): one place only, else null. Definitions are short
 * sentences; each is read once per document (cached per Doc).
 */
const definitionCache = new WeakMap<Doc, Map<string, (ArPlace & { name: string }) | null>>();
function definedPlaces(doc: Doc): Map<string, (ArPlace & { name: string }) | null> {
  const cached = definitionCache.get(doc);
  if (cached) return cached;
  const out = new Map<string, (ArPlace & { name: string }) | null>();
  for (const s of doc.sentences) {
    if (s.text.length > 600 || !hasArabic(s.text) || !AR_LAW_RAW.test(s.text)) continue;
    const c = compactArabic(s.text);
    const d = AR_DEFINITION.exec(c.text);
    if (!d) continue;
    const qualifier = (d[1] as string).split(/\s+/)[0] as string;
    if (out.has(qualifier)) continue;
    const found = new Map<string, ArPlace & { name: string }>();
    AR_PLACE_ANYWHERE.lastIndex = 0;
    for (let m = AR_PLACE_ANYWHERE.exec(c.text); m; m = AR_PLACE_ANYWHERE.exec(c.text)) {
      const p = AR_PLACES.place.get(m[1] as string);
      if (!p) continue;
      const at = m.index + m[0].length - (m[1] as string).length;
      const span = originalSpan(c, at, m.index + m[0].length);
      found.set(`${p.country}|${p.region ?? ''}`, { ...p, name: s.text.slice(span.start, span.end) });
    }
    out.set(qualifier, found.size === 1 ? ([...found.values()][0] as ArPlace & { name: string }) : null);
  }
  definitionCache.set(doc, out);
  return out;
}

function arabicLaws(doc: Doc): Finding<Jurisdiction>[] {
  const out: Finding<Jurisdiction>[] = [];
  for (const s of doc.sentences) {
    if (!hasArabic(s.text) || !AR_LAW_RAW.test(s.text)) continue;
    const c = compactArabic(s.text);
    const underHeading = s.heading !== null && GOVERNING_HEADING.test(fold(s.heading));
    const cue =
      governingCue(c.text) ||
      (includesAny(c.text, WEAK_CUE_WORDS) && WEAK_CUE.test(c.text) && SELF_REFERENCE.test(c.text));
    if (!underHeading && !cue) continue;
    if (includesAny(c.text, REGISTRATION_WORDS) && REGISTRATION.test(c.text)) {
      traceRejected(s, 'governingLaw/arabicLawsOf', 'registration or incorporation');
      continue;
    }
    // A definition is not the governing clause (it is read through the term below).
    if (AR_DEFINITION.test(c.text)) continue;
    let found = 0;
    for (const [re, table] of [
      [saudiPage(doc) ? LAW_OF_KINGDOM : LAW_OF_PLACE, AR_PLACES_WITH_KINGDOM],
      [LAW_DEMONYM, AR_DEMONYMS.place],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(c.text); m; m = re.exec(c.text)) {
        const placeText = m[1] as string;
        const place = table.get(placeText);
        if (!place) continue;
        if (COMPLIANCE_BEFORE.test(c.text.slice(Math.max(0, m.index - 30), m.index))) {
          traceRejected(s, 'governingLaw/arabicLawsOf', 'complying with the law, not choosing it');
          continue;
        }
        const at = m.index + m[0].length - placeText.length;
        const span = originalSpan(c, at, at + placeText.length);
        const name = s.text.slice(span.start, span.end);
        out.push(makeFinding(doc, s, { name, ...place }, 0.7, 'governingLaw/arabicLawsOf'));
        found++;
        // Rule governingLaw/arabicLawsOfPlaceAndPlace, as English lawsOfPlaceAndPlace: both places govern.
        const and = table === AR_DEMONYMS.place ? null : AR_AND_PLACE.exec(c.text.slice(m.index + m[0].length));
        const second = and ? table.get(and[1] as string) : undefined;
        if (and && second) {
          const from = m.index + m[0].length + and[0].length - (and[1] as string).length;
          const span2 = originalSpan(c, from, from + (and[1] as string).length);
          const value = { name: s.text.slice(span2.start, span2.end), ...second };
          out.push(makeFinding(doc, s, value, 0.65, 'governingLaw/arabicLawsOfPlaceAndPlace'));
        }
      }
    }
    // A bilingual page naming the place in English: "تخضع هذه الشروط للقوانين المعمول بها في Kingdom of Saudi Arabia".
    if (found === 0) {
      const latin = LAW_OF_LATIN_PLACE.exec(c.text);
      const place = latin ? resolveJurisdiction(latinPlaceName(latin[1] as string)) : null;
      if (latin && place && !COMPLIANCE_BEFORE.test(c.text.slice(Math.max(0, latin.index - 30), latin.index))) {
        const at = latin.index + latin[0].length - (latin[1] as string).length;
        const span = originalSpan(c, at, at + latinPlaceName(latin[1] as string).length);
        const value = { name: s.text.slice(span.start, span.end), country: place.country, region: place.region };
        out.push(makeFinding(doc, s, value, 0.7, 'governingLaw/arabicLawsOf'));
        found++;
      }
    }
    // "تخضع هذه الاتفاقية للأنظمة المعمول بها": the place is in the term's definition.
    let unplaced = found === 0 && cue ? AR_UNPLACED.exec(c.text) : null;
    if (unplaced && COMPLIANCE_BEFORE.test(c.text.slice(Math.max(0, unplaced.index - 30), unplaced.index)))
      unplaced = null;
    if (unplaced) {
      const qualifier = (unplaced[1] as string).split(/\s+/)[0] as string;
      const place = definedPlaces(doc).get(qualifier);
      if (place) {
        const value = { name: place.name, country: place.country, region: place.region };
        out.push(makeFinding(doc, s, value, 0.65, 'governingLaw/arabicDefinedTerm'));
      } else {
        traceRejected(s, 'governingLaw/arabicDefinedTerm', 'no definition naming one place');
      }
    }
  }
  return out;
}

/**
 * A lead-in that leaves the law to its list: "… is governed by, and construed in accordance with, the laws of:",
 * "The governing law is as follows:". Each item names the law for a region or a customer location.
 */
const GOVERNING_LEAD =
  /\b(?:governed\s+by|construed\s+(?:in\s+accordance\s+with|under)|interpreted\s+(?:in\s+accordance\s+with|under))\b[^.;]{0,200}?\blaws?(?:\s+of)?(?:\s+the\s+following)?\s*:\s*$|\bgoverning\s+law\s+(?:is|shall\s+be|will\s+be)(?:\s+as\s+follows)?\s*:\s*$/i;
/** The lead-in's subject is the document or its disputes ("The Agreement and any dispute … is governed by"). */
const LEAD_SUBJECT =
  /\b(?:agreements?|terms|contracts?|order\s+forms?|eula|dpa|addendum|conditions|disputes?|claims?)\b/i;
/** Words of a forum: a place after them in the item is where disputes go, not whose law applies. */
const FORUM_WORDS = /\b(?:courts?|jurisdiction|venue|arbitration|tribunals?|seat)\b/i;

/**
 * Rule `governingLaw/lawsListedUnderLeadIn`: "… governed by … the laws of:" then "1. us.example.com: the laws of the State
 * of California, with exclusive jurisdiction in San Francisco", "2. eu.example.com: the laws of Germany, …": the law
 * per region or customer location, one per item. In each item the place after "laws of", else the first after the
 * item's label (the region or location it is for; with no label, the first); never one after a forum word.
 */
function lawsListedUnderLeadIn(doc: Doc): Finding<Jurisdiction>[] {
  const out: Finding<Jurisdiction>[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    if (doc.blocks[s.block]?.kind !== 'list-item' || !/\p{Lu}/u.test(s.text)) continue;
    const lead = leadInOf(doc, i, 8);
    if (!lead || !GOVERNING_LEAD.test(lead.text.slice(-260)) || !LEAD_SUBJECT.test(lead.text)) continue;
    const text = s.text;
    const sccElection = sccElectionCheck(s, 'governingLaw');
    const labelEnd = /^[^:]{1,80}:\s/.exec(text)?.[0].length ?? 0;
    const mentions = findJurisdictions(text).filter(
      (m) => !FORUM_WORDS.test(text.slice(0, m.start)) && !sccElection(m.start),
    );
    const chosen =
      mentions.find((m) => /\blaws?\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) ??
      mentions.find((m) => m.start >= labelEnd) ??
      null;
    if (!chosen) continue;
    const value: Jurisdiction = {
      name: chosen.name.replace(/\s+/g, ' '),
      country: chosen.country,
      region: chosen.region,
    };
    out.push(makeFinding(doc, s, value, 0.7, 'governingLaw/lawsListedUnderLeadIn'));
  }
  return out;
}

export function extractGoverningLaw(doc: Doc): Finding<Jurisdiction>[] {
  const findings: Finding<Jurisdiction>[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    // A hard-wrapped line is read with the lines of its sentence.
    const s = wrappedSentence(doc, i);
    if (uncheckedOption(s.text)) continue;
    for (const { mention, confidence, rule } of lawsInSentence(s)) {
      const name = mention.name.replace(/\s+/g, ' ');
      const value: Jurisdiction = { name, country: mention.country, region: mention.region };
      findings.push(makeFinding(doc, s, value, confidence, `governingLaw/${rule}`));
    }
  }
  findings.push(...labelledLaw(doc), ...lawsListedUnderLeadIn(doc));
  for (const row of lawForumTable(doc)) {
    if (!row.law) continue;
    const { name, country, region } = row.law;
    findings.push(makeFinding(doc, row.sentence, { name, country, region }, 0.6, 'governingLaw/lawForumTable'));
  }
  findings.push(...arabicLaws(doc));
  const unique = dedupeFindings(findings, (v) => `${v.country}|${v.region ?? ''}`);
  return dropCoveredCountries(withoutPartsOwnLaw(doc, unique));
}

/** "This Annex IV is governed by Brazilian law": the law of a numbered part of the document. */
const PART_GOVERNED =
  /\b(?:this|the)\s+(?:annex|schedule|exhibit|appendix|attachment)\s+(?:[IVX]{1,5}|\d{1,2}|[A-H])\b[^.;]{0,60}?\bgoverned\b/i;
/** "This DPA is governed by the law specified in the Principal Agreement": the document states its own law. */
const SELF_GOVERNED =
  /\b(?:this|these)\s+(?:agreement|terms|dpa|addendum|contract|eula|policy|sla|conditions)\b[^.;]{0,60}?\bgoverned\b/i;

/**
 * Rule `governingLaw/partsOwnLaw`: a numbered annex's law ("This Annex IV is governed by Brazilian law", a DPA's annex
 * for one country's data) is that part's, not the document's, where the document states its own elsewhere ("This DPA
 * is governed by the law specified in the Principal Agreement"), even by a reference that names no place.
 */
function withoutPartsOwnLaw(doc: Doc, findings: Finding<Jurisdiction>[]): Finding<Jurisdiction>[] {
  const parts = findings.filter((f) => PART_GOVERNED.test(f.quote));
  if (parts.length === 0 || !SELF_GOVERNED.test(doc.text)) return findings;
  for (const f of parts)
    if (tracing())
      traceEvent({
        field: 'governingLaw',
        rule: 'governingLaw/partsOwnLaw',
        outcome: 'rejected',
        start: f.start,
        end: f.end,
        why: "a numbered part's own law; the document states its own",
      });
  return findings.filter((f) => !parts.includes(f));
}
