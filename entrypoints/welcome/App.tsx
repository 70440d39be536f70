import { useHostAccess } from '@/components/useHostAccess';
import { SAMPLE_CHARS } from '@/extractors/page-signals';
import type { HostAccessUi } from '@/utils/host-access';
import { t, uiLang } from '@/utils/i18n';

export interface WelcomeAppProps {
  access: HostAccessUi;
}

/**
 * Opened once, on install: says in plain words what the every-page detector reads (what extractors/page-signals.ts
 * collects) and asks for access to all sites with one click. The state follows the browser: granted here, in the
 * popup, or revoked in the browser's settings.
 */
export function WelcomeApp({ access }: WelcomeAppProps) {
  const { granted, status, request } = useHostAccess(access);
  const sample = SAMPLE_CHARS.toLocaleString(uiLang());
  return (
    <main class="cl-welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section class="cl-panel cl-welcome-detect" aria-labelledby="detect-heading">
        <h2 id="detect-heading">{t('welcomeDetectHeading')}</h2>
        <p>{t('welcomeDetectWhat')}</p>
        <ul data-testid="detector-reads">
          <li>{t('welcomeReadsUrl')}</li>
          <li>{t('welcomeReadsTitle')}</li>
          <li>{t('welcomeReadsHeadings')}</li>
          <li>{t('welcomeReadsSample', sample)}</li>
        </ul>
        <p>{t('welcomeLocal')}</p>
        <p
          class="cl-welcome-state"
          data-testid="access-state"
          data-granted={granted === null ? undefined : String(granted)}
          role="status"
          aria-live="polite"
        >
          {granted === null ? t('welcomeChecking') : granted ? t('welcomeGranted') : t('welcomeNotGranted')}
        </p>
        {granted === false && (
          <button type="button" class="cl-primary" data-testid="grant-all-sites" onClick={request}>
            {t('welcomeGrant')}
          </button>
        )}
        {status && (
          <p class="cl-muted" data-testid="grant-status">
            {status}
          </p>
        )}
        <p class="cl-muted">{t('welcomePromptNote')}</p>
        <p class="cl-muted">{t('welcomeRevoke')}</p>
      </section>
      <p>{t('welcomeWithout')}</p>
    </main>
  );
}
