/**
 * Applies schedule requests to EventBridge Scheduler: one-time `at()` schedules in UTC,
 * flexible window off, deleted after completion, with a retry policy and a dead-letter queue,
 * targeting the deadline function. Retried requests are harmless: a create that meets an
 * existing schedule of the same name updates it, and a delete of a missing one is done.
 */
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { DeadlineEvent, ScheduleRequest } from '../domain/schedules.js';

export interface ScheduleTarget {
  readonly group: string;
  readonly roleArn: string;
  readonly deadlineFunctionArn: string;
  readonly dlqArn: string;
}

/** The service refuses a one-time schedule in the past; a deadline that is already due fires this soon. */
export const MIN_LEAD_MS = 60_000;
/** Retry a failed delivery for up to a day (the service's maximum event age is 24 h). */
export const RETRY_POLICY = { MaximumEventAgeInSeconds: 86_400, MaximumRetryAttempts: 185 } as const;

/** `at(yyyy-mm-ddThh:mm:ss)` in UTC, rounded up to the whole second so it never fires before `due`. */
export function atExpression(due: Date, now: Date): string {
  const fireAt = Math.max(Math.ceil(due.getTime() / 1000) * 1000, now.getTime() + MIN_LEAD_MS);
  return `at(${new Date(fireAt).toISOString().slice(0, 19)})`;
}

export class ScheduleGateway {
  constructor(
    private readonly client: SchedulerClient,
    private readonly target: ScheduleTarget,
  ) {}

  input(name: string, event: DeadlineEvent, now: Date): CreateScheduleCommandInput {
    return {
      Name: name,
      GroupName: this.target.group,
      ScheduleExpression: atExpression(new Date(event.dueAt), now),
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Description: `${event.kind} due ${event.dueAt}`,
      Target: {
        Arn: this.target.deadlineFunctionArn,
        RoleArn: this.target.roleArn,
        Input: JSON.stringify(event),
        RetryPolicy: RETRY_POLICY,
        DeadLetterConfig: { Arn: this.target.dlqArn },
      },
    };
  }

  async apply(request: ScheduleRequest, now: Date): Promise<void> {
    if (request.action === 'delete') {
      try {
        await this.client.send(new DeleteScheduleCommand({ Name: request.name, GroupName: this.target.group }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      return;
    }
    const input = this.input(request.name, request.event, now);
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }
}
