import { hasArabic } from './common/arabic';
import { foldArabic, rawStems } from './common/arabic-numbers';
import type { Doc, Sentence } from './common/doc';
import { findDurations } from './common/durations';
import { bestFinding, makeFinding } from './common/finding';
import { traceEvent, tracing } from './common/trace';
import type { Finding, Renewal } from './types';

/**
 * Renewal: whether the term renews by itself, and how long each renewal term is.
 * Read only from sentences that speak of the agreement's own term renewing (not a
 * password, a certificate, or energy), one sentence at a time. Each sentence is read by the
 * first of `RENEWAL_RULES` (ordered, named) that applies; the finding records the rule, and the
 * most confident sentence wins. An option to renew ("may, at its option, renew for two
 * additional terms of five years") is `automatic: false` with its term.
 */

/** Cheap pre-check. */
const RENEW_WORD =
  /renew|extend|extension|continu|prolong|indefinitely|thereafter|month[- ]to[- ]month|year[- ]to[- ]year|remain|roll(?:s|ed)?\s+over/i;

/**
 * "is thereafter extended by periods of one (1) year at a time, unless terminated": the
 * European "extension" wording; automatic only with an "unless … notice/terminated".
 */
const EXTEND =
  /\b(?:is|are|shall\s+be|will\s+be|be)\s+(?:(?:automatically|thereafter|then|tacitly|subsequently)\s+){0,2}extended\s+(?:automatically\s+|tacitly\s+)?(?:by|for)\s+(?:a\s+|an\s+|one\s+)?(?:(?:further|additional|successive|subsequent|consecutive|new)\s+)?(?:periods?|terms?|years?|months?|[\w()-]{1,12}[\s-]{1,3}(?:\(\d{1,2}\)\s+)?(?:years?|months?))\b|\bextends?\s+automatically\b/i;

/** What renews: the contract, its term, a subscription, an order, a plan. */
const SUBJECT =
  /\b(?:agreement|terms?|subscriptions?|order(?:\s+forms?)?|plans?|contracts?|licen[cs]es?|services?|sow|statement\s+of\s+work|commitment|period|it|they|each|this)\b/i;

/** Not the contract renewing. */
const LOOK_ALIKE =
  /renew(?:ing|s|ed)?\s+(?:your|the|its|our|their)\s+(?:password|certifica|credential|card|domain|token|key|registration|membership\s+card)|renewable(?!\s+(?:for|at|upon|by|on)\b)|remind|reminder|certifications?|insurance|passport|\bvisa\b/i;

/** "will automatically renew", "auto-renews", "renews automatically", "automatic renewal". */
const AUTO =
  /\bautomatic(?:ally)?\s+(?:be\s+)?renew|\bauto[- ]?renew|\brenew(?:s|ed)?\s+(?:\w{1,20}\s+){0,2}automatically|\bautomatic\s+renewal|\bevergreen\b|tacit(?:ly)?\s+renew/i;
/** Automatic renewal as a topic: its terms or settings, or what another document may provide for. */
const AUTO_TOPIC =
  /\b(?:auto(?:matic)?[- ]?renewal)\s+(?:terms|provisions?|clauses?|settings?|options?|features?|policy|policies)\b|\b(?:may|might|can|could)\s+(?:also\s+)?(?:provide|allow)\s+for\s+(?:an?\s+)?auto(?:matic)?[- ]?renewal/i;
/** "shall renew for successive one-year terms", "will be renewed for additional periods". */
const RENEW_FOR =
  /\b(?:shall|will|does)\s+(?:(?:thereafter|then|subsequently|continue\s+to)\s+)?(?:be\s+)?renew(?:s|ed)?\s+(?:\w{1,20}\s+){0,2}for\s+(?:an?\s+|one\s+)?(?:successive|additional|subsequent|consecutive|further|another|renewal|like|similar|same|equal|identical)\b/i;
/** "shall thereafter be renewed for one (1) year periods": plural periods of a stated length (automatic only with an "unless"). */
const RENEW_FOR_PERIODS =
  /\b(?:shall|will)\s+(?:(?:thereafter|then|subsequently)\s+)?(?:be\s+)?renew(?:s|ed)?\s+(?:thereafter\s+)?for\s+(?:[\w()-]{1,12}[\s-]{1,3}){1,3}(?:years?|months?)\s+(?:periods|terms)\b/i;
/**
 * The renewal needs both parties: "upon the mutual agreement of the parties", "with both parties agreeing in writing",
 * or terms still to agree: "on mutually agreed terms", "on such terms as may be agreed", "as mutually agreed"; or a new
 * signed document: "upon the parties signing a new Order Form", "upon execution of a new purchase order".
 */
const MUTUAL_AFTER =
  /\b(?:by|upon|with|subject\s+to)\s+(?:the\s+)?(?:mutual\s+(?:written\s+)?(?:agreement|consent)|both\s+parties\s+agreeing|(?:written\s+)?(?:agreement|consent)\s+of\s+(?:both|the)\s+parties)\b|\b(?:by|upon|on|with|after)\s+(?:the\s+)?(?:(?:both\s+)?parties|customer|client|licensee|you)\s+(?:signing|executing|entering\s+into|issuing|submitting|placing)\s+(?:a\s+)?(?:new|another|further|fresh|renewal)\b|\b(?:by|upon|on|with|after|subject\s+to)\s+(?:the\s+)?(?:signing|signature|execution|issuance|receipt|submission)\s+of\s+(?:a\s+)?(?:new|another|further|fresh|renewal)\s+(?:order|purchase|agreement|contract|statement|sow|quote|subscription)|\b(?:on|upon|under)\s+(?:such\s+)?(?:mutually\s+)?agreed\s+terms\b|\bon\s+(?:such\s+)?terms\s+(?:and\s+conditions\s+)?(?:as\s+(?:may\s+be\s+)?|to\s+be\s+)(?:mutually\s+)?agreed\b|\bas\s+(?:may\s+be\s+)?mutually\s+agreed\b/i;
/** Present tense with no modal, only with "successive"-type terms: "this Order Form renews for successive 12-month terms". */
const RENEWS_FOR = /\brenews\s+for\s+(?:successive|additional|subsequent|consecutive|further)\b/i;
/** "Monthly plans renew every month … until cancelled", "renews monthly until you cancel". */
const RENEW_UNTIL =
  /\brenew(?:s)?\s+(?:(?:each|every)\s+(?:month|year|billing\s+(?:period|cycle)|(?:\d{1,3}|[a-z]{3,12}(?:\s\(\d{1,3}\))?)[\s-]days?|(?:\d{1,2}|[a-z]{3,12}(?:\s\(\d{1,2}\))?)[\s-]months?)|monthly|annually|yearly)\b[^.;]{0,80}?\buntil\s+(?:you\s+|it\s+is\s+|they\s+are\s+)?(?:cancel|terminat)/i;
/** "unless either party gives notice of non-renewal / of its intent not to renew". */
const UNLESS_NOTICE =
  /\bunless\b[^.]{0,120}?(?:notice|notif|cancel|terminat|non-?renewal|not\s+to\s+renew|elects?\s+otherwise|objects?\b)/i;

const OPERATIVE =
  /\b(?:will|shall)\s+(?:be\s+)?(?:automatically\s+(?:be\s+)?)?renew(?:ed)?\b|\brenews?\s+automatically|\bauto-?renews\b/i;
const CLAUSE_VERB = /\b(?:will|shall|does|is|are|be|renews|may|must)\b/i;

/**
 * Explicit: it does not renew by itself, with the object between verb and adverb too ("does not renew accounts
 * automatically", "won't renew your plan automatically").
 */
const NOT_AUTO =
  /\b(?:will|shall|does|do|would|wo)(?:\s+not|n['’]t)\s+(?:be\s+)?(?:automatically\s+|auto[- ]?)renew|\bnot\s+(?:be\s+)?renew(?:ed)?\s+automatically|\b(?:will|shall|does|do|would|wo)(?:\s+not|n['’]t)\s+renew\s+(?:(?:your|the|any|its|their|our|customer|accounts?|subscriptions?|plans?|services?|orders?|domains?|licen[cs]es?|hosting)\s+){1,3}automatically\b|\bno\s+automatic\s+renewal|\bnot\s+(?:subject\s+to\s+)?auto(?:matic(?:ally)?)?[- ]?renew|\brenewal\s+(?:requires|is\s+subject\s+to|shall\s+require|will\s+require)\s+(?:a\s+new|mutual|the\s+(?:mutual|written)|written|execution|signature)|\b(?:may|can)\s+(?:only\s+)?be\s+renewed\s+(?:only\s+)?(?:by|upon|with|through|subject\s+to)\s+(?:the\s+)?(?:mutual|a\s+new|written|execution|signature|the\s+parties|both\s+parties)|renew(?:ed|al)?\s+(?:\w{1,20}\s+){0,6}(?:by|upon|with|subject\s+to)\s+(?:the\s+)?(?:mutual\s+(?:written\s+)?(?:agreement|consent)|both\s+parties\s+agreeing)/i;

/** "… if a party gives the other party 30 days' written notice": a condition that someone gives notice. */
const IF_NOTICE_GIVEN =
  /^[^.;]{0,120}?\b(?:if|where|in\s+case)\b[^.;]{0,100}?\b(?:gives?|provides?|serves?|sends?|delivers?)\b[^.;]{0,80}?\bnotice\b/i;

/** A renewal term that follows the expiring one: no fixed length. */
const EQUAL_TERM =
  /equal\s+(?:in\s+(?:length|duration)\s+)?to\s+(?!\(?\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)|same\s+(?:length|duration)|(?:length|duration)\s+of\s+the\s+(?:initial|expiring|prior|previous|then[- ]current)|as\s+(?:the\s+)?(?:initial|expiring|prior|previous)\s+term/i;

/** Where the renewal term is stated: after the renew verb, before "unless"/"if". */
const TERM_WINDOW_END =
  /\bunless\b|\buntil\b|\bterminable\b|\bif\b|\bprovided\b|\bexcept\b|\bupon\s+(?:at\s+least|not\s+less)|notice/i;

/** "for an additional year", "for one further year": the unit alone is one of it. */
const ANNUAL =
  /\b(?:annual(?:ly)?|yearly|one[- ]year|year[- ]to[- ]year|(?:each|every)\s+year|(?:an?|one)\s+(?:additional|further|successive|subsequent|extra|like)\s+year|another\s+year)\b/i;
const MONTHLY =
  /\b(?:monthly|month[- ]to[- ]month|(?:each|every)\s+month|(?:an?|one)\s+(?:additional|further|successive|subsequent|extra|like)\s+month|another\s+month)\b/i;

// --- Wording added for contract prose (CUAD-style agreements).

/**
 * The contract goes on by itself: "shall automatically extend for an additional two (2) years",
 * "be prolonged, or further extended automatically", "with automatic annual renewals thereafter",
 * "subject to automatic successive renewal terms of three (3) years each".
 */
const AUTO_CONTINUE =
  /\bautomatic(?:ally)?\s+(?:be\s+)?(?:extend|continu|prolong)|\b(?:extended|prolonged|continued?|continues)\s+automatically\b|\bautomatic\s+(?:[\w-]{1,12}\s+){0,3}(?:renewals?|extensions?)\b/i;
/**
 * An open-ended term: "thereafter shall continue … until terminated", "indefinitely after that
 * until terminated", "shall be effective month to month, until terminated".
 */
const OPEN_ENDED =
  /(?:\b(?:thereafter|indefinitely|month[- ]to[- ]month|year[- ]to[- ]year)\b|\b(?:after|following|upon|at)\s+(?:the\s+)?(?:expiration|expiry|end)\s+of\s+(?:the\s+)?(?:initial|original|first|minimum)\s+(?:term|period)\b[^.;]{0,80}?\bcontinue)[^.;]{0,80}?\buntil\s+(?:\w{1,12}\s+){0,3}(?:terminat|cancel|gives?|provides?|notif)[^.;]{0,100}?\b(?:notice|notif)/i;
/**
 * A term with no end date from the start: "shall remain in effect until terminated by either party
 * upon sixty (60) days' notice". A party's notice is the only way it ends (not "until terminated in
 * accordance with Section 9", which may name a fixed end).
 */
const IN_EFFECT_UNTIL_NOTICE =
  /\b(?:remain|continue)s?\s+in\s+(?:full\s+)?(?:force\s+and\s+)?(?:effect|force)\s+until\s+terminated\s+by\s+(?:either|any|each)\s+party\b[^.;]{0,100}?\bnotice\b/i;
const BY_REFERENCE =
  /\b(?:in\s+accordance\s+with|pursuant\s+to|as\s+(?:set\s+out|provided|described)\s+in|under)\s+(?:(?:section|clause|paragraph|article)s?\b|\d)/i;
/** The agreement's own term goes on (not "any time period", "the Support Period", "such rights"). */
const AGREEMENT_SUBJECT = /\b(?:agreement|contract|term|licen[cs]e|subscription|order\s+form|sow)\b/i;
/** "It shall then …" opening the sentence: the subject the sentence before named. */
const PRONOUN_SUBJECT =
  /^\s?(?:[\d.()]{1,8}\s+)?(?:it|this)\s+(?:shall|will)\s+(?:(?:then|thereafter|thereupon)\s+)?$/i;
/** What follows "automatically extend": a period ("for successive periods of 12 months", "by one year"). */
const FOR_A_PERIOD =
  /^\w*\s+(?:for|by)\s+(?:an?\s+|one\s+)?(?:(?:further|additional|successive|subsequent|consecutive|like|similar)\s+)?(?:periods?|terms?|years?|months?|[\w()-]{1,12}[\s-]{1,3}(?:\(\d{1,2}\)\s+)?(?:years?|months?))\b/i;
const NEGATED = /\b(?:not|never)\s+$|n['’]t\s+$/i;

/** "extendable for a further * years, unless notice of non-renewal is sent" (automatic only with the unless). */
const EXTENDABLE = /\b(?:extendable|renewable)\s+for\s+(?:an?\s+)?(?:further|additional|successive)\b/i;
/**
 * An option to renew: "may, at its option, renew the Franchise for 2 additional terms of 10 years",
 * "shall have the option to renew this Agreement for an additional three (3) year period",
 * "the right to renew … for two (2) successive terms". Not automatic.
 */
const OPTION =
  /\b(?:renewable|extendable|extendible)\b[^.;]{0,60}?\bat\s+the\s+(?:sole\s+)?option\s+of\b|\b(?:right|option)\s+(?:\w{1,12}\s+){0,2}to\s+(?:renew|extend)\b|\bmay,?\s+(?:at\s+(?:its|their|his|her|your)\s+(?:sole\s+)?option,?\s+)?(?:renew|extend)\b|\bmay\s+be\s+(?:renewed|extended)\b/i;
/** Right before an option: its denial ("no option", "shall not have any right", "without any option"). */
const NO_OPTION_BEFORE =
  /\b(?:no|not\s+(?:have\s+)?(?:an?|any)|without\s+(?:an?|any))\s+(?:further\s+|other\s+|additional\s+)?$/i;
/** What an option must name: a further term. */
const FURTHER_TERM =
  /\b(?:additional|successive|further|another|renewal|extension)\s+(?:[\w()-]{1,12}\s+){0,3}(?:terms?|periods?|years?|months?)\b/i;
/**
 * The term goes on for further periods without the word "renew": "shall continue (in full force and
 * effect) for successive one-year terms", "continue for three years, and thereafter for additional
 * periods of one year".
 */
const CONTINUE_FOR =
  /\b(?:continue[sd]?|roll(?:s|ed)?\s+over|remain\s+in\s+(?:full\s+)?(?:force\s+and\s+)?(?:effect|force))\s+(?:in\s+(?:full\s+)?(?:force\s+and\s+)?(?:effect|force)\s+)?(?:thereafter\s+)?for\s+(?:an?\s+|one\s+)?(?:successive|additional|subsequent|consecutive|further)\b|\bthereafter\s+for\s+(?:an?\s+|one\s+)?(?:successive|additional|subsequent|consecutive|further)\b/i;
/**
 * "shall be renewed from year to year", "continue on a year-to-year basis", "continues on a rolling monthly basis",
 * "rolls over monthly": the term goes on in steps of one year (one month, or the stated months).
 */
const YEAR_TO_YEAR =
  /\b(?:renew(?:s|ed)?|continue[sd]?|extended)\s+(?:in\s+(?:full\s+)?(?:force\s+and\s+)?effect\s+)?(?:(?:thereafter|automatically)\s+)?(?:from\s+)?(?:year[- ]to[- ]year|month[- ]to[- ]month)\b|\b(?:renew(?:s|ed)?|continue[sd]?|extended|roll(?:s|ed)?\s+over)\s+(?:(?:thereafter|automatically)\s+)?on\s+an?\s+(?:rolling\s+)?(?:year[- ]to[- ]year|month[- ]to[- ]month|yearly|annual|monthly|(?:\d{1,2}|one|three|six|twelve)[- ]months?|(?:1|one)[- ]year)\s+basis\b|\broll(?:s|ed)?\s+over\s+(?:automatically\s+)?(?:monthly|annually|yearly|(?:each|every)\s+(?:month|year))\b/i;
/** The word before the verb names the agreement's own term, not "the obligations" or "the warranty". */
const OWN_TERM_BEFORE = /\b(?:agreement|contract|term|licen[cs]e|subscription|order\s+form|sow|it)\b[^.;]{0,100}$/i;
/**
 * Something other than the term goes on ("the obligations continue for successive periods"), or rolls over
 * ("unused credits roll over for a further month": a balance carried forward, British "rolls over" for a renewal).
 */
const OTHER_SUBJECT =
  /\b(?:obligations?|warrant(?:y|ies)|indemnit(?:y|ies)|confidentiality|restrictions?|covenants?|unused|credits?|balances?|allowances?|minutes|points|quotas?|hours)\b[^.;]{0,40}$/i;

/**
 * The escape stated first, the renewal after it: "If neither party gives notice of termination …,
 * the Agreement shall be extended by one year", "In the absence of such notice, it shall renew for …".
 */
const IF_NO_NOTICE =
  /\b(?:if|where|in\s+case|provided\s+that)\s+(?:neither|no)\s+party\b[^.;]{0,160}?\b(?:notice|notif|terminat|cancel)|\bin\s+the\s+absence\s+of\s+(?:(?:a|any|such|timely|written)\s+){0,2}notice|\bfailing\s+(?:such\s+|timely\s+)?notice/i;
const THEN_RENEWS =
  /\b(?:shall|will)\s+(?:(?:then|thereupon|automatically)\s+){0,2}(?:be\s+)?(?:(?:automatically|tacitly)\s+)?(?:renew(?:ed)?|extend(?:ed)?|prolong(?:ed)?|continue)\b/i;

/** An extension only by a new agreement is no renewal clause ("by mutual written agreement"). */
/** Where an option's own words end and its conditions begin. */
const OPTION_CONDITIONS = /\bprovided\b|\bsubject\s+to\s+the\s+(?:following|conditions)\b|[;:]/i;
/** A price left to agree is no agreement to renew: "for a consideration to be mutually agreed". */
const PRICE_TO_AGREE =
  /\b(?:consideration|price|fees?|royalt(?:y|ies)|rent|remuneration)\s+(?:[\w-]+\s+){0,2}?to\s+be\s+(?:mutually\s+)?agreed\b[^.;]*/gi;
const BY_AGREEMENT =
  /\bmutual|\bboth\s+parties|written\s+(?:agreement|consent)|\bagree(?:ment|d)?\s+(?:of|by|between)\b|\bnegotiat|\bapprov/i;

/**
 * The escape names a non-renewal: "unless a notice of non-renewal is given", "unless either party
 * gives notice of its intention not to renew", "unless a party elects not to renew". Only a
 * term that would otherwise renew can be stopped that way, whatever verb says so (CUAD filings
 * often redact it: "this Agreement [***] unless a notice of non-renewal is given").
 */
const UNLESS_NON_RENEWAL =
  /\bunless\b[^.;]{0,120}?(?:\bnon-?\s?renewal\b|\bnot\s+to\s+(?:renew|extend)\b|\b(?:elects?|chooses?|decides?|wish(?:es)?)\s+not\s+to\s+(?:renew|extend)\b)/i;

/**
 * A renewal at each period's end, in the present or future: "Each subscription renews at the end of its
 * billing period", "your plan will renew on its anniversary", "renews each month". Automatic only with an
 * escape the customer works ("unless you cancel", UNLESS_STOPPED); its term is what a "for …" after it says.
 */
const RENEWS_AT_PERIOD_END =
  /\b(?:(?:will|shall)\s+(?:be\s+)?)?renew(?:s|ed)?\s+(?:(?:at|on|upon)\s+(?:the\s+)?(?:end|expiry|expiration|close)\s+of\s+(?:the\s+|its\s+|each\s+|every\s+|your\s+|their\s+)?[\w-]{1,20}(?:\s+(?:term|period|cycle|month|year))?|(?:on|at)\s+(?:its|each|every|the|their|your)\s+(?:anniversary|renewal\s+date)|(?:each|every)\s+(?:month|year|billing\s+(?:period|cycle)))\b/i;
/** The escape the customer or a party works: cancel, give notice, turn the renewal off, opt out. */
const UNLESS_STOPPED =
  /\bunless\b[^.;]{0,120}?(?:notice|notif|cancel|terminat|non-?renewal|not\s+to\s+renew|(?:turns?|switch(?:es)?)\s+off|opts?\s+out|disables?)/i;
const RENEWING_SUBJECT = /\bmemberships?\b/i;

export interface RenewalRule {
  name: string;
  automatic: boolean;
  /** The renewal term in months, when the rule reads it its own way (Arabic wording); else termMonthsIn. */
  termMonths?(text: string): number | null;
  /**
   * Where the rule's wording starts (the renewal term is read after it; null: the wording
   * states no single term) and its confidence, or null when the rule does not apply.
   */
  test(text: string): { at: number | null; confidence: number } | null;
}

const at = (re: RegExp, text: string, confidence: number) => {
  const m = re.exec(text);
  return m ? { at: m.index, confidence } : null;
};

/**
 * Tried in order on each sentence; the first that applies gives the sentence's reading. A
 * stated "does not renew automatically" comes first (it often also says "renew"); the automatic
 * wordings before "renew for successive periods", which is automatic only with an "unless";
 * the option to renew last, because automatic clauses also say "may terminate" or "extend".
 */
export const RENEWAL_RULES: readonly RenewalRule[] = [
  {
    // "The Agreement will not automatically renew for another Term if a party gives the other 30 days' notice": it
    // stops renewing only on notice, so it renews by itself otherwise (before notAutomatic, whose words it holds).
    name: 'notRenewedIfNotice',
    automatic: true,
    test: (t) => {
      const m = NOT_AUTO.exec(t);
      return m && IF_NOTICE_GIVEN.test(t.slice(m.index + m[0].length, m.index + m[0].length + 240))
        ? { at: m.index, confidence: 0.8 }
        : null;
    },
  },
  { name: 'notAutomatic', automatic: false, test: (t) => at(NOT_AUTO, t, 0.85) },
  {
    name: 'automaticRenewal',
    automatic: true,
    // Not renewal named as a topic another document settles: "auto-renewal terms for the Services", "a Quote may
    // provide for auto-renewal".
    test: (t) => (AUTO_TOPIC.test(t) && !OPERATIVE.test(t) ? null : at(AUTO, t, 0.85)),
  },
  {
    name: 'extendedUnlessNotice',
    automatic: true,
    test: (t) => (UNLESS_NOTICE.test(t) && SUBJECT.test(t) ? at(EXTEND, t, 0.85) : null),
  },
  {
    // "Monthly plans renew every month and annual plans every year until cancelled": no single term.
    name: 'renewsUntilCancelled',
    automatic: true,
    test: (t) => (RENEW_UNTIL.test(t) ? { at: null, confidence: 0.85 } : null),
  },
  {
    name: 'automaticContinuation',
    automatic: true,
    test: (t) => {
      const m = AUTO_CONTINUE.exec(t);
      if (!m) return null;
      const before = t.slice(Math.max(0, m.index - 100), m.index);
      // "It shall then automatically extend for successive periods of 12 months … unless either party gives
      // notice … to terminate this Agreement": the pronoun is the agreement of the sentence before, when a period, an
      // escape and the agreement's own words ("Initial Term", "this Agreement") follow.
      const after = t.slice(m.index + m[0].length);
      const pronoun =
        PRONOUN_SUBJECT.test(before) &&
        FOR_A_PERIOD.test(after) &&
        UNLESS_NOTICE.test(t) &&
        AGREEMENT_SUBJECT.test(after);
      if (
        (!AGREEMENT_SUBJECT.test(before) && !pronoun) ||
        NEGATED.test(before) ||
        /time\s+period|deadline/i.test(before)
      ) {
        return null;
      }
      return { at: m.index, confidence: 0.85 };
    },
  },
  {
    // "shall continue for successive one-year terms unless either party gives notice": the term goes
    // on by itself. Without an escape it still goes on, but says less (as renewsForSuccessive).
    name: 'continuesForSuccessive',
    automatic: true,
    test: (t) => continuing(CONTINUE_FOR, t),
  },
  {
    // "the term shall be renewed from year to year unless terminated", "continue on a month-to-month basis".
    name: 'continuesYearToYear',
    automatic: true,
    test: (t) => continuing(YEAR_TO_YEAR, t),
  },
  {
    // "If neither party gives notice of termination six months before the end of the Initial Term, the
    // Agreement shall be extended by one year": renews unless a party gives notice.
    name: 'extendedIfNoNotice',
    automatic: true,
    test: (t) => {
      const noNotice = IF_NO_NOTICE.exec(t);
      if (!noNotice) return null;
      const after = t.slice(noNotice.index, noNotice.index + 400);
      const m = THEN_RENEWS.exec(after);
      if (!m || !AGREEMENT_SUBJECT.test(t) || BY_AGREEMENT.test(after)) return null;
      return { at: noNotice.index + m.index, confidence: 0.8 };
    },
  },
  {
    name: 'openEndedUntilTerminated',
    automatic: true,
    // No renewal term: it simply goes on until a party ends it.
    test: (t) => (SUBJECT.test(t) && OPEN_ENDED.test(t) ? { at: null, confidence: 0.75 } : null),
  },
  {
    // "This Agreement shall remain in effect until terminated by either party upon 60 days' notice".
    name: 'inEffectUntilTerminatedOnNotice',
    automatic: true,
    test: (t) => {
      const m = IN_EFFECT_UNTIL_NOTICE.exec(t);
      if (!m || !AGREEMENT_SUBJECT.test(t.slice(Math.max(0, m.index - 120), m.index))) return null;
      // "until terminated by either party by notice given in accordance with Section 8": the way it
      // ends is set elsewhere (perhaps a fixed end), so this sentence does not say it is open-ended.
      if (BY_REFERENCE.test(t.slice(m.index, m.index + m[0].length + 60))) return null;
      return { at: null, confidence: 0.7 };
    },
  },
  {
    name: 'extendableUnlessNotice',
    automatic: true,
    test: (t) => (UNLESS_NOTICE.test(t) ? at(EXTENDABLE, t, 0.8) : null),
  },
  {
    // "shall be renewed for successive one (1) year terms upon the mutual agreement of the parties":
    // the term renews only if both agree (notAutomatic misses it when the figure sits between).
    name: 'renewsForSuccessiveByAgreement',
    automatic: false,
    test: (t) => {
      const m = RENEW_FOR.exec(t);
      if (!m || !SUBJECT.test(t)) return null;
      return MUTUAL_AFTER.test(t.slice(m.index, m.index + 240)) ? { at: m.index, confidence: 0.7 } : null;
    },
  },
  {
    // "renews for successive periods … unless a party gives notice" is automatic too.
    name: 'renewsForSuccessive',
    automatic: true,
    test: (t) => {
      if (!SUBJECT.test(t)) return null;
      const unless = UNLESS_NOTICE.test(t);
      const confidence = unless ? 0.8 : 0.65;
      return (
        at(RENEW_FOR, t, confidence) ?? at(RENEWS_FOR, t, confidence) ?? (unless ? at(RENEW_FOR_PERIODS, t, 0.8) : null)
      );
    },
  },
  {
    // "Each subscription renews at the end of its billing period unless you cancel it": present-tense
    // renewal at each period's end, stopped only by the customer's act. Its term is the "for …" after
    // it ("for another year"); the period named in "at the end of the 24-month term" is the old term.
    name: 'renewsAtPeriodEnd',
    automatic: true,
    test: (t) => {
      const m = RENEWS_AT_PERIOD_END.exec(t);
      if (!m || !UNLESS_STOPPED.test(t)) return null;
      const before = t.slice(0, m.index);
      if (NEGATED.test(before) || (!SUBJECT.test(before) && !RENEWING_SUBJECT.test(before))) return null;
      const tail = t.slice(m.index + m[0].length);
      const stop = tail.search(TERM_WINDOW_END);
      const forAt = (stop < 0 ? tail : tail.slice(0, stop)).search(/\bfor\b/i);
      if (forAt >= 0) return { at: m.index + m[0].length + forAt, confidence: 0.75 };
      // "renews each month", "at the end of every year": the step is the term.
      return { at: /\b(?:each|every)\s+(?:month|year)\b/i.test(m[0]) ? m.index : null, confidence: 0.75 };
    },
  },
  {
    // "Upon expiry of the Initial Term, this Agreement [***] unless a notice of non-renewal is
    // given": automatic, with no term stated where the rule can read one.
    name: 'unlessNonRenewal',
    automatic: true,
    test: (t) => {
      const m = UNLESS_NON_RENEWAL.exec(t);
      if (!m || !AGREEMENT_SUBJECT.test(t.slice(0, m.index))) return null;
      return { at: null, confidence: 0.7 };
    },
  },
  {
    name: 'optionToRenew',
    automatic: false,
    test: (t) => {
      const m = OPTION.exec(t);
      if (!m) return null;
      // "shall have no option to renew … beyond the last Renewal Term": an option denied grants none.
      if (NO_OPTION_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) return null;
      const after = t.slice(m.index, m.index + 240);
      const further = FURTHER_TERM.exec(after);
      if (!further) return null;
      // Agreement is needed for the renewal itself, not for the conditions after a "provided that" or a price
      // left to agree ("by notice in writing …, for a consideration to be mutually agreed").
      const end = m.index + further.index + further[0].length;
      const tail = t.slice(end, end + 100);
      const stop = OPTION_CONDITIONS.exec(tail);
      const scope = `${t.slice(0, end)}${stop ? tail.slice(0, stop.index) : tail}`.replace(PRICE_TO_AGREE, ' ');
      if (BY_AGREEMENT.test(scope)) return null;
      // The term is read from the further term on ("upon 90 days' notice, for additional three
      // (3) year periods": the notice comes between the option and its term).
      return { at: m.index + further.index, confidence: 0.7 };
    },
  },
  // Arabic wording (see "Arabic" at the end of this file).
  ...arabicRenewalRules(),
];

/** The agreement's own term goes on by the wording `re` (not a negation, not another subject). */
function continuing(re: RegExp, t: string): { at: number; confidence: number } | null {
  const m = re.exec(t);
  if (!m) return null;
  const before = t.slice(Math.max(0, m.index - 120), m.index);
  if (!OWN_TERM_BEFORE.test(before) || OTHER_SUBJECT.test(before) || NEGATED.test(before)) return null;
  if (BY_AGREEMENT.test(t.slice(m.index, m.index + 200))) return null;
  return { at: m.index, confidence: UNLESS_NOTICE.test(t) || /\buntil\b/i.test(t) ? 0.8 : 0.65 };
}

/** The renewal term in months from the words after the rule's wording, or null. */
function termMonthsIn(text: string, from: number | null): number | null {
  if (from === null) return null;
  let window = text.slice(from, from + 200);
  const stop = window.search(TERM_WINDOW_END);
  if (stop > 0) window = window.slice(0, stop);
  if (EQUAL_TERM.test(window)) return null;
  for (const d of findDurations(window)) {
    // "at least 30 days before" is a notice period, not a term.
    const after = window.slice(d.end, d.end + 30);
    if (
      /^\s{0,2}(?:['’]s?|s['’])?\s{0,2}(?:(?:written|prior|advance)\s+){0,2}(?:prior|notice|before|in\s+advance)/i.test(
        after,
      )
    )
      continue;
    if (d.unit === 'months') return d.amount;
    if (d.unit === 'years') return d.amount * 12;
    return null;
  }
  if (MONTHLY.test(window)) return 1;
  if (ANNUAL.test(window)) return 12;
  return null;
}

/** Whether and how the agreement renews, or null when the document does not say. */
export function extractRenewal(doc: Doc): Finding<Renewal> | null {
  const found: Finding<Renewal>[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i] as Sentence;
    const text = s.text;
    if (!RENEW_WORD.test(text) && !AR_RENEW_RAW.test(text)) continue;
    if (LOOK_ALIKE.test(text)) {
      if (tracing()) {
        traceEvent({
          field: 'renewal',
          rule: 'renewal/lookAlike',
          outcome: 'rejected',
          start: s.start,
          end: s.end,
          why: 'password, certificate, insurance…',
        });
      }
      continue;
    }
    for (const rule of RENEWAL_RULES) {
      const hit = rule.test(text);
      if (!hit) continue;
      let confidence = hit.confidence;
      if (rule.automatic) {
        // The operative clause ("… will automatically renew for …") beats a passing mention.
        if (OPERATIVE.test(text)) confidence += 0.05;
        // A caption ("5.2 Auto-Renewal.") says less than the clause under it.
        // (An Arabic clause has no English verb: only a short line reads as a caption.)
        if (!CLAUSE_VERB.test(text) && !(hasArabic(text) && text.length > 40)) {
          // A caption proper (a few words: "2.2 — التجديد التلقائي:") is about what the clause under it renews: a
          // certificate's or a copyright's renewal is none.
          if (text.trim().length <= 40 && renewsSomethingElse(doc.sentences[i + 1]?.text ?? '')) break;
          confidence = 0.5;
        }
      }
      const termMonths = rule.termMonths ? rule.termMonths(text) : termMonthsIn(text, hit.at);
      if (rule.automatic && termMonths !== null) confidence += 0.02;
      found.push(makeFinding(doc, s, { automatic: rule.automatic, termMonths }, confidence, `renewal/${rule.name}`));
      break;
    }
  }
  return bestFinding(found);
}

// --- Arabic (issue 10), on the folded matching form (common/arabic.ts: ة is ه, ى is ي, أ/إ/آ are
// ا). "تتجدد الاشتراكات تلقائياً", "يتجدد العقد تلقائياً لمدة مماثلة", "التجديد التلقائي"; stated
// otherwise: "لا يتجدد تلقائياً", "لا يوجد تجديد تلقائي". A renewal fee or a reminder is no clause.

const AR_RENEW_STEM = /جدد|تجديد/;
const AR_RENEW_RAW = rawStems('جدد', 'جديد');
/**
 * Stated otherwise, as the English notAutomatic asks ("does not automatically renew", "does not renew your
 * subscription automatically"): the negated verb with "automatically" after it or the contract or subscription as
 * its subject, or only by agreement after it ("ولا يتجدد إلا باتفاق مكتوب"). A bare "ولا يتجدد" speaks of whatever the
 * sentence is about ("the one-time pack … does not renew").
 */
const AR_NOT_AUTO =
  /(?:لا|لن|ولا|ولن)\s+(?:ي|ت)(?:تجدد|جدد)\S{0,3}(?=(?:\s+\S{1,15}){0,2}?\s+(?:(?:بشكل|بصوره)\s+)?(?:تلقائي|اوتوماتيكي)|\s+(?:\S{1,15}\s+)?(?:ال)?(?:عقد|عقود|اشتراك|اتفاقي|خطه|خطط|باق|ترخيص)|\s+(?:\S{1,15}\s+)?الا\s+(?:ب)?(?:ال)?(?:اتفاق|موافق|توقيع|عقد))|لا\s+يوجد\s+(?:اي\s+)?تجديد|(?:بدون|دون|عدم)\s+(?:ال)?تجديد\s+(?:ال)?تلقائي|(?:ي|ت)تطلب\s+(?:ال)?تجديد\s+(?:\S{1,12}\s+){0,2}(?:اتفاق|موافق|توقيع)/;
const AR_AUTO =
  /(?:يتجدد|تتجدد|يجدد|تجدد|يجري\s+تجديد|يتم\s+تجديد|تجديد|متجدد)\S{0,3}(?:\s+\S{1,15}){0,3}?\s+(?:(?:بشكل|بصوره)\s+)?(?:تلقائي|اوتوماتيكي|الي\s+ما\s+لا\s+نهايه)|(?:ال)?تلقائي\S{0,2}\s+(?:لل|ل|ال)?(?:تجديد|اشتراك)|تجديد\s+(?:ال)?تلقائي/;
/** "يتجدد … شهرياً/سنوياً حتى تلغيه": renews each period until cancelled (no single term). */
const AR_RENEW_UNTIL =
  /(?:يتجدد|تتجدد|يجدد|تجدد)\S{0,3}(?:\s+\S{1,15}){0,3}?\s+(?:شهريا|سنويا|كل\s+(?:شهر|سنه|عام))[^.؛]{0,60}?(?:حتي|الي\s+ان|ما\s+لم)\s+[^.؛]{0,20}?(?:الغا|الغي|يلغ|تلغ|انهاء|ينهي|تنهي)/;
/**
 * "يتجدد الاشتراك في نهاية كل فترة فوترة ما لم تقم بإلغائه", "يتجدد العقد سنوياً ما لم يخطر أحد الطرفين الآخر برغبته في
 * عدم التجديد": the contract renews unless ("ما لم") a party cancels, ends it or gives notice. The subject is the contract
 * or the subscription, within a few words of the verb.
 */
const AR_RENEW_UNLESS =
  /(?:يتجدد|تتجدد|يجدد|تجدد|يتم\s+تجديد|يجري\s+تجديد)\s+(?:\S{1,15}\s+){0,1}(?:ال)?(?:عقد|اشتراك\S{0,3}|اتفاقيه|خطه|باقه|ترخيص)(?![\u0621-\u064a])[^.؛]{0,100}?ما\s+لم\s+[^.؛]{0,80}?(?:الغا|الغي|يلغ|تلغ|انها[ءؤئو]|ينهي|تنهي|يخطر|تخطر|يشعر|تشعر|اخطار|اشعار|عدم\s+(?:ال)?تجديد)/;
/** A renewal fee, a reminder, a password, a licence to drive, a passport, insurance, a certificate, or the legal protection
 * of a work ("تتجدد الحماية تلقائياً", copyright under the Berne Convention): no contract renewing. */
const AR_RENEW_LOOK_ALIKE =
  /رسوم\s+(?:ال)?تجديد|تذكير|كلمه\s+(?:ال)?مرور|رخصه\s+(?:ال)?قياده|جواز|تامين|شهاده|(?:يتجدد|تتجدد|تجديد)\S{0,3}\s+(?:ال)?حمايه|(?:ال)?حمايه\s+(?:ال)?(?:دائمه|قانونيه)\s+(?:و)?(?:ال)?تجديد/;

/** The sentence renews something other than the contract (English or Arabic look-alike). */
function renewsSomethingElse(text: string): boolean {
  return LOOK_ALIKE.test(text) || (hasArabic(text) && AR_RENEW_LOOK_ALIKE.test(foldArabic(text)));
}
/** Where the term is stated: after "لمدة/لفترة", before "ما لم"/"إلا"/"قبل". */
const AR_TERM_STOP = /ما\s+لم|الا\s+اذا|(?:^|\s)الا(?:\s|$)|قبل|اشعار|اخطار|في\s+حال/;
const AR_EQUAL = /مماثل|مساوي|نفس\s+(?:ال)?مد|ذات\s+(?:ال)?مد/;

/** "لمدة سنة", "لفترات مماثلة" (null), "شهرياً" (1), "سنوياً" (12), after the renewal words. */
function arabicTermMonths(text: string): number | null {
  const t = foldArabic(text);
  const m = AR_AUTO.exec(t) ?? AR_RENEW_STEM.exec(t);
  if (!m) return null;
  let window = t.slice(m.index, m.index + 200);
  const stop = AR_TERM_STOP.exec(window.slice(3));
  if (stop) window = window.slice(0, stop.index + 3);
  // A length written out wins over "مماثلة" beside it: "لمدة سنة مماثلة" is one year; "لمدد مماثلة" alone says none.
  const period = /(?:لمده|لمدد|لفتره|لفترات|مده|بمده)\s+[\s\S]{0,40}/.exec(window);
  if (period) {
    for (const d of findDurations(period[0])) {
      if (d.unit === 'months') return d.amount;
      if (d.unit === 'years') return d.amount * 12;
      return null;
    }
    if (/^(?:لمده|لفتره|مده|بمده)\s+(?:سنه|عام)(?![\u0621-\u064a])/.test(period[0])) return 12;
    if (/^(?:لمده|لفتره|مده|بمده)\s+شهر(?![\u0621-\u064a])/.test(period[0])) return 1;
  }
  if (AR_EQUAL.test(window)) return null;
  if (/شهريا|(?:ال)?شهري(?:ه)?(?![\u0621-\u064a])|كل\s+شهر/.test(window)) return 1;
  if (/سنويا|(?:ال)?سنوي(?:ه)?(?![\u0621-\u064a])|كل\s+(?:سنه|عام)/.test(window)) return 12;
  return null;
}

function arabicRenewalRules(): RenewalRule[] {
  const arabic = (text: string) =>
    hasArabic(text) && AR_RENEW_STEM.test(foldArabic(text)) && !AR_RENEW_LOOK_ALIKE.test(foldArabic(text));
  return [
    {
      name: 'arabicNotAutomatic',
      automatic: false,
      termMonths: () => null,
      test: (t) => (arabic(t) && AR_NOT_AUTO.test(foldArabic(t)) ? { at: null, confidence: 0.85 } : null),
    },
    {
      name: 'arabicAutomaticRenewal',
      automatic: true,
      termMonths: arabicTermMonths,
      test: (t) => (arabic(t) && AR_AUTO.test(foldArabic(t)) ? { at: null, confidence: 0.85 } : null),
    },
    {
      name: 'arabicRenewsUnlessStopped',
      automatic: true,
      termMonths: arabicTermMonths,
      test: (t) => (arabic(t) && AR_RENEW_UNLESS.test(foldArabic(t)) ? { at: null, confidence: 0.8 } : null),
    },
    {
      name: 'arabicRenewsUntilCancelled',
      automatic: true,
      termMonths: () => null,
      test: (t) => (arabic(t) && AR_RENEW_UNTIL.test(foldArabic(t)) ? { at: null, confidence: 0.85 } : null),
    },
  ];
}
