import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { addHours, earliest, localDays, windowEnd } from '../../shared/domain/time.js';

describe('windowEnd: "within N days of X" closes at local end of day X + N', () => {
  it('closes a 7-day window from a Shanghai afternoon at 23:59:59.999 Shanghai on day 7 (policy.md example)', () => {
    expect(windowEnd(new Date('2026-03-01T07:00:00Z'), 7, 'Asia/Shanghai').toISOString()).toBe('2026-03-08T15:59:59.999Z');
  });

  it('counts from the local calendar day, not the UTC one', () => {
    // 2026-03-01T20:00Z is already 2 March in Shanghai.
    expect(windowEnd(new Date('2026-03-01T20:00:00Z'), 7, 'Asia/Shanghai').toISOString()).toBe('2026-03-09T15:59:59.999Z');
  });

  it('keeps local midnight across a DST change (Europe/Berlin, spring forward 2026-03-29)', () => {
    const end = windowEnd(new Date('2026-03-25T10:00:00Z'), 7, 'Europe/Berlin');
    // 1 April 23:59:59.999 CEST (UTC+2).
    expect(end.toISOString()).toBe('2026-04-01T21:59:59.999Z');
  });

  it('keeps local midnight across a DST change (America/New_York, fall back 2026-11-01)', () => {
    const end = windowEnd(new Date('2026-10-29T16:00:00Z'), 14, 'America/New_York');
    // 12 November 23:59:59.999 EST (UTC-5).
    expect(end.toISOString()).toBe('2026-11-13T04:59:59.999Z');
  });

  const zones = ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'];
  it('always ends at local 23:59:59.999 of local date + N (any instant, any zone, any N)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(...zones),
        (anchor, days, zone) => {
          const end = DateTime.fromJSDate(windowEnd(anchor, days, zone), { zone });
          const expectedDay = DateTime.fromJSDate(anchor, { zone }).startOf('day').plus({ days });
          expect(end.toFormat('yyyy-MM-dd HH:mm:ss.SSS')).toBe(`${expectedDay.toFormat('yyyy-MM-dd')} 23:59:59.999`);
          expect(end.plus({ milliseconds: 1 }).toFormat('yyyy-MM-dd HH:mm:ss.SSS')).toBe(
            `${expectedDay.plus({ days: 1 }).toFormat('yyyy-MM-dd')} 00:00:00.000`,
          );
        },
      ),
    );
  });
});

describe('SLAs and competing bounds', () => {
  it('adds exact hours, whatever the calendar does', () => {
    expect(addHours(new Date('2026-03-28T12:00:00Z'), 48).toISOString()).toBe('2026-03-30T12:00:00.000Z');
  });

  it('takes the earliest of several bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.date({ noInvalidDate: true }), { minLength: 1, maxLength: 5 }), (dates) => {
        const min = earliest(dates[0]!, ...dates.slice(1));
        expect(dates.every((d) => min.getTime() <= d.getTime())).toBe(true);
        expect(dates).toContain(min);
      }),
    );
  });
});

describe('localDays: a report period in the seller’s calendar', () => {
  it('runs from the first moment of the first day to the last of the last, in the zone', () => {
    expect(localDays('2026-11-01', '2026-11-30', 'Asia/Shanghai')).toEqual({
      start: new Date('2026-10-31T16:00:00.000Z'),
      end: new Date('2026-11-30T15:59:59.999Z'),
    });
    // Across a DST change: 29 Mar 2026 in London starts at 00:00 GMT and ends at 23:59:59.999 BST.
    expect(localDays('2026-03-29', '2026-03-29', 'Europe/London')).toEqual({
      start: new Date('2026-03-29T00:00:00.000Z'),
      end: new Date('2026-03-29T22:59:59.999Z'),
    });
  });
});
