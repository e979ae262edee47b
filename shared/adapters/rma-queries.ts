/**
 * Read-side queries over RMAs for ops, all through the `byStatus` index (status + time):
 * never a scan. RMA items carry `gsi1pk = STATUS#<status>`, `gsi1sk = <createdAt>#<rmaId>`,
 * and the flags and instants the summary reads (docs/data-model.md).
 */
import { type DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { RMA_STATUSES, type RmaStatus, TERMINAL_STATUSES } from '../domain/rma-status.js';
import { keys, TABLE } from './keys.js';

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
  constructor(
    private readonly ddb: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

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
