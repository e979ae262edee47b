/**
 * Use cases over RMAs: read, decide with the pure domain, write everything the decision causes
 * in one transaction, and on a lost race read and decide again. Shared by the customer and ops
 * APIs and the deadline handler; knows nothing of HTTP.
 */
import { ulid } from 'ulid';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OrderStore } from '../adapters/order-store.js';
import { retryOnConflict } from '../adapters/transact.js';
import { type OutboxMessage, scheduleMessages } from '../adapters/outbox.js';
import { UPLOAD_EXPIRES_SECONDS } from '../adapters/evidence-keys.js';
import { type ItemRead, readTogether } from '../adapters/batch-get.js';
import { RmaStore } from '../adapters/rma-store.js';
import { type EndpointRoute, WebhookEndpointStore } from '../adapters/webhook-endpoints.js';
import { RmaEvents } from './rma-events.js';
import { DomainError } from '../domain/errors.js';
import { NotYetDueError } from './errors.js';
import { applyDeadline, type Command, type OrderContext, type Outcome, openRma, transition } from '../domain/lifecycle.js';
import { addEvidence, type EvidenceRequest } from '../domain/evidence.js';
import { applyRmaToOrder, type Order } from '../domain/order.js';
import { defaultPolicy } from '../domain/policy/default-policy.js';
import { type PolicyBook, policyBook, type Reason } from '../domain/policy/book.js';
import type { Actor, Rma } from '../domain/rma.js';
import type { RmaDeadlineDue } from '../domain/schedules.js';
import { renderEmail } from '../notifications/templates.js';
import type { Clock } from '../runtime.js';
import { requireLiveSession } from '../domain/session.js';

export function orderContext(order: Order): OrderContext {
  return {
    orderId: order.orderId,
    currency: order.currency,
    lines: order.lines,
    invoicedAt: new Date(order.invoicedAt),
    deliveredAt: order.deliveredAt === null ? null : new Date(order.deliveredAt),
  };
}

/**
 * What a decision causes, as outbox messages written with it: its timer changes, and its
 * emails rendered now (under the RMA's own policy) for the notifier to send. Its events are
 * added by `outboxOf`.
 */
function effectsOf(outcome: Outcome, order: Order, book: PolicyBook): OutboxMessage[] {
  const { rma } = outcome;
  const context = { rma, policy: book.forVersion(rma.policyVersion), customer: order.customer };
  return [
    ...scheduleMessages(outcome.schedules),
    ...outcome.notifications.map((n): OutboxMessage => ({ type: 'email', rmaId: rma.rmaId, email: renderEmail(n, context) })),
  ];
}

/**
 * A shopper asking: the order their session is bound to, and when the session was issued (one
 * issued before the order's `sessionsNotBefore` is over). Anything of another order answers 404.
 */
export interface Owner {
  readonly orderId: string;
  readonly sessionIssuedAt: Date;
}

/** The order is the owner's, and their session still live; else 404 (as missing) or 401. */
function checkOwner(order: Order | null, owner: Owner): Order {
  if (order === null || order.orderId !== owner.orderId) throw new DomainError('not_found', 'Not found.');
  requireLiveSession(order, owner.sessionIssuedAt);
  return order;
}

/** A shopper's RMA read with their order: the order checked as above, the RMA of that order (else 404). */
function ownedRma(rma: Rma | null, order: Order | null, owner: Owner): { readonly rma: Rma; readonly order: Order } {
  const checked = checkOwner(order, owner);
  if (rma === null || rma.orderId !== owner.orderId) throw new DomainError('not_found', 'Not found.');
  return { rma, order: checked };
}

export interface OpenRequest {
  readonly orderId: string;
  readonly reason: Reason;
  readonly lines: readonly { readonly lineId: string; readonly quantity: number }[];
  readonly explanation: string;
  readonly preferredResolution: 'refund' | 'exchange';
}

export interface Replayable<T> {
  readonly status: number;
  readonly body: T;
}

export class RmaService {
  constructor(
    private readonly deps: {
      readonly book: PolicyBook;
      readonly orders: OrderStore;
      readonly rmas: RmaStore;
      readonly endpoints: WebhookEndpointStore;
      readonly events: RmaEvents;
      /** Reads items of several kinds in one call (`readTogether` over the table). */
      readonly readTogether: <const T extends readonly ItemRead<unknown>[]>(reads: T) => ReturnType<typeof readTogether<T>>;
      readonly now: Clock;
    },
  ) {}

  /** Everything a change causes: its effects and the events that tell it (to the endpoints' `routes`). */
  private async outboxOf(before: Rma | null, outcome: Outcome, order: Order, routes: readonly EndpointRoute[], at: Date): Promise<OutboxMessage[]> {
    return [...effectsOf(outcome, order, this.deps.book), ...(await this.deps.events.messages(before, outcome.rma, at, routes))];
  }

  /**
   * An RMA to change, with its order and the webhook routes: one call for a shopper (whose
   * session names the order), two for ops and timers (the RMA says which order).
   */
  private async changeOf(rmaId: string, owner?: Owner): Promise<{ readonly rma: Rma; readonly order: Order; readonly routes: readonly EndpointRoute[] }> {
    if (owner === undefined) {
      const rma = await this.get(rmaId);
      return { rma, ...(await this.changeContext(rma.orderId)) };
    }
    const { rmas, orders, endpoints } = this.deps;
    const [rma, order, read] = await this.deps.readTogether([rmas.read(rmaId), orders.read(owner.orderId), endpoints.routesRead()]);
    return { ...ownedRma(rma, order, owner), routes: await endpoints.routesOr(read) };
  }

  /**
   * What a change needs besides its RMA, in one call: the order, and which webhook endpoints want
   * which events (read from the endpoints themselves, once, where their routes item is not written yet).
   */
  private async changeContext(orderId: string): Promise<{ readonly order: Order; readonly routes: readonly EndpointRoute[] }> {
    const [order, routes] = await this.deps.readTogether([this.deps.orders.read(orderId), this.deps.endpoints.routesRead()]);
    if (order === null) throw new DomainError('not_found', 'Not found.');
    return { order, routes: await this.deps.endpoints.routesOr(routes) };
  }

  /**
   * Opens an RMA once per idempotency key: the same key and request replay the first answer,
   * the same key with another request is refused. The RMA, the order's counters and the key's
   * record are one transaction, so concurrent duplicates yield one RMA.
   */
  async open<T>(request: OpenRequest, idempotency: { key: string; requestHash: string }, view: (rma: Rma) => T, owner?: Owner): Promise<Replayable<T>> {
    const { rmas, book, now } = this.deps;
    return retryOnConflict(async () => {
      // The key's record, the order and the webhook routes: one call.
      const [prior, order, read] = await this.deps.readTogether([
        rmas.idempotencyRead(request.orderId, idempotency.key),
        this.deps.orders.read(request.orderId),
        this.deps.endpoints.routesRead(),
      ]);
      if (owner !== undefined) checkOwner(order, owner);
      if (prior !== null) {
        if (prior.requestHash !== idempotency.requestHash) {
          throw new DomainError('idempotency_key_reused', 'This idempotency key was used for another request.');
        }
        return { status: prior.status, body: JSON.parse(prior.body) as T };
      }
      if (order === null) throw new DomainError('not_found', 'Not found.');
      const routes = await this.deps.endpoints.routesOr(read);
      const at = now();
      const outcome = openRma(
        book,
        {
          ...request,
          rmaId: ulid(at.getTime()),
          number: await rmas.nextNumber(at),
          order: orderContext(order),
          committed: (lineId) => order.committed[lineId] ?? 0,
        },
        at,
      );
      const body = view(outcome.rma);
      await rmas.write(
        {
          rma: outcome.rma,
          previous: null,
          order: { order: applyRmaToOrder(order, null, outcome.rma, at)!, expectedVersion: order.version },
          outbox: await this.outboxOf(null, outcome, order, routes, at),
          idempotency: { ...idempotency, orderId: request.orderId, status: 201, body: JSON.stringify(body) },
        },
        at,
      );
      return { status: 201, body };
    }, 5);
  }

  /** The RMA, if it exists and (for a shopper) is of their order; otherwise 404 either way. */
  async get(rmaId: string, owner?: Owner): Promise<Rma> {
    if (owner === undefined) {
      const rma = await this.deps.rmas.get(rmaId);
      if (rma === null) throw new DomainError('not_found', 'Not found.');
      return rma;
    }
    const [rma, order] = await this.deps.readTogether([this.deps.rmas.read(rmaId), this.deps.orders.read(owner.orderId)]);
    return ownedRma(rma, order, owner).rma;
  }

  /** The shopper's order's RMAs, oldest first. */
  async listForOrder(owner: Owner): Promise<Rma[]> {
    const order = checkOwner(await this.deps.orders.get(owner.orderId), owner);
    return this.deps.rmas.getMany(order.rmaIds);
  }

  /**
   * Applies a fired timer: acts only if it is still current (state, generation, due time) and
   * due; a stale or repeated delivery changes nothing. Returns the business metrics to emit.
   */
  async applyTimer(event: RmaDeadlineDue): Promise<{ readonly outcome: 'applied' | 'stale'; readonly detail?: string; readonly metrics: readonly string[] }> {
    const { rmas, book, now } = this.deps;
    return retryOnConflict(async () => {
      const rma = await rmas.get(event.rmaId);
      if (rma === null) return { outcome: 'stale', detail: 'RMA not found', metrics: [] };
      const at = now();
      const result = applyDeadline(book, rma, event, at);
      if (result.kind === 'early') throw new NotYetDueError(`${event.kind} for ${event.rmaId} is due at ${event.dueAt}`);
      if (result.kind === 'stale') return { outcome: 'stale', detail: result.why, metrics: [] };
      const { order, routes } = await this.changeContext(rma.orderId);
      const nextOrder = applyRmaToOrder(order, rma, result.outcome.rma, at);
      await rmas.write(
        {
          rma: result.outcome.rma,
          previous: rma,
          ...(nextOrder ? { order: { order: nextOrder, expectedVersion: order.version } } : {}),
          outbox: await this.outboxOf(rma, result.outcome, order, routes, at),
        },
        at,
      );
      return { outcome: 'applied', metrics: result.outcome.metrics };
    });
  }

  /**
   * Records a pending evidence file within the policy's limits; the caller then presigns its
   * upload as of `requestedAt`, so the form expires when the slot stops counting.
   */
  async addEvidence(
    rmaId: string,
    owner: Owner,
    request: Omit<EvidenceRequest, 'evidenceId' | 'uploadExpiresAt'>,
  ): Promise<{ evidenceId: string; maxBytes: number; requestedAt: Date }> {
    const { rmas, book, now } = this.deps;
    return retryOnConflict(async () => {
      const rma = await this.get(rmaId, owner);
      const policy = book.forVersion(rma.policyVersion);
      const at = now();
      const evidenceId = ulid(at.getTime());
      const uploadExpiresAt = new Date(at.getTime() + UPLOAD_EXPIRES_SECONDS * 1000);
      await rmas.write({ rma: addEvidence(policy, rma, { ...request, evidenceId, uploadExpiresAt }, at), previous: rma }, at);
      return { evidenceId, maxBytes: policy.uploads.kinds[request.kind].maxBytes, requestedAt: at };
    });
  }

  /**
   * Applies `command` as `actor`, with the order's counters and timers in the same transaction.
   * A lost race is retried only while the RMA is still in the state the request was decided
   * for (evidence recorded, a flag set or the order's counters moved meanwhile); if another
   * command changed its state first, this one is refused: exactly one of two racing commands
   * wins, and nobody cancels an approval they have not seen.
   */
  async act(rmaId: string, command: Command, actor: Actor, owner?: Owner): Promise<Rma> {
    const { rmas, book, now } = this.deps;
    let decidedFor: Rma['status'] | undefined;
    return retryOnConflict(async () => {
      const { rma, order, routes } = await this.changeOf(rmaId, owner);
      if (decidedFor !== undefined && rma.status !== decidedFor) {
        throw new DomainError('invalid_state', `The RMA became ${rma.status} while this request was applied; nothing was changed.`, {
          rmaStatus: rma.status,
        });
      }
      decidedFor = rma.status;
      const at = now();
      const outcome = transition(book, rma, command, { actor, order: orderContext(order), now: at });
      const nextOrder = applyRmaToOrder(order, rma, outcome.rma, at);
      await rmas.write(
        {
          rma: outcome.rma,
          previous: rma,
          ...(nextOrder ? { order: { order: nextOrder, expectedVersion: order.version } } : {}),
          outbox: await this.outboxOf(rma, outcome, order, routes, at),
        },
        at,
      );
      return outcome.rma;
    });
  }
}

/** The service over one table with the default policy book: how every runtime assembles it. */
export function createRmaService(ddb: DynamoDBDocumentClient, tableName: string, now: Clock): RmaService {
  const endpoints = new WebhookEndpointStore(ddb, tableName);
  return new RmaService({
    book: policyBook(defaultPolicy),
    orders: new OrderStore(ddb, tableName),
    rmas: new RmaStore(ddb, tableName),
    endpoints,
    events: new RmaEvents(endpoints),
    readTogether: (reads) => readTogether(ddb, tableName, reads),
    now,
  });
}
