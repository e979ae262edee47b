/**
 * Use cases of webhook endpoints (events.md, "Endpoints API"): register one with a secret shown
 * once, list, delete (dropping what is still pending to it), rotate its secret with a 24 h
 * overlap, send it a test event, enable it again after it was disabled, and read or retry its
 * deliveries. Knows nothing of HTTP.
 */
import { ulid } from 'ulid';
import type { OutboxStore } from '../adapters/outbox.js';
import { parseMessageId } from '../adapters/outbox.js';
import { parseEndpointUrl, type Resolve, resolveAllowed, systemResolve, UnsafeUrlError, type UrlPolicy } from '../adapters/url-guard.js';
import { MAX_ENDPOINTS, ROTATION_OVERLAP_HOURS, type WebhookEndpoint, type WebhookEndpointStore } from '../adapters/webhook-endpoints.js';
import { newWebhookSecret } from '../adapters/webhook-sender.js';
import { retryOnConflict } from '../adapters/transact.js';
import { ConcurrentUpdateError, DomainError } from '../domain/errors.js';
import type { EventType, RmaEventType } from '../domain/events.js';
import type { Clock } from '../runtime.js';

/** An endpoint as ops see it: never its secrets. */
export type EndpointView = Pick<WebhookEndpoint, 'endpointId' | 'url' | 'events' | 'description' | 'status' | 'createdAt' | 'failingSince' | 'disabledAt'>;

export function endpointView(e: WebhookEndpoint): EndpointView {
  return {
    endpointId: e.endpointId,
    url: e.url,
    events: e.events,
    description: e.description,
    status: e.status,
    createdAt: e.createdAt,
    failingSince: e.failingSince,
    disabledAt: e.disabledAt,
  };
}

const notFound = () => new DomainError('not_found', 'No such webhook endpoint.');

export class WebhookService {
  constructor(
    private readonly deps: {
      readonly endpoints: WebhookEndpointStore;
      readonly outbox: OutboxStore;
      readonly policy: UrlPolicy;
      readonly now: Clock;
      readonly resolve?: Resolve;
    },
  ) {}

  /** Checks the URL as a delivery would (form, then every address its host resolves to). */
  private async checkUrl(raw: string): Promise<string> {
    try {
      const url = parseEndpointUrl(raw, this.deps.policy);
      await resolveAllowed(url, this.deps.policy, this.deps.resolve ?? systemResolve);
      return url.toString();
    } catch (error) {
      if (!(error instanceof UnsafeUrlError)) throw error;
      throw new DomainError('validation_failed', 'The webhook URL is refused.', { errors: [{ path: 'url', message: error.message }] });
    }
  }

  async register(input: { url: string; events?: readonly RmaEventType[]; description?: string }): Promise<EndpointView & { secret: string }> {
    const { endpoints, now } = this.deps;
    const url = await this.checkUrl(input.url);
    if ((await endpoints.list()).length >= MAX_ENDPOINTS) {
      throw new DomainError('validation_failed', `A shop can have at most ${MAX_ENDPOINTS} webhook endpoints.`, {
        errors: [{ path: 'url', message: `delete an endpoint first (at most ${MAX_ENDPOINTS})` }],
      });
    }
    const registeredAt = now();
    const at = registeredAt.toISOString();
    const secret = newWebhookSecret();
    const endpoint: WebhookEndpoint = {
      endpointId: ulid(registeredAt.getTime()),
      url,
      events: input.events ? [...input.events] : null,
      description: input.description ?? null,
      status: 'enabled',
      createdAt: at,
      updatedAt: at,
      version: 1,
      secrets: [{ secret, expiresAt: null }],
      failingSince: null,
      disabledAt: null,
    };
    await endpoints.create(endpoint);
    return { ...endpointView(endpoint), secret };
  }

  async list(): Promise<EndpointView[]> {
    return (await this.deps.endpoints.list()).map(endpointView);
  }

  async delete(endpointId: string): Promise<void> {
    if (!(await this.deps.endpoints.delete(endpointId))) throw notFound();
  }

  /**
   * Changes the endpoint at the version read, with its messages in the same transaction; read
   * again and decide again if it changed meanwhile.
   */
  private async change<T>(
    endpointId: string,
    decide: (endpoint: WebhookEndpoint, at: Date) => { next: WebhookEndpoint; result: T; testEvent?: { eventId: string } },
  ): Promise<{ result: T; messageIds: string[] }> {
    const { endpoints, now } = this.deps;
    return retryOnConflict(async () => {
      const endpoint = await endpoints.get(endpointId);
      if (endpoint === null) throw notFound();
      const at = now();
      const { next, result, testEvent } = decide(endpoint, at);
      const changed = { ...next, version: endpoint.version + 1, updatedAt: at.toISOString() };
      const messages = testEvent
        ? [
            {
              type: 'webhook' as const,
              endpointId,
              eventId: testEvent.eventId,
              eventType: 'webhook.test' as EventType,
              body: JSON.stringify({ type: 'webhook.test', timestamp: at.toISOString(), data: { eventId: testEvent.eventId, endpointId } }),
            },
          ]
        : [];
      const messageIds = await endpoints.update(changed, messages, at);
      if (messageIds === null) throw new ConcurrentUpdateError(`webhook endpoint ${endpointId} changed concurrently`);
      return { result, messageIds };
    });
  }

  /** A new secret; the current one keeps signing beside it for 24 h (older ones stop now). */
  async rotate(endpointId: string): Promise<{ secret: string; previousSecretExpiresAt: string }> {
    const { result } = await this.change(endpointId, (endpoint, at) => {
      const secret = newWebhookSecret();
      const current = endpoint.secrets.find((s) => s.expiresAt === null);
      const previousSecretExpiresAt = new Date(at.getTime() + ROTATION_OVERLAP_HOURS * 3_600_000).toISOString();
      return {
        next: { ...endpoint, secrets: [{ secret, expiresAt: null }, ...(current ? [{ secret: current.secret, expiresAt: previousSecretExpiresAt }] : [])] },
        result: { secret, previousSecretExpiresAt },
      };
    });
    return result;
  }

  /** Sends one `webhook.test` event to the endpoint (through the outbox, like every delivery). */
  async test(endpointId: string): Promise<{ eventId: string; deliveryId: string }> {
    const eventId = ulid(this.deps.now().getTime());
    const { messageIds } = await this.change(endpointId, (endpoint) => {
      if (endpoint.status !== 'enabled') throw new DomainError('invalid_state', 'The endpoint is disabled: enable it first, then test it.');
      return { next: endpoint, result: undefined, testEvent: { eventId } };
    });
    return { eventId, deliveryId: messageIds[0]! };
  }

  /** Enables a disabled endpoint again; its failed deliveries wait for a retry each. */
  async enable(endpointId: string): Promise<EndpointView> {
    const { result } = await this.change(endpointId, (endpoint) => {
      const next: WebhookEndpoint = { ...endpoint, status: 'enabled', failingSince: null, disabledAt: null };
      return { next, result: endpointView(next) };
    });
    return result;
  }

  async deliveries(endpointId: string, query: { status?: 'pending' | 'delivered' | 'failed'; limit: number; cursor?: string }) {
    if ((await this.deps.endpoints.get(endpointId)) === null) throw notFound();
    const page = await this.deps.endpoints.deliveries(endpointId, query);
    return { items: page.items, nextCursor: page.cursor ?? null };
  }

  /** Puts a failed delivery back in line, due now: it is attempted once more. */
  async retryDelivery(endpointId: string, deliveryId: string): Promise<{ deliveryId: string; status: 'pending'; nextAttemptAt: string }> {
    if ((await this.deps.endpoints.get(endpointId)) === null || parseMessageId(deliveryId).endpointId !== endpointId) {
      throw new DomainError('not_found', 'No such delivery of this endpoint.');
    }
    const at = this.deps.now();
    const requeued = await this.deps.outbox.requeue(deliveryId, at);
    if (requeued === null) throw new DomainError('not_found', 'No such delivery of this endpoint.');
    if (!requeued) throw new DomainError('invalid_state', 'Only a failed delivery can be retried; this one is pending or delivered.');
    return { deliveryId, status: 'pending', nextAttemptAt: at.toISOString() };
  }
}
