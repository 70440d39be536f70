/**
 * The cheap legal-page detector. It runs in the content script on every page a user
 * visits, so it imports nothing but types and reads only the URL, the title, a few
 * headings and a bounded text sample. kind.ts reuses the same word lists and scoring
 * over the full document, so there is one vocabulary to tune.
 */
import type { DocKind } from './types';

export interface PageSignals {
  url: string;
  title: string;
  headings: string[];
  sample: string;
}

export interface Verdict {
  isLegal: boolean;
  kind: DocKind;
  score: number;
}

/** Text the detector reads from a page; the rest of the page costs nothing. */
export const SAMPLE_CHARS = 4000;
const MAX_HEADINGS = 24;
const MAX_HEADING_CHARS = 200;
/** Node visits while sampling text, so a page of 100k tiny nodes stays cheap. */
const MAX_NODES = 4000;

// ---------------------------------------------------------------------------------------
// Word lists. Every pattern is an alternation of literals with bounded gaps: linear.
// Patterns counted over text are lower-case and run on lower-cased text: V8's case-
// insensitive alternations cost several times more.

type KindRule = readonly [Exclude<DocKind, 'other'>, RegExp];

/**
 * Names of document kinds, most specific first: "Data Processing Addendum to the Master
 * Services Agreement" is a DPA, "Acceptable Use Policy" is an AUP before it is a policy.
 */
export const KIND_PHRASES: readonly KindRule[] = [
  ['dpa', /\b(?:data (?:processing|protection) (?:agreement|addendum|terms|exhibit|schedule)|DPA)\b/i],
  [
    'sla',
    /\b(?:service[- ]levels? (?:agreement|terms|policy|commitments?|objectives?|addendum|schedule)|SLAs?|uptime (?:commitment|guarantee)s?)\b/i,
  ],
  ['aup', /\b(?:acceptable[- ]use(?: policy)?|AUP|fair use policy|usage policy)\b/i],
  ['privacy', /\b(?:privacy (?:policy|notice|statement|pledge)|data privacy notice|privacy)\b/i],
  ['msa', /\b(?:master (?:services?|subscription|software|saas|cloud|customer|purchase) agreement|MSA)\b/i],
  [
    'terms',
    /\b(?:terms (?:of (?:service|services|use|sale|business)|and conditions|& conditions)|(?:general|user|customer|subscription|platform|website|online|saas|cloud|services?|licen[cs]e|software|enterprise) (?:terms|agreement)|software as a service (?:subscription )?agreement|end[- ]user licen[cs]e agreement|EULA|conditions (?:of|générales)|legal terms|ToS)\b/i,
  ],
  [
    'policy',
    /\b(?:(?:service delivery|support|refund|returns?|cancellation|cookies?|security|shipping|billing|payment|trademark|copyright|dmca|retention|deprecation|subprocessor|accessibility|disclosure) polic(?:y|ies)|polic(?:y|ies))\b/i,
  ],
];

/** URL path words that name a kind ("/legal/sla", "/terms-of-service", "/dpa"). */
const URL_KIND: readonly KindRule[] = [
  ['dpa', /(?:^|[/_.-])(?:dpa|data-?processing|data-?protection-?(?:agreement|addendum))(?:$|[/_.-])/],
  ['sla', /(?:^|[/_.-])(?:sla|slas|service-?levels?(?:-?agreement)?|uptime-?(?:sla|commitment))(?:$|[/_.-])/],
  ['aup', /(?:^|[/_.-])(?:aup|acceptable-?use(?:-?policy)?)(?:$|[/_.-])/],
  ['privacy', /(?:^|[/_.-])(?:privacy(?:-?policy|-?notice)?|datenschutz)(?:$|[/_.-])/],
  ['msa', /(?:^|[/_.-])(?:msa|master-?(?:services?|subscription)-?agreement)(?:$|[/_.-])/],
  [
    'terms',
    /(?:^|[/_.-])(?:terms|tos|terms-?of-?(?:service|use)|terms-?and-?conditions|eula|conditions|customer-?agreement|subscription-?agreement|saas-?agreement|user-?agreement)(?:$|[/_.-])/,
  ],
  ['policy', /(?:^|[/_.-])(?:[a-z]{1,20}-)?polic(?:y|ies)(?:$|[/_.-])/],
];

/** "/legal" says legal without saying which kind. */
const URL_LEGAL = /(?:^|[/_.-])(?:legal|policies|agreements?|contracts?|trust)(?:$|[/_.-])/;

/** Titles of pages that talk about legal documents without being one. */
const TITLE_NOT_LEGAL =
  /\?|\b(?:what (?:is|are)|how (?:to|do|does)|why|guide|explained|explainer|best practices|tips|vs\.?|versus|examples?|templates?|checklist|news|blog|review|comparison|compare|pricing|plans|faq|introduc\w{0,6}|announc\w{0,6}|launch\w{0,3}|webinar|podcast|case study)\b/i;

/** A document naming itself: "This Agreement", "these Terms", "this SLA". */
const SELF_REFERENCE =
  /\b(?:this|these)\s(?:(?:service level|master services?|master subscription|data processing|data protection|privacy|acceptable use|subscription|saas|user|customer|licen[cs]e|service delivery|support|refund|cookie|general|online) ){0,1}(?:agreement|addendum|terms|policy|sla|dpa|aup|msa|notice|statement|conditions|schedule|exhibit)\b/g;

/** Vocabulary of contracts and policies (counted per 1000 words). */
const LEGAL_WORDS =
  /\b(?:shall|hereinafter|herein|hereunder|hereto|hereof|hereby|thereof|therein|thereto|whereas|notwithstanding|pursuant|indemnif\w{0,10}|warrant(?:y|ies|s)?|disclaim\w{0,6}|liabilit(?:y|ies)|liable|governed by|governing law|jurisdiction|arbitration|terminat(?:e|ed|es|ion)|breach(?:es|ed)?|confidential(?:ity)?|applicable laws?|in accordance with|set forth|without limitation|force majeure|sole discretion|obligations?|remed(?:y|ies)|waive[rd]?|waiver|licen[cs]or|licen[cs]ee|sub-?processors?|data subjects?|personal (?:data|information)|entitled|deemed|provided that|prior written|written notice|effective date|intellectual property|affiliates?|representations?|consequential|incidental|exclusions?|service credits?|subscription fees?|order form|commercially reasonable|reasonable efforts|prior notice|in writing|expressly|non-refundable|lawful basis|legitimate interests?|data controller|retention period|third[- ]part(?:y|ies))\b/g;

/** Parties bound by a modal: "Customer shall", "Provider will", "you agree", "we reserve". */
const ROLE_OBLIGATION =
  /\b(?:Customers?|Providers?|Company|Licensee|Licensor|Subscribers?|Supplier|Vendor|Clients?|Users?|Party|Parties|Processor|Controller|Contractor)\s(?:shall|must|will|may not|agrees?|acknowledges?|represents?|warrants?|undertakes?|is responsible|are responsible|reserves?)\b/g;
const PRONOUN_OBLIGATION =
  /\b(?:you|we)\s(?:shall|must not|may not|agree|acknowledge|represent|warrant|undertake|are responsible|reserve the right|hereby)\b/g;
const SHALL = /\bshall\b/g;

/** Defined terms: (“Provider”), (the "Agreement"), hereinafter referred to as "Policy", “SLA” means. */
const DEFINED_TERM =
  /\((?:the |each |a |an |collectively,? |individually,? |hereinafter |together )?(?:the |referred to as |called )?["“][A-Z][^"”()\n]{0,40}["”]|\bhereinafter\b|["“][A-Z][^"”\n]{0,40}["”]\s(?:means|shall mean|has the meaning|refers to)\b|(?:^|\n)(?:[A-Z][a-z]{1,15} ){0,3}[A-Z][a-z]{1,15}:? (?:means|shall mean|refers to|those|any|all)\s/g;

/** Numbered structure: "Section 4", "Article 2", "4.2 Credits", "(iii) ", "(b) ". */
const SECTION_REF = /\b(?:Section|Article|Clause|Schedule|Exhibit|Annex)\s\d{1,3}|§\s?\d/g;
const ENUMERATOR = /\((?:i{1,3}|iv|vi{0,3}|ix|x|[a-h])\)\s/g;
const NUMBERED_HEADING =
  /^(?:(?:section|article|clause)\s)?(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[ivx]{1,5}\.|[A-H]\.)\s{0,2}\S/i;

/** Calls to action and prices: the furniture of product and pricing pages. */
const MARKETING =
  /\b(?:sign up|get started|start (?:your )?free|free trial|try (?:it )?(?:for )?free|buy now|add to cart|shop now|book a (?:demo|call)|request a demo|get a demo|schedule a demo|contact sales|talk to (?:sales|an expert)|learn more|read more|most popular|billed (?:annually|monthly|yearly)|per (?:user|seat)(?: per month)?|no credit card|upgrade now|compare plans|choose (?:your |a )?plan|save \d{1,2}%|testimonials?|trusted by|customers love|join (?:thousands|our newsletter|the waitlist)|download (?:now|the app)|watch (?:the )?(?:video|demo)|see (?:it in action|pricing)|starting at|unlimited \w{1,15}|everything in)\b|[$€£]\s?\d{1,6}(?:[.,]\d{1,2})?\s{0,2}(?:\/|per\s)\s{0,2}(?:mo|month|user|seat|year|yr)\b/g;

/** Reporting and blogging: quoted sources, bylines, reading time, second-person chat. */
const EDITORIAL =
  /\b(?:said|says|told|spokes(?:person|man|woman)|according to|reported|reporters?|analysts?|ago|min(?:ute)? read|posted (?:on|by)|written by|share (?:this|on)|comments?|newsletter|journalist|editor|interview|in this (?:post|article|guide)|this (?:post|article|guide)|let['’]s|you['’]ll|here['’]s|we['’]ll|for example, (?:a|an|if)|tl;dr|key takeaways|conclusion)\b/g;

/** SLA-only content words, for SLAs whose title names nothing ("Uptime Commitment", credits). */
const SLA_CONTENT =
  /\b(?:uptime|availability|downtime|service credits?|response times?|scheduled maintenance|unavailab\w{1,6})\b/g;
const PRIVACY_CONTENT =
  /\b(?:personal (?:data|information)|we collect|cookies|data subjects?|opt[- ]out|gdpr|ccpa|your rights)\b/g;

// ---------------------------------------------------------------------------------------
// Scoring shared with kind.ts.

export interface TextFeatures {
  words: number;
  legal: number;
  shall: number;
  obligations: number;
  defined: number;
  sections: number;
  selfRefs: number;
  marketing: number;
  editorial: number;
  /** SLA and privacy content words, for documents whose title names nothing. */
  slaContent: number;
  privacyContent: number;
  /** Self-references per kind ("this SLA" → sla). */
  selfKinds: Partial<Record<DocKind, number>>;
}

function count(re: RegExp, text: string, cap = 10_000): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space, newline, tab, "|" separate words; everything else is part of one.
    const sep = c === 32 || c === 10 || c === 9 || c === 13 || c === 124 || c === 160;
    if (!sep && !inWord) n++;
    inWord = !sep;
  }
  return n;
}

/** Kind named by a phrase, most specific rule first; null when none. */
export function kindOfPhrase(text: string): Exclude<DocKind, 'other'> | null {
  if (text === '') return null;
  for (const [kind, re] of KIND_PHRASES) if (re.test(text)) return kind;
  return null;
}

export function kindOfUrl(url: string): Exclude<DocKind, 'other'> | null {
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash >= 0 ? url.slice(slash) : '';
  }
  path = path
    .slice(0, 300)
    .toLowerCase()
    .replace(/[?#].*$/, '');
  if (path === '' || path === '/') return null;
  for (const [kind, re] of URL_KIND) if (re.test(path)) return kind;
  return null;
}

function urlLooksLegal(url: string): boolean {
  const scheme = url.indexOf('://');
  const slash = scheme >= 0 ? url.indexOf('/', scheme + 3) : 0;
  return slash >= 0 && URL_LEGAL.test(url.slice(slash, slash + 300).toLowerCase());
}

export function textFeatures(text: string): TextFeatures {
  const lower = text.toLowerCase();
  const selfKinds: Partial<Record<DocKind, number>> = {};
  let selfRefs = 0;
  SELF_REFERENCE.lastIndex = 0;
  for (let m = SELF_REFERENCE.exec(lower); m !== null && selfRefs < 500; m = SELF_REFERENCE.exec(lower)) {
    selfRefs++;
    const kind = kindOfPhrase(m[0]);
    if (kind) selfKinds[kind] = (selfKinds[kind] ?? 0) + 1;
  }
  SELF_REFERENCE.lastIndex = 0;
  return {
    words: countWords(text),
    legal: count(LEGAL_WORDS, lower),
    shall: count(SHALL, lower),
    obligations: count(ROLE_OBLIGATION, text) + count(PRONOUN_OBLIGATION, lower),
    defined: count(DEFINED_TERM, text),
    sections: count(SECTION_REF, text) + count(ENUMERATOR, text),
    selfRefs,
    marketing: count(MARKETING, lower),
    editorial: count(EDITORIAL, lower),
    slaContent: count(SLA_CONTENT, lower),
    privacyContent: count(PRIVACY_CONTENT, lower),
    selfKinds,
  };
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

export interface ScoreInput {
  url: string;
  title: string;
  headings: string[];
  features: TextFeatures;
}

/**
 * Legal evidence from the language's structure (obligations, defined terms, numbered
 * sections, a document naming itself), plus what the title, headings and URL call the
 * page, minus the furniture of marketing and editorial pages.
 */
export function scoreLegal(input: ScoreInput): Verdict {
  const f = input.features;
  const per1000 = (n: number) => (f.words > 0 ? (n * 1000) / Math.max(f.words, 150) : 0);
  const numbered = input.headings.reduce((n, h) => n + (NUMBERED_HEADING.test(h) ? 1 : 0), 0);

  // What the language itself says, 0..1.
  const structure =
    0.3 * clamp01((per1000(f.legal) - 4) / 16) +
    0.2 * clamp01(per1000(f.obligations) / 4) +
    0.15 * clamp01(f.selfRefs / 3) +
    0.12 * clamp01(f.defined / 3) +
    0.1 * clamp01((f.sections + numbered) / 4) +
    0.13 * clamp01(per1000(f.shall) / 4);

  // What the page calls itself.
  const titleKind = kindOfPhrase(input.title);
  const titleDenied = TITLE_NOT_LEGAL.test(input.title);
  const urlKind = kindOfUrl(input.url);
  let naming = 0;
  if (titleKind && !titleDenied) naming += 0.25;
  if (urlKind) naming += 0.1;
  else if (urlLooksLegal(input.url)) naming += 0.05;
  if (input.headings.slice(0, 3).some((h) => kindOfPhrase(h) !== null && !TITLE_NOT_LEGAL.test(h))) naming += 0.1;
  // An SLA in plain words (uptime, credits, exclusions) still names what it is.
  if (per1000(f.slaContent) >= 8 && per1000(f.legal) >= 10) naming += 0.15;
  // So does a privacy notice, whose obligations are written as "we collect", "we use".
  else if (per1000(f.privacyContent) >= 6 && per1000(f.legal) >= 8) naming += 0.15;
  naming = Math.min(naming, 0.4);

  // Marketing and editorial pages. A nav bar's "Sign up" is forgiven: the first two hits are free.
  const noise = 0.5 * clamp01(per1000(Math.max(0, f.marketing - 2)) / 5) + 0.5 * clamp01(per1000(f.editorial) / 6);
  const denial = titleDenied ? 0.25 : 0;

  // Too few words to judge: scale the evidence down rather than guess.
  const sizeFactor = clamp01(f.words / 120);
  const raw = (0.8 * structure + naming) * sizeFactor - noise * (1 - structure * 0.5) - denial;
  const score = Math.round(clamp01(raw) * 100) / 100;
  const isLegal = score >= 0.5;
  if (!isLegal) return { isLegal, kind: 'other', score };
  const kind = pickKind(input, titleKind, urlKind, f) ?? kindFromContent(f);
  return { isLegal, kind, score };
}

function pickKind(
  input: ScoreInput,
  titleKind: DocKind | null,
  urlKind: DocKind | null,
  f: TextFeatures,
): Exclude<DocKind, 'other'> | null {
  const votes = new Map<Exclude<DocKind, 'other'>, number>();
  const vote = (k: DocKind | null, w: number) => {
    if (k && k !== 'other') votes.set(k, (votes.get(k) ?? 0) + w);
  };
  vote(titleKind, 4);
  for (let i = 0; i < Math.min(3, input.headings.length); i++) {
    vote(kindOfPhrase(input.headings[i] as string), i === 0 ? 3 : 1.5);
  }
  vote(urlKind, 2);
  for (const [k, n] of Object.entries(f.selfKinds)) vote(k as DocKind, Math.min(n, 3));
  let best: Exclude<DocKind, 'other'> | null = null;
  let bestScore = 0;
  for (const [k, s] of votes) if (s > bestScore) [best, bestScore] = [k, s];
  return best;
}

/** The kind when nothing names it: content words, then "terms" as the generic legal page. */
function kindFromContent(f: TextFeatures): Exclude<DocKind, 'other'> {
  const per1000 = (n: number) => (n * 1000) / Math.max(f.words, 150);
  if (per1000(f.slaContent) >= 8) return 'sla';
  if (per1000(f.privacyContent) >= 6) return 'privacy';
  return 'terms';
}

export function detectPage(signals: PageSignals): Verdict {
  const sample = signals.sample.length > SAMPLE_CHARS ? signals.sample.slice(0, SAMPLE_CHARS) : signals.sample;
  const headings = signals.headings.slice(0, MAX_HEADINGS).map((h) => h.slice(0, MAX_HEADING_CHARS));
  const title = signals.title.slice(0, MAX_HEADING_CHARS);
  return scoreLegal({ url: signals.url, title, headings, features: textFeatures(sample) });
}

// ---------------------------------------------------------------------------------------
// Reading a page cheaply.

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'NAV',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'CANVAS',
]);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'BR']);

/**
 * Title, h1–h3 texts and a bounded text sample from the main content, skipping
 * navigation, headers, footers and scripts. Never touches innerText (it forces layout).
 */
export function collectPageSignals(document: Document, url: string): PageSignals {
  const title = (document.title || '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_CHARS);
  const headings: string[] = [];
  const hs = document.querySelectorAll('h1, h2, h3');
  for (let i = 0; i < hs.length && headings.length < MAX_HEADINGS; i++) {
    const t = (hs[i]?.textContent ?? '')
      .slice(0, MAX_HEADING_CHARS * 2)
      .replace(/\s+/g, ' ')
      .trim();
    if (t) headings.push(t.slice(0, MAX_HEADING_CHARS));
  }
  const root =
    document.querySelector('main, article, [role="main"]') ?? document.body ?? document.documentElement ?? null;
  return { url, title, headings, sample: root ? sampleText(root) : '' };
}

function sampleText(root: Node): string {
  let out = '';
  let visited = 0;
  // Iterative depth-first walk; a stack of child lists keeps deep pages off the call stack.
  const stack: Node[] = [root];
  while (stack.length > 0 && out.length < SAMPLE_CHARS && visited < MAX_NODES) {
    const node = stack.pop() as Node;
    visited++;
    if (node.nodeType === 3) {
      const t = node.nodeValue;
      if (t) out += t.length > SAMPLE_CHARS ? t.slice(0, SAMPLE_CHARS) : t;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (node !== root && SKIP_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) out += '\n';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return out
    .replace(/[ \t\r\f\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim()
    .slice(0, SAMPLE_CHARS);
}
