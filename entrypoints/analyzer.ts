import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCard, docFromDocument } from '@/extractors';
import type { Card, Finding } from '@/extractors/types';
import { findQuotesInPage } from '@/utils/highlight';
import type { Analysis } from '@/utils/messages';
import { renderedClone } from '@/utils/visibility';

/** Every finding of a card, list fields included. */
function findingsOf(card: Card): Finding<unknown>[] {
  const out: Finding<unknown>[] = [];
  for (const value of Object.values(card.fields) as (Finding<unknown> | Finding<unknown>[] | null)[]) {
    if (Array.isArray(value)) out.push(...value);
    else if (value) out.push(value);
  }
  return out;
}

// Injected on demand by the background (scripting.executeScript({ files: ['/analyzer.js'] })); the value returned
// from main() comes back as the injection result. Holds all the heavy code so the always-on content script stays tiny.
export default defineUnlistedScript((): Omit<Analysis, 'at'> => {
  const t0 = performance.now();
  const url = location.href;
  // What the page renders, and nothing else: text hidden with CSS (display:none, visibility, opacity, zero font
  // size, off-screen) is left out before Readability reads the copy, so it cannot become a value on the card.
  const { doc: copy } = renderedClone(document);
  const doc = docFromDocument(copy, url, { owned: true });
  // The analyzer runs only when the page looked legal or a person opened ClauseLens on it; the
  // popup keeps a not-legal page's values behind "Analyze anyway", so they are read regardless.
  const card = buildCard(doc, url, { force: true });
  // A quote can still be in the page yet out of a reader's sight (a collapsed section, clipped by its box): say so
  // on the finding, so the card does not present it as something the reviewer can check on screen.
  const findings = findingsOf(card);
  if (findings.length > 0) {
    const seen = findQuotesInPage(
      findings.map((f) => f.quote),
      false,
    );
    findings.forEach((f, i) => {
      if (seen[i]?.found && !seen[i]?.visible) f.visible = false;
    });
  }
  return { card, text: doc.text, url, title: doc.title ?? document.title, ms: performance.now() - t0 };
});
