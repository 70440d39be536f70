import type { Doc } from './common/doc';
import { hashText } from './common/hash';
import { extractDates } from './dates';
import { emptyFields, FIELD_NAMES, FIELDS } from './fields';
import { classifyDoc } from './kind';
import { detectLanguage } from './language';
import type { Card, Fields } from './types';
import { extractVendor } from './vendor';

// The field registry (extractor, list or scalar, empty value per field) lives in ./fields.
export { FIELD_EXTRACTORS } from './fields';

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
  // Each field from its registry row, in card order.
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].extract(doc)])) as unknown as Fields;
}
