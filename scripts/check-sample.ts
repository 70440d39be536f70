// `npm run check:sample [-- --corpus DIR] [--verbose]`: does the page's 4 KB sample reach the verdict
// the whole document does? For every HTML page of the corpus it compares detectPage() on the signals the
// content script would read (both ways: the XPath read, in jsdom, and the bounded DOM walk, in linkedom)
// with classifyDoc() on the whole document, and prints the agreement and each disagreement.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHtmlDocument } from '../extractors/common/parse-html';
import { detectPage } from '../extractors/detect';
import { classifyDoc } from '../extractors/kind';
import { collectPageSignals, readByWalk, readByXPath } from '../extractors/page-signals';
import { docFromSource } from './lib/load';

// jsdom (a dev dependency, for its XPath) ships no types; only its constructor and virtual console are used.
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: object) => { window: { document: Document } };
  VirtualConsole: new () => object;
};

const SETS = ['dev', 'real/sla', 'real/terms', 'real/arabic', 'negatives'];

function main(): number {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--corpus');
  const corpus = at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : '../shared/corpus';
  const verbose = argv.includes('--verbose');
  let pages = 0;
  const agree = { xpath: 0, walk: 0 };
  for (const set of SETS) {
    const dir = join(corpus, set);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const html = readFileSync(join(dir, file), 'utf8');
      const whole = classifyDoc(docFromSource(html, 'html'));
      // A silent console: the captures' stylesheets are not what is measured.
      const jsdomDoc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
      // The XPath read when the page is small enough for it; otherwise the content script takes the walk too.
      const xpathRead = readByXPath(jsdomDoc) ?? readByWalk(jsdomDoc);
      const title = jsdomDoc.title;
      const viaXPath = detectPage({ url: '', title, ...xpathRead });
      const viaWalk = detectPage(collectPageSignals(parseHtmlDocument(html), ''));
      pages++;
      const same = (v: typeof whole) => v.isLegal === whole.isLegal && (!v.isLegal || v.kind === whole.kind);
      if (same(viaXPath)) agree.xpath++;
      if (same(viaWalk)) agree.walk++;
      if (!same(viaXPath) || !same(viaWalk) || verbose) {
        const show = (v: typeof whole) => `${v.isLegal ? v.kind : 'not legal'} ${v.score.toFixed(2)}`;
        console.log(
          `${same(viaXPath) && same(viaWalk) ? '  ' : '≠ '}${set}/${file}: whole document ${show(whole)} · sample by XPath ${show(viaXPath)} · by walk ${show(viaWalk)}`,
        );
      }
    }
  }
  console.log(
    `${pages} HTML pages: the sample agrees with the whole document on ${agree.xpath}/${pages} by XPath, ${agree.walk}/${pages} by the walk`,
  );
  return 0;
}

process.exitCode = main();
