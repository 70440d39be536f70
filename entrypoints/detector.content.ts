import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectPageSignals } from '@/extractors/page-signals';
import type { CsToBg } from '@/utils/messages';

// Runs on every page, so it only reads the page's signals (extractors/page-signals.ts, no imports). The background
// scores them with detect.ts; Readability and the extractors live in analyzer.js, injected only when needed.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const t0 = performance.now();
    const signals = collectPageSignals(document, location.href);
    const ms = performance.now() - t0;
    // What detection costs this page; read by the e2e test and reported by the bench.
    document.documentElement.dataset.clauselensDetectMs = ms.toFixed(3);
    const message: CsToBg = { type: 'cs-bg-signals', signals, ms };
    // The background may be restarting or the extension updated; a lost badge is not worth an error in the page.
    browser.runtime.sendMessage(message).catch(() => {});
  },
});
