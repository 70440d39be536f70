import type { Card, DocKind } from '@/extractors/types';
import { describeKind, KIND_LABELS } from '@/utils/kinds';

/** Vendor, kind, title and dates of a card. */
export function CardHeader({ card }: { card: Card }) {
  const dates = [
    card.dates.effective ? `Effective ${card.dates.effective}` : null,
    card.dates.updated ? `Updated ${card.dates.updated}` : null,
  ].filter(Boolean);
  return (
    <header class="cl-card-header">
      <h2 class="cl-vendor">{card.vendor ?? 'Unknown vendor'}</h2>
      <p class="cl-kind">{KIND_LABELS[card.kind] ?? card.kind}</p>
      {card.title && <p class="cl-title">{card.title}</p>}
      {dates.length > 0 && <p class="cl-muted">{dates.join(' · ')}</p>}
    </header>
  );
}

export const NOT_LEGAL_TEXT = "This page doesn't look like a contract or policy";

/** "This looks like a service level agreement (score 87%)", or the plain not-legal sentence. */
export function verdictText(verdict: { isLegal: boolean; kind: DocKind; score: number } | null): string {
  if (!verdict) return 'Not checked yet';
  if (!verdict.isLegal) return NOT_LEGAL_TEXT;
  return `This looks like ${describeKind(verdict.kind)} (score ${Math.round(verdict.score * 100)}%)`;
}
