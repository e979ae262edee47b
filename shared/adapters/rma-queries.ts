/**
 * Read-side queries over RMAs for ops, never a scan: the queue from the index partition that
 * holds what is asked for (`byStatus`, the sparse `byOpen` and `byBreached`, each sorted
 * `<createdAt>#<rmaId>`), lookups through the orders' indexes, the summary from its counters
 * (docs/data-model.md).
 */
import { type DynamoDBDocumentClient, paginateQuery, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../domain/errors.js';
import type { Rma } from '../domain/rma.js';
import { RMA_STATUSES, type RmaStatus, TERMINAL_STATUSES } from '../domain/rma-status.js';
import { keys, TABLE } from './keys.js';
import { RmaStore, toRma } from './rma-store.js';
import { type OpsSummary, readSummary } from './rma-summary.js';

/** An exact lookup for ops: by RMA number, order number, or customer email (case-insensitive). */
export type RmaSearch = { readonly number: string } | { readonly orderNumber: string } | { readonly email: string };

export interface QueueFilter {
  /** One status; without it, every open RMA. */
  readonly status?: RmaStatus;
  /** Only RMAs whose refund SLA was (`true`) or was not (`false`) breached. */
  readonly slaBreached?: boolean;
  readonly limit: number;
  /** From a previous page's `nextCursor`. */
  readonly cursor?: string;
}

/** An export's cursor: the status it is reading (its index in RMA_STATUSES) and, within it, the last position read. */
function encodeExportCursor(status: number, after: string | undefined): string {
  return Buffer.from(`${status}|${after ?? ''}`, 'utf8').toString('base64url');
}

function decodeExportCursor(cursor: string): [number, string | undefined] {
  const [status, after] = Buffer.from(cursor, 'base64url').toString('utf8').split('|') as [string, string | undefined];
  const index = Number(status);
  if (!Number.isInteger(index) || index < 0 || index >= RMA_STATUSES.length || after === undefined || (after !== '' && !POSITION.test(after))) {
    throw new DomainError('validation_failed', 'The cursor is not valid.', { errors: [{ path: 'cursor', message: 'must be a cursor from a previous page' }] });
  }
  return [index, after === '' ? undefined : after];
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

  /**
   * The ops queue, oldest first, from the one index partition that holds what is asked for, read
   * from the cursor on until a page and one more item match (`limit + 1` tells whether more
   * exist): usually one query. A filter is left only where it skips the rare (breached RMAs
   * among the others, one open status among the open breached ones), so the work does not grow
   * with the number of RMAs.
   */
  async queue(filter: QueueFilter): Promise<QueuePage> {
    const after = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
    const { index, partition, where } = partitionFor(filter);
    const wanted = filter.limit + 1;
    const found: { position: string; rma: Rma }[] = [];
    const input: QueryCommandInput = {
      TableName: this.tableName,
      IndexName: index.name,
      KeyConditionExpression: after === undefined ? '#pk = :pk' : '#pk = :pk AND #sk > :after',
      ExpressionAttributeNames: {
        '#pk': index.partitionKey,
        ...(after === undefined ? {} : { '#sk': index.sortKey }),
        ...(where === undefined ? {} : { '#where': where.attribute }),
      },
      ExpressionAttributeValues: {
        ':pk': partition,
        ...(after === undefined ? {} : { ':after': after }),
        ...(where === undefined ? {} : { ':where': where.value }),
      },
      ...(where === undefined ? {} : { FilterExpression: '#where = :where' }),
      Limit: wanted,
    };
    let start: Record<string, unknown> | undefined;
    do {
      const output = await this.ddb.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
      for (const item of output.Items ?? []) found.push({ position: String(item[index.sortKey]), rma: toRma(item) });
      start = output.LastEvaluatedKey;
    } while (start !== undefined && found.length < wanted);
    const page = found.slice(0, filter.limit);
    return {
      items: page.map((m) => m.rma),
      nextCursor: found.length > filter.limit ? encodeCursor(page.at(-1)!.position) : null,
    };
  }

  /**
   * The RMAs opened from `start` to `end`, a page at a time: each status's partition of `byStatus`
   * read over that range of its sort key (`<createdAt>#<rmaId>`), one status after the other.
   * Reads only RMAs of the period, never a scan; the cursor names the status and the position.
   */
  async openedBetween(period: { readonly start: Date; readonly end: Date }, limit: number, cursor?: string): Promise<QueuePage> {
    let [status, after] = cursor === undefined ? [0, undefined] : decodeExportCursor(cursor);
    const items: Rma[] = [];
    const low = period.start.toISOString();
    // `~` sorts after every character of an RMA id: the whole last millisecond is in range.
    const high = `${period.end.toISOString()}~`;
    while (status < RMA_STATUSES.length) {
      const output = await this.ddb.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: TABLE.byStatus.name,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :low AND :high',
          ExpressionAttributeNames: { '#pk': TABLE.byStatus.partitionKey, '#sk': TABLE.byStatus.sortKey },
          ExpressionAttributeValues: { ':pk': keys.statusIndex(RMA_STATUSES[status]!), ':low': after === undefined ? low : `${after}\u0000`, ':high': high },
          Limit: limit - items.length,
        }),
      );
      for (const item of output.Items ?? []) items.push(toRma(item));
      if (output.LastEvaluatedKey !== undefined) {
        after = String(output.LastEvaluatedKey[TABLE.byStatus.sortKey]);
        if (items.length >= limit) return { items, nextCursor: encodeExportCursor(status, after) };
        continue;
      }
      status += 1;
      after = undefined;
      if (items.length >= limit) return { items, nextCursor: status < RMA_STATUSES.length ? encodeExportCursor(status, undefined) : null };
    }
    return { items, nextCursor: null };
  }

  /** Every RMA opened in the period (a report's input): as `openedBetween`, to the end. */
  async allOpenedBetween(period: { readonly start: Date; readonly end: Date }): Promise<Rma[]> {
    const all: Rma[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.openedBetween(period, 100, cursor);
      all.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return all;
  }

  /** The summary, from its counters (rma-summary.ts): one query, whatever the number of RMAs. */
  async summary(): Promise<OpsSummary> {
    return readSummary(this.ddb, this.tableName);
  }
}

/** Where a queue filter's RMAs are, oldest first (docs/data-model.md, "Indexes"). */
function partitionFor(filter: QueueFilter): {
  readonly index: { readonly name: string; readonly partitionKey: string; readonly sortKey: string };
  readonly partition: string;
  readonly where?: { readonly attribute: string; readonly value: string | boolean };
} {
  const { status, slaBreached } = filter;
  const open = status === undefined || !TERMINAL_STATUSES.has(status);
  if (slaBreached === true) {
    return {
      index: TABLE.byBreached,
      partition: keys.breachedIndex(open ? 'OPEN' : status!),
      ...(open && status !== undefined ? { where: { attribute: 'status', value: status } } : {}),
    };
  }
  const notBreached = slaBreached === false ? { where: { attribute: 'slaBreached', value: false } } : {};
  return status === undefined
    ? { index: TABLE.byOpen, partition: keys.openIndex, ...notBreached }
    : { index: TABLE.byStatus, partition: keys.statusIndex(status), ...notBreached };
}
