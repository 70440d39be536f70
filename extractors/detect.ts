/**
 * The cheap legal-page detector. It runs in the content script on every page a user
 * visits, so it imports nothing but types and reads only the URL, the title, a few
 * headings and a bounded text sample. kind.ts reuses the same word lists and scoring
 * over the full document, so there is one vocabulary to tune.
 *
 * Every page is a fresh script context, so the cost that matters is the first call:
 * V8 compiles each regex and function on first use. Hence no big alternations: the text
 * is split once into words (one trivial regex), and the word lists below become Map
 * lookups of a word and the few words after it.
 */
import { cleanSignals, type PageSignals } from './page-signals';
import type { DocKind } from './types';

export { collectPageSignals, type PageSignals, SAMPLE_CHARS } from './page-signals';

export interface Verdict {
  isLegal: boolean;
  kind: DocKind;
  score: number;
}

// ---------------------------------------------------------------------------------------
// Word lists. Words are ASCII letters, digits and "_" (what \b sees); a phrase matches
// words in a row joined by exactly the separators written here ("governed by" needs one
// space, "third-party" a hyphen). Matching is on lower-cased text unless noted.

type Kind = Exclude<DocKind, 'other'>;

/** Every word of `heads` followed by every word of `tails`: cross(['a', 'b'], ['x']) → ['a x', 'b x']. */
function cross(heads: readonly string[], tails: readonly string[]): string[] {
  const out: string[] = [];
  for (const h of heads) for (const t of tails) out.push(`${h} ${t}`);
  return out;
}

/**
 * Names of document kinds, most specific first: "Data Processing Addendum to the Master
 * Services Agreement" is a DPA, "Acceptable Use Policy" is an AUP before it is a policy.
 */
const KIND_NAMES: readonly (readonly [Kind, readonly string[]])[] = [
  [
    'dpa',
    [
      ...cross(['data processing', 'data protection'], ['agreement', 'addendum', 'terms', 'exhibit', 'schedule']),
      'dpa',
    ],
  ],
  [
    'sla',
    [
      ...cross(
        ['service level', 'service-level', 'service levels', 'service-levels'],
        [
          'agreement',
          'terms',
          'policy',
          'commitment',
          'commitments',
          'objective',
          'objectives',
          'addendum',
          'schedule',
        ],
      ),
      'sla',
      'slas',
      ...cross(['uptime'], ['commitment', 'commitments', 'guarantee', 'guarantees']),
    ],
  ],
  [
    'aup',
    [
      'acceptable use policy',
      'acceptable-use policy',
      'acceptable use',
      'acceptable-use',
      'aup',
      'fair use policy',
      'usage policy',
    ],
  ],
  ['privacy', [...cross(['privacy'], ['policy', 'notice', 'statement', 'pledge']), 'data privacy notice', 'privacy']],
  [
    'msa',
    [
      ...cross(
        cross(['master'], ['service', 'services', 'subscription', 'software', 'saas', 'cloud', 'customer', 'purchase']),
        ['agreement'],
      ),
      'msa',
    ],
  ],
  [
    'terms',
    [
      ...cross(
        ['terms'],
        ['of service', 'of services', 'of use', 'of sale', 'of business', 'and conditions', '& conditions'],
      ),
      ...cross(
        [
          'general',
          'user',
          'customer',
          'subscription',
          'platform',
          'website',
          'online',
          'saas',
          'cloud',
          'service',
          'services',
          'license',
          'licence',
          'software',
          'enterprise',
        ],
        ['terms', 'agreement'],
      ),
      'software as a service subscription agreement',
      'software as a service agreement',
      ...cross(['end user', 'end-user'], ['license agreement', 'licence agreement']),
      'eula',
      'conditions of',
      'conditions générales',
      'legal terms',
      'tos',
    ],
  ],
  [
    'policy',
    [
      ...cross(
        [
          'service delivery',
          'support',
          'refund',
          'return',
          'returns',
          'cancellation',
          'cookie',
          'cookies',
          'security',
          'shipping',
          'billing',
          'payment',
          'trademark',
          'copyright',
          'dmca',
          'retention',
          'deprecation',
          'subprocessor',
          'accessibility',
          'disclosure',
        ],
        ['policy', 'policies'],
      ),
      'policy',
      'policies',
    ],
  ],
];

/** URL path words that name a kind ("/legal/sla", "/terms-of-service", "/dpa"). Each "-" may also be left out. */
const URL_KIND_NAMES: readonly (readonly [Kind, readonly string[]])[] = [
  ['dpa', ['dpa', 'data-processing', 'data-protection-agreement', 'data-protection-addendum']],
  [
    'sla',
    [
      'sla',
      'slas',
      'service-level',
      'service-levels',
      'service-level-agreement',
      'service-levels-agreement',
      'uptime-sla',
      'uptime-commitment',
    ],
  ],
  ['aup', ['aup', 'acceptable-use', 'acceptable-use-policy']],
  ['privacy', ['privacy', 'privacy-policy', 'privacy-notice', 'datenschutz']],
  ['msa', ['msa', 'master-service-agreement', 'master-services-agreement', 'master-subscription-agreement']],
  [
    'terms',
    [
      'terms',
      'tos',
      'terms-of-service',
      'terms-of-use',
      'terms-and-conditions',
      'eula',
      'conditions',
      'customer-agreement',
      'subscription-agreement',
      'saas-agreement',
      'user-agreement',
    ],
  ],
  // "/refund-policy": the "-" before "policy" is a boundary like "/".
  ['policy', ['policy', 'policies']],
];

/** "/legal" says legal without saying which kind. */
const URL_LEGAL_WORDS = ['legal', 'policies', 'agreement', 'agreements', 'contract', 'contracts', 'trust'];

/** Titles of pages that talk about legal documents without being one (and any title with "?"). */
const TITLE_NOT_LEGAL_WORDS = [
  'what is',
  'what are',
  'how to',
  'how do',
  'how does',
  'why',
  'guide',
  'explained',
  'explainer',
  'best practices',
  'tips',
  'vs',
  'versus',
  'example',
  'examples',
  'template',
  'templates',
  'checklist',
  'news',
  'blog',
  'review',
  'comparison',
  'compare',
  'pricing',
  'plans',
  'faq',
  'webinar',
  'podcast',
  'case study',
];

/** Word stems: [stem, fewest, most letters after it]. "introduc" 0–6 covers "introducing", "introduction". */
type Stem = readonly [string, number, number];
const TITLE_NOT_LEGAL_STEMS: readonly Stem[] = [
  ['introduc', 0, 6],
  ['announc', 0, 6],
  ['launch', 0, 3],
];

/** A document naming itself: "This Agreement", "these Terms", "this SLA" (after "this"/"these" and one space). */
const SELF_QUALIFIERS = [
  'service level',
  'master services',
  'master service',
  'master subscription',
  'data processing',
  'data protection',
  'privacy',
  'acceptable use',
  'subscription',
  'saas',
  'user',
  'customer',
  'license',
  'licence',
  'service delivery',
  'support',
  'refund',
  'cookie',
  'general',
  'online',
];
const SELF_NOUNS = [
  'agreement',
  'addendum',
  'terms',
  'policy',
  'sla',
  'dpa',
  'aup',
  'msa',
  'notice',
  'statement',
  'conditions',
  'schedule',
  'exhibit',
];

/** Vocabulary of contracts and policies (counted per 1000 words). */
const LEGAL_WORDS = [
  'shall',
  'hereinafter',
  'herein',
  'hereunder',
  'hereto',
  'hereof',
  'hereby',
  'thereof',
  'therein',
  'thereto',
  'whereas',
  'notwithstanding',
  'pursuant',
  'warrant',
  'warranty',
  'warranties',
  'warrants',
  'liability',
  'liabilities',
  'liable',
  'governed by',
  'governing law',
  'jurisdiction',
  'arbitration',
  'terminate',
  'terminated',
  'terminates',
  'termination',
  'breach',
  'breaches',
  'breached',
  'confidential',
  'confidentiality',
  'applicable law',
  'applicable laws',
  'in accordance with',
  'set forth',
  'without limitation',
  'force majeure',
  'sole discretion',
  'obligation',
  'obligations',
  'remedy',
  'remedies',
  'waive',
  'waived',
  'waiver',
  'licensor',
  'licencor',
  'licensee',
  'licencee',
  'subprocessor',
  'subprocessors',
  'sub-processor',
  'sub-processors',
  'data subject',
  'data subjects',
  'personal data',
  'personal information',
  'entitled',
  'deemed',
  'provided that',
  'prior written',
  'written notice',
  'effective date',
  'intellectual property',
  'affiliate',
  'affiliates',
  'representation',
  'representations',
  'consequential',
  'incidental',
  'exclusion',
  'exclusions',
  'service credit',
  'service credits',
  'subscription fee',
  'subscription fees',
  'order form',
  'commercially reasonable',
  'reasonable efforts',
  'prior notice',
  'in writing',
  'expressly',
  'non-refundable',
  'lawful basis',
  'legitimate interest',
  'legitimate interests',
  'data controller',
  'retention period',
  'third party',
  'third parties',
  'third-party',
  'third-parties',
];
const LEGAL_STEMS: readonly Stem[] = [
  ['indemnif', 0, 10],
  ['disclaim', 0, 6],
];

/**
 * Parties bound by a modal: "Customer shall", "Provider will". Case-sensitive: the role is
 * capitalized as written here, one whitespace, then the modal in lower case.
 */
const ROLES = [
  'Customer',
  'Customers',
  'Provider',
  'Providers',
  'Company',
  'Licensee',
  'Licensor',
  'Subscriber',
  'Subscribers',
  'Supplier',
  'Vendor',
  'Client',
  'Clients',
  'User',
  'Users',
  'Party',
  'Parties',
  'Processor',
  'Controller',
  'Contractor',
];
const ROLE_MODALS = [
  'shall',
  'must',
  'will',
  'may not',
  'agree',
  'agrees',
  'acknowledge',
  'acknowledges',
  'represent',
  'represents',
  'warrant',
  'warrants',
  'undertake',
  'undertakes',
  'is responsible',
  'are responsible',
  'reserve',
  'reserves',
];
/** "you agree", "we reserve the right" (any case, one whitespace after the pronoun). */
const PRONOUNS = ['you', 'we'];
const PRONOUN_MODALS = [
  'shall',
  'must not',
  'may not',
  'agree',
  'acknowledge',
  'represent',
  'warrant',
  'undertake',
  'are responsible',
  'reserve the right',
  'hereby',
];

/** Numbered structure: "Section 4", "Article 2" (case-sensitive, one whitespace, a digit); also "§ 4", "(iii) ". */
const SECTION_WORDS = ['Section', 'Article', 'Clause', 'Schedule', 'Exhibit', 'Annex'];
const ENUMERATORS = [
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'vii',
  'viii',
  'ix',
  'x',
  'a',
  'b',
  'c',
  'd',
  'e',
  'f',
  'g',
  'h',
];

/**
 * Calls to action and prices: the furniture of product and pricing pages. Also "save 20%"
 * (when a word follows the "%" directly), "unlimited <word>" and prices like "$12/mo",
 * "€9 per user" (see countPrices).
 */
const MARKETING = [
  'sign up',
  'get started',
  'start free',
  'start your free',
  'free trial',
  'try free',
  'try it free',
  'try for free',
  'try it for free',
  'buy now',
  'add to cart',
  'shop now',
  'book a demo',
  'book a call',
  'request a demo',
  'get a demo',
  'schedule a demo',
  'contact sales',
  'talk to sales',
  'talk to an expert',
  'learn more',
  'read more',
  'most popular',
  'billed annually',
  'billed monthly',
  'billed yearly',
  'per user',
  'per seat',
  'per user per month',
  'per seat per month',
  'no credit card',
  'upgrade now',
  'compare plans',
  'choose plan',
  'choose your plan',
  'choose a plan',
  'testimonial',
  'testimonials',
  'trusted by',
  'customers love',
  'join thousands',
  'join our newsletter',
  'join the waitlist',
  'download now',
  'download the app',
  'watch video',
  'watch the video',
  'watch demo',
  'watch the demo',
  'see it in action',
  'see pricing',
  'starting at',
  'everything in',
];
const PRICE_UNITS = ['mo', 'month', 'user', 'seat', 'year', 'yr'];

/** Reporting and blogging: quoted sources, bylines, reading time, second-person chat. */
const EDITORIAL = [
  'said',
  'says',
  'told',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'according to',
  'reported',
  'reporter',
  'reporters',
  'analyst',
  'analysts',
  'ago',
  'min read',
  'minute read',
  'posted on',
  'posted by',
  'written by',
  'share this',
  'share on',
  'comment',
  'comments',
  'newsletter',
  'journalist',
  'editor',
  'interview',
  'in this post',
  'in this article',
  'in this guide',
  'this post',
  'this article',
  'this guide',
  "let's",
  'let’s',
  "you'll",
  'you’ll',
  "here's",
  'here’s',
  "we'll",
  'we’ll',
  'for example, a',
  'for example, an',
  'for example, if',
  'tl;dr',
  'key takeaways',
  'conclusion',
];

/** SLA-only content words, for SLAs whose title names nothing ("Uptime Commitment", credits). */
const SLA_CONTENT = [
  'uptime',
  'availability',
  'downtime',
  'service credit',
  'service credits',
  'response time',
  'response times',
  'scheduled maintenance',
];
const SLA_STEMS: readonly Stem[] = [['unavailab', 1, 6]];
const PRIVACY_CONTENT = [
  'personal data',
  'personal information',
  'we collect',
  'cookies',
  'data subject',
  'data subjects',
  'opt out',
  'opt-out',
  'gdpr',
  'ccpa',
  'your rights',
];

// ---------------------------------------------------------------------------------------
// Lookup tables built from the lists above (a few hundred Map entries: cheap at load).

/** ASCII word characters, the way \b sees them; the capture keeps the separators. */
const WORD_SPLIT = /([^a-z0-9_]+)/;

/** Lower-cased text as [word, separator, word, …, word]: words at even indices, '' at an end that is a separator. */
function splitWords(lower: string): string[] {
  return lower.split(WORD_SPLIT);
}

/** A phrase after its first word: the words and the separator before each. */
interface Phrase {
  tag: number;
  rest: string[];
  seps: string[];
}

type PhraseTable = Map<string, Phrase[]>;

/**
 * Indexes phrases by first word, longer phrases first as a greedy regex would match them.
 * The whole list is split in one call ("a b|c-d" → a, " ", b, "|", c, "-", d): cheap cold.
 */
function addPhrases(table: PhraseTable, phrases: readonly string[], tag: number): PhraseTable {
  const parts = splitWords(phrases.join('|').toLowerCase());
  for (let i = 0; i < parts.length; ) {
    const first = parts[i] as string;
    const entry: Phrase = { tag, rest: [], seps: [] };
    i++;
    while (i < parts.length && parts[i] !== '|') {
      entry.seps.push(parts[i] as string);
      entry.rest.push(parts[i + 1] as string);
      i += 2;
    }
    i++;
    const list = table.get(first);
    if (list === undefined) table.set(first, [entry]);
    else {
      let k = list.length;
      while (k > 0 && (list[k - 1] as Phrase).rest.length < entry.rest.length) k--;
      list.splice(k, 0, entry);
    }
  }
  return table;
}

/** Does `p` continue the word at `parts[i]`, ending at or before `parts[end]`? */
function follows(parts: readonly string[], i: number, p: Phrase, end = parts.length): boolean {
  const n = p.rest.length;
  if (i + 2 * n >= end) return false;
  for (let k = 0; k < n; k++) {
    if (parts[i + 1 + 2 * k] !== p.seps[k] || parts[i + 2 + 2 * k] !== p.rest[k]) return false;
  }
  return true;
}

/** Words a phrase of `list` covers when it starts at parts[i] (0: none), first match in `list` order. */
function matchAt(parts: readonly string[], i: number, list: readonly Phrase[] | undefined): number {
  if (list === undefined) return 0;
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as Phrase;
    if (follows(parts, i, p)) return p.rest.length + 1;
  }
  return 0;
}

// Indexed, not destructured: destructuring runs the iterator protocol, slow before V8 optimizes.
const stemMatches = (w: string, s: Stem) =>
  w.length >= s[0].length + s[1] && w.length <= s[0].length + s[2] && w.startsWith(s[0]);

const KINDS: readonly Kind[] = KIND_NAMES.map((e) => e[0]);
const KIND_TABLE: PhraseTable = new Map();
for (let i = 0; i < KIND_NAMES.length; i++)
  addPhrases(KIND_TABLE, (KIND_NAMES[i] as (typeof KIND_NAMES)[number])[1], i);

// Categories counted over text; each skips past its own matches, as a global regex does.
const LEGAL = 0;
const MARKETING_CAT = 1;
const EDITORIAL_CAT = 2;
const SLA = 3;
const PRIVACY = 4;
const PHRASE_CATS = 5;
// Words that start a hand-checked pattern.
const ROLE = 10;
const PRONOUN = 11;
const SELF = 12;
const SECTION = 13;
const SAVE = 14;
const UNLIMITED = 15;

const TEXT_TABLE: PhraseTable = new Map();
addPhrases(TEXT_TABLE, LEGAL_WORDS, LEGAL);
addPhrases(TEXT_TABLE, MARKETING, MARKETING_CAT);
addPhrases(TEXT_TABLE, EDITORIAL, EDITORIAL_CAT);
addPhrases(TEXT_TABLE, SLA_CONTENT, SLA);
addPhrases(TEXT_TABLE, PRIVACY_CONTENT, PRIVACY);
addPhrases(
  TEXT_TABLE,
  ROLES.map((r) => r.toLowerCase()),
  ROLE,
);
addPhrases(TEXT_TABLE, PRONOUNS, PRONOUN);
addPhrases(TEXT_TABLE, ['this', 'these'], SELF);
addPhrases(
  TEXT_TABLE,
  SECTION_WORDS.map((w) => w.toLowerCase()),
  SECTION,
);
addPhrases(TEXT_TABLE, ['save'], SAVE);
addPhrases(TEXT_TABLE, ['unlimited'], UNLIMITED);
/** [category, stem] pairs; all stems are 8+ letters. */
const TEXT_STEMS: readonly (readonly [number, Stem])[] = [
  [LEGAL, LEGAL_STEMS[0] as Stem],
  [LEGAL, LEGAL_STEMS[1] as Stem],
  [SLA, SLA_STEMS[0] as Stem],
];

/** First letters of the stems: most words are not worth a closer look. */
const STEM_INITIALS = TEXT_STEMS.map((s) => s[1][0][0]).join('');
const ROLE_SET = new Set(ROLES);
const SECTION_SET = new Set(SECTION_WORDS);
const ROLE_MODAL_TABLE = addPhrases(new Map(), ROLE_MODALS, 0);
const PRONOUN_MODAL_TABLE = addPhrases(new Map(), PRONOUN_MODALS, 0);
const SELF_QUALIFIER_TABLE = addPhrases(new Map(), SELF_QUALIFIERS, 0);
const SELF_NOUN_SET = new Set(SELF_NOUNS);
const NOT_LEGAL_TABLE = addPhrases(new Map(), TITLE_NOT_LEGAL_WORDS, 0);
const PRICE_UNIT_SET = new Set(PRICE_UNITS);
const ENUMERATOR_SET = new Set(ENUMERATORS);

/** URL words without their "-" → [index of the kind in URL_KIND_NAMES, the name with every optional "-"]. */
type UrlTable = Map<string, readonly [number, string]>;
const URL_KIND_TABLE: UrlTable = new Map();
for (let i = 0; i < URL_KIND_NAMES.length; i++) {
  for (const name of (URL_KIND_NAMES[i] as (typeof URL_KIND_NAMES)[number])[1]) {
    const key = name.replaceAll('-', '');
    if (!URL_KIND_TABLE.has(key)) URL_KIND_TABLE.set(key, [i, name]);
  }
}
const URL_LEGAL_TABLE: UrlTable = new Map(URL_LEGAL_WORDS.map((w) => [w, [0, w]]));

/**
 * The kind names as case-insensitive regexes, for callers that search or cut them out of
 * free text (vendor.ts). Built from KIND_NAMES; the detector itself never runs them.
 */
export const KIND_PHRASES: readonly (readonly [Kind, RegExp])[] = /* @__PURE__ */ kindRegexes();

function kindRegexes(): (readonly [Kind, RegExp])[] {
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return KIND_NAMES.map(([kind, names]) => {
    const sorted = [...names].sort((a, b) => b.length - a.length);
    return [kind, new RegExp(`\\b(?:${sorted.map(literal).join('|')})\\b`, 'i')] as const;
  });
}

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

/** Counts stop here, as before: a pathological text cannot make the loops run longer. */
const CAP = 10_000;

/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => isDigit(c) || isUpper(c) || isLower(c) || c === 95;
/** A separator of exactly one whitespace character. */
const oneSpace = (sep: string | undefined) => sep !== undefined && sep.length === 1 && isSpace(sep.charCodeAt(0));

/** Words: runs of anything but space, tab, newline, "|" and no-break space. */
const WORD_RUN = /[^ \n\t\r|\u00a0]+/g;
function countWords(text: string): number {
  return text.match(WORD_RUN)?.length ?? 0;
}

/** Index in KIND_NAMES of the most specific kind named in parts[from..end), or -1. */
function kindIn(parts: readonly string[], from: number, end: number): number {
  let best = KINDS.length;
  for (let i = from; i < end; i += 2) {
    const list = KIND_TABLE.get(parts[i] as string);
    if (list === undefined) continue;
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as Phrase;
      if (p.tag < best && follows(parts, i, p, end)) best = p.tag;
    }
  }
  return best < KINDS.length ? best : -1;
}

/** Kind named by a phrase, most specific rule first; null when none. */
export function kindOfPhrase(text: string): Kind | null {
  if (text === '') return null;
  const parts = splitWords(text.toLowerCase());
  const k = kindIn(parts, 0, parts.length);
  return k < 0 ? null : (KINDS[k] as Kind);
}

/** Does a title or heading say it is about legal documents rather than one ("What is an SLA?", "Pricing")? */
function deniesLegal(text: string): boolean {
  if (text.includes('?')) return true;
  const parts = splitWords(text.toLowerCase());
  for (let i = 0; i < parts.length; i += 2) {
    const w = parts[i] as string;
    if (matchAt(parts, i, NOT_LEGAL_TABLE.get(w)) > 0) return true;
    for (let k = 0; k < TITLE_NOT_LEGAL_STEMS.length; k++)
      if (stemMatches(w, TITLE_NOT_LEGAL_STEMS[k] as Stem)) return true;
  }
  return false;
}

/**
 * The lowest index of `table` named by the path's words, where words are separated by
 * "/", "_", "." or "-" and a name may span words joined by "-"; -1 when none.
 */
function urlWords(path: string, table: UrlTable): number {
  const parts = path.split(/([/_.-])/);
  let best = -1;
  for (let i = 0; i < parts.length; i += 2) {
    let name = parts[i] as string;
    let key = name;
    for (let j = i; ; ) {
      const e = table.get(key);
      if (e !== undefined && (best < 0 || e[0] < best) && dropsHyphens(e[1], name)) best = e[0];
      if (parts[j + 1] !== '-' || j - i >= 6) break;
      j += 2;
      name = `${name}-${parts[j]}`;
      key += parts[j];
    }
  }
  return best;
}

/** Is `name` `full` with some of its "-" left out ("termsof-service" of "terms-of-service")? */
function dropsHyphens(full: string, name: string): boolean {
  let k = 0;
  for (let f = 0; f < full.length; f++) {
    if (name[k] === full[f]) k++;
    else if (full[f] !== '-') return false;
  }
  return k === name.length;
}

export function kindOfUrl(url: string): Kind | null {
  let path = url;
  const scheme = url.indexOf('://');
  if (scheme >= 0) {
    const slash = url.indexOf('/', scheme + 3);
    path = slash >= 0 ? url.slice(slash) : '';
  }
  path = path.slice(0, 300).toLowerCase();
  const q = path.indexOf('?');
  const h = path.indexOf('#');
  if (q >= 0 || h >= 0) path = path.slice(0, q < 0 ? h : h < 0 ? q : Math.min(q, h));
  if (path === '' || path === '/') return null;
  const k = urlWords(path, URL_KIND_TABLE);
  return k < 0 ? null : (KINDS[k] as Kind);
}

function urlLooksLegal(url: string): boolean {
  const scheme = url.indexOf('://');
  const slash = scheme >= 0 ? url.indexOf('/', scheme + 3) : 0;
  return slash >= 0 && urlWords(url.slice(slash, slash + 300).toLowerCase(), URL_LEGAL_TABLE) >= 0;
}

export function textFeatures(input: string): TextFeatures {
  let text = input;
  let lower = text.toLowerCase();
  // "İ" lower-cases to two characters; keep positions in `lower` and `text` aligned.
  if (lower.length !== text.length) {
    text = text.replace(/\u0130/g, '\u0131');
    lower = text.toLowerCase();
  }
  const parts = splitWords(lower);
  const counts = [0, 0, 0, 0, 0];
  /** Per category, the first word index not inside an earlier match. */
  const free = [0, 0, 0, 0, 0];
  const selfKinds: Partial<Record<DocKind, number>> = {};
  let shall = 0;
  let obligations = 0;
  let sections = 0;
  let selfRefs = 0;
  const prices = priceSpans(lower);
  let priceAt = 0;

  // pos: offset of parts[i] in the text, for the case-sensitive checks and price spans.
  for (let i = 0, pos = 0; i < parts.length; pos += (parts[i] as string).length + (parts[i + 1]?.length ?? 0), i += 2) {
    const w = parts[i] as string;
    if (w === '') continue;
    if (w.length >= 8 && STEM_INITIALS.includes(w[0] as string)) {
      for (let k = 0; k < TEXT_STEMS.length; k++) {
        const cat = (TEXT_STEMS[k] as (typeof TEXT_STEMS)[number])[0];
        if (
          i >= (free[cat] as number) &&
          stemMatches(w, (TEXT_STEMS[k] as (typeof TEXT_STEMS)[number])[1]) &&
          (counts[cat] as number) < CAP
        ) {
          counts[cat] = (counts[cat] as number) + 1;
          free[cat] = i + 2;
        }
      }
    }
    const list = TEXT_TABLE.get(w);
    if (list === undefined) continue;
    if (w === 'shall') shall++;
    // A price ("$12 per user") hides the marketing phrases inside it.
    while (priceAt < prices.length && (prices[priceAt + 1] as number) <= pos) priceAt += 2;
    const inPrice = priceAt < prices.length && (prices[priceAt] as number) < pos;
    let done = 0;
    for (let k = 0; k < list.length; k++) {
      const p = list[k] as Phrase;
      const cat = p.tag;
      if (cat < PHRASE_CATS) {
        if (done & (1 << cat) || i < (free[cat] as number) || (counts[cat] as number) >= CAP) continue;
        if (cat === MARKETING_CAT && inPrice) continue;
        if (follows(parts, i, p)) {
          counts[cat] = (counts[cat] as number) + 1;
          free[cat] = i + 2 * (p.rest.length + 1);
          done |= 1 << cat;
        }
        continue;
      }
      if (cat === ROLE) {
        if (!oneSpace(parts[i + 1]) || !ROLE_SET.has(text.slice(pos, pos + w.length))) continue;
        const n = matchAt(parts, i + 2, ROLE_MODAL_TABLE.get(parts[i + 2] as string));
        // The modal is lower case in the original text too.
        const modalAt = pos + w.length + 1;
        const modalEnd = modalAt + spanLength(parts, i + 2, n);
        if (n > 0 && text.slice(modalAt, modalEnd) === lower.slice(modalAt, modalEnd)) obligations++;
      } else if (cat === PRONOUN) {
        if (oneSpace(parts[i + 1]) && matchAt(parts, i + 2, PRONOUN_MODAL_TABLE.get(parts[i + 2] as string)) > 0) {
          obligations++;
        }
      } else if (cat === SELF) {
        const end = selfReference(parts, i);
        if (end > 0 && selfRefs < 500) {
          selfRefs++;
          const k = kindIn(parts, i + 2, end + 1);
          if (k >= 0) {
            const kind = KINDS[k] as Kind;
            selfKinds[kind] = (selfKinds[kind] ?? 0) + 1;
          }
        }
      } else if (cat === SECTION) {
        if (oneSpace(parts[i + 1]) && isDigit((parts[i + 2] ?? '').charCodeAt(0))) {
          if (SECTION_SET.has(text.slice(pos, pos + w.length))) sections++;
        }
      } else if (cat === SAVE || cat === UNLIMITED) {
        if (done & (1 << MARKETING_CAT) || i < (free[MARKETING_CAT] as number) || inPrice) continue;
        if (parts[i + 1] !== ' ' || (counts[MARKETING_CAT] as number) >= CAP) continue;
        const next = parts[i + 2] ?? '';
        // "save 20%" counts only when a word follows the "%" directly (a quirk of \b, kept).
        const hit =
          cat === SAVE
            ? isDigit(next.charCodeAt(0)) &&
              (next.length === 1 || (next.length === 2 && isDigit(next.charCodeAt(1)))) &&
              parts[i + 3] === '%' &&
              parts[i + 4] !== ''
            : next.length >= 1 && next.length <= 15;
        if (hit) {
          counts[MARKETING_CAT] = (counts[MARKETING_CAT] as number) + 1;
          free[MARKETING_CAT] = i + 4;
          done |= 1 << MARKETING_CAT;
        }
      }
    }
  }

  return {
    words: countWords(input),
    legal: counts[LEGAL] as number,
    shall,
    obligations,
    defined: countDefinedTerms(text),
    sections: sections + countEnumerators(text) + countParagraphSigns(text),
    selfRefs,
    marketing: (counts[MARKETING_CAT] as number) + prices.length / 2,
    editorial: counts[EDITORIAL_CAT] as number,
    slaContent: counts[SLA] as number,
    privacyContent: counts[PRIVACY] as number,
    selfKinds,
  };
}

/** Characters covered by the n words from parts[i] with the separators between them. */
function spanLength(parts: readonly string[], i: number, n: number): number {
  let len = 0;
  for (let k = 0; k < 2 * n - 1; k++) len += (parts[i + k] ?? '').length;
  return len;
}

/** "this [qualifier] noun" from parts[i] = "this"/"these": the index of the noun, or -1. */
function selfReference(parts: readonly string[], i: number): number {
  if (!oneSpace(parts[i + 1])) return -1;
  const next = parts[i + 2] as string | undefined;
  if (next === undefined) return -1;
  if (SELF_NOUN_SET.has(next)) return i + 2;
  const quals = SELF_QUALIFIER_TABLE.get(next);
  if (quals === undefined) return -1;
  for (const q of quals) {
    const noun = i + 2 + 2 * (q.rest.length + 1);
    if (follows(parts, i + 2, q) && parts[noun - 1] === ' ' && SELF_NOUN_SET.has(parts[noun] ?? '')) return noun;
  }
  return -1;
}

/**
 * Prices such as "$12/month", "€ 9.50 per user", "£5 / yr": [start, end, start, end, …]
 * offsets in `lower`. The currency sign, an optional space, 1–6 digits, optional decimals,
 * up to two spaces, "/" or "per" and a space, up to two spaces, then the unit word.
 */
function priceSpans(lower: string): number[] {
  const spans: number[] = [];
  const signs = ['$', '€', '£'];
  // Next occurrence of each sign (-1: none left), so a long text is scanned once per sign.
  const next = [-2, -2, -2];
  let at = 0;
  while (spans.length < 2 * CAP) {
    let p = -1;
    for (let k = 0; k < 3; k++) {
      let q = next[k] as number;
      if (q !== -1 && q < at) {
        q = lower.indexOf(signs[k] as string, at);
        next[k] = q;
      }
      if (q >= 0 && (p < 0 || q < p)) p = q;
    }
    if (p < 0) break;
    const end = priceAt(lower, p + 1);
    if (end > 0) {
      spans.push(p, end);
      at = end;
    } else at = p + 1;
  }
  return spans;
}

function priceAt(s: string, start: number): number {
  let i = start;
  if (isSpace(s.charCodeAt(i))) i++;
  const digits = i;
  while (i - digits < 7 && isDigit(s.charCodeAt(i))) i++;
  if (i === digits || i - digits > 6) return -1;
  if ((s[i] === '.' || s[i] === ',') && isDigit(s.charCodeAt(i + 1))) {
    // Decimals: one or two digits, then no third (a third would fail the unit that follows).
    const d = isDigit(s.charCodeAt(i + 2)) ? 3 : 2;
    if (!isDigit(s.charCodeAt(i + d))) i += d;
  }
  i = skipSpaces(s, i, 2);
  if (s[i] === '/') i++;
  else if (s.startsWith('per', i) && isSpace(s.charCodeAt(i + 3))) i += 4;
  else return -1;
  i = skipSpaces(s, i, 2);
  let j = i;
  while (j - i < 6 && isLower(s.charCodeAt(j))) j++;
  if (isWordChar(s.charCodeAt(j)) || !PRICE_UNIT_SET.has(s.slice(i, j))) return -1;
  return j;
}

function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j - i < max && isSpace(s.charCodeAt(j))) j++;
  return j;
}

/** "(i) ", "(b) ": a lower-case roman numeral i–x or letter a–h in parentheses, then whitespace. */
function countEnumerators(text: string): number {
  let n = 0;
  for (let p = text.indexOf('('); p >= 0 && n < CAP; p = text.indexOf('(', p + 1)) {
    let q = p + 1;
    while (q - p <= 5 && isLower(text.charCodeAt(q))) q++;
    if (text[q] === ')' && ENUMERATOR_SET.has(text.slice(p + 1, q)) && isSpace(text.charCodeAt(q + 1))) {
      n++;
      p = q + 1;
    }
  }
  return n;
}

/** "§ 4", "§4". */
function countParagraphSigns(text: string): number {
  let n = 0;
  for (let p = text.indexOf('§'); p >= 0 && n < CAP; p = text.indexOf('§', p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (isDigit(c) || (isSpace(c) && isDigit(text.charCodeAt(p + 2)))) n++;
  }
  return n;
}

// Defined terms: (“Provider”), (the "Agreement"), hereinafter referred to as "Policy", “SLA” means,
// and a line starting "Service Credit means". Scanned from the few characters that can start one.

/** What may stand between "(" and the opening quote: (the "X"), (hereinafter referred to as "X"). */
const DEFINED_LEADS = new Set<string>();
for (const a of [
  '',
  'the ',
  'each ',
  'a ',
  'an ',
  'collectively, ',
  'collectively ',
  'individually, ',
  'individually ',
].concat(['hereinafter ', 'together '])) {
  for (const b of ['', 'the ', 'referred to as ', 'called ']) DEFINED_LEADS.add(a + b);
}
const MAX_LEAD = 29;
const MEANS = ['means', 'shall mean', 'has the meaning', 'refers to'];
const LINE_MEANS = ['means', 'shall mean', 'refers to', 'those', 'any', 'all'];

function countDefinedTerms(text: string): number {
  let n = 0;
  let at = 0;
  if (isUpper(text.charCodeAt(0))) {
    const end = definedLine(text, 0);
    if (end > 0) {
      n++;
      at = end;
    }
  }
  // Next occurrence of each starting character (-1: none left).
  const starts = ['(', '"', '“', '\n', 'hereinafter'];
  const next = [-2, -2, -2, -2, -2];
  while (n < CAP) {
    let p = -1;
    for (let k = 0; k < starts.length; k++) {
      let q = next[k] as number;
      if (q !== -1 && q < at) {
        q = text.indexOf(starts[k] as string, at);
        next[k] = q;
      }
      if (q >= 0 && (p < 0 || q < p)) p = q;
    }
    if (p < 0) break;
    const c = text.charCodeAt(p);
    let end = -1;
    if (c === 40) end = definedInParens(text, p);
    else if (c === 34 || c === 0x201c) end = definedMeans(text, p);
    else if (c === 10) end = definedLine(text, p + 1);
    else if (!isWordChar(text.charCodeAt(p - 1)) && !isWordChar(text.charCodeAt(p + 11))) end = p + 11;
    if (end > 0) {
      n++;
      at = end;
    } else at = p + 1;
  }
  return n;
}

/** A quoted capitalized term of at most 41 characters from `i` (after the opening quote): the end after the closing quote. */
function quotedTerm(text: string, i: number, noParens: boolean): number {
  if (!isUpper(text.charCodeAt(i))) return -1;
  let k = i + 1;
  for (; k <= i + 40 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 0x201d || c === 10 || (noParens && (c === 40 || c === 41))) break;
  }
  const c = text.charCodeAt(k);
  return c === 34 || c === 0x201d ? k + 1 : -1;
}

/** (“Provider”), (the "Agreement"), (hereinafter referred to as "Policy"). */
function definedInParens(text: string, p: number): number {
  let q = p + 1;
  while (q <= p + 1 + MAX_LEAD && q < text.length) {
    const c = text.charCodeAt(q);
    if (c === 34 || c === 0x201c) break;
    q++;
  }
  const c = text.charCodeAt(q);
  if ((c !== 34 && c !== 0x201c) || !DEFINED_LEADS.has(text.slice(p + 1, q))) return -1;
  return quotedTerm(text, q + 1, true);
}

/** “SLA” means, "Downtime" has the meaning. */
function definedMeans(text: string, p: number): number {
  const end = quotedTerm(text, p + 1, false);
  if (end < 0 || !isSpace(text.charCodeAt(end))) return -1;
  return wordAfter(text, end + 1, MEANS);
}

/** The end of whichever of `words` starts at `i` and ends a word; -1 if none. */
function wordAfter(text: string, i: number, words: readonly string[]): number {
  for (const w of words) if (text.startsWith(w, i) && !isWordChar(text.charCodeAt(i + w.length))) return i + w.length;
  return -1;
}

/** A line opening with up to four capitalized words, then an optional ":", a space, "means"/"any"/… and whitespace. */
function definedLine(text: string, start: number): number {
  let k = start;
  for (let words = 0; words < 4; words++) {
    if (!isUpper(text.charCodeAt(k))) return -1;
    let e = k + 1;
    while (e - k <= 16 && isLower(text.charCodeAt(e))) e++;
    if (e === k + 1 || e - k > 16) return -1;
    const t = text.charCodeAt(e) === 58 ? e + 1 : e;
    if (text.charCodeAt(t) === 32) {
      const end = wordAfterSpace(text, t + 1);
      if (end > 0) return end;
    }
    if (text.charCodeAt(e) !== 32) return -1;
    k = e + 1;
  }
  return -1;
}

function wordAfterSpace(text: string, i: number): number {
  for (const w of LINE_MEANS)
    if (text.startsWith(w, i) && isSpace(text.charCodeAt(i + w.length))) return i + w.length + 1;
  return -1;
}

/** "4.2 Credits", "Section 3. Term", "iv. Fees", "B. Scope": a heading that starts with a number. */
function isNumberedHeading(h: string): boolean {
  const lower = h.toLowerCase();
  for (const prefix of ['section', 'article', 'clause']) {
    if (lower.startsWith(prefix) && isSpace(lower.charCodeAt(prefix.length)) && numberAt(lower, prefix.length + 1)) {
      return true;
    }
  }
  return numberAt(lower, 0);
}

/** At `i`: "4", "4.2.1.", "iv." or "b.", then up to two spaces and something else. */
function numberAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  // Any digit can end the number, and the next character (digit, dot or word) is the "something else".
  if (isDigit(c)) return tailAt(s, i + 1);
  let r = i;
  while (r - i < 6 && (s[r] === 'i' || s[r] === 'v' || s[r] === 'x')) r++;
  if (r > i && r - i <= 5 && s[r] === '.' && tailAt(s, r + 1)) return true;
  return c >= 97 && c <= 104 && s[i + 1] === '.' && tailAt(s, i + 2);
}

/** Up to two whitespace characters, then a non-whitespace one. */
function tailAt(s: string, i: number): boolean {
  for (let j = i; j <= i + 2 && j < s.length; j++) if (!isSpace(s.charCodeAt(j))) return true;
  return false;
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
  const numbered = input.headings.reduce((n, h) => n + (isNumberedHeading(h) ? 1 : 0), 0);

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
  const titleDenied = deniesLegal(input.title);
  const urlKind = kindOfUrl(input.url);
  let naming = 0;
  if (titleKind && !titleDenied) naming += 0.25;
  if (urlKind) naming += 0.1;
  else if (urlLooksLegal(input.url)) naming += 0.05;
  if (input.headings.slice(0, 3).some((h) => kindOfPhrase(h) !== null && !deniesLegal(h))) naming += 0.1;
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

function pickKind(input: ScoreInput, titleKind: DocKind | null, urlKind: DocKind | null, f: TextFeatures): Kind | null {
  const votes = new Map<Kind, number>();
  const vote = (k: DocKind | null, w: number) => {
    if (k && k !== 'other') votes.set(k, (votes.get(k) ?? 0) + w);
  };
  vote(titleKind, 4);
  for (let i = 0; i < Math.min(3, input.headings.length); i++) {
    vote(kindOfPhrase(input.headings[i] as string), i === 0 ? 3 : 1.5);
  }
  vote(urlKind, 2);
  for (const [k, n] of Object.entries(f.selfKinds)) vote(k as DocKind, Math.min(n, 3));
  let best: Kind | null = null;
  let bestScore = 0;
  for (const [k, s] of votes) if (s > bestScore) [best, bestScore] = [k, s];
  return best;
}

/** The kind when nothing names it: content words, then "terms" as the generic legal page. */
function kindFromContent(f: TextFeatures): Kind {
  const per1000 = (n: number) => (n * 1000) / Math.max(f.words, 150);
  if (per1000(f.slaContent) >= 8) return 'sla';
  if (per1000(f.privacyContent) >= 6) return 'privacy';
  return 'terms';
}

/** The verdict on a page's signals as the content script read them (raw; cleaned and bounded here). */
export function detectPage(raw: PageSignals): Verdict {
  const { url, title, headings, sample } = cleanSignals(raw);
  return scoreLegal({ url, title, headings, features: textFeatures(sample) });
}
