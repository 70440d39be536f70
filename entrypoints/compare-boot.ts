import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from '@/utils/library';

// Loaded by compare.html as a small classic script (async), ahead of the page's modules: the library read from
// IndexedDB runs while the browser is still fetching and compiling the page's code. The page picks the result up
// with takeEarlyRead() (utils/library.ts).
export default defineUnlistedScript(() => {
  startEarlyRead();
});
