/** Reading API Gateway (payload v2) requests at the boundary. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DomainError } from '../domain/errors.js';

export function rawBody(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): string {
  if (event.body === undefined || event.body === null) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

// The API's schemas are zod/mini, which configures no locale itself: English, as classic zod
// says it, so that a message reads the same whichever flavour a schema was written in.
z.config(en());

/** A schema of zod or of zod/mini: both parse the same way. */
export type Schema = z.core.$ZodType;

/** Header lookup that does not depend on the case the client used. */
export function header(event: Pick<APIGatewayProxyEventV2, 'headers'>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/**
 * Validates `value` with `schema`; any mismatch is one 400 `validation_failed` listing every
 * problem by path (`root` names the value itself; an unknown field is reported at its own path).
 */
export function parseWith<S extends Schema>(schema: S, value: unknown, what = 'Request', root = '(root)'): z.output<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data as z.output<S>;
  const at = (path: readonly PropertyKey[]) => pathOf(path) || root;
  throw new DomainError('validation_failed', `${what} is not valid.`, {
    errors: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: 'unknown field' }))
        : [{ path: at(issue.path), message: issue.message }],
    ),
  });
}

/** Parses the JSON body strictly: malformed JSON and schema mismatches are 400 `validation_failed`. */
export function parseJsonBody<S extends Schema>(schema: S, body: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new DomainError('validation_failed', 'The request body is not valid JSON.', {
      errors: [{ path: '(body)', message: 'malformed JSON' }],
    });
  }
  return parseWith(schema, value, 'Request body');
}

/** A path parameter, validated: a malformed one is 400 `validation_failed` at the parameter's name. */
export function pathParam<S extends Schema>(event: Pick<APIGatewayProxyEventV2, 'pathParameters'>, name: string, schema: S): z.output<S> {
  const value = event.pathParameters?.[name];
  if (value === undefined) throw new DomainError('not_found', 'Not found.');
  return parseWith(schema, value, name, name);
}
