import { describe, expect, it } from 'vitest';
import { BodyCollector } from './bodyCollector';
import { decodeDataText } from '../model/decode';

/** The body cut at every `step` bytes, fed to a collector. */
function collect(bytes: Uint8Array, step: number, declared?: number) {
  const c = new BodyCollector();
  for (let i = 0; i < bytes.length; i += step) c.add(bytes.slice(i, i + step), declared);
  return c.finish();
}

describe('BodyCollector', () => {
  // A byte order mark, characters of two to four bytes, and bytes that are not UTF-8, cut anywhere.
  const body = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"name":"Pyongyang – 평양 😀"}'), 0xff, 0xe2, 0x82, 0x22]);

  it('decodes a body cut anywhere into the text of the whole, and keeps its bytes', () => {
    for (const step of [1, 2, 3, 5, 7, body.length]) {
      for (const declared of [undefined, body.length]) {
        const { text, bytes } = collect(body, step, declared);
        expect(text).toBe(decodeDataText(body));
        expect([...new Uint8Array(bytes)]).toEqual([...body]);
      }
    }
  });

  it('keeps every byte when the answer declared a length other than what came', () => {
    for (const declared of [4, body.length + 10]) {
      const { text, bytes } = collect(body, 3, declared);
      expect(text).toBe(decodeDataText(body));
      expect([...new Uint8Array(bytes)]).toEqual([...body]);
    }
  });

  it('gives an empty text and no bytes for an empty body', () => {
    const { text, bytes } = new BodyCollector().finish();
    expect(text).toBe('');
    expect(bytes.byteLength).toBe(0);
  });
});
