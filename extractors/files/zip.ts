// A minimal ZIP reader: enough to open one member of a DOCX (word/document.xml) and see whether it holds tracked
// changes or comments, which mammoth reads past without saying. Stored and deflated members only; inflating uses
// the web-standard DecompressionStream (browsers and Node 18+), so no library and no Node API is needed.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, i: number) => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;

/** The central directory's entries, or null when the bytes are not a ZIP archive. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) return null;
    const nameLength = u16(bytes, p + 28);
    const extra = u16(bytes, p + 30);
    const comment = u16(bytes, p + 32);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      offset: u32(bytes, p + 42),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** One member's bytes, inflated; null when it is missing or uses another compression method. */
export async function zipRead(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  const h = entry.offset;
  if (u32(bytes, h) !== 0x04034b50) return null;
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
