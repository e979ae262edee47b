/**
 * Ops authorization. The JWT itself is verified by API Gateway's JWT authorizer (the local
 * gateway locally); the function checks that the caller is in the ops group.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { DomainError } from '../domain/errors.js';
import type { ApiMiddleware } from './api.js';

export interface OpsActor {
  readonly sub: string;
  readonly email: string | null;
}

/**
 * HTTP APIs pass JWT claims as strings: a list claim such as `cognito:groups` arrives as
 * `"[rma-ops admins]"`, separated by spaces. Cognito group names cannot contain white space but
 * may contain commas, so only white space separates: a group named `evil,rma-ops` is one group,
 * not `rma-ops`. Both that form and a real array are read; names are compared exactly.
 */
export function groupsOf(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string') return [];
  return claim
    .replace(/^\[|\]$/g, '')
    .split(/\s+/)
    .filter((g) => g.length > 0);
}

export function opsActor(event: APIGatewayProxyEventV2WithJWTAuthorizer, group: string): OpsActor {
  const claims = event.requestContext.authorizer?.jwt?.claims;
  if (claims === undefined || typeof claims.sub !== 'string') {
    throw new DomainError('unauthorized', 'A valid ops token is required.');
  }
  if (!groupsOf(claims['cognito:groups']).includes(group)) {
    throw new DomainError('forbidden', `Only members of ${group} may do this.`);
  }
  return { sub: claims.sub, email: typeof claims.email === 'string' ? claims.email : null };
}

/** middy middleware: refuses callers outside the ops group before any route runs. */
export const requireOpsGroup = (opts: { readonly group: string }): ApiMiddleware => ({
  before: async ({ event }) => {
    opsActor(event as APIGatewayProxyEventV2WithJWTAuthorizer, opts.group);
  },
});
