import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCard, docFromDocument } from '@/extractors';
import type { Analysis } from '@/utils/messages';

// Injected on demand by the background (scripting.executeScript({ files: ['/analyzer.js'] })); the value returned
// from main() comes back as the injection result. Holds all the heavy code so the always-on content script stays tiny.
export default defineUnlistedScript((): Omit<Analysis, 'at'> => {
  const t0 = performance.now();
  const url = location.href;
  const doc = docFromDocument(document, url);
  // The analyzer runs only when the page looked legal or a person opened ClauseLens on it; the
  // popup keeps a not-legal page's values behind "Analyze anyway", so they are read regardless.
  const card = buildCard(doc, url, { force: true });
  return { card, text: doc.text, url, title: doc.title ?? document.title, ms: performance.now() - t0 };
});
