/**
 * A second API gateway with the stack's functions, wired as the local stack wires them but with
 * DynamoDB reached through `dynamodbEndpoint` (a stalling proxy): the same handlers, clients and
 * timeouts, only the path to the table differs. Runs on the stack's local clock.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { createEventBridgeClient, createSchedulerClient, createSesClient } from '../../shared/adapters/delivery-targets.js';
import { createS3Client } from '../../shared/adapters/s3-client.js';
import { wireLocalFunctions } from '../../local/functions.js';
import { createLocalJwtIssuer, LocalGateway } from '../../local/gateway.js';
import { MetricsRecorder } from '../../local/metrics.js';
import { METRICS_NAMESPACE } from '../../shared/runtime.js';
import { localNow, sdkOptions, stack } from './client.js';

export interface ApiFront {
  readonly url: string;
  close(): Promise<void>;
}

export async function apiFront(dynamodbEndpoint: string): Promise<ApiFront> {
  const { urls, env } = stack();
  const offset = (await localNow()).getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  const recorder = new MetricsRecorder();
  const functions = wireLocalFunctions({
    env,
    now,
    logger: (serviceName) => new Logger({ serviceName, logLevel: 'SILENT' }),
    metrics: (serviceName) => recorder.metrics({ namespace: METRICS_NAMESPACE, serviceName }),
    ddb: createDocumentClient(sdkOptions(dynamodbEndpoint)),
    scheduler: createSchedulerClient(sdkOptions(urls.scheduler)),
    s3: createS3Client(sdkOptions(urls.s3)),
    ses: createSesClient(sdkOptions(urls.ses)),
    eventBridge: createEventBridgeClient(sdkOptions(urls.eventbridge)),
  });
  const notHere = () => Promise.reject(new Error('served by the main local stack only'));
  const gateway = new LocalGateway(functions, await createLocalJwtIssuer(now, 'http://front/_local/issuer'), {
    now,
    setClock: notHere,
    drain: notHere,
    metrics: () => [],
    events: () => [],
    setSes: notHere,
  });
  const url = await gateway.listen(0, '127.0.0.1');
  return { url, close: () => gateway.close() };
}
