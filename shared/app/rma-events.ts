/**
 * The events a change of an RMA tells (events.md), as outbox messages for the change's own
 * transaction: one `event` (the bus) per event, and one `webhook` delivery per enabled endpoint
 * that wants its type. So no change goes untold, and no event tells of a change that did not
 * happen. The payload's `data.rma` is the RMA as the customer API shows it at that version.
 */
import { ulid } from 'ulid';
import type { OutboxMessage } from '../adapters/outbox.js';
import { type EndpointRoute, wants } from '../adapters/webhook-endpoints.js';
import { eventsOfChange } from '../domain/events.js';
import type { Rma } from '../domain/rma.js';
import { rmaView } from './rma-view.js';

export interface EndpointDirectory {
  /** Which endpoints want which events. */
  routes(): Promise<readonly EndpointRoute[]>;
}

export class RmaEvents {
  constructor(private readonly endpoints: EndpointDirectory) {}

  /**
   * The messages that tell the change from `before` (null: new) to `after`, made at `now`; to
   * the endpoints' `routes` when the caller read them already (with the RMA's order).
   */
  async messages(before: Rma | null, after: Rma, now: Date, routes?: readonly EndpointRoute[]): Promise<OutboxMessage[]> {
    const facts = eventsOfChange(before, after);
    if (facts.length === 0) return [];
    const endpoints = routes ?? (await this.endpoints.routes());
    const rma = rmaView(after);
    return facts.flatMap(({ type, extra }): OutboxMessage[] => {
      const eventId = ulid(now.getTime());
      const event = { type, timestamp: now.toISOString(), data: { eventId, rma, orderId: after.orderId, version: after.version, ...extra } };
      const body = JSON.stringify(event);
      return [
        { type: 'event', rmaId: after.rmaId, event },
        ...endpoints.filter((e) => wants(e, type)).map((e): OutboxMessage => ({ type: 'webhook', endpointId: e.endpointId, eventId, eventType: type, body })),
      ];
    });
  }
}
