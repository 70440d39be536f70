/**
 * The PDF reader page (see utils/pdf-tab.ts): answers the background's `bg-reader-pdf` by fetching the PDF with the
 * extension's host permission and reading it with utils/file-analysis.ts. Only the runtime API is used: it is the
 * only one an offscreen document has.
 */
import { browser } from 'wxt/browser';
import type { Envelope } from '@/utils/messages';
import { readPdfAt } from '@/utils/pdf-reader';
import { isReaderRequest } from '@/utils/pdf-tab';

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: Envelope<unknown>) => void) => {
  // Only the background asks (our extension, not a tab's content script, not another page's URL).
  if (!isReaderRequest(message) || sender.id !== browser.runtime.id || sender.tab) return false;
  readPdfAt(message.url).then(
    (data) => sendResponse({ ok: true, data }),
    (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
  return true;
});
