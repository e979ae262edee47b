/**
 * Every route and trigger of the CDK template is served by the local stack the same way:
 * the same route keys to the same functions with the same auth, the same S3 notification,
 * the same stream filter, the same Scheduler target.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { bundleBytes, bundleDir, ceilingOf, coldStartFiles, MAX_BUNDLE_BYTES } from '../../infra/bundle.js';
import { buildOpenApi } from '../../shared/api/openapi.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchesOutboxFilter } from '../../local/events.js';
import { localRoutes } from '../../local/gateway.js';
import { ENV } from '../../shared/config/env.js';
import { envKeysFor, EVIDENCE_PREFIX, functionSpecs, type FunctionId } from '../../shared/topology.js';
import { resourcesOf, synthesize } from './app.js';

let built: Awaited<ReturnType<typeof synthesize>>;
beforeAll(async () => {
  built = await synthesize();
});

function functionIdOf(logicalId: string): FunctionId {
  const [, fn] = resourcesOf(built.service, 'AWS::Lambda::Function').find(([id]) => id === logicalId)!;
  return functionSpecs.find((s) => s.description === fn.Properties.Description)!.id;
}

/** The function an API Gateway integration invokes. */
function integrationTarget(integrationRef: string): FunctionId {
  const [, integration] = resourcesOf(built.service, 'AWS::ApiGatewayV2::Integration').find(([id]) => id === integrationRef)!;
  return functionIdOf(integration.Properties.IntegrationUri['Fn::GetAtt'][0]);
}

/** Evaluates the subset of Lambda event filter patterns the template uses (exact values, prefix). */
function matchesPattern(pattern: any, value: any): boolean {
  if (Array.isArray(pattern)) {
    return pattern.some((p) => (typeof p === 'object' && p !== null && 'prefix' in p ? typeof value === 'string' && value.startsWith(p.prefix) : p === value));
  }
  return Object.entries(pattern).every(([key, sub]) => value !== undefined && value !== null && matchesPattern(sub, value[key]));
}

describe('local stack parity with the template', () => {
  it('serves every API route of the template, with the same function and auth', () => {
    const template = resourcesOf(built.service, 'AWS::ApiGatewayV2::Route').map(([, route]) => ({
      key: route.Properties.RouteKey as string,
      fn: integrationTarget(String(route.Properties.Target['Fn::Join'][1][1].Ref)),
      jwt: route.Properties.AuthorizationType === 'JWT',
    }));
    const local = localRoutes.map((r) => ({ key: `${r.route.method} ${r.route.path}`, fn: r.functionId, jwt: r.route.auth === 'ops' }));
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(local.sort(byKey)).toEqual(template.sort(byKey));
  });

  it('delivers the same S3 notifications to the same function', () => {
    const [[, notifications]] = resourcesOf(built.service, 'Custom::S3BucketNotifications') as [[string, any]];
    const configs = notifications.Properties.NotificationConfiguration.LambdaFunctionConfigurations;
    expect(configs).toHaveLength(1);
    expect(configs[0].Events).toEqual(['s3:ObjectCreated:*']);
    expect(configs[0].Filter.Key.FilterRules).toEqual([{ Name: 'prefix', Value: EVIDENCE_PREFIX }]);
    expect(functionIdOf(configs[0].LambdaFunctionArn['Fn::GetAtt'][0])).toBe('evidenceVerifier');
  });

  it('filters the table stream exactly as the local plumbing does, for the same function', () => {
    const [[, mapping]] = resourcesOf(built.service, 'AWS::Lambda::EventSourceMapping') as [[string, any]];
    expect(functionIdOf(mapping.Properties.FunctionName.Ref)).toBe('notifier');
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    const pattern = JSON.parse(mapping.Properties.FilterCriteria.Filters[0].Pattern);
    const record = (eventName: string, pk: string) => ({ eventName, dynamodb: { Keys: { pk: { S: pk }, sk: { S: 'X' } } } }) as _Record;
    const samples = [
      record('INSERT', 'OUTBOX#1'),
      record('MODIFY', 'OUTBOX#1'),
      record('REMOVE', 'OUTBOX#1'),
      record('INSERT', 'ORDER#1'),
      record('INSERT', 'OUTBOX'),
      record('INSERT', 'XOUTBOX#1'),
    ];
    for (const sample of samples) {
      expect(matchesOutboxFilter(sample), JSON.stringify(sample)).toBe(matchesPattern(pattern, sample));
    }
    expect(samples.filter(matchesOutboxFilter)).toHaveLength(1);
  });

  it('has Scheduler invoke the deadline function and the relay, which the local emulator fires into', () => {
    const policies = resourcesOf(built.service, 'AWS::IAM::Policy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement as any[]);
    const invoked = policies
      .filter((s) => s.Action === 'lambda:InvokeFunction')
      .flatMap((s) => [s.Resource].flat())
      .map((resource) => functionIdOf(resource['Fn::GetAtt'][0]));
    expect(invoked).toEqual(['deadline', 'outboxRelay']);
    expect(functionSpecs.filter((s) => s.trigger.kind === 'schedule').map((s) => s.id)).toEqual(['deadline']);
  });

  it('runs the relay every minute, by a recurring schedule in AWS as locally', () => {
    const schedules = resourcesOf(built.service, 'AWS::Scheduler::Schedule').map(([, s]) => s.Properties);
    expect(schedules).toEqual([
      expect.objectContaining({
        ScheduleExpression: 'rate(1 minute)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: expect.objectContaining({ Arn: { 'Fn::GetAtt': [expect.stringMatching(/^OutboxRelay/), 'Arn'] } }),
      }),
    ]);
    expect(functionSpecs.filter((s) => s.trigger.kind === 'rate').map((s) => [s.id, s.trigger])).toEqual([['outboxRelay', { kind: 'rate', minutes: 1 }]]);
  });
});

/** Every file of a function's bundle as deployed, as one text. */
const bundleCode = (id: FunctionId) =>
  readdirSync(bundleDir(id)).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(bundleDir(id), f), 'utf8')).join('\n');

describe('bundles', () => {
  it.each(functionSpecs.map((s) => s.id))('%s is under its ceiling (600 KB; 400 KB for the DynamoDB-only deadline function)', (id) => {
    expect(bundleBytes(bundleDir(id))).toBeLessThanOrEqual(ceilingOf(id));
    expect(ceilingOf(id)).toBeLessThanOrEqual(id === 'deadline' ? 400_000 : MAX_BUNDLE_BYTES);
  });

  it.each(['customerApi', 'opsApi'] as const)('%s does not parse the S3 client at a cold start: it is a chunk loaded on the first upload form or download link', (id) => {
    const dir = bundleDir(id);
    const s3 = (file: string) => readFileSync(join(dir, file), 'utf8').includes('PutObjectTagging');
    const cold = coldStartFiles(dir);
    expect(cold).toContain('index.mjs');
    expect(cold.filter(s3)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.mjs') && !cold.includes(f)).filter(s3)).toHaveLength(1);
  });

  it('each API builds the request schemas of its own audience only, and no response schema (its document is prebuilt): zod schemas cost at a cold start', () => {
    const marks = {
      storefrontApi: 'must be a BCP 47 language tag', // the order's customer locale
      customerApi: 'must be 8-64 printable characters', // the idempotency key
      opsApi: 'takes no other filter or cursor', // the queue's lookups
    } as const;
    for (const id of ['storefrontApi', 'customerApi', 'opsApi'] as const) {
      const bundle = bundleCode(id);
      for (const [owner, mark] of Object.entries(marks)) expect(bundle.includes(mark), `${id} has ${owner}'s "${mark}"`).toBe(owner === id);
      expect(bundle.includes('most returned first'), `${id} has the returns report's response schema`).toBe(false);
    }
  });

  it.each(['notifier', 'outboxRelay', 'evidenceVerifier'] as const)('%s carries no zod: it validates nothing but its environment, whose rules are plain (building zod costs a cold start ~2 ms)', (id) => {
    const code = bundleCode(id);
    expect(code).toContain('Environment contract not met');
    expect(code).not.toContain('"$ZodType"');
  });

  it('the outbox relay does not parse SES, the Scheduler or the bus at a cold start (most minutes nothing is due); the notifier does (nearly every batch needs them)', () => {
    const targets = (id: 'outboxRelay' | 'notifier') => (file: string) => {
      const code = readFileSync(join(bundleDir(id), file), 'utf8');
      return ['"SendEmail"', '"CreateSchedule"', '"PutEvents"'].every((operation) => code.includes(operation));
    };
    const relayCold = coldStartFiles(bundleDir('outboxRelay'));
    expect(relayCold.filter(targets('outboxRelay'))).toEqual([]);
    expect(readdirSync(bundleDir('outboxRelay')).filter((f) => f.endsWith('.mjs') && !relayCold.includes(f)).filter(targets('outboxRelay'))).toHaveLength(1);
    expect(coldStartFiles(bundleDir('notifier')).filter(targets('notifier'))).toHaveLength(1);
  });

  it('run as built: the customer API bundle reports a table that does not answer (503), serves the OpenAPI document the contract builds and refuses bad input in words', async () => {
    // The entry reads its env contract at init; OpenAPI touches no table, health reads one that is not there.
    for (const key of envKeysFor('customerApi')) process.env[ENV[key]] = 'unused-by-these-routes';
    process.env.AWS_REGION ??= 'us-east-1';
    Object.assign(process.env, { AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: 'none', AWS_SECRET_ACCESS_KEY: 'none' });
    const { handler } = (await import(`${process.cwd()}/.build/functions/customerApi/index.mjs`)) as {
      handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
    };
    const event = (routeKey: string) => ({
      version: '2.0',
      routeKey,
      rawPath: routeKey.split(' ')[1],
      headers: {},
      requestContext: { requestId: 'r-1', http: { method: 'GET' } },
      isBase64Encoded: false,
    });
    const context = { functionName: 'customerApi', awsRequestId: 'r-1', getRemainingTimeInMillis: () => 10_000 };
    expect(await handler(event('GET /v1/health'), context)).toMatchObject({
      statusCode: 503,
      headers: { 'retry-after': '5' },
      body: '{"status":"unavailable","checks":{"table":"unavailable"}}',
    });
    const openApi = await handler(event('GET /v1/openapi.json'), context);
    expect(openApi.statusCode).toBe(200);
    // Made at build time (infra/bundle.ts): exactly the document the contract builds live.
    expect(JSON.parse(openApi.body)).toEqual(buildOpenApi());
    // The schemas are zod/mini, which sets no locale itself: the bundle still explains in English.
    // In a process of its own, since zod keeps its locale in a global that this one's classic zod set.
    const signIn = { ...event('POST /v1/sessions'), headers: { 'content-type': 'application/json' }, body: JSON.stringify({ orderNumber: ' ', email: 'a@b.example', extra: 1 }) };
    const script = `const { handler } = await import(${JSON.stringify(`${process.cwd()}/.build/functions/customerApi/index.mjs`)});
      const reply = await handler(${JSON.stringify(signIn)}, { ...${JSON.stringify(context)}, getRemainingTimeInMillis: () => 10000 });
      process.stdout.write('\\n' + JSON.stringify(reply));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: process.env, encoding: 'utf8' });
    const refused = JSON.parse(output.split('\n').at(-1)!) as { statusCode: number; body: string };
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body).errors).toEqual([
      { path: 'orderNumber', message: 'Too small: expected string to have >=1 characters' },
      { path: 'extra', message: 'unknown field' },
    ]);
  });
});
