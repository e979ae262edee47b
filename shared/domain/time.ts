/**
 * Deadline calculus (policy.md, "Time"). Pure: every function takes its instants as arguments.
 *
 * - A window "within N days of X" closes at the end of the calendar day localDate(X) + N in
 *   the seller's time zone (23:59:59.999 local), whatever DST does in between.
 * - An SLA "in N days/hours" is an exact duration.
 * - When two rules bound the same date, the earlier wins.
 */
import { DateTime } from 'luxon';

export function windowEnd(anchor: Date, days: number, timeZone: string): Date {
  return DateTime.fromJSDate(anchor, { zone: timeZone }).startOf('day').plus({ days }).endOf('day').toJSDate();
}

export function addHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * 3_600_000);
}

export function earliest(first: Date, ...rest: Date[]): Date {
  return rest.reduce((min, d) => (d.getTime() < min.getTime() ? d : min), first);
}
