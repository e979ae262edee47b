/**
 * The effect of a `webhook` outbox message: one attempt to deliver one event to one endpoint,
 * and what the endpoint's health learns from it (events.md, "Delivery"):
 * - the endpoint is gone → the delivery is dropped;
 * - the endpoint is disabled → the delivery fails at once (kept for a manual retry);
 * - a success clears the endpoint's `failingSince`; a failure sets it if unset, and an endpoint
 *   that has failed for 3 days is disabled, with an email to ops in the same transaction.
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Policy } from '../domain/policy/book.js';
import { renderEndpointDisabledEmail } from '../notifications/templates.js';
import type { Clock } from '../runtime.js';
import type { EffectOutcome } from './delivery.js';
import { PermanentDeliveryError } from './errors.js';
import type { OutboxItem, OutboxMessage } from './outbox.js';
import { DISABLE_AFTER_FAILING_HOURS, signingSecrets, type WebhookEndpointStore } from './webhook-endpoints.js';
import { UnsafeUrlError } from './url-guard.js';
import { ReceiverError, type WebhookSender } from './webhook-sender.js';

export function webhookEffect(deps: {
  readonly endpoints: WebhookEndpointStore;
  readonly sender: WebhookSender;
  readonly policy: Policy;
  readonly now: Clock;
  readonly logger: Logger;
}) {
  const { endpoints, sender, now, logger } = deps;

  /** Marks the endpoint failing; disables it (once) when it has been failing for long enough. */
  async function failed(endpointId: string): Promise<void> {
    const at = now();
    const endpoint = await endpoints.failing(endpointId, at);
    if (endpoint === null || endpoint.status !== 'enabled' || endpoint.failingSince === null) return;
    if (at.getTime() - Date.parse(endpoint.failingSince) < DISABLE_AFTER_FAILING_HOURS * 3_600_000) return;
    const disabled = { ...endpoint, status: 'disabled' as const, disabledAt: at.toISOString(), updatedAt: at.toISOString(), version: endpoint.version + 1 };
    const email = renderEndpointDisabledEmail(disabled, deps.policy);
    if ((await endpoints.update(disabled, [{ type: 'email', rmaId: null, email }], at)) !== null) {
      logger.error('Webhook endpoint disabled: every delivery failed for 3 days; ops were emailed', { endpointId, url: endpoint.url, failingSince: endpoint.failingSince });
    }
  }

  return async (message: Extract<OutboxMessage, { type: 'webhook' }>, item: OutboxItem): Promise<EffectOutcome> => {
    const endpoint = await endpoints.get(message.endpointId);
    if (endpoint === null) {
      await endpoints.drop(item.messageId);
      return { reference: 'endpoint deleted', dropped: true };
    }
    if (endpoint.status !== 'enabled') throw new PermanentDeliveryError('The endpoint is disabled; retry the delivery once it is enabled again.');
    try {
      const status = await sender.send({ url: endpoint.url, id: message.eventId, body: message.body, secrets: signingSecrets(endpoint, now()) });
      if (endpoint.failingSince !== null) await endpoints.recovered(endpoint.endpointId);
      return { reference: `HTTP ${status}`, facts: { lastStatusCode: status } };
    } catch (error) {
      if (error instanceof ReceiverError) await failed(endpoint.endpointId);
      // A URL that now leads to a refused address will not get better by waiting.
      if (error instanceof UnsafeUrlError) throw new PermanentDeliveryError(`${error.name}: ${error.message}`, { cause: error });
      throw error;
    }
  };
}
