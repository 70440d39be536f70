import type { Card, DocKind } from '@/extractors/types';
import { t } from '@/utils/i18n';
import { describeKind, KIND_LABELS } from '@/utils/kinds';
import { BidiText } from './BidiText';

/** Vendor, kind, title and dates of a card. */
export function CardHeader({ card }: { card: Card }) {
  const dates = [
    card.dates.effective ? t('effectiveDate', card.dates.effective) : null,
    card.dates.updated ? t('updatedDate', card.dates.updated) : null,
  ].filter(Boolean);
  return (
    <header class="cl-card-header">
      <h2 class="cl-vendor">{card.vendor ? <BidiText text={card.vendor} /> : t('unknownVendor')}</h2>
      <p class="cl-kind">{KIND_LABELS[card.kind] ?? card.kind}</p>
      {card.title && <BidiText as="p" class="cl-title" text={card.title} />}
      {dates.length > 0 && <p class="cl-muted">{dates.join(' · ')}</p>}
    </header>
  );
}

export const NOT_LEGAL_TEXT = t('notLegalHeadline');

/** "This looks like a service level agreement (score 87%)", or the plain not-legal sentence. */
export function verdictText(verdict: { isLegal: boolean; kind: DocKind; score: number } | null): string {
  if (!verdict) return t('notCheckedYet');
  if (!verdict.isLegal) return NOT_LEGAL_TEXT;
  return t('legalHeadline', describeKind(verdict.kind), Math.round(verdict.score * 100));
}

/** Shown over a card the user asked for on a page that does not read as legal ("Analyze anyway"). */
export const FORCED_TEXT = t('forcedHeadline');

type VerdictLike = { isLegal: boolean; kind: DocKind; score: number };

/**
 * The verdict a page's headline shows. Once there is a card, the card's own verdict (classifyDoc over the
 * whole document, the same fitted model as the badge's) is the one the values were read under, so the
 * headline never says "not a contract" over a card that reads as one, nor the reverse. Without a card, the
 * badge's verdict on the page sample.
 */
export function shownVerdict(detector: VerdictLike | null, card: Card | null | undefined): VerdictLike | null {
  if (!card) return detector;
  return { isLegal: card.legal.isLegal, kind: card.kind, score: card.legal.score };
}

/** The headline: the verdict's sentence, or, over a card analyzed anyway, what that card is and is not. */
export function headlineText(detector: VerdictLike | null, card: Card | null | undefined): string {
  const v = shownVerdict(detector, card);
  if (card && v && !v.isLegal) return FORCED_TEXT;
  return verdictText(v);
}
