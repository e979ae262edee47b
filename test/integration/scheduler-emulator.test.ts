/**
 * The Scheduler emulator answers the real @aws-sdk/client-scheduler as the service does for
 * every call and error this project relies on.
 */
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  GetScheduleCommand,
  ListSchedulesCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
  type UpdateScheduleCommandInput,
  ValidationException,
} from '@aws-sdk/client-scheduler';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SchedulerEmulator } from '../../local/scheduler-emulator.js';
import { call, localNow, sdkOptions, stack } from '../support/client.js';

const setClock = (now: Date) => call('POST', '/_local/clock', { body: { now: now.toISOString() } });

const client = () => new SchedulerClient(sdkOptions(stack().urls.scheduler));
const group = () => stack().names.scheduleGroup;

async function definition(overrides: Partial<CreateScheduleCommandInput> = {}): Promise<CreateScheduleCommandInput> {
  const at = new Date((await localNow()).getTime() + 3_600_000).toISOString().slice(0, 19);
  return {
    Name: `test-${randomUUID().slice(0, 8)}`,
    GroupName: group(),
    ScheduleExpression: `at(${at})`,
    ScheduleExpressionTimezone: 'UTC',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'DELETE',
    Target: {
      Arn: stack().env.RMA_DEADLINE_FUNCTION_ARN!,
      RoleArn: stack().env.RMA_SCHEDULER_ROLE_ARN!,
      Input: '{"kind":"test"}',
    },
    ...overrides,
  };
}

describe('Scheduler emulator', () => {
  it('creates a one-time schedule and returns it from Get with its definition', async () => {
    const input = await definition();
    const created = await client().send(new CreateScheduleCommand(input));
    expect(created.ScheduleArn).toMatch(new RegExp(`:schedule/${group()}/${input.Name}$`));
    const got = await client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }));
    expect(got).toMatchObject({
      Name: input.Name,
      GroupName: group(),
      ScheduleExpression: input.ScheduleExpression,
      State: 'ENABLED',
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: input.Target,
    });
    expect(got.CreationDate).toBeInstanceOf(Date);
  });

  it('refuses a second create of the same name with ConflictException', async () => {
    const input = await definition();
    await client().send(new CreateScheduleCommand(input));
    await expect(client().send(new CreateScheduleCommand(input))).rejects.toBeInstanceOf(ConflictException);
  });

  it('replaces the whole definition on Update, and refuses to update a missing schedule', async () => {
    const input = await definition();
    await client().send(new CreateScheduleCommand(input));
    const later = await definition({ Name: input.Name, ScheduleExpression: 'at(2099-01-01T00:00:00)', Description: 'moved' });
    await client().send(new UpdateScheduleCommand(later as UpdateScheduleCommandInput));
    const got = await client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }));
    expect(got.ScheduleExpression).toBe('at(2099-01-01T00:00:00)');
    expect(got.Description).toBe('moved');
    await expect(
      client().send(new UpdateScheduleCommand({ ...(later as UpdateScheduleCommandInput), Name: 'missing-schedule' })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('deletes a schedule; Get and Delete of a missing one are ResourceNotFoundException', async () => {
    const input = await definition();
    await client().send(new CreateScheduleCommand(input));
    await client().send(new DeleteScheduleCommand({ Name: input.Name, GroupName: group() }));
    await expect(client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    await expect(client().send(new DeleteScheduleCommand({ Name: input.Name, GroupName: group() }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it('refuses a group that does not exist with ResourceNotFoundException', async () => {
    await expect(client().send(new CreateScheduleCommand(await definition({ GroupName: 'no-such-group' })))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });

  it.each([
    ['a name with a slash', { Name: 'bad/name' }],
    ['a name over 64 characters', { Name: 'x'.repeat(65) }],
    ['a malformed at() expression', { ScheduleExpression: 'at(2026-13-01 10:00)' }],
    ['a date that does not exist', { ScheduleExpression: 'at(2026-02-30T10:00:00)' }],
    ['a missing flexible time window', { FlexibleTimeWindow: undefined }],
    ['a flexible window without its maximum', { FlexibleTimeWindow: { Mode: 'FLEXIBLE' as const } }],
    ['a target that is not an ARN', { Target: { Arn: 'deadline', RoleArn: 'role' } }],
    ['a one-time schedule in the past that deletes itself', { ScheduleExpression: 'at(2020-01-01T00:00:00)' }],
    ['a rate of 1 with a plural unit', { ScheduleExpression: 'rate(1 minutes)' }],
    ['a rate above 1 with a singular unit', { ScheduleExpression: 'rate(5 minute)' }],
    ['a rate of 0', { ScheduleExpression: 'rate(0 minutes)' }],
    ['a rate that is not a whole number', { ScheduleExpression: 'rate(1.5 hours)' }],
    ['a rate in weeks', { ScheduleExpression: 'rate(2 weeks)' }],
    ['a cron() expression (not emulated)', { ScheduleExpression: 'cron(0 8 * * ? *)' }],
  ])('refuses %s with ValidationException', async (_, overrides) => {
    const input = await definition(overrides as Partial<CreateScheduleCommandInput>);
    await expect(client().send(new CreateScheduleCommand(input))).rejects.toBeInstanceOf(ValidationException);
  });

  it.each(['rate(1 minute)', 'rate(5 minutes)', 'rate(1 hour)', 'rate(2 days)'])('accepts the recurring %s', async (expression) => {
    const input = await definition({ ScheduleExpression: expression, ActionAfterCompletion: 'NONE' });
    await client().send(new CreateScheduleCommand(input));
    expect((await client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }))).ScheduleExpression).toBe(expression);
    await client().send(new DeleteScheduleCommand({ Name: input.Name, GroupName: group() }));
  });

  it('fires a rate(1 minute) schedule once per minute the clock passes, however it is split, and once for a jump of many (no backfill)', async () => {
    let now = Date.parse('2026-11-24T10:00:00Z');
    const emulator = new SchedulerEmulator({ now: () => new Date(now), account: '000000000000', region: 'us-east-1', groups: [] });
    const own = new SchedulerClient(sdkOptions(await emulator.listen(0, '127.0.0.1')));
    try {
      await own.send(new CreateScheduleCommand({ ...(await definition({ GroupName: undefined, ScheduleExpression: 'rate(1 minute)', ActionAfterCompletion: 'NONE' })) }));
      let fired = 0;
      const step = async (seconds: number) => {
        now += seconds * 1000;
        fired += await emulator.fireDue(async () => undefined);
        return fired;
      };
      expect(await step(59)).toBe(0);
      expect(await step(1)).toBe(1);
      expect(await step(25)).toBe(1);
      expect(await step(35)).toBe(2);
      expect(await step(600)).toBe(3);
      expect(await step(59)).toBe(3);
      expect(await step(1)).toBe(4);
      expect(emulator.nextDue()).toBeUndefined();
    } finally {
      await emulator.close();
    }
  });

  it('lists schedules by group and name prefix, a page at a time', async () => {
    const prefix = `list-${randomUUID().slice(0, 6)}-`;
    for (const n of [1, 2, 3]) await client().send(new CreateScheduleCommand(await definition({ Name: `${prefix}${n}` })));
    const first = await client().send(new ListSchedulesCommand({ GroupName: group(), NamePrefix: prefix, MaxResults: 2 }));
    expect(first.Schedules?.map((s) => s.Name)).toEqual([`${prefix}1`, `${prefix}2`]);
    expect(first.NextToken).toBeDefined();
    const second = await client().send(
      new ListSchedulesCommand({ GroupName: group(), NamePrefix: prefix, MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second.Schedules?.map((s) => s.Name)).toEqual([`${prefix}3`]);
    expect(second.NextToken).toBeUndefined();
    expect(second.Schedules?.[0]?.Target?.Arn).toBe(stack().env.RMA_DEADLINE_FUNCTION_ARN);
  });

  it('fires a due schedule once at its time and deletes it after completion', async () => {
    const input = await definition({ Name: `fire-${randomUUID().slice(0, 8)}` });
    const staleEvent = { kind: 'order.acceptance_due', orderId: 'no-such-order', dueAt: '2026-01-01T00:00:00.000Z', generation: 1 };
    await client().send(new CreateScheduleCommand({ ...input, Target: { ...input.Target!, Input: JSON.stringify(staleEvent) } }));
    // The clock runs on in real time between calls: move it to instants with a margin, not by amounts.
    const dueAt = Date.parse(`${/^at\((.+)\)$/.exec(input.ScheduleExpression!)![1]}Z`);
    await setClock(new Date(dueAt - 60_000));
    expect((await client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }))).State).toBe('ENABLED');
    await setClock(new Date(dueAt + 1_000));
    await expect(client().send(new GetScheduleCommand({ Name: input.Name, GroupName: group() }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });
});
