import { emptyFields } from '../../extractors/fields';
import type { Card, Fields, Finding } from '../../extractors/types';

/** A finding with a placeholder quote: storage and comparison only look at values. */
export function f<T>(value: T, quote = 'quote'): Finding<T> {
  return { value, quote, start: 0, end: quote.length, confidence: 0.9 };
}

/** A minimal schema-1 card; `fields` overrides the empty ones. */
export function makeCard(partial: Partial<Omit<Card, 'fields'>> & { fields?: Partial<Fields> } = {}): Card {
  const { fields, ...rest } = partial;
  return {
    schema: 1,
    source: 'https://example.com/terms',
    title: 'Terms',
    vendor: 'Example',
    kind: 'terms',
    legal: { isLegal: true, score: 0.9 },
    language: 'en',
    dates: { effective: null, updated: null },
    textHash: 'fnv1a:0',
    ...rest,
    fields: { ...emptyFields(), ...fields },
  };
}
