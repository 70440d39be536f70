/**
 * The engine's field registry: one row per card field, the only place a field's extractor and shape are named.
 * `satisfies` makes the compiler check it against `Fields` (types.ts): a field without a row, a row without a
 * field, an extractor returning another field's type, or a list field marked scalar all fail to compile.
 * Everything else that walks the fields (FIELD_NAMES, emptyFields, the scorer's lists, the pipeline) derives from it.
 *
 * Engine side only: this module imports every extractor, so the UI never imports it (the UI's table is
 * utils/fields.ts, checked against the same `Fields`).
 */
import type { Doc } from './common/doc';
import { extractConsequentialDamages } from './consequentialDamages';
import { extractDisputeForum } from './disputeForum';
import { extractGoverningLaw } from './governingLaw';
import { extractLiabilityCap } from './liabilityCap';
import { extractNotices } from './notices';
import { extractRenewal } from './renewal';
import { extractServiceCredits } from './serviceCredits';
import { extractSoleRemedy } from './soleRemedy';
import { extractSupport } from './support';
import type { FieldName, Fields } from './types';
import { extractUptime } from './uptime';

/** A list field holds every finding (`[]` when the document states none); a scalar field one finding or null. */
export type FieldShape<K extends FieldName> = Fields[K] extends readonly unknown[] ? 'list' : 'scalar';

export interface EngineField<K extends FieldName> {
  /** A pure function of the Doc. */
  extract: (doc: Doc) => Fields[K];
  /** Checked by the compiler against the field's type; the empty value follows from it (`[]` or `null`). */
  shape: FieldShape<K>;
}

/** In card order: the order of FIELD_NAMES, of the card's JSON and of the pipeline. */
export const FIELDS = {
  uptime: { extract: extractUptime, shape: 'scalar' },
  serviceCredits: { extract: extractServiceCredits, shape: 'scalar' },
  soleRemedy: { extract: extractSoleRemedy, shape: 'scalar' },
  liabilityCap: { extract: extractLiabilityCap, shape: 'scalar' },
  consequentialDamages: { extract: extractConsequentialDamages, shape: 'scalar' },
  governingLaw: { extract: extractGoverningLaw, shape: 'list' },
  disputeForum: { extract: extractDisputeForum, shape: 'list' },
  notices: { extract: extractNotices, shape: 'list' },
  renewal: { extract: extractRenewal, shape: 'scalar' },
  support: { extract: extractSupport, shape: 'list' },
} satisfies { [K in FieldName]: EngineField<K> };

export const FIELD_NAMES = Object.keys(FIELDS) as readonly FieldName[];
export const LIST_FIELDS: readonly FieldName[] = FIELD_NAMES.filter((f) => FIELDS[f].shape === 'list');
export const SCALAR_FIELDS: readonly FieldName[] = FIELD_NAMES.filter((f) => FIELDS[f].shape === 'scalar');

/** One extractor per field (the pipeline meta-test's view of the registry). */
export const FIELD_EXTRACTORS = Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].extract])) as {
  [K in FieldName]: (doc: Doc) => Fields[K];
};

/** The empty value of a field: what a document that does not state it gets. */
export function emptyValue<K extends FieldName>(field: K): Fields[K] {
  return (FIELDS[field].shape === 'list' ? [] : null) as Fields[K];
}

/** Every field empty: the card of a page that is not legal. */
export function emptyFields(): Fields {
  return Object.fromEntries(FIELD_NAMES.map((f) => [f, emptyValue(f)])) as unknown as Fields;
}
