/**
 * The SHA-256 of a data file's bytes, hex, as a layout file's `source` records it
 * (layoutMatch.ts). WebCrypto works it out natively, off the calling thread, while the reader
 * parses the same bytes. The CLIs that write layout files hash with Node's own SHA-256
 * (scripts/lib/layout-files.ts); layoutFile.test.ts holds the two to the same answer. Undefined
 * where WebCrypto is missing (a page served over plain http from another machine): the reader
 * then checks the layout by its key, as it always could.
 */
export async function bytesDigest(bytes: ArrayBuffer | Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
    let hex = '';
    for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return undefined;
  }
}
