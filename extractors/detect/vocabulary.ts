/**
 * The detector's vocabulary, as data: every word list the phrase engine (phrases.ts) and the
 * feature counters (features.ts) read. Nothing here runs; tests/detect-vocabulary.test.ts checks
 * that each list is unique, normalized (lower case unless a list says it is case-sensitive) and
 * that no phrase sits in two categories.
 *
 * Words are ASCII letters, digits and "_" (what \b sees); a phrase matches words in a row joined
 * by exactly the separators written here ("governed by" needs one space, "third-party" a hyphen).
 * Matching is on lower-cased text unless noted.
 */
import type { DocKind } from '../types';

export type Kind = Exclude<DocKind, 'other'>;

/** Word stems: [stem, fewest, most letters after it]. "introduc" 0–6 covers "introducing", "introduction". */
export type Stem = readonly [string, number, number];

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
export const KIND_NAMES: readonly (readonly [Kind, readonly string[]])[] = [
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
export const URL_KIND_NAMES: readonly (readonly [Kind, readonly string[]])[] = [
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
export const URL_LEGAL_WORDS = ['legal', 'policies', 'agreement', 'agreements', 'contract', 'contracts', 'trust'];

/** Titles of pages that talk about legal documents without being one (and any title with "?"). */
export const TITLE_NOT_LEGAL_WORDS = [
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
  // Kinds in the plural: a document names itself in the singular ("Service Level Agreement"); a page about
  // such documents in general names them in the plural ("Calculated SLAs", "Comparing DPAs").
  'slas',
  'service level agreements',
  'dpas',
  'msas',
  'eulas',
  'data processing agreements',
  'master services agreements',
];

/**
 * "WebExtension for Terms of Service", "A generator of privacy policies", "Summaries of website terms":
 * a tool, a summary or a guide named for a kind of document talks about such documents; it is not one.
 * The title denies being legal when one of these nouns is followed by one of ABOUT_PREPOSITIONS and a
 * kind name starts within three words (phrases.ts, deniesLegal). "Terms of Service for the Acme App"
 * names the kind first: it is the document.
 */
export const ABOUT_TOOL_NOUNS = [
  'extension',
  'extensions',
  'webextension',
  'browser extension',
  'add-on',
  'addon',
  'plugin',
  'plug-in',
  'app',
  'tool',
  'tools',
  'toolkit',
  'generator',
  'generators',
  'builder',
  'summary',
  'summaries',
  'summarizer',
  'summariser',
  'reader',
  'analyzer',
  'analyser',
  'checker',
  'viewer',
  'bot',
  'library',
  'dataset',
  'corpus',
  'parser',
  'scraper',
  'tracker',
  'archive',
  'tutorial',
  'course',
  'cheat sheet',
  'widget',
  'database',
];
export const ABOUT_PREPOSITIONS = ['for', 'about', 'on', 'of', 'to'];

export const TITLE_NOT_LEGAL_STEMS: readonly Stem[] = [
  ['introduc', 0, 6],
  ['announc', 0, 6],
  ['launch', 0, 3],
];

/** A document naming itself: "This Agreement", "these Terms", "this SLA" (after "this"/"these" and one space). */
export const SELF_QUALIFIERS = [
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
export const SELF_NOUNS = [
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

/**
 * Vocabulary of contracts and policies (counted per 1000 words). Topic words of one kind ("service credit",
 * "personal data") are counted under that kind's content instead, never twice.
 */
export const LEGAL_WORDS = [
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
export const LEGAL_STEMS: readonly Stem[] = [
  ['indemnif', 0, 10],
  ['disclaim', 0, 6],
];

/**
 * Parties bound by a modal: "Customer shall", "Provider will". Case-sensitive: the role is
 * capitalized as written here, one whitespace, then the modal in lower case.
 */
export const ROLES = [
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
export const ROLE_MODALS = [
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
export const PRONOUNS = ['you', 'we'];
export const PRONOUN_MODALS = [
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
export const SECTION_WORDS = ['Section', 'Article', 'Clause', 'Schedule', 'Exhibit', 'Annex'];
export const ENUMERATORS = [
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
export const MARKETING = [
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
export const PRICE_UNITS = ['mo', 'month', 'user', 'seat', 'year', 'yr'];

/** Reporting and blogging: quoted sources, bylines, reading time, second-person chat. */
export const EDITORIAL = [
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

/**
 * How a contract forms and binds its parties (counted per 1000 words): the recitals and signature
 * blocks of commercial contracts, which a page about contracts seldom writes in its own voice.
 */
export const FORMATION = [
  'by and between',
  'entered into',
  'enter into',
  'in witness whereof',
  'witnesseth',
  'parties hereto',
  'the parties',
  'each party',
  'either party',
  'neither party',
  'now, therefore',
  'now therefore',
  'hereby agree',
  'agree as follows',
  'counterparts',
  'duly authorized',
  'duly authorised',
  'authorized representative',
  'authorised representative',
  'date first above written',
  'first written above',
];

/** Nouns a contract's title ends on ("Supply Agreement", "FRANCHISE AGREEMENT"); capitalized in the title. */
export const CONTRACT_NOUNS = ['agreement', 'contract', 'addendum', 'amendment', 'covenant', 'deed'];

/** SLA-only content words, for SLAs whose title names nothing ("Uptime Commitment", credits). */
export const SLA_CONTENT = [
  'uptime',
  'availability',
  'downtime',
  'service credit',
  'service credits',
  'response time',
  'response times',
  'scheduled maintenance',
];
export const SLA_STEMS: readonly Stem[] = [['unavailab', 1, 6]];
export const PRIVACY_CONTENT = [
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

/** What may stand before a quoted defined term inside "(": (the "X"), (hereinafter referred to as "X"). */
export const DEFINED_LEADS_FIRST = [
  '',
  'the ',
  'each ',
  'a ',
  'an ',
  'collectively, ',
  'collectively ',
  'individually, ',
  'individually ',
  'hereinafter ',
  'together ',
];
export const DEFINED_LEADS_SECOND = ['', 'the ', 'referred to as ', 'called '];
/** After a quoted term: “SLA” means, "Downtime" has the meaning. */
export const MEANS = ['means', 'shall mean', 'has the meaning', 'refers to'];
/** After up to four capitalized words opening a line: "Service Credit means". */
export const LINE_MEANS = ['means', 'shall mean', 'refers to', 'those', 'any', 'all'];

// ---------------------------------------------------------------------------------------
// Arabic. Arabic words are not ASCII words, so these lists are matched as substrings of the
// Arabic matching form (extractors/common/arabic.ts: hamza, taa marbuta and digits folded) —
// written here in ordinary spelling and folded once when the detector loads.

/** Arabic names of document kinds, most specific first (as KIND_NAMES). */
export const ARABIC_KIND_NAMES: readonly (readonly [Kind, readonly string[]])[] = [
  ['dpa', ['اتفاقية معالجة البيانات', 'ملحق معالجة البيانات']],
  ['sla', ['اتفاقية مستوى الخدمة', 'اتفاقية مستويات الخدمة', 'مستوى الخدمة']],
  ['aup', ['سياسة الاستخدام المقبول']],
  ['privacy', ['سياسة الخصوصية', 'سياسة الخصوصيه', 'إشعار الخصوصية']],
  [
    'terms',
    [
      'الشروط والأحكام',
      'الشروط و الأحكام',
      'شروط وأحكام',
      'الأحكام والشروط',
      'شروط الاستخدام',
      'شروط الخدمة',
      'بنود الخدمة',
      'بنود الاستخدام',
      'اتفاقية الاستخدام',
      'اتفاقية المستخدم',
      'اتفاقية',
    ],
  ],
];

/** Words of legal drafting in Arabic (counted like LEGAL phrases). */
export const ARABIC_LEGAL_MARKERS: readonly string[] = [
  'الطرف',
  'الأطراف',
  'بموجب',
  'المسؤولية',
  'التعويض',
  'إنهاء',
  'الإنهاء',
  'القانون',
  'الأنظمة',
  'المحاكم',
  'النزاع',
  'البند',
  'الضمان',
  'الملكية الفكرية',
  'السرية',
  'الإخلال',
  'وفقاً ل',
  'يحتفظ',
];

/** Obligations and permissions ("the user undertakes", "must", "is not entitled"). */
export const ARABIC_OBLIGATIONS: readonly string[] = [
  'يلتزم',
  'تلتزم',
  'يتعهد',
  'تتعهد',
  'يجب على',
  'لا يحق',
  'يحق ل',
  'يُحظر',
  'يمنع',
];

/**
 * "This agreement", "these terms": the text naming itself, with the kind named when it says one. Arabic puts the
 * demonstrative before a bare noun ("هذه الشروط") and after a named document ("شروط الاستخدام هذه", "these terms
 * of use"), so every kind name also counts followed by هذه (every name here is feminine or a non-human plural).
 */
export const ARABIC_SELF_REFS: readonly (readonly [Kind | null, string])[] = [
  ['privacy', 'هذه سياسة الخصوصية'],
  ['sla', 'هذه الاتفاقية لمستوى الخدمة'],
  ...ARABIC_KIND_NAMES.flatMap(([kind, names]) =>
    names.filter((n) => n.includes(' ')).map((n) => [kind === 'terms' ? null : kind, `${n} هذه`] as const),
  ),
  [null, 'هذه الاتفاقية'],
  [null, 'هذه الشروط'],
  [null, 'هذه الأحكام'],
  [null, 'هذه البنود'],
  [null, 'هذه السياسة'],
  [null, 'هذه الوثيقة'],
];
