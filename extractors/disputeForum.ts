/**
 * Dispute forum: the courts, or the arbitration, where disputes are decided.
 *
 * Courts: a place that is the object of "courts (located|sitting) in/of X", "X courts",
 * or "jurisdiction/venue in X" in a sentence about disputes. Arbitration: a sentence
 * that sends disputes to arbitration, with its seat when one is named ("seat of
 * arbitration shall be London", "administered by JAMS in San Francisco"). A court named
 * only for injunctive relief, for enforcing an award or as a small-claims option is not
 * the forum. `exclusive` comes from the nearest "(non-)exclusive"/"sole"/"exclusively".
 */

import {
  arabicLoose,
  arabicMatchForm,
  type CompactArabic,
  compactArabic,
  hasArabic,
  originalSpan,
  withArabicPrefixes,
} from './common/arabic';
import { uncheckedOption, wrappedSentence } from './common/clause';
import type { Doc, Sentence } from './common/doc';
import { dedupeFindings, makeFinding } from './common/finding';
import {
  ARABIC_BARE_KINGDOM,
  ARABIC_CITIES,
  ARABIC_COUNTRIES,
  ARABIC_DEMONYMS,
  ARABIC_REGIONS,
  COUNTRIES,
  demonymPlace,
  findDemonyms,
  findJurisdictions,
  type JurisdictionMention,
  labelledPlaces,
  placeName,
  saudiPage,
} from './common/jurisdictions';
import { traceEvent, tracing } from './common/trace';
import { lawForumTable, publicSectorCheck, sccElectionCheck } from './governingLaw';
import type { Finding, Forum } from './types';

const PRECHECK = /\b(?:courts?|tribunals?|jurisdiction|venue|forum|arbitra\w{0,8})\b/i;
const ARBITRATION = /\barbitra(?:tion|l|tor|tors|ted)\b/i;

// A court sentence must be about disputes, not about data or compliance.
// ("Courts in Texas ruled..." on a news page is no forum clause.)
const DISPUTE_CONTEXT =
  /\b(?:jurisdiction|venue|disputes?|claims?|actions?|proceedings?|suits?|lawsuits?|litigat\w{0,5}|controvers\w{0,3}|submit\w{0,3}|adjudicat\w{0,5}|competent)\b/i;
/**
 * The sentence speaks as a contract: a modal, a submission, or courts given jurisdiction in the present tense as a
 * rule ("the courts of Muscat have jurisdiction over any dispute", "the courts of Paris are competent."); a report
 * says "has jurisdiction over the case".
 */
const CONTRACT_VOICE =
  /\b(?:shall|will|agrees?|must|consents?|submits?|irrevocabl\w{0,2}|exclusive\w{0,2}|subject\s+to|(?:has|have)\s+jurisdiction(?=\s*[.;]|\s+(?:over|in\s+respect\s+of|for|to\s+(?:hear|settle|determine))\s+(?:any|all|every)\b)|(?:is|are)\s+(?:solely\s+)?competent(?=\s*[.;]|\s+(?:for|over|to\s+(?:hear|settle|determine))\s+(?:any|all|every)\b)|(?:falls?|lies|rests?)\s+(?:to|with)|(?:has|have)\s+the\s+right\s+to\s+(?:file|bring|commence|submit)|may\s+(?:only\s+)?be\s+(?:brought|filed|commenced|submitted|resolved|settled|heard|determined)|(?:can|may)\s+(?:also\s+|only\s+)?(?:bring|commence|start|issue)\s+(?:legal\s+)?(?:proceedings|claims?|actions?))\b/i;

// Left of the place: the court or venue it belongs to (nearest, bounded).
const COURT_LEFT =
  /\b(?:courts?|tribunals?)\b(?:\s+[\p{L}-]{1,20}){0,8}?\s+(?:of|in|at|for|within|located\s+in|sitting\s+in|situated\s+in|seated\s+in|based\s+in|having\s+jurisdiction\s+(?:in|over|for))\s+(?:the\s+)?$/iu;
/** "…will be the Northern District of California", "the U.S. District Court for the District of Delaware". */
const DISTRICT_LEFT =
  /\b(?:(?:northern|southern|eastern|western|central|middle)\s+)?district\s+(?:court\s+)?(?:of|for)\s+(?:the\s+)?$/i;
const VENUE_LEFT =
  /\b(?:jurisdiction|venue|forum)\b(?:\s+[\p{L}-]{1,20}){0,8}?\s+(?:of|in|at|within|located\s+in)\s+(?:the\s+)?$/iu;
/**
 * "Place of jurisdiction is Berlin", "the place of performance and jurisdiction is Berlin" (contracts written after the
 * German "Gerichtsstand"); the disputes it covers may take a long phrase ("for all disputes arising out of … between
 * you and Acme").
 */
const PLACE_OF_JURISDICTION = /\b(?:place|seat|venue)\s+of\s+(?:performance\s+and\s+)?jurisdiction\b/i;
const PLACE_OF_JURISDICTION_LEFT =
  /\b(?:place|seat|venue)\s+of\s+(?:performance\s+and\s+)?jurisdiction(?:\s+for\s[^.;]{0,160}?)?\s+(?:is|shall\s+be|will\s+be|:)\s+(?:the\s+)?$/i;
const COURTS_RIGHT =
  /^\s+(?:state\s+(?:and|or)\s+federal\s+|federal\s+(?:and|or)\s+state\s+|civil\s+|commercial\s+|(?:(?:central|northern|southern|eastern|western)\s+)?district\s+|(?:intermediate\s+)?people['’]s\s+|regional\s+|city\s+|county\s+|municipal\s+|high\s+|superior\s+)?courts?\b/i;

// Courts named for something other than deciding the dispute.
const SIDE_COURT =
  /\b(?:injunct\w{0,5}|equitable|interim|provisional|conservatory|enforc\w{0,6}|confirm\w{0,5}|entered|entry|vacat\w{0,4}|small\s+claims?|recogni[sz]\w{0,6}|consumers?)\b/i;
/**
 * A court named as the source of an order a party must obey ("if required by a court order issued by
 * the courts of X", "a subpoena or warrant"): disclosure, not the forum of the parties' disputes.
 */
const ORDER_COURT =
  /\b(?:court\s+orders?|orders?\s+(?:issued|made|granted)|subpoena\w{0,2}|warrants?|legal\s+process|law\s+enforcement)\b/i;
/** The same, named right after the place: "the courts of Singapore for the purpose of interim relief". */
const SIDE_COURT_RIGHT =
  /^[^.;]{0,30}?\b(?:for|to\s+(?:seek|obtain)|to(?=\s+(?:recover|collect|enforce))|seeking|in\s+(?:respect|relation)\s+of|only\s+(?:for|in\s+respect\s+of))\s[^.;]{0,40}?\b(?:injunct\w{0,5}|equitable|interim|provisional|conservatory|enforc\w{0,6}|urgent|recover\w{0,3}|collect\w{0,4})\b/i;
/** A carve-out for one party: "…, save that Vantor may bring proceedings in the courts of Ireland". */
const CARVE_OUT_LEFT = /\b(?:save|except)\s+that\b[^.;]{0,60}\bmay\b/i;

// Left of the place in an arbitration sentence: where it is held.
const SEAT_LEFT =
  /\b(?:seat|place|venue|location|held|conducted|administered|take\s+place|takes\s+place|located|seated|arbitration|arbitrated|JAMS|AAA|ICC|LCIA|SIAC|HKIAC|DIAC|ICDR|CIETAC)\b[^.;]{0,60}?\b(?:in|at|be|is|of)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;
// A court between the seat word and the place owns the place ("Subject to the arbitration section below, the courts
// located in X"): that is the courts' forum, not a seat.
const NOT_A_SEAT =
  /\b(?:laws?|rules?|incorporated|organi[sz]ed|office|offices|headquarters|address|addressed|notices?|mail|send|sent|located\s+at|resid\w{1,5}|domiciled|reside|lives?|courts?)\b[^.;]{0,60}$|\d[^.;]{0,25}$/i;

// The seat named as such just before the place: "…under the DIAC Rules, with the seat of arbitration in Dubai". A law or
// rules word further left ("Rules") belongs to another clause of the sentence, so NOT_A_SEAT does not apply.
const NAMED_SEAT =
  /\b(?:(?:seat|place|venue)\s+of\s+(?:the\s+)?arbitration\s+(?:(?:shall|will)\s+be\s+|is\s+)?(?:in\s+)?|arbitration\s+(?:shall|will)\s+be\s+(?:seated|held|conducted)\s+in\s+)(?:the\s+)?(?:city\s+of\s+)?$/i;

// The sentence actually sends disputes to arbitration (not "arbitration is not available").
const TO_ARBITRATION =
  /\b(?:binding\s+arbitration|(?:settled|resolved|determined|decided|submitted|referred|subject)\b[^.;]{0,60}?\barbitration|arbitration\s+(?:administered|conducted|under|in\s+accordance)|rules\s+of\s+arbitration|seat\s+of\s+(?:the\s+)?arbitration|arbitral\s+tribunal)\b/i;
const NO_ARBITRATION =
  /\b(?:not|never|no)\s+(?:be\s+)?(?:subject\s+to\s+|required\s+to\s+|resolved\s+(?:by|through)\s+)?arbitrat/i;

interface Candidate {
  value: Forum;
  confidence: number;
  rule: string;
  /** The place as a jurisdiction, when it is one. */
  where?: { country: string; region: string | null };
}

/** The nearest exclusivity marker to `at` in the sentence, within 200 characters. */
function exclusivity(text: string, at: number): boolean | null {
  const re =
    /\b(non[-\s]?exclusive(?:ly)?|exclusive(?:ly)?|sole(?:ly)?\s+(?:and\s+exclusive\s+)?(?:jurisdiction|venue|forum|competent)|only\s+(?:in|before)|solely)\b/gi;
  let best: { d: number; exclusive: boolean } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const d = Math.abs(m.index - at);
    if (d > 200) continue;
    if (!best || d < best.d) best = { d, exclusive: !/^non/i.test(m[1] ?? '') };
  }
  return best ? best.exclusive : null;
}

function placeOf(m: JurisdictionMention): string {
  // A place read across wrapped lines holds a line break: the value gets single spaces.
  const name = m.name.replace(/\s+/g, ' ');
  // "the English courts", "the Swiss courts": the courts of England, of Switzerland (a demonym is no place name).
  const named = demonymPlace(name);
  if (named) return named;
  return name.replace(/^the\s+/i, (a) => (/\bof\b/i.test(name) ? a : ''));
}

/**
 * Rule `disputeForum/labelledVenue`: an order form's line that labels the courts, "Venue: Wilmington, Delaware",
 * "Place of jurisdiction: Munich", "Jurisdiction: the courts of England and Wales". Its first place, at once after the
 * label. ("Jurisdiction: worldwide" in a licence names no place; a line naming arbitration is another rule's.)
 */
const VENUE_LABEL =
  /^\s*(?:(?:exclusive\s+)?venue(?:\s+(?:and|&)\s+jurisdiction)?|(?:exclusive\s+)?(?:place\s+of\s+)?jurisdiction(?:\s+(?:and|&)\s+venue)?|courts?|forum)\s*(?::|\||–|—)\s*/i;
/** "Venue: Madison Square Garden, New York" is an event's: a bare "Venue" label names courts only with the word. */
const BARE_VENUE = /^\s*venue\s*(?::|\||–|—)/i;

/** A governing-law label on the line or sentence just before: "Governing Law: Delaware" (up to 200 characters back). */
const LAW_LABEL_BEFORE =
  /(?:^|\n|[.;]\s)\s*(?:[-*•]\s*)?(?:\*\*)?(?:governing\s+law|applicable\s+law|choice\s+of\s+law)(?:\*\*)?\s*(?::|\||–|—)[^\n]{1,150}\n?[^\n]{0,40}$/i;

function labelledVenue(doc: Doc): Finding<Forum>[] {
  const out: Finding<Forum>[] = [];
  for (const { sentence: s, place } of labelledPlaces(doc, VENUE_LABEL, 40)) {
    if (ARBITRATION.test(s.text)) continue;
    // "Governing Law: State of Texas. Venue: Travis County, Texas.": beside a governing-law label a bare "Venue" is
    // the courts' (an order form's labelled lines); elsewhere it may be an event's.
    if (
      BARE_VENUE.test(s.text) &&
      !/\bcourts?\b/i.test(s.text) &&
      !LAW_LABEL_BEFORE.test(doc.text.slice(Math.max(0, s.start - 200), s.start))
    )
      continue;
    const exclusive = /\bexclusive(?:ly)?\b/i.test(s.text) && !/\bnon[-\s]?exclusive/i.test(s.text) ? true : null;
    out.push(
      makeFinding(doc, s, { type: 'courts', place: placeOf(place), exclusive }, 0.65, 'disputeForum/labelledVenue'),
    );
  }
  return out;
}

function courtsInSentence(s: Sentence, prev: Sentence | null): Candidate[] {
  const text = s.text;
  if (!DISPUTE_CONTEXT.test(text) || !(CONTRACT_VOICE.test(text) || PLACE_OF_JURISDICTION.test(text))) return [];
  const out: Candidate[] = [];
  const publicSector = publicSectorCheck(s, 'disputeForum', 'the forum of a public-sector exception');
  const sccElection = sccElectionCheck(s, 'disputeForum');
  const smallClaimsOnly = /\bsmall\s+claims?\b/i.test(text) && !/\b(?:exclusive|sole)\b/i.test(text);
  const consider = (m: JurisdictionMention, viaCourtWord: boolean, locality: string | null = null) => {
    const left = text.slice(Math.max(0, m.start - 120), m.start);
    // The clause that leads to the place: after the last ";" or "(".
    const clause = left.slice(Math.max(left.lastIndexOf(';'), left.lastIndexOf('(')) + 1);
    if (SIDE_COURT.test(clause) || ORDER_COURT.test(clause)) return;
    // Rule disputeForum/publicSectorOnly: a forum for public-sector customers only (governingLaw.ts) is the exception.
    if (publicSector(m.start) || sccElection(m.start)) return;
    if (SIDE_COURT_RIGHT.test(text.slice(m.end, m.end + 100)) || CARVE_OUT_LEFT.test(clause)) return;
    if (/\blaws?\s+of\s+(?:the\s+)?$/i.test(left)) return;
    const exclusive = exclusivity(text, m.start);
    const confidence =
      (viaCourtWord ? 0.85 : 0.7) + (s.heading && /jurisdiction|venue|forum|disputes?/i.test(s.heading) ? 0.1 : 0);
    out.push({
      value: { type: 'courts', place: locality ? `${locality}, ${placeOf(m)}` : placeOf(m), exclusive },
      confidence: smallClaimsOnly ? 0.3 : confidence,
      rule: locality ? 'courtsInLocality' : viaCourtWord ? 'courtsOfPlace' : 'venueInPlace',
      where: { country: m.country, region: m.region },
    });
  };
  for (const m of findJurisdictions(text)) {
    const left = text.slice(Math.max(0, m.start - 120), m.start);
    const right = text.slice(m.end, m.end + 60);
    if (
      COURT_LEFT.test(left) ||
      COURTS_RIGHT.test(right) ||
      PLACE_OF_JURISDICTION_LEFT.test(text.slice(Math.max(0, m.start - 240), m.start)) ||
      (DISTRICT_LEFT.test(left) && /\b(?:courts?|jurisdiction|venue)\b/i.test(text))
    )
      consider(m, true);
    else if (VENUE_LEFT.test(left) && /\b(?:courts?|venue|submit\w{0,3})\b/i.test(text)) consider(m, false);
    else {
      const locality = localityBefore(left);
      if (locality) consider(m, /\b(?:courts?|tribunals?)\b/i.test(locality.lead), locality.name);
    }
  }
  // "the English courts", "Swiss courts".
  for (const d of findDemonyms(text)) {
    if (COURTS_RIGHT.test(text.slice(d.end, d.end + 60))) consider(d, true);
  }
  const office = COURT_AT_OFFICE.exec(text);
  if (office && out.length === 0 && !SIDE_COURT.test(text.slice(Math.max(0, office.index - 60), office.index))) {
    out.push({
      value: {
        type: 'courts',
        place: (office[1] as string).replace(/\s+/g, ' ').trim(),
        exclusive: exclusivity(text, office.index),
      },
      confidence: 0.7,
      rule: 'courtAtPartyOffice',
    });
  }
  if (out.length === 0) {
    const that = courtsOfThatPlace(s, prev);
    if (that) out.push(that);
  }
  // "the U.S. District Court for the Northern District of California": the country adds nothing.
  return out.filter(
    (c) =>
      !c.where ||
      c.where.region !== null ||
      !out.some((o) => o.where?.country === c.where?.country && o.where?.region !== null),
  );
}

/**
 * Rule `courtsOfThatPlace`: "governed by the law in force in New South Wales, and each party submits to
 * the jurisdiction of the courts of that State". The courts' place is the one whose law the same
 * sentence (or the sentence before) chose, when exactly one place's law is named there; "that State"
 * takes a state or province, "that country" a country.
 */
const COURTS_OF_THAT =
  /\b(?:courts?|tribunals?)\b(?:\s+[\p{L}-]{1,20}){0,6}?\s+(?:of|in|located\s+in|sitting\s+in|situated\s+in|within)\s+(?:that|such|said|the\s+said|the\s+same)\s+(state|province|commonwealth|territory|country|jurisdiction)\b/iu;
/** "the laws of", "the law in force in", "the internal laws, and not the conflict rules, of". */
const LAW_OF_LEFT =
  /\blaws?\b(?:[^.;]{0,80}?,)?\s+(?:(?:in\s+force|applicable|prevailing)\s+)?(?:of|in)\s+(?:the\s+)?(?:(?:state|province|commonwealth|territory)\s+of\s+)?$/i;

function courtsOfThatPlace(s: Sentence, prev: Sentence | null): Candidate | null {
  const m = COURTS_OF_THAT.exec(s.text);
  if (!m) return null;
  const left = s.text.slice(Math.max(0, m.index - 60), m.index);
  if (
    SIDE_COURT.test(`${left} ${m[0]}`) ||
    ORDER_COURT.test(left) ||
    SIDE_COURT_RIGHT.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 100))
  )
    return null;
  // Every place named from the chosen law on: "the laws of Delaware, or of New York for customers there" names two.
  const lawPlaces = (text: string) => {
    const all = findJurisdictions(text);
    const first = all.findIndex((j) => LAW_OF_LEFT.test(text.slice(Math.max(0, j.start - 60), j.start)));
    return first < 0 ? [] : all.slice(first);
  };
  let laws = lawPlaces(s.text.slice(0, m.index));
  if (laws.length === 0 && prev) laws = lawPlaces(prev.text);
  const keys = new Set(laws.map((j) => `${j.country}|${j.region ?? ''}`));
  const law = laws[0];
  if (!law || keys.size !== 1) return null;
  const word = (m[1] as string).toLowerCase();
  // England is a country with a region code; a US state is not a country.
  const country = law.region === null || law.country === 'GB';
  if (word === 'country' ? !country : word !== 'jurisdiction' && law.region === null) return null;
  return {
    value: { type: 'courts', place: placeOf(law), exclusive: exclusivity(s.text, m.index) },
    confidence: 0.75,
    rule: 'courtsOfThatPlace',
    where: { country: law.country, region: law.region },
  };
}

/**
 * Rule `courtsInLocality`: a county or city between the court (or venue) and its state or
 * country: "the state and federal courts of Orange County, California", "venue … shall be in the
 * County of Kent, State of Delaware", "venue will lie in Travis County, Texas". The locality is a
 * run of capitalised words ending in a comma right before the place; the value keeps both.
 */
const LOCALITY_LEFT =
  /\b(courts?|tribunals?|venue|jurisdiction)\b(?:\s+[\p{L}-]{1,20}){0,12}?\s+(?:of|in|at|for|within|located\s+in|sitting\s+in|situated\s+in|seated\s+in|based\s+in)\s+(?:the\s+)?((?:(?:county|city|borough|parish)\s+of\s+)?[\p{L}][\p{L}.'-]{1,20}(?:[\s-][\p{L}][\p{L}.'-]{1,20}){0,2}),\s+(?:the\s+)?(?:(?:state|province|commonwealth)\s+of\s+)?$/iu;
/** Lower-case words never belong to a locality's name ("courts of competent jurisdiction, California"). */
const LOCALITY_GLUE = /^(?:of|county|city|borough|parish)$/i;

function localityBefore(left: string): { name: string; lead: string } | null {
  // The first court word may hold lower-case words as the name ("venue … in the courts of Eugene, Oregon" reads
  // "courts of Eugene" after "venue … in the"): the next court word is tried then.
  for (let from = 0, tries = 0; tries < 4; tries++) {
    const m = LOCALITY_LEFT.exec(left.slice(from));
    if (!m) return null;
    const name = (m[2] as string).replace(/\s+/g, ' ');
    const words = name.split(/[\s-]/);
    if (
      words.every((w) => /^\p{Lu}/u.test(w) || LOCALITY_GLUE.test(w)) &&
      !/\b(?:jurisdiction|law|laws|agreement)\b/i.test(name)
    )
      return { name, lead: m[1] as string };
    from += m.index + (m[1] as string).length;
  }
  return null;
}

/**
 * "a court having jurisdiction over the location of the registered office of Acme Co., Ltd.": the
 * forum is named through a party's seat. Not when the seat is the defendant's or the customer's
 * (that depends on who sues).
 */
const COURT_AT_OFFICE =
  /\bcourts?\b[^.;]{0,60}?\b(?:at|in|over|for|of)\s+(?:the\s+)?(?:(?:place|location|seat)\s+(?:of|where)\s+(?:the\s+)?)?((?:registered\s+(?:office|address|seat)|principal\s+place\s+of\s+business|headquarters)\s+of\s+(?!(?:the\s+)?(?:defendant|plaintiff|claimant|respondent|you|customer|user|licensee|client)\b)[^;]{2,80}?)(?=\.\s*$|\.\s+[A-Z]|;|$)/i;

const HOME_COUNTY =
  /^\s+(?:county|city|state|province|region|district)\s+(?:where|in\s+which)\s+(?:you|the\s+customer|customer|the\s+user)\s+(?:live|lives|reside|resides|work|works|(?:is|are)\s+(?:located|domiciled))(?:\s+or\s+(?:live|lives|reside|resides|work|works))?/i;

function arbitrationInSentence(s: Sentence): Candidate[] {
  const text = s.text;
  if (!ARBITRATION.test(text) || NO_ARBITRATION.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of findJurisdictions(text)) {
    const left = text.slice(Math.max(0, m.start - 100), m.start);
    if (!SEAT_LEFT.test(left) || (NOT_A_SEAT.test(left) && !NAMED_SEAT.test(left))) continue;
    if (SIDE_COURT.test(left.slice(-40))) continue;
    // "held in the United States county where you live or work": the seat is the customer's home county.
    const home = HOME_COUNTY.exec(text.slice(m.end, m.end + 80));
    const place = home ? `${placeOf(m)}${home[0].replace(/[\s,]+$/, '')}` : placeOf(m);
    out.push({
      value: { type: 'arbitration', place, exclusive: exclusivity(text, m.start) },
      confidence: 0.8,
      rule: home ? 'arbitrationHomeCounty' : 'arbitrationSeat',
    });
  }
  if (out.length === 0 && TO_ARBITRATION.test(text)) {
    const at = text.search(ARBITRATION);
    out.push({
      value: { type: 'arbitration', place: null, exclusive: exclusivity(text, at) },
      confidence: 0.7,
      rule: 'toArbitration',
    });
  }
  return out;
}

/**
 * Rule `disputeForum/statedExclusivity`: the same forum is often named twice, once plainly ("it must
 * be resolved in the courts of X") and once with its exclusivity ("settled exclusively in the courts
 * of X"). The kept finding is the one that states it, when the others that state it agree; a
 * forum no sentence calls (non-)exclusive stays null.
 */
function statedExclusivity(kept: Finding<Forum>[], all: Finding<Forum>[]): Finding<Forum>[] {
  if (kept.every((f) => f.value.exclusive !== null)) return kept;
  const withStated = all.filter((g) => g.value.exclusive !== null && g.confidence >= 0.3);
  const keys = withStated.map((g) => placeKey(g.value));
  return kept.map((f) => {
    if (f.value.exclusive !== null) return f;
    const key = placeKey(f.value);
    const stated = withStated.filter((_, i) => keys[i] === key);
    if (stated.length === 0 || stated.some((g) => g.value.exclusive !== stated[0]?.value.exclusive)) return f;
    const best = stated.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    if (tracing())
      traceEvent({
        field: 'disputeForum',
        rule: 'disputeForum/statedExclusivity',
        outcome: 'fired',
        start: best.start,
        end: best.end,
        why: `the same forum, ${best.value.exclusive ? 'exclusive' : 'non-exclusive'} where a sentence says so`,
      });
    return best;
  });
}

/** The jurisdiction a forum's place names ("Riyadh" → SA, SA-01; "English courts" → GB), or null. */
function placeJurisdiction(place: string): { country: string; region: string | null } | null {
  const [j] = findJurisdictions(place);
  return j ?? findDemonyms(place)[0] ?? null;
}

function placeKey(f: Forum): string {
  if (f.place === null) return `${f.type}|`;
  const where = placeJurisdiction(f.place);
  return `${f.type}|${where ? `${where.country}|${where.region ?? ''}` : f.place.toLowerCase()}`;
}

// ---------------------------------------------------------------------------------------
// Courts in Arabic (rule `disputeForum/arabicCourts`): a court word ("المحاكم", "محاكم", "المحكمة",
// "الجهات القضائية", "ديوان المظالم") followed within a short gap by a place ("في المملكة العربية
// السعودية", "مدينة الرياض", "المنطقة الشرقية"), in a sentence about disputes or jurisdiction
// ("نزاع", "تختص", "الاختصاص", "الولاية القضائية"). A court named in an address has no dispute
// word; a law noun between the court word and the place ("المحاكم ... وفقاً لأنظمة المملكة") makes
// the place the law's, not the court's. The place value is the English name the card shows; the
// quote stays the Arabic sentence.
//
// Arbitration in Arabic (rule `disputeForum/arabicArbitration`): a sentence that sends disputes to
// arbitration ("يحال النزاع إلى التحكيم", "تتم تسوية ... عن طريق التحكيم", "التحكيم الملزم"), with
// its seat when named ("مكان التحكيم ... الرياض"). Arbitration the parties only MAY choose ("يجوز
// للطرفين … اللجوء إلى التحكيم", "باتفاق كتابي مسبق") is an option, not the agreed forum.

const arFold = (t: string) => arabicMatchForm(t).replace(/\u0640/g, '');
const AR_PLACE_NAMES = new Map<string, string>();
for (const [names, iso] of ARABIC_COUNTRIES) {
  const english = placeName(iso, null);
  if (english) for (const n of names) AR_PLACE_NAMES.set(arFold(n), english);
}
for (const [names, english] of ARABIC_CITIES) for (const n of names) AR_PLACE_NAMES.set(arFold(n), english);
for (const [names, , , english] of ARABIC_REGIONS) for (const n of names) AR_PLACE_NAMES.set(arFold(n), english);
/**
 * The Arabic adjectives of countries whose folded form ends in `ending` (feminine "يه" for "المحاكم", masculine "ي" for
 * "القضاء"), each with the country's English name. Not Britain's: its adjectives ("الإنجليزية") name England too.
 */
function countryAdjectives(ending: RegExp): [string, string][] {
  const out: [string, string][] = [];
  for (const [names, iso] of ARABIC_DEMONYMS) {
    const english = iso === 'GB' ? null : placeName(iso, null);
    if (english) for (const n of names) if (ending.test(arFold(n))) out.push([arFold(n), english]);
  }
  return out;
}
const AR_PLACE_ALT = [...AR_PLACE_NAMES.keys()].sort((a, b) => b.length - a.length).join('|');
// Courts only: "المحاكم البحرينية" (the Bahraini courts) are the courts of the country the adjective names (its
// feminine form, as the court nouns take). Not "الإنجليزية", whose courts are England's, a region the adjective does
// not name apart from the country; and never an arbitration seat ("المركز السعودي للتحكيم … في مدينة جدة").
const AR_COURT_PLACES = new Map(AR_PLACE_NAMES);
for (const [form, english] of countryAdjectives(/يه$/))
  if (!AR_COURT_PLACES.has(form)) AR_COURT_PLACES.set(form, english);
const AR_COURT_PLACE_ALT = [...AR_COURT_PLACES.keys()].sort((a, b) => b.length - a.length).join('|');
const AR_COURT_NOUN = withArabicPrefixes(
  'محاكم|محكمه|جهات\\s+(?:ال)?قضائيه|جهه\\s+(?:ال)?قضائيه|هيئات\\s+(?:ال)?قضائيه|سلطات\\s+(?:ال)?قضائيه|ديوان\\s+المظالم',
);
const AR_COURTS = new RegExp(
  `${AR_COURT_NOUN}([^.;:]{0,40}?)(?<![\\p{L}])(?:[فب]ي\\s+|ب|ل)?(?:(?:مدينه|دوله)\\s+)?(${AR_COURT_PLACE_ALT})(?![\\p{L}])`,
  'gu',
);
/** With the bare "المملكة" (Saudi Arabia), on pages that name Saudi Arabia (jurisdictions.ts). */
const AR_COURTS_KINGDOM = new RegExp(
  `${AR_COURT_NOUN}([^.;:]{0,40}?)(?<![\\p{L}])(?:[فب]ي\\s+|ب)?(?:(?:مدينه|دوله)\\s+)?(${AR_COURT_PLACE_ALT}|${ARABIC_BARE_KINGDOM})(?![\\p{L}])`,
  'gu',
);
// Rule `disputeForum/arabicJudiciary`: the judiciary of a country, named by its adjective ("تخضع النزاعات للقضاء
// الجزائري", disputes are subject to the Algerian judiciary; "يختص القضاء المصري"): the masculine adjective, as the
// noun takes. The word alone also means "spending" ("قضاء الوقت") or "ending" ("القضاء على"): only the adjective of a
// country right after it, in a sentence about disputes, makes it the courts. Not England's, as for the courts above.
const AR_JUDICIARY_PLACES = new Map(countryAdjectives(/ي$/));
const AR_JUDICIARY = new RegExp(
  `${withArabicPrefixes('قضاء')}\\s+(${[...AR_JUDICIARY_PLACES.keys()].join('|')})(?![\\p{L}])`,
  'gu',
);
// After AR_PLACE_ALT is built: only AR_COURTS_KINGDOM can match the bare word.
AR_PLACE_NAMES.set('المملكه', 'Saudi Arabia');
// "لقضاء" (of "القضاء", "للقضاء"), not "قضاء": "انقضاء" (expiry) holds it, in almost every term clause.
const AR_RAW_PRECHECK = arabicLoose(['محاكم', 'محكمه', 'قضائيه', 'لقضاء', 'المظالم', 'تحكيم']);
const AR_DISPUTE = /(?:نزاع|خلاف|تختص|الاختصاص|اختصاص|دعوي|دعاوي|الولايه\s+القضائيه|مطالبه|مطالبات)/u;
/** "وتكون المحاكم الكويتية هي المختصة": the courts said to be the competent ones, the jurisdiction in one word. */
const AR_COMPETENT = /(?:محاكم|محكمه)\s+\S+(?:\s+\S+)?\s+(?:هي\s+)?(?:ال)?مختصه(?![\u0621-\u064a])/u;
const AR_LAW_NOUN = /(?:انظمه|قوانين|قانون|نظام|تشريعات)/u;
// "وحده", "دون غيره": the masculine forms, for a masculine noun ("القضاء"); whole words ("الوحده" is a unit).
const AR_EXCLUSIVE =
  /(?:حصرا|حصريا|الحصري|الحصريه|حصري|حصريه|دون\s+غيرها|وحدها|(?<!\p{L})(?:وحده|دون\s+غيره)(?!\p{L}))/u;
const AR_NON_EXCLUSIVE = /(?:غير\s+(?:ال)?حصري|غير\s+(?:ال)?حصريه)/u;
/** A court named to enforce an award or grant interim relief is not the forum. */
const AR_SIDE_COURT = /(?:تنفيذ|مستعجل|مستعجله|وقتي|وقتيه|تحفظي|تحفظيه)/u;

/**
 * The exclusivity a sentence states for a forum named at `at`: the Arabic markers anywhere in an Arabic sentence (its
 * matching form), else the nearest English marker (the refiner `disputeForum/courtsOfLawPlace` reads courts so).
 */
export function exclusivityInSentence(text: string, at: number): boolean | null {
  return hasArabic(text) ? exclusiveAr(compactArabic(text).text) : exclusivity(text, at);
}

function exclusiveAr(text: string): boolean | null {
  if (AR_NON_EXCLUSIVE.test(text)) return false;
  return AR_EXCLUSIVE.test(text) ? true : null;
}

function arabicCourts(doc: Doc, s: Sentence, c: CompactArabic): Finding<Forum>[] {
  if (!AR_DISPUTE.test(c.text) && !AR_COMPETENT.test(c.text)) return [];
  const out: Finding<Forum>[] = [];
  const courts = saudiPage(doc) ? AR_COURTS_KINGDOM : AR_COURTS;
  courts.lastIndex = 0;
  for (let m = courts.exec(c.text); m; m = courts.exec(c.text)) {
    const gap = m[1] as string;
    // The clause leading to the court word (after the last comma or semicolon, at most 60 chars).
    const lead = c.text.slice(Math.max(0, m.index - 60), m.index);
    const before = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
    const why = AR_LAW_NOUN.test(gap)
      ? 'the place follows a law noun'
      : AR_SIDE_COURT.test(gap) || AR_SIDE_COURT.test(before)
        ? 'a court for enforcement or interim relief'
        : null;
    if (why) {
      if (tracing()) {
        const span = originalSpan(c, m.index, m.index + m[0].length);
        traceEvent({
          field: 'disputeForum',
          rule: 'disputeForum/arabicCourts',
          outcome: 'rejected',
          start: s.start + span.start,
          end: s.start + span.end,
          why,
        });
      }
      continue;
    }
    const place = AR_COURT_PLACES.get(m[2] as string) ?? AR_PLACE_NAMES.get(m[2] as string) ?? null;
    if (place === null) continue;
    out.push(
      makeFinding(doc, s, { type: 'courts', place, exclusive: exclusiveAr(c.text) }, 0.7, 'disputeForum/arabicCourts'),
    );
  }
  if (out.length === 0 && !AR_SIDE_COURT.test(c.text)) {
    AR_JUDICIARY.lastIndex = 0;
    const m = AR_JUDICIARY.exec(c.text);
    const place = m ? AR_JUDICIARY_PLACES.get(m[1] as string) : undefined;
    if (place)
      out.push(
        makeFinding(
          doc,
          s,
          { type: 'courts', place, exclusive: exclusiveAr(c.text) },
          0.7,
          'disputeForum/arabicJudiciary',
        ),
      );
  }
  // Rule `disputeForum/arabicBoardOfGrievances`: "ويختص ديوان المظالم بالفصل في أي نزاع": the Board of Grievances, Saudi
  // Arabia's administrative judiciary (public-sector contracts go to it), names its country without a place after it.
  if (out.length === 0 && AR_BOARD_OF_GRIEVANCES.test(c.text) && !AR_SIDE_COURT.test(c.text)) {
    out.push(
      makeFinding(
        doc,
        s,
        { type: 'courts', place: 'Saudi Arabia', exclusive: exclusiveAr(c.text) },
        0.7,
        'disputeForum/arabicBoardOfGrievances',
      ),
    );
  }
  return withoutCountryBesideCity(out);
}

/**
 * "… إلى المحاكم المختصة في المملكة، وللمحاكم في الرياض الاختصاص" (the competent courts in the Kingdom; the courts in Riyadh
 * have jurisdiction): a city or region of the country named beside it says where; the country adds nothing (as English
 * "the U.S. District Court for the Northern District of California").
 */
function withoutCountryBesideCity(found: Finding<Forum>[]): Finding<Forum>[] {
  if (found.length < 2) return found;
  const countryOf = (place: string | null) => (place ? (placeJurisdiction(place)?.country ?? null) : null);
  return found.filter(
    (f) =>
      !COUNTRY_NAMES.has(f.value.place ?? '') ||
      !found.some(
        (o) =>
          o !== f && !COUNTRY_NAMES.has(o.value.place ?? '') && countryOf(o.value.place) === countryOf(f.value.place),
      ),
  );
}
const COUNTRY_NAMES = new Set(COUNTRIES.map((r) => r[0][0]));
/** "ديوان المظالم" with its joined prefixes, in the matching form. */
const AR_BOARD_OF_GRIEVANCES = new RegExp(`${withArabicPrefixes('ديوان\\s+المظالم')}(?![\\p{L}])`, 'u');

const AR_ARBITRATION = /(?<![\p{L}])(?:[وب]?ال|لل)تحكيم(?![\p{L}])/u;
/** Disputes sent to arbitration: a referral verb or "binding/final arbitration". */
// "شرط التحكيم" / "بند التحكيم" names the arbitration clause (in a sentence about something else), not a referral.
const AR_TO_ARBITRATION =
  /(?:يحال|تحال|يحل|تحل|تسوي|يسوي|تسويه|يفصل|تفصل|الفصل|يحسم|تحسم|حسم|يخضع|تخضع|احاله|عن\s+طريق|بواسطه|من\s+خلال)[^.;]{0,80}?(?<!(?:شرط|بند)\s+)(?:ال|لل)تحكيم|(?<!(?:شرط|بند)\s+)التحكيم\s+(?:الملزم|النهائي)|(?:مكان|مقر)\s+(?:ال)?تحكيم|يتم\s+التحكيم\s+في/u;
/** Only an option: "the parties may, by prior written agreement, resort to arbitration". */
const AR_OPTIONAL =
  /(?:يجوز|يمكن|يحق|لهما\s+الحق|للطرفين\s+الحق|باتفاق\s+(?:كتابي\s+)?مسبق|اذا\s+اتفق|في\s+حال\s+اتفاق|(?<![\p{L}])لا\s+(?:يخضع|تخضع|يحال|تحال))/u;
/** The seat named as such ("ويكون مكان التحكيم الدوحة") wins over a place after the arbitration word ("قواعد مركز قطر"). */
const AR_SEAT_WORDS = /(?:مكان|مقر)\s+(?:ال)?تحكيم/u;
const AR_SEAT = new RegExp(
  `(?:(?:مكان|مقر)\\s+(?:ال)?تحكيم|(?:ال|لل)تحكيم)[^.;]{0,60}?(?<![\\p{L}])(?:[فب]ي\\s+|ب)?(?:(?:مدينه|دوله)\\s+)?(${AR_PLACE_ALT})(?![\\p{L}])`,
  'u',
);

function arabicArbitration(doc: Doc, s: Sentence, c: CompactArabic): Finding<Forum>[] {
  if (!AR_ARBITRATION.test(c.text) || !AR_TO_ARBITRATION.test(c.text)) return [];
  if (AR_OPTIONAL.test(c.text)) {
    if (tracing())
      traceEvent({
        field: 'disputeForum',
        rule: 'disputeForum/arabicArbitration',
        outcome: 'rejected',
        start: s.start,
        end: s.end,
        why: 'arbitration is only an option',
      });
    return [];
  }
  const named = AR_SEAT_WORDS.exec(c.text);
  // Without a seat word, a place in parentheses is an aside, the institution's address ("غرفة التحكيم الأوروبية
  // (بلجيكا، بروكسل)"), not where the arbitration sits.
  const seat =
    (named ? AR_SEAT.exec(c.text.slice(named.index)) : null) ??
    AR_SEAT.exec(c.text.replace(/\([^()]*\)/g, (aside) => ' '.repeat(aside.length)));
  const place = seat ? (AR_PLACE_NAMES.get(seat[1] as string) ?? null) : null;
  return [
    makeFinding(
      doc,
      s,
      { type: 'arbitration', place, exclusive: exclusiveAr(c.text) },
      place ? 0.75 : 0.65,
      'disputeForum/arabicArbitration',
    ),
  ];
}

export function extractDisputeForum(doc: Doc): Finding<Forum>[] {
  const findings: Finding<Forum>[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    // A hard-wrapped line is read with the lines of its sentence.
    const s = wrappedSentence(doc, i);
    if (uncheckedOption(s.text)) continue;
    // One matching form per Arabic sentence, only when a court, jurisdiction or arbitration word is there.
    if (hasArabic(s.text) && AR_RAW_PRECHECK.test(s.text)) {
      const c = compactArabic(s.text);
      findings.push(...arabicCourts(doc, s, c), ...arabicArbitration(doc, s, c));
    }
    if (!PRECHECK.test(s.text)) continue;
    for (const c of [...courtsInSentence(s, i > 0 ? wrappedSentence(doc, i - 1) : null), ...arbitrationInSentence(s)]) {
      findings.push(makeFinding(doc, s, c.value, c.confidence, `disputeForum/${c.rule}`));
    }
  }
  findings.push(...labelledVenue(doc));
  for (const row of lawForumTable(doc)) {
    if (!row.court) continue;
    findings.push(
      makeFinding(
        doc,
        row.sentence,
        { type: 'courts', place: placeOf(row.court), exclusive: row.exclusive },
        0.6,
        'disputeForum/lawForumTable',
      ),
    );
  }
  const unique = statedExclusivity(dedupeFindings(findings, placeKey), findings);
  // A seat of arbitration makes a placeless "binding arbitration" finding redundant.
  const seated = unique.some((f) => f.value.type === 'arbitration' && f.value.place !== null);
  return unique.filter(
    (f) => !(seated && f.value.type === 'arbitration' && f.value.place === null) && f.confidence >= 0.3,
  );
}
