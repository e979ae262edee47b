/**
 * The outbox's fast path: each new outbox message from the table's stream (INSERTs of outbox
 * items only; the event source filter drops everything else) is handed to the delivery engine,
 * which delivers it, or leaves it pending for the relay when its turn has not come or its effect
 * failed. A record fails (partial batch response, then stream retries, then the DLQ) only when
 * the engine could not even read or record the message; it is still pending in the table, so
 * the relay delivers it anyway.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent, DynamoDBBatchResponse } from 'aws-lambda';
import { type DeliveryEngine, DeliveryRun } from '../../shared/adapters/delivery.js';
import type { OutboxRecord } from '../../shared/adapters/outbox.js';

export interface NotifierDeps {
  readonly logger: Logger;
  readonly engine: DeliveryEngine;
}

export function createNotifier(deps: NotifierDeps) {
  const { logger, engine } = deps;
  const processor = new BatchProcessor(EventType.DynamoDBStreams);

  const lambdaHandler = async (event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> => {
    const run = new DeliveryRun(() => context.getRemainingTimeInMillis());
    const dispatch = async (record: DynamoDBRecord): Promise<void> => {
      const image = record.dynamodb?.NewImage;
      if (record.eventName !== 'INSERT' || image === undefined) return;
      const item = unmarshall(image as Record<string, AttributeValue>) as OutboxRecord;
      if (item.type !== 'outbox' || item.messageId === undefined) return;
      if (item.rmaId) logger.setCorrelationId(item.rmaId);
      await engine.deliver(item.messageId, run);
    };
    return processPartialResponse(event, dispatch, processor, { context });
  };

  return middy<DynamoDBStreamEvent, DynamoDBBatchResponse, Error, Context>(lambdaHandler).use(injectLambdaContext(logger));
}
