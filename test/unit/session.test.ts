import { describe, expect, it } from 'vitest';
import { normalise, recentFailures, requireLiveSession, sessionExpiry, signInBlockedFor, signInLimit } from '../../shared/domain/session.js';

const now = new Date('2026-11-24T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('sessions and sign-in limits', () => {
  it('ends a session issued before the order’s sessionsNotBefore (the shop changed its email), not one issued after', () => {
    const changed = { sessionsNotBefore: now.toISOString() };
    expect(() => requireLiveSession(changed, new Date(now.getTime() - 1))).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => requireLiveSession(changed, now)).not.toThrow();
    expect(() => requireLiveSession({}, new Date(0))).not.toThrow();
    expect(() => requireLiveSession({ sessionsNotBefore: null }, new Date(0))).not.toThrow();
  });

  it('expires a session 24 hours after it was made', () => {
    expect(sessionExpiry(now).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('blocks after 5 failures within 15 minutes, and counts only those', () => {
    const four = [1, 2, 3, 4].map(minutesAgo);
    expect(signInBlockedFor(four, 5, now)).toBeNull();
    expect(signInBlockedFor([...four, minutesAgo(14)], 5, now)).not.toBeNull();
    expect(signInBlockedFor([...four, minutesAgo(15)], 5, now)).toBeNull();
    expect(recentFailures([minutesAgo(16), minutesAgo(1)], now)).toEqual([minutesAgo(1)]);
  });

  it('says when to retry: once enough failures have aged out of the window', () => {
    // Five failures 14, 10, 4, 3, 2 minutes ago: the oldest leaves the window in 1 minute.
    expect(signInBlockedFor([14, 10, 4, 3, 2].map(minutesAgo), 5, now)).toBe(60);
    // Seven: three must leave to get below five; the third oldest (6 minutes ago) does in 9 minutes.
    expect(signInBlockedFor([14, 10, 6, 4, 3, 2, 1].map(minutesAgo), 5, now)).toBe(540);
  });

  it('allows 5 failures per order number and 20 per source address', () => {
    expect(signInLimit({ kind: 'orderNumber', value: 'SO-1' })).toBe(5);
    expect(signInLimit({ kind: 'source', value: '203.0.113.9' })).toBe(20);
  });

  it('matches order numbers and emails without case or surrounding spaces', () => {
    expect(normalise('  SO-12AB ')).toBe('so-12ab');
  });
});
