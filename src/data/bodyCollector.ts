/**
 * A data file's body arriving in chunks (fetchFile's `divert`, in the loader's worker): decoded
 * as it comes, so that at 175 MB the half second of decoding happens during the download rather
 * than after it, into exactly the text decodeDataText gives for the whole; and gathered into one
 * buffer, which the layout file's key is a digest of.
 */
import { dataTextDecoder } from '../model/decode';
import { joinChunks } from './fetchFile';

export class BodyCollector {
  private readonly decoder = dataTextDecoder();
  private readonly parts: string[] = [];
  /** Filled in place when the answer declared its length, so no copy is made at the end. */
  private buffer?: Uint8Array;
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  add(chunk: Uint8Array, declared?: number): void {
    this.parts.push(this.decoder.decode(chunk, { stream: true }));
    if (this.length === 0 && declared !== undefined && declared > 0) this.buffer ??= new Uint8Array(declared);
    if (this.buffer && !this.chunks.length && this.length + chunk.byteLength <= this.buffer.byteLength) {
      this.buffer.set(chunk, this.length);
    } else {
      // More than the answer declared: keep what came in the buffer, and the rest as it comes.
      if (this.buffer && !this.chunks.length) this.chunks.push(this.buffer.subarray(0, this.length));
      this.chunks.push(chunk);
    }
    this.length += chunk.byteLength;
  }

  finish(): { text: string; bytes: ArrayBuffer } {
    this.parts.push(this.decoder.decode());
    const text = this.parts.join('');
    if (this.buffer && !this.chunks.length) return { text, bytes: this.length === this.buffer.byteLength ? (this.buffer.buffer as ArrayBuffer) : joinChunks([this.buffer.subarray(0, this.length)]) };
    return { text, bytes: joinChunks(this.chunks) };
  }
}
