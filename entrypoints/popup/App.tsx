import { useState } from 'preact/hooks';
import { BidiText } from '@/components/BidiText';
import { headlineText, NOT_LEGAL_TEXT, shownVerdict } from '@/components/CardHeader';
import { CardKeyValues } from '@/components/CardKeyValues';
import { ChangesView } from '@/components/ChangesView';
import { NotLegalPanel } from '@/components/NotLegalPanel';
import type { SnapshotStore } from '@/components/snapshot-store';
import { useHostAccess } from '@/components/useHostAccess';
import { usePageAnalysis } from '@/components/usePageAnalysis';
import { useSaveSnapshot } from '@/components/useSaveSnapshot';
import type { Connector } from '@/utils/connector';
import type { HostAccessUi } from '@/utils/host-access';
import { t } from '@/utils/i18n';
import { KIND_LABELS } from '@/utils/kinds';

export interface PopupAppProps {
  connector: Connector;
  store: Pick<SnapshotStore, 'saveSnapshot'>;
  /** Access to all sites (utils/host-access.ts); without it the popup offers no grant. */
  access?: HostAccessUi;
}

/** This page's card at a glance, with save / side panel / compare. */
export function PopupApp({ connector, store, access }: PopupAppProps) {
  const page = usePageAnalysis(connector);
  const hostAccess = useHostAccess(access);
  const saving = useSaveSnapshot(store);
  const [notice, setNotice] = useState('');
  const card = page.phase === 'ready' ? page.analysis?.card : null;
  // The card's verdict once there is a card (it read the whole page), so the headline agrees with it.
  const shown = shownVerdict(page.verdict, card);

  const openSidePanel = () => {
    if (page.tabId === null) return;
    // Called straight from the click: both browsers need the user gesture.
    connector.openSidePanel(page.tabId).then(
      () => setNotice(t('sidePanelOpened')),
      (err: unknown) => setNotice(t('sidePanelFailed', err instanceof Error ? err.message : String(err))),
    );
  };

  return (
    <main class="cl-popup" aria-busy={page.phase === 'loading'}>
      <h1 class="cl-brand">{t('extName')}</h1>
      <p
        class="cl-verdict"
        data-testid="verdict"
        data-legal={shown ? String(shown.isLegal) : undefined}
        data-forced={card && shown && !shown.isLegal ? 'true' : undefined}
      >
        {page.phase === 'loading' && !page.verdict
          ? t('checkingPage')
          : page.phase === 'no-tab'
            ? t('noTabInWindow')
            : page.phase === 'not-legal'
              ? NOT_LEGAL_TEXT
              : headlineText(page.verdict, card)}
      </p>

      {page.phase === 'loading' && <p class="cl-muted">{t('readingPage')}</p>}

      {page.phase === 'not-legal' && <NotLegalPanel onAnalyze={page.analyzeAnyway} />}

      {page.phase === 'error' && (
        <div class="cl-panel">
          <p class="cl-error" role="alert">
            {page.error}
          </p>
          <button type="button" onClick={page.refresh} disabled={page.tabId === null}>
            {t('tryAgain')}
          </button>
        </div>
      )}

      {card && (
        <section class="cl-summary" aria-label={t('cardSummary')}>
          <p class="cl-vendor" data-testid="card-vendor">
            {card.vendor ? <BidiText text={card.vendor} /> : t('unknownVendor')}
          </p>
          <p class="cl-kind" data-testid="card-kind">
            {KIND_LABELS[card.kind] ?? card.kind}
          </p>
          <CardKeyValues card={card} />
        </section>
      )}

      <div class="cl-actions cl-popup-actions">
        {card && page.analysis && (
          <button
            type="button"
            class="cl-primary"
            data-testid="save-snapshot"
            disabled={saving.busy}
            onClick={() => {
              if (page.analysis) saving.save(page.analysis).catch(() => {});
            }}
          >
            {t('saveSnapshot')}
          </button>
        )}
        <button type="button" data-testid="open-sidepanel" disabled={page.tabId === null} onClick={openSidePanel}>
          {t('openSidePanel')}
        </button>
        <button
          type="button"
          data-testid="open-compare"
          onClick={() => {
            connector.openCompare().catch(() => setNotice(t('compareFailed')));
          }}
        >
          {t('compare')}
        </button>
      </div>

      {/* Until access to all sites is granted (or after it was revoked) the detector does not run: offer it here. */}
      {hostAccess.granted === false && (
        <section class="cl-panel cl-grant" data-testid="grant-panel">
          <button type="button" data-testid="grant-all-sites" onClick={hostAccess.request}>
            {t('detectWhileBrowsing')}
          </button>
          <p class="cl-muted">{t('detectWhileBrowsingHint')}</p>
        </section>
      )}
      {hostAccess.status && (
        <p class="cl-muted" data-testid="grant-status" role="status">
          {hostAccess.status}
        </p>
      )}

      <p class="cl-status" data-testid="save-status" role="status" aria-live="polite">
        {saving.status}
      </p>
      {saving.result?.status === 'added' && saving.result.previousSnapshotId !== null && (
        <section class="cl-changes-section" aria-label={t('changesSinceLastSnapshot')}>
          <ChangesView changes={saving.result.changes} clauses={saving.result.clauseChanges} />
        </section>
      )}
      <p class="cl-visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
    </main>
  );
}
