import type { Doc } from './common/doc';
import { hashText } from './common/hash';
import { extractConsequentialDamages } from './consequentialDamages';
import { extractDates } from './dates';
import { extractDisputeForum } from './disputeForum';
import { extractGoverningLaw } from './governingLaw';
import { classifyDoc } from './kind';
import { detectLanguage } from './language';
import { extractLiabilityCap } from './liabilityCap';
import { extractNotices } from './notices';
import { extractRenewal } from './renewal';
import { extractServiceCredits } from './serviceCredits';
import { extractSoleRemedy } from './soleRemedy';
import { extractSupport } from './support';
import type { Card, Fields } from './types';
import { emptyFields } from './types';
import { extractUptime } from './uptime';
import { extractVendor } from './vendor';

/**
 * One extractor per field, each a pure function of the Doc. The order does not matter
 * (none reads another's output); the list is what the pipeline meta-test checks.
 */
export const FIELD_EXTRACTORS = {
  uptime: extractUptime,
  serviceCredits: extractServiceCredits,
  soleRemedy: extractSoleRemedy,
  liabilityCap: extractLiabilityCap,
  consequentialDamages: extractConsequentialDamages,
  governingLaw: extractGoverningLaw,
  disputeForum: extractDisputeForum,
  notices: extractNotices,
  renewal: extractRenewal,
  support: extractSupport,
} satisfies { [K in keyof Fields]: (doc: Doc) => Fields[K] };

export interface BuildOptions {
  /**
   * Extract fields even when the document does not look legal ("Analyze anyway").
   * Off by default: a news story quoting "99.9% uptime" must not yield an uptime value.
   */
  force?: boolean;
}

/** The pipeline: detection verdict, document facts, then every field extractor. */
export function buildCard(doc: Doc, source: string, options: BuildOptions = {}): Card {
  const verdict = classifyDoc(doc);
  const extract = verdict.isLegal || options.force === true;
  const fields: Fields = extract ? extractFields(doc) : emptyFields();
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

export function extractFields(doc: Doc): Fields {
  return {
    uptime: FIELD_EXTRACTORS.uptime(doc),
    serviceCredits: FIELD_EXTRACTORS.serviceCredits(doc),
    soleRemedy: FIELD_EXTRACTORS.soleRemedy(doc),
    liabilityCap: FIELD_EXTRACTORS.liabilityCap(doc),
    consequentialDamages: FIELD_EXTRACTORS.consequentialDamages(doc),
    governingLaw: FIELD_EXTRACTORS.governingLaw(doc),
    disputeForum: FIELD_EXTRACTORS.disputeForum(doc),
    notices: FIELD_EXTRACTORS.notices(doc),
    renewal: FIELD_EXTRACTORS.renewal(doc),
    support: FIELD_EXTRACTORS.support(doc),
  };
}
