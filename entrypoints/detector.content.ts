import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { collectPageSignals, detectPage } from '@/extractors/detect';
import type { CsToBg } from '@/utils/messages';

// Runs on every page, so it imports only the cheap detector: Readability and the extractors live in analyzer.js.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const t0 = performance.now();
    const verdict = detectPage(collectPageSignals(document, location.href));
    const ms = performance.now() - t0;
    // Read by the e2e test to check the detector stays cheap.
    document.documentElement.dataset.clauselensDetectMs = ms.toFixed(3);
    const message: CsToBg = { type: 'cs-bg-verdict', verdict, ms, url: location.href };
    // The background may be restarting or the extension updated; a lost badge is not worth an error in the page.
    browser.runtime.sendMessage(message).catch(() => {});
  },
});
