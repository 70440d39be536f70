/**
 * FNV-1a in two 32-bit lanes (different primes) over UTF-16 code units, 16 hex digits. Synchronous and identical in
 * Node and browsers (crypto.subtle is async and absent in some contexts). It identifies
 * the normalized text a card's offsets refer to; it is not a security boundary.
 */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0xcbf29ce4 | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x0100019d);
  }
  return `fnv1a:${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}
