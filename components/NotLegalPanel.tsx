import { t } from '@/utils/i18n';

/** What the popup and the side panel show on a page that does not look legal. */
export function NotLegalPanel({ onAnalyze }: { onAnalyze: () => void }) {
  return (
    <div class="cl-panel">
      <p>{t('notLegalHint')}</p>
      <button type="button" class="cl-primary" data-testid="analyze-anyway" onClick={onAnalyze}>
        {t('analyzeAnyway')}
      </button>
    </div>
  );
}
