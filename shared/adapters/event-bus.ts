/**
 * The EventBridge custom bus (events.md, "EventBridge"): every RMA event is put with
 * `source: "rma"`, `detail-type: <type>`, `detail: <data>`. The event id is `detail.eventId`,
 * the same on every retry, so consumers (rules, the archive's replays) dedupe by it.
 */
import { type EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DependencyUnavailableError, PermanentDeliveryError } from './errors.js';
import type { EventEnvelope } from './outbox.js';

export const EVENT_SOURCE = 'rma';

/** PutEvents answers per entry; these codes mean "try again later". */
const TRANSIENT = new Set(['InternalFailure', 'ThrottlingException', 'InternalException']);

export class EventBus {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  /** Puts the event; resolves to EventBridge's id of the entry. */
  async put(event: EventEnvelope): Promise<string> {
    const { Entries = [], FailedEntryCount = 0 } = await this.client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: this.busName,
            Source: EVENT_SOURCE,
            DetailType: event.type,
            Detail: JSON.stringify(event.data),
            Time: new Date(event.timestamp),
          },
        ],
      }),
    );
    const [entry] = Entries;
    if (FailedEntryCount > 0 || entry?.EventId === undefined) {
      const why = `${entry?.ErrorCode ?? 'Unknown'}: ${entry?.ErrorMessage ?? 'the bus did not take the event'}`;
      if (TRANSIENT.has(entry?.ErrorCode ?? '')) throw new DependencyUnavailableError('EventBridge', { cause: new Error(why) });
      throw new PermanentDeliveryError(why);
    }
    return entry.EventId;
  }
}
