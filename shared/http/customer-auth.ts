/**
 * Customer authentication: `authorization: Bearer <session token>`. An unknown, malformed or
 * expired token is 401 `unauthorized`; which order it is bound to is the caller's check, and a
 * token of another order must answer exactly as a missing resource does (404 `not_found`).
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Session, SessionStore } from '../adapters/session-store.js';
import { DomainError } from '../domain/errors.js';
import { header } from './request.js';

export async function customerSession(sessions: SessionStore, event: Pick<APIGatewayProxyEventV2, 'headers'>, now: Date): Promise<Session> {
  const token = /^Bearer (\S{1,500})$/.exec(header(event, 'authorization') ?? '')?.[1];
  const session = token === undefined ? null : await sessions.find(token, now);
  if (session === null) throw new DomainError('unauthorized', 'A valid session token is required (POST /v1/sessions).');
  return session;
}

/** 404 for anything outside the session's order, indistinguishable from a missing resource. */
export function requireSameOrder(sessionOrderId: string, orderId: string): void {
  if (sessionOrderId !== orderId) throw new DomainError('not_found', 'Not found.');
}
