/**
 * The card as the analyzer built it before the move off the page's main thread: one synchronous pass in the page
 * (renderedClone → docFromDocument → buildCard, then quotes a reader cannot see marked). Bundled here with esbuild
 * from the same sources, so tests/e2e/offthread.e2e.ts can check that the off-thread card is the same, field for
 * field and offset for offset, on real pages in a real browser.
 */
import { build } from 'esbuild';
import { ROOT } from './harness';

const ENTRY = `
import { buildCard, docFromDocument } from '@/extractors';
import { findQuotesInPage } from '@/utils/highlight';
import { renderedClone } from '@/utils/visibility';
globalThis.__clauselensCardInPage = () => {
  const url = location.href;
  const { doc: copy } = renderedClone(document);
  const doc = docFromDocument(copy, url, { owned: true });
  const card = buildCard(doc, url, { force: true });
  const findings = [];
  for (const v of Object.values(card.fields)) {
    if (Array.isArray(v)) findings.push(...v);
    else if (v) findings.push(v);
  }
  if (findings.length > 0) {
    const seen = findQuotesInPage(findings.map((f) => f.quote), false);
    findings.forEach((f, i) => {
      if (seen[i]?.found && !seen[i]?.visible) f.visible = false;
    });
  }
  return { card, text: doc.text, title: doc.title ?? document.title };
};
`;

let cached: Promise<string> | null = null;

/** The script (an IIFE) that defines globalThis.__clauselensCardInPage() in the page it runs in. */
export function inPageCardScript(): Promise<string> {
  cached ??= build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    charset: 'ascii',
    platform: 'browser',
    tsconfig: `${ROOT}/tsconfig.json`,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
  return cached;
}
