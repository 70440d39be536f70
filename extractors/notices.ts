import { hasArabic } from './common/arabic';
import { foldArabic } from './common/arabic-numbers';
import { runsOn } from './common/clause';
import type { Doc, Sentence } from './common/doc';
import { type DurationMatch, findDurations } from './common/durations';
import { dedupeFindings, makeFinding } from './common/finding';
import { leadInOf, MAX_LEAD_IN_DISTANCE, previousInSection, sentencesHolding } from './common/segment';
import { traceEvent, tracing } from './common/trace';
import type { DurationUnit, Finding, Notice, NoticeKind } from './types';

/**
 * Notice periods: every duration in a sentence is read with the words around it (its
 * clause, the sentence, a list's lead-in line, the section heading) and given the kind of
 * event it is the notice for. A duration that is not shaped like a notice period (a term
 * length, "24 hours a day", a response target) gives nothing. One finding per
 * (kind, amount, unit).
 *
 * The kind comes from `NOTICE_RULES`, an ordered list of named rules (chrono's habit): the
 * first rule whose `test` applies decides, and its name is recorded on the finding
 * ("notices/nonRenewalBeforeTermEnd"); vetoes and durations no rule takes go to the trace, so
 * `npm run --silent card -- --explain FILE` shows why a notice got its kind. To change how a
 * kind is read, add or edit a rule there, and add an example to its table in
 * tests/notices-matrix.test.ts (every table is run against every other kind's rules).
 *
 * Every regular expression here runs on one sentence (or a bounded slice of it) and has
 * only bounded gaps, so the work is linear in the document's length.
 */

/** Cheap pre-check: a sentence without a unit word has no duration. */
const UNIT_WORD = /hour|day|week|month|year|hrs?\b|yrs?\b/i;
/** Literals one of which every UNIT_WORD match holds: the sentences holding one are found by indexOf first. */
const UNIT_WORDS = ['hour', 'day', 'week', 'month', 'year', 'hr', 'yr'];

/** A figure the filing withholds: "[***]", "[*****]", "[…***…]", "[Redacted]", "****". */
const WITHHELD = /\[\s{0,2}[*.…\s]{0,6}(?:\*{1,8}|redacted)[*.…\s]{0,6}\]|\*{3,8}/i;
/**
 * A withheld period, with its figure repeated in parentheses and its unit when they are there:
 * "[***] prior to the expiry", "[***] ([***]) days' notice", "**** of the Initial Term".
 */
const WITHHELD_PERIOD = new RegExp(
  `(?:${WITHHELD.source})(?:\\s{0,2}\\(\\s{0,2}(?:${WITHHELD.source})\\s{0,2}\\))?(?:\\s{1,2}(?:(business|working|calendar)\\s{1,2})?(days?|weeks?|months?|years?)\\b)?`,
  'gi',
);

// --- The shape of the duration itself (`pre` = text before it, `post` = text after it).

const POSS = `(?:['’]s?|s['’])?`;
const PAREN = `(?:\\([^)]{0,20}\\)\\s{0,2})?`;
/** "30 days' prior written notice", "24 hours notification". */
const POST_NOTICE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:(?:prior|advance|advanced|written|express|formal|reasonable|electronic|e-?mail|clear)\\s+){0,3}(?:notice|notification|warning)\\b`,
  'i',
);
/** A period counted to a change: "30 days before the change will be effected", "prior to such revision". */
const POST_BEFORE_CHANGE =
  /^[^.;]{0,20}?\b(?:before|prior\s+to|in\s+advance\s+of|ahead\s+of)\s+(?:the|any|such|that|this|a|its)\s+(?:[\w-]+\s+){0,2}(?:changes?|revisions?|modifications?|amendments?|updates?)\b/i;
/** "at least twenty-four (24) hours of notice prior to", "30 days of advance written notice". */
const POST_OF_NOTICE = new RegExp(
  `^\\s{0,2}${PAREN}of\\s+(?:(?:prior|advance|advanced|written)\\s+){0,3}(?:notice|notification)\\b`,
  'i',
);
/** "within 30 days of notice", "after 10 days of notice": counted from a notice, not a notice ahead of time. */
const PRE_FROM_NOTICE = /\b(?:within|after|following|from)\s+(?:a\s+period\s+of\s+)?(?:the\s+)?$/i;
/** "24 hours in advance", "30 days prior to", "at least 60 days before". */
const POST_ADVANCE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:in\\s+advance|prior\\b|before\\b|beforehand|ahead\\b|preceding\\b)`,
  'i',
);
/**
 * A party named by its own name gives the notice: "10 days after Acme provides notice", "after the
 * Provider gives written notice of the change". The verb and the word notice are both required, so
 * "after Acme provides the invoice" stays no notice.
 */
const PARTY_GIVES_NOTICE =
  "[\\w&.'’-]{2,30}\\s+(?:provides?|gives?|sends?|delivers?|posts?|publishes)\\s+(?:(?:written|the|such|a|its|prior)\\s+){0,2}(?:notice|notif)";
/** "effective 30 days after notice / after we post". */
const POST_AFTER_NOTICE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:after|following|from)\\s+(?:(?:the|its|their|such|our|first|receipt\\s+of|delivery\\s+of|date\\s+of|(?:the\\s+)?date\\s+on\\s+which|(?:giving|service|sending)\\s+of|giving|providing|we|you|written)\\s+){0,4}(?:notice|notif|post|publish|publication|releas|send|sent|provid|email|e-mail|announce|${PARTY_GIVES_NOTICE})`,
  'i',
);
/** "with prior notice of 30 days", "a written notice period of sixty (60) days", "a notice of three months". */
const PRE_NOTICE_OF =
  /\b(?:(?:prior|advance|written)\s+(?:written\s+)?(?:notice|notification)(?:\s+period)?|notice\s+period|(?:a|the)\s+notice)\s+of\s+(?:at\s+least\s+|not\s+less\s+than\s+|a\s+minimum\s+of\s+)?$/i;
/** "within 30 days", "no later than ten days", "up to 30 days". */
const PRE_WITHIN =
  /(?:within|no\s+later\s+than|not\s+later\s+than|up\s+to|not\s+more\s+than)\s+(?:a\s+period\s+of\s+)?(?:the\s+)?$/i;
/** "less than 24 hours" is no commitment (but "not less than" is). */
const PRE_LESS = /(?<!\b(?:not|no)\s+)(?:less|fewer)\s+than\s+$/i;

// --- The event.

const PAY = /\b(?:pay|paid|payment|payments|fees?|invoices?|invoiced|amounts?|charges?|balance|sums?|subscription)\b/i;
const LATE =
  /\b(?:overdue|past[- ]due|late|delinquen\w*|unpaid|non-?payment|arrears|remains?\s+outstanding|payments?\s+(?:fails|failed|failures?|is\s+declined|bounces)|fail(?:s|ed|ing)?\s+to\s+(?:make\s+(?:any\s+|the\s+)?|(?:timely|promptly|duly)\s+)?pay(?:ments?)?|failure\s+to\s+(?:make\s+)?pay(?:ments?)?|not\s+(?:been\s+)?(?:paid|received)|remains?\s+in\s+default|in\s+default\s+(?:of|with)\s+(?:any\s+)?payments?)\b/i;
const CONSEQUENCE =
  /suspen[sd]|terminat|disabl|restrict|deactivat|cancel|downgrad|interrupt|accelerat|collection|discontinu|limit\s+(?:your\s+)?access/i;
/** "30 days past due", "10 or more days overdue", "30 days after the due date". */
const POST_OVERDUE =
  /^\s{0,3}(?:or\s+(?:more|longer)\s+)?(?:past[- ]due|overdue|late|delinquent|in\s+arrears|in\s+default|(?:after|following|from|beyond|past)\s+(?:the\s+|its\s+|their\s+|such\s+)?(?:applicable\s+)?(?:due\s+date|date\s+(?:on\s+which\s+)?(?:it|they|such\s+(?:amount|payment)|(?:the\s+)?payment)\s+(?:is|was|were|are|became)\s+due|payment\s+(?:is|was)\s+due))/i;
const ACCOUNT = /\baccounts?\b/i;
/** A billing dispute: "billed … incorrectly", "billing errors", "dispute an invoice". */
const BILLING_DISPUTE =
  /\bbilled\s+(?:[\w’']+\s+){0,2}incorrectly\b|\b(?:billing|invoic\w*)\s+(?:errors?|disputes?|discrepanc\w*)|\bdisput\w*\s+(?:an?\s+|any\s+|the\s+)?(?:invoices?|charges?|bills?)\b/i;
/** "without giving the other Party a cure period": a termination with no cure, so no cure period to read. */
const NO_CURE_PERIOD = /\bwithout\s+(?:[\w’']+\s+){0,4}?(?:a|any)\s+(?:cure|remedy)\s+period\b/gi;
const noCurePeriod = (clause: string) => clause.replace(NO_CURE_PERIOD, ' ');
/** How long a failure lasts: "and such failure continues for", "the default persists for more than". */
const FAILURE_CONTINUES =
  /\b(?:failure|default|non-?payment)\s+(?:continues|persists|remains\s+(?:unremedied|uncured|unpaid))\s+(?:for\s+)?(?:more\s+than\s+|at\s+least\s+|a\s+period\s+of\s+)?$/i;
/** The payment term itself: "invoices are due within 30 days", "net 30 days". */
const PRE_DUE_TERM = /(?:\b(?:due|payable)\s+(?:with)?in\s+|\bnet\s+)$/i;

// "tariffs": what telecom and utility terms call their prices.
const PRICE_CHANGE =
  /\b(?:increas\w*|chang\w*|modif\w*|adjust\w*|rais\w*|revis\w*|updat\w*|amend\w*|alter(?:s|ed|ing)?)\s+(?:[\w’'-]{1,20}\s+){0,3}(?:prices?|pricing|fees?|rates?|charges?|tariffs?|subscription\s+costs?)\b|\b(?:prices?|pricing|fees|rates|charges)\b[^.;]{0,120}?(?:\b(?:are|is|and)|,)\s+subject\s+to\s+(?:change|increase|revision|adjustment)\b|\b(?:price|pricing|fee|rate|charge|tariff)s?\s+(?:[\w’'-]{1,20}\s+){0,3}(?:increas|chang|modif|adjust|revis|updat|rise)|new\s+(?:prices|pricing|fees)\b|\bput\s+(?:our\s+|the\s+|its\s+|your\s+)?(?:prices?|fees?|charges?)\s+up\b/i;

const RENEW = /renew/i;
/**
 * A reminder that the term renews, which stops nothing: "a renewal notice", "notice of the upcoming renewal", and the
 * customer told by the vendor ("Clients receive email notifications 10 days prior to the renewal date", "Customers
 * are notified …", "we will remind you …"), where a notice period is one the customer gives.
 */
const RENEWAL_REMINDER =
  /\brenewal\s+(?:notice|reminder|quote|invoice)s?\b|\breminder\s+(?:notice|e-?mail|message)s?\b|\bsend\s+(?:you|customers?|clients?|subscribers?|the\s+customer)\s+(?:an?\s+)?(?:e-?mail\s+|written\s+)?(?:reminders?|notifications?)\b|\b(?:notice|reminder)\s+of\s+(?:the\s+|its\s+|any\s+)?(?:upcoming\s+|impending\s+|automatic\s+)?renewal\b|\b(?:receive|be\s+sent|get)\s+(?:an?\s+)?(?:e-?mail\s+|written\s+)?(?:notifications?|reminders?|notices?)\b|\b(?:are|is|will\s+be)\s+(?:notified|reminded)\b|\bwe\s+(?:will|shall|may)\s+(?:notify|remind|e-?mail)\s+(?:you|customers?|clients?|subscribers?|the\s+customer)\b/i;
const NON_RENEW =
  /non-?\s?renewal|not\s+(?:to\s+)?(?:automatically\s+|auto-?\s?)?renew|not\s+wish\s+to\s+renew|not\s+be\s+renewed|decline\s+to\s+renew|prevent\s+(?:the\s+|any\s+)?(?:automatic\s+)?(?:renewal|extension)|(?:stop|prevent|keep)\s+(?:this\s+|the\s+)?(?:agreement|subscription|contract|order|term|it)\s+from\s+(?:automatically\s+)?(?:renewing|being\s+renewed|extending)|not\s+to\s+extend\b|not\s+to\s+exercise\s+(?:a|the|any|such|its|each)\s+(?:renewal|extension)\s+option|cancel\w*\s+(?:the\s+|its\s+|your\s+|any\s+)?(?:auto(?:matic)?[- ]?renewal|renewal)|opt(?:s|ing)?\s+out\s+of\s+(?:the\s+|any\s+)?(?:auto|renewal)|turn\s+off\s+auto/i;
/** "… before the end of the then-current term", "prior to the renewal date". */
const POST_BEFORE_END = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:(?:prior|advance|written)\\s+){0,3}(?:notice\\s+)?(?:before|prior\\s+to|in\\s+advance\\s+of|preceding|ahead\\s+of)\\s+(?:(?:the|its|any|such|each|your|that)\\s+)?(?:(?:natural|scheduled|original|stated|applicable)\\s+)?(?:end\\b|expir|renewal|(?:it|this\\s+agreement|the\\s+agreement|the\\s+term)\\s+(?:renews|(?:would|will)\\s+(?:otherwise\\s+)?(?:automatically\\s+)?renew)\\b|roll[- ]?over\\s+date|anniversary|date\\s+of\\s+(?:expir|renewal)|then[- ]current|current\\s+(?:term|period|subscription)|close\\s+of|commencement\\s+of\\s+(?:the\\s+|any\\s+|a\\s+)?renewal|start\\s+of\\s+(?:the\\s+|any\\s+|a\\s+)?renewal|next\\s+(?:term|renewal|billing)|(?:commencement|start|beginning)\\s+of\\s+(?:(?:the|any|a)\\s+(?:next|subsequent|following|succeeding|new)|each|every)\\s+(?:[\\w-]+\\s+){0,2}?(?:term|period|cycle)\\b)`,
  'i',
);
const END_OR_CANCEL = /\b(?:cancel|terminat)/i;
/** Someone gives notice, ends, objects or declines (the renewal word alone is no notice). */
const STOP_CUE =
  /notice|notif|terminat|cancel|elect|\binform(?!ation)|advis|declin|object|written|\btell(?:s|ing)?\s+(?:the\s+other|us|you|them|each\s+other)\b|non-?\s?renew|not\s+(?:to\s+)?renew|opt\w{0,3}\s+out/i;
/** "at the end of the Initial Term", "upon expiry of the then-current term". */
// Also the day the term would renew: "end this agreement on the next date (or when) it would otherwise renew".
const END_OF_TERM =
  /(?:end|expir\w*|expiry)\s+of\s+(?:the\s+|any\s+|each\s+|its\s+|a\s+)?(?:(?:initial|then[- ]current|current|renewal|subscription|relevant)\s+)?(?:term|period)\b|\b(?:(?:date|day)\s+(?:on\s+which\s+)?|when\s+)(?:it|this\s+agreement|the\s+agreement|the\s+term|the\s+subscription)\s+(?:would|will)\s+(?:otherwise\s+)?(?:automatically\s+)?renew\b/i;

/**
 * "at the end of the Initial Term or at any time thereafter": the right is not tied to the term's
 * end, so it stops no renewal; it is a right at will once the first term is over.
 */
const OR_ANY_TIME_AFTER =
  /(?:end|expir\w*|expiry)\s+of\b[^.;]{0,60}?\bor\s+(?:at\s+)?any\s+time\s+(?:thereafter|after(?:wards)?)\b/i;

/** "in the twelve (12) months prior to", "during the 90 days before": a window, not an advance notice. */
const PRE_IN_THE = /\b(?:in|during|over)\s+the\s+(?:(?:last|preceding|previous|immediately)\s+)?$/i;
const POST_PRIOR = new RegExp(`^\\s{0,2}${PAREN}(?:immediately\\s+)?(?:prior\\s+to|before|preceding)\\b`, 'i');

/** A liability cap's look-back ("fees paid in the 12 months before the claim") is no notice. */
const LIABILITY = /\bliab(?:le|ility|ilities)\b/i;
/** "… paid during the twelve months prior.": the look-back closing its clause, the event left unsaid. */
const POST_PRIOR_ALONE = /^\s{0,2}(?:immediately\s+)?(?:prior|preceding|before)\s{0,2}(?:[.;,)]|$)/i;
const POST_LOOKBACK = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:immediately\\s+)?(?:before|prior\\s+to|preceding)\\s+(?:the\\s+|such\\s+|any\\s+|each\\s+|that\\s+)?(?:date\\s+(?:of|on\\s+which)\\s+(?:the\\s+)?)?(?:first\\s+|relevant\\s+|applicable\\s+)?(?:event|claim|incident|act|occurrence|cause|liability|circumstance|action|breach|date\\s+(?:of|on)\\s+which)`,
  'i',
);

/** Data-breach wording is not a contract breach. */
const SECURITY_BREACH =
  /(?:security|data|personal\s+data|privacy|confidentiality)\s+breach(?:es)?|breach(?:es)?\s+of\s+(?:the\s+)?(?:security|confidentiality|personal\s+data)/gi;
/** One test of SECURITY_BREACH without the global flag's state. */
const SECURITY_BREACH_ONE = new RegExp(SECURITY_BREACH.source, 'i');
/** What makes a breach in a data-breach section the contract's own breach. */
const CONTRACT_BREACH =
  /\bterminat|material(?:ly)?\s+breach|breach\w{0,3}\s+(?:of\s+)?(?:this|the)\s+(?:agreement|contract|terms)/i;
const BREACH =
  /\bbreach|\bviolat(?:es|ed|ion|ions|ing)\b|\b(?:break|breaks|broke|broken)\s+(?:these|this|the|our|your)\s+(?:terms|agreement|contract)\b|\bmaterial(?:ly)?\s+default|\bdefaults?\s+(?:in|under)\b|fail(?:s|ed|ure)?\s+to\s+(?:perform|comply|observe)/i;
/** Cure wording; "remedy" only as the verb of a breach ("sole remedy" is not a cure). */
const CURE =
  /\bcur(?:e|ed|es|ing)\b|uncured|unremedied|(?:fail\w{0,4}|not|n['’]t|refus\w{0,4}|unable)\s+(?:to\s+)?(?:[\w’'-]{1,12}\s+){0,2}(?:remed|rectif|correct|fix)|remed(?:y|ied|ies|ying)\s+(?:such|the|that|this|its|any|said)\s+(?:material\s+)?(?:breach|failure|default|non-?compliance)|(?:remedy|cure)\s+period|\bto\s+(?:remedy|rectify|correct|put)\s+(?:it|them|this|that)\b(?!\s+(?:in\s+place|into|on|forward))/i;
/** "… and such failure continues for 30 days" (a cure only next to a breach). */
const PERSISTS = /(?:continues?|persists?|remains?)\s+(?:for|uncured|unremedied|unresolved|in\s+effect)/i;
const MATERIAL_BREACH = /material(?:ly)?\s+breach/i;
const WARRANTY = /warrant/i;

/** "terminate", "cancel", or "end these terms / this agreement / your subscription" (the verb, not "the end of"). */
const TERMINATE =
  /\bterminat|\bterminable\b|\bcancel|\bclos(?:e|es|ing)\s+(?:your|the\s+customer['’]s|customer['’]s|the\s+user['’]s|the)\s+account\b|(?<!\b(?:the|an?|at|to)\s+)\bend\s+(?:these|this|the|our|your)\s+(?:terms|agreement|contract|subscriptions?|membership)\b|\bwithdraw\s+from\s+(?:this|the)\s+(?:agreement|contract|joint\s+venture|alliance|collaboration)\b|\bdiscontinue\s+(?:this|the)\s+(?:agreement|contract)\b/i;
/** A termination right with a condition is not a termination for convenience. */
const CONDITIONAL =
  /\bif\b|in\s+the\s+event|\bwhere\b|\bshould\b|\bbreach|\bfail|insolv|bankrupt|\bcure|remed|renew|expir|\bunless\b|suspen|violat|in\s+accordance|pursuant/i;
/**
 * A time window, not a condition: "at any time during a renewed term", "during any Extension Period",
 * "during the Initial Term or any Renewal Term".
 * The right holds for the whole of that term, so the renewal word in it blocks no convenience right.
 */
const RENEWED_TERM_WINDOW =
  /\b(?:during|in|throughout)\s+(?:a|an|any|the|each|such)\s+(?:renewed|renewal|extended|extension)\s+(?:term|period)s?\b|\bterm\s+(?:or|and)\s+(?:a|an|any|the|each|such)\s+(?:renewed|renewal|extended|extension)\s+(?:term|period)s?\b/gi;
/** "at the expiry of the Initial Term or any time thereafter": a window that opens and stays open. */
const AFTER_FIRST_TERM_WINDOW =
  /\b(?:end|expir\w*|expiry)\s+of\s+(?:the\s+)?(?:initial|first|original)\s+(?:term|period)\s+or\s+(?:at\s+)?any\s+time\s+(?:thereafter|afterwards)\b/gi;
/** CONDITIONAL, reading a renewed-term window (or one open after the first term) as time, not as a condition. */
function conditional(text: string): boolean {
  return CONDITIONAL.test(text.replace(RENEWED_TERM_WINDOW, ' ').replace(AFTER_FIRST_TERM_WINDOW, ' '));
}

/** The customer's data, or the work it keeps in the service ("your saved projects", "uploaded documents"). */
const DATA =
  /\bdata\b|\bcontent\b|back-?ups?\b|\bfiles\b|\b(?:your|saved|uploaded|stored)\s+(?:\w+\s+)?(?:projects|documents|records|uploads|workspaces?|recordings|photos|designs|materials|notes|messages|emails|boards|spreadsheets|databases|repositories|videos|images|contacts|forms|submissions)\b/i;
const OTHER_DATA_ONLY = /confidential\s+information/i;
const CUSTOMER_DATA = /(?:customer|your|client|user|tenant|its)\s+(?:data|content)/i;
const DATA_ACT =
  /retriev|export|download|\baccess|\breturn|delet|destroy|dispos|purg|eras|\bremov|available|\brequest|\bcop(?:y|ies)|extract|\bobtain/i;
const POST_AFTER_END =
  /^\s{0,2}(?:after|following|of|from|post|past|upon)\s+[^.;]{0,40}?(?:terminat|expir|cancel|deactivat|closure|closing|end\s+of(?!\s+(?:the\s+|an?\s+|each\s+|any\s+|that\s+)?(?:user\s+|chat\s+|browser\s+)?(?:interactions?|sessions?|conversations?|chats?|requests?|calls?|quer(?:y|ies)|transactions?|day|week|month|quarter|billing\s+(?:cycle|period))\b)|clos(?:e|es|ed)\s+(?:your|its|the|an)\s+account)/i;
const PRE_AFTER_END =
  /(?:after|following|upon|on|post)[- ]\s{0,2}(?:the\s+)?(?:effective\s+date\s+of\s+(?:the\s+|any\s+)?)?(?:terminat|expir|cancel)\w*[^.;]{0,160}?(?:for|within|during|up\s+to|period\s+of|until|next)\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?(?:the\s+)?$/i;
/** "If your subscription ends, your workspace will be kept … for 90 days". */
const PRE_IF_ENDS =
  /\b(?:if|when|once|after)\s+(?:your|the|this|its|customer['’]?s?|a)\s+(?:subscription|agreement|account|contract|plan)\s+(?:ends|has\s+ended|expires|has\s+expired|is\s+(?:terminated|cancell?ed|closed))\b[^.;]{0,160}?\b(?:for|within|during|up\s+to|period\s+of)\s+(?:a\s+period\s+of\s+)?(?:up\s+to\s+)?(?:the\s+)?$/i;
/** "… 30 days to export your data", "a 14-day grace period during which you can reactivate or export your files". */
const POST_TO_RETRIEVE =
  /^\s{0,2}(?:(?:to|in\s+which\s+to)\s+(?:retriev|export|download|access|request|obtain|extract)|(?:grace\s+|retention\s+|wind-?down\s+)?period\s+(?:during|in)\s+which\s+(?:you|the\s+customer|customer|users?)\s+(?:can|may|will\s+be\s+able\s+to)\s+(?:[\w,’'-]+\s+){0,6}?(?:retriev|export|download|access|obtain|extract))/i;
/** Getting the data back, as opposed to the vendor disposing of it. */
const RETRIEVE_ACT =
  /retriev|export|download|\baccess|\breturn|available|\brequest|\bcop(?:y|ies)|extract|\bobtain|\bdeliver/i;
/** A deletion verb right before the duration: "will be deleted 90 days after", "erased from our systems 60 days". */
const DELETED_AT = /\b(?:delet|eras|destroy|purg)(?:ed|es|e)\b(?:\s+[\w-]+){0,3}\s{0,3}$/i;
const END_WORD =
  /terminat|expir|cancel|deactivat|end\s+of\s+(?:the\s+|your\s+|its\s+)?(?:term|subscription|agreement)|\b(?:subscription|agreement|account|plan|contract)\s+(?:ends|has\s+ended|is\s+closed)\b/i;
/**
 * The vendor's duty to return or delete the data by a deadline ("shall return all Personal Data or delete it within
 * 60 days", "delete (or, at Customer's option, return) … within thirty days"): a deletion deadline with a return
 * option, not a window in which the customer can retrieve its data (corpus convention T3/9).
 */
const RETURN_OR_DELETE =
  /\breturn\b[^.;]{0,80}?\bor\s+(?:to\s+)?(?:delet|destroy|eras)|\b(?:delet|destroy|eras)\w*[^.;]{0,60}?\bor\b[^.;]{0,40}?\breturn\b/i;

const CREDIT =
  /(?<!(?:letter|line)\s+of\s+)credit(?!\s+(?:card|note|check|limit|rating|score))|\b(?:sla|service[- ]level)[- ]?compensation\b/i;
/**
 * An SLA's remedy named "compensation" rather than "credit" ("To request this compensation, … within
 * 30 days of the downtime"): the word counts as a credit only next to downtime, so damages or
 * workers' compensation stay out.
 */
const COMPENSATION = /\bcompensat(?:ion|ed|e)\b/i;
const DOWNTIME_WORD = /\bdown-?\s?time\b|\bunavailab|\boutages?\b|\bservice\s+interruptions?\b/i;
const downtimeCompensation = (text: string) => COMPENSATION.test(text) && DOWNTIME_WORD.test(text);
/** A short answer that opens with its yes: "Yes, at least 5 days in advance by email." */
const FAQ_ANSWER = /^\s*(?:yes|we\s+do|always)\b[^.;]{0,100}\.?\s*$/i;
/** A credit named, or downtime compensation standing for one (creditClaimWindow, lateClaimBarred). */
const namesCredit = (text: string) => CREDIT.test(text) || downtimeCompensation(text);
const CLAIM_ACT =
  /\b(?:request(?:s|ed|ing)?|claim(?:s|ed|ing)?|submit(?:s|ted|ting)?|apply\s+for|notify|report|file|ticket|contact|send|open|raise|lodge[ds]?)\b/i;
/** "submit a claim", "claims must be made": the claim itself, not a notification or a report. */
const BARE_CLAIM =
  /\b(?:submit|make|file|raise|lodge)\s+(?:a|any|its|the|your)\s+claims?\b|\bclaims?\s+(?:must|shall|should)\s+be\s+(?:submitted|made|filed|raised|lodged)\b/i;
/** A heading about making a claim ("How to claim", "Claims", "Claiming a credit"). */
const CLAIM_HEADING = /\bclaim(?:s|ing)?\b/i;
/** The act the customer performs to claim, under such a heading: "Email support", "contact us", "open a ticket". */
const CONTACT_ACT = /\b(?:e-?mail|contact|write\s+to|notify|submit|send|open|raise|request)\b/i;
/** The period runs from the end of the month or from the outage. */
const CLAIM_COUNTED_FROM =
  /^\W{0,3}(?:after|of|from|following)\s+(?:the\s+)?(?:end\s+of\s+the\s+(?:calendar\s+|billing\s+|affected\s+|relevant\s+|applicable\s+|impacted\s+)?month|(?:relevant\s+|applicable\s+)?(?:incident|outage|downtime|unavailability|service\s+interruption))\b/i;
/** A claim at law: damages, liability, an action, an indemnity, a warranty. */
const CLAIM_AT_LAW = /\bdamages\b|\bliabilit|\baction\b|\bproceeding|\blawsuit|\bindemn|\bwarrant/i;
/** A claim made past the period: "requests received more than 45 days after …" (lateClaimBarred). */
const LATE_CLAIM_PRE =
  /\b(?:received|submitted|made|filed|raised|sent|requested|reported)\s+(?:more|later)\s+than\s+$/i;
/** … and what happens to it: not honoured, not accepted, not eligible, waived. */
const LATE_CLAIM_BARRED =
  /^[^.;]{0,120}?\b(?:(?:will|shall|may)\s+not\s+be\s+(?:honou?red|accepted|eligible|considered|granted|paid|issued|processed)|(?:are|is|will\s+be|shall\s+be)\s+(?:waived|forfeited|void|ineligible|rejected|denied)|(?:are|is)\s+not\s+eligible)\b/i;
/** The vendor's own deadline ("credits will be applied within", "we will respond to claims within"). */
const PRE_VENDOR_APPLY =
  /\b(?:applied|issued|credited|processed|paid|reflected|granted|approved|apply|issue|pay)\s+(?:to\s+(?:your|the|customer['’]?s?)\s+(?:account|invoice)\s+)?(?:within|no\s+later\s+than)\s+$/i;
/** The vendor's handling of a claim: "we will review it within", "engineers will evaluate the submitted logs … within". */
const VENDOR_HANDLES =
  /\b(?:respond(?:s|ed)?|review(?:s|ed)?|process(?:es|ed)?|evaluate[sd]?|acknowledge[sd]?|investigate[sd]?|resolve[sd]?|determine[sd]?|validate[sd]?|verif(?:y|ies|ied)|confirm(?:s|ed)?|decide[sd]?)\b/gi;
/**
 * Between the handling verb and "within": a customer's duty ("must be submitted") or the customer acting ("and Customer
 * makes a request for service credit within") makes the period the claim's again.
 */
const DUTY =
  /\b(?:must|shall|should|needs?\s+to|(?:is|are)\s+required\s+to|customers?|you|licensees?|clients?|subscribers?)\b|[.;:]/i;

/**
 * The period is the vendor's, not the customer's claim window: a crediting verb right before it, or a verb of handling
 * the claim with only its object between ("evaluate the submitted telemetry logs against our router logs within ten
 * (10) business days"; "submitted" there is no act of the customer's).
 */
function vendorsPeriod(pre: string): boolean {
  if (PRE_VENDOR_APPLY.test(pre)) return true;
  const tail = pre.slice(-240);
  if (!/(?:within|no\s+later\s+than)\s+$/i.test(tail)) return false;
  let last: RegExpExecArray | null = null;
  VENDOR_HANDLES.lastIndex = 0;
  for (let m = VENDOR_HANDLES.exec(tail); m; m = VENDOR_HANDLES.exec(tail)) {
    // "a verified failure": an adjective, not the vendor acting.
    if (!/\b(?:a|an|the|any|such)\s+$/i.test(tail.slice(Math.max(0, m.index - 6), m.index))) last = m;
  }
  if (!last) return false;
  const between = tail.slice(last.index + last[0].length);
  return !DUTY.test(between) && between.split(/\s+/).length <= 24;
}
const MAINTENANCE =
  /maintenance|downtime|upgrades?\b|service\s+window|scheduled\s+(?:service\s+)?(?:disruption|interruption|outage|work)|planned\s+(?:outage|interruption|disruption|work)/i;

/** Under a maintenance heading, the sentence must still be about the work being announced. */
/** A heading about maintenance alone: "Scheduled Maintenance", "2.3 Planned Maintenance", "Maintenance Windows". */
const MAINTENANCE_HEADING =
  /^[\s\d.()a-z]{0,6}(?:(?:scheduled|planned|routine|emergency)\s+)?maintenance(?:\s+(?:windows?|notices?|schedule))?\s*:?\s*$/i;
/** A notice the customer gives ("Customer shall give Vendor 30 days' notice"), not the provider's announcement. */
const CUSTOMER_GIVES =
  /\b(?:customer|client|you|licensee|subscriber)\s+(?:shall|must|will|may|should)\s+(?:\w+\s+)?(?:give|provide|send|notify)/i;
/** What else a notice under a maintenance heading may be for: ending, renewing, prices, changes to terms. */
const OTHER_NOTICE_SUBJECT = /terminat|cancel|renew|\bfees?\b|pric|chang|amend|suspen|breach|claim|credit/i;
const SCHEDULED_WORK =
  /schedul|planned|window|perform|carr(?:y|ied)\s+out|downtime|outage|interruption|unavailab|announc|disrupt/i;

const CHANGE = /\b(?:chang(?:e|es|ed|ing)|modif\w*|amend\w*|updat\w*|revis\w*|alter(?:s|ed|ing|ation)?)\b/i;
const CHANGE_OBJECT =
  /\b(?:terms|agreement|policy|policies|sla|aup|eula|service\s+level|services?|features?|functionality|platform|products?|conditions|offering|apis?)\b/i;
// "SLA Review", "Policy review": the section where a document says how it is reviewed and changed (not "Review of
// advertising copy": a review of something else).
const CHANGE_HEADING = /chang|modif|amend|updat|revision|\b(?:SLA|agreement|terms|policy)\s+review/i;
/** A paragraph's run-in heading, a few words ending in a full stop or colon: "Changes.", "Updates to these Terms:". */
const RUN_IN_HEADING = /^(?:\d{1,2}\.\s)?[A-Z][\w’'&,-]*(?:\s[\w’'&,-]+){0,5}[.:]$/;
/** The same run into its sentence with a colon: "Modifications: we will tell you …". */
const RUN_IN_LABEL = /^(?:\d{1,2}\.\s)?([A-Z][\w’'&,-]*(?:\s[\w’'&,-]+){0,5}):\s/;
/** Retiring part of the service is a change to it: "we may discontinue a feature on 90 days' notice". */
const DEPRECATION =
  /\b(?:discontinu\w{0,4}|deprecat\w{0,4}|sunset\w{0,4}|retir(?:e|es|ed|ing)|end(?:s|ing)?\s+support\s+for)\s+(?:[\w’'-]{1,20}\s+){0,4}(?:features?|functionalit(?:y|ies)|apis?|versions?|endpoints?|integrations?|modules?)\b|\b(?:features?|functionalit(?:y|ies)|apis?|versions?|endpoints?)\s+(?:[\w’'-]{1,20}\s+){0,4}(?:discontinu|deprecat|sunset|retire)/i;
/** Sub-processor changes (DPAs) are not changes to the terms or the service. */
const SUBPROCESSOR = /sub-?\s?processor/i;
const TRIAL = /\btrial\b/i;
/** The customer changing its own order or use is not a change to the terms. */
const CUSTOMER_CHANGE =
  /\b(?:customer|you|licensee|client)\s+(?:[\w’'-]{1,15}\s+){0,3}(?:wish|want|intend|request|decide|elect)\w{0,3}\s+to\s+(?:change|modif|reduc|downgrad|alter|amend)/i;
const NOT_A_CHANGE =
  /change\s+of\s+control|changes?\s+(?:in|to)\s+(?:your|its|customer['’]?s?)\s+(?:address|contact|billing|details|information)/gi;

/** Text between two durations that makes the second an alternative to the first. */
const ALTERNATIVE = /(?:^|[(,;]|\s)\s{0,2}or\s+(?:within\s+|after\s+)?$/i;

/** Giving notice: "inform" as a verb, not "information" ("Informational request" in a support table). */
const NOTICE_WORD = /notice|notif|\binform(?!ation)|announc/i;
/** The word notice itself ("notice", "notify", "notification"), without NOTICE_WORD's informing and announcing. */
const NOTICE_NOUN = /\bnoti(?:ce|f)/i;
/** What a notice right after the figure is of: "' notice of discontinuing the Service" → "discontinuing the Service". */
const OWN_OBJECT = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}(?:(?:written|prior|advance)\\s+){0,2}notice\\s+of\\s+([^.;,]{3,60})`,
  'i',
);
/** An object that points back to the change already named: "notice of that change", "of such increase". */
const BACK_TO_A_CHANGE =
  /^(?:that|such|this|these|those|the|any\s+such|it|them)\b|\b(?:changes?|increases?|modifications?|amendments?|adjustments?|updates?|revisions?)\b/i;
/** "… and" right before a period: a second period coordinated with the one before. */
const COORDINATED = /(?:^|[,;]|\s)\s{0,2}and\s+(?:at\s+least\s+|not\s+less\s+than\s+)?$/i;
/** How a period is written right after its figure: "in advance", "' notice", "prior", "before". */
const PERIOD_SHAPE =
  /^\s{0,2}(?:['’]s?\s+|s['’]\s+)?(?:(?:written|prior|advance)\s+)?(in\s+advance|notice|prior|before|after)\b/i;
/** Two periods written the same way ("30 days in advance … and 60 days in advance"). */
function sameShape(a: string, b: string): boolean {
  const x = PERIOD_SHAPE.exec(a);
  const y = PERIOD_SHAPE.exec(b);
  return x !== null && y !== null && (x[1] as string).toLowerCase() === (y[1] as string).toLowerCase();
}

// --- Wording added for contract prose (CUAD-style agreements).

/**
 * A duration of each day, week, month or year: "24 hours a day", "7 days a week", "up to four (4) hours per month" of
 * maintenance: an allowance or a schedule, never a period counted to an event.
 */
const POST_PER_PERIOD =
  /^\s{0,2}(?:a|per|each|every)\s+(?:(?:calendar|business)\s+)?(?:day|week|month|quarter|year)\b/i;
/** "Every 2 business days", "each 30 days": a figure after "every" is how often a thing recurs, never how long ahead. */
const PRE_EVERY = /\b(?:every|each)\s+(?:other\s+)?$/i;
/** Insurance clauses: "30 days' notice of cancellation, non-renewal or material change" of a policy. */
const INSURANCE = /\binsur(?:ance|er|ers|ed)\b|\bcoverages?\b/i;
/** The events an insurer must announce, in a list: "cancellation, non-renewal or material change". */
const POLICY_EVENTS =
  /(?:cancell?ation|non-?\s?renewal|material\s+(?:change|alteration)|reduction)\s{0,2}(?:to|in)?\s{0,2},?\s+(?:or\s+|and\s+)?(?:[\w-]{1,12}\s+){0,2}(?:cancell?ation|non-?\s?renewal|material\s+(?:change|alteration)|reduction)/i;
/** An option to renew ("notice of its election to renew"): the opposite of a non-renewal notice. */
const ELECT_TO_RENEW =
  /\b(?:chooses?|elects?|wish(?:es)?|desires?|intends?|decides?)\s+to\s+renew\b|\b(?:election|elect|desire|choice|option|intent(?:ion)?|wish(?:es)?|decision)\s+(?:(?:of|for)\s+(?:the\s+)?\w{1,20}\s+)?to\s+renew\b/i;
/** The contract continues by itself: "automatically renew", "continue … thereafter … until terminated". */
const AUTO_CONTINUE =
  /\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew|extend|continu|prolong)|\b(?:extended|prolonged|continued?|continues|renewed|renews)\s+automatically\b|\b(?:be|is|are)\s+(?:thereafter\s+)?(?:extended|prolonged)\s+(?:for|by)\s+(?:an?\s+|one\s+)?(?:successive|additional|subsequent|consecutive|further)\b|\bauto[- ]?renew|\bautomatic\s+(?:\w{1,12}\s+){0,2}(?:renewals?|extensions?)\b|\brenew(?:s|ed)?\s+(?:\w{1,20}\s+){0,2}for\s+(?:successive|additional|subsequent|consecutive|further)|\b(?:month|year)[- ]to[- ](?:month|year)\b|\bcontinue\s+(?:in\s+full\s+force\s+and\s+effect\s+|(?:\w{1,20}\s+){0,3})(?:thereafter|indefinitely)\b|\bthereafter\s+(?:\w{1,20}\s+){0,3}continu|\bindefinitely\s+(?:after|thereafter)\b|\bevergreen\b|\b(?:continue[sd]?|roll(?:s|ed)?\s+over)\s+(?:in\s+(?:full\s+force\s+and\s+)?effect\s+)?(?:thereafter\s+)?for\s+(?:successive|additional|subsequent|consecutive|further)\b|\bthereafter\s+for\s+(?:successive|additional|subsequent|consecutive|further)\b|\b(?:renewed|continue[sd]?)\s+(?:thereafter\s+)?from\s+year\s+to\s+year\b|\b(?:after|following|upon|at)\s+(?:the\s+)?(?:expiration|expiry|end)\s+of\s+(?:the\s+)?(?:initial|original|first|minimum)\s+(?:term|period)\b[^.;]{0,80}?\b(?:shall|will)\s+(?:thereafter\s+)?continue\b/i;
/**
 * AUTO_CONTINUE on a sentence, remembered for the last few sentences asked about: every duration of a sentence asks it of
 * the same sentence (and of the one before), and on a long sentence full of durations the repeated scans added up.
 */
const autoContinuesOf = new Map<string, boolean>();
function autoContinues(text: string): boolean {
  let result = autoContinuesOf.get(text);
  if (result === undefined) {
    // A handful of entries: the sentence and the one before, for as long as their durations are read.
    if (autoContinuesOf.size >= 4) autoContinuesOf.clear();
    result = AUTO_CONTINUE.test(text);
    autoContinuesOf.set(text, result);
  }
  return result;
}
/**
 * An option to renew exercised by notice: "may renew this Agreement for one additional term … by
 * giving notice", "the right to extend …", "To renew, the Licensee must give notice …", "exercise its
 * renewal option". The notice starts a renewal; it does not stop one.
 */
const OPTION_TO_RENEW =
  /\bmay\s+(?:,\s{0,2})?(?:at\s+(?:its|their|his|her)\s+(?:sole\s+)?option,?\s+)?(?:renew|extend)\b|\b(?:right|option)\s+(?:\w{1,12}\s+){0,2}to\s+(?:renew|extend)\b|^\W{0,3}(?:in\s+order\s+)?to\s+(?:renew|extend)\b|\bexercis\w{1,3}\s+(?:\w{1,12}\s+){0,3}(?:renewal|extension)\s+(?:option|right)/i;
/**
 * A payment or a deliverable due before the date, not a notice that stops the renewal: "the renewal
 * fee shall be due thirty (30) days prior to the renewal date", "payable no later than 60 days before
 * each renewal", "shall submit its forecast at least 90 days prior to the renewal date". Read on the
 * words right before the figure: no notice or termination after the due word.
 */
const DUE_BEFORE =
  /\b(?:due|payable|paid|pay|payments?|invoiced?|billed|charged|submit|deliver|furnish)\b(?![^.;]{0,100}?(?:notice|notif|terminat|cancel|non-?\s?renew|not\s+(?:to\s+)?renew|elect))[^.;]{0,100}$/i;
/** Words that end or stop a renewal ("notice" alone may announce a payment). */
const ENDS_RENEWAL = /terminat|cancel|non-?\s?renew|not\s+(?:to\s+)?renew|opt\w{0,3}\s+out|\belect/i;
/**
 * A notice of a change that takes effect at renewal: "written notice of any reduction in the number of
 * licenses at least 30 days prior to the renewal date", "Customer may reduce its seats … by notice".
 */
const CHANGE_AT_RENEWAL =
  /\b(?:(?:notice|notif\w{0,9})\s+(?:[\w’'-]{1,15}\s+){0,3}?of\s+(?:any\s+|the\s+|such\s+|its\s+|a\s+)?(?:proposed\s+)?(?:reduc|decreas|increas|chang|modif|adjust|amend|addition|upgrad|downgrad)|(?:reduc|decreas|downgrad)\w{0,4}\s+(?:the|its|their|your|any)\b)(?![^.;]{0,140}?(?:terminat|cancel|non-?\s?renew|not\s+(?:to\s+)?renew))[^.;]{0,140}$/i;
/** "notice … of its intention to terminate": a notice of ending, said without a right or a reason. */
const INTENT_TO_TERMINATE = /\b(?:intent(?:ion)?|desire|decision|wish)\s+to\s+(?:terminate|end|cancel|discontinue)\b/i;
/**
 * A condition on a termination, apart from renewal words (CONDITIONAL counts "renew" as one): "if the
 * Distributor fails", "in the event of". A saving clause ("if not otherwise contrary to law") is none.
 */
const EVENT_CONDITION =
  /\bif\b(?!\s+not\s+otherwise\b)|in\s+the\s+event|\bwhere\b|\bshould\b|\bfail|insolv|bankrupt|\bunless\b|violat|suspen/i;
/**
 * The renewal and its escape in one sentence, the figure in the escape: "This Agreement shall be
 * renewed for another year unless either party gives ninety (90) days' prior written notice". Read
 * on the 200 characters before the figure: the term (its subject), the renew or extend verb, then
 * "unless" and the escape up to the figure. Group 1 is the text between subject and verb (a negation
 * there, "shall not be renewed unless", makes the notice ask for a renewal), group 2 the escape.
 */
const RENEWS_UNLESS =
  /\b(?:agreement|contract|term|licen[cs]e|subscription|order\s+form|sow|it)\b([^.;]{0,100}?)\b(?:renew(?:s|ed)?|extend(?:s|ed)?|prolong(?:s|ed)?|renewable|extendable|extendible)\b[^.;]{0,160}?\b(?:unless|except\s+(?:if|where|when))\b([^.;]{0,150})$/i;
/** A renewal only on request: "shall not be renewed unless …", "will not extend unless …". */
const NOT_RENEWED_UNLESS = /\bnot\s+(?:be\s+)?(?:automatically\s+)?(?:renew|extend)\w{0,2}\b[^.;]{0,80}?\bunless\b/i;
/** The escape gives notice or ends the term (not "unless the parties agree otherwise"). */
const ESCAPE_BY_NOTICE =
  /notice|notif|terminat|cancel|non-?\s?renew|not\s+to\s+(?:renew|extend)|object|advis|\binform(?!ation)|\belect/i;
/** The escape ends the term early, not at its end: "unless sooner terminated", "unless otherwise terminated". */
const EARLIER_END =
  /\b(?:sooner|earlier|previously|otherwise)\s+(?:be\s+)?terminat|\bterminated\s+(?:sooner|earlier)\b/i;
/** A renewal agreed by both parties is none that a notice stops. */
const RENEWAL_BY_AGREEMENT = /\bmutual|\bboth\s+parties|written\s+(?:agreement|consent)/i;

/**
 * A sentence about the termination granted in the sentence before, or about its notice: "Such
 * termination shall be effective …", "The effective date of termination shall be …", "Such notice
 * shall be given at least …", "The notice period shall be …".
 */
const TERMINATION_FIRST =
  /^\W{0,3}(?:[\d.]{1,8}\s+)?(?:(?:any\s+)?such\s+|the\s+|any\s+)?(?:(?:effective\s+date\s+of\s+(?:such\s+|the\s+|any\s+)?)?(?:termination|cancell?ation)\b(?!\s+(?:fee|charge|payment|assistance))|(?:written\s+)?notice(?:\s+period)?\b(?!\s+of\s+(?!termination|cancell?ation)))/i;
/** The period's own notice is of termination: "We will provide 30 days notice of termination." */
const NOTICE_OF_TERMINATION_AFTER =
  /^\s{0,2}(?:['’]s?\s+|s['’]\s+)?(?:(?:prior|advance|written)\s+){0,2}notice\s+of\s+(?:such\s+|the\s+|its\s+|our\s+)?termination\b/i;
/** A notice that asks for talks: "… shall negotiate in good faith", "to enter into negotiations". */
const NEGOTIATE = /\bnegotiat\w{0,6}\b/i;
/** The escape from that continuation: "unless …", "until …", "provided either party does not …". */
const ESCAPE = /\b(?:unless|until|provided)\b|\bterminable\s+(?:at\s+will\s+)?by\b/i;
/** A right to end at any time, in either order: "may terminate this Agreement at any time", "may at any time cancel". */
const RIGHT_AT_ANY_TIME =
  /\bmay\s+(?:[\w,’'-]{1,20}\s+){0,4}?(?:terminat\w*|end|cancel\w*)\b[^.;]{0,60}?\bat\s+any\s+time\b|\bmay\s+(?:,\s{0,2})?at\s+any\s+time\s{0,2},?\s+(?:terminat|end\b|cancel)/i;
/** "such notice must be given 90 days prior to expiration" (the notice named in the sentence before). */
const SUCH_NOTICE = /\b(?:such|this|that|the)\s+(?:written\s+)?notice\b/i;
/**
 * Not the term's end ahead of a notice: a time before it ("prior to the end of"), or one counted from it ("60 days
 * starting from the expiry of the term set forth in Article 21.2", a deadline's end). A right "with effect from the
 * end of the Initial Term" is the term's end.
 */
const EARLY = /(?:prior\s+to|before|after|following|upon|(?<!\beffect(?:ive)?\s+)from)\s+(?:the\s+)?$/i;

/** Strong convenience wording: no reason needed. */
const CONVENIENCE_STRONG =
  /terminations?\s+(?:that\s+(?:are|is)\s+)?not\s+(?:related\s+to|due\s+to|based\s+on|arising\s+from|resulting\s+from|for)\s+(?:a\s+)?(?:cause|breach|abuse|violations?|non-?payment)\b|for\s+(?:its\s+|their\s+|any\s+|no\s+|his\s+|her\s+)?convenience|\bat\s+will\b|without\s+cause|for\s+(?:any|whatever)\s+reasons?|for\s+no\s+reason|any\s+or\s+no\s+reason|with\s+or\s+without\s+cause|without\s+(?:giving\s+|stating\s+|providing\s+)?(?:a\s+|any\s+)?reason|terminat\w{0,3}\s+(?:this\s+agreement\s+|the\s+agreement\s+)?(?:prior\s+to|before)\s+(?:the\s+)?(?:(?:expiration|expiry|end)\s+of\s+(?:the|this|its)\s+(?:initial\s+)?term|termination\s+date|expiration\s+date)|\bnon-?\s?(?:breach|cause|default)\s+terminations?\b|\bterminat\w{0,3}\b[^.;]{0,60}?\bfor\s+(?:any\s+)?reasons?\s+other\s+than\s+(?:a\s+)?(?:breach|cause|default)\b/i;
/** A summary's label naming a termination right: "Customer Termination:", "Termination by Provider –". */
const TERMINATION_LABEL =
  /^\W{0,4}(?:(?:customer|client|provider|vendor|supplier|company|licensee|licensor|mutual)\s+)?termination(?:\s+by\s+(?:the\s+)?(?:customer|client|provider|vendor|supplier|company|licensee|licensor|either\s+party|you|us))?\s?[:–—]\s/i;
/** "non-breach terminations", "for reasons other than breach": a termination without cause, said by its opposite. */
const NON_BREACH =
  /\bnon-?\s?(?:breach|cause|default)\b|\bother\s+than\s+(?:for\s+)?(?:a\s+|its\s+)?(?:breach|cause|default)\b/gi;
const CONVENIENCE_STRONG_ALL = new RegExp(CONVENIENCE_STRONG.source, 'gi');
/**
 * An "if"/"in the event" clause naming an event that happens "for any reason" ("if Customer's usage changes for any
 * reason, Seller may terminate on 60 days' notice"): the reason is the event's, and the right depends on the event.
 * One that names the leaving ("if Customer wishes to end the subscription for any reason") keeps it.
 */
const CONDITION_OPENING =
  /\b(?:if|in\s+the\s+event(?:\s+that)?|where|should|whenever)\b(?![^,;:(]*\b(?:terminat|cancel|end|clos|discontinu|withdraw|leave|quit|stop|exit|wish|wants?|desires?|elect|decide|choose|chooses|opt)\w*)[^,;:(]*$/i;
/** Strong convenience wording, unless it sits in a condition naming another event (CONDITION_OPENING). */
function strongConvenience(text: string): boolean {
  if (!CONVENIENCE_STRONG.test(text)) return false;
  CONVENIENCE_STRONG_ALL.lastIndex = 0;
  for (let m = CONVENIENCE_STRONG_ALL.exec(text); m !== null; m = CONVENIENCE_STRONG_ALL.exec(text)) {
    // Up to the words' end: a condition that is the leaving itself ("if it desires to terminate … before the end").
    if (!CONDITION_OPENING.test(text.slice(Math.max(0, m.index - 160), m.index + m[0].length))) return true;
  }
  return false;
}
/**
 * Weak convenience wording: "at any time" ("at any other time", "at all times during the Term") says when, not why;
 * "at the option of either party" says who chooses, not why. A condition nearby makes it no convenience.
 */
const CONVENIENCE_WEAK =
  /at\s+any\s+(?:other\s+)?time|\bat\s+all\s+times\b|\bor\s+any\s+time\s+(?:thereafter|afterwards)\b|at\s+the\s+(?:sole\s+)?option\s+of\s+(?:either|any|each)\s+part(?:y|ies)\b|(?:in|at)\s+(?:its|their|his|her|our)\s+(?:sole\s+|absolute\s+|sole\s+and\s+absolute\s+)discretion/i;
/** Reasons a termination right depends on, beyond CONDITIONAL: "for reasons of Technical Failure". */
const REASON =
  /\breasons?\s+of\b|\bfor\s+(?!any\b|no\b|whatever\b)[a-z]{3,20}\s+reasons?\b|act\s+of\s+god|\bavailability\b|\buptime\b|service\s+levels?\b|\bdowntime\b|\bdue\s+to\b|\bbecause\b|\bprevented\b|force\s+majeure|\bnot\s+in\s+compliance\b/i;
/**
 * A termination right for a cause is no termination for convenience, whatever the notice: "may be
 * terminated with cause upon 30 days' notice", "for good cause", "for default", "upon the Buyer's
 * default", "for breach". ("with or without cause" and "without cause" do not match: "with" must be
 * followed by the cause itself; "by default" is no cause.)
 */
const CAUSE =
  /\b(?:with|for)\s+(?:good\s+|just\s+|reasonable\s+|sufficient\s+|proper\s+)?cause\b|(?<!\bby\s+)\bdefault(?:s|ing|ed)?\b|\bfor\s+(?:(?:a|any|its|their)\s+)?(?:material\s+)?breach\b/i;
/**
 * A right to end another instrument than this one, made under it: "appointments shall stipulate that the Insurer may
 * terminate the subagency at any time without cause upon 90 days notice", "terminate any sublicense".
 */
const SUB_INSTRUMENT =
  /\bterminat\w*\s+(?:the|any|such|each|a|that)\s+sub-?\s?(?:agency|agencies|agent|agents|licen[cs]es?|contracts?|contractors?|distribut\w+|agreements?|leases?)\b/i;
/** An option to extend or renew, exercised by the notice: "may, by written notice …, extend the term". */
const EXTEND_OPTION =
  /\b(?:may|can|shall\s+have\s+the\s+(?:right|option)\s+to|elects?\s+to|option\s+to)\b[^.;]{0,200}?\b(?:extend|renew)\s+(?:the\s+(?:then[- ]current\s+|initial\s+)?term|this\s+agreement|the\s+agreement)\b/i;
/** The end of a period other than the agreement's term: "the expiration of the Force Majeure Period". */
const OTHER_PERIOD_END =
  /\b(?:expiration|expiry|end)\s+of\s+(?:the|such|any|its|that)\s+(?:force\s+majeure|notice|cure|grace|trial|transition|transitional|warranty|evaluation|pilot|free)\s+(?:period|event)\b/i;
/** A heading that names termination for cause or default ("Termination for Cause", "Events of Default"). */
const CAUSE_HEADING = /\b(?:for|with)\s+cause\b|\bdefault|\bbreach/i;
/** The notice is of something else than the termination: "notice of reinstatement". */
const NOTICE_OF_OTHER =
  /^[^.;]{0,40}?\bnotice\s+of\s+(?!(?:such|its|their|the|this|his|her|any|termination|terminating|cancell?ation|non-?\s?renewal|intent|intention|election|desire|decision|withdrawal|convenience)\b|(?:impending|intended|proposed|early)\s+(?:termination|cancell?ation)\b)[a-z]{3,}/i;
/**
 * The duration is when a change takes effect: "The changes will become effective 30 days after posting". A
 * termination right later in the sentence ("… and Customer may terminate upon notice") is the way out of that
 * change, and its notice has no period of its own.
 */
const CHANGE_TAKES_EFFECT_BEFORE =
  /\b(?:changes?|modifications?|amendments?|updates?|revisions?|revised\s+\w{1,20}|updated\s+\w{1,20})\s+(?:(?:will|shall|would|to|may)\s+)?(?:become|becomes|take|takes|be|are|is)\s+(?:effective|effect)\s{0,3}(?:only\s+)?(?:\(\s{0,2})?$/i;
/**
 * "may terminate", "shall have (reserves, retains) the right to terminate", "is entitled (free) to
 * terminate", "may end (discontinue) this agreement", "is terminable by either party", "may give
 * ninety days' notice to terminate"; with an aside between the modal and the verb ("may, at its option,
 * terminate", "may, upon 90 days' notice, terminate"); "this Agreement may be cancelled".
 */
const MAY_TERMINATE =
  /\b(?:agreement|contract)\s+(?:may|can)\s+be\s+cancell?ed\b|\b(?:is|are|be)\s+terminable\s+(?:at\s+will\s+)?by\b|\b(?:may|can)\s+(?:give|provide|serve|deliver)\s+[^.;]{0,80}?\bnotice\s+(?:[\w’'-]{1,20}\s+){0,3}?to\s+terminat|\b(?:(?:may|can)\s+(?:\w{1,20}\s+){0,2}|(?:may|can)\s{0,2},[^,;.]{1,80},\s+|(?:ha(?:ve|s)|reserves?|retains?)\s+the\s+right,?\s+(?:[\w,]{1,20}\s+){0,6}?to\s+(?:[^.;]{1,80}?\s+and\s+to\s+)?|\b(?:is|are|be)\s+(?:entitled|free)\s+(?:\w{1,20}\s+){0,2}to\s+)(?:terminat|end\s+(?:these|this|the|our)\s+(?:terms|agreement|contract)|cancel\s+(?:these|this|the)\s+(?:terms|agreement|contract)\b|(?:withdraw\s+from|discontinue)\s+(?:this|the)\s+(?:agreement|contract|joint\s+venture|alliance|collaboration)\b)/i;
/**
 * An open-ended term: "shall remain in effect until terminated by either party upon 30 days' notice",
 * "shall continue until terminated by either party on ninety days' notice",
 * "shall continue in force until either party terminates it by giving 90 days' notice",
 * "shall continue in full force until Merchant gives not less than 60 days' prior written notice to terminate it".
 */
const UNTIL_TERMINATED =
  /\b(?:remain|continue)s?\s+(?:in\s+(?:full\s+)?(?:force\s+and\s+)?(?:effect|force)\s+)?until\s+(?:terminated\s+by\s+(?:either|any|each)\s+party|(?:either|any|each)\s+party\s+terminates\b|(?:(?:either|any|each|one)\s+party|(?:the\s+)?[\w-]{2,30}|you|we)\s+(?:gives?|provides?|serves?|delivers?|sends?)\s+[^.;]{0,80}?\bnotice\b[^.;]{0,80}?\bto\s+(?:terminate|end|cancel)\b)/i;
/** A sentence about "the changes" announced in the sentence before. */
const CHANGES_FIRST =
  /^\W{0,3}(?:the\s+|such\s+|these\s+|any\s+(?:such\s+)?)?(?:changes?|increases?|new\s+(?:prices|fees))\b/i;
/** The change named again, not a change of something named after it ("any changes to features"). */
const THE_CHANGE_NOUN = '(?:changes?|increases?)\\b(?!\\s+(?:to|in|of|for)\\b)';
/**
 * The notice of the change the sentence before announced: "We may change the price. We will tell you about any
 * increase at least 30 days before it applies."
 */
const NOTICE_OF_THE_CHANGE = new RegExp(
  `\\b(?:tell|notify|inform|let)\\s+(?:you|customers?|subscribers?|users?)\\s+(?:know\\s+)?(?:about|of)\\s+(?:any|the|such|each|an?)\\s+(?:such\\s+)?${THE_CHANGE_NOUN}`,
  'i',
);
/**
 * The period ends at the change the sentence before announced, named again with a determiner: "We may change our
 * prices. If we do, we will tell you at least 30 days before the change takes effect."
 */
const BEFORE_THE_CHANGE = new RegExp(
  `^\\W{0,3}(?:before|prior\\s+to)\\s+(?:the|such|any|that|this|each)\\s+${THE_CHANGE_NOUN}`,
  'i',
);
/** "changes to this Agreement, such as price changes": a change of the terms that includes prices. */
const TERMS_CHANGE_WITH_PRICES =
  /\bchanges?\s+to\s+(?:this|these|the|our)\s+(?:agreement|terms)\b[^.;]{0,40}?\b(?:such\s+as|including)\b/i;
/** A list item marker inside a sentence: "(i)", "(b)", "2.". */
const ITEM_MARK = /\(\s?(?:[ivx]{1,4}|[a-h]|\d{1,2})\s?\)/gi;
/** The words before a period from its own list item's mark on ("… (c) the Client will remove the credit "). */
function fromLastItemMark(pre: string): string {
  let at = 0;
  // A mark after a word or a number refers to a section ("Section 5(a)"); a list's mark stands after a space.
  for (const m of pre.matchAll(ITEM_MARK))
    if (m.index === 0 || !/[\p{L}\p{N}]/u.test(pre[m.index - 1] as string)) at = m.index;
  return pre.slice(at);
}

export interface NoticeContext {
  /** The clause holding the duration (between semicolons). */
  clause: string;
  /** The clause with data-breach wording removed. */
  clauseNoSecurity: string;
  /** The list item holding the duration: the clause cut at "(i)", "(b)" markers. */
  item: string;
  sentence: string;
  /**
   * The sentence without what holds no condition on a termination right: a leading saving clause
   * ("Notwithstanding Section 9,", "Without prejudice to the right to terminate for breach,") and
   * time gates ("at any time after the expiration of the Initial Term", "following the second
   * anniversary"). Conditions are looked for here.
   */
  core: string;
  /** The list item, without what holds no condition on a right (withoutNonConditions). */
  itemCore: string;
  /** The sentence before, in the same section ('' if none). */
  previous: string;
  /** The lead-in line of a list ("Either party may terminate … if:"), or ''. */
  lead: string;
  /**
   * The lead-in of a list inside the sentence, when the duration sits in one of its items: "The
   * Licensee shall have the right to terminate this Agreement: (a) …; or (b) …, upon 90 days' notice"
   * (the text before the first item mark, at most 300 characters), or ''.
   */
  inlineLead: string;
  heading: string;
  /** Text before the duration (back to the previous duration) and after it (up to the next). */
  pre: string;
  post: string;
  /** The 200 characters before the duration, not cut at a previous duration. */
  behind: string;
  /** Shaped as advance notice: "30 days' prior notice", "30 days before", "prior notice of 30 days". */
  advance: boolean;
  /** "within 30 days", "no later than 30 days". */
  within: boolean;
  /** "effective 30 days after notice / posting". */
  afterNotice: boolean;
  /** "30 days before the end of the term / the renewal date / the start of the next (or each) Membership Term". */
  beforeEnd: boolean;
}

/**
 * One named way of reading a duration. `test` returns a confidence when the rule applies,
 * or null. `kind: null` is a veto: the duration is no notice period at all.
 */
export interface NoticeRule {
  kind: NoticeKind | null;
  name: string;
  test(c: NoticeContext): number | null;
}

const has = (re: RegExp, ...texts: string[]) => texts.some((t) => re.test(t));

function nonRenewalShape(c: NoticeContext): boolean {
  return (
    (c.beforeEnd && (RENEW.test(c.sentence) || END_OR_CANCEL.test(c.clause))) ||
    (NON_RENEW.test(c.clause) && (c.advance || c.within)) ||
    (c.advance && endOfTermAhead(c.clause) && END_OR_CANCEL.test(c.clause))
  );
}

/** "at the end of the Initial Term", but not "prior to the expiration of the Term" (that ends it early). */
function endOfTermAhead(clause: string): boolean {
  const m = END_OF_TERM.exec(clause);
  if (!m) return false;
  return !EARLY.test(clause.slice(Math.max(0, m.index - 30), m.index));
}

/**
 * Where a right's reasons and causes are looked for: the sentence, or, when the duration sits in an
 * inline list ("may be terminated (i) at any time upon six months' notice, (ii) if the other party
 * defaults"), the list's lead-in and the duration's own item: a cause in another item is that item's.
 */
function ownScope(c: NoticeContext): string {
  if (c.inlineLead === '' || c.item.length >= c.clause.length) return c.core;
  return `${withoutGates(c.inlineLead)} ${c.itemCore}`;
}

/**
 * An event a list's items are often about, which makes the item's notice no convenience: "upon sixty (60)
 * days' notice following a change of control", "after a merger", "on the occurrence of".
 */
const LIST_EVENT =
  /\bchange\s+(?:of|in)\s+control\b|\b(?:following|upon|after|on)\s+(?:a|an|the|any|such)\s+(?:[\w-]{1,20}\s+){0,2}?(?:merger|acquisition|occurrence|event|death|disability|assignment|sale\s+of)\b/i;

/**
 * Where a list item's bare notice takes its right from: the lead-in line that grants it ("This Agreement
 * may be terminated as follows:") with the item, or an inline list's lead-in with the item; null when
 * no lead-in grants a right to terminate.
 */
function bareItemScope(c: NoticeContext): string | null {
  if (MAY_TERMINATE.test(c.lead)) return `${withoutGates(c.lead)} ${ownScope(c)}`;
  // "The Partnership Agreement shall terminate:" over "b. by either party with 1-month notice.": a list of the ways the
  // agreement ends, whose item names the party that ends it, grants that party the right.
  if (ENDS_AS_LISTED.test(c.lead) && ENDED_BY.test(c.item)) return `${withoutGates(c.lead)} ${ownScope(c)}`;
  if (c.inlineLead !== '' && c.item.length < c.clause.length && MAY_TERMINATE.test(c.inlineLead)) return ownScope(c);
  return null;
}

/** "The Agreement shall terminate:", "This Contract ends in the following cases:": a lead-in listing how it ends. */
const ENDS_AS_LISTED =
  /\b(?:agreement|contract|terms|partnership|subscription)\s+(?:(?:shall|will|may|can)\s+)?(?:be\s+)?(?:terminat\w*|end(?:s|ed)?|expire[sd]?)\b[^.;:]{0,60}:$/i;
/** A list item naming who ends the agreement: "by either party …", "b. by the Client …". */
const ENDED_BY =
  /^\W{0,3}(?:[a-z0-9]{1,3}[.)]\s+)?by\s+(?:(?:either|each|any|one)\s+(?:party|of\s+the\s+parties)|(?:the\s+)?(?:customer|client|provider|supplier|partner|company|vendor|licensee|licensor|subscriber|us|you))\b/i;

/** The termination right applies with no condition around it. */
function unconditional(c: NoticeContext): boolean {
  const scope = ownScope(c);
  return (
    !conditional(c.itemCore) &&
    !REASON.test(c.item) &&
    !REASON.test(scope) &&
    !CAUSE.test(scope) &&
    !OPENS_WITH_CONDITION.test(c.core) &&
    !conditional(c.lead) &&
    !causeHeading(c.heading)
  );
}

/**
 * When a right starts is no condition on it: "at any time after the expiration of the Initial Term",
 * "following the second (2nd) anniversary of the Effective Date", "commencing on the first anniversary",
 * "such notice to expire no earlier than the third anniversary", "notice expiring at any time after …".
 */
const TIME_GATE =
  /\b(?:at\s+any\s+time\s+)?(?:after|following|from|on\s+or\s+after|(?:beginning|commencing|starting)\s+(?:on|with))\s+(?:the\s+)?(?:(?:expiration|expiry|end|completion)\s+of\s+(?:the\s+)?(?:initial|first|original|minimum)\s+(?:term|period)\b|(?:[\w()-]{1,12}\s+){0,3}anniversary\b)|\b(?:such\s+)?(?:notice\s+)?(?:not\s+)?(?:to\s+expire|expiring)\s+(?:at\s+any\s+time\s+)?(?:no\s+earlier\s+than|not\s+before|before|on\s+or\s+after|after)\b/gi;
/** A leading saving clause: "Notwithstanding Section 9.3,", "Without prejudice to … paragraph 11.4 below,". */
const SAVING_CLAUSE =
  /^\W{0,6}(?:[\d.]{1,8}\s+)?(?:without\s+prejudice\s+to|notwithstanding|subject\s+to)\b[^;:]{0,250}?,\s/i;

/**
 * A lock-in for a time, with its exceptions: "…, provided that the Distributor agrees not to terminate
 * this Agreement before the second anniversary unless the Supplier fails to deliver". The "unless" is
 * an exception to the lock-in, not a condition on the right once the time is over. Without a time
 * ("provided that it shall not terminate unless the Licensor fails …") the right is conditional: no match.
 */
const TIMED_LOCK_IN =
  /\bprovided(?:\s{0,2},\s{0,2}however\s{0,2},)?\s+that\s+[^.;:]{0,80}?\b(?:agrees?\s+not\s+to|shall\s+not|will\s+not|may\s+not)\s+(?:[\w-]{1,20}\s+)?terminat\w{0,5}\b(?:(?!\b(?:if|where|in\s+the\s+event)\b)[^.;:]){0,80}?\b(?:prior\s+to|before|during|until|within\s+the\s+first)\b[^.;:]{0,300}/gi;

/**
 * A saving phrase that defers to another document, not a condition: "unless otherwise provided in a
 * Statement of Work", "unless otherwise agreed in writing by the parties".
 */
const UNLESS_OTHERWISE =
  /\bunless\s+otherwise\s+(?:expressly\s+)?(?:provided|agreed|specified|stated|set\s+forth|indicated)\b[^,;.]{0,80}/gi;

/**
 * How the notice is delivered, not a condition on the right: "notice given pursuant to Section 14",
 * "notice delivered in accordance with Section 15 (Notices)", "notice in accordance with the notice
 * provisions of this Agreement". A section named after a cause ("Section 12.3 (Termination for Breach)")
 * keeps its name, so the cause is still read.
 */
const NOTICE_DELIVERY =
  /\bnotices?\s+(?:(?:to\s+(?:the\s+)?other\s+party\s+)?(?:given|delivered|sent|served)\s+(?:in\s+accordance\s+with|pursuant\s+to|as\s+(?:provided|set\s+forth)\s+in|under)\s+(?:section|article|clause|paragraph)\s+[\d.]{1,10}(?:\s{0,2}\([a-z0-9]{1,4}\)){0,3}|(?:in\s+accordance\s+with|pursuant\s+to|as\s+provided\s+in)\s+(?:(?:section|article|clause|paragraph)\s+[\d.]{1,10}\s{0,2}\(\s{0,2}notices?\s{0,2}\)|the\s+notice\s+provisions?\b))/gi;
/**
 * The end of the notice period, not the term's expiry: "shall expire at the end of such notice
 * period", "effective upon the expiration of a ninety (90) day notice period", "upon the expiration
 * of ninety (90) days from the date of written notice".
 */
const NOTICE_PERIOD_END =
  /\b(?:expir\w{0,6}|end)\s+(?:(?:at|on|upon)\s+the\s+(?:end|expiration|expiry)\s+)?of\s+(?:the|such|a|an|said|that|this)\s+(?:[\w()’'-]{1,20}\s+){0,4}?notice\s+period\b|\bexpire\s+(?:at|on|upon)\s+the\s+(?:end|expiration|expiry)\s+of\s+(?:the|such|that|said)\s+notice(?:\s+period)?\b|\b(?:expir\w{0,6}|expiry|lapse)\s+of\s+(?:a\s+period\s+of\s+)?(?:[\w()-]{1,20}\s+){1,4}?(?:calendar\s+|business\s+)?(?:days?|weeks?|months?|years?)['’]?\s+(?:from|after|following)\b/gi;

/** The party's own choice: "if it so desires", "if it so elects". */
const IF_IT_CHOOSES =
  /\bif\s+(?:it|they|he|she|such\s+party)\s+(?:so\s+)?(?:desires?|elects?|wish(?:es)?|chooses?|determines?)\b/gi;
/**
 * A party's wish to terminate is no condition on the right: "Should either party wish to terminate this
 * Agreement, it shall give …", "If the Licensee decides to terminate this Agreement, it must notify …", and the
 * participle, "Either party wishing to terminate the Agreement must give …".
 */
const WISH_TO_TERMINATE =
  /\b(?:if|should|in\s+the\s+event(?:\s+that)?|where|whenever)\s+(?:[\w’'-]{1,20}\s+){1,4}?(?:wish(?:es)?|desires?|intends?|elects?|decides?|wants?|chooses?)\s+to\s+(?:terminate|cancel|end)\s+(?:this|the)\s+(?:agreement|contract)\b|\b[\w’'-]{2,20}\s+(?:wishing|desiring|intending|electing|wanting|choosing)\s+to\s+(?:terminate|cancel|end)\s+(?:this|the)\s+(?:agreement|contract)\b/gi;
/**
 * Words of CONDITIONAL that condition nothing: "such termination shall not be deemed a breach", "where
 * reasonably practicable", "(if any)", "where applicable," (the last ones only before punctuation: "if any
 * payment remains unpaid" is a condition); "pursuant to this Section 12.2" (the right's own section; a
 * reference to another section, "pursuant to Section 12.3", may be a right for cause and stays one);
 * "in the event of such termination", "if Licensee so terminates" (the right's own exercise).
 */
const FALSE_CONDITION =
  /\b(?:shall|will|does|do)\s+not\s+(?:be\s+deemed\s+(?:to\s+be\s+)?|constitute\s+)(?:a|an)\s+(?:material\s+)?breach\b|\b(?:where|if)\s+(?:reasonably\s+)?(?:practicable|possible|feasible|applicable|appropriate|any)\b(?=\s{0,2}[,;.)])|\b(?:pursuant\s+to|in\s+accordance\s+with|under)\s+this\s+(?:section|clause|paragraph|article|sub-?section)\b(?:\s+[\d.]{1,10}(?:\s{0,2}\([a-z0-9]{1,4}\)){0,3})?|\bin\s+the\s+event\s+of\s+(?:any\s+)?such\s+termination\b|\b(?:if|in\s+the\s+event(?:\s+that)?|should|where)\s+(?:[\w’'-]{1,20}\s+){1,3}?so\s+terminates?\b/gi;
/**
 * What a party still owes after a termination without liability, not a condition on the right: "…
 * without any liability to Reseller, other than amounts accrued prior to such termination, including
 * amounts payable pursuant to Section 6", "without penalty, except for fees due before the expiry".
 */
const OWED_DESPITE_TERMINATION =
  /\bwithout\s+(?:any\s+)?(?:liability|penalty|obligation)\b[^.;,]{0,60},?\s+(?:other\s+than|except(?:\s+for)?|save\s+for)\s+(?:(?:any|the)\s+)?(?:amounts?|fees?|payments?|sums?|charges?|monies)\b(?:(?!\b(?:if|unless|where|should|in\s+the\s+event|breach\w*|fail\w*)\b)[^.;])*/gi;
/** One test of WISH_TO_TERMINATE without the global flag's state. */
const WISH_TO_TERMINATE_ONE = new RegExp(WISH_TO_TERMINATE.source, 'i');

/**
 * What holds no condition on a right: timed lock-ins, time gates, "unless otherwise provided", how the
 * notice is delivered, the end of the notice period, the party's own wish, "not deemed a breach", what
 * is still owed after a termination without liability.
 */
function withoutNonConditions(text: string): string {
  return text
    .replace(WISH_TO_TERMINATE, ' ')
    .replace(IF_IT_CHOOSES, ' ')
    .replace(FALSE_CONDITION, ' ')
    .replace(OWED_DESPITE_TERMINATION, ' ')
    .replace(TIMED_LOCK_IN, ' ')
    .replace(TIME_GATE, ' ')
    .replace(UNLESS_OTHERWISE, ' ')
    .replace(NOTICE_DELIVERY, ' notice ')
    .replace(NOTICE_PERIOD_END, ' ');
}

/** The text without a leading saving clause and what holds no condition on a right. */
function withoutGates(text: string): string {
  return withoutNonConditions(text.replace(SAVING_CLAUSE, ' '));
}

/**
 * `fn` remembering its last answer: every duration of a sentence asks the same question of it, so a
 * one-entry memo makes it once per sentence.
 */
function onceForLast<T>(fn: (sentence: string) => T): (sentence: string) => T {
  let lastOf: string | undefined;
  let last: T;
  return (sentence) => {
    if (sentence !== lastOf) {
      last = fn(sentence);
      lastOf = sentence;
    }
    return last;
  };
}

/** The sentence's core (see NoticeContext.core). */
const coreOf = onceForLast(withoutGates);

/** A heading about termination for cause, not one that also names convenience. */
const causeHeading = (heading: string) => CAUSE_HEADING.test(heading) && !/convenience|without\s+cause/i.test(heading);

/** "If, having tried …, the parties are unable …, then X may …": the whole sentence is conditional. */
const OPENS_WITH_CONDITION =
  /^\W{0,6}(?:[\d.]{1,8}\s+|\(?[a-z0-9]{1,4}\)\s+)?(?:(?:further(?:more)?|moreover|additionally|also|however|in\s+addition),?\s+)?(?:if|in\s+the\s+event|where|should|upon\s+the\s+occurrence)\b/i;
/**
 * A party ending its own part of something ("cancel its participation in an event", "terminate
 * its obligations under Section 4") rather than the agreement, a program or an order. A party's
 * "participation in this Agreement" is its part in the agreement itself: ending it leaves the contract.
 */
const ENDS_OWN_PART =
  /\b(?:terminat\w*|cancel\w*|end|withdraw)\s+(?:its|their|his|her|your|our)\s+(?!(?:[\w-]{1,20}\s+){0,2}(?:agreement|contract|terms|subscriptions?|orders?|services?|account|licen[cs]e)\b|participation\s+in\s+(?:this|the)\s+(?:agreement|contract)\b)\w/i;

/** Strong wording anywhere; weak wording ("at any time", "in its sole discretion") only unconditioned, not ending a party's own part. */
function convenienceWords(text: string, c: NoticeContext): boolean {
  return (
    // The words' condition is read in the whole sentence: a window before the period may start after its "if".
    (strongConvenience(text) && strongConvenience(c.sentence)) ||
    (CONVENIENCE_WEAK.test(text) && unconditional(c) && !ENDS_OWN_PART.test(c.clause))
  );
}

/** "… written notice of termination, which shall be effective sixty (60) days after receipt". */
const POST_AFTER_RECEIPT = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:after|following|from)\\s+(?:the\\s+|its\\s+|such\\s+|their\\s+)?(?:date\\s+of\\s+)?receipt\\b(?!\\s+of\\s+(?!(?:such|the|that|this|written)?\\s{0,3}notice))`,
  'i',
);
/**
 * "… within thirty (30) days of receipt by the other Party of written notice of termination": the
 * period runs from the termination's own notice (a notice of something else, "of a price increase",
 * is a right to leave in answer to it).
 */
const POST_OF_TERMINATION_NOTICE = new RegExp(
  `^\\s{0,2}${POSS}\\s{0,2}${PAREN}(?:of|after|following|from)\\s+(?:the\\s+)?(?:date\\s+of\\s+)?receipt\\b[^.;]{0,60}?\\bof\\s+(?:(?:a|the|such|its|their|any|prior|written)\\s+){0,3}(?:notice\\s+of\\s+(?:such\\s+)?termination|termination\\s+notice)\\b`,
  'i',
);
/** The period runs from the receipt of a notice named just before it. */
const afterReceiptOfNotice = (c: NoticeContext) => POST_AFTER_RECEIPT.test(c.post) && /\bnotice\b/i.test(c.behind);

/**
 * "after its expiration or termination for whatever reason", "following termination of this Agreement for any reason",
 * "upon expiry or termination": a termination named as the moment something else starts (a survival period, an audit
 * right), not a right to terminate.
 */
const EVENT_DET = '(?:the\\s+|its\\s+|any\\s+|such\\s+|their\\s+)?';
const EXPIRY = '(?:expiration|expiry)';
const TERMINATION_EVENT = new RegExp(
  // After or following a termination; upon one only beside the expiry ("upon expiry or termination"): "upon termination
  // of the Service Agreement" may be what a right to terminate is granted on.
  `\\b(?:(?:after|following|since)\\s+${EVENT_DET}(?:${EXPIRY}\\s+or\\s+(?:earlier\\s+)?)?terminations?|(?:upon|on|from)\\s+${EVENT_DET}(?:${EXPIRY}\\s+or\\s+(?:earlier\\s+)?terminations?|terminations?\\s+or\\s+${EXPIRY}))\\b` +
    `(?:\\s+or\\s+${EXPIRY})?(?:\\s+of\\s+(?:this|the|such|that)\\s+(?:agreement|contract|order|subscription))?(?:\\s+(?:for|with|without)\\s+(?:any|whatever|no)\\s+(?:reasons?|cause)|\\s+with\\s+or\\s+without\\s+cause)?`,
  'gi',
);

const withoutTerminationEvent = (text: string) => text.replace(TERMINATION_EVENT, ' ');

/**
 * The clause terminates something (a termination named only as a moment, "following termination for any reason",
 * does not), or the list's lead-in grants a termination right.
 */
const terminates = (c: NoticeContext) =>
  TERMINATE.test(withoutTerminationEvent(c.clause)) || MAY_TERMINATE.test(c.lead) || MAY_TERMINATE.test(c.inlineLead);

/**
 * The rules in the order they are tried; the first that applies decides the duration's kind.
 * The order carries meaning:
 * - vetoes first: "less than 24 hours" and a liability cap's fee look-back are no notice at all;
 * - convenience wording right before the figure ("may terminate for convenience on 30 days'
 *   notice") beats everything, since a sentence often adds cure or renewal words later;
 * - breach cure and payment default before termination: their clauses also say "terminate",
 *   and a cure period is the more specific reading;
 * - price change before non-renewal: a fee increase is often announced "before the renewal";
 * - non-renewal before termination for convenience: "notice of termination … before the
 *   renewal date" ends the renewal, not the agreement at will (the review's example);
 * - termination, then data, credits, maintenance and changes, whose wording is rarer next to
 *   "terminate"; the catch-all `noticeShaped` (kind other) last.
 */
export const NOTICE_RULES: readonly NoticeRule[] = [
  { kind: null, name: 'lessThanIsNoCommitment', test: (c) => (PRE_LESS.test(c.pre) ? 1 : null) },
  // "support coverage 24 hours a day", "up to 4 hours per month" of maintenance: an allowance of each day, week or month.
  { kind: null, name: 'hoursOfService', test: (c) => (POST_PER_PERIOD.test(c.post) ? 1 : null) },
  // "updates every 2 business days prior to a workaround": a frequency, though "prior to" follows it.
  { kind: null, name: 'recurringInterval', test: (c) => (PRE_EVERY.test(c.pre) ? 1 : null) },
  {
    // "… the amounts paid in the six (6) months before the event giving rise to the liability".
    kind: null,
    name: 'liabilityLookback',
    test: (c) =>
      (POST_LOOKBACK.test(c.post) || (POST_PRIOR_ALONE.test(c.post) && !NOTICE_NOUN.test(c.pre.slice(-80)))) &&
      LIABILITY.test(c.sentence) &&
      PAY.test(c.clause)
        ? 1
        : null,
  },
  {
    // "… with whom you dealt in the twelve (12) months prior to the Termination Date": a window
    // looked back on from a date, not a notice given ahead of it (no notice in the clause).
    kind: null,
    name: 'lookBackWindow',
    test: (c) => (PRE_IN_THE.test(c.pre) && POST_PRIOR.test(c.post) && !NOTICE_WORD.test(c.clause) ? 1 : null),
  },
  {
    // "notice of cancellation, non-renewal or material change" of an insurance policy.
    kind: 'other',
    name: 'insuranceNotice',
    test: (c) => ((INSURANCE.test(c.clause) || POLICY_EVENTS.test(c.clause)) && !RENEW.test(c.heading) ? 0.4 : null),
  },
  {
    kind: 'termination-convenience',
    name: 'convenienceWordsBefore',
    test: (c) =>
      terminates(c) &&
      c.advance &&
      convenienceWords(c.pre, c) &&
      !c.beforeEnd &&
      !NOTICE_OF_OTHER.test(c.post) &&
      !SUB_INSTRUMENT.test(c.clause)
        ? 0.85
        : null,
  },
  {
    // Terminate if a breach (payment breaches included) is not cured within N days after notice.
    kind: 'breach-cure',
    name: 'breachNotCured',
    test: (c) => {
      const cure = CURE.test(noCurePeriod(c.clause));
      return (
        // The breach may be named in a list's lead-in: "a material breach which: (i) is capable of
        // being cured but, upon 30 days' written notice, is not cured; or (ii) …".
        (BREACH.test(c.clauseNoSecurity) || (cure && BREACH.test(c.lead.replace(SECURITY_BREACH, ' ')))) &&
          (cure || PERSISTS.test(c.clause)) &&
          (BREACH.test(`${c.pre} ${c.post}`.replace(SECURITY_BREACH, ' ')) || CURE.test(`${c.pre} ${c.post}`)) &&
          !(WARRANTY.test(c.clause) && !MATERIAL_BREACH.test(c.clause)) &&
          // "Personal Data Breach … Processor shall take steps to remedy the breach within 48 hours":
          // under a data-breach heading (or right after a data-breach sentence) "the breach" is the
          // incident, unless the clause names the contract or a termination right.
          !(
            (SECURITY_BREACH_ONE.test(c.heading) || SECURITY_BREACH_ONE.test(c.previous)) &&
            !CONTRACT_BREACH.test(c.clause)
          )
          ? 0.85
          : null
      );
    },
  },
  {
    // Overdue/unpaid for N days before suspension or termination.
    kind: 'payment-default',
    name: 'overdueBeforeConsequence',
    test: (c) =>
      ((PAY.test(c.clause) && LATE.test(c.pre.slice(-120))) ||
        (POST_OVERDUE.test(c.post) && (PAY.test(c.clause) || ACCOUNT.test(c.clause))) ||
        // "… such failure continues for 14 days", after "fails to timely pay"; "7 days after the first notice of the
        // payment failure".
        (FAILURE_CONTINUES.test(c.pre) && LATE.test(c.pre.slice(-300))) ||
        (c.afterNotice && LATE.test(c.post.slice(0, 100)))) &&
      !PRE_DUE_TERM.test(c.pre) &&
      (CONSEQUENCE.test(c.clause) || CONSEQUENCE.test(c.lead) || /suspen/i.test(c.heading))
        ? CONSEQUENCE.test(c.clause)
          ? 0.85
          : 0.75
        : null,
  },
  {
    kind: 'price-change',
    name: 'priceChangeNotice',
    test: (c) => {
      // "30 days' notice of price changes and 90 days' notice of discontinuing the Service": the second notice
      // names its own object, so the price words before it are the first notice's.
      const own = OWN_OBJECT.exec(c.post);
      if (own && !PRICE_CHANGE.test(own[1] as string) && !BACK_TO_A_CHANGE.test(own[1] as string)) return null;
      const priceHere = PRICE_CHANGE.test(c.pre) || (PRICE_CHANGE.test(c.post) && !NON_RENEW.test(c.pre));
      return priceHere && (c.advance || c.afterNotice || c.beforeEnd) ? 0.85 : null;
    },
  },
  {
    // "We may change our prices. Changes will take effect 30 days after notification."
    kind: 'price-change',
    name: 'priceChangeInPrevious',
    test: (c) =>
      (c.advance || c.afterNotice) &&
      PRICE_CHANGE.test(c.previous) &&
      (CHANGES_FIRST.test(c.sentence) ||
        NOTICE_OF_THE_CHANGE.test(c.pre) ||
        BEFORE_THE_CHANGE.test(c.post) ||
        ANAPHORIC_OPENING.test(c.sentence))
        ? 0.75
        : null,
  },
  {
    // The period is the change's own: "The changes will become effective thirty (30) days after
    // posting and Customer may terminate …". A termination right that follows is the customer's
    // answer to the change, so this comes before the termination rules; price changes are read above.
    kind: 'terms-change',
    name: 'changeTakesEffectAfterNotice',
    test: (c) =>
      c.afterNotice &&
      CHANGE_TAKES_EFFECT_BEFORE.test(c.pre) &&
      isChange(c.clause.replace(NOT_A_CHANGE, ' '), c.clause) &&
      (CHANGE_OBJECT.test(c.sentence) || CHANGE_HEADING.test(c.heading) || CHANGE_OBJECT.test(c.previous))
        ? 0.75
        : null,
  },
  {
    // The end of a free trial is not the end of a term.
    kind: 'other',
    name: 'trialEnds',
    test: (c) => (nonRenewalShape(c) && TRIAL.test(c.clause) && !RENEW.test(c.clause) ? 0.4 : null),
  },
  {
    // "notice of your election to renew at least 3 months before the term ends": an option, not a stop.
    kind: 'other',
    name: 'noticeToExerciseRenewal',
    test: (c) => (ELECT_TO_RENEW.test(c.clause) && !NON_RENEW.test(c.clause) ? 0.4 : null),
  },
  {
    // "Distributor may renew this Agreement for one additional term of two (2) years by giving notice
    // not later than 90 days before expiry": the notice exercises an option; it stops no renewal.
    kind: 'other',
    name: 'noticeToExerciseOption',
    test: (c) => (OPTION_TO_RENEW.test(c.clause) && !NON_RENEW.test(c.clause) ? 0.4 : null),
  },
  {
    // "The renewal fee shall be due thirty (30) days prior to the renewal date": a payment (or a
    // forecast, a report) due before the renewal is no notice to end it.
    kind: 'other',
    name: 'dueBeforeRenewal',
    test: (c) => (c.beforeEnd && DUE_BEFORE.test(c.pre) && !ENDS_RENEWAL.test(c.pre) ? 0.4 : null),
  },
  {
    // "written notice of any reduction in the number of licenses at least 30 days prior to the
    // renewal date": the notice changes the renewing order; it does not stop the renewal.
    kind: 'other',
    name: 'changeAtRenewal',
    test: (c) => ((c.beforeEnd || c.advance) && RENEW.test(c.sentence) && CHANGE_AT_RENEWAL.test(c.pre) ? 0.4 : null),
  },
  {
    // "upon notice delivered at least 45 days prior to such expiration, the Licensor shall negotiate
    // in good faith a new agreement": the notice opens a negotiation; it stops no renewal.
    kind: 'other',
    name: 'noticeToNegotiate',
    test: (c) =>
      c.beforeEnd && NEGOTIATE.test(c.post.slice(0, 160)) && !RENEW.test(c.sentence) && !NON_RENEW.test(c.clause)
        ? 0.4
        : null,
  },
  {
    // "… written notice at least 30 days before the end of the then-current term".
    kind: 'non-renewal',
    name: 'nonRenewalBeforeTermEnd',
    test: (c) =>
      c.beforeEnd &&
      // Renewal in the sentence, or the notice ends or cancels something (said before the figure:
      // "… efforts to give six months' notice before expiry …, or in case of termination …" is not).
      (RENEW.test(c.sentence) ||
        END_OR_CANCEL.test(c.behind) ||
        autoContinues(c.sentence) ||
        autoContinues(c.previous)) &&
      // Someone gives notice or ends something here ("Sixty days before expiry, a statement is
      // furnished" is a reporting deadline; "a renewal quote at least 45 days before the end of the
      // term" names the renewal but gives no notice).
      (STOP_CUE.test(c.behind) || POST_NOTICE.test(c.post)) &&
      // "will not renew unless the Customer gives notice … that it wishes to renew": a notice that asks for it.
      !NOT_RENEWED_UNLESS.test(c.behind) &&
      // "Cisco may, by written notice given at least 30 days prior to the end of the then-current term, extend the
      // term": a notice that exercises an option to extend, the opposite of stopping a renewal.
      !(EXTEND_OPTION.test(c.clause) && !/\bunless\b/i.test(c.clause) && !NON_RENEW.test(c.clause)) &&
      // "… at least twelve (12) months prior to the expiration of the Force Majeure Period": another period's end.
      !OTHER_PERIOD_END.test(c.post.slice(0, 160)) &&
      // "Supplier shall send a written renewal notice at least nine months before the Initial Term expires": a
      // reminder that the term renews, which stops nothing.
      !(RENEWAL_REMINDER.test(c.behind) && !NON_RENEW.test(c.clause))
        ? RENEW.test(c.sentence)
          ? 0.9
          : 0.85
        : null,
  },
  {
    // "notice of non-renewal at least 60 days …", "notice of its intent not to renew within …".
    kind: 'non-renewal',
    name: 'noticeOfNonRenewal',
    test: (c) =>
      // Near the figure: "notice of any deficiencies … that could cause us not to renew" is not it.
      NON_RENEW.test(`${c.behind} ${c.post.slice(0, 120)}`) &&
      (c.advance || c.within) &&
      !/^\s{0,2}\S{0,3}\s{0,2}(?:after|following)\b/i.test(c.post) &&
      // "shall not be renewed unless either party gives 90 days' notice requesting it": the notice asks for the renewal.
      !NOT_RENEWED_UNLESS.test(c.behind)
        ? 0.9
        : null,
  },
  {
    // "Customer may terminate at the end of the Initial Term by giving 90 days' notice"; the right may
    // be granted by a list's lead-in ("Either party may terminate this Agreement: (a) at the end of the
    // Initial Term by giving …").
    kind: 'non-renewal',
    name: 'noticeBeforeEndOfTerm',
    test: (c) =>
      c.advance &&
      endOfTermAhead(c.clause) &&
      (END_OR_CANCEL.test(c.clause) || terminates(c)) &&
      !OR_ANY_TIME_AFTER.test(c.clause)
        ? 0.85
        : null,
  },
  {
    // "shall automatically renew annually unless either party provides a thirty-day notice of
    // termination": the notice that stops an automatic continuation.
    kind: 'non-renewal',
    name: 'noticeAgainstAutoRenewal',
    test: (c) =>
      c.advance &&
      autoContinues(c.sentence) &&
      ESCAPE.test(c.pre) &&
      !TRIAL.test(c.clause) &&
      // "… unless the Licensor, having given sixty (60) days' notice of a breach, terminates it".
      !BREACH.test(`${c.pre} ${c.post.slice(0, 40)}`) &&
      // "…, provided that either party may terminate at any time upon 90 days' notice": a right at will
      // beside the renewal, not the way out of it.
      !RIGHT_AT_ANY_TIME.test(c.pre) &&
      has(/notice|notif|terminat|cancel|renew|advised/i, c.behind, c.post.slice(0, 40))
        ? 0.85
        : null,
  },
  {
    // "… will be automatically renewed … unless either party notifies the other. Such notice must
    // be given ninety (90) days prior to expiration."
    kind: 'non-renewal',
    name: 'suchNoticeAfterAutoRenewal',
    test: (c) => (autoContinues(c.previous) && SUCH_NOTICE.test(c.pre) && (c.beforeEnd || c.advance) ? 0.8 : null),
  },
  {
    // "This Agreement shall terminate, subject to automatic renewal for one year, upon either party
    // giving 120 days' advance notice": in a sentence that renews the term, a notice that ends it
    // (no right "may terminate", no reason, no "at any time") is the way out of the renewal.
    kind: 'non-renewal',
    name: 'endsOnNoticeInRenewingTerm',
    test: (c) =>
      c.advance &&
      autoContinues(c.sentence) &&
      TERMINATE.test(c.clause) &&
      !MAY_TERMINATE.test(c.sentence) &&
      !strongConvenience(c.clause) &&
      !CONVENIENCE_WEAK.test(c.clause) &&
      !BREACH.test(c.sentence) &&
      !CURE.test(c.sentence) &&
      !TRIAL.test(c.clause) &&
      !REASON.test(c.clause) &&
      !CAUSE.test(c.clause) &&
      !EVENT_CONDITION.test(c.clause)
        ? 0.7
        : null,
  },
  {
    // "The term is extended automatically for further years. A notice of three months must be given
    // by either party of its intention to terminate": right after the automatic continuation, the
    // notice of intent to end (no right "at any time", no reason) is what stops the continuation.
    kind: 'non-renewal',
    name: 'intentToEndAfterAutoRenewal',
    test: (c) =>
      c.advance &&
      autoContinues(c.previous) &&
      INTENT_TO_TERMINATE.test(c.clause) &&
      !strongConvenience(c.clause) &&
      !CONVENIENCE_WEAK.test(c.clause) &&
      !CURE.test(c.clause) &&
      !TRIAL.test(c.clause)
        ? 0.75
        : null,
  },
  {
    // "This Agreement shall be renewed for another year unless either party gives ninety (90) days'
    // prior written notice": the figure sits in the escape from the renewal the same sentence states,
    // whatever words the renewal uses (no "automatic", no "successive" needed). Not a right for a
    // cause or at will, not an early end ("unless sooner terminated"), not a notice that asks for the
    // renewal ("shall not be renewed unless … requests it").
    kind: 'non-renewal',
    name: 'noticeInRenewalEscape',
    test: (c) => {
      if (!(c.advance || c.beforeEnd)) return null;
      const m = RENEWS_UNLESS.exec(c.behind);
      if (!m) return null;
      const [, beforeVerb = '', unlessPart = ''] = m;
      const tail = `${unlessPart} ${c.post.slice(0, 60)}`;
      return ESCAPE_BY_NOTICE.test(tail) &&
        !/\b(?:not|never)\b/i.test(beforeVerb) &&
        !RENEWAL_BY_AGREEMENT.test(m[0].slice(0, m[0].length - unlessPart.length)) &&
        !EARLIER_END.test(unlessPart) &&
        !MAY_TERMINATE.test(unlessPart) &&
        !(/\bto\s+(?:renew|extend)\b/i.test(unlessPart) && !NON_RENEW.test(unlessPart)) &&
        !strongConvenience(c.clause) &&
        !CONVENIENCE_WEAK.test(unlessPart) &&
        !BREACH.test(c.clause) &&
        !CURE.test(c.clause) &&
        !CAUSE.test(unlessPart) &&
        !TRIAL.test(c.clause)
        ? 0.8
        : null;
    },
  },
  {
    kind: 'termination-convenience',
    name: 'convenienceTermination',
    test: (c) =>
      terminates(c) &&
      (c.advance || c.afterNotice || afterReceiptOfNotice(c)) &&
      (convenienceWords(c.clause, c) || convenienceWords(c.lead, c) || /convenience/i.test(c.heading)) &&
      // "… without cause on 90 days' notice, or for cause on 30 days' notice": the 30 days are the cause's.
      !CAUSE.test(c.pre) &&
      !NOTICE_OF_OTHER.test(c.post) &&
      !SUB_INSTRUMENT.test(c.clause) &&
      // A right granted by the list's lead-in: the item itself must speak of notice.
      (TERMINATE.test(c.clause) || NOTICE_WORD.test(c.item))
        ? 0.85
        : null,
  },
  {
    // "Either party may terminate this Agreement for convenience. Such termination shall take effect
    // sixty (60) days after written notice": the right in the sentence before, its period here.
    kind: 'termination-convenience',
    name: 'convenienceRightInPrevious',
    test: (c) =>
      (c.advance || c.afterNotice) &&
      (TERMINATION_FIRST.test(c.sentence) || NOTICE_OF_TERMINATION_AFTER.test(c.post)) &&
      MAY_TERMINATE.test(c.previous) &&
      (strongConvenience(c.previous) ||
        (CONVENIENCE_WEAK.test(c.previous) && !CONDITIONAL.test(c.previous) && !REASON.test(c.previous))) &&
      !BREACH.test(c.previous) &&
      !CAUSE.test(c.previous) &&
      !CONDITIONAL.test(withoutNonConditions(c.clause)) &&
      !REASON.test(c.clause) &&
      !CAUSE.test(c.clause)
        ? 0.75
        : null,
  },
  {
    // "Either party may terminate this Agreement upon written notice. Termination shall become effective
    // ninety (90) days after receipt of the notice": a bare right before, with no condition, reason or
    // cause (the right at will of mayTerminateOnNotice, its period in the next sentence).
    kind: 'termination-convenience',
    name: 'bareRightInPrevious',
    test: (c) =>
      (c.advance || c.afterNotice) &&
      TERMINATION_FIRST.test(c.sentence) &&
      MAY_TERMINATE.test(c.previous) &&
      NOTICE_WORD.test(c.previous) &&
      !conditional(withoutGates(c.previous)) &&
      !REASON.test(c.previous) &&
      !BREACH.test(c.previous) &&
      !CAUSE.test(c.previous) &&
      !causeHeading(c.heading) &&
      !CONDITIONAL.test(c.clause) &&
      !REASON.test(c.clause) &&
      !CAUSE.test(c.clause)
        ? 0.6
        : null,
  },
  {
    // "shall remain in effect until terminated by either Party upon thirty (30) days' prior notice".
    kind: 'termination-convenience',
    name: 'untilTerminatedOnNotice',
    test: (c) =>
      c.advance && UNTIL_TERMINATED.test(c.clause) && !CONDITIONAL.test(c.item) && !CAUSE.test(c.item) ? 0.75 : null,
  },
  {
    // "Either party may terminate this Agreement upon 45 days written notice" with no condition.
    kind: 'termination-convenience',
    name: 'mayTerminateOnNotice',
    test: (c) =>
      terminates(c) &&
      (c.advance || c.afterNotice) &&
      MAY_TERMINATE.test(c.clause) &&
      !conditional(c.core) &&
      !REASON.test(c.core) &&
      // "may be terminated with cause upon 30 days' notice", "for default": a cause, not convenience; so is an event
      // ("upon 60 days notice for a Change of Control", "after a merger").
      !CAUSE.test(c.core) &&
      !LIST_EVENT.test(c.core) &&
      !SUB_INSTRUMENT.test(c.clause) &&
      !causeHeading(c.heading) &&
      !NOTICE_OF_OTHER.test(c.post) &&
      !CHANGE_TAKES_EFFECT_BEFORE.test(c.pre)
        ? 0.6
        : null,
  },
  {
    // "Should either party wish to terminate this Agreement, it shall give the other party ninety (90)
    // days' written notice": the party's own wish is the only condition, so the right is at will.
    kind: 'termination-convenience',
    name: 'wishToTerminateOnNotice',
    test: (c) =>
      c.advance &&
      !c.beforeEnd &&
      WISH_TO_TERMINATE_ONE.test(c.sentence) &&
      !conditional(c.core) &&
      !OPENS_WITH_CONDITION.test(c.core) &&
      !REASON.test(c.core) &&
      !CAUSE.test(c.core) &&
      !BREACH.test(c.core) &&
      !causeHeading(c.heading) &&
      !NOTICE_OF_OTHER.test(c.post)
        ? 0.6
        : null,
  },
  {
    // "Customer Termination: 30-day notice required", "Termination by Provider: 60 days' written notice": a summary's
    // label names the right, its value a bare notice (no condition, reason or cause), as a contract's "may terminate
    // upon 30 days' notice" does.
    kind: 'termination-convenience',
    name: 'terminationLabelOnNotice',
    test: (c) =>
      TERMINATION_LABEL.test(c.sentence) &&
      /\bnotice\b/i.test(c.sentence) &&
      !conditional(c.core) &&
      !REASON.test(c.core) &&
      !CAUSE.test(c.core) &&
      !BREACH.test(c.core.replace(NON_BREACH, ' ')) &&
      !LIST_EVENT.test(c.core) &&
      !causeHeading(c.heading)
        ? 0.6
        : null,
  },
  {
    // "This Agreement may be terminated as follows: (a) by mutual agreement; (b) by either party upon
    // ninety (90) days' written notice; (c) by either party if the other breaches …": the right is the
    // list's lead-in, the item a bare notice (no condition, reason or cause in the item or the lead-in).
    kind: 'termination-convenience',
    name: 'bareRightInListItem',
    test: (c) => {
      if (!(c.advance || c.afterNotice) || MAY_TERMINATE.test(c.clause)) return null;
      const scope = bareItemScope(c);
      return scope !== null &&
        !conditional(scope) &&
        !REASON.test(scope) &&
        !CAUSE.test(scope) &&
        !BREACH.test(scope) &&
        !LIST_EVENT.test(scope) &&
        !causeHeading(c.heading) &&
        !NOTICE_OF_OTHER.test(c.post) &&
        !CHANGE_TAKES_EFFECT_BEFORE.test(c.pre)
        ? 0.6
        : null;
    },
  },
  {
    // "Either party may terminate this Agreement within sixty (60) days of receipt by the other party
    // of written notice of termination", with no condition: the time from the notice to the end.
    kind: 'termination-convenience',
    name: 'mayTerminateWithinDaysOfItsNotice',
    test: (c) =>
      c.within &&
      POST_OF_TERMINATION_NOTICE.test(c.post) &&
      MAY_TERMINATE.test(c.pre) &&
      !conditional(c.core) &&
      !REASON.test(c.core) &&
      !CAUSE.test(c.core) &&
      !causeHeading(c.heading)
        ? 0.6
        : null,
  },
  {
    // "Either party may terminate this Agreement for any or no reason. To terminate this Agreement, the terminating
    // party must notify the other party … by giving 30 days advance notice": the right at will in the sentence before,
    // the notice that exercises it in this one (no condition, breach or end of term of its own).
    kind: 'termination-convenience',
    name: 'convenienceInPreviousSentence',
    test: (c) =>
      terminates(c) &&
      c.advance &&
      !c.beforeEnd &&
      MAY_TERMINATE.test(c.previous) &&
      strongConvenience(c.previous) &&
      !conditional(c.core) &&
      !BREACH.test(c.clause) &&
      !CAUSE.test(c.core) &&
      !NOTICE_OF_OTHER.test(c.post)
        ? 0.7
        : null,
  },
  {
    // A termination right on some condition: notice-like, but none of the scored kinds.
    kind: 'other',
    name: 'conditionalTermination',
    // Not a period counted to a change ("we will notify you at least 30 days before the change takes effect and
    // reserve you a possibility to terminate"): the termination is the answer to the change, the notice the change's.
    test: (c) => (terminates(c) && (c.advance || c.afterNotice) && !POST_BEFORE_CHANGE.test(c.post) ? 0.4 : null),
  },
  {
    // A deadline for deletion, not a window in which the customer can get its data back: "shall
    // delete all Personal Data within 90 days", or the day the data goes, "all data will be
    // permanently deleted 90 days after the plan ends", with nothing the customer can do before it.
    kind: 'other',
    name: 'deletionDeadline',
    test: (c) => (dataAfterEnd(c) && (c.within || DELETED_AT.test(c.pre)) && !RETRIEVE_ACT.test(c.clause) ? 0.4 : null),
  },
  {
    // "Processor shall return all Personal Data or delete it within 60 days": a deadline on the vendor.
    kind: 'other',
    name: 'returnOrDeleteDeadline',
    test: (c) => (dataAfterEnd(c) && c.within && RETURN_OR_DELETE.test(c.clause) ? 0.4 : null),
  },
  {
    // Customer data kept available N days after termination.
    kind: 'data-export',
    name: 'dataWindowAfterEnd',
    test: (c) => (dataAfterEnd(c) ? 0.85 : null),
  },
  {
    // The customer must request service credits within N days.
    kind: 'credit-claim',
    name: 'creditClaimWindow',
    test: (c) => {
      const creditHere = namesCredit(c.clause);
      // In a list the claim is the period's own item's (or the inline list's lead-in's): "(b) SSW may claim credit in
      // its promotional material; and (c) the Client will remove the credit within 24 hours" claims nothing in (c).
      const claimed =
        CLAIM_ACT.test(fromLastItemMark(c.pre)) || (c.item.length < c.clause.length && CLAIM_ACT.test(c.inlineLead));
      return (creditHere || namesCredit(c.heading)) &&
        claimed &&
        // "If Customer believes it was billed incorrectly, it must contact us within 60 days … to receive an adjustment
        // or credit": a billing dispute, not a claim for service credits.
        !BILLING_DISPUTE.test(c.clause) &&
        c.within &&
        !vendorsPeriod(c.pre) &&
        !(/refund/i.test(c.clause) && !creditHere)
        ? creditHere
          ? 0.85
          : 0.7
        : null;
    },
  },
  {
    // A bare claim counted from the end of the month or from the outage: "Customer must submit a claim within 30
    // days after the end of the month in which the incident occurred" (an SLA's claims clause that names no credit).
    // A claim for damages or a legal action is another thing.
    kind: 'credit-claim',
    name: 'claimAfterMonthOrOutage',
    test: (c) =>
      c.within &&
      // "How to claim" / "Email support within 30 days of the end of the month …": the heading names the claim.
      (BARE_CLAIM.test(c.pre.slice(-80)) || (CLAIM_HEADING.test(c.heading) && CONTACT_ACT.test(c.pre.slice(-80)))) &&
      CLAIM_COUNTED_FROM.test(c.post) &&
      !CLAIM_AT_LAW.test(c.clause) &&
      !vendorsPeriod(c.pre)
        ? 0.7
        : null,
  },
  {
    // The same window written as the bar on late claims: "Credit requests received more than 45 days after the
    // incident will not be honored", "claims submitted later than 30 days after the month end are waived".
    kind: 'credit-claim',
    name: 'lateClaimBarred',
    test: (c) =>
      namesCredit(c.clause) && CLAIM_ACT.test(c.clause) && LATE_CLAIM_PRE.test(c.pre) && LATE_CLAIM_BARRED.test(c.post)
        ? 0.8
        : null,
  },
  {
    kind: 'maintenance',
    name: 'maintenanceNotice',
    test: (c) =>
      c.advance &&
      (MAINTENANCE.test(c.clause) ||
        (/maintenance|downtime/i.test(c.heading) && SCHEDULED_WORK.test(c.clause)) ||
        // Under a maintenance heading, its notice alone ("Notice: 7 days advance notification via email"), when the
        // clause speaks of nothing else a notice is given for.
        (MAINTENANCE_HEADING.test(c.heading) &&
          NOTICE_NOUN.test(c.clause) &&
          !OTHER_NOTICE_SUBJECT.test(c.clause) &&
          !CUSTOMER_GIVES.test(c.clause)) ||
        // An FAQ's answer to its question: "Do you announce maintenance?" / "Yes, at least 5 days in advance."
        (FAQ_ANSWER.test(c.clause) && /\bmaintenance\b[^?]{0,60}\?\s*$/i.test(c.heading)))
        ? MAINTENANCE.test(c.clause)
          ? 0.85
          : 0.75
        : null,
  },
  {
    // Retiring part of the service is a change to it: "we may discontinue a feature on 90 days' notice".
    kind: 'terms-change',
    name: 'deprecationNotice',
    test: (c) =>
      (c.advance || c.afterNotice) && DEPRECATION.test(c.clause) && !TERMINATE.test(c.clause) ? 0.75 : null,
  },
  {
    kind: 'terms-change',
    name: 'changeNotice',
    test: (c) => {
      if (!(c.advance || c.afterNotice)) return null;
      const changes = c.clause.replace(NOT_A_CHANGE, ' ');
      return isChange(changes, c.clause) && CHANGE_OBJECT.test(changes) ? 0.8 : null;
    },
  },
  {
    // The object may sit in the sentence's other clause: "We may update this AUP at any time;
    // changes are effective 7 days after posting."
    kind: 'terms-change',
    name: 'changeNoticeInSentence',
    test: (c) => {
      if (!(c.advance || c.afterNotice)) return null;
      const whole = c.sentence.replace(NOT_A_CHANGE, ' ');
      return isChange(c.clause.replace(NOT_A_CHANGE, ' '), c.clause) &&
        CHANGE_OBJECT.test(whole) &&
        isChange(whole, whole)
        ? 0.7
        : null;
    },
  },
  {
    // Under a "Changes" heading, or right after a sentence about changing the terms.
    kind: 'terms-change',
    name: 'changeNoticeInContext',
    test: (c) => {
      if (!(c.advance || c.afterNotice)) return null;
      if (!isChange(c.clause.replace(NOT_A_CHANGE, ' '), c.clause)) return null;
      const before = c.previous.replace(NOT_A_CHANGE, ' ');
      // A run-in heading is the sentence before: "**Changes.** We will give you 30 days' notice of material changes."
      const runIn = RUN_IN_LABEL.exec(c.sentence)?.[1] ?? null;
      const runInHeading =
        (RUN_IN_HEADING.test(c.previous.trim()) && CHANGE_HEADING.test(c.previous)) ||
        (runIn !== null && CHANGE_HEADING.test(runIn));
      return CHANGE_HEADING.test(c.heading) || runInHeading || (CHANGE.test(before) && CHANGE_OBJECT.test(before))
        ? 0.7
        : null;
    },
  },
  {
    // Anything else shaped like a notice period.
    kind: 'other',
    name: 'noticeShaped',
    test: (c) => (c.advance || (c.within && NOTICE_WORD.test(c.clause)) ? 0.4 : null),
  },
  // Arabic wording, the same kinds in the same order (see "Arabic" at the end of this file). The
  // English rules above never fire on Arabic text: their cues are English words.
  ...arabicNoticeRules(),
];

function dataAfterEnd(c: NoticeContext): boolean {
  const dataHere = DATA.test(c.clause) && (!OTHER_DATA_ONLY.test(c.clause) || CUSTOMER_DATA.test(c.clause));
  return (
    dataHere &&
    DATA_ACT.test(c.clause) &&
    (POST_AFTER_END.test(c.post) ||
      PRE_AFTER_END.test(c.pre) ||
      PRE_IF_ENDS.test(c.pre) ||
      (POST_TO_RETRIEVE.test(c.post) && END_WORD.test(c.clause)))
  );
}

/** A change by the vendor (not the customer's own change, not a sub-processor change). */
function isChange(changes: string, raw: string): boolean {
  return CHANGE.test(changes) && !SUBPROCESSOR.test(raw) && !CUSTOMER_CHANGE.test(raw);
}

export interface NoticeVerdict {
  kind: NoticeKind;
  confidence: number;
  rule: string;
}

/**
 * The first rule that applies, as a verdict; null when a veto applies or none does. Every
 * candidate that gets no verdict is written to the trace with the reason.
 */
export function classifyNotice(c: NoticeContext, span?: { start: number; end: number }): NoticeVerdict | null {
  // Words around the figure in Arabic: only the Arabic rules can read them (the English ones look for English cues).
  for (const rule of arabicNotice(c) ? ARABIC_NOTICE_RULES : NOTICE_RULES) {
    const confidence = rule.test(c);
    if (confidence === null) continue;
    if (rule.kind === null) {
      traceEvent({ field: 'notices', rule: `notices/${rule.name}`, outcome: 'rejected', ...span, why: 'veto' });
      return null;
    }
    return { kind: rule.kind, confidence, rule: `notices/${rule.name}` };
  }
  if (tracing()) {
    traceEvent({
      field: 'notices',
      rule: 'notices/noRule',
      outcome: 'rejected',
      ...span,
      why: `not shaped like a notice period: "…${c.pre.slice(-50)}[N]${c.post.slice(0, 50)}…"`,
    });
  }
  return null;
}

/**
 * The first mark of an inline list, whose lead-in is the text before it. Not a figure's gloss: in "… upon ten (10)
 * days' notice in the event of any of the following: (1) …" the lead-in runs to "(1)", conditions and all.
 */
const FIRST_ITEM_MARK = new RegExp(
  `${ITEM_MARK.source}(?!\\s?(?:calendar\\s|business\\s|working\\s|consecutive\\s|banking\\s)?(?:days?|months?|years?|weeks?|hours?|minutes?)\\b)`,
  'i',
);
/** Where the sentence's first list item mark ("(a)", "(i)") is, or -1. */
const firstItemMarkOf = onceForLast((sentence) => sentence.search(FIRST_ITEM_MARK));

/** The list item holding [start, end): the text between the item markers around it. */
function itemAround(clause: string, start: number, end: number): string {
  let a = 0;
  let b = clause.length;
  // matchAll, not an exec loop: the loop stops early, and exec would leave the shared pattern's lastIndex there for
  // the next reader of ITEM_MARK (matchAll starts from it).
  for (const m of clause.matchAll(ITEM_MARK)) {
    if (m.index + m[0].length <= start) a = m.index;
    else if (m.index >= end) {
      b = m.index;
      break;
    }
  }
  return clause.slice(a, b);
}

function isAdvanceShape(pre: string, post: string): boolean {
  return (
    POST_NOTICE.test(post) ||
    (POST_OF_NOTICE.test(post) && !PRE_FROM_NOTICE.test(pre)) ||
    POST_ADVANCE.test(post) ||
    PRE_NOTICE_OF.test(pre) ||
    PRE_NOTIFIED_AT_LEAST.test(pre) ||
    PRE_NOTICE_COLON.test(pre) ||
    PRE_NOTICE_PERIOD_IS.test(pre) ||
    (PRE_NOTICE_PAREN.test(pre) && CLOSES_PAREN.test(post))
  );
}

/**
 * "by prior written notice (30 days)", "with notice (at least 14 days)": the notice's period in brackets right after
 * it, the bracket closing after the period.
 */
const PRE_NOTICE_PAREN =
  /\b(?:notice|notification)\s{0,2}\(\s{0,2}(?:at\s+least\s+|not\s+less\s+than\s+|no\s+less\s+than\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|min\.\s{0,2})?$/i;
const CLOSES_PAREN = /^\s{0,2}(?:(?:in\s+advance|prior|beforehand|مسبقا|مقدما)\s{0,2})?\)/;

/** "The notice period shall be ninety (90) days", "the period of notice is not less than three months". */
const PRE_NOTICE_PERIOD_IS =
  /\b(?:notice\s+period|period\s+of\s+(?:such\s+)?notice)\s+(?:shall\s+be|will\s+be|is|must\s+be)\s+(?:at\s+least\s+|not\s+less\s+than\s+|no\s+less\s+than\s+)?$/i;

/** The periods listed after the notice: "upon the following written notice to the other: sixty (60) days for …". */
const PRE_NOTICE_COLON = /\bnotice\b[^.;:]{0,100}:\s{0,3}$/i;

/** "notified in advance within a reasonable period (no less than 5 business days)". */
const PRE_NOTIFIED_AT_LEAST =
  /\b(?:notice|notif\w{0,8}|advance)\b[^.;]{0,80}?(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+$/i;

/**
 * A period read in a sentence: a duration, or one whose figure the filing withholds (amount null; unit
 * null unless the words after the mark give it).
 */
type Candidate = Pick<DurationMatch, 'start' | 'end'> & { amount: number | null; unit: DurationUnit | null };

const WITHHELD_UNITS: Record<string, DurationUnit> = { day: 'days', week: 'weeks', month: 'months', year: 'years' };

/** Whether a notice whose period the document withholds is kept (see extractNotices). */
function withheldKept(verdict: NoticeVerdict | null, c: NoticeContext): boolean {
  if (verdict?.kind === 'non-renewal') return true;
  return (
    verdict?.kind === 'termination-convenience' && (GRANTS_TERMINATION.test(c.clause) || MAY_TERMINATE.test(c.lead))
  );
}
/** A right to terminate granted in the clause, asides allowed: "may at any time terminate", "may, in its sole discretion, terminate". */
const GRANTS_TERMINATION =
  /\b(?:may|(?:shall\s+have|has|have|reserves?|retains?)\s+the\s+(?:absolute\s+)?right\s+to|(?:is|are)\s+entitled\s+to)\b[^.;]{0,120}?\b(?:terminat|cancel)/i;

/** The sentence's durations and, between them, its withheld periods, in order. */
function candidatesOf(text: string): Candidate[] {
  const durations: Candidate[] = findDurations(text);
  if (!WITHHELD.test(text)) return durations;
  const withheld: Candidate[] = [];
  for (const m of text.matchAll(WITHHELD_PERIOD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (durations.some((d) => d.start < end && start < d.end)) continue;
    const word = m[2]?.toLowerCase().replace(/s$/, '');
    let unit: DurationUnit | null = word ? (WITHHELD_UNITS[word] ?? null) : null;
    if (unit === 'days' && m[1] && !/calendar/i.test(m[1])) unit = 'business-days';
    withheld.push({ start, end, amount: null, unit });
  }
  return withheld.length ? [...durations, ...withheld].sort((a, b) => a.start - b.start) : durations;
}

/** Builds the context of the duration `d` (the `k`-th of the sentence's durations). */
function contextOf(
  s: Sentence,
  durations: readonly Candidate[],
  k: number,
  shared: { heading: string; lead: string; previous: string },
): NoticeContext {
  const d = durations[k] as Candidate;
  const text = s.text;
  // The words that belong to this duration stop at its neighbours.
  const prevEnd = k > 0 ? (durations[k - 1] as Candidate).end : 0;
  const nextStart = k + 1 < durations.length ? (durations[k + 1] as Candidate).start : text.length;
  const clauseStart = clauseStartOf(text, d.start);
  const clause = text.slice(clauseStart, clauseEndOf(text, d.end));
  const pre = text.slice(Math.max(prevEnd, d.start - 220), d.start);
  const post = text.slice(d.end, Math.min(nextStart, d.end + 160));
  const item = itemAround(clause, d.start - clauseStart, d.end - clauseStart);
  const firstMark = firstItemMarkOf(text);
  return {
    clause,
    clauseNoSecurity: clause.replace(SECURITY_BREACH, ' '),
    item,
    sentence: text,
    core: coreOf(text),
    itemCore: withoutNonConditions(item),
    inlineLead: firstMark > 0 && firstMark < d.start ? text.slice(Math.max(0, firstMark - 300), firstMark) : '',
    ...shared,
    pre,
    post,
    behind: text.slice(Math.max(0, d.start - 200), d.start),
    advance: isAdvanceShape(pre, post),
    within: PRE_WITHIN.test(pre),
    afterNotice: POST_AFTER_NOTICE.test(post),
    beforeEnd: POST_BEFORE_END.test(post),
  };
}

function clauseStartOf(text: string, start: number): number {
  const a = text.lastIndexOf(';', start);
  const from = a < 0 ? Math.max(0, start - 400) : Math.max(a + 1, start - 400);
  // A proviso that grants its own right ("…renews for one-year terms, provided that either party may
  // terminate at any time upon 90 days' notice") is a clause of its own: the renewal before it is no
  // condition on that right.
  PROVISO_GRANT.lastIndex = from;
  let proviso = -1;
  for (let m = PROVISO_GRANT.exec(text); m && m.index < start; m = PROVISO_GRANT.exec(text)) proviso = m.index;
  return proviso >= 0 ? proviso : from;
}
/** ", provided that X may …", ", provided, however, that X shall have the right to …". */
const PROVISO_GRANT =
  /\bprovided\s{0,2},?\s+(?:however\s{0,2},?\s+)?that\s+(?=(?:[\w’'()-]{1,25}\s+){1,4}(?:may|shall\s+have\s+the\s+right\s+to)\b)/gi;

function clauseEndOf(text: string, end: number): number {
  const b = text.indexOf(';', end);
  return b < 0 ? Math.min(text.length, end + 400) : Math.min(b, end + 400);
}

/**
 * A hard-wrapped line that opens in lower case ("by either party with one (1) year written
 * notice prior to the expiration …") continues the line before it ("… automatic renewal of one
 * year thereafter until terminated"): read it with that line, so the renewal and the notice are
 * one sentence. Returns the widened sentence and how many segments it reaches back (0 to 2).
 */
function withWrappedLineBefore(doc: Doc, index: number): { s: Sentence; back: number } {
  const s = doc.sentences[index] as Sentence;
  if (!CONTINUATION.test(s.text)) return { s, back: 0 };
  // A page number between the two lines ("-2-") is skipped.
  let back = 1;
  let prev = index > 0 ? (doc.sentences[index - 1] as Sentence) : null;
  if (prev && PAGE_FURNITURE.test(prev.text) && index > 1) {
    back = 2;
    prev = doc.sentences[index - 2] as Sentence;
  }
  // A hard-wrapped line is short; a long segment before is a sentence the splitter cut at its length cap, and
  // joining every cut piece to the one before made one long run-on sentence cost more than linear time.
  if (
    !prev ||
    prev.text.length > MAX_WRAPPED_LINE ||
    !runsOn(prev) ||
    prev.headingBlock !== s.headingBlock ||
    doc.blocks[prev.block]?.kind === 'heading'
  ) {
    return { s, back: 0 };
  }
  return { s: { ...s, start: prev.start, text: doc.text.slice(prev.start, s.end) }, back };
}
/** A segment that starts mid-sentence: a lower-case word (not a list marker "(a)" or "i."). */
const CONTINUATION = /^\s{0,3}[a-z]{2,}\b(?![.)])/;
/** Longest line a hard-wrapped filing puts on one line (most wrap at 60-100 characters). */
const MAX_WRAPPED_LINE = 400;
/** A line with no words: a page number ("-2-", "12"). */
const PAGE_FURNITURE = /^[\s\d\W]{1,12}$/;

/** A segment that opens with a later item of a list: "(b) …", "(iii) …", "c) …". */
const LATER_ITEM_FIRST = /^\W{0,3}\(?\s?(?:[b-h]|i[iv]|iii|vi{0,3}|[2-9])\s?\)/i;
/** Where an inline list's first item follows its lead-in: "… to terminate this Agreement: (a)". */
const COLON_THEN_FIRST_ITEM = /:\s{0,3}\(\s?(?:a|i|1)\s?\)/i;
/** A short line between two pieces of one list: a page footer ("Source: …, 10-Q"), a page number. */
const MAX_FURNITURE_LINE = 80;

/**
 * The lead-in of an inline list continued in a later segment: "X shall have the right to terminate
 * this Agreement: (a) …" and, after a page break, "(b) …; and (c) at any time, for any reason, upon
 * 180 days' notice". Looked for only when the segment opens with a later item and has no lead-in
 * line; the way back crosses short lines and other items of the list, at most three segments.
 */
function inlineLeadBefore(doc: Doc, index: number): string {
  const own = doc.sentences[index] as Sentence;
  if (!LATER_ITEM_FIRST.test(own.text)) return '';
  let i = index;
  for (let steps = 0; steps < 3; steps++) {
    const prev = previousInSection(doc, i);
    if (!prev) return '';
    const at = prev.text.search(COLON_THEN_FIRST_ITEM);
    if (at > 0) {
      // The lead-in: at most 300 characters back, from the last sentence or clause break before the colon.
      const before = prev.text.slice(Math.max(0, at - 300), at);
      const lead = before.slice(
        Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1,
      );
      if (lead.trim() !== '') return `${lead.trim()}:`;
    }
    if (prev.text.length > MAX_FURNITURE_LINE && !LATER_ITEM_FIRST.test(prev.text)) return '';
    i -= 1;
  }
  return '';
}

/** Wording by which a contract renews or goes on by itself, anywhere in it (an "Initial Term" implies later ones). */
const RENEWS_ANYWHERE =
  /renew|automatic(?:ally)?\s+(?:[\w-]{1,12}\s+){0,2}(?:extend|extension|continu|prolong)|(?:extended|continued?|prolonged)\s+automatically|year[- ]to[- ]year|month[- ]to[- ]month|evergreen|successive|(?:extended|prolonged)\s+(?:for|by)\s+(?:an?\s+|one\s+)?(?:further|additional|consecutive|subsequent)\b|tacit|indefinitely|thereafter|until\s+terminated|initial\s+(?:term|period)/i;
const DOCUMENT_RENEWS = new WeakMap<Doc, boolean>();
/** Whether the document says anywhere that it renews or continues (one scan per document). */
function documentRenews(doc: Doc): boolean {
  let result = DOCUMENT_RENEWS.get(doc);
  if (result === undefined) {
    result = RENEWS_ANYWHERE.test(doc.text);
    DOCUMENT_RENEWS.set(doc, result);
  }
  return result;
}

/** Changes as the subject, of nothing named: "Changes will be effective upon posting" (not "changes of advertising copy"). */
const CHANGES_AS_SUBJECT =
  /\b(?:changes|modifications|updates|amendments|revisions)\s+(?:will|shall|become|take|are)\b/i;
/** A sentence that opens by pointing back past the sentence before: "If we do, …", "If so, …", "When we do, …". */
const ANAPHORIC_OPENING =
  /^\W{0,3}(?:(?:if|when|where|whenever)\s+(?:we|they|it|you)\s+do(?:es)?(?:\s+so)?|if\s+so)\b/i;
/**
 * The sentence before, in the same section; for a sentence that opens "If we do, we will give 30 days' notice", the
 * one before that too ("We may revise our pricing. We honour existing prices where we can. If we do, …").
 */
function previousOf(doc: Doc, index: number, text: string): string {
  const previous = previousInSection(doc, index);
  if (!previous) return '';
  // "We may update these Terms. Changes take effect on posting. For material changes, we will give 30 days' notice":
  // a sentence about changes that names nothing changed points back to the one before it, as "If we do" does.
  const changeOfNothing = CHANGES_AS_SUBJECT.test(previous.text) && !CHANGE_OBJECT.test(previous.text);
  if (!ANAPHORIC_OPENING.test(text) && !changeOfNothing) return previous.text;
  // previousInSection gives the sentence at index - 1, so the one before it is that index's own previous.
  const before = previousInSection(doc, index - 1);
  return before ? `${before.text} ${previous.text}` : previous.text;
}

/** Every notice period in the document, with its kind; one per (kind, amount, unit). */
export function extractNotices(doc: Doc): Finding<Notice>[] {
  const out: Finding<Notice>[] = [];
  const unitWord = new Set(sentencesHolding(doc, UNIT_WORDS));
  doc.sentences.forEach((own, ownIndex) => {
    if (!(unitWord.has(own) && UNIT_WORD.test(own.text)) && !hasArabic(own.text) && !WITHHELD.test(own.text)) return;
    const { s, back } = withWrappedLineBefore(doc, ownIndex);
    const index = ownIndex - back;
    // Durations of the line before were read with that line; only this segment's are read here.
    const ownFrom = own.start - s.start;
    const durations = candidatesOf(s.text);
    if (!durations.some((d) => d.start >= ownFrom)) return;
    const shared = {
      heading: s.heading ?? '',
      // The list's lead-in and the sentence before, from the shared per-document index (segment.ts).
      lead: leadInOf(doc, index, MAX_LEAD_IN_DISTANCE)?.text.trimEnd() ?? inlineLeadBefore(doc, index),
      previous: previousOf(doc, index, s.text),
    };
    let previousPost = '';
    let previousVerdict: NoticeVerdict | null = null;
    durations.forEach((d, k) => {
      if (d.start < ownFrom) return;
      const c = contextOf(s, durations, k, shared);
      const span = { start: s.start + d.start, end: s.start + d.end };
      let verdict = classifyNotice(c, span);
      if (
        (!verdict || verdict.kind === 'other') &&
        previousVerdict &&
        previousVerdict.kind !== 'other' &&
        c.pre.length <= 60
      ) {
        // "… within thirty (30) days (or ten (10) days for non-payment)": an alternative period; "… announced 30 days
        // in advance for monthly plans and 60 days in advance for annual plans": a second one written the same way
        // after "and". Either is of the kind of the period before it.
        const joined = ALTERNATIVE.test(c.pre)
          ? 'notices/alternativePeriod'
          : COORDINATED.test(c.pre) && sameShape(previousPost, c.post) && !OWN_OBJECT.test(c.post)
            ? 'notices/coordinatedPeriod'
            : null;
        if (joined)
          verdict = { kind: previousVerdict.kind, confidence: previousVerdict.confidence - 0.1, rule: joined };
      }
      // "If any amount is more than 15 days overdue, we may, upon 10 days' prior written notice,
      // suspend": the overdue period is the default; the second figure is the notice of suspension.
      if (
        verdict?.kind === 'payment-default' &&
        previousVerdict?.kind === 'payment-default' &&
        (POST_NOTICE.test(c.post) || PRE_NOTICE_OF.test(c.pre))
      ) {
        verdict = { kind: 'other', confidence: 0.4, rule: 'notices/suspensionNoticeAfterDefault' };
      }
      // A notice that stops a renewal needs a renewal: in a contract that nowhere renews, extends or goes
      // on by itself, "notice of termination 90 days before the expiration of the Term" ends nothing
      // that would otherwise continue.
      if (
        verdict?.kind === 'non-renewal' &&
        !RENEW.test(s.text) &&
        !hasArabic(s.text) &&
        !autoContinues(s.text) &&
        // The escape rule found the renewal (an extension) in the sentence itself.
        verdict.rule !== 'notices/noticeInRenewalEscape' &&
        !documentRenews(doc)
      ) {
        if (tracing()) {
          traceEvent({
            field: 'notices',
            rule: verdict.rule,
            outcome: 'rejected',
            ...span,
            why: 'no renewal in the document',
          });
        }
        verdict = { kind: 'other', confidence: 0.4, rule: 'notices/nonRenewalWithoutRenewal' };
      }
      // A withheld period is kept only as a non-renewal notice ("notice of non-renewal … [***] prior
      // to the expiry") or as a right to terminate at will that the clause itself grants ("may
      // terminate … upon [***] prior written notice"): both were read on filings, where the figure is
      // blacked out. Any other kind with no figure helps no one, and a convenience reading from weak
      // words alone ("at any time") is too loose to stand without a figure.
      if (d.amount === null && !withheldKept(verdict, c)) verdict = null;
      previousVerdict = verdict;
      previousPost = c.post;
      if (!verdict) return;
      // "material changes to this Agreement, such as price changes, at least 30 days before": both kinds.
      if (verdict.kind === 'price-change' && TERMS_CHANGE_WITH_PRICES.test(c.pre)) {
        const value = { kind: 'terms-change' as const, amount: d.amount, unit: d.unit };
        out.push(makeFinding(doc, s, value, 0.75, 'notices/changesIncludingPrices'));
      }
      out.push(
        makeFinding(doc, s, { kind: verdict.kind, amount: d.amount, unit: d.unit }, verdict.confidence, verdict.rule),
      );
    });
  });
  return dedupeFindings(out, (v) => `${v.kind}|${v.amount}|${v.unit}`);
}

// --- Arabic (issue 10). Named rules beside the English ones, read on the compact matching form
// (common/arabic.ts: alef/taa/yeh folded, marks dropped), so the patterns below are written
// folded: ة is ه, ى is ي, أ/إ/آ are ا. The duration itself comes from common/arabic-numbers.ts
// through findDurations. Shapes, as the English ones:
//   advance      "قبل 30 يوماً (على الأقل)", "بإشعار كتابي مدته 30 يوماً", "إشعار مسبق لا تقل مدته عن"
//   within       "خلال 30 يوماً", "في غضون", "مدة لا تتجاوز (30) يوماً"
//   afterNotice  "… 30 يوماً من تاريخ الإشعار / من نشرها"
//   beforeEnd    "… 24 ساعة على الأقل من نهاية الفترة / قبل انتهاء المدة / قبل التجديد"

const AR_PRE_BEFORE =
  /(?:^|[\s،,(])(?:قبل|مسبقا|مقدما)\s+(?:(?:مده|فتره)\s+)?(?:(?:ما\s+)?لا\s+(?:تقل|يقل)\s+(?:مدته\s+|مدتها\s+)?عن\s+)?[\s*_]{0,4}$/;
const AR_PRE_NOTICE_OF =
  /(?:اشعار|اخطار|انذار|ابلاغ)\S{0,4}(?:\s+\S{1,12}){0,4}?\s+(?:مدته|مدتها|بمده|لمده|قدرها|لا\s+(?:تقل|يقل)\s+(?:مدته\s+|مدتها\s+)?عن)\s+[\s*_]{0,4}$|(?:اشعار|اخطار|انذار)\S{0,4}(?:\s+(?:ال)?(?:كتابي|خطي|مسبق|رسمي|مكتوب)\S{0,2}){1,3}\s+[\s*_]{0,4}$/;
/** "بإشعار كتابي مسبق (30 يوماً)": the notice's period in brackets right after it (PRE_NOTICE_PAREN in English). */
const AR_PRE_NOTICE_PAREN =
  /(?:اشعار|اخطار|انذار)\S{0,4}(?:\s+(?:ال)?(?:كتابي|خطي|مسبق|رسمي|مكتوب)\S{0,2}){0,3}\s{0,2}\(\s{0,2}(?:لا\s+(?:تقل|يقل)\s+عن\s+|(?:ب)?حد\s+ادني\s+)?$/;
const AR_POST_NOTICE = /^[\s*_]{0,4}(?:من\s+)?(?:ال)?(?:اشعار|اخطار|انذار)/;
const AR_PRE_WITHIN =
  /(?:خلال|غضون|اقصاه|اقصاها|(?:لا|ولا)\s+(?:تتجاوز|يتجاوز|تزيد\s+علي|يزيد\s+علي))\s+(?:(?:مده|فتره)\s+(?:لا\s+(?:تتجاوز|تزيد\s+علي)\s+)?)?[\s*_]{0,4}$/;
const AR_POST_AFTER_NOTICE =
  /^[\s*_]{0,4}(?:علي\s+الاقل\s+)?(?:من|بعد|عقب)\s+(?:تاريخ\s+)?(?:\S{1,8}\s+){0,2}?(?:ال)?(?:اشعار|اخطار|ابلاغ|اعلام|نشر)/;
/** With a pronoun the hamza sits on a chair and ة opens: "انتهائها", "نهايتها" (its end). */
const AR_POST_BEFORE_END =
  /^[\s*_]{0,4}(?:علي\s+الاقل\s+)?(?:من|قبل)\s+(?:تاريخ\s+|موعد\s+)?(?:نهاي[هت]|انتها[ءئ]|انقضا[ءئ]|(?:ال)?تجديد)/;
/** "بعد" (after), right before the period: "بعد (مرور) 30 يوماً من انتهاء …" is a time after the event. */
const AR_PRE_AFTER = /(?:^|\s)(?:بعد|عقب)\s+(?:(?:مرور|مضي|انقضاء)\s+)?[\s*_]{0,4}$/;
/** The event first, the period after it: "قبل انتهاء مدة العقد بستين يوماً", "قبل موعد التجديد بـ 30 يوماً". */
const AR_PRE_BEFORE_EVENT =
  /(?:^|\s)قبل\s+(?:تاريخ\s+|موعد\s+)?(?:ال)?(?:نهاي[هت]|انتها[ءئ]|انقضا[ءئ]|تجديد|بدء|سريان|تطبيق|تنفيذ|اجراء)\S{0,3}(?:\s+\S{1,15}){0,3}\s+(?:ب\s{0,2})?[\s*_]{0,4}$/;
const AR_PRE_END_EVENT = /قبل\s+(?:تاريخ\s+|موعد\s+)?(?:ال)?(?:نهاي[هت]|انتها[ءئ]|انقضا[ءئ]|تجديد)/;
/** "قبل القيام بذلك بثلاثين يوماً", "قبل قيامك بذلك بفترة تبلغ 30 يوماً": "before …, by N" (the figure after "ب"). */
const AR_PRE_BEFORE_BY =
  /(?:^|\s)قبل\s+(?:\S{1,15}\s+){0,4}?\S{0,15}\s{0,3}ب(?:ـ)?\s{0,2}(?:(?:فتره|مده)\s+(?:(?:تبلغ|قدرها|مدتها)\s+|لا\s+تقل\s+عن\s+)?)?[\s*_]{0,4}$/;
/** "مهلة 15 يوماً", "بمهلة لا تقل عن": a window granted, read like "خلال". */
const AR_PRE_GRACE = /(?:مهله|بمهله)\s+(?:مدتها\s+|قدرها\s+|لا\s+تقل\s+عن\s+|لا\s+تتجاوز\s+)?[\s*_]{0,4}$/;
const AR_PRE_LESS = /(?:^|\s)اقل\s+من\s{0,3}[\s*_]{0,4}$/;

/** "مسبقاً", "مقدماً": in advance, as English "advance notice" ("يتم التواصل عن التغييرات مسبقاً بـ 30 يوماً"). */
const AR_IN_ADVANCE = /مسبقا|مقدما/;
const AR_NOTICE_WORD = /اشعار|اشعر|يشعر|تشعر|نشعر|اخطار|اخطر|يخطر|تخطر|نخطر|ابلاغ|نبلغ|يبلغ|تبلغ|اعلام|انذار/;
const AR_RENEW = /تجديد|يتجدد|تتجدد|يجدد|تجدد|متجدد/;
// "ألغِ" (cancel!, folded "الغ"): the imperative an app's terms address to the subscriber.
const AR_STOP_RENEW =
  /عدم\s+(?:ال)?(?:تجديد|رغب)|(?:لم|لا)\s+(?:ي|ت)رغب|الغا|يلغ|تلغ|نلغ|لغيت|(?:^|\s)[وف]?الغ(?=\s|$)|ايقاف|انهاء|اشعار|اخطار|اخطر|يخطر/;
const AR_PRICE = /اسعار|سعر|رسوم|عموله|تعرفه|تكلفه|قيمه\s+(?:ال)?اشتراك/;
const AR_CHANGE = /تعديل|تغيير|تغير|زياده|رفع|تحديث|مراجعه|يعدل|تعدل|نعدل|يغير|نغير/;
const AR_PRICE_CHANGE = new RegExp(
  `(?:${AR_CHANGE.source})\\S{0,4}(?:\\s+\\S{1,15}){0,3}?\\s+\\S{0,4}(?:${AR_PRICE.source})|(?:${AR_PRICE.source})\\S{0,6}(?:\\s+\\S{1,15}){0,3}?\\s+\\S{0,4}(?:${AR_CHANGE.source})`,
);
const AR_TERMINATE = /انهاء|ينهي|تنهي|ننهي|انهي|الغاء|الغا|فسخ|يفسخ/;
/**
 * Cancelling one occasion, not the agreement: "إلغاء أو تأجيل موعد الجلسة قبل 24 ساعة" (an appointment, a session, a
 * booking, an order, a trip, a consultation, a lesson, a visit, a course or a registration in one: "إلغاء التسجيل في
 * دورة تدريبية قبل 10 أيام عمل من تاريخ بدء الدورة"), as English "cancel a booking 48 hours before".
 */
const AR_CANCEL_OCCASION =
  /(?:الغاء|الغا|تاجيل)\s+(?:او\s+\S{2,12}\s+)?(?:ال)?(?:موعد|مواعيد|جلسه|جلسات|حجز|حجوزات|طلب|طلبات|رحله|استشاره|درس|دروس|زياره|دوره|دورات|ورشه|فعاليه|(?:ال)?تسجيل\s+(?:في\s+)?(?:ال)?(?:دوره|دورات|ورشه|فعاليه|برنامج))/;
const AR_ANY_TIME =
  /في\s+اي\s+وقت|لاي\s+سبب|(?:دون|بدون|من\s+غير)\s+(?:الحاجه\s+الي\s+)?(?:ابداء\s+|ذكر\s+|بيان\s+)?(?:اي\s+)?(?:سبب|اسباب|مبرر)/;
const AR_MAY = /يجوز|يحق|(?:له|لها|لهم|للعميل|للشركه|لكل)\s+(?:\S{1,12}\s+)?الحق|يمكن|بامكان/;
// A breach of data ("خرق للبيانات الشخصية", "انتهاك أمني") is a security incident, not a party's breach of the contract.
const AR_BREACH =
  /اخلال|(?:^|\s)[وف]?(?:اخل|يخل|تخل)(?:\s|ت)|مخالفه|(?:انتهاك|خرق)(?!\S{0,3}\s+(?:ال|لل|ب)?(?:بيانات|امن|خصوصي))|تقصير/;
// "معالجة" is also processing, and "المعالج" the processor, in a data processing agreement: the cure is the verb
// or the noun without its article, and never "معالجة البيانات".
const AR_CURE =
  /(?<!ال)معالج(?!\S{0,3}\s+(?:ال|لل)?بيانات)|يعالج|تعالج|تصحيح|يصحح|تصحح|تدارك|يتدارك|اصلاح|يصلح|علاج|تلافي|ازاله\s+(?:ال)?(?:مخالف|اخلال)/;
const AR_CONDITION = /اذا|في\s+حال|عند\s+(?:عدم|تاخر|اخلال)|افلاس|اعسار|تصفيه|قوه\s+قاهره/;
const AR_LATE =
  /تاخر|تاخير|متاخر|عدم\s+(?:ال)?(?:سداد|دفع|تسديد)|غير\s+(?:ال)?مسدد|لم\s+(?:يتم\s+)?(?:ال)?(?:سداد|دفع|يسدد|يدفع|تسدد)|تخلف/;
const AR_PAY = /سداد|دفع|مستحق|مبالغ|فاتور|رسوم|تسديد/;
const AR_CONSEQUENCE = /تعليق|ايقاف|انهاء|تعطيل|الغا|فسخ|حجب|وقف/;
/** "… لمدة تزيد على 15 يوماً", "أكثر من", "… 15 يوماً من تاريخ الاستحقاق". */
const AR_OVERDUE_SHAPE = /(?:لمده|لاكثر\s+من|اكثر\s+من|تزيد\s+علي|تتجاوز|تجاوز|مضي|بعد)\s+[\s*_]{0,4}$/;
const AR_POST_DUE =
  /^[\s*_]{0,4}(?:من|بعد|علي)\s+(?:تاريخ\s+)?(?:ال)?(?:استحقاق|موعد\s+(?:ال)?(?:سداد|دفع)|فاتوره|اصدار\s+(?:ال)?فاتوره)/;
const AR_DATA = /بيانات|محتوي|ملفات|سجلات/;
const AR_RETRIEVE = /استخراج|تصدير|تنزيل|تحميل|استرجاع|استرداد|الحصول|نسخ|استلام|الوصول|متاح/;
const AR_RETAIN = /تحتفظ|يحتفظ|نحتفظ|الاحتفاظ|حفظ/;
const AR_DELETE = /حذف|اتلاف|مسح|يحذف|تحذف|نحذف/;
/** The deletion verb ends the words before the period: "… ونحذفها خلال". */
const AR_DELETE_JUST_BEFORE = /(?:حذف|اتلاف|مسح)\S{0,4}\s+(?:\S+\s+){0,2}$/;
const AR_END = /انهاء|انتها[ءئ]|الغا|فسخ|اغلاق|انقضا[ءئ]|نهاي[هت]/;
const AR_CREDIT = /رصيد|ارصده/;
/**
 * "رصيد" is also an account's balance: a prepaid one running out ("نفاد رصيده المسبق"), topped up, added to or
 * deposited, or the one money goes into ("سيتم إضافة الرصيد إلى رصيدك"), left over.
 */
const AR_BALANCE =
  /رصيد\S{0,3}\s+(?:ال)?(?:مسبق|متبقي|حساب)|(?:نفاد|نفد|شحن|تعبئه|اضافه|ايداع|الى|الي)\s+(?:ال)?رصيد\S{0,3}/g;
/** Compensation ("التعويض"): a credit claim only beside the outage it makes good. */
const AR_COMPENSATION = /تعويض/;
const AR_DISCOUNT = /(?:^|\s)(?:و|ف)?(?:ب|ل)?(?:ال)?(?:خصما?|خصومات)(?![\u0600-\u06ff])/;
const AR_OUTAGE = /انقطاع|توقف|تعطل|عدم\s+(?:توافر|توفر|اتاحه)|مستوي\s+(?:ال)?خدمه/;
/** A sentence that grants a discount when availability falls: "إذا انخفضت نسبة التوفر … يحصل العميل على خصم". */
const AR_AVAILABILITY_FALLS = /توفر|توافر|اتاحه|جاهزي|انقطاع|توقف|مستوي\s+(?:ال)?خدمه/;
const discountForOutage = (previous: string) => AR_DISCOUNT.test(previous) && AR_AVAILABILITY_FALLS.test(previous);
const AR_CLAIM = /طلب|مطالب|يطالب|تقديم|ابلاغ|تبليغ|اخطار|اشعار/;
const AR_MAINTENANCE = /صيانه/;
const AR_TERMS_OBJECT = /شروط|اتفاقيه|احكام|بنود|سياسه|الخدمه|الخدمات|المنصه|النظام/;
/** The document itself named: its terms, agreement, provisions or policy. */
const AR_DOCUMENT_OBJECT = /شروط|اتفاقيه|احكام|بنود|سياسه/;
const AR_TRIAL = /تجربه\s+مجاني|تجريبي/;
const AR_LIABILITY = /مسؤولي|مسئولي/;
const AR_POST_LOOKBACK =
  /^[\s*_]{0,4}(?:ال)?(?:سابقه|سابقين|التي\s+تسبق|قبل\s+(?:تاريخ\s+)?(?:ال)?(?:حادث|مطالب|واقع))/;

/** What the Arabic rules read of one duration's context: the folded texts and its shapes. */
interface ArabicNotice {
  pre: string;
  post: string;
  clause: string;
  sentence: string;
  advance: boolean;
  within: boolean;
  afterNotice: boolean;
  beforeEnd: boolean;
  /** The sentence before in the section, folded only when a rule asks. */
  previous(): string;
}

const ARABIC_CONTEXTS = new WeakMap<NoticeContext, ArabicNotice | null>();

/** The Arabic reading of a context, once per context; null when the words around the figure are not Arabic. */
function arabicNotice(c: NoticeContext): ArabicNotice | null {
  const cached = ARABIC_CONTEXTS.get(c);
  if (cached !== undefined) return cached;
  let a: ArabicNotice | null = null;
  if (hasArabic(c.pre.slice(-60)) || hasArabic(c.post.slice(0, 60))) {
    const joined = foldArabic(c.pre);
    // A preposition joined to the number ("بثلاثين") stays before the quote: read the shapes without it.
    const pre = joined.replace(/(?<=\s)[بلو]ـ?\s{0,2}$/, '');
    const post = foldArabic(c.post);
    const eventFirst = (AR_PRE_BEFORE_EVENT.test(pre) || AR_PRE_BEFORE_BY.test(joined)) && !AR_PRE_WITHIN.test(pre);
    a = {
      pre,
      post,
      clause: foldArabic(c.clause),
      sentence: foldArabic(c.sentence),
      advance:
        AR_PRE_BEFORE.test(pre) ||
        AR_PRE_NOTICE_OF.test(pre) ||
        AR_POST_NOTICE.test(post) ||
        eventFirst ||
        (AR_PRE_NOTICE_PAREN.test(pre) && CLOSES_PAREN.test(post)),
      within: AR_PRE_WITHIN.test(pre) || AR_PRE_GRACE.test(pre),
      afterNotice: AR_POST_AFTER_NOTICE.test(post),
      // "بعد 30 يوماً من انتهاء الاشتراك" (30 days after the end) counts from the end, not before it.
      beforeEnd:
        (AR_POST_BEFORE_END.test(post) && !AR_PRE_AFTER.test(pre)) ||
        (eventFirst && AR_PRE_END_EVENT.test(pre.slice(-90))),
      previous: () => foldArabic(c.previous),
    };
  }
  ARABIC_CONTEXTS.set(c, a);
  return a;
}

/** An Arabic rule: `test` sees the Arabic reading (never null inside). */
function arabicRule(kind: NoticeKind | null, name: string, test: (a: ArabicNotice) => number | null): NoticeRule {
  return {
    kind,
    name,
    test: (c) => {
      const a = arabicNotice(c);
      return a ? test(a) : null;
    },
  };
}

/**
 * The Arabic rules, in the English order: vetoes; breach cure and payment default before
 * termination (their clauses also say "إنهاء"); price change before non-renewal (a fee change is
 * often announced before the renewal); non-renewal before convenience termination; data, credits,
 * maintenance and changes; the catch-all last. A function (hoisted) so NOTICE_RULES can list them.
 */
/** The Arabic rules alone, in their order (classifyNotice tries only these on Arabic wording). */
const ARABIC_NOTICE_RULES: readonly NoticeRule[] = NOTICE_RULES.filter((r) => r.name.startsWith('arabic'));

function arabicNoticeRules(): NoticeRule[] {
  return [
    // "أقل من 24 ساعة" is no commitment (but "لا تقل عن" is).
    arabicRule(null, 'arabicLessThan', (a) =>
      AR_PRE_LESS.test(a.pre) && !/لا\s+\S{0,8}\s{0,3}اقل\s+من\s{0,3}$/.test(a.pre) ? 1 : null,
    ),
    // "… المدفوع خلال الاثني عشر شهراً السابقة للحادثة": a liability cap's look-back.
    arabicRule(null, 'arabicLiabilityLookback', (a) =>
      AR_LIABILITY.test(a.sentence) && AR_POST_LOOKBACK.test(a.post) ? 1 : null,
    ),
    // "إذا أخل أحد الطرفين … ولم يقم بمعالجة الإخلال خلال 30 يوماً من تاريخ إشعاره".
    arabicRule('breach-cure', 'arabicBreachNotCured', (a) =>
      AR_BREACH.test(a.clause) && AR_CURE.test(a.clause) && (a.within || a.afterNotice || a.advance) ? 0.85 : null,
    ),
    // "في حال تأخر العميل عن سداد الرسوم لمدة تزيد على 15 يوماً، يحق للشركة تعليق الخدمة".
    // "… يحق للشركة تعليق التوريد بعد إشعار العميل كتابياً بمهلة 48 ساعة": the notice given before the consequence of
    // late payment (as the English overdueBeforeConsequence's "notify you and suspend after a 7-day grace period").
    arabicRule('payment-default', 'arabicOverdueBeforeConsequence', (a) =>
      AR_LATE.test(a.pre.slice(-200)) &&
      AR_PAY.test(a.clause) &&
      AR_CONSEQUENCE.test(a.clause) &&
      (AR_OVERDUE_SHAPE.test(a.pre) ||
        AR_POST_DUE.test(a.post) ||
        ((a.advance || AR_PRE_GRACE.test(a.pre)) && AR_NOTICE_WORD.test(a.pre.slice(-60))))
        ? 0.8
        : null,
    ),
    // "قبل 30 يوماً على الأقل من تعديل الأسعار", "تعديل الرسوم بإشعار مدته 30 يوماً".
    arabicRule('price-change', 'arabicPriceChange', (a) =>
      (a.advance || a.afterNotice || a.beforeEnd) && AR_PRICE_CHANGE.test(a.sentence) ? 0.85 : null,
    ),
    // The end of a free trial is not the end of a term.
    arabicRule('other', 'arabicTrialEnds', (a) =>
      AR_TRIAL.test(a.clause) && !AR_RENEW.test(a.clause) && (a.advance || a.beforeEnd) ? 0.4 : null,
    ),
    // "تتجدد … ما لم يتم إلغاؤها قبل 24 ساعة على الأقل من نهاية الفترة", "إشعار بعدم التجديد قبل 60 يوماً". The renewal
    // may be the sentence before: "تتجدد الاشتراكات تلقائياً. ألغِ قبل 24 ساعة من انتهاء الفترة الحالية".
    arabicRule('non-renewal', 'arabicNonRenewalBeforeEnd', (a) =>
      (a.advance || a.beforeEnd) &&
      !a.within &&
      (AR_RENEW.test(a.sentence) || (a.beforeEnd && AR_RENEW.test(a.previous()))) &&
      AR_STOP_RENEW.test(a.clause) &&
      (a.beforeEnd || /عدم\s+(?:ال)?(?:تجديد|رغب)|(?:لم|لا)\s+(?:ي|ت)رغب/.test(a.clause))
        ? 0.85
        : null,
    ),
    // "يجوز للعميل إنهاء الاشتراك في أي وقت، بشرط إشعار الشركة كتابياً قبل (30) يوماً".
    arabicRule('termination-convenience', 'arabicConvenienceTermination', (a) =>
      AR_TERMINATE.test(a.clause) &&
      (a.advance || a.afterNotice) &&
      AR_ANY_TIME.test(a.clause) &&
      !AR_BREACH.test(a.clause)
        ? 0.85
        : null,
    ),
    // Deleted within N days, with no way to get the data back: a deadline, not an export window. Keeping the data
    // while the account is open ("نحتفظ ببياناتك طوال مدة نشاط حسابك، ونحذفها خلال 90 يوماً") is no window either:
    // the verb right before the period is the deletion.
    arabicRule('other', 'arabicDeletionDeadline', (a) =>
      AR_DATA.test(a.clause) &&
      AR_DELETE.test(a.clause) &&
      !AR_RETRIEVE.test(a.clause) &&
      (!AR_RETAIN.test(a.clause) || AR_DELETE_JUST_BEFORE.test(a.pre)) &&
      AR_END.test(a.sentence) &&
      a.within
        ? 0.4
        : null,
    ),
    // "تُمنح له فترة لا تتجاوز (30) يوماً لاستخراج بياناته", "تحتفظ ببيانات العميل لمدة … من تاريخ انتهاء الاشتراك".
    arabicRule('data-export', 'arabicDataWindowAfterEnd', (a) =>
      AR_DATA.test(a.clause) &&
      (AR_RETRIEVE.test(a.clause) || AR_RETAIN.test(a.clause)) &&
      AR_END.test(a.sentence) &&
      (a.within ||
        /^[\s*_]{0,4}(?:من|بعد)\s+(?:تاريخ\s+)?(?:ال)?(?:انهاء|انتها[ءئ]|الغا|اغلاق)/.test(a.post) ||
        /(?:بعد|عند|عقب)\s+(?:ال)?(?:انهاء|انتها[ءئ]|الغا)/.test(a.pre))
        ? 0.8
        : null,
    ),
    // "يجوز لأي من الطرفين إنهاء هذه الاتفاقية بموجب إشعار كتابي مدته 30 يوماً" with no condition.
    arabicRule('termination-convenience', 'arabicMayTerminateOnNotice', (a) =>
      AR_TERMINATE.test(a.clause) &&
      AR_MAY.test(a.clause) &&
      !AR_CANCEL_OCCASION.test(a.clause) &&
      (a.advance || a.afterNotice) &&
      !AR_CONDITION.test(a.sentence) &&
      !AR_BREACH.test(a.sentence) &&
      !AR_RENEW.test(a.sentence) &&
      !AR_LATE.test(a.sentence)
        ? 0.6
        : null,
    ),
    // A termination right on some condition: notice-like, none of the scored kinds.
    arabicRule('other', 'arabicConditionalTermination', (a) =>
      AR_TERMINATE.test(a.clause) && (a.advance || a.afterNotice) ? 0.4 : null,
    ),
    // "يجب تقديم طلب رصيد الخدمة خلال 30 يوماً"; a discount ("طلب الخصم") or compensation ("المطالبة بالتعويض") only
    // when the clause names the outage it makes good ("… من نهاية الشهر الذي وقع فيه الانقطاع"): an early-payment
    // discount has a window too, and so does a claim for damages.
    // The outage may be named by the sentence before, the one that grants the discount: "إذا انخفضت نسبة التوفر عن
    // 99.8% يحصل العميل على خصم بنسبة 10%. يجب تقديم طلب الخصم خلال 15 يوماً".
    arabicRule('credit-claim', 'arabicCreditClaimWindow', (a) =>
      (AR_CREDIT.test(a.clause.replace(AR_BALANCE, '')) ||
        ((AR_DISCOUNT.test(a.clause) || AR_COMPENSATION.test(a.clause)) &&
          (AR_OUTAGE.test(a.clause) || discountForOutage(a.previous())))) &&
      AR_CLAIM.test(a.pre) &&
      a.within
        ? 0.8
        : null,
    ),
    // "نُخطر العملاء قبل 48 ساعة من الصيانة المجدولة".
    arabicRule('maintenance', 'arabicMaintenanceNotice', (a) =>
      AR_MAINTENANCE.test(a.clause) && a.advance ? 0.85 : null,
    ),
    // "نُخطرك قبل 30 يوماً من سريان أي تعديل على هذه الشروط", "تسري التعديلات بعد 15 يوماً من نشرها".
    // The object may stand in the sentence before: "نحتفظ بالحق في تعديل هذه الشروط. سنخطرك بالتغييرات الجوهرية قبل
    // 14 يوماً" (only a document's name there: a service changed in the sentence before is no change of terms).
    arabicRule('terms-change', 'arabicTermsChange', (a) =>
      AR_CHANGE.test(a.clause) &&
      (AR_TERMS_OBJECT.test(a.clause) || AR_DOCUMENT_OBJECT.test(a.previous())) &&
      (a.advance || a.afterNotice)
        ? 0.8
        : null,
    ),
    // Anything else shaped like a notice period, and speaking of a notice: a bare "قبل … بـ15 دقيقة" ("come 15 minutes
    // before your appointment") is a time before an event, as English noticeShaped needs "notice" or "advance".
    arabicRule('other', 'arabicNoticeShaped', (a) =>
      (a.advance || a.afterNotice || a.within) &&
      (AR_NOTICE_WORD.test(a.clause) || (a.advance && AR_IN_ADVANCE.test(a.clause)))
        ? 0.4
        : null,
    ),
  ];
}
