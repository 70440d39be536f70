/**
 * Words for document kinds, shared by the badge title and the UI. No browser API of its own: the words go through
 * t() (utils/i18n.ts), which reads the extension's locale where there is one and the English table elsewhere (UI
 * tests import this module).
 */
import type { DocKind } from '@/extractors/types';
import { t } from './i18n';

/** Title-case names: "Service level agreement". */
export const KIND_LABELS: Record<DocKind, string> = {
  sla: t('kindLabelSla'),
  terms: t('kindLabelTerms'),
  msa: t('kindLabelMsa'),
  dpa: t('kindLabelDpa'),
  privacy: t('kindLabelPrivacy'),
  aup: t('kindLabelAup'),
  policy: t('kindLabelPolicy'),
  // Shown under a card the user asked for on a page that doesn't read as legal ("Analyze anyway"): the headline
  // already says so, and a "Not a legal document" line right above extracted values would contradict them.
  other: t('kindLabelOther'),
};

const KIND_PHRASES: Record<DocKind, string> = {
  sla: t('kindPhraseSla'),
  terms: t('kindPhraseTerms'),
  msa: t('kindPhraseMsa'),
  dpa: t('kindPhraseDpa'),
  privacy: t('kindPhrasePrivacy'),
  aup: t('kindPhraseAup'),
  policy: t('kindPhrasePolicy'),
  other: t('kindPhraseOther'),
};

/** "a service level agreement", for sentences. */
export function describeKind(kind: DocKind | null | undefined): string {
  return (kind && KIND_PHRASES[kind]) || KIND_PHRASES.other;
}

// Short names for the compare page: the picker, the kind filter and the history.
const KIND_NAMES: Record<string, string> = {
  sla: t('kindNameSla'),
  terms: t('kindNameTerms'),
  msa: t('kindNameMsa'),
  dpa: t('kindNameDpa'),
  privacy: t('kindNamePrivacy'),
  aup: t('kindNameAup'),
  policy: t('kindNamePolicy'),
  other: t('kindNameOther'),
};

export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind;
}
