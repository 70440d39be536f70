import type { Doc } from '../../extractors/common/doc';
import { parseHtmlDocument } from '../../extractors/common/parse-html';
import { collectPageSignals, detectPage } from '../../extractors/detect';

/**
 * The badge's verdict on a document shown as a vendor's page: its title again as the page's <h1>, each line a
 * paragraph, navigation and a footer around it (how eval:browser serves the corpus, without the browser).
 */
export function badgeOnPage(doc: Doc, dir: 'ltr' | 'rtl' = 'ltr'): boolean {
  const asHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const title = asHtml(doc.title ?? '');
  const paragraphs = doc.text
    .split('\n')
    .slice(1)
    .map((p) => `<p>${asHtml(p)}</p>`)
    .join('');
  const page = parseHtmlDocument(
    `<html dir="${dir}"><head><title>${title}</title></head><body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav><main><h1>${title}</h1>${paragraphs}</main><footer><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer></body></html>`,
  );
  return detectPage(collectPageSignals(page, 'https://example.test/page')).isLegal;
}
