/**
 * Read-side queries over RMAs for ops, all through the `byStatus` index (status + time):
 * never a scan. RMA items carry `gsi1pk = STATUS#<status>`, `gsi1sk = <createdAt>#<rmaId>`,
 * and the flags and instants the summary reads (docs/data-model.md).
 */
import { type DynamoDBDocumentClient, paginateQuery, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../domain/errors.js';
import type { Rma } from '../domain/rma.js';
import { RMA_STATUSES, type RmaStatus, TERMINAL_STATUSES } from '../domain/rma-status.js';
import { keys, TABLE } from './keys.js';
import { RmaStore, toRma } from './rma-store.js';

/** An exact lookup for ops: by RMA number, order number, or customer email (case-insensitive). */
export type RmaSearch = { readonly number: string } | { readonly orderNumber: string } | { readonly email: string };

export interface QueueFilter {
  /** One status, or several merged oldest first (the open ones by default). */
  readonly statuses: readonly RmaStatus[];
  /** Only RMAs whose refund SLA was (`true`) or was not (`false`) breached. */
  readonly slaBreached?: boolean;
  readonly limit: number;
  /** From a previous page's `nextCursor`. */
  readonly cursor?: string;
}

export interface QueuePage {
  readonly items: readonly Rma[];
  readonly nextCursor: string | null;
}

/**
 * A cursor is the index position (`<createdAt>#<rmaId>`) of the last item returned: the next
 * page starts strictly after it in every status, so it stays valid while RMAs change state.
 */
const POSITION = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-HJKMNP-TV-Z]{26}$/;

export function encodeCursor(position: string): string {
  return Buffer.from(position, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!POSITION.test(position)) {
    throw new DomainError('validation_failed', 'The cursor is not valid.', { errors: [{ path: 'cursor', message: 'must be a cursor from a previous page' }] });
  }
  return position;
}

export interface OpsSummary {
  readonly countsByStatus: Record<RmaStatus, number>;
  readonly openSlaBreaches: { readonly refund: number; readonly decision: number };
  readonly medianSubmissionToResolutionHours: number | null;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export class RmaQueries {
  private readonly rmas: RmaStore;

  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {
    this.rmas = new RmaStore(ddb, tableName);
  }

  /**
   * The RMAs an exact lookup finds, oldest first: a number through its item, an order number or
   * an email through the orders' indexes, then the RMAs by id. Never a scan.
   */
  async search(search: RmaSearch): Promise<Rma[]> {
    let ids: string[];
    if ('number' in search) {
      const id = await this.rmas.idForNumber(search.number);
      ids = id === null ? [] : [id];
    } else {
      const [index, value] =
        'orderNumber' in search
          ? [TABLE.byOrderNumber, keys.orderNumberIndex(search.orderNumber)]
          : [TABLE.byCustomerEmail, keys.customerEmailIndex(search.email)];
      ids = [];
      const pages = paginateQuery(
        { client: this.ddb },
        {
          TableName: this.tableName,
          IndexName: index.name,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': index.partitionKey },
          ExpressionAttributeValues: { ':pk': value },
          ProjectionExpression: 'rmaIds',
        },
      );
      for await (const page of pages) for (const order of page.Items ?? []) ids.push(...((order.rmaIds as string[] | undefined) ?? []));
    }
    const found = await this.rmas.getMany(ids);
    return found.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  private async *itemsInStatus(status: RmaStatus, projection: string) {
    const pages = paginateQuery(
      { client: this.ddb },
      {
        TableName: this.tableName,
        IndexName: TABLE.byStatus.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': TABLE.byStatus.partitionKey },
        ExpressionAttributeValues: { ':pk': keys.statusIndex(status) },
        ProjectionExpression: projection,
      },
    );
    for await (const page of pages) yield* page.Items ?? [];
  }

  /**
   * The ops queue, oldest first: per status one query of the `byStatus` index from the cursor
   * on, until a page and one more item match, then merged. `limit + 1` tells whether more exist.
   */
  async queue(filter: QueueFilter): Promise<QueuePage> {
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
    const perStatus = await Promise.all(filter.statuses.map((status) => this.matching(status, filter, after)));
    const merged = perStatus.flat().sort((a, b) => (a.position < b.position ? -1 : 1));
    const page = merged.slice(0, filter.limit);
    return {
      items: page.map((m) => m.rma),
      nextCursor: merged.length > filter.limit ? encodeCursor(page.at(-1)!.position) : null,
    };
  }

  private async matching(status: RmaStatus, filter: QueueFilter, after: string | undefined) {
    const wanted = filter.limit + 1;
    const found: { position: string; rma: Rma }[] = [];
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: TABLE.byStatus.name,
      KeyConditionExpression: after === undefined ? '#pk = :pk' : '#pk = :pk AND #sk > :after',
      ExpressionAttributeNames: {
        '#pk': TABLE.byStatus.partitionKey,
        ...(after === undefined ? {} : { '#sk': TABLE.byStatus.sortKey }),
        ...(filter.slaBreached === undefined ? {} : { '#breached': 'slaBreached' }),
      },
      ExpressionAttributeValues: {
        ':pk': keys.statusIndex(status),
        ...(after === undefined ? {} : { ':after': after }),
        ...(filter.slaBreached === undefined ? {} : { ':breached': filter.slaBreached }),
      },
      ...(filter.slaBreached === undefined ? {} : { FilterExpression: '#breached = :breached' }),
      Limit: wanted,
    };
    let start: Record<string, unknown> | undefined;
    do {
      const output = await this.ddb.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
      for (const item of output.Items ?? []) found.push({ position: String(item[TABLE.byStatus.sortKey]), rma: toRma(item) });
      start = output.LastEvaluatedKey;
    } while (start !== undefined && found.length < wanted);
    return found.slice(0, wanted);
  }

  async summary(): Promise<OpsSummary> {
    const countsByStatus = Object.fromEntries(RMA_STATUSES.map((s) => [s, 0])) as Record<RmaStatus, number>;
    const openSlaBreaches = { refund: 0, decision: 0 };
    const hoursToResolve: number[] = [];
    for (const status of RMA_STATUSES) {
      for await (const item of this.itemsInStatus(status, 'slaBreached, decisionSlaBreached, submittedAt, resolvedAt')) {
        countsByStatus[status] += 1;
        if (!TERMINAL_STATUSES.has(status)) {
          if (item.slaBreached === true) openSlaBreaches.refund += 1;
          if (item.decisionSlaBreached === true) openSlaBreaches.decision += 1;
        }
        if (status === 'resolved' && typeof item.submittedAt === 'string' && typeof item.resolvedAt === 'string') {
          hoursToResolve.push((Date.parse(item.resolvedAt) - Date.parse(item.submittedAt)) / 3_600_000);
        }
      }
    }
    return { countsByStatus, openSlaBreaches, medianSubmissionToResolutionHours: median(hoursToResolve) };
  }
}
