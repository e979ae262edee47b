/**
 * Dispatches outbox messages from the table's stream (INSERTs of outbox items only; the event
 * source filter drops everything else). Each record is handled on its own: a failed one is
 * reported back (partial batch response) and retried, the others are not repeated. Every
 * dispatch is idempotent, so a redelivered record is harmless.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import type { OutboxItem } from '../../shared/adapters/outbox.js';
import type { ScheduleGateway } from '../../shared/adapters/schedule-gateway.js';
import type { Clock } from '../../shared/runtime.js';

export interface NotifierDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly schedules: ScheduleGateway;
}

export function createNotifier(deps: NotifierDeps) {
  const { now, logger, schedules } = deps;
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
    }
  }

  const lambdaHandler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> =>
    processPartialResponse(event, dispatch, processor, { context });

  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse, Error, Context>(lambdaHandler).use(injectLambdaContext(logger));
}
