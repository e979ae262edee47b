/**
 * What both web apps do the same way: call the public API through a client typed from the served
 * OpenAPI document (`examples/api.d.ts`, as any outside developer generates it), with the signed-in
 * bearer token on every call and a 401 handed back to the app (its session has ended).
 */
import createClient from 'openapi-fetch';
import type { paths } from '../../examples/api.js';

export interface Bearer {
  /** The token to send, or null when signed out. */
  token(): string | null;
  /** The API refused the token sent (expired or revoked). */
  refused(): void;
}

export function createApiClient(apiUrl: string, bearer: Bearer) {
  const client = createClient<paths>({ baseUrl: apiUrl || location.origin });
  client.use({
    onRequest({ request }) {
      const token = bearer.token();
      if (token !== null) request.headers.set('authorization', `Bearer ${token}`);
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('authorization')) bearer.refused();
      return response;
    },
  });
  return client;
}
