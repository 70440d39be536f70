import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectPageSignals } from '@/extractors/page-signals';
import type { CsToBg } from '@/utils/messages';

// Runs on every page, so it only reads the page's signals (extractors/page-signals.ts, no imports). The background
// scores them with extractors/detect/; Readability and the extractors live in analyzer.js, injected only when needed.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const t0 = performance.now();
    // document.URL rather than location.href: the same address, without building a Location object for this world.
    const signals = collectPageSignals(document, document.URL);
    // What detection costs this page. It travels with the signals and is kept in the tab's state, where the e2e
    // test and the bench read it: writing it into the page would hand this script an element, which costs more
    // than reading the page did (see readByXPath).
    const ms = performance.now() - t0;
    const message: CsToBg = { type: 'cs-bg-signals', signals, ms };
    // The background may be restarting or the extension updated; a lost badge is not worth an error in the page.
    browser.runtime.sendMessage(message).catch(() => {});
  },
});
