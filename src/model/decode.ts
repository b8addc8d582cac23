/**
 * Bytes of a data file or article text as the app reads them: UTF-8, a leading byte order mark
 * dropped, invalid bytes as U+FFFD (what fetch's text() does). The CLIs decode with this too,
 * so a file the app opens is a file `npm run validate` accepts, and the other way round.
 */
export function decodeDataText(bytes: ArrayBuffer | Uint8Array): string {
  return dataTextDecoder().decode(bytes);
}

/** The decoder behind decodeDataText, for a body read in chunks (`decode(chunk, { stream: true })`, then `decode()`): the same text. */
export function dataTextDecoder(): TextDecoder {
  return new TextDecoder('utf-8');
}
