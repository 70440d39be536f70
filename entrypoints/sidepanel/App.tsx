import { useEffect, useState } from 'preact/hooks';
import { headlineText, NOT_LEGAL_TEXT, shownVerdict } from '@/components/CardHeader';
import { CardView } from '@/components/CardView';
import { ChangesView } from '@/components/ChangesView';
import { NotLegalPanel } from '@/components/NotLegalPanel';
import { FileFacts, PageLinkContext } from '@/components/PageLink';
import type { SnapshotStore } from '@/components/snapshot-store';
import { usePageAnalysis } from '@/components/usePageAnalysis';
import { useSaveSnapshot } from '@/components/useSaveSnapshot';
import type { FieldName, Finding } from '@/extractors/types';
import type { Connector } from '@/utils/connector';
import type { CorrectionRow, SnapshotRow } from '@/utils/db';
import { t } from '@/utils/i18n';
import { useLiveQuery } from '@/utils/live';
import { AnalysisCancelled, AnalysisProgress } from './AnalysisProgress';
import { PageChanges } from './PageChanges';

export interface SidePanelAppProps {
  connector: Connector;
  store: SnapshotStore;
  /** performance.now() when the panel's script started; the render time is measured from it. */
  startedAt: number;
}

const NO_CORRECTIONS: CorrectionRow[] = [];

/** The full card with evidence: highlight a quote in the page, correct a value, save and see changes. */
export function SidePanelApp({ connector, store, startedAt }: SidePanelAppProps) {
  const page = usePageAnalysis(connector, { follow: true });
  const saving = useSaveSnapshot(store);
  const [highlightStatus, setHighlightStatus] = useState('');
  const [highlighted, setHighlighted] = useState(false);
  const [editStatus, setEditStatus] = useState('');
  const [adding, setAdding] = useState<FieldName | null>(null);
  const analysis = page.phase === 'ready' ? page.analysis : null;
  // The card's verdict once there is a card (it read the whole page), so the headline agrees with it.
  const shown = shownVerdict(page.verdict, analysis?.card);
  const url = analysis?.url ?? null;

  // undefined while loading, null when the page has no snapshot.
  const latest = useLiveQuery<SnapshotRow | null | undefined>(
    () => (url ? store.latestSnapshotForUrl(url) : null),
    [url, store],
    undefined,
  );
  // Corrections belong to a snapshot of exactly this text; an older text's snapshot is history, not this card.
  const current = latest && analysis && latest.textHash === analysis.card.textHash ? latest : null;
  const corrections = useLiveQuery(
    () => (current ? store.correctionsFor(current.id) : NO_CORRECTIONS),
    [current?.id, store],
    NO_CORRECTIONS,
  );
  const card = current?.card ?? analysis?.card ?? null;

  // The e2e test reads how long the panel took from its first script to a settled view (normally the card).
  useEffect(() => {
    if (page.phase === 'loading' || (page.phase === 'ready' && !card)) return;
    if (document.body.dataset.renderMs === undefined) {
      document.body.dataset.renderMs = (performance.now() - startedAt).toFixed(1);
    }
  }, [page.phase, card, startedAt]);

  // Moving to another page or tab: old statuses no longer apply.
  useEffect(() => {
    setHighlightStatus('');
    setHighlighted(false);
    setEditStatus('');
    setAdding(null);
  }, [url]);

  const showQuote = async (_field: FieldName, finding: Finding<unknown>) => {
    if (page.tabId === null) return;
    if (!finding.quote.trim()) {
      setHighlightStatus(t('quoteNoneUserValue'));
      return;
    }
    setHighlightStatus(t('quoteLooking'));
    try {
      const result = await connector.highlight(page.tabId, finding.quote);
      setHighlightStatus(
        !result.found
          ? t('quoteNotFound')
          : result.visible === false || finding.visible === false
            ? t('quoteHidden')
            : t('quoteHighlighted'),
      );
      setHighlighted(result.found);
    } catch (err) {
      setHighlightStatus(t('highlightFailed', err instanceof Error ? err.message : String(err)));
    }
  };

  const openPage = (pageNumber: number) => {
    if (page.tabId === null) return;
    connector.openAtPage(page.tabId, pageNumber).then(
      () => setHighlightStatus(t('pdfOpenedAtPage', pageNumber)),
      (err: unknown) => setHighlightStatus(t('openPageFailed', err instanceof Error ? err.message : String(err))),
    );
  };

  // Corrections are stored beside a snapshot's card, so a page without one is saved first.
  const snapshotIdForEdit = async (): Promise<number> => {
    if (current) return current.id;
    if (!analysis) throw new Error(t('nothingToCorrect'));
    return (await saving.save(analysis)).snapshotId;
  };

  const edit = async (path: string, value: unknown) => {
    const id = await snapshotIdForEdit();
    await store.setCorrection(id, path, value);
    setEditStatus(t('correctionSaved'));
  };

  const revert = async (path: string) => {
    if (!current) return;
    await store.revertCorrection(current.id, path);
    setEditStatus(t('correctionReverted'));
  };

  return (
    <main class="cl-sidepanel" aria-busy={page.phase === 'loading'}>
      <header class="cl-panel-top">
        <h1 class="cl-brand">{t('extName')}</h1>
        <p
          class="cl-verdict"
          data-testid="verdict"
          data-legal={shown ? String(shown.isLegal) : undefined}
          data-forced={analysis && shown && !shown.isLegal ? 'true' : undefined}
        >
          {page.phase === 'loading' && !page.verdict
            ? t('checkingPage')
            : page.phase === 'not-legal'
              ? NOT_LEGAL_TEXT
              : page.phase === 'no-tab'
                ? t('noTabInWindow')
                : page.phase === 'error' && !page.verdict
                  ? // Nothing was read (a PDF the reader refused, a page that cannot be scripted): say so, not "Not
                    // checked yet"; the alert below says why.
                    page.cancelled
                    ? t('headlineCancelled')
                    : t('headlineReadFailed')
                  : headlineText(page.verdict, analysis?.card)}
        </p>
        <div class="cl-actions">
          <button
            type="button"
            class="cl-primary"
            data-testid="save-snapshot"
            disabled={!analysis || saving.busy}
            onClick={() => {
              if (analysis) saving.save(analysis).catch(() => {});
            }}
          >
            {t('saveSnapshot')}
          </button>
          <button type="button" onClick={page.refresh} disabled={page.tabId === null || page.phase === 'loading'}>
            {t('readPageAgain')}
          </button>
          <button type="button" data-testid="open-compare" onClick={() => void connector.openCompare()}>
            {t('compare')}
          </button>
        </div>
        <p class="cl-status" data-testid="save-status" role="status" aria-live="polite">
          {saving.status}
        </p>
        <p class="cl-status" data-testid="highlight-status" role="status" aria-live="polite">
          {highlightStatus}
        </p>
        {highlighted && page.tabId !== null && (
          <button
            type="button"
            data-testid="clear-highlight"
            onClick={() => {
              const tabId = page.tabId as number;
              setHighlighted(false);
              connector.clearHighlight(tabId).then(
                () => setHighlightStatus(t('highlightRemoved')),
                () => setHighlightStatus(t('highlightRemoveFailed')),
              );
            }}
          >
            {t('removeHighlight')}
          </button>
        )}
        <p class="cl-visually-hidden" role="status" aria-live="polite">
          {editStatus}
        </p>
      </header>

      {page.phase === 'loading' && page.tabId !== null && (
        <AnalysisProgress progress={page.progress} onCancel={page.cancel} />
      )}
      {page.phase === 'loading' && page.tabId === null && <p class="cl-muted">{t('readingPage')}</p>}

      {page.phase === 'error' && page.cancelled && <AnalysisCancelled onAgain={page.refresh} />}

      {page.phase === 'not-legal' && <NotLegalPanel onAnalyze={page.analyzeAnyway} />}

      {page.phase === 'error' && !page.cancelled && (
        <p class="cl-error" role="alert">
          {page.error}
        </p>
      )}

      {card && analysis && (
        <>
          <FileFacts analysis={analysis} />
          {/* A PDF tab: "p. 7" beside a quote opens the PDF at that page. */}
          <PageLinkContext.Provider value={analysis.format === 'pdf' ? openPage : null}>
            <CardView
              card={card}
              corrections={corrections}
              onShow={showQuote}
              onEdit={edit}
              onRevert={revert}
              adding={adding}
              onAdd={setAdding}
            />
          </PageLinkContext.Provider>
          <section class="cl-changes-section" data-testid="changes" aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('changesSincePreviousSnapshot')}</h2>
            {saving.result?.status === 'added' &&
            saving.result.previousSnapshotId !== null &&
            saving.result.snapshotId === current?.id ? (
              <ChangesView changes={saving.result.changes} clauses={saving.result.clauseChanges} />
            ) : (
              <PageChanges store={store} latest={latest} current={current} card={analysis.card} />
            )}
          </section>
        </>
      )}
    </main>
  );
}
