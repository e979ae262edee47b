/**
 * JSON stored compressed in a binary attribute. DynamoDB charges every write by the whole item's
 * size in 1 KB steps (and again for each index copy), so the bulky part of an item that is
 * rewritten often (an RMA, an outbox message) is stored packed.
 *
 * Packed with deflate and a preset dictionary of the JSON such items hold (./compact-dictionary.ts):
 * an RMA's body is about an eighth of its JSON (gzip alone: half), which keeps the whole item
 * under 1 KB, and so every write of it one unit instead of two (docs/performance.md). The first
 * byte says how a value was packed, so values packed before read as they were:
 * - `0x01`: deflate (raw) with dictionary version 1;
 * - `0x1f`: gzip (the first byte of every gzip stream), as values were packed before.
 */
import { brotliDecompressSync, deflateRawSync, gunzipSync, inflateRawSync } from 'node:zlib';
import { DICTIONARY_V1_BROTLI_BASE64 } from './compact-dictionary.js';

const DICTIONARY_V1 = 0x01;
const GZIP = 0x1f;

let dictionaryV1: Buffer | undefined;
/** The dictionary's bytes, unpacked on first use. */
export function dictionary(): Buffer {
  dictionaryV1 ??= brotliDecompressSync(Buffer.from(DICTIONARY_V1_BROTLI_BASE64, 'base64'));
  return dictionaryV1;
}

export function packJson(value: unknown): Uint8Array {
  // The default level: with the dictionary, level 9 packs no smaller and takes a fifth longer.
  const packed = deflateRawSync(JSON.stringify(value), { dictionary: dictionary() });
  return Buffer.concat([Buffer.of(DICTIONARY_V1), packed]);
}

export function unpackJson<T>(packed: Uint8Array): T {
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  switch (bytes[0]) {
    case DICTIONARY_V1:
      return JSON.parse(inflateRawSync(bytes.subarray(1), { dictionary: dictionary() }).toString('utf8')) as T;
    case GZIP:
      return JSON.parse(gunzipSync(bytes).toString('utf8')) as T;
    default:
      throw new Error(`Not a packed value (first byte ${bytes[0]})`);
  }
}
