import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { itemBytes } from '../../bench/metering-proxy.js';
import { dictionary, packJson, unpackJson } from '../../shared/adapters/compact.js';
import { DICTIONARY_V1_SHA256 } from '../../shared/adapters/compact-dictionary.js';
import { outboxItems } from '../../shared/adapters/outbox.js';
import { rmaItem } from '../../shared/adapters/rma-store.js';
import { RMA_STATUSES } from '../../shared/domain/rma-status.js';
import { rmaIn } from '../support/domain.js';

/** An item's size as DynamoDB counts it for capacity, as the bench meters it. */
const itemSize = (item: Record<string, unknown>) => itemBytes(marshall(item, { removeUndefinedValues: true }) as never);

describe('packed values (an RMA body, an outbox message)', () => {
  it('read back exactly what was packed, Chinese text included, from a view into a larger buffer too', () => {
    const value = { status: 'approved', note: '请寄回两块板子。', amounts: [598, 0.5], nothing: null, nested: { ok: true } };
    const packed = packJson(value);
    expect(unpackJson(packed)).toEqual(value);
    const inside = new Uint8Array(packed.length + 8);
    inside.set(packed, 4);
    expect(unpackJson(inside.subarray(4, 4 + packed.length))).toEqual(value);
  });

  it('keep an RMA item under 1 KB in every state of a whole return (one write unit, not two; with gzip alone the later states were over)', () => {
    for (const status of RMA_STATUSES) {
      const rma = rmaIn(status);
      const item = rmaItem(rma);
      expect(unpackJson(item.body as Uint8Array)).toEqual(rma);
      expect(itemSize(item), status).toBeLessThan(1024);
    }
    const resolved = rmaIn('resolved');
    expect((rmaItem(resolved).body as Uint8Array).length).toBeLessThan(gzipSync(JSON.stringify(resolved)).length / 2);
  });

  it('keep the outbox item of an event (the whole RMA inside) under 1 KB', () => {
    const resolved = rmaIn('resolved');
    const [event] = outboxItems({ type: 'rma', id: resolved.rmaId, version: resolved.version }, [
      { type: 'event', rmaId: resolved.rmaId, event: { type: 'rma.resolved', timestamp: resolved.updatedAt, data: { eventId: 'evt_1', rma: resolved } } },
    ], new Date(resolved.updatedAt));
    expect(itemSize(event as unknown as Record<string, unknown>)).toBeLessThan(1024);
  });

  it('read values packed before the dictionary (gzip) as they were', () => {
    const value = { rmaId: '01J0000000000000000000000A', status: 'submitted' };
    expect(unpackJson(gzipSync(JSON.stringify(value)))).toEqual(value);
  });

  it('refuse bytes that are no packed value rather than guess', () => {
    expect(() => unpackJson(Uint8Array.of(0x7b, 0x7d))).toThrow(/Not a packed value/);
  });

  it('use dictionary version 1 exactly as it was frozen: items packed with it must always read', () => {
    const sha256 = createHash('sha256').update(dictionary()).digest('hex');
    expect(sha256).toBe('c1e3149a98e0c6c47dffa8cbbebeb2bb7ec37d65148fcb66a0ab92625b24b3e6');
    expect(DICTIONARY_V1_SHA256).toBe(sha256);
    expect(packJson({})[0]).toBe(0x01);
  });
});
