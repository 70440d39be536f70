/**
 * A value's evidence, short at a glance: the quote cut at a word boundary with an expander when it is long, and the
 * confidence as a word (high, medium, low) whose details hold the figure and the rule that found the value.
 * Page text is rendered as text, never as HTML.
 */
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { BidiText } from './BidiText';

/** Quotes longer than this are cut (to about QUOTE_KEEP characters) until the user asks for the rest. */
export const QUOTE_LIMIT = 320;
export const QUOTE_KEEP = 240;

/** The quote's first ~QUOTE_KEEP characters, ending at a word boundary; the whole quote when it is short. */
export function shortQuote(quote: string): { text: string; cut: boolean } {
  if (quote.length <= QUOTE_LIMIT) return { text: quote, cut: false };
  const space = quote.lastIndexOf(' ', QUOTE_KEEP);
  const end = space > QUOTE_KEEP * 0.6 ? space : QUOTE_KEEP;
  return { text: `${quote.slice(0, end).trimEnd()}…`, cut: true };
}

export function QuoteBlock({ quote }: { quote: string }) {
  const [whole, setWhole] = useState(false);
  const { text, cut } = shortQuote(quote);
  return (
    // BidiText: an Arabic quote reads right to left with lang="ar", its Latin runs isolated (utils/direction.ts).
    <BidiText
      as="blockquote"
      class="cl-quote"
      data-testid="quote"
      data-cut={cut && !whole ? 'true' : undefined}
      text={whole ? quote : text}
    >
      {cut && (
        <button
          type="button"
          class="cl-quote-more"
          data-testid="quote-toggle"
          aria-expanded={whole}
          onClick={() => setWhole(!whole)}
        >
          {whole ? t('showLess') : t('showWholeQuote')}
        </button>
      )}
    </BidiText>
  );
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.8 ? 'high' : confidence >= 0.5 ? 'medium' : 'low';
}

export function confidencePercent(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`;
}

const CONFIDENCE_SUMMARY = {
  high: 'confidenceSummaryHigh',
  medium: 'confidenceSummaryMedium',
  low: 'confidenceSummaryLow',
} as const;

/** "high confidence", opening to "Confidence 92% · found by rule uptime/percentPerPeriod". */
export function ConfidenceDetails({ confidence, rule }: { confidence: number; rule?: string | null }) {
  return (
    <details class="cl-confidence" data-testid="confidence">
      <summary>{t(CONFIDENCE_SUMMARY[confidenceLevel(confidence)])}</summary>
      <p class="cl-rule">
        {t('confidenceFigure', confidencePercent(confidence))}
        {typeof rule === 'string' && rule && (
          <span data-testid="finding-rule">
            {' '}
            · {t('foundByRule')} <code>{rule}</code>
          </span>
        )}
      </p>
    </details>
  );
}

/** A language's name in the UI's language ("Arabic"), the code itself where Intl cannot name it. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([t('uiLang')], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface TranslationLike {
  quote: string;
  start: number;
  end: number;
  language?: string;
  sameValue?: boolean;
}

/**
 * A bilingual document's other version of the clause (Finding.translations, extractors/bilingual.ts): each quote with
 * its own direction and language (BidiText), said to disagree when it states another value (the controlling text
 * decided). Tolerant of stored cards: anything that is not a quote is left out. `onShow` highlights it in the page.
 */
export function TranslationQuotes({
  translations,
  onShow,
}: {
  translations: unknown;
  onShow?: (t: TranslationLike) => void;
}) {
  if (!Array.isArray(translations)) return null;
  const list = (translations as Partial<TranslationLike>[]).filter(
    (x): x is TranslationLike =>
      !!x &&
      typeof x.quote === 'string' &&
      x.quote.trim() !== '' &&
      typeof x.start === 'number' &&
      typeof x.end === 'number',
  );
  if (list.length === 0) return null;
  return (
    <div class="cl-translations" data-testid="translations">
      {list.map((tr, i) => (
        // Index key: a finding's translations are never reordered.
        <div class="cl-translation" key={i} data-same-value={tr.sameValue === false ? 'false' : 'true'}>
          <p class="cl-muted cl-translation-label">
            {t('otherVersion', languageName(typeof tr.language === 'string' ? tr.language : ''))}
            {tr.sameValue === false && <strong class="cl-bad"> {t('otherVersionDiffers')}</strong>}
            {onShow && (
              <>
                {' '}
                <button type="button" class="cl-link" data-testid="translation-show" onClick={() => onShow(tr)}>
                  {t('showInPage')}
                </button>
              </>
            )}
          </p>
          <QuoteBlock quote={tr.quote} />
        </div>
      ))}
    </div>
  );
}
