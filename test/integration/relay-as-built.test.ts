/**
 * The outbox relay as `cdk deploy` ships it: its bundle, built as every function is, run in a
 * process of its own with nothing but a Lambda-like environment (credentials and endpoints in
 * env variables), over a table of the test's own in the stack's DynamoDB Local and the stack's
 * SES emulator. Its delivery targets are a chunk loaded when a due message first needs them.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry, coldStartFiles } from '../../infra/bundle.js';
import { outboxItems } from '../../shared/adapters/outbox.js';
import { ENV } from '../../shared/config/env.js';
import { envKeysFor, functionSpecs } from '../../shared/topology.js';
import { LOCAL_CREDENTIALS } from '../../local/stack.js';
import { LOCAL_REGION } from '../../local/functions.js';
import { stack } from '../support/client.js';
import { sentMail } from '../support/mail.js';
import { emailMessage, type IsolatedOutbox, isolatedOutbox } from '../support/outbox.js';

const run = promisify(execFile);
let dir: string;
let outbox: IsolatedOutbox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relay-as-built-'));
  const spec = functionSpecs.find((s) => s.id === 'outboxRelay')!;
  await bundleEntry(resolve(import.meta.dirname, '../..', spec.entry), dir);
  outbox = await isolatedOutbox();
});

afterAll(async () => {
  await outbox?.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Invokes the built relay once in a fresh process, as Lambda would after a cold start; answers its report. */
async function invokeBuiltRelay(): Promise<{ attempted: number; delivered: number }> {
  const { urls, env } = stack();
  const bound = Object.fromEntries(envKeysFor('outboxRelay').map((key) => [ENV[key], env[ENV[key]] ?? '']));
  const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(join(dir, 'index.mjs')).href)});
const report = await handler({}, { functionName: 'outboxRelay', awsRequestId: 'r-1', getRemainingTimeInMillis: () => 60_000 });
process.stdout.write('\\nREPORT ' + JSON.stringify(report));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      PATH: process.env.PATH ?? '',
      ...bound,
      [ENV.tableName]: outbox.tableName,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: urls.dynamodb,
      AWS_ENDPOINT_URL_SESV2: urls.ses,
      POWERTOOLS_METRICS_NAMESPACE: 'relay-as-built',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    },
  });
  // Metrics (EMF) also go to stdout, as in Lambda.
  const report = stdout.split('\n').find((line) => line.startsWith('REPORT '));
  return JSON.parse(report!.slice('REPORT '.length)) as { attempted: number; delivered: number };
}

describe('the outbox relay, as built', () => {
  it('sends a due email through the targets it loads on first use, once, and finds nothing to do the next minute', async () => {
    expect(coldStartFiles(dir).some((file) => file !== 'index.mjs' && /chunk-/.test(file))).toBe(true);
    const rmaId = `01RELAY${Date.now().toString(36).toUpperCase().padStart(19, '0')}`.slice(0, 26);
    const subject = `Relay as built ${rmaId}`;
    // Written two minutes ago by the clock the bundle reads (the system's): past the stream's grace, due.
    const [item] = outboxItems({ type: 'rma', id: rmaId, version: 2 }, [emailMessage(rmaId, subject)], new Date(Date.now() - 120_000));
    await outbox.ddb.send(new PutCommand({ TableName: outbox.tableName, Item: item }));

    expect(await invokeBuiltRelay()).toMatchObject({ attempted: 1, delivered: 1 });
    expect((await sentMail()).filter((m) => m.subject === subject)).toHaveLength(1);
    expect(await outbox.store.get(item!.messageId)).toMatchObject({ status: 'delivered', attempts: 1 });

    expect(await invokeBuiltRelay()).toMatchObject({ attempted: 0, delivered: 0 });
    expect((await sentMail()).filter((m) => m.subject === subject)).toHaveLength(1);
  });
});
