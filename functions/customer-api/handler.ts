/** Shopper API and the public meta endpoints (api.md, "Customer endpoints", "Meta endpoints"). */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Probe } from '../../shared/adapters/health.js';
import { UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../shared/http/problem.js';
import type * as z from 'zod/mini';
import type { OrderStore } from '../../shared/adapters/order-store.js';
import type { SessionStore } from '../../shared/adapters/session-store.js';
import { buildOpenApi } from '../../shared/api/openapi.js';
import { rmaView } from '../../shared/api/rma-view.js';
import type { EvidenceBucket } from '../../shared/adapters/evidence-bucket.js';
import { evidenceKey } from '../../shared/adapters/evidence-keys.js';
import { createRmaSchema, evidenceRequestSchema, idempotencyKeySchema, inquirySchema, sessionInputSchema } from '../../shared/api/customer-requests.js';
import { orderIdParam, rmaIdParam, shipmentSchema } from '../../shared/api/fields.js';
import type { customerOrderSchema } from '../../shared/api/schemas.js';
import type { Owner, RmaService } from '../../shared/app/rma-service.js';
import { orderEligibility } from '../../shared/domain/eligibility.js';
import { DomainError } from '../../shared/domain/errors.js';
import type { Order } from '../../shared/domain/order.js';
import type { Policy } from '../../shared/domain/policy/book.js';
import type { Actor } from '../../shared/domain/rma.js';
import { normalise, requireLiveSession, signInBlockedFor, signInLimit, type SignInScope } from '../../shared/domain/session.js';
import { httpApi, json } from '../../shared/http/api.js';
import { customerSession, requireSameOrder } from '../../shared/http/customer-auth.js';
import { requestHash } from '../../shared/http/canonical.js';
import { header, parseJsonBody, parseWith, pathParam, rawBody } from '../../shared/http/request.js';
import type { Clock } from '../../shared/runtime.js';

export interface CustomerApiDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly policy: Policy;
  readonly orders: OrderStore;
  readonly sessions: SessionStore;
  readonly rmaService: RmaService;
  /** Only its presigning: the S3 client behind it may be loaded on first use (functions' index.ts). */
  readonly evidenceBucket: Pick<EvidenceBucket, 'presignUpload'>;
  /** Whether the table answers (health). */
  readonly tableAnswers: Probe;
}

const CUSTOMER: Actor = { kind: 'customer' };

export function customerOrderView(order: Order, policy: Policy, now: Date): z.input<typeof customerOrderSchema> {
  const facts = { ...order, invoicedAt: new Date(order.invoicedAt), deliveredAt: order.deliveredAt === null ? null : new Date(order.deliveredAt) };
  const eligibility = orderEligibility(policy, facts, now);
  return {
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    invoicedAt: order.invoicedAt,
    deliveredAt: order.deliveredAt,
    lines: order.lines.map((line, i) => {
      const { returnable, reasons } = eligibility[i]!;
      return {
        lineId: line.lineId,
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        returnableQuantity: returnable,
        reasons: Object.fromEntries(
          Object.entries(reasons).map(([reason, e]) => [
            reason,
            { eligible: e.eligible, closesAt: e.closesAt?.toISOString() ?? null, ...(e.code ? { code: e.code } : {}) },
          ]),
        ) as z.input<typeof customerOrderSchema>['lines'][number]['reasons'],
      };
    }),
  };
}

export function createCustomerApi(deps: CustomerApiDeps) {
  const { now, orders, sessions, policy, rmaService, evidenceBucket } = deps;
  const session = (event: Parameters<typeof customerSession>[1]) => customerSession(sessions, event, now());
  /** The shopper asking: their session's order, and when it was issued (checked against the order where it is read). */
  const owner = async (event: Parameters<typeof customerSession>[1]): Promise<Owner> => {
    const { orderId, issuedAt } = await session(event);
    return { orderId, sessionIssuedAt: issuedAt };
  };
  let openApi: Record<string, unknown> | undefined;
  return httpApi({
    logger: deps.logger,
    routes: {
      'GET /v1/health': async () => {
        if (await deps.tableAnswers()) return json(200, { status: 'ok', checks: { table: 'ok' } });
        return json(503, { status: 'unavailable', checks: { table: 'unavailable' } }, { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
      },
      'GET /v1/policy': async () => json(200, policy, { 'cache-control': 'public, max-age=300' }),
      'GET /v1/openapi.json': async () => {
        openApi ??= buildOpenApi();
        return json(200, openApi, { 'cache-control': 'public, max-age=300' });
      },

      'POST /v1/sessions': async (event) => {
        const { orderNumber, email } = parseJsonBody(sessionInputSchema, rawBody(event));
        const at = now();
        // Failed sign-ins count per order number and per source address (api.md, "Customer endpoints").
        const scopes: SignInScope[] = [
          { kind: 'orderNumber', value: orderNumber },
          { kind: 'source', value: event.requestContext.http.sourceIp },
        ];
        for (const scope of scopes) {
          const retryAfterSeconds = signInBlockedFor(await sessions.failures(scope), signInLimit(scope), at);
          if (retryAfterSeconds !== null) {
            throw new DomainError(
              'rate_limited',
              scope.kind === 'orderNumber'
                ? 'Too many failed attempts for this order number. Try again later.'
                : 'Too many failed sign-in attempts from this address. Try again later.',
              { retryAfterSeconds },
            );
          }
        }
        const order = (await orders.findByOrderNumber(orderNumber)).find((o) => normalise(o.customer.email) === normalise(email));
        if (order === undefined) {
          await Promise.all(scopes.map((scope) => sessions.recordFailure(scope, at)));
          // The same answer for an unknown order and a wrong email: nothing to learn by guessing.
          throw new DomainError('order_not_found', 'No order matches this order number and email.');
        }
        return json(201, { ...(await sessions.create(order.orderId, at)), orderId: order.orderId });
      },

      'GET /v1/orders/{orderId}': async (event) => {
        const at = now();
        const { orderId: sessionOrderId, issuedAt } = await session(event);
        const orderId = pathParam(event, 'orderId', orderIdParam);
        requireSameOrder(sessionOrderId, orderId);
        const order = await orders.get(orderId);
        if (order === null) throw new DomainError('not_found', 'Not found.');
        requireLiveSession(order, issuedAt);
        return json(200, customerOrderView(order, policy, at));
      },

      'POST /v1/rmas': async (event) => {
        const shopper = await owner(event);
        const key = parseWith(idempotencyKeySchema, header(event, 'idempotency-key'), 'idempotency-key', 'idempotency-key');
        const request = parseJsonBody(createRmaSchema, rawBody(event));
        requireSameOrder(shopper.orderId, request.orderId);
        const reply = await rmaService.open(request, { key, requestHash: requestHash(request) }, rmaView, shopper);
        return json(reply.status, reply.body);
      },

      'GET /v1/rmas': async (event) => {
        return json(200, { items: (await rmaService.listForOrder(await owner(event))).map(rmaView) });
      },

      'GET /v1/rmas/{rmaId}': async (event) => {
        const shopper = await owner(event);
        return json(200, rmaView(await rmaService.get(pathParam(event, 'rmaId', rmaIdParam), shopper)));
      },

      'POST /v1/rmas/{rmaId}/cancel': async (event) => {
        const shopper = await owner(event);
        return json(200, rmaView(await rmaService.act(pathParam(event, 'rmaId', rmaIdParam), { type: 'cancel' }, CUSTOMER, shopper)));
      },

      'POST /v1/rmas/{rmaId}/evidence': async (event) => {
        const shopper = await owner(event);
        const rmaId = pathParam(event, 'rmaId', rmaIdParam);
        const request = parseJsonBody(evidenceRequestSchema, rawBody(event));
        const { evidenceId, maxBytes, requestedAt } = await rmaService.addEvidence(rmaId, shopper, request);
        const upload = await evidenceBucket.presignUpload(evidenceKey(rmaId, evidenceId), request.contentType, request.size, requestedAt);
        return json(201, { evidenceId, status: 'pending', maxBytes, upload });
      },

      'POST /v1/rmas/{rmaId}/submit': async (event) => {
        const shopper = await owner(event);
        return json(200, rmaView(await rmaService.act(pathParam(event, 'rmaId', rmaIdParam), { type: 'submit' }, CUSTOMER, shopper)));
      },

      'POST /v1/rmas/{rmaId}/shipment': async (event) => {
        const shopper = await owner(event);
        const rmaId = pathParam(event, 'rmaId', rmaIdParam);
        const shipment = parseJsonBody(shipmentSchema, rawBody(event));
        return json(200, rmaView(await rmaService.act(rmaId, { type: 'ship', ...shipment }, CUSTOMER, shopper)));
      },

      'POST /v1/rmas/{rmaId}/inquiries': async (event) => {
        const shopper = await owner(event);
        const rmaId = pathParam(event, 'rmaId', rmaIdParam);
        const { message } = parseJsonBody(inquirySchema, rawBody(event));
        await rmaService.act(rmaId, { type: 'inquire', message }, CUSTOMER, shopper);
        return { status: 202 };
      },
    },
  });
}
