/** Lambda entry: wires the evidence verifier to AWS. */
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { createS3Client } from '../../shared/adapters/s3-client.js';
import { EvidenceBucket } from '../../shared/adapters/evidence-bucket.js';
import { RmaStore } from '../../shared/adapters/rma-store.js';
import { WebhookEndpointStore } from '../../shared/adapters/webhook-endpoints.js';
import { RmaEvents } from '../../shared/app/rma-events.js';
import { readEnv } from '../../shared/config/env.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { policyBook } from '../../shared/domain/policy/book.js';
import { createLogger, systemClock } from '../../shared/runtime.js';
import { envKeysFor } from '../../shared/topology.js';
import { createEvidenceVerifier } from './handler.js';

const env = readEnv(envKeysFor('evidenceVerifier'));
const ddb = createDocumentClient();

export const handler = createEvidenceVerifier({
  now: systemClock,
  logger: createLogger('evidence-verifier'),
  book: policyBook(defaultPolicy),
  rmas: new RmaStore(ddb, env.tableName),
  events: new RmaEvents(new WebhookEndpointStore(ddb, env.tableName)),
  bucket: new EvidenceBucket(createS3Client(), env.bucketName),
});
