/**
 * JSON stored gzipped in a binary attribute. DynamoDB charges every write by the whole item's
 * size in 1 KB steps (and again for each index copy), so the bulky part of an item that is
 * rewritten often (an RMA, an outbox message) is stored packed: about a third of its JSON.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export function packJson(value: unknown): Uint8Array {
  return gzipSync(JSON.stringify(value));
}

export function unpackJson<T>(packed: Uint8Array): T {
  return JSON.parse(gunzipSync(packed).toString('utf8')) as T;
}
