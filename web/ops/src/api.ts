/**
 * The console's only way to the backend: the public API through a client typed from the served
 * OpenAPI document (the same `examples/api.d.ts` a storefront developer generates). A refusal
 * becomes an `ApiError` whose message is the problem's own words; a 401 ends the session.
 */
import type { components } from '../../../examples/api.js';
import { createApiClient } from '../../common/client.js';
import { expire, session } from './auth.js';

export type Schemas = components['schemas'];
export type Rma = Schemas['Rma'];
export type OpsRma = Schemas['OpsRma'];
export type RmaStatus = Rma['status'];
export type Policy = Schemas['Policy'];

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** A problem+json body (or API Gateway's own `{ message }`) in words. */
export function problemText(body: unknown, status: number): string {
  const problem = (body ?? {}) as { detail?: string; message?: string; errors?: { path: string; message: string }[] };
  const details = problem.errors?.map((e) => `${e.path}: ${e.message}`) ?? [];
  const main = problem.detail ?? problem.message ?? `The API answered ${status}.`;
  return details.length > 0 ? `${main} ${details.join('; ')}.` : main;
}

export type Api = ReturnType<typeof createApi>;

export function createApi(apiUrl: string) {
  return createApiClient(apiUrl, { token: () => session()?.token ?? null, refused: expire });
}

/** The data of a call, or its refusal as an `ApiError`. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw new ApiError(problemText(error, response.status), response.status);
  return data as T;
}
