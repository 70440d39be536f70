// The public face of the clause engine: text in, card out. Pure; no browser APIs.
export { buildCard } from './card';
export type { Block, Doc, RawBlock, Sentence } from './common/doc';
export { hashText } from './common/hash';
export { emptyFields, FIELD_NAMES } from './fields';
export { docFromDocument, docFromText } from './input';
export * from './types';
