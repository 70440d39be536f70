import { type Progress, progressFraction } from '@/utils/card-job';
import { t } from '@/utils/i18n';

/** The words for a stage of an analysis (utils/card-job.ts STAGES). */
export function stageText(p: Progress | null): string {
  if (!p) return t('progressPage');
  switch (p.stage) {
    case 'page':
      return t('progressPage');
    case 'pages':
      return t('progressPages', p.done, p.total);
    case 'text':
      return t('progressText');
    case 'fields':
      return t('progressFields', p.done, p.total);
    case 'visible':
      return t('progressVisible');
  }
}

/**
 * While a card is built: what stage it is at, a bar, and a Cancel button that stops the work (utils/offthread.ts).
 * Before the first report the bar is indeterminate.
 */
export function AnalysisProgress({ progress, onCancel }: { progress: Progress | null; onCancel: () => void }) {
  const percent = progress ? Math.round(progressFraction(progress) * 100) : null;
  return (
    <section class="cl-progress" data-testid="analysis-progress" data-stage={progress?.stage ?? 'start'}>
      <p class="cl-muted" role="status" aria-live="polite" data-testid="progress-text">
        {stageText(progress)}
      </p>
      <progress
        aria-label={t('progressLabel')}
        data-testid="progress-bar"
        max={100}
        {...(percent === null ? {} : { value: percent })}
      />{' '}
      <button type="button" data-testid="cancel-analysis" onClick={onCancel}>
        {t('cancelAnalysis')}
      </button>
    </section>
  );
}

/** After a cancel: says so, and offers to start again. */
export function AnalysisCancelled({ onAgain }: { onAgain: () => void }) {
  return (
    <section class="cl-progress" data-testid="analysis-cancelled">
      <p role="status">{t('analysisCancelled')}</p>
      <button type="button" class="cl-primary" data-testid="analyze-again" onClick={onAgain}>
        {t('analyzeAgain')}
      </button>
    </section>
  );
}
