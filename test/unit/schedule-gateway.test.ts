import { describe, expect, it } from 'vitest';
import { atExpression } from '../../shared/adapters/schedule-gateway.js';

describe('at() expressions', () => {
  const now = new Date('2026-11-01T00:00:00Z');

  it('rounds a deadline up to the whole second so the timer never fires before it', () => {
    expect(atExpression(new Date('2026-11-09T15:59:59.999Z'), now)).toBe('at(2026-11-09T16:00:00)');
    expect(atExpression(new Date('2026-11-09T16:00:00.000Z'), now)).toBe('at(2026-11-09T16:00:00)');
  });

  it('fires a deadline that is already due one minute from now (the service refuses the past)', () => {
    expect(atExpression(new Date('2026-10-01T00:00:00Z'), now)).toBe('at(2026-11-01T00:01:00)');
  });
});
