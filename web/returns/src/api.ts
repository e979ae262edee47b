/**
 * The page's only way to the backend: the public customer API through a client typed from the
 * served OpenAPI document (`examples/api.d.ts`, as any storefront developer generates it). A
 * refusal becomes an `ApiError` carrying the problem's `code` and members; a 401 ends the session.
 */
import type { components } from '../../../examples/api.js';
import { createApiClient } from '../../common/client.js';
import { session, setSession } from './session.js';

export type Schemas = components['schemas'];
export type Rma = Schemas['Rma'];
export type RmaStatus = Rma['status'];
export type Reason = Rma['reason'];
export type CustomerOrder = Schemas['CustomerOrder'];
export type Policy = Schemas['Policy'];
export type EvidenceKind = Rma['evidence'][number]['kind'];
export type ReturnMethod = NonNullable<Rma['returnInstructions']>['method'];
export type EvidenceUpload = Schemas['EvidenceUpload'];

/** A refusal: the problem+json `code` (or `network`), the API's own words, and its extension members. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly problem: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type Api = ReturnType<typeof createApi>;

export function createApi(apiUrl: string) {
  return createApiClient(apiUrl, {
    token: () => session()?.token ?? null,
    // A link's session refused means the link expired (or never was valid); else the session ended.
    // Calls made together are refused together: the first ends the session, the others find none.
    refused: () => {
      const current = session();
      if (current !== null) setSession(null, current.via === 'link' ? 'link' : 'ended');
    },
  });
}

/** The data of a call, or its refusal as an `ApiError` (a call that never got an answer is `network`). */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let outcome: { data?: T; error?: unknown; response: Response };
  try {
    outcome = await call;
  } catch (e) {
    throw new ApiError('network', e instanceof Error ? e.message : String(e), 0);
  }
  const { data, error, response } = outcome;
  if (error !== undefined || !response.ok) {
    const problem = (error ?? {}) as Record<string, unknown> & { code?: string; detail?: string; title?: string; errors?: { path: string; message: string }[] };
    const details = problem.errors?.map((e) => `${e.path}: ${e.message}`) ?? [];
    const main = problem.detail ?? problem.title ?? `HTTP ${response.status}`;
    throw new ApiError(problem.code ?? `http_${response.status}`, details.length > 0 ? `${main} ${details.join('; ')}.` : main, response.status, problem);
  }
  return data as T;
}
