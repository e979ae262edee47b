/**
 * The six functions of the topology, wired for the local stack exactly as their Lambda entries
 * wire them for AWS (functions/<name>/index.ts): the same factories, the same env contract read
 * through `readEnv`, the same SDK clients, only pointed at local endpoints, with the local clock
 * and the local storefront secret.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { Context } from 'aws-lambda';
import { createCustomerApi } from '../functions/customer-api/handler.js';
import { createDeadlineHandler } from '../functions/deadline/handler.js';
import { createEvidenceVerifier } from '../functions/evidence-verifier/handler.js';
import { createNotifier } from '../functions/notifier/handler.js';
import { createOpsApi } from '../functions/ops-api/handler.js';
import { createOutboxRelay } from '../functions/outbox-relay/handler.js';
import { createStorefrontApi } from '../functions/storefront-api/handler.js';
import { EvidenceBucket } from '../shared/adapters/evidence-bucket.js';
import { createDeliveryEngine } from '../shared/adapters/delivery.js';
import { deliveryTargets } from '../shared/adapters/delivery-targets.js';
import { tableProbe } from '../shared/adapters/health.js';
import { OutboxStore } from '../shared/adapters/outbox.js';
import { OrderStore } from '../shared/adapters/order-store.js';
import { RmaQueries } from '../shared/adapters/rma-queries.js';
import { RmaStore } from '../shared/adapters/rma-store.js';
import { WebhookEndpointStore } from '../shared/adapters/webhook-endpoints.js';
import { RmaEvents } from '../shared/app/rma-events.js';
import { createRmaService } from '../shared/app/rma-service.js';
import { WebhookService } from '../shared/app/webhooks.js';
import { urlPolicy } from '../shared/adapters/url-guard.js';
import { SessionStore } from '../shared/adapters/session-store.js';
import { ENV, readEnv } from '../shared/config/env.js';
import { defaultPolicy } from '../shared/domain/policy/default-policy.js';
import { policyBook } from '../shared/domain/policy/book.js';
import type { Clock } from '../shared/runtime.js';
import { envKeysFor, type FunctionId, topology } from '../shared/topology.js';

/** Placeholder account of local ARNs; nothing real lives there. */
export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_STOREFRONT_SECRET = 'local-storefront-secret';
/** Signs local shoppers' session tokens (in AWS a generated secret); fixed, so sessions outlive a restart with RMA_LOCAL_PERSIST=1 as they do in AWS. */
export const LOCAL_SESSION_KEY = 'local-session-signing-key';
export const LOCAL_EVENT_BUS = 'rma-local-rma-events';

export interface LocalNames {
  readonly tableName: string;
  readonly bucketName: string;
  readonly scheduleGroup: string;
}

/** The ARN a local function answers to (targets of local schedules). */
export function localFunctionArn(id: FunctionId): string {
  return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:rma-local-${id}`;
}

/** The env each local function gets: the same variable names the CDK construct sets in AWS. */
export function localEnvironment(names: LocalNames): Record<string, string> {
  const arn = (service: string, resource: string) => `arn:aws:${service}:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${resource}`;
  return {
    [ENV.tableName]: names.tableName,
    [ENV.bucketName]: names.bucketName,
    [ENV.scheduleGroup]: names.scheduleGroup,
    [ENV.schedulerRoleArn]: `arn:aws:iam::${LOCAL_ACCOUNT}:role/rma-local-scheduler`,
    [ENV.deadlineFunctionArn]: localFunctionArn('deadline'),
    [ENV.schedulerDlqArn]: arn('sqs', 'rma-local-scheduler-dlq'),
    [ENV.senderEmail]: 'returns@example.com',
    [ENV.sesConfigurationSet]: '',
    [ENV.storefrontSecretId]: 'rma/storefront-hmac',
    [ENV.sessionKeyId]: 'rma/session-signing-key',
    [ENV.opsGroup]: 'rma-ops',
    [ENV.eventBusName]: LOCAL_EVENT_BUS,
    // Locally endpoints may also be http on localhost (events.md, "Delivery").
    [ENV.webhookUrlPolicy]: 'local',
  };
}

export type Invoke = (event: unknown, context: Context) => Promise<unknown>;

export interface LocalRuntime {
  readonly env: Record<string, string>;
  readonly now: Clock;
  readonly logger: (service: string) => Logger;
  readonly metrics: (service: string) => Metrics;
  readonly ddb: DynamoDBDocumentClient;
  readonly scheduler: SchedulerClient;
  readonly s3: S3Client;
  readonly ses: SESv2Client;
  readonly eventBridge: EventBridgeClient;
}

export function wireLocalFunctions(rt: LocalRuntime): Record<FunctionId, Invoke> {
  const envOf = (id: FunctionId) => readEnv(envKeysFor(id), rt.env);
  const storefront = envOf('storefrontApi');
  const customer = envOf('customerApi');
  const verifier = envOf('evidenceVerifier');
  const ops = envOf('opsApi');
  const deadline = envOf('deadline');
  const delivering = (id: 'notifier' | 'outboxRelay') => {
    const logger = rt.logger(id === 'notifier' ? 'notifier' : 'outbox-relay');
    const env = envOf(id);
    const targets = deliveryTargets(env, rt);
    const engine = createDeliveryEngine({
      env,
      now: rt.now,
      logger,
      metrics: rt.metrics(id),
      ddb: rt.ddb,
      targets: async () => targets,
    });
    return { logger, engine };
  };
  return {
    storefrontApi: createStorefrontApi({
      now: rt.now,
      logger: rt.logger('storefront-api'),
      policy: defaultPolicy,
      orders: new OrderStore(rt.ddb, storefront.tableName),
      sessions: new SessionStore(rt.ddb, storefront.tableName, async () => LOCAL_SESSION_KEY),
      storefrontSecret: async () => LOCAL_STOREFRONT_SECRET,
    }) as Invoke,
    customerApi: createCustomerApi({
      now: rt.now,
      logger: rt.logger('customer-api'),
      policy: defaultPolicy,
      orders: new OrderStore(rt.ddb, customer.tableName),
      sessions: new SessionStore(rt.ddb, customer.tableName, async () => LOCAL_SESSION_KEY),
      rmaService: createRmaService(rt.ddb, customer.tableName, rt.now),
      evidenceBucket: new EvidenceBucket(rt.s3, customer.bucketName),
      tableAnswers: tableProbe(rt.ddb, customer.tableName),
    }) as Invoke,
    opsApi: createOpsApi({
      now: rt.now,
      logger: rt.logger('ops-api'),
      opsGroup: ops.opsGroup,
      policy: defaultPolicy,
      queries: new RmaQueries(rt.ddb, ops.tableName),
      orders: new OrderStore(rt.ddb, ops.tableName),
      rmaService: createRmaService(rt.ddb, ops.tableName, rt.now),
      evidenceBucket: new EvidenceBucket(rt.s3, ops.bucketName),
      outbox: new OutboxStore(rt.ddb, ops.tableName),
      webhooks: new WebhookService({
        endpoints: new WebhookEndpointStore(rt.ddb, ops.tableName),
        outbox: new OutboxStore(rt.ddb, ops.tableName),
        policy: urlPolicy(ops.webhookUrlPolicy),
        now: rt.now,
      }),
    }) as Invoke,
    evidenceVerifier: createEvidenceVerifier({
      now: rt.now,
      logger: rt.logger('evidence-verifier'),
      book: policyBook(defaultPolicy),
      rmas: new RmaStore(rt.ddb, verifier.tableName),
      events: new RmaEvents(new WebhookEndpointStore(rt.ddb, verifier.tableName)),
      bucket: new EvidenceBucket(rt.s3, verifier.bucketName),
    }) as Invoke,
    deadline: createDeadlineHandler({
      now: rt.now,
      logger: rt.logger('deadline'),
      metrics: rt.metrics('deadline'),
      orders: new OrderStore(rt.ddb, deadline.tableName),
      rmaService: createRmaService(rt.ddb, deadline.tableName, rt.now),
    }) as Invoke,
    notifier: createNotifier(delivering('notifier')) as Invoke,
    outboxRelay: createOutboxRelay(delivering('outboxRelay')) as Invoke,
  };
}

/** A Lambda context as the runtime passes it, with the topology's timeout. */
export function lambdaContext(id: FunctionId): Context {
  const spec = topology[id];
  const started = Date.now();
  const name = `rma-local-${id}`;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: localFunctionArn(id),
    memoryLimitInMB: String(spec.memoryMiB),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, spec.timeoutSeconds * 1000 - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
