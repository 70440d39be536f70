import { useRef, useState } from 'preact/hooks';
import type { FieldName, Finding } from '@/extractors/types';
import { formatFieldValue } from '@/utils/format';
import { t } from '@/utils/i18n';
import { BidiText } from './BidiText';
import { CardFieldEditor } from './CardFieldEditor';
import { ConfidenceDetails, QuoteBlock, TranslationQuotes } from './Evidence';
import { PageTag } from './PageLink';

/** "87% · high confidence". */
export function confidenceLabel(confidence: number): string {
  const pct = Math.round(Math.max(0, Math.min(1, confidence)) * 100);
  return t(confidence >= 0.8 ? 'confidenceHigh' : confidence >= 0.5 ? 'confidenceMedium' : 'confidenceLow', pct);
}

export interface FindingViewProps {
  field: FieldName;
  /** The value shown: null when the user marked it "not stated" (or removed a list item). */
  finding: Finding<unknown> | null;
  /** Set when the user corrected this value; `original` is what the extractor read (null: nothing, user-added). */
  edited?: { original: Finding<unknown> | null } | null;
  /** Asks for the quote to be highlighted in the page. */
  onShow?: (finding: Finding<unknown>) => void;
  /** Stores a corrected value (null: not stated / remove); editing is offered only when given. */
  onEdit?: (value: unknown) => Promise<void>;
  onRevert?: () => Promise<void>;
}

/**
 * One extracted value with its evidence: the value as a button (shows the quote in the page), the verbatim quote,
 * the confidence, how it was found (the rule's name; "inferred" when the document implies rather than states it;
 * "hidden on the page" when the quote is not rendered to readers), and the correction controls. The finding's
 * rule/implied/visible members are optional: cards stored before they existed show without them. Page text is
 * rendered as text, never as HTML.
 */
export function FindingView({ field, finding, edited, onShow, onEdit, onRevert }: FindingViewProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const hasQuote = finding !== null && finding.quote.trim() !== '';
  const closeEditor = () => {
    setEditing(false);
    // Back to where the keyboard user was.
    queueMicrotask(() => editButton.current?.focus());
  };

  return (
    <div class={`cl-finding${edited ? ' cl-finding-edited' : ''}`}>
      <div class="cl-finding-head">
        {finding ? (
          <button
            type="button"
            class="cl-finding-value"
            data-testid="finding"
            data-field={field}
            disabled={!onShow}
            onClick={() => onShow?.(finding)}
          >
            <BidiText value text={formatFieldValue(field, finding.value)} />
            {onShow && hasQuote && <span class="cl-visually-hidden"> {t('showQuoteHint')}</span>}
          </button>
        ) : (
          <span class="cl-not-stated">{t('notStated')}</span>
        )}
        {edited && (
          <span class="cl-tag" data-testid="edited-tag">
            {t('editedTag')}
          </span>
        )}
        {finding?.implied === true && (
          <span class="cl-tag" data-testid="inferred-tag" title={t('inferredTitle')}>
            {t('inferredTag')}
          </span>
        )}
      </div>
      {edited && (
        <p class="cl-original">
          {t('extractedValue')}{' '}
          <span data-testid="original-value">
            {edited.original ? (
              <BidiText value text={formatFieldValue(field, edited.original.value)} />
            ) : (
              t('userAddedValue')
            )}
          </span>
        </p>
      )}
      {hasQuote && finding ? (
        <>
          <div class="cl-quote-row">
            <QuoteBlock quote={finding.quote} />
            {typeof finding.page === 'number' && <PageTag page={finding.page} />}
          </div>
          {/* A bilingual document: the same clause in its other language, with its own direction. */}
          <TranslationQuotes
            translations={finding.translations}
            onShow={onShow && ((tr) => onShow({ ...finding, quote: tr.quote, start: tr.start, end: tr.end }))}
          />
          {finding.visible === false && (
            <p class="cl-warning" data-testid="hidden-tag">
              <span class="cl-tag">{t('hiddenTag')}</span> {t('hiddenWarning')}
            </p>
          )}
          <ConfidenceDetails confidence={finding.confidence} rule={finding.rule} />
        </>
      ) : (
        finding && <p class="cl-muted">{t('noQuoteUserValue')}</p>
      )}
      {(onEdit || (edited && onRevert)) && !editing && (
        <div class="cl-actions">
          {onEdit && (
            <button type="button" ref={editButton} data-testid="edit" onClick={() => setEditing(true)}>
              {t('edit')}
              <span class="cl-visually-hidden">
                {' '}
                {finding ? formatFieldValue(field, finding.value) : t('valueWord')}
              </span>
            </button>
          )}
          {edited && onRevert && (
            <button type="button" data-testid="revert" onClick={() => void onRevert()}>
              {t('revert')}
              <span class="cl-visually-hidden"> {t('revertHint')}</span>
            </button>
          )}
        </div>
      )}
      {editing && onEdit && (
        <CardFieldEditor
          field={field}
          value={finding?.value ?? null}
          removable={finding !== null}
          onCancel={closeEditor}
          onSave={async (value) => {
            await onEdit(value);
            closeEditor();
          }}
        />
      )}
    </div>
  );
}
