/** The toolbar badge: a short label of the document kind on legal pages, nothing elsewhere. */

import { browser } from 'wxt/browser';
import type { Verdict } from '@/extractors/detect';
import type { DocKind } from '@/extractors/types';
import { t } from './i18n';
import { describeKind } from './kinds';

export const BADGE_TEXT: Record<DocKind, string> = {
  sla: 'SLA',
  terms: 'TOS',
  msa: 'MSA',
  dpa: 'DPA',
  privacy: 'PRIV',
  aup: 'AUP',
  policy: 'POL',
  // Legal but of no known kind: still worth a look, so it gets the generic policy label.
  other: 'POL',
};

const BADGE_COLOR = '#1c7ed6';

/** Badge text for a verdict: '' (no badge) unless the page looks legal. */
export function badgeText(verdict: Pick<Verdict, 'isLegal' | 'kind'> | null | undefined): string {
  if (!verdict?.isLegal) return '';
  return BADGE_TEXT[verdict.kind] ?? 'POL';
}

/** Sets (or clears) the badge of one tab; returns the text set. */
export async function setBadge(
  tabId: number,
  verdict: Pick<Verdict, 'isLegal' | 'kind'> | null | undefined,
  api: typeof browser = browser,
): Promise<string> {
  const text = badgeText(verdict);
  // MV3 in both browsers has `action`; the fallback covers a Firefox MV2 build.
  const action = api.action ?? (api as unknown as { browserAction: typeof api.action }).browserAction;
  // No label: null clears the tab's own text and title, so the global ones show (utils/reminders.ts: the count of
  // deadlines within 7 days, on tabs without a legal page). A browser that refuses null gets the plain values.
  await orPlain(
    () => action.setBadgeText({ tabId, text: text || (null as unknown as string) }),
    () => action.setBadgeText({ tabId, text }),
  );
  if (text) {
    await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await action.setTitle({ tabId, title: t('badgeTitleLegal', describeKind(verdict?.kind)) });
  } else {
    await orPlain(
      () => action.setTitle({ tabId, title: null as unknown as string }),
      () => action.setTitle({ tabId, title: t('extName') }),
    );
  }
  return text;
}

/** Runs `call`; if the browser refuses it (thrown or rejected), runs `plain` instead. */
async function orPlain(call: () => Promise<unknown>, plain: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch {
    await plain();
  }
}
