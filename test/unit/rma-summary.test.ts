import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { histogramMedian, shardOf, SUMMARY_SHARDS, summaryUpdates } from '../../shared/adapters/rma-summary.js';
import { transact } from '../../shared/adapters/transact.js';
import { ConcurrentUpdateError } from '../../shared/domain/errors.js';
import { apply, rmaIn } from '../support/domain.js';

/** The counters one change adds, by name (both shards' updates together). */
function deltas(...args: Parameters<typeof summaryUpdates>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of summaryUpdates(...args)) {
    const { ExpressionAttributeNames: names = {}, ExpressionAttributeValues: values = {} } = item.Update!;
    for (const [alias, name] of Object.entries(names)) if (alias.startsWith('#c')) out[name] = values[`:c${alias.slice(2)}`] as number;
  }
  return out;
}

describe('the summary counters a change adds', () => {
  it('a new RMA counts once in its status', () => {
    expect(deltas('t', null, rmaIn('awaiting_evidence'))).toEqual({ status_awaiting_evidence: 1 });
  });

  it('a change of status moves the count; a change that moves nothing counted writes no counter', () => {
    expect(deltas('t', rmaIn('awaiting_evidence'), rmaIn('submitted'))).toEqual({ status_awaiting_evidence: -1, status_submitted: 1 });
    const submitted = rmaIn('submitted');
    expect(summaryUpdates('t', submitted, { ...submitted, version: submitted.version + 1, explanation: 'more words' })).toEqual([]);
  });

  it('an open breach counts while the RMA is open, and the resolution files its time in the histogram (R-REFUND-SLA)', () => {
    const waiting = rmaIn('awaiting_resolution');
    const breached = { ...waiting, slaBreached: true, decisionSlaBreached: true };
    expect(deltas('t', waiting, breached)).toEqual({ openRefundBreaches: 1, openDecisionBreaches: 1 });
    const resolved = apply(breached, { type: 'refund', amount: 598, currency: 'USD', reference: 'RF-1' });
    const hours = Math.floor((Date.parse(resolved.resolvedAt!) - Date.parse(resolved.submittedAt!)) / 3_600_000);
    expect(deltas('t', breached, resolved)).toEqual({
      status_awaiting_resolution: -1,
      status_resolved: 1,
      openRefundBreaches: -1,
      openDecisionBreaches: -1,
      [`h${hours}`]: 1,
    });
  });

  it('spreads RMAs over every shard', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `01JD${String(i).padStart(22, '0')}`.replace(/[ILOU]/g, 'X'));
    expect(new Set(ids.map(shardOf)).size).toBe(SUMMARY_SHARDS);
  });
});

describe('the median from the histogram of whole hours', () => {
  it('is the middle bucket’s midpoint, or the mean of the two middle ones', () => {
    expect(histogramMedian(new Map())).toBeNull();
    expect(histogramMedian(new Map([[10, 1]]))).toBe(10.5);
    expect(histogramMedian(new Map([[10, 1], [20, 1], [30, 1]]))).toBe(20.5);
    expect(histogramMedian(new Map([[30, 1], [10, 1], [20, 1], [40, 1]]))).toBe(25.5);
    expect(histogramMedian(new Map([[5, 0], [7, 3], [90, 2]]))).toBe(7.5);
  });
});

describe('a transaction that meets another on one of its items', () => {
  it('is a ConcurrentUpdateError, so the use case re-reads and decides again', async () => {
    // DynamoDB Local runs transactions one at a time, so this cancellation is produced here.
    const conflict = new TransactionCanceledException({
      message: 'Transaction cancelled',
      $metadata: {},
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
    });
    const ddb = { send: async () => Promise.reject(conflict) } as unknown as DynamoDBDocumentClient;
    await expect(transact(ddb, [], 'RMA x')).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });
});
