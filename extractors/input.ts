import type { Doc } from './common/doc';
import { blocksFromDocument } from './common/html-input';
import { buildDoc } from './common/normalize';
import { blocksFromText } from './common/text-input';

/** A plain-text or Markdown document. */
export function docFromText(text: string, meta: { title?: string | null; url?: string | null } = {}): Doc {
  return buildDoc(blocksFromText(text), meta);
}

/**
 * A DOM document (the page in the browser, or linkedom's in Node): its readable part
 * via Readability, with block boundaries kept. The document itself is not modified, unless `owned` says it is a
 * copy made for this read (then Readability works on it directly instead of on another clone).
 */
export function docFromDocument(document: Document, url: string | null = null, options: { owned?: boolean } = {}): Doc {
  const { blocks, title, siteName, titleIsFirstHeading } = blocksFromDocument(document, options);
  return buildDoc(blocks, { title, url, siteName, titleIsFirstHeading });
}
