/**
 * A small emulator of the EventBridge Scheduler API for one-time `at()` schedules and recurring
 * `rate()` schedules, spoken to by the real `@aws-sdk/client-scheduler` (restJson1). It follows
 * the real service where this project relies on it: name and expression validation
 * (ValidationException, including `rate(1 minute)` vs `rate(5 minutes)`), existing names
 * (ConflictException), missing schedules and groups (ResourceNotFoundException), full-replace
 * updates, listing with filters and pagination, and `ActionAfterCompletion: DELETE`.
 *
 * Time is the local clock, which moves in jumps: a recurring schedule fires once at each stop of
 * the clock where it is due (missed periods are not replayed), and its next run is the first
 * period boundary after that. With `stateFile`, schedules survive a restart of the stack.
 *
 * Known gaps: `cron()` expressions, start/end dates, KMS keys, tags and schedule group
 * management are not emulated (refused with ValidationException where they matter).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DateTime } from 'luxon';

export interface EmulatedTarget {
  readonly Arn: string;
  readonly RoleArn: string;
  readonly Input?: string;
  readonly RetryPolicy?: { readonly MaximumEventAgeInSeconds?: number; readonly MaximumRetryAttempts?: number };
  readonly DeadLetterConfig?: { readonly Arn?: string };
}

interface Schedule {
  Name: string;
  GroupName: string;
  Arn: string;
  ScheduleExpression: string;
  ScheduleExpressionTimezone: string;
  FlexibleTimeWindow: { Mode: 'OFF' | 'FLEXIBLE'; MaximumWindowInMinutes?: number };
  Target: EmulatedTarget;
  State: 'ENABLED' | 'DISABLED';
  ActionAfterCompletion: 'NONE' | 'DELETE';
  Description?: string;
  CreationDate: number;
  LastModificationDate: number;
  /** When the schedule fires next (derived from the expression and time zone). */
  fireAt: number;
  /** For `rate()` schedules: the period in milliseconds. */
  periodMs?: number;
  fired: boolean;
}

class ApiError extends Error {
  constructor(
    readonly type: 'ValidationException' | 'ConflictException' | 'ResourceNotFoundException',
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const validation = (message: string) => new ApiError('ValidationException', 400, message);
const NAME = /^[0-9a-zA-Z\-_.]{1,64}$/;
const AT = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;
const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;
const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/** `rate(value unit)`: a positive whole value; the unit singular for 1 and plural above (as the service checks). */
function ratePeriodMs(expression: string): number {
  const rate = RATE.exec(expression);
  const value = Number(rate?.[1]);
  const unit = rate?.[2] ?? '';
  const singular = unit.replace(/s$/, '') as keyof typeof UNIT_MS;
  if (rate === null || !(value >= 1) || (value === 1) !== (unit === singular)) {
    throw validation(`Invalid Schedule Expression ${expression}.`);
  }
  return value * UNIT_MS[singular];
}
const ARN = /^arn:(aws[a-zA-Z-]*)?:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$/;

export interface SchedulerEmulatorOptions {
  readonly now: () => Date;
  /** The account and region used in schedule ARNs. */
  readonly account: string;
  readonly region: string;
  /** Groups that exist; `default` always does. */
  readonly groups: readonly string[];
  /** Where schedules are kept across restarts (`RMA_LOCAL_PERSIST=1`); in memory only when absent. */
  readonly stateFile?: string;
}

/** Called for each schedule that fires, in due order. */
export type FireTarget = (target: EmulatedTarget, schedule: { readonly name: string; readonly group: string }) => Promise<void>;

export class SchedulerEmulator {
  private readonly schedules = new Map<string, Schedule>();
  private readonly groups: Set<string>;
  private server: Server | undefined;

  constructor(private readonly options: SchedulerEmulatorOptions) {
    this.groups = new Set(['default', ...options.groups]);
    if (options.stateFile && existsSync(options.stateFile)) {
      for (const schedule of JSON.parse(readFileSync(options.stateFile, 'utf8')) as Schedule[]) {
        this.schedules.set(this.key(schedule.GroupName, schedule.Name), schedule);
      }
    }
  }

  private save(): void {
    if (this.options.stateFile) writeFileSync(this.options.stateFile, JSON.stringify([...this.schedules.values()]));
  }

  async listen(port: number, host: string): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    return `http://${host}:${address.port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The earliest instant at which an enabled one-time schedule is due, if any (where a clock move stops). */
  nextDue(): number | undefined {
    let next: number | undefined;
    for (const s of this.schedules.values()) {
      if (s.periodMs === undefined && s.State === 'ENABLED' && !s.fired && (next === undefined || s.fireAt < next)) next = s.fireAt;
    }
    return next;
  }

  /**
   * Fires every enabled schedule due at `now`, in due order: a one-time schedule once (then
   * `ActionAfterCompletion`), a recurring one once, moving on to its next period after now.
   */
  async fireDue(fire: FireTarget): Promise<number> {
    const now = this.options.now().getTime();
    const due = [...this.schedules.values()]
      .filter((s) => s.State === 'ENABLED' && !s.fired && s.fireAt <= now)
      .sort((a, b) => a.fireAt - b.fireAt || a.Name.localeCompare(b.Name));
    for (const schedule of due) {
      if (schedule.periodMs === undefined) schedule.fired = true;
      else schedule.fireAt += Math.floor((now - schedule.fireAt) / schedule.periodMs + 1) * schedule.periodMs;
      this.save();
      await fire(schedule.Target, { name: schedule.Name, group: schedule.GroupName });
      if (schedule.periodMs === undefined && schedule.ActionAfterCompletion === 'DELETE') {
        this.schedules.delete(this.key(schedule.GroupName, schedule.Name));
        this.save();
      }
    }
    return due.length;
  }

  private key(group: string, name: string): string {
    return `${group}/${name}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? '/', 'http://scheduler');
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      const match = /^\/schedules(?:\/([^/]+))?$/.exec(url.pathname);
      if (!match) throw new ApiError('ResourceNotFoundException', 404, `Unknown path ${url.pathname}`);
      const name = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
      let result: unknown;
      if (name === undefined && req.method === 'GET') result = this.list(url.searchParams);
      else if (name !== undefined && req.method === 'POST') result = this.create(name, body);
      else if (name !== undefined && req.method === 'PUT') result = this.update(name, body);
      else if (name !== undefined && req.method === 'GET') result = this.get(name, url.searchParams.get('groupName'));
      else if (name !== undefined && req.method === 'DELETE') result = this.delete(name, url.searchParams.get('groupName'));
      else throw validation(`Unsupported operation ${req.method} ${url.pathname}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      const apiError = error instanceof ApiError ? error : validation(error instanceof Error ? error.message : String(error));
      res
        .writeHead(apiError.status, { 'content-type': 'application/json', 'x-amzn-errortype': apiError.type })
        .end(JSON.stringify({ Message: apiError.message }));
    }
  }

  private group(name: unknown): string {
    const group = name === undefined || name === null || name === '' ? 'default' : String(name);
    if (!this.groups.has(group)) throw new ApiError('ResourceNotFoundException', 404, `Schedule group ${group} does not exist.`);
    return group;
  }

  private existing(name: string, groupName: unknown): Schedule {
    const schedule = this.schedules.get(this.key(this.group(groupName), name));
    if (schedule === undefined) throw new ApiError('ResourceNotFoundException', 404, `Schedule ${name} does not exist.`);
    return schedule;
  }

  private define(name: string, body: Record<string, unknown>, previous?: Schedule): Schedule {
    if (!NAME.test(name)) throw validation(`Schedule name ${name} must match [0-9a-zA-Z-_.]{1,64}.`);
    const group = this.group(body.GroupName);
    const expression = body.ScheduleExpression;
    if (typeof expression !== 'string') throw validation('ScheduleExpression is required.');
    if (body.StartDate !== undefined || body.EndDate !== undefined) throw validation('The local emulator does not support StartDate or EndDate.');
    const now = this.options.now();
    const zone = typeof body.ScheduleExpressionTimezone === 'string' ? body.ScheduleExpressionTimezone : 'UTC';
    let fireAt: number;
    let periodMs: number | undefined;
    const at = AT.exec(expression);
    if (at) {
      const instant = DateTime.fromISO(at[1]!, { zone });
      if (!instant.isValid) throw validation(`Invalid Schedule Expression ${expression} in time zone ${zone}.`);
      fireAt = instant.toMillis();
    } else if (expression.startsWith('rate(')) {
      periodMs = ratePeriodMs(expression);
      fireAt = (previous?.periodMs === periodMs ? previous.fireAt : now.getTime() + periodMs);
    } else {
      throw validation(expression.startsWith('cron(') ? 'The local emulator does not support cron() schedules.' : `Invalid Schedule Expression ${expression}.`);
    }
    const window = body.FlexibleTimeWindow as Schedule['FlexibleTimeWindow'] | undefined;
    if (window === undefined || (window.Mode !== 'OFF' && window.Mode !== 'FLEXIBLE')) {
      throw validation('FlexibleTimeWindow.Mode must be OFF or FLEXIBLE.');
    }
    if (window.Mode === 'FLEXIBLE' && !(Number(window.MaximumWindowInMinutes) >= 1 && Number(window.MaximumWindowInMinutes) <= 1440)) {
      throw validation('FlexibleTimeWindow.MaximumWindowInMinutes must be 1-1440 when Mode is FLEXIBLE.');
    }
    const target = body.Target as EmulatedTarget | undefined;
    if (target === undefined || typeof target.Arn !== 'string' || !ARN.test(target.Arn)) throw validation('Target.Arn must be an ARN.');
    if (typeof target.RoleArn !== 'string' || !ARN.test(target.RoleArn)) throw validation('Target.RoleArn must be an ARN.');
    const action = body.ActionAfterCompletion ?? 'NONE';
    if (action !== 'NONE' && action !== 'DELETE') throw validation('ActionAfterCompletion must be NONE or DELETE.');
    const state = body.State ?? 'ENABLED';
    if (state !== 'ENABLED' && state !== 'DISABLED') throw validation('State must be ENABLED or DISABLED.');
    if (periodMs === undefined && fireAt < now.getTime() && action === 'DELETE') {
      throw validation(`The schedule expression ${expression} is in the past.`);
    }
    const nowSeconds = Math.floor(now.getTime() / 1000);
    return {
      Name: name,
      GroupName: group,
      Arn: `arn:aws:scheduler:${this.options.region}:${this.options.account}:schedule/${group}/${name}`,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: zone,
      FlexibleTimeWindow: window,
      Target: target,
      State: state,
      ActionAfterCompletion: action,
      ...(typeof body.Description === 'string' ? { Description: body.Description } : {}),
      CreationDate: previous?.CreationDate ?? nowSeconds,
      LastModificationDate: nowSeconds,
      fireAt,
      ...(periodMs === undefined ? {} : { periodMs }),
      fired: false,
    };
  }

  private create(name: string, body: Record<string, unknown>) {
    const schedule = this.define(name, body);
    const key = this.key(schedule.GroupName, name);
    if (this.schedules.has(key)) throw new ApiError('ConflictException', 409, `Schedule ${name} already exists.`);
    this.schedules.set(key, schedule);
    this.save();
    return { ScheduleArn: schedule.Arn };
  }

  private update(name: string, body: Record<string, unknown>) {
    const previous = this.existing(name, body.GroupName);
    const schedule = this.define(name, body, previous);
    this.schedules.set(this.key(schedule.GroupName, name), schedule);
    this.save();
    return { ScheduleArn: schedule.Arn };
  }

  private get(name: string, groupName: string | null) {
    const { fireAt: _f, fired: _d, periodMs: _p, ...visible } = this.existing(name, groupName);
    return visible;
  }

  private delete(name: string, groupName: string | null) {
    const schedule = this.existing(name, groupName);
    this.schedules.delete(this.key(schedule.GroupName, name));
    this.save();
    return {};
  }

  private list(params: URLSearchParams) {
    const group = params.get('ScheduleGroup');
    const prefix = params.get('NamePrefix') ?? '';
    const state = params.get('State');
    const max = Number(params.get('MaxResults') ?? 100);
    if (!(max >= 1 && max <= 100)) throw validation('MaxResults must be 1-100.');
    const start = Number(params.get('NextToken') ?? 0);
    const all = [...this.schedules.values()]
      .filter((s) => (group === null || s.GroupName === group) && s.Name.startsWith(prefix) && (state === null || s.State === state))
      .sort((a, b) => a.GroupName.localeCompare(b.GroupName) || a.Name.localeCompare(b.Name));
    const page = all.slice(start, start + max);
    return {
      Schedules: page.map((s) => ({
        Arn: s.Arn,
        Name: s.Name,
        GroupName: s.GroupName,
        State: s.State,
        CreationDate: s.CreationDate,
        LastModificationDate: s.LastModificationDate,
        Target: { Arn: s.Target.Arn },
      })),
      ...(start + max < all.length ? { NextToken: String(start + max) } : {}),
    };
  }
}
