import { describe, expect, it } from 'vitest';
import { normalise, recentFailures, sessionExpiry, signInBlocked } from '../../shared/domain/session.js';

const now = new Date('2026-11-24T12:00:00.000Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

describe('sessions and sign-in limits', () => {
  it('expires a session 24 hours after it was made', () => {
    expect(sessionExpiry(now).toISOString()).toBe('2026-11-25T12:00:00.000Z');
  });

  it('blocks after 5 failures within 15 minutes, and counts only those', () => {
    const four = [1, 2, 3, 4].map(minutesAgo);
    expect(signInBlocked(four, now)).toBe(false);
    expect(signInBlocked([...four, minutesAgo(14)], now)).toBe(true);
    expect(signInBlocked([...four, minutesAgo(15)], now)).toBe(false);
    expect(recentFailures([minutesAgo(16), minutesAgo(1)], now)).toEqual([minutesAgo(1)]);
  });

  it('matches order numbers and emails without case or surrounding spaces', () => {
    expect(normalise('  SO-12AB ')).toBe('so-12ab');
  });
});
