// Node-side HTML parsing (the `card` command, tests, benchmarks). The browser passes its
// own `document` to docFromDocument instead, so linkedom never ships in the extension.
import { parseHTML } from 'linkedom';
import { docFromDocument } from '../input';
import type { Doc } from './doc';

export function parseHtmlDocument(html: string): Document {
  // linkedom treats a fragment without <html> oddly; wrap it so body always exists.
  const source = /<html[\s>]/i.test(html.slice(0, 5000))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export function docFromHtml(html: string, url: string | null = null): Doc {
  return docFromDocument(parseHtmlDocument(html), url);
}
