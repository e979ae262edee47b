import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { contract } from '../../shared/api/contract.js';
import { buildOpenApi } from '../../shared/api/openapi.js';
import { REQUEST_EXAMPLES, RESPONSE_EXAMPLES } from '../../shared/api/examples.js';
import { ENV, EnvError, readEnv } from '../../shared/config/env.js';
import { ConcurrentUpdateError, DomainError, ERROR_CODES } from '../../shared/domain/errors.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { loadPolicy, PolicyError } from '../../shared/domain/policy/schema.js';
import { problemFromError, problemHeaders, statusOf } from '../../shared/http/problem.js';
import { DependencyUnavailableError } from '../../shared/adapters/errors.js';
import { groupsOf } from '../../shared/http/ops-auth.js';
import { envKeysFor, FUNCTION_IDS, functionSpecs, httpRoutes, routeKey } from '../../shared/topology.js';

describe('the examples of the OpenAPI document', () => {
  it.each([...RESPONSE_EXAMPLES].map(([schema, example], i) => [i, schema, example] as const))('answer example %i is an instance of its schema', (_, schema, example) => {
    expect(() => z.parse(schema, example)).not.toThrow();
  });

  it('every request body has an example that its route accepts', () => {
    for (const [key, entry] of Object.entries(contract).filter(([, e]) => e.body)) {
      expect(REQUEST_EXAMPLES[key], key).toBeDefined();
      expect(() => z.parse(entry.body!, REQUEST_EXAMPLES[key]), key).not.toThrow();
    }
  });

  it('every operation shows an example, of its request or of its answer (unless it takes and answers nothing)', () => {
    const document = buildOpenApi() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>> };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const examples = [operation.requestBody?.content['application/json']?.example, ...Object.values(operation.responses).map((r) => r.content?.['application/json']?.example)];
        if (operation.requestBody === undefined && Object.entries(operation.responses).every(([status, r]) => !status.startsWith('2') || r.content === undefined)) continue;
        expect(examples.some((e) => e !== undefined), `${method} ${path}`).toBe(true);
      }
    }
  });
});

describe('the contract', () => {
  it('describes exactly the routes of the topology', () => {
    const routes = functionSpecs.flatMap(httpRoutes).map(routeKey).sort();
    expect(Object.keys(contract).sort()).toEqual(routes);
    expect(() => buildOpenApi()).not.toThrow();
  });

  it('maps every error code of api.md to its status', () => {
    const expected: Record<string, number> = {
      validation_failed: 400, unauthorized: 401, invalid_signature: 401, forbidden: 403, not_found: 404,
      order_not_found: 404, invalid_state: 409, order_not_delivered: 409, awaiting_instructions: 409,
      evidence_limit_reached: 409, idempotency_conflict: 409, order_locked: 409, file_too_large: 413,
      unsupported_media_type: 415, window_closed: 422, quantity_exceeds_returnable: 422, evidence_incomplete: 422,
      refund_exceeds_paid: 422, idempotency_key_reused: 422, rate_limited: 429, stale_update: 409, unavailable: 503,
    };
    expect(Object.fromEntries(ERROR_CODES.map((c) => [c, statusOf(c)]))).toEqual(expected);
  });

  it('answers a dependency that did not answer with 503 unavailable, saying when to retry, and nothing internal', () => {
    const problem = problemFromError(new DependencyUnavailableError('DynamoDB', { cause: new Error('socket hang up at 10.0.0.1') }));
    expect(problem).toMatchObject({ status: 503, code: 'unavailable', retryAfterSeconds: 5 });
    expect(problemHeaders(problem)).toEqual({ 'retry-after': '5' });
    expect(JSON.stringify(problem)).not.toMatch(/DynamoDB|socket|10\.0/);
  });

  it('turns a domain error into problem+json with its code, and keeps details', () => {
    const problem = problemFromError(new DomainError('validation_failed', 'Bad', { errors: [{ path: 'a', message: 'b' }] }));
    expect(problem).toEqual({
      type: 'https://errors.rma.dev/validation_failed',
      title: 'Request is not valid',
      status: 400,
      code: 'validation_failed',
      detail: 'Bad',
      errors: [{ path: 'a', message: 'b' }],
    });
  });

  it('answers a write that keeps losing races with 409 invalid_state, not 500', () => {
    expect(problemFromError(new ConcurrentUpdateError('order o-1 changed'))).toMatchObject({ status: 409, code: 'invalid_state' });
  });

  it('says nothing about internals in a 5xx', () => {
    const problem = problemFromError(new Error('ECONNREFUSED 10.0.0.1:5432 at Db.connect'), 'req-1');
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('ECONNREFUSED');
    expect(problem.requestId).toBe('req-1');
  });
});

describe('the env contract', () => {
  it('derives each function’s variables from its bindings', () => {
    expect(envKeysFor('storefrontApi')).toEqual(['tableName', 'storefrontSecretId', 'sessionKeyId']);
    expect(envKeysFor('customerApi')).toEqual(['tableName', 'bucketName', 'sessionKeyId']);
    expect(envKeysFor('notifier')).toEqual([
      'tableName', 'scheduleGroup', 'schedulerRoleArn', 'deadlineFunctionArn', 'schedulerDlqArn', 'senderEmail', 'sesConfigurationSet', 'eventBusName', 'webhookUrlPolicy',
    ]);
    expect(envKeysFor('opsApi')).toContain('opsGroup');
    for (const id of FUNCTION_IDS) expect(new Set(envKeysFor(id)).size).toBe(envKeysFor(id).length);
  });

  it('fails at init naming every missing or malformed variable', () => {
    expect(() => readEnv(['tableName', 'schedulerRoleArn'], { [ENV.schedulerRoleArn]: 'role' })).toThrow(
      new EnvError('Environment contract not met: RMA_TABLE_NAME (missing), RMA_SCHEDULER_ROLE_ARN (invalid)'),
    );
    expect(readEnv(['tableName'], { [ENV.tableName]: 't' })).toEqual({ tableName: 't' });
  });

  it('holds each variable to its rule', () => {
    const good = {
      [ENV.tableName]: 't', [ENV.senderEmail]: 'returns@example.com', [ENV.sesConfigurationSet]: '', [ENV.webhookUrlPolicy]: 'local', [ENV.deadlineFunctionArn]: 'arn:aws:lambda:eu-west-1:000000000000:function:d',
    };
    const keys = ['tableName', 'senderEmail', 'sesConfigurationSet', 'webhookUrlPolicy', 'deadlineFunctionArn'] as const;
    expect(readEnv(keys, good)).toEqual({ tableName: 't', senderEmail: 'returns@example.com', sesConfigurationSet: '', webhookUrlPolicy: 'local', deadlineFunctionArn: good[ENV.deadlineFunctionArn] });
    const bad = { [ENV.tableName]: '', [ENV.senderEmail]: 'returns at example.com', [ENV.sesConfigurationSet]: '', [ENV.webhookUrlPolicy]: 'open', [ENV.deadlineFunctionArn]: 'd' };
    expect(() => readEnv(keys, bad)).toThrow(
      new EnvError('Environment contract not met: RMA_TABLE_NAME (invalid), RMA_SENDER_EMAIL (invalid), RMA_WEBHOOK_URL_POLICY (invalid), RMA_DEADLINE_FUNCTION_ARN (invalid)'),
    );
    expect(() => readEnv(['senderEmail'], { [ENV.senderEmail]: 'returns@localhost' })).toThrow(EnvError);
  });
});

describe('the policy document', () => {
  it('is validated at load: an unknown field or a bad time zone is refused', () => {
    expect(() => loadPolicy({ ...defaultPolicy, extra: 1 })).toThrow(PolicyError);
    expect(() => loadPolicy({ ...defaultPolicy, timeZone: 'Mars/Olympus' })).toThrow(PolicyError);
    expect(loadPolicy(structuredClone(defaultPolicy))).toEqual(defaultPolicy);
  });
});

describe('ops groups from JWT claims', () => {
  it('reads the HTTP API string form and a real list', () => {
    expect(groupsOf('[rma-ops admins]')).toEqual(['rma-ops', 'admins']);
    expect(groupsOf('[evil,rma-ops]')).toEqual(['evil,rma-ops']);
    expect(groupsOf(['rma-ops'])).toEqual(['rma-ops']);
    expect(groupsOf(undefined)).toEqual([]);
  });
});
