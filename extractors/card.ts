import { keepControllingText } from './bilingual';
import { decimalsOf, findCreditTables, tableTiers } from './common/credit-table';
import type { Doc } from './common/doc';
import { makeFinding } from './common/finding';
import { hashText } from './common/hash';
import { placeName } from './common/jurisdictions';
import { LOCAL_CURRENCY, PLACED_BY_LAW } from './common/local-currency';
import { findMoney } from './common/money';
import { traceEvent, tracing } from './common/trace';
import { extractDates } from './dates';
import { exclusivityInSentence } from './disputeForum';
import { emptyFields, FIELD_NAMES, FIELDS } from './fields';
import { classifyDoc } from './kind';
import { detectLanguage } from './language';
import { creditsFinding, NON_TABLE_CREDIT_RULES, tableSource } from './serviceCredits';
import type { Card, Fields } from './types';
import { commitmentAt, findUptimeCandidates, planDependentUptime, UPTIME_CLAIM_RULES } from './uptime';
import { extractVendor } from './vendor';

// The field registry (extractor, list or scalar, empty value per field) lives in ./fields.
export { FIELD_EXTRACTORS } from './fields';

export interface BuildOptions {
  /**
   * Extract fields even when the document does not look legal ("Analyze anyway").
   * Off by default: a news story quoting "99.9% uptime" must not yield an uptime value.
   */
  force?: boolean;
  /** Called after each field's extractor (done of total): the extension's worker reports it as progress. */
  onField?: (done: number, total: number) => void;
}

/** The pipeline: detection verdict, document facts, then every field extractor. */
export function buildCard(doc: Doc, source: string, options: BuildOptions = {}): Card {
  const verdict = classifyDoc(doc);
  const extract = verdict.isLegal || options.force === true;
  const fields: Fields = extract ? extractFields(doc, options.onField) : emptyFields();
  const dates = extract ? extractDates(doc) : { effective: null, updated: null };
  return {
    schema: 1,
    source,
    title: doc.title,
    vendor: extract ? extractVendor(doc) : null,
    kind: verdict.kind,
    legal: { isLegal: verdict.isLegal, score: verdict.score },
    language: detectLanguage(doc.text),
    dates: { effective: dates.effective?.value ?? null, updated: dates.updated?.value ?? null },
    fields,
    textHash: hashText(doc.text),
  };
}

// ---------------------------------------------------------------------------
// Refiners: inferences from one field to another, run in order after every extractor
// (chrono's `configuration.ts` keeps parsers and refiners apart the same way). Each one
// reads the fields so far and returns them, changed or not; an inferred value carries
// `implied: true` and the refiner's rule name.
//
// Why the order matters: shortfall bands are measured from the commitment the document
// STATES, so `shortfallFromCommitment` runs before `uptimeFromCreditTable` can put an
// inferred uptime into the fields. Reversed, an uptime read from one credit table would
// convert another table's shortfalls: an inference built on an inference.

/** The one country whose law governs the document, or null (none, or several by the customer's location). */
function governingCountry(fields: Fields): string | null {
  const countries = new Set(fields.governingLaw.map((f) => f.value.country));
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/** Courts named by a pronoun for a place the sentence names: "its (competent) courts", "the courts thereof", "محاكمها". */
const ITS_COURTS =
  /\b(?:its|their)\s+(?:own\s+)?(?:competent\s+|appropriate\s+)?courts\b|\bcourts\s+thereof\b|\bcourts\s+of\s+(?:that|such|the\s+said)\s+(?:country|state|jurisdiction|province|emirate)\b|محاكمها/i;

/** The cap with its fixed amount in `currency`, inferred by the refiner `rule`. */
function withCurrency(cap: NonNullable<Fields['liabilityCap']>, currency: string, rule: string) {
  const fixed = cap.value.fixed as NonNullable<typeof cap.value.fixed>;
  return { ...cap, value: { ...cap.value, fixed: { ...fixed, currency } }, implied: true, rule };
}

export interface Refiner {
  /** "field/rule": the name the inferred finding carries. */
  name: string;
  refine(doc: Doc, fields: Fields): Fields;
}

/** The fields with the credit table's top band (tiers[0]) reaching up to the promised uptime, traced as `rule`. */
function topBandUpTo(fields: Fields, promised: number, rule: string, why: string): Fields {
  const credits = fields.serviceCredits as NonNullable<Fields['serviceCredits']>;
  if (tracing())
    traceEvent({ field: 'serviceCredits', rule, outcome: 'fired', start: credits.start, end: credits.end, why });
  const [top, ...rest] = credits.value.tiers;
  const tiers = top ? [{ ...top, uptimeBelow: promised }, ...rest] : credits.value.tiers;
  return { ...fields, serviceCredits: { ...credits, value: { ...credits.value, tiers } } };
}

/**
 * The level a band's upper edge written to two decimals and ending in 9 stops one step below ("99.49" → 99.5,
 * "98.99" → 99: README-sla S1, written ranges are contiguous); null for any other edge.
 */
function stepAbove(edge: number): number | null {
  const decimals = decimalsOf(String(edge));
  if (decimals < 2 || !String(edge).endsWith('9')) return null;
  return Number((edge + 10 ** -decimals).toFixed(decimals - 1));
}

export const REFINERS: readonly Refiner[] = [
  {
    // Several services committed at different figures ("power 100%; network 99.95%"): the uptime extractor takes the
    // first of one section's, none when each service's section states its own; a credit scheme whose top band ends at
    // another committed figure says which commitment it measures. First, because the refiners after it align the
    // bands with the commitment.
    name: 'uptime/commitmentCreditsMeasure',
    refine(doc, fields) {
      const top = fields.serviceCredits?.value.tiers[0];
      const current = fields.uptime;
      if (!top || top.uptimeBelow === null || current?.implied) return fields;
      if (current?.value.percent === top.uptimeBelow) return fields;
      // A top band written to two decimals ends one step below the figure it measures: "99.0% – 99.49%" under 99.5%.
      const edge = top.uptimeBelow;
      const above = stepAbove(edge);
      if (above !== null && current?.value.percent === above) return fields;
      const measured =
        commitmentAt(doc, edge, this.name) ?? (above !== null ? commitmentAt(doc, above, this.name) : null);
      if (!measured) return fields;
      if (tracing())
        traceEvent({
          field: 'uptime',
          rule: this.name,
          outcome: 'fired',
          start: measured.start,
          end: measured.end,
          why: `the credits' top band ends at ${measured.value.percent}%, a commitment the document states (${current ? `not ${current.value.percent}%` : 'the sections of several services state several'})`,
        });
      return { ...fields, uptime: measured };
    },
  },
  {
    // "Monthly Uptime Shortfall | Credit" / "0.1% – 1.0% | 10%" below a 99.9% commitment: [98.9, 99.8).
    name: 'serviceCredits/shortfallFromCommitment',
    refine(doc, fields) {
      // A table beats credits read from sentences (it states every band); uptime-band tables
      // were already taken by the extractor.
      if (fields.serviceCredits && !NON_TABLE_CREDIT_RULES.includes(fields.serviceCredits.rule ?? '')) return fields;
      const stated = fields.uptime && !fields.uptime.implied ? fields.uptime.value.percent : null;
      for (const table of findCreditTables(doc)) {
        if (!table.shortfall) continue;
        const source = tableSource(table, stated ?? table.statedBase, this.name);
        if (!source) continue;
        source.confidence -= 0.1;
        return { ...fields, serviceCredits: creditsFinding(doc, source, [source], true) };
      }
      return fields;
    },
  },
  {
    // "Availability of 99.98%" above a top band written "99.90% to 99.97%": the band reaches the commitment, one step of
    // its own precision away (README-sla S1: written ranges are contiguous, "97% - 98.99%" ends at 99). Only then: a
    // band ending at 99.9 below a 99.95% promise is kept as written.
    name: 'serviceCredits/topBandMeetsCommitment',
    refine(_doc, fields) {
      const credits = fields.serviceCredits;
      const top = credits?.value.tiers[0];
      if (!credits || !top || top.uptimeBelow === null || !fields.uptime || fields.uptime.implied) return fields;
      const promised = fields.uptime.value.percent;
      const decimals = decimalsOf(String(top.uptimeBelow));
      const gap = Math.round((promised - top.uptimeBelow) * 10 ** decimals);
      // One step of the band's own precision, and a promise written no finer than the band.
      if (decimals === 0 || gap !== 1 || decimalsOf(String(promised)) > decimals) return fields;
      return topBandUpTo(
        fields,
        promised,
        this.name,
        `the top band's ${top.uptimeBelow}% is one step below the ${promised}% promised`,
      );
    },
  },
  {
    // "99.0% – 99.49% | 5%" as the top band of a page whose plans promise 99.5%, 99.9% and 99.95%: no one uptime is the
    // card's (S7), but the band reaches the level the document states one step above its written edge (S1). A figure
    // stated nowhere ("99.0% to 99.79%" on a page without 99.8%) is kept as written.
    name: 'serviceCredits/topBandMeetsStatedLevel',
    refine(doc, fields) {
      const credits = fields.serviceCredits;
      const top = credits?.value.tiers[0];
      if (!credits || !top || top.uptimeBelow === null || (fields.uptime && !fields.uptime.implied)) return fields;
      const above = stepAbove(top.uptimeBelow);
      if (above === null || !findUptimeCandidates(doc).some((c) => c.percent === above)) return fields;
      return topBandUpTo(
        fields,
        above,
        this.name,
        `the top band's ${top.uptimeBelow}% is one step below ${above}%, a level the document states`,
      );
    },
  },
  {
    // "10% where uptime is at least 99.0%" under a 99.95% promise: the top band's ceiling is the promise, which the
    // band's sentence leaves unsaid (README-sla S1, A2: a credit for missing the commitment is the band below it).
    name: 'serviceCredits/topBandUpToCommitment',
    refine(_doc, fields) {
      const credits = fields.serviceCredits;
      const top = credits?.value.tiers[0];
      if (!credits || !top || top.uptimeBelow !== null || top.uptimeAtLeast === null) return fields;
      if (!fields.uptime || fields.uptime.implied) return fields;
      const promised = fields.uptime.value.percent;
      if (!(promised > top.uptimeAtLeast)) return fields;
      return topBandUpTo(
        fields,
        promised,
        this.name,
        `the top band from ${top.uptimeAtLeast}% reaches up to the ${promised}% promised`,
      );
    },
  },
  {
    // No sentence states the uptime (or only a claim does): the top band of a credit table,
    // "Less than 99.9% but at least 99.0% | 10%" → 99.9 (README-sla A4).
    name: 'uptime/creditTableTopTier',
    refine(doc, fields) {
      const current = fields.uptime;
      // (Claim rules also fire in lists and under headings: "uptime/slaClaimInList".)
      if (current && !UPTIME_CLAIM_RULES.some((r) => (current.rule ?? '').startsWith(r))) return fields;
      // Plans that state different uptimes: one credit table's top band would pick one of them (S7).
      if (planDependentUptime(doc)) return fields;
      for (const table of findCreditTables(doc)) {
        if (table.shortfall) continue;
        const top = tableTiers(table, null)?.[0];
        if (!top || top.uptimeBelow === null || top.uptimeBelow < 90) continue;
        const finding = makeFinding(
          doc,
          table.span,
          { percent: top.uptimeBelow, period: table.period },
          table.period ? 0.6 : 0.5,
          this.name,
        );
        finding.implied = true;
        return { ...fields, uptime: finding };
      }
      return fields;
    },
  },
  {
    // "$1,000,000" under the law of New South Wales, "100,000 ريال" under Qatar's: a currency written without its
    // country is the governing country's own (LOCAL_CURRENCY), unless the document names the default one anywhere
    // (US$, "Saudi riyals", AED). common/money.ts reads a bare "$" as USD and a bare riyal as SAR, which is right for
    // US and Saudi documents and wrong here. Implied: the document never writes the currency's country.
    name: 'liabilityCap/localCurrency',
    refine(doc, fields) {
      const cap = fields.liabilityCap;
      const fixed = cap?.value.fixed;
      const bare = fixed ? LOCAL_CURRENCY.find((c) => c.reads === fixed.currency) : undefined;
      if (!cap || !fixed || !bare) return fields;
      const country = governingCountry(fields);
      const local = country ? bare.local[country] : undefined;
      if (!local || bare.named.test(doc.text)) return fields;
      const amount = findMoney(cap.quote).find((m) => m.value === fixed.value && m.currency === fixed.currency);
      if (!amount || !bare.written.test(amount.text.trim())) return fields;
      if (tracing())
        traceEvent({
          field: 'liabilityCap',
          rule: this.name,
          outcome: 'fired',
          start: cap.start,
          end: cap.end,
          why: `"${amount.text.trim()}" under the law of ${country}, and the document never names ${fixed.currency}: ${local}`,
        });
      return { ...fields, liabilityCap: withCurrency(cap, local, this.name) };
    },
  },
  {
    // "Rs. 500,000", "5,000 دينار" (common/local-currency.ts: a placeholder, no currency yet): the rupee or dinar of the
    // country whose law governs. Under no such law the amount has no currency, and a cap with a wrong or unknown
    // currency is worse than none: the cap is dropped. Implied: the document never writes the country.
    name: 'liabilityCap/placedByLaw',
    refine(_doc, fields) {
      const cap = fields.liabilityCap;
      const fixed = cap?.value.fixed;
      const places = fixed ? PLACED_BY_LAW[fixed.currency] : undefined;
      if (!cap || !fixed || !places) return fields;
      const country = governingCountry(fields);
      const local = country ? places[country] : undefined;
      if (tracing())
        traceEvent({
          field: 'liabilityCap',
          rule: this.name,
          outcome: local ? 'fired' : 'rejected',
          start: cap.start,
          end: cap.end,
          why: local
            ? `an amount without its country under the law of ${country}: ${local}`
            : 'an amount without its country, and no governing law that names one',
        });
      return { ...fields, liabilityCap: local ? withCurrency(cap, local, this.name) : null };
    },
  },
  {
    // "governed by the laws of Kenya, and disputes fall within the jurisdiction of its courts", "تخضع … لأنظمة المملكة
    // العربية السعودية، وتكون أي نزاعات ضمن اختصاص محاكمها": the courts are named by a pronoun for the place whose law
    // the same sentence chose. Stated, not inferred: the pronoun is the text's; only where no forum is read at all.
    name: 'disputeForum/courtsOfLawPlace',
    refine(doc, fields) {
      if (fields.disputeForum.length > 0) return fields;
      for (const law of fields.governingLaw) {
        const quote = doc.text.slice(law.start, law.end);
        const its = ITS_COURTS.exec(quote);
        if (!its) continue;
        const place = placeName(law.value.country, law.value.region);
        if (!place) continue;
        if (tracing())
          traceEvent({
            field: 'disputeForum',
            rule: this.name,
            outcome: 'fired',
            start: law.start,
            end: law.end,
            why: `"${its[0]}": the courts of ${place}, whose law the sentence chose`,
          });
        const exclusive = exclusivityInSentence(quote, its.index);
        const forum = makeFinding(doc, law, { type: 'courts' as const, place, exclusive }, 0.6, this.name);
        return { ...fields, disputeForum: [forum] };
      }
      return fields;
    },
  },
  {
    // Arabic and English versions of one agreement on one page: per field and slot, the
    // controlling text's value only (the governing-language clause decides; extractors/bilingual.ts).
    // Last, so inferred values are weighed with the stated ones.
    name: 'bilingual/controllingText',
    refine: keepControllingText,
  },
];

export function extractFields(doc: Doc, onField?: (done: number, total: number) => void): Fields {
  let fields = extractEachField(doc, onField);
  for (const refiner of REFINERS) fields = refiner.refine(doc, fields);
  return fields;
}

function extractEachField(doc: Doc, onField?: (done: number, total: number) => void): Fields {
  // Each field from its registry row, in card order.
  return Object.fromEntries(
    FIELD_NAMES.map((f, i) => {
      const value = FIELDS[f].extract(doc);
      onField?.(i + 1, FIELD_NAMES.length);
      return [f, value];
    }),
  ) as unknown as Fields;
}
