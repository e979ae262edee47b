/**
 * Run as its own process by the crash test: delivers one outbox message with the real engine,
 * then is killed by the test while its email is being sent (its SES is a socket that never
 * answers). Configured by environment variables; prints nothing.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { createDeliveryEngine, type DeliveryEnv, DeliveryRun } from '../../shared/adapters/delivery.js';
import { createEventBridgeClient, createSchedulerClient, createSesClient, deliveryTargets } from '../../shared/adapters/delivery-targets.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is required`);
  return value;
};
const client = (endpoint: string) => ({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
const now = new Date(env('CHILD_NOW'));

const engineEnv: DeliveryEnv = {
  tableName: env('CHILD_TABLE'),
  scheduleGroup: 'unused',
  schedulerRoleArn: 'arn:aws:iam::000000000000:role/unused',
  deadlineFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:unused',
  schedulerDlqArn: 'arn:aws:sqs:us-east-1:000000000000:unused',
  senderEmail: 'returns@example.com',
  sesConfigurationSet: '',
  eventBusName: 'rma-local-rma-events',
  webhookUrlPolicy: 'local',
};
const targets = deliveryTargets(engineEnv, {
  ses: createSesClient(client(env('CHILD_SES'))),
  scheduler: createSchedulerClient(client('http://127.0.0.1:9')),
  eventBridge: createEventBridgeClient(client('http://127.0.0.1:9')),
});

const engine = createDeliveryEngine({
  env: engineEnv,
  now: () => now,
  logger: new Logger({ serviceName: 'child', logLevel: 'SILENT' }),
  metrics: new Metrics({ namespace: 'child', serviceName: 'child' }),
  ddb: createDocumentClient(client(env('CHILD_DYNAMODB'))),
  targets: async () => targets,
});

await engine.deliver(env('CHILD_MESSAGE'), new DeliveryRun(() => Number.POSITIVE_INFINITY));
