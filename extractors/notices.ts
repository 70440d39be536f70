import type { Doc, Sentence } from './common/doc';
import { type DurationMatch, findDurations } from './common/durations';
import { dedupeFindings, makeFinding } from './common/finding';
import type { Finding, Notice, NoticeKind } from './types';

/**
 * Notice periods: every duration in a sentence is read with the words around it (its
 * clause, the sentence, a list's lead-in line, the section heading) and given the kind of
 * event it is the notice for. A duration that is not shaped like a notice period (a term
 * length, "24 hours a day", a response target) gives nothing. One finding per
 * (kind, amount, unit).
 *
 * Every regular expression here runs on one sentence (or a bounded slice of it) and has
 * only bounded gaps, so the work is linear in the document's length.
 */

/** Cheap pre-check: a sentence without a unit word has no duration. */
const UNIT_WORD = /hour|day|week|month|year|hrs?\b|yrs?\b/i;

// --- The shape of the duration itself (`pre` = text before it, `post` = text after it).

const POSS = `(?:['’]s?|s['’])?`;
const PAREN = `(?:\\([^)]{0,20}\\)\\s{0,2})?`;
/** "30 days' prior written notice", "24 hours notification". */
const POST_NOTICE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:(?:prior|advance|advanced|written|express|formal|reasonable|electronic|e-?mail|clear)\\s{1,3}){0,3}(?:notice|notification|warning)\\b`,
  'i',
);
/** "24 hours in advance", "30 days prior to", "at least 60 days before". */
const POST_ADVANCE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:in\\s{1,3}advance|prior\\b|before\\b|beforehand|ahead\\b)`,
  'i',
);
/** "effective 30 days after notice / after we post". */
const POST_AFTER_NOTICE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:after|following|from)\\s{1,3}(?:(?:the|its|such|our|receipt\\s{1,3}of|delivery\\s{1,3}of|date\\s{1,3}of|(?:the\\s{1,3})?date\\s{1,3}on\\s{1,3}which|giving|providing|we|you|written)\\s{1,3}){0,4}(?:notice|notif|post|publish|publication|send|sent|provid|email|e-mail|announce)`,
  'i',
);
/** "with prior notice of 30 days", "a written notice period of sixty (60) days". */
const PRE_NOTICE_OF =
  /\b(?:prior|advance|written)\s{1,3}(?:written\s{1,3})?(?:notice|notification)(?:\s{1,3}period)?\s{1,3}of\s{1,3}(?:at\s{1,3}least\s{1,3}|not\s{1,3}less\s{1,3}than\s{1,3}|a\s{1,3}minimum\s{1,3}of\s{1,3})?$/i;
/** "within 30 days", "no later than ten days", "up to 30 days". */
const PRE_WITHIN =
  /(?:within|no\s{1,3}later\s{1,3}than|not\s{1,3}later\s{1,3}than|up\s{1,3}to|not\s{1,3}more\s{1,3}than)\s{1,3}(?:a\s{1,3}period\s{1,3}of\s{1,3})?(?:the\s{1,3})?$/i;
/** "less than 24 hours" is no commitment (but "not less than" is). */
const PRE_LESS = /(?<!\b(?:not|no)\s{1,3})(?:less|fewer)\s{1,3}than\s{1,3}$/i;

// --- The event.

const PAY = /\b(?:pay|paid|payment|payments|fees?|invoices?|invoiced|amounts?|charges?|balance|sums?|subscription)\b/i;
const LATE =
  /\b(?:overdue|past[- ]due|late|delinquen\w*|unpaid|non-?payment|arrears|fail(?:s|ed|ing)?\s{1,3}to\s{1,3}(?:make\s{1,3}(?:any\s{1,3}|the\s{1,3})?)?pay(?:ments?)?|failure\s{1,3}to\s{1,3}(?:make\s{1,3})?pay(?:ments?)?|not\s{1,3}(?:been\s{1,3})?(?:paid|received)|remains?\s{1,3}in\s{1,3}default|in\s{1,3}default\s{1,3}(?:of|with)\s{1,3}(?:any\s{1,3})?payments?)\b/i;
const CONSEQUENCE =
  /suspen[sd]|terminat|disabl|restrict|deactivat|cancel|downgrad|interrupt|accelerat|collection|discontinu|limit\s{1,3}(?:your\s{1,3})?access/i;
/** "30 days past due", "10 or more days overdue", "30 days after the due date". */
const POST_OVERDUE =
  /^\s{0,3}(?:or\s{1,3}(?:more|longer)\s{1,3})?(?:past[- ]due|overdue|late|delinquent|in\s{1,3}arrears|in\s{1,3}default|(?:after|following|from|beyond|past)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3}|such\s{1,3})?(?:applicable\s{1,3})?(?:due\s{1,3}date|date\s{1,3}(?:on\s{1,3}which\s{1,3})?(?:it|they|such\s{1,3}(?:amount|payment)|(?:the\s{1,3})?payment)\s{1,3}(?:is|was|were|are|became)\s{1,3}due|payment\s{1,3}(?:is|was)\s{1,3}due))/i;
const ACCOUNT = /\baccounts?\b/i;
/** The payment term itself: "invoices are due within 30 days", "net 30 days". */
const PRE_DUE_TERM = /(?:\b(?:due|payable)\s{1,3}(?:with)?in\s{1,3}|\bnet\s{1,3})$/i;

const PRICE_CHANGE =
  /\b(?:increas\w*|chang\w*|modif\w*|adjust\w*|rais\w*|revis\w*|updat\w*)\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,3}(?:prices?|pricing|fees?|rates?|charges?|subscription\s{1,3}costs?)\b|\b(?:price|pricing|fee|rate|charge)s?\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,2}(?:increas|chang|modif|adjust|revis|updat|rise)|new\s{1,3}(?:prices|pricing|fees)\b|\bput\s{1,3}(?:our\s{1,3}|the\s{1,3}|its\s{1,3}|your\s{1,3})?(?:prices?|fees?|charges?)\s{1,3}up\b/i;

const RENEW = /renew/i;
const NON_RENEW =
  /non-?renewal|not\s{1,3}(?:to\s{1,3})?renew|not\s{1,3}wish\s{1,3}to\s{1,3}renew|not\s{1,3}be\s{1,3}renewed|decline\s{1,3}to\s{1,3}renew|prevent\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:automatic\s{1,3})?renewal|cancel\w*\s{1,3}(?:the\s{1,3}|its\s{1,3}|your\s{1,3}|any\s{1,3})?(?:auto(?:matic)?[- ]?renewal|renewal)|opt(?:s|ing)?\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3}|any\s{1,3})?(?:auto|renewal)|turn\s{1,3}off\s{1,3}auto/i;
/** "… before the end of the then-current term", "prior to the renewal date". */
const POST_BEFORE_END = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:(?:prior|advance|written)\\s{1,3}){0,3}(?:notice\\s{1,3})?(?:before|prior\\s{1,3}to|in\\s{1,3}advance\\s{1,3}of|preceding|ahead\\s{1,3}of)\\s{1,3}(?:(?:the|its|any|such|each|your|that)\\s{1,3})?(?:end\\b|expir|renewal|anniversary|then[- ]current|current\\s{1,3}(?:term|period|subscription)|close\\s{1,3}of|commencement\\s{1,3}of\\s{1,3}(?:the\\s{1,3}|any\\s{1,3}|a\\s{1,3})?renewal|start\\s{1,3}of\\s{1,3}(?:the\\s{1,3}|any\\s{1,3}|a\\s{1,3})?renewal|next\\s{1,3}(?:term|renewal|billing))`,
  'i',
);
const END_OR_CANCEL = /\b(?:cancel|terminat)/i;
/** "at the end of the Initial Term", "upon expiry of the then-current term". */
const END_OF_TERM =
  /(?:end|expir\w*|expiry)\s{1,3}of\s{1,3}(?:the\s{1,3}|any\s{1,3}|each\s{1,3}|its\s{1,3}|a\s{1,3})?(?:(?:initial|then[- ]current|current|renewal|subscription|relevant)\s{1,3})?(?:term|period)\b/i;

/** A liability cap's look-back ("fees paid in the 12 months before the claim") is no notice. */
const LIABILITY = /\bliab(?:le|ility|ilities)\b/i;
const POST_LOOKBACK = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:immediately\\s{1,3})?(?:before|prior\\s{1,3}to|preceding)\\s{1,3}(?:the\\s{1,3}|such\\s{1,3}|any\\s{1,3}|each\\s{1,3}|that\\s{1,3})?(?:date\\s{1,3}(?:of|on\\s{1,3}which)\\s{1,3}(?:the\\s{1,3})?)?(?:first\\s{1,3}|relevant\\s{1,3}|applicable\\s{1,3})?(?:event|claim|incident|act|occurrence|cause|liability|circumstance|action|breach|date\\s{1,3}(?:of|on)\\s{1,3}which)`,
  'i',
);

/** Data-breach wording is not a contract breach. */
const SECURITY_BREACH =
  /(?:security|data|personal\s{1,3}data|privacy|confidentiality)\s{1,3}breach(?:es)?|breach(?:es)?\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:security|confidentiality|personal\s{1,3}data)/gi;
/** One test of SECURITY_BREACH without the global flag's state. */
const SECURITY_BREACH_ONE = new RegExp(SECURITY_BREACH.source, 'i');
/** What makes a breach in a data-breach section the contract's own breach. */
const CONTRACT_BREACH =
  /\bterminat|material(?:ly)?\s{1,3}breach|breach\w{0,3}\s{1,3}(?:of\s{1,3})?(?:this|the)\s{1,3}(?:agreement|contract|terms)/i;
const BREACH =
  /\bbreach|\b(?:break|breaks|broke|broken)\s{1,3}(?:these|this|the|our|your)\s{1,3}(?:terms|agreement|contract)\b|\bmaterial(?:ly)?\s{1,3}default|\bdefaults?\s{1,3}(?:in|under)\b|fail(?:s|ed|ure)?\s{1,3}to\s{1,3}(?:perform|comply|observe)/i;
/** Cure wording; "remedy" only as the verb of a breach ("sole remedy" is not a cure). */
const CURE =
  /\bcur(?:e|ed|es|ing)\b|uncured|unremedied|(?:fail\w{0,4}|not|n['’]t|refus\w{0,4}|unable)\s{1,3}(?:to\s{1,3})?(?:[\w’'-]{1,12}\s{1,3}){0,2}(?:remed|rectif|correct|fix)|remed(?:y|ied|ies|ying)\s{1,3}(?:such|the|that|this|its|any|said)\s{1,3}(?:material\s{1,3})?(?:breach|failure|default|non-?compliance)|(?:remedy|cure)\s{1,3}period|\bto\s{1,3}(?:remedy|rectify|correct|put)\s{1,3}(?:it|them|this|that)\b(?!\s{1,3}(?:in\s{1,3}place|into|on|forward))/i;
/** "… and such failure continues for 30 days" (a cure only next to a breach). */
const PERSISTS = /(?:continues?|persists?|remains?)\s{1,3}(?:for|uncured|unremedied|unresolved|in\s{1,3}effect)/i;
const MATERIAL_BREACH = /material(?:ly)?\s{1,3}breach/i;
const WARRANTY = /warrant/i;

/** "terminate", "cancel", or "end these terms / this agreement" (the verb, not "the end of"). */
const TERMINATE =
  /\bterminat|\bcancel|(?<!\b(?:the|an?|at|to)\s{1,3})\bend\s{1,3}(?:these|this|the|our)\s{1,3}(?:terms|agreement|contract)\b/i;
const CONVENIENCE =
  /for\s{1,3}(?:its\s{1,3}|their\s{1,3}|any\s{1,3}|no\s{1,3})?convenience|without\s{1,3}cause|for\s{1,3}any\s{1,3}reason|for\s{1,3}no\s{1,3}reason|any\s{1,3}or\s{1,3}no\s{1,3}reason|with\s{1,3}or\s{1,3}without\s{1,3}cause|at\s{1,3}any\s{1,3}time|without\s{1,3}(?:giving\s{1,3}|stating\s{1,3}|providing\s{1,3})?(?:a\s{1,3}|any\s{1,3})?reason/i;
/** A termination right with a condition is not a termination for convenience. */
const CONDITIONAL =
  /\bif\b|in\s{1,3}the\s{1,3}event|\bwhere\b|\bshould\b|\bbreach|\bfail|insolv|bankrupt|\bcure|remed|renew|expir|\bunless\b|suspen|violat|in\s{1,3}accordance|pursuant/i;

const DATA = /\bdata\b|\bcontent\b|back-?ups?\b|\bfiles\b/i;
const OTHER_DATA_ONLY = /confidential\s{1,3}information/i;
const CUSTOMER_DATA = /(?:customer|your|client|user|tenant|its)\s{1,3}(?:data|content)/i;
const DATA_ACT =
  /retriev|export|download|\baccess|\breturn|delet|destroy|dispos|purg|eras|\bremov|available|\brequest|\bcop(?:y|ies)|extract|\bobtain/i;
const POST_AFTER_END =
  /^\s{0,2}(?:after|following|of|from|post|upon)\s{1,3}[^.;]{0,40}?(?:terminat|expir|cancel|deactivat|closure|closing|end\s{1,3}of|clos(?:e|es|ed)\s{1,3}(?:your|its|the|an)\s{1,3}account)/i;
const PRE_AFTER_END =
  /(?:after|following|upon|on|post)[- ]\s{0,2}(?:the\s{1,3})?(?:effective\s{1,3}date\s{1,3}of\s{1,3}(?:the\s{1,3}|any\s{1,3})?)?(?:terminat|expir|cancel)\w*[^.;]{0,160}?(?:for|within|during|up\s{1,3}to|period\s{1,3}of|until|next)\s{1,3}(?:a\s{1,3}period\s{1,3}of\s{1,3})?(?:up\s{1,3}to\s{1,3})?(?:the\s{1,3})?$/i;
/** "If your subscription ends, your workspace will be kept … for 90 days". */
const PRE_IF_ENDS =
  /\b(?:if|when|once|after)\s{1,3}(?:your|the|this|its|customer['’]?s?|a)\s{1,3}(?:subscription|agreement|account|contract|plan)\s{1,3}(?:ends|has\s{1,3}ended|expires|has\s{1,3}expired|is\s{1,3}(?:terminated|cancell?ed|closed))\b[^.;]{0,160}?\b(?:for|within|during|up\s{1,3}to|period\s{1,3}of)\s{1,3}(?:a\s{1,3}period\s{1,3}of\s{1,3})?(?:up\s{1,3}to\s{1,3})?(?:the\s{1,3})?$/i;
const POST_TO_RETRIEVE =
  /^\s{0,2}(?:to|in\s{1,3}which\s{1,3}to)\s{1,3}(?:retriev|export|download|access|request|obtain|extract)/i;
/** Getting the data back, as opposed to the vendor disposing of it. */
const RETRIEVE_ACT =
  /retriev|export|download|\baccess|\breturn|available|\brequest|\bcop(?:y|ies)|extract|\bobtain|\bdeliver/i;
const END_WORD =
  /terminat|expir|cancel|deactivat|end\s{1,3}of\s{1,3}(?:the\s{1,3}|your\s{1,3}|its\s{1,3})?(?:term|subscription|agreement)/i;

const CREDIT = /(?<!(?:letter|line)\s{1,3}of\s{1,3})credit(?!\s{1,3}(?:card|note|check|limit|rating|score))/i;
const CLAIM_ACT =
  /\b(?:request(?:s|ed|ing)?|claims?|submit(?:s|ted|ting)?|apply\s{1,3}for|notify|report|file|ticket|contact|send|open|raise)\b/i;
/** The vendor's own deadline ("credits will be applied within", "we will respond to claims within"). */
const PRE_VENDOR_APPLY =
  /\b(?:applied|issued|credited|processed|paid|reflected|granted|approved|apply|issue|pay)\s{1,3}(?:to\s{1,3}(?:your|the|customer['’]?s?)\s{1,3}(?:account|invoice)\s{1,3})?(?:within|no\s{1,3}later\s{1,3}than)\s{1,3}$|\b(?:respond|review|process|evaluat|acknowledg|investigat|resolv|determin|validat|verif|confirm|decid)\w{0,6}\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,5}(?:within|no\s{1,3}later\s{1,3}than)\s{1,3}$/i;

const MAINTENANCE =
  /maintenance|downtime|upgrades?\b|service\s{1,3}window|scheduled\s{1,3}(?:service\s{1,3})?(?:disruption|interruption|outage|work)|planned\s{1,3}(?:outage|interruption|disruption|work)/i;

/** Under a maintenance heading, the sentence must still be about the work being announced. */
const SCHEDULED_WORK =
  /schedul|planned|window|perform|carr(?:y|ied)\s{1,3}out|downtime|outage|interruption|unavailab|announc|disrupt/i;

const CHANGE = /\b(?:chang(?:e|es|ed|ing)|modif\w*|amend\w*|updat\w*|revis\w*|alter(?:s|ed|ing|ation)?)\b/i;
const CHANGE_OBJECT =
  /\b(?:terms|agreement|policy|policies|sla|aup|eula|service\s{1,3}level|services?|features?|functionality|platform|products?|conditions|offering|apis?)\b/i;
const CHANGE_HEADING = /chang|modif|amend|updat|revision/i;
/** Retiring part of the service is a change to it: "we may discontinue a feature on 90 days' notice". */
const DEPRECATION =
  /\b(?:discontinu\w{0,4}|deprecat\w{0,4}|sunset\w{0,4}|retir(?:e|es|ed|ing)|end(?:s|ing)?\s{1,3}support\s{1,3}for)\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,4}(?:features?|functionalit(?:y|ies)|apis?|versions?|endpoints?|integrations?|modules?)\b|\b(?:features?|functionalit(?:y|ies)|apis?|versions?|endpoints?)\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,4}(?:discontinu|deprecat|sunset|retire)/i;
/** Sub-processor changes (DPAs) are not changes to the terms or the service. */
const SUBPROCESSOR = /sub-?\s?processor/i;
const TRIAL = /\btrial\b/i;
/** The customer changing its own order or use is not a change to the terms. */
const CUSTOMER_CHANGE =
  /\b(?:customer|you|licensee|client)\s{1,3}(?:[\w’'-]{1,15}\s{1,3}){0,3}(?:wish|want|intend|request|decide|elect)\w{0,3}\s{1,3}to\s{1,3}(?:change|modif|reduc|downgrad|alter|amend)/i;
const NOT_A_CHANGE =
  /change\s{1,3}of\s{1,3}control|changes?\s{1,3}(?:in|to)\s{1,3}(?:your|its|customer['’]?s?)\s{1,3}(?:address|contact|billing|details|information)/gi;

/** Text between two durations that makes the second an alternative to the first. */
const ALTERNATIVE = /(?:^|[(,;]|\s)\s{0,2}or\s{1,3}(?:within\s{1,3}|after\s{1,3})?$/i;

const NOTICE_WORD = /notice|notif|inform|announc/i;

interface Context {
  /** The clause holding the duration (between semicolons). */
  clause: string;
  /** The clause with data-breach wording removed. */
  clauseNoSecurity: string;
  sentence: string;
  /** The sentence before, in the same section ('' if none). */
  previous: string;
  /** The lead-in line of a list ("Either party may terminate … if:"), or ''. */
  lead: string;
  heading: string;
  pre: string;
  post: string;
}

interface Verdict {
  kind: NoticeKind;
  confidence: number;
}

function clauseAround(text: string, start: number, end: number): string {
  let a = text.lastIndexOf(';', start);
  a = a < 0 ? Math.max(0, start - 400) : Math.max(a + 1, start - 400);
  let b = text.indexOf(';', end);
  b = b < 0 ? Math.min(text.length, end + 400) : Math.min(b, end + 400);
  return text.slice(a, b);
}

/** The lead-in of a list the sentence belongs to: the nearest earlier sentence ending in ":". */
function leadIn(doc: Doc, index: number): string {
  const own = doc.sentences[index] as Sentence;
  for (let j = index - 1, steps = 0; j >= 0 && steps < 10; j--, steps++) {
    const s = doc.sentences[j] as Sentence;
    if (s.heading !== own.heading) return '';
    const t = s.text.trimEnd();
    if (t.endsWith(':')) return t;
    if (!/[;,]$|\bor$|\band$/i.test(t)) return '';
  }
  return '';
}

function isAdvance(c: Context): boolean {
  return POST_NOTICE.test(c.post) || POST_ADVANCE.test(c.post) || PRE_NOTICE_OF.test(c.pre);
}

function classify(c: Context): Verdict | null {
  const { clause, pre, post, heading, lead } = c;
  if (PRE_LESS.test(pre)) return null;
  const advance = isAdvance(c);
  const within = PRE_WITHIN.test(pre);

  const local = `${pre} ${post}`;

  // "… shall not exceed the amounts paid in the six (6) months before the event giving rise
  // to the liability": the fees window of a liability cap.
  if (POST_LOOKBACK.test(post) && LIABILITY.test(c.sentence) && PAY.test(clause)) return null;

  // Termination for convenience, when that is what the words just before say.
  if (TERMINATE.test(clause) && advance && CONVENIENCE.test(pre) && !POST_BEFORE_END.test(post)) {
    return { kind: 'termination-convenience', confidence: 0.85 };
  }

  // Breach cure: terminate if a breach (payment breaches included) is not cured within N days after notice.
  if (
    BREACH.test(c.clauseNoSecurity) &&
    (CURE.test(clause) || PERSISTS.test(clause)) &&
    (BREACH.test(local.replace(SECURITY_BREACH, ' ')) || CURE.test(local)) &&
    !(WARRANTY.test(clause) && !MATERIAL_BREACH.test(clause)) &&
    // "Personal Data Breach … Processor shall take steps to remedy the breach within 48 hours":
    // under a data-breach heading (or right after a data-breach sentence) "the breach" is the
    // incident, unless the clause names the contract or a termination right.
    !((SECURITY_BREACH_ONE.test(heading) || SECURITY_BREACH_ONE.test(c.previous)) && !CONTRACT_BREACH.test(clause))
  ) {
    return { kind: 'breach-cure', confidence: 0.85 };
  }

  // Payment default: overdue/unpaid for N days before suspension or termination.
  if (
    ((PAY.test(clause) && LATE.test(pre.slice(-120))) ||
      (POST_OVERDUE.test(post) && (PAY.test(clause) || ACCOUNT.test(clause)))) &&
    !PRE_DUE_TERM.test(pre) &&
    (CONSEQUENCE.test(clause) || CONSEQUENCE.test(lead) || /suspen/i.test(heading))
  ) {
    return { kind: 'payment-default', confidence: CONSEQUENCE.test(clause) ? 0.85 : 0.75 };
  }

  // Price change: advance notice of a fee increase.
  const priceHere = PRICE_CHANGE.test(pre) || (PRICE_CHANGE.test(post) && !NON_RENEW.test(pre));
  if (priceHere && (advance || POST_AFTER_NOTICE.test(post) || POST_BEFORE_END.test(post))) {
    return { kind: 'price-change', confidence: 0.85 };
  }

  // Non-renewal: notice before the end of the term, or a notice of non-renewal.
  if (
    (POST_BEFORE_END.test(post) && (RENEW.test(c.sentence) || END_OR_CANCEL.test(clause))) ||
    (NON_RENEW.test(clause) && (advance || within)) ||
    (advance && END_OF_TERM.test(clause) && END_OR_CANCEL.test(clause))
  ) {
    if (TRIAL.test(clause) && !RENEW.test(clause)) return { kind: 'other', confidence: 0.4 };
    return { kind: 'non-renewal', confidence: 0.85 };
  }

  // Termination for convenience.
  if (TERMINATE.test(clause) && (advance || POST_AFTER_NOTICE.test(post))) {
    if (CONVENIENCE.test(clause) || /convenience/i.test(heading))
      return { kind: 'termination-convenience', confidence: 0.85 };
    if (
      /\b(?:may|can)\s{1,3}(?:\w{1,20}\s{1,3}){0,2}(?:terminat|end\s{1,3}(?:these|this|the|our)\s{1,3}(?:terms|agreement|contract))/i.test(
        clause,
      ) &&
      !CONDITIONAL.test(c.sentence)
    ) {
      return { kind: 'termination-convenience', confidence: 0.6 };
    }
    // A termination right on some condition: notice-like, but none of the scored kinds.
    return { kind: 'other', confidence: 0.4 };
  }

  // Data export: customer data kept available (or deleted) N days after termination.
  const dataHere = DATA.test(clause) && (!OTHER_DATA_ONLY.test(clause) || CUSTOMER_DATA.test(clause));
  if (dataHere && DATA_ACT.test(clause)) {
    if (
      POST_AFTER_END.test(post) ||
      PRE_AFTER_END.test(pre) ||
      PRE_IF_ENDS.test(pre) ||
      (POST_TO_RETRIEVE.test(post) && END_WORD.test(clause))
    ) {
      // "shall delete all Personal Data within 90 days": a deadline for deletion, not a
      // window in which the customer can get its data back.
      if (within && !RETRIEVE_ACT.test(clause)) return { kind: 'other', confidence: 0.4 };
      return { kind: 'data-export', confidence: 0.85 };
    }
  }

  // Credit claim: the customer must request service credits within N days.
  const creditHere = CREDIT.test(clause);
  if (
    (creditHere || CREDIT.test(heading)) &&
    CLAIM_ACT.test(pre) &&
    within &&
    !PRE_VENDOR_APPLY.test(pre) &&
    !(/refund/i.test(clause) && !creditHere)
  ) {
    return { kind: 'credit-claim', confidence: creditHere ? 0.85 : 0.7 };
  }

  // Maintenance: advance notice of scheduled maintenance.
  if (advance && (MAINTENANCE.test(clause) || (/maintenance|downtime/i.test(heading) && SCHEDULED_WORK.test(clause)))) {
    return { kind: 'maintenance', confidence: MAINTENANCE.test(clause) ? 0.85 : 0.75 };
  }

  // Terms change: advance notice of changes to the terms or the service.
  if (advance || POST_AFTER_NOTICE.test(post)) {
    const changes = clause.replace(NOT_A_CHANGE, ' ');
    if (DEPRECATION.test(clause) && !TERMINATE.test(clause)) return { kind: 'terms-change', confidence: 0.75 };
    if (CHANGE.test(changes) && !SUBPROCESSOR.test(clause) && !CUSTOMER_CHANGE.test(clause)) {
      if (CHANGE_OBJECT.test(changes)) return { kind: 'terms-change', confidence: 0.8 };
      // The object may sit in the sentence's other clause: "We may update this AUP at any
      // time; changes are effective 7 days after posting."
      const whole = c.sentence.replace(NOT_A_CHANGE, ' ');
      if (
        CHANGE_OBJECT.test(whole) &&
        CHANGE.test(whole) &&
        !SUBPROCESSOR.test(whole) &&
        !CUSTOMER_CHANGE.test(whole)
      ) {
        return { kind: 'terms-change', confidence: 0.7 };
      }
      const before = c.previous.replace(NOT_A_CHANGE, ' ');
      if (CHANGE_HEADING.test(heading) || (CHANGE.test(before) && CHANGE_OBJECT.test(before))) {
        return { kind: 'terms-change', confidence: 0.7 };
      }
    }
  }

  // Anything else shaped like a notice period.
  if (advance || (within && NOTICE_WORD.test(clause))) return { kind: 'other', confidence: 0.4 };
  return null;
}

/** Every notice period in the document, with its kind; one per (kind, amount, unit). */
export function extractNotices(doc: Doc): Finding<Notice>[] {
  const out: Finding<Notice>[] = [];
  doc.sentences.forEach((s, index) => {
    if (!UNIT_WORD.test(s.text)) return;
    const durations = findDurations(s.text);
    if (durations.length === 0) return;
    const heading = s.heading ?? '';
    const lead = leadIn(doc, index);
    const before = index > 0 ? (doc.sentences[index - 1] as Sentence) : null;
    const previous = before && before.heading === s.heading ? before.text : '';
    let previousVerdict: Verdict | null = null;
    durations.forEach((d, k) => {
      // The words that belong to this duration stop at its neighbours.
      const prevEnd = k > 0 ? (durations[k - 1] as DurationMatch).end : 0;
      const nextStart = k + 1 < durations.length ? (durations[k + 1] as DurationMatch).start : s.text.length;
      const clause = clauseAround(s.text, d.start, d.end);
      const c: Context = {
        clause,
        clauseNoSecurity: clause.replace(SECURITY_BREACH, ' '),
        sentence: s.text,
        lead,
        previous,
        heading,
        pre: s.text.slice(Math.max(prevEnd, d.start - 220), d.start),
        post: s.text.slice(d.end, Math.min(nextStart, d.end + 160)),
      };
      let verdict = classify(c);
      // "… within thirty (30) days (or ten (10) days for non-payment)": an alternative
      // period right after another one is of the same kind.
      if ((!verdict || verdict.kind === 'other') && previousVerdict && previousVerdict.kind !== 'other') {
        if (c.pre.length <= 60 && ALTERNATIVE.test(c.pre)) {
          verdict = { kind: previousVerdict.kind, confidence: previousVerdict.confidence - 0.1 };
        }
      }
      // "If any amount is more than 15 days overdue, we may, upon 10 days' prior written notice,
      // suspend": the overdue period is the default; the second figure is the notice of suspension.
      if (
        verdict?.kind === 'payment-default' &&
        previousVerdict?.kind === 'payment-default' &&
        (POST_NOTICE.test(c.post) || PRE_NOTICE_OF.test(c.pre))
      ) {
        verdict = { kind: 'other', confidence: 0.4 };
      }
      previousVerdict = verdict;
      if (!verdict) return;
      out.push(makeFinding(doc, s, { kind: verdict.kind, amount: d.amount, unit: d.unit }, verdict.confidence));
    });
  });
  return dedupeFindings(out, (v) => `${v.kind}|${v.amount}|${v.unit}`);
}
