import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { buildCard, docFromDocument } from '@/extractors';
import type { Analysis } from '@/utils/messages';

// Injected on demand by the background (scripting.executeScript({ files: ['/analyzer.js'] })); the value returned
// from main() comes back as the injection result. Holds all the heavy code so the always-on content script stays tiny.
export default defineUnlistedScript((): Omit<Analysis, 'at'> => {
  const t0 = performance.now();
  const url = location.href;
  const doc = docFromDocument(document, url);
  const card = buildCard(doc, url);
  return { card, text: doc.text, url, title: doc.title ?? document.title, ms: performance.now() - t0 };
});
