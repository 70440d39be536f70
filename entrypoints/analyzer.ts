import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { type PageSnapshot, readPageSnapshot } from '@/utils/page-read';

// Injected on demand by the background (scripting.executeScript({ files: ['/analyzer.js'] })); the promise main()
// returns is awaited by the browser and its value comes back as the injection result.
//
// The page's share only: a copy of what the page renders, as HTML (text hidden with CSS, zero font size or
// off-screen is left out of the copy, so it cannot become a value on the card). Readability and the card are run off
// the page's main thread, in the reader page and its worker (utils/offthread.ts), so a slow document never freezes
// the tab the user reads.
export default defineUnlistedScript((): Promise<PageSnapshot> => readPageSnapshot(document));
