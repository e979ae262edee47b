/** Storefront server API: orders and deliveries, HMAC-signed (api.md, "Storefront endpoints"). */
import type { Logger } from '@aws-lambda-powertools/logger';
import type * as z from 'zod/mini';
import type { OrderStore } from '../../shared/adapters/order-store.js';
import { retryOnConflict } from '../../shared/adapters/transact.js';
import { scheduleMessages } from '../../shared/adapters/outbox.js';
import type { SessionStore } from '../../shared/adapters/session-store.js';
import { orderIdParam } from '../../shared/api/fields.js';
import type { orderSchema } from '../../shared/api/schemas.js';
import { deliveryInputSchema, orderInputSchema, storefrontSessionInputSchema } from '../../shared/api/storefront-requests.js';
import { DomainError } from '../../shared/domain/errors.js';
import { type Order, recordDelivery, upsertOrder } from '../../shared/domain/order.js';
import type { Policy } from '../../shared/domain/policy/book.js';
import { httpApi, json } from '../../shared/http/api.js';
import { parseJsonBody, pathParam, rawBody } from '../../shared/http/request.js';
import { storefrontSignature } from '../../shared/http/storefront-signature.js';
import type { Clock } from '../../shared/runtime.js';

export interface StorefrontApiDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly policy: Policy;
  readonly orders: OrderStore;
  readonly sessions: SessionStore;
  readonly storefrontSecret: () => Promise<string>;
}

export function orderView(order: Order): z.input<typeof orderSchema> {
  return {
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    customer: order.customer,
    currency: order.currency,
    invoicedAt: order.invoicedAt,
    lines: [...order.lines],
    deliveredAt: order.deliveredAt,
    acceptanceClosesAt: order.acceptance?.closesAt ?? null,
    acceptedAt: order.acceptance?.acceptedAt ?? null,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
  };
}

export function createStorefrontApi(deps: StorefrontApiDeps) {
  const { now, orders, sessions, policy } = deps;
  return httpApi({
    logger: deps.logger,
    middlewares: [storefrontSignature({ secret: deps.storefrontSecret, now })],
    routes: {
      'PUT /v1/storefront/orders/{orderId}': async (event) => {
        const orderId = pathParam(event, 'orderId', orderIdParam);
        const input = parseJsonBody(orderInputSchema, rawBody(event));
        const change = await retryOnConflict(async () => {
          const existing = await orders.get(orderId);
          const at = now();
          const result = upsertOrder(existing, orderId, input, at);
          if (result.changed) await orders.save({ order: result.order, expectedVersion: existing?.version ?? null }, at);
          return result;
        });
        return json(change.created ? 201 : 200, orderView(change.order));
      },

      'POST /v1/storefront/orders/{orderId}/delivery': async (event) => {
        const orderId = pathParam(event, 'orderId', orderIdParam);
        const { deliveredAt } = parseJsonBody(deliveryInputSchema, rawBody(event));
        const order = await retryOnConflict(async () => {
          const existing = await orders.get(orderId);
          if (existing === null) throw new DomainError('order_not_found', `Order ${orderId} is not known.`);
          const at = now();
          const change = recordDelivery(existing, new Date(deliveredAt), policy, at);
          if (change.changed) {
            await orders.save(
              {
                order: change.order,
                expectedVersion: existing.version,
                outbox: scheduleMessages(change.schedules),
              },
              at,
            );
          }
          return change.order;
        });
        return json(200, orderView(order));
      },

      'POST /v1/storefront/sessions': async (event) => {
        const { orderId } = parseJsonBody(storefrontSessionInputSchema, rawBody(event));
        if ((await orders.get(orderId)) === null) throw new DomainError('order_not_found', `Order ${orderId} is not known.`);
        return json(201, { ...(await sessions.create(orderId, now())), orderId });
      },
    },
  });
}
