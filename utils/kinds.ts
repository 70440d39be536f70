/** Words for document kinds, shared by the badge title and the UI. Pure: no browser API (UI tests import it). */
import type { DocKind } from '@/extractors/types';

/** Title-case names: "Service level agreement". */
export const KIND_LABELS: Record<DocKind, string> = {
  sla: 'Service level agreement',
  terms: 'Terms of service',
  msa: 'Master services agreement',
  dpa: 'Data processing agreement',
  privacy: 'Privacy policy',
  aup: 'Acceptable use policy',
  policy: 'Vendor policy',
  // Shown under a card the user asked for on a page that doesn't read as legal ("Analyze anyway"): the headline
  // already says so, and a "Not a legal document" line right above extracted values would contradict them.
  other: 'Other document (analyzed on request)',
};

const KIND_PHRASES: Record<DocKind, string> = {
  sla: 'a service level agreement',
  terms: 'terms of service',
  msa: 'a master services agreement',
  dpa: 'a data processing agreement',
  privacy: 'a privacy policy',
  aup: 'an acceptable use policy',
  policy: 'a vendor policy',
  other: 'a legal document',
};

/** "a service level agreement", for sentences. */
export function describeKind(kind: DocKind | null | undefined): string {
  return (kind && KIND_PHRASES[kind]) || 'a legal document';
}

// Short names for the compare page: the picker, the kind filter and the history.
const KIND_NAMES: Record<string, string> = {
  sla: 'SLA',
  terms: 'Terms',
  msa: 'MSA',
  dpa: 'DPA',
  privacy: 'Privacy policy',
  aup: 'Acceptable use policy',
  policy: 'Policy',
  other: 'Other',
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}
