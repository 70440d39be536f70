import { hashText } from './common/hash';
import type { Doc } from './common/doc';
import type { Card, Fields } from './types';
import { emptyFields } from './types';

/**
 * The pipeline: every field extractor, in order, over one Doc. Extractors are pure
 * functions of the Doc; none depends on another's output except where noted.
 */
export function buildCard(doc: Doc, source: string): Card {
  const fields: Fields = emptyFields();
  return {
    schema: 1,
    source,
    title: doc.title,
    vendor: null,
    kind: 'other',
    legal: { isLegal: false, score: 0 },
    language: null,
    dates: { effective: null, updated: null },
    fields,
    textHash: hashText(doc.text),
  };
}
