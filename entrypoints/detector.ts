import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { collectPageSignals } from '@/extractors/page-signals';
import type { CsToBg } from '@/utils/messages';

// Runs on every page, so it only reads the page's signals (extractors/page-signals.ts, no imports). The background
// scores them with extractors/detect/ (a fitted model); Readability and the extractors live in analyzer.js, injected only when needed.
//
// An unlisted script that the background registers as a content script once the user grants access to all sites
// (utils/host-access.ts, `scripting.registerContentScripts`; unregistered if the access is revoked), not a WXT
// `*.content.ts` entry point: WXT wraps those in a ContentScriptContext whose constructor posts
// `<extension id>:<entry>:wxt:content-script-started` to the page with window.postMessage, telling every site that
// ClauseLens is installed (and its id). This wrapper only calls main(), and main() announces nothing to the page:
// it reads, then talks to the background alone.
export default defineUnlistedScript(() => {
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
});
