/**
 * The notifier against the real local DynamoDB and SES emulator, through the real SDK clients:
 * a stream record delivered twice, or by two invocations at once, sends one email.
 */
import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createNotifier } from '../../functions/notifier/handler.js';
import { createDocumentClient, createSchedulerClient, createSesClient } from '../../shared/adapters/aws-clients.js';
import { Mailer } from '../../shared/adapters/mailer.js';
import { type OutboxMessage, outboxItem, OutboxStore } from '../../shared/adapters/outbox.js';
import { ScheduleGateway } from '../../shared/adapters/schedule-gateway.js';
import { lambdaContext } from '../../local/functions.js';
import { localNow, sdkOptions, stack } from '../support/client.js';
import { sentMail } from '../support/mail.js';

/**
 * The local clock as this process sees it: the stack's own notifier claims messages by that
 * clock (other files move it by weeks), so ours must too, as all Lambdas share one clock in AWS.
 */
async function localClock(): Promise<() => Date> {
  const offset = (await localNow()).getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

async function notifier() {
  const { urls, names, env } = stack();
  const now = await localClock();
  const ddb = createDocumentClient(sdkOptions(urls.dynamodb));
  return {
    ddb,
    handler: createNotifier({
      now,
      logger: new Logger({ serviceName: 'notifier-test', logLevel: 'SILENT' }),
      schedules: new ScheduleGateway(createSchedulerClient(sdkOptions(urls.scheduler)), {
        group: names.scheduleGroup,
        roleArn: env.RMA_SCHEDULER_ROLE_ARN!,
        deadlineFunctionArn: env.RMA_DEADLINE_FUNCTION_ARN!,
        dlqArn: env.RMA_SCHEDULER_DLQ_ARN!,
      }),
      outbox: new OutboxStore(ddb, names.tableName),
      mailer: new Mailer(createSesClient(sdkOptions(urls.ses)), { sender: 'returns@example.com', configurationSet: '' }),
    }),
  };
}

/** Writes an outbox email as a state change would, and the stream record DynamoDB makes of it. */
async function outboxEmail(ddb: ReturnType<typeof createDocumentClient>, subject: string): Promise<DynamoDBStreamEvent> {
  const message: OutboxMessage = {
    type: 'email',
    rmaId: 'RMA-TEST',
    email: { template: 'rma_received', to: ['ada@example.com'], replyTo: [], subject, text: 'Received.\n', html: '<p>Received.</p>' },
  };
  const item = outboxItem(message, await localNow());
  await ddb.send(new PutCommand({ TableName: stack().names.tableName, Item: item }));
  return {
    Records: [
      {
        eventID: randomUUID(),
        eventName: 'INSERT',
        eventSource: 'aws:dynamodb',
        dynamodb: {
          Keys: marshall({ pk: item.pk, sk: item.sk }) as never,
          NewImage: marshall(item, { removeUndefinedValues: true }) as never,
          SequenceNumber: String(Date.now()),
          StreamViewType: 'NEW_IMAGE',
        },
      },
    ],
  };
}

const sentWith = async (subject: string) => (await sentMail()).filter((e) => e.subject === subject).length;

describe('the notifier sends each outbox email once', () => {
  it('when the same record is delivered again after it was sent', async () => {
    const { ddb, handler } = await notifier();
    const subject = `Redelivered ${randomUUID()}`;
    const event = await outboxEmail(ddb, subject);
    expect(await handler(event, lambdaContext('notifier'))).toEqual({ batchItemFailures: [] });
    expect(await handler(event, lambdaContext('notifier'))).toEqual({ batchItemFailures: [] });
    expect(await sentWith(subject)).toBe(1);
  });

  it('when several invocations get the same record at once: one sends, the others are retried and find it sent', async () => {
    const { ddb, handler } = await notifier();
    const subject = `Concurrent ${randomUUID()}`;
    const event = await outboxEmail(ddb, subject);
    // The local stack's own notifier receives the record from the table's stream as well.
    await Promise.allSettled([1, 2, 3].map(() => handler(event, lambdaContext('notifier'))));
    // Lambda redelivers a failed record until it succeeds: it then finds the email sent.
    let settled = false;
    for (let attempt = 0; attempt < 20 && !settled; attempt++) {
      settled = await handler(event, lambdaContext('notifier')).then(
        (r) => r.batchItemFailures.length === 0,
        () => false,
      );
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(settled).toBe(true);
    expect(await sentWith(subject)).toBe(1);
  });
});
