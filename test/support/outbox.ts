/**
 * A delivery engine of the test's own over an isolated table in the stack's DynamoDB Local (no
 * stream consumer: nothing delivers but the test), with the stack's SES and Scheduler emulators
 * through the real SDK clients, and a clock the test moves.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { createDeliveryEngine, type DeliveryEngine, type DeliveryEnv } from '../../shared/adapters/delivery.js';
import { createEventBridgeClient, createSchedulerClient, createSesClient, deliveryTargets } from '../../shared/adapters/delivery-targets.js';
import { type OutboxMessage, OutboxStore, type OutboxSubject, outboxItems } from '../../shared/adapters/outbox.js';
import { ensureTable } from '../../local/dynamodb-local.js';
import { MetricsRecorder } from '../../local/metrics.js';
import { METRICS_NAMESPACE } from '../../shared/runtime.js';
import { localNow, sdkOptions, stack } from './client.js';

export class TestClock {
  constructor(private at: Date) {}
  readonly now = () => new Date(this.at);
  advance(ms: number): Date {
    this.at = new Date(this.at.getTime() + ms);
    return this.now();
  }
}

export interface IsolatedOutbox {
  readonly tableName: string;
  readonly ddb: ReturnType<typeof createDocumentClient>;
  readonly store: OutboxStore;
  readonly clock: TestClock;
  readonly metrics: MetricsRecorder;
  /** An engine on this table; `ses` is the SES endpoint it sends to (the stack's by default). */
  engine(options?: { ses?: string }): DeliveryEngine;
  /** Writes a change's messages as its transaction would. */
  write(subject: OutboxSubject, messages: readonly OutboxMessage[]): Promise<string[]>;
  drop(): Promise<void>;
}

export async function isolatedOutbox(): Promise<IsolatedOutbox> {
  const { urls, env } = stack();
  const tableName = `rma-engine-${randomUUID().slice(0, 8)}`;
  const raw = new DynamoDBClient(sdkOptions(urls.dynamodb));
  await ensureTable(raw, tableName);
  const ddb = createDocumentClient(sdkOptions(urls.dynamodb));
  // Starts at the stack's local time: the Scheduler emulator judges at() expressions by it.
  const clock = new TestClock(await localNow());
  const metrics = new MetricsRecorder();
  const logger = new Logger({ serviceName: 'engine-test', logLevel: 'SILENT' });
  return {
    tableName,
    ddb,
    store: new OutboxStore(ddb, tableName),
    clock,
    metrics,
    engine: (options = {}) => {
      const engineEnv: DeliveryEnv = {
        tableName,
        scheduleGroup: stack().names.scheduleGroup,
        schedulerRoleArn: env.RMA_SCHEDULER_ROLE_ARN ?? '',
        deadlineFunctionArn: env.RMA_DEADLINE_FUNCTION_ARN ?? '',
        schedulerDlqArn: env.RMA_SCHEDULER_DLQ_ARN ?? '',
        senderEmail: 'returns@example.com',
        sesConfigurationSet: '',
        eventBusName: 'rma-local-rma-events',
        webhookUrlPolicy: 'local',
      };
      const targets = deliveryTargets(engineEnv, {
        ses: createSesClient(sdkOptions(options.ses ?? urls.ses)),
        scheduler: createSchedulerClient(sdkOptions(urls.scheduler)),
        eventBridge: createEventBridgeClient(sdkOptions(urls.eventbridge)),
      });
      return createDeliveryEngine({
        env: engineEnv,
        now: clock.now,
        logger,
        metrics: metrics.metrics({ namespace: METRICS_NAMESPACE, serviceName: 'engine-test' }),
        ddb,
        targets: async () => targets,
      });
    },
    async write(subject, messages) {
      const items = outboxItems(subject, messages, clock.now());
      for (const item of items) await ddb.send(new PutCommand({ TableName: tableName, Item: item }));
      return items.map((i) => i.messageId);
    },
    drop: async () => {
      await raw.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
}

/** An email message about `rmaId`, with a subject unique to this test. */
export function emailMessage(rmaId: string, subject: string): OutboxMessage {
  return {
    type: 'email',
    rmaId,
    email: { template: 'rma_received', to: ['ada@example.com'], replyTo: [], subject, text: `${subject}\n`, html: `<p>${subject}</p>` },
  };
}
