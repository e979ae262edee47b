/**
 * Deadline calculus (policy.md, "Time"). Pure: every function takes its instants as arguments.
 *
 * - A window "within N days of X" closes at the end of the calendar day localDate(X) + N in
 *   the seller's time zone (23:59:59.999 local), whatever DST does in between.
 * - An SLA "in N days/hours" is an exact duration.
 * - When two rules bound the same date, the earlier wins.
 */

/** One formatter per zone: making one costs far more than using it (a tenth of a millisecond). */
const readers = new Map<string, Intl.DateTimeFormat>();

function readerFor(timeZone: string): Intl.DateTimeFormat {
  let reader = readers.get(timeZone);
  if (reader === undefined) {
    reader = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    readers.set(timeZone, reader);
  }
  return reader;
}

/** The wall-clock reading of `instant` in `timeZone`, as the UTC instant with the same reading. */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    readerFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const milliseconds = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, milliseconds);
}

/** The instant whose wall-clock reading in `timeZone` is `wall` (a UTC instant standing for a local reading). */
function fromWallClock(wall: number, timeZone: string): number {
  // The zone's offset at the answer, found in two steps (the offset at a first guess may differ across a DST change).
  let instant = wall - (wallClock(wall, timeZone) - wall);
  instant = wall - (wallClock(instant, timeZone) - instant);
  return instant;
}

export function windowEnd(anchor: Date, days: number, timeZone: string): Date {
  const local = new Date(wallClock(anchor.getTime(), timeZone));
  const lastMoment = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() + days, 23, 59, 59, 999);
  return new Date(fromWallClock(lastMoment, timeZone));
}

/**
 * The calendar days `from` to `to` (`YYYY-MM-DD`, both included) in `timeZone`, as instants: from
 * the first moment of `from` to the last of `to` there. Reports take their periods so.
 */
export function localDays(from: string, to: string, timeZone: string): { readonly start: Date; readonly end: Date } {
  const midnight = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return fromWallClock(Date.UTC(y, m - 1, d), timeZone);
  };
  return { start: new Date(midnight(from)), end: windowEnd(new Date(midnight(to)), 0, timeZone) };
}

export function addHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * 3_600_000);
}

export function earliest(first: Date, ...rest: Date[]): Date {
  return rest.reduce((min, d) => (d.getTime() < min.getTime() ? d : min), first);
}
