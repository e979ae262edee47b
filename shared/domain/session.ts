/**
 * Shopper sessions (api.md, "Auth"): a token bound to one order, valid 24 hours, and a limit on
 * failed sign-ins per order number. Pure: `now` is passed in.
 */
import { DomainError } from './errors.js';
export const SESSION_HOURS = 24;
/** Failed sign-ins allowed within the window: per order number, and per source address (one client walking through many order numbers). */
export const SIGN_IN_LIMIT = { failures: 5, perSourceFailures: 20, windowMinutes: 15 } as const;

/** What failed sign-ins are counted by. */
export type SignInScope = { readonly kind: 'orderNumber'; readonly value: string } | { readonly kind: 'source'; readonly value: string };

export function signInLimit(scope: SignInScope): number {
  return scope.kind === 'orderNumber' ? SIGN_IN_LIMIT.failures : SIGN_IN_LIMIT.perSourceFailures;
}

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_HOURS * 3_600_000);
}

/** Failed attempts that still count at `now`. */
export function recentFailures(failures: readonly string[], now: Date): string[] {
  const since = now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000;
  return failures.filter((at) => Date.parse(at) > since);
}

/**
 * Whether `limit` failed attempts within 15 minutes block the next one, and if so for how many
 * seconds: until enough of them age out of the window (`retry-after`).
 */
export function signInBlockedFor(failures: readonly string[], limit: number, now: Date): number | null {
  const recent = recentFailures(failures, now).sort();
  if (recent.length < limit) return null;
  const freesAt = Date.parse(recent[recent.length - limit]!) + SIGN_IN_LIMIT.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((freesAt - now.getTime()) / 1000));
}

/** Order numbers and emails are matched case-insensitively, ignoring surrounding spaces. */
export function normalise(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * A session issued before the order's `sessionsNotBefore` (the shop changed the order's email)
 * is over: 401, as an expired one.
 */
export function requireLiveSession(order: { readonly sessionsNotBefore?: string | null }, issuedAt: Date): void {
  if (order.sessionsNotBefore && Date.parse(order.sessionsNotBefore) > issuedAt.getTime()) {
    throw new DomainError('unauthorized', 'This session ended when the order changed; sign in again (POST /v1/sessions).');
  }
}
