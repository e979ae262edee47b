/**
 * Shopper sessions (api.md, "Auth"): a random token bound to one order, valid 24 hours, and a
 * limit on failed sign-ins per order number. Pure: `now` is passed in.
 */
export const SESSION_HOURS = 24;
export const SIGN_IN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_HOURS * 3_600_000);
}

/** Failed attempts that still count at `now`. */
export function recentFailures(failures: readonly string[], now: Date): string[] {
  const since = now.getTime() - SIGN_IN_LIMIT.windowMinutes * 60_000;
  return failures.filter((at) => Date.parse(at) > since);
}

/** More than 5 failed attempts within 15 minutes: further attempts are refused until they age out. */
export function signInBlocked(failures: readonly string[], now: Date): boolean {
  return recentFailures(failures, now).length >= SIGN_IN_LIMIT.failures;
}

/** Order numbers and emails are matched case-insensitively, ignoring surrounding spaces. */
export function normalise(value: string): string {
  return value.trim().toLowerCase();
}
