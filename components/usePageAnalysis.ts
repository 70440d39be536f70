import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '@/extractors/detect';
import { isCancelled, type Progress, progressFraction } from '@/utils/card-job';
import type { Connector } from '@/utils/connector';
import { t } from '@/utils/i18n';
import type { Analysis } from '@/utils/messages';

export type PagePhase = 'loading' | 'ready' | 'not-legal' | 'error' | 'no-tab';

export interface PageAnalysis {
  phase: PagePhase;
  tabId: number | null;
  /** The detector's verdict, or the card's when the detector has not run on this page. */
  verdict: Verdict | null;
  analysis: Analysis | null;
  error: string | null;
  /** Shows the card even though the page does not look legal. */
  analyzeAnyway(): void;
  /** Runs the analyzer again (the page changed, or after a cancel). */
  refresh(): void;
  /** How far the running analysis is (null before its first report, and when none runs). */
  progress: Progress | null;
  /** Stops the running analysis: phase becomes 'error' with `cancelled` set. */
  cancel(): void;
  /** The last analysis was cancelled (here or by another view); `error` says so. */
  cancelled: boolean;
}

function cardVerdict(analysis: Analysis): Verdict {
  return { isLegal: analysis.card.legal.isLegal, kind: analysis.card.kind, score: analysis.card.legal.score };
}

/** Friendlier words for the errors a browser gives when a page cannot be scripted. */
export function describeError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/cannot access|cannot be scripted|missing host permission|extensions gallery|chrome:\/\/|about:/i.test(message)) {
    return t('pageOffLimits');
  }
  return message || t('pageReadFailed');
}

/**
 * The popup's and side panel's shared flow: find the tab, ask the background what the detector said, and analyze
 * the page unless it plainly is not a legal one (then wait for "Analyze anyway").
 */
export function usePageAnalysis(connector: Connector, { follow = false }: { follow?: boolean } = {}): PageAnalysis {
  const [phase, setPhase] = useState<PagePhase>('loading');
  const [tabId, setTabId] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ job: number; progress: Progress } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  // Which load is current: a tab switch mid-analysis must not show the old tab's card.
  const generation = useRef(0);
  const forced = useRef(false);

  const load = useCallback(
    async (explicitTab: number | null, fresh: boolean) => {
      const gen = ++generation.current;
      const current = () => gen === generation.current;
      try {
        const id = explicitTab ?? (await connector.resolveTabId());
        if (!current()) return;
        setTabId(id);
        if (id === null) {
          setPhase('no-tab');
          return;
        }
        const state = await connector.getState(id);
        if (!current()) return;
        setVerdict(state.verdict);
        if (state.verdict && !state.verdict.isLegal && !forced.current) {
          setAnalysis(null);
          setPhase('not-legal');
          return;
        }
        setPhase('loading');
        setProgress(null);
        setCancelled(false);
        const result = await connector.analyze(id, fresh);
        if (!current()) return;
        setAnalysis(result);
        setError(null);
        const effective = state.verdict ?? cardVerdict(result);
        if (!state.verdict) setVerdict(effective);
        setPhase(effective.isLegal || forced.current ? 'ready' : 'not-legal');
      } catch (err) {
        if (!current()) return;
        const stopped = isCancelled(err);
        setCancelled(stopped);
        setError(stopped ? t('analysisCancelled') : describeError(err));
        setPhase('error');
      }
    },
    [connector],
  );

  useEffect(() => {
    void load(null, false);
    if (!follow) return;
    return connector.watchTabs((id, reloaded) => {
      forced.current = false;
      void load(id, reloaded);
    });
  }, [connector, follow, load]);

  const analyzeAnyway = useCallback(() => {
    forced.current = true;
    if (analysis) setPhase('ready');
    else void load(tabId, false);
  }, [analysis, load, tabId]);

  const refresh = useCallback(() => void load(tabId, true), [load, tabId]);

  // Progress while a card is built: a later job replaces an earlier one's; within a job it only moves forward.
  useEffect(() => {
    if (phase !== 'loading' || tabId === null) return;
    return connector.watchProgress(tabId, (next, job) =>
      setProgress((prev) =>
        prev && (job < prev.job || (job === prev.job && progressFraction(next) <= progressFraction(prev.progress)))
          ? prev
          : { job, progress: next },
      ),
    );
  }, [connector, phase, tabId]);

  const cancel = useCallback(() => {
    if (tabId === null) return;
    generation.current++; // the pending load's answer (a cancellation) is this one's: not shown twice
    setCancelled(true);
    setError(t('analysisCancelled'));
    setPhase('error');
    setProgress(null);
    connector.cancel(tabId).catch(() => {});
  }, [connector, tabId]);

  return {
    phase,
    tabId,
    verdict,
    analysis,
    error,
    analyzeAnyway,
    refresh,
    progress: phase === 'loading' ? (progress?.progress ?? null) : null,
    cancel,
    cancelled,
  };
}
