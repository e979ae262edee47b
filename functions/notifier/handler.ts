/**
 * Dispatches outbox messages from the table's stream (INSERTs of outbox items only; the event
 * source filter drops everything else). Each record is handled on its own: a failed one is
 * reported back (partial batch response) and retried, then set aside to the DLQ; the others
 * are not repeated. Every dispatch is idempotent: schedules by their deterministic names,
 * emails by claiming the message before sending and recording it sent after, so a redelivered
 * or concurrent record never sends an email twice.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import type { Mailer } from '../../shared/adapters/mailer.js';
import type { OutboxItem, OutboxStore } from '../../shared/adapters/outbox.js';
import type { ScheduleGateway } from '../../shared/adapters/schedule-gateway.js';
import type { Clock } from '../../shared/runtime.js';

export interface NotifierDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly schedules: ScheduleGateway;
  readonly outbox: OutboxStore;
  readonly mailer: Mailer;
}

export function createNotifier(deps: NotifierDeps) {
  const { now, logger, schedules, outbox, mailer } = deps;
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  async function dispatch(record: DynamoDBRecord): Promise<void> {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || image === undefined) return;
    const item = unmarshall(image as Record<string, AttributeValue>) as OutboxItem;
    if (item.type !== 'outbox') return;
    const { message } = item;
    switch (message.type) {
      case 'schedule':
        await schedules.apply(message.request, now());
        logger.info('Schedule applied', { messageId: item.messageId, action: message.request.action, name: message.request.name });
        return;
      case 'email': {
        logger.setCorrelationId(message.rmaId);
        const context = { messageId: item.messageId, rmaId: message.rmaId, template: message.email.template };
        const claim = await outbox.claim(item.messageId, now());
        if (claim.kind === 'sent') {
          logger.info('Email already sent', context);
          return;
        }
        // Another delivery holds the message: retry later, when it is either sent or its claim went stale.
        if (claim.kind === 'in_flight') throw new Error(`Email ${item.messageId} is being sent by another delivery`);
        let providerMessageId: string;
        try {
          providerMessageId = await mailer.send(message.email, { rmaId: message.rmaId, template: message.email.template });
        } catch (error) {
          await outbox.release(item.messageId, claim.token);
          throw error;
        }
        await outbox.markSent(item.messageId, claim.token, providerMessageId, now());
        logger.info('Email sent', { ...context, providerMessageId });
        return;
      }
    }
  }

  const lambdaHandler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> =>
    processPartialResponse(event, dispatch, processor, { context });

  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse, Error, Context>(lambdaHandler).use(injectLambdaContext(logger));
}
