/**
 * The ops summary as counters kept with each change, so that reading it costs the same at 100
 * RMAs as at a million (api.md: O(1) in the number of RMAs).
 *
 * Every RMA write adds, in its own transaction, the difference between what the RMA counted for
 * before and after the change: one in its status, one per open SLA breach, and once resolved one
 * in the histogram of whole hours from submission to resolution. The counters are sharded (by the
 * RMA's id) so that changes of different RMAs rarely meet on one item; the summary is one query of
 * the shards.
 */
import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Rma } from '../domain/rma.js';
import { RMA_STATUSES, type RmaStatus, TERMINAL_STATUSES } from '../domain/rma-status.js';
import { keys, TABLE } from './keys.js';
import type { TransactItem } from './transact.js';

export const SUMMARY_SHARDS = 16;

export interface OpsSummary {
  readonly countsByStatus: Record<RmaStatus, number>;
  readonly openSlaBreaches: { readonly refund: number; readonly decision: number };
  readonly medianSubmissionToResolutionHours: number | null;
}

/** Counter names on a `counts` shard. */
const STATUS = (status: RmaStatus) => `status_${status}`;
const OPEN_REFUND_BREACHES = 'openRefundBreaches';
const OPEN_DECISION_BREACHES = 'openDecisionBreaches';
/** A bucket of the histogram on a `resolved` shard: resolutions that took `hours` to `hours + 1` hours. */
const HOURS = (hours: number) => `h${hours}`;

type Counts = Record<string, number>;

/** What one RMA counts for (null: nothing, before it exists). */
function countsOf(rma: Rma | null): { readonly counts: Counts; readonly resolved: Counts } {
  if (rma === null) return { counts: {}, resolved: {} };
  const open = !TERMINAL_STATUSES.has(rma.status);
  const counts: Counts = { [STATUS(rma.status)]: 1 };
  if (open && rma.slaBreached) counts[OPEN_REFUND_BREACHES] = 1;
  if (open && rma.decisionSlaBreached) counts[OPEN_DECISION_BREACHES] = 1;
  const resolved: Counts = {};
  if (rma.status === 'resolved' && rma.submittedAt !== null && rma.resolvedAt !== null) {
    resolved[HOURS(Math.floor(Math.max(0, Date.parse(rma.resolvedAt) - Date.parse(rma.submittedAt)) / 3_600_000))] = 1;
  }
  return { counts, resolved };
}

function difference(after: Counts, before: Counts): Counts {
  const delta: Counts = {};
  for (const name of new Set([...Object.keys(after), ...Object.keys(before)])) {
    const change = (after[name] ?? 0) - (before[name] ?? 0);
    if (change !== 0) delta[name] = change;
  }
  return delta;
}

/** The shard of an RMA: from the random part of its id, so RMAs spread evenly. */
export function shardOf(rmaId: string): number {
  let hash = 0;
  for (const char of rmaId.slice(-4)) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % SUMMARY_SHARDS;
}

function add(tableName: string, key: Record<string, string>, delta: Counts): TransactItem {
  const names = Object.keys(delta);
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET #type = :type ADD ${names.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
      ExpressionAttributeNames: { '#type': 'type', ...Object.fromEntries(names.map((name, i) => [`#c${i}`, name])) },
      ExpressionAttributeValues: { ':type': 'summary', ...Object.fromEntries(names.map((name, i) => [`:c${i}`, delta[name]!])) },
    },
  };
}

/** The counter updates that go with changing `before` into `after` (none when nothing counted changes). */
export function summaryUpdates(tableName: string, before: Rma | null, after: Rma): TransactItem[] {
  const [was, is] = [countsOf(before), countsOf(after)];
  const shard = shardOf(after.rmaId);
  const updates: TransactItem[] = [];
  const counts = difference(is.counts, was.counts);
  if (Object.keys(counts).length > 0) updates.push(add(tableName, keys.summaryShard('counts', shard), counts));
  const resolved = difference(is.resolved, was.resolved);
  if (Object.keys(resolved).length > 0) updates.push(add(tableName, keys.summaryShard('resolved', shard), resolved));
  return updates;
}

/**
 * The median of a histogram of whole hours (bucket `h` holds durations from h to h + 1 hours):
 * the middle value (or the two middle ones) taken at its bucket's midpoint, so within half an
 * hour of the exact median, from counters that never grow with the number of RMAs.
 */
export function histogramMedian(buckets: ReadonlyMap<number, number>): number | null {
  const ordered = [...buckets].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = ordered.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  /** The bucket of the k-th smallest duration (1-based). */
  const bucketOf = (k: number) => {
    let seen = 0;
    for (const [hours, n] of ordered) if ((seen += n) >= k) return hours;
    throw new Error('unreachable: k is at most the total');
  };
  const middle = total % 2 === 1 ? bucketOf((total + 1) / 2) : (bucketOf(total / 2) + bucketOf(total / 2 + 1)) / 2;
  return middle + 0.5;
}

/** The summary: one query of the counters' shards. */
export async function readSummary(ddb: DynamoDBDocumentClient, tableName: string): Promise<OpsSummary> {
  const { Items = [] } = await ddb.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE.partitionKey },
      ExpressionAttributeValues: { ':pk': keys.summary },
      ConsistentRead: true,
    }),
  );
  const total = (name: string) => Items.reduce((sum, item) => sum + (typeof item[name] === 'number' ? item[name] : 0), 0);
  const buckets = new Map<number, number>();
  for (const item of Items) {
    for (const [name, value] of Object.entries(item)) {
      const hours = /^h(\d+)$/.exec(name);
      if (hours && typeof value === 'number') buckets.set(Number(hours[1]), (buckets.get(Number(hours[1])) ?? 0) + value);
    }
  }
  return {
    countsByStatus: Object.fromEntries(RMA_STATUSES.map((status) => [status, total(STATUS(status))])) as Record<RmaStatus, number>,
    openSlaBreaches: { refund: total(OPEN_REFUND_BREACHES), decision: total(OPEN_DECISION_BREACHES) },
    medianSubmissionToResolutionHours: histogramMedian(buckets),
  };
}
