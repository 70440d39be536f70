/**
 * Files in the library: where a dropped file's card is stored and under which vendor. Pure (no Dexie, no pdfjs), so
 * the compare page's first paint does not pay for it and tests call it directly.
 *
 * A stored document is keyed by URL, and its vendor is found by the URL's host (utils/snapshots.ts). A file has no
 * URL, so it gets `clauselens-file://<vendor host>/<file name>`: the host is an existing vendor's site when the user
 * picks that vendor's name (the file joins it), else a slug of the confirmed name (a new vendor). The same file name
 * saved again for the same vendor is a new snapshot of the same document, as a page saved again is.
 */
import type { Card, DocKind } from '@/extractors/types';

export const FILE_SCHEME = 'clauselens-file:';

/** "Acme Cloud, Inc." → "acme-cloud-inc" (a valid host label; "file" when nothing is left). */
export function vendorSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'file';
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The URL a file is stored under: the chosen vendor's site when it is already in the library, else a slug. */
export function fileDocumentUrl(
  fileName: string,
  vendorName: string,
  known: readonly { name: string; site: string }[],
) {
  const existing = known.find((v) => sameName(v.name, vendorName));
  const host = existing && /^[a-z0-9.-]+$/i.test(existing.site) ? existing.site.toLowerCase() : vendorSlug(vendorName);
  const base = fileName.replace(/^.*[\\/]/, '') || 'file';
  return `${FILE_SCHEME}//${host}/${encodeURIComponent(base)}`;
}

export function isFileUrl(url: string): boolean {
  return url.startsWith(FILE_SCHEME);
}

/** "acme-msa.pdf" from a stored file URL; null for a web page. */
export function fileNameOfUrl(url: string): string | null {
  if (!isFileUrl(url)) return null;
  try {
    return decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
  } catch {
    return url;
  }
}

/** The card as the user confirmed it: their vendor and kind, the stored URL as its source. */
export function confirmedCard(card: Card, vendor: string, kind: DocKind, url: string): Card {
  return { ...card, vendor: vendor.trim() || null, kind, source: url };
}
