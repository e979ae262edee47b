/**
 * The ops read model against the real DynamoDB Local, in a table of its own so that nothing else
 * moves it: the summary's counters agree with the RMAs after changes of many RMAs at once (their
 * transactions meet on the counters' shards), and every queue filter answers what reading every
 * RMA and filtering in memory would, page after page.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ulid } from 'ulid';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureTable } from '../../local/dynamodb-local.js';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { retryOnConflict } from '../../shared/adapters/transact.js';
import { RmaQueries } from '../../shared/adapters/rma-queries.js';
import { keys } from '../../shared/adapters/keys.js';
import { backfillReadModel, RmaStore } from '../../shared/adapters/rma-store.js';
import type { Rma } from '../../shared/domain/rma.js';
import { RMA_STATUSES, type RmaStatus, TERMINAL_STATUSES } from '../../shared/domain/rma-status.js';
import { sdkOptions, stack } from '../support/client.js';
import { rmaIn } from '../support/domain.js';

const ddb = () => createDocumentClient(sdkOptions(stack().urls.dynamodb));

/** A fresh table, as the stack defines it, in the stack's DynamoDB Local. */
async function freshTable(): Promise<string> {
  const tableName = `read-model-${randomUUID()}`;
  await ensureTable(new DynamoDBClient(sdkOptions(stack().urls.dynamodb)), tableName);
  return tableName;
}

/** The states an RMA goes through on its way to `status`, each a real successor of the one before. */
const PATHS: Record<RmaStatus, readonly RmaStatus[]> = {
  awaiting_evidence: ['awaiting_evidence'],
  submitted: ['awaiting_evidence', 'submitted'],
  approved: ['awaiting_evidence', 'submitted', 'approved'],
  in_transit: ['awaiting_evidence', 'submitted', 'approved', 'in_transit'],
  received: ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received'],
  awaiting_resolution: ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received', 'awaiting_resolution'],
  resolved: ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received', 'awaiting_resolution', 'resolved'],
  rejected: ['awaiting_evidence', 'submitted', 'rejected'],
  inspection_failed: ['awaiting_evidence', 'submitted', 'approved', 'in_transit', 'received', 'inspection_failed'],
  expired: ['awaiting_evidence', 'expired'],
  cancelled: ['awaiting_evidence', 'cancelled'],
};

interface Plan {
  readonly rmaId: string;
  readonly createdAt: string;
  readonly target: RmaStatus;
  /** Refund SLA breached on the way (recorded at `awaiting_resolution`, or on the final state). */
  readonly breached: boolean;
  /** Hours from submission to resolution, for the resolved ones. */
  readonly hoursToResolve: number;
}

/** The RMA of `plan` in `status`: the fixture's state with the plan's id, time and flags. */
function stateOf(plan: Plan, status: RmaStatus, version: number): Rma {
  const state = rmaIn(status);
  const breached = plan.breached && (status === 'awaiting_resolution' || status === plan.target);
  const resolvedAt = state.submittedAt === null ? null : new Date(Date.parse(state.submittedAt) + plan.hoursToResolve * 3_600_000).toISOString();
  return {
    ...state,
    rmaId: plan.rmaId,
    number: `RMA-2026-${plan.rmaId.slice(-6)}`,
    createdAt: plan.createdAt,
    version,
    slaBreached: breached,
    ...(status === 'resolved' ? { resolvedAt } : {}),
  };
}

/** Writes each plan's states in order, all plans at once; a transaction that met another is re-run. */
async function play(store: RmaStore, plans: readonly Plan[]): Promise<Rma[]> {
  return Promise.all(
    plans.map(async (plan) => {
      let previous: Rma | null = null;
      for (const [i, status] of PATHS[plan.target].entries()) {
        const next = stateOf(plan, status, i + 1);
        const before: Rma | null = previous;
        await retryOnConflict(() => store.write({ rma: next, previous: before }, new Date()), 20);
        previous = next;
      }
      return previous!;
    }),
  );
}

/** `count` RMAs a second apart, aimed at every status in turn, one in four breaching its refund SLA. */
function plans(count: number, firstCreatedAt: number): Plan[] {
  return Array.from({ length: count }, (_, i) => ({
    rmaId: ulid(firstCreatedAt + i * 1000),
    createdAt: new Date(firstCreatedAt + i * 1000).toISOString(),
    target: RMA_STATUSES[i % RMA_STATUSES.length]!,
    breached: i % 4 === 0,
    hoursToResolve: 6 + ((i * 7.3) % 90),
  }));
}

describe('the ops summary', () => {
  it('counts every RMA in its status and the open breaches, after 66 RMAs changed at once, as the RMAs themselves say; the median to half an hour', async () => {
    const tableName = await freshTable();
    const finals = await play(new RmaStore(ddb(), tableName), plans(66, Date.parse('2026-03-01T00:00:00.000Z')));
    const summary = await new RmaQueries(ddb(), tableName).summary();

    const expected = Object.fromEntries(RMA_STATUSES.map((s) => [s, finals.filter((r) => r.status === s).length]));
    expect(summary.countsByStatus).toEqual(expected);
    const open = finals.filter((r) => !TERMINAL_STATUSES.has(r.status));
    expect(summary.openSlaBreaches).toEqual({ refund: open.filter((r) => r.slaBreached).length, decision: 0 });
    expect(summary.openSlaBreaches.refund).toBeGreaterThan(0);

    const hours = finals
      .filter((r) => r.status === 'resolved')
      .map((r) => (Date.parse(r.resolvedAt!) - Date.parse(r.submittedAt!)) / 3_600_000)
      .sort((a, b) => a - b);
    const exact = hours.length % 2 === 1 ? hours[(hours.length - 1) / 2]! : (hours[hours.length / 2 - 1]! + hours[hours.length / 2]!) / 2;
    expect(hours.length).toBeGreaterThan(2);
    expect(Math.abs(summary.medianSubmissionToResolutionHours! - exact)).toBeLessThanOrEqual(0.5);
  });
});

describe('the ops queue', () => {
  let tableName: string;
  let seeded: Rma[];

  beforeAll(async () => {
    tableName = await freshTable();
    seeded = await play(new RmaStore(ddb(), tableName), plans(44, Date.parse('2025-01-01T00:00:00.000Z')));
  });

  /** Every page of a filter, followed to the end with small pages. */
  async function walk(filter: { status?: RmaStatus; slaBreached?: boolean }): Promise<string[]> {
    const queries = new RmaQueries(ddb(), tableName);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await queries.queue({ ...filter, limit: 3, ...(cursor ? { cursor } : {}) });
      ids.push(...page.items.map((r) => r.rmaId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return ids;
  }

  const FILTERS: { status?: RmaStatus; slaBreached?: boolean }[] = [
    {},
    { slaBreached: true },
    { slaBreached: false },
    ...RMA_STATUSES.flatMap((status) => [{ status }, { status, slaBreached: true }, { status, slaBreached: false }]),
  ];

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s answers exactly the RMAs a full read filtered in memory finds, oldest first', async (_, filter) => {
    const expected = seeded
      .filter((r) => (filter.status === undefined ? !TERMINAL_STATUSES.has(r.status) : r.status === filter.status))
      .filter((r) => filter.slaBreached === undefined || r.slaBreached === filter.slaBreached)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1))
      .map((r) => r.rmaId);
    expect(await walk(filter)).toEqual(expected);
  });
});

describe('a table with RMAs written before the read model', () => {
  it('counts them by the backfill, once each, also one that changed before it ran; a second run finds nothing to do', async () => {
    const tableName = await freshTable();
    const legacy = plans(12, Date.parse('2024-06-01T00:00:00.000Z')).map((plan) => stateOf(plan, plan.target, PATHS[plan.target].length));
    // As the store wrote RMAs before: the whole RMA and its place by status, nothing else.
    for (const rma of legacy) {
      await ddb().send(
        new PutCommand({
          TableName: tableName,
          Item: { ...rma, ...keys.rma(rma.rmaId), type: 'rma', gsi1pk: keys.statusIndex(rma.status), gsi1sk: keys.statusSort(rma.createdAt, rma.rmaId) },
        }),
      );
    }
    const queries = new RmaQueries(ddb(), tableName);
    const open = (rmas: readonly Rma[]) => rmas.filter((r) => !TERMINAL_STATUSES.has(r.status)).map((r) => r.rmaId);
    expect(Object.values((await queries.summary()).countsByStatus).every((n) => n === 0)).toBe(true);
    expect((await queries.queue({ limit: 100 })).items).toEqual([]);

    // One of them changes before the backfill runs, through the store as the API changes it.
    const store = new RmaStore(ddb(), tableName);
    const waiting = legacy.findIndex((r) => r.status === 'awaiting_evidence');
    const read = (await store.get(legacy[waiting]!.rmaId))!;
    const submitted = { ...rmaIn('submitted'), rmaId: read.rmaId, number: read.number, createdAt: read.createdAt, version: read.version + 1 };
    await store.write({ rma: submitted, previous: read }, new Date());
    const now = legacy.map((r, i) => (i === waiting ? submitted : r));

    expect(await backfillReadModel(ddb(), tableName, () => new Date())).toBe(legacy.length - 1);
    const summary = await queries.summary();
    expect(summary.countsByStatus).toEqual(Object.fromEntries(RMA_STATUSES.map((s) => [s, now.filter((r) => r.status === s).length])));
    expect(summary.openSlaBreaches.refund).toBe(now.filter((r) => !TERMINAL_STATUSES.has(r.status) && r.slaBreached).length);
    expect((await queries.queue({ limit: 100 })).items.map((r) => r.rmaId)).toEqual(open(now));

    expect(await backfillReadModel(ddb(), tableName, () => new Date())).toBe(0);
    expect(await queries.summary()).toEqual(summary);
  });
});

describe('the RMAs of a period (the export and the report)', () => {
  it('pages through every RMA opened in the period exactly once, by status then oldest first, and none outside it', async () => {
    const tableName = await freshTable();
    const cohort = await play(new RmaStore(ddb(), tableName), plans(30, Date.parse('2025-06-01T00:00:00.000Z')));
    const queries = new RmaQueries(ddb(), tableName);
    // From the 6th to the 24th RMA (a second apart): the period's bounds are instants, both included.
    const period = { start: new Date(cohort[5]!.createdAt), end: new Date(cohort[23]!.createdAt) };
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await queries.openedBetween(period, 4, cursor);
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((r) => r.rmaId));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    const expected = cohort.slice(5, 24).sort((a, b) => RMA_STATUSES.indexOf(a.status) - RMA_STATUSES.indexOf(b.status) || (a.createdAt < b.createdAt ? -1 : 1));
    expect(seen).toEqual(expected.map((r) => r.rmaId));
    expect(pages).toBeGreaterThanOrEqual(5);
    expect((await queries.allOpenedBetween(period)).map((r) => r.rmaId).sort()).toEqual(expected.map((r) => r.rmaId).sort());
  });
});
