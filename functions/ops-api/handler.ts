/** Ops staff API (api.md, "Ops endpoints"): the JWT is verified at the gateway, the group here. */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { EvidenceBucket } from '../../shared/adapters/evidence-bucket.js';
import { evidenceKey } from '../../shared/adapters/evidence-keys.js';
import type { OrderStore } from '../../shared/adapters/order-store.js';
import type { OutboxStore } from '../../shared/adapters/outbox.js';
import type { RmaQueries } from '../../shared/adapters/rma-queries.js';
import { opsRmaView, rmaView } from '../../shared/api/rma-view.js';
import { rmaIdParam } from '../../shared/api/fields.js';
import {
  collectionSchema,
  decisionSchema,
  deliveriesQuerySchema,
  deliveryIdParam,
  endpointIdParam,
  webhookEndpointInputSchema,
  inspectionSchema,
  messageIdParam,
  opsOutboxQuerySchema,
  opsQueueQuerySchema,
  receiptSchema,
  reportQuerySchema,
  rmaExportQuerySchema,
  resolutionSchema,
  rmaRefParam,
} from '../../shared/api/ops-requests.js';
import { orderContext, type RmaService } from '../../shared/app/rma-service.js';
import type { WebhookService } from '../../shared/app/webhooks.js';
import { type Command, paidFor } from '../../shared/domain/lifecycle.js';
import type { Policy } from '../../shared/domain/policy/book.js';
import { returnsReport } from '../../shared/domain/report.js';
import type { Actor } from '../../shared/domain/rma.js';
import { localDays } from '../../shared/domain/time.js';
import { httpApi, json } from '../../shared/http/api.js';
import { opsActor, requireOpsGroup } from '../../shared/http/ops-auth.js';
import { parseJsonBody, parseWith, pathParam, rawBody } from '../../shared/http/request.js';
import type { Clock } from '../../shared/runtime.js';
import { DomainError } from '../../shared/domain/errors.js';

export interface OpsApiDeps {
  readonly now: Clock;
  readonly logger: Logger;
  readonly opsGroup: string;
  /** The policy in force: its time zone counts a report's days. */
  readonly policy: Policy;
  readonly queries: RmaQueries;
  readonly orders: OrderStore;
  readonly rmaService: RmaService;
  /** Only its presigning: the S3 client behind it may be loaded on first use (functions' index.ts). */
  readonly evidenceBucket: Pick<EvidenceBucket, 'presignDownload'>;
  readonly outbox: OutboxStore;
  readonly webhooks: WebhookService;
}

type OpsEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

export function createOpsApi(deps: OpsApiDeps) {
  const { now, logger, opsGroup, policy, queries, orders, rmaService, evidenceBucket, outbox, webhooks } = deps;
  const endpointIdOf = (event: OpsEvent) => pathParam(event, 'endpointId', endpointIdParam);
  const actorOf = (event: OpsEvent): Actor => ({ kind: 'ops', ...opsActor(event, opsGroup) });
  const rmaIdOf = (event: OpsEvent) => pathParam(event, 'rmaId', rmaIdParam);
  /** Applies an ops command to the RMA of the path; the answer is the RMA resource. */
  const act = async (event: OpsEvent, command: Command) => json(200, rmaView(await rmaService.act(rmaIdOf(event), command, actorOf(event))));

  return httpApi<OpsEvent>({
    logger: deps.logger,
    middlewares: [requireOpsGroup({ group: opsGroup })],
    routes: {
      'GET /v1/ops/summary': async () => json(200, await queries.summary()),

      'GET /v1/ops/reports/returns': async (event) => {
        const { from, to } = parseWith(reportQuerySchema, event.queryStringParameters ?? {}, 'Query', 'query');
        const { timeZone } = policy;
        const rmas = await queries.allOpenedBetween(localDays(from, to, timeZone));
        const ordersOf = new Map((await orders.getMany([...new Set(rmas.map((r) => r.orderId))])).map((o) => [o.orderId, o]));
        const report = returnsReport(rmas, (rma, lineId) => ordersOf.get(rma.orderId)?.lines.find((l) => l.lineId === lineId) ?? null);
        return json(200, { from, to, timeZone, ...report });
      },

      'GET /v1/ops/reports/rmas': async (event) => {
        const query = parseWith(rmaExportQuerySchema, event.queryStringParameters ?? {}, 'Query', 'query');
        const page = await queries.openedBetween(localDays(query.from, query.to, policy.timeZone), query.limit, query.cursor);
        return json(200, { items: page.items.map(rmaView), nextCursor: page.nextCursor });
      },

      'GET /v1/ops/rmas': async (event) => {
        const query = parseWith(opsQueueQuerySchema, event.queryStringParameters ?? {}, 'Query', 'query');
        const search = query.number ? { number: query.number } : query.orderNumber ? { orderNumber: query.orderNumber } : query.email ? { email: query.email } : undefined;
        if (search) return json(200, { items: (await queries.search(search)).map(rmaView), nextCursor: null });
        const page = await queries.queue({
          ...(query.status ? { status: query.status } : {}),
          ...(query.slaBreached ? { slaBreached: query.slaBreached === 'true' } : {}),
          limit: query.limit,
          ...(query.cursor ? { cursor: query.cursor } : {}),
        });
        return json(200, { items: page.items.map(rmaView), nextCursor: page.nextCursor });
      },

      'GET /v1/ops/rmas/{rmaId}': async (event) => {
        const ref = pathParam(event, 'rmaId', rmaRefParam);
        const [rma] = rmaIdParam.safeParse(ref).success ? [await rmaService.get(ref)] : await queries.search({ number: ref });
        if (rma === undefined) throw new DomainError('not_found', 'Not found.');
        const order = await orders.get(rma.orderId);
        if (order === null) throw new Error(`RMA ${rma.rmaId} refers to a missing order ${rma.orderId}`);
        const at = now();
        const downloads = new Map(
          await Promise.all(
            rma.evidence
              .filter((e) => e.status === 'verified')
              .map(async (e) => [e.evidenceId, await evidenceBucket.presignDownload(evidenceKey(rma.rmaId, e.evidenceId), e, at)] as const),
          ),
        );
        return json(
          200,
          opsRmaView(rma, {
            customer: { name: order.customer.name, email: order.customer.email },
            maxRefund: { amount: paidFor(orderContext(order), rma.lines), currency: order.currency },
            order: {
              orderNumber: order.orderNumber,
              currency: order.currency,
              invoicedAt: order.invoicedAt,
              deliveredAt: order.deliveredAt,
              lines: order.lines.map(({ lineId, sku, name, quantity, unitPrice }) => ({ lineId, sku, name, quantity, unitPrice })),
            },
            downloads,
          }),
        );
      },

      'POST /v1/ops/rmas/{rmaId}/decision': async (event) => {
        const body = parseJsonBody(decisionSchema, rawBody(event));
        if (body.decision === 'reject') return act(event, { type: 'reject', note: body.note });
        return act(event, {
          type: 'approve',
          note: body.note,
          ...(body.returnMethod ? { method: body.returnMethod } : {}),
          ...(body.shipBy ? { shipBy: new Date(body.shipBy) } : {}),
        });
      },

      'POST /v1/ops/rmas/{rmaId}/collection': async (event) => act(event, { type: 'collect', ...parseJsonBody(collectionSchema, rawBody(event)) }),

      'POST /v1/ops/rmas/{rmaId}/receipt': async (event) => {
        const { note } = parseJsonBody(receiptSchema, rawBody(event) || '{}');
        return act(event, { type: 'receive', ...(note ? { note } : {}) });
      },

      'POST /v1/ops/rmas/{rmaId}/inspection': async (event) => {
        const { result, note, intact } = parseJsonBody(inspectionSchema, rawBody(event));
        return act(event, { type: 'inspect', result, note, ...(intact === undefined ? {} : { intact }) });
      },

      'POST /v1/ops/rmas/{rmaId}/resolution': async (event) => {
        return act(event, parseJsonBody(resolutionSchema, rawBody(event)));
      },

      'GET /v1/ops/outbox': async (event) => {
        const query = parseWith(opsOutboxQuerySchema, event.queryStringParameters ?? {}, 'Query', 'query');
        const page = await outbox.list(query.status, { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) });
        return json(200, { items: page.items, nextCursor: page.cursor ?? null });
      },

      'POST /v1/ops/outbox/{messageId}/retry': async (event) => {
        const messageId = pathParam(event, 'messageId', messageIdParam);
        const at = now();
        const requeued = await outbox.requeue(messageId, at);
        if (requeued === null) throw new DomainError('not_found', 'No such outbox message.');
        if (!requeued) throw new DomainError('invalid_state', 'Only a failed message can be retried; this one is pending or delivered.');
        logger.info('Outbox message put back in line', { messageId, actor: opsActor(event, opsGroup) });
        return json(202, { messageId, status: 'pending', nextAttemptAt: at.toISOString() });
      },

      'POST /v1/ops/webhook-endpoints': async (event) => {
        const created = await webhooks.register(parseJsonBody(webhookEndpointInputSchema, rawBody(event)));
        logger.info('Webhook endpoint registered', { endpointId: created.endpointId, url: created.url, actor: opsActor(event, opsGroup) });
        return json(201, created);
      },

      'GET /v1/ops/webhook-endpoints': async () => json(200, { items: await webhooks.list() }),

      'DELETE /v1/ops/webhook-endpoints/{endpointId}': async (event) => {
        const endpointId = endpointIdOf(event);
        await webhooks.delete(endpointId);
        logger.info('Webhook endpoint deleted', { endpointId, actor: opsActor(event, opsGroup) });
        return { status: 204 };
      },

      'POST /v1/ops/webhook-endpoints/{endpointId}/rotate-secret': async (event) => {
        const endpointId = endpointIdOf(event);
        const rotated = await webhooks.rotate(endpointId);
        logger.info('Webhook secret rotated', { endpointId, previousSecretExpiresAt: rotated.previousSecretExpiresAt, actor: opsActor(event, opsGroup) });
        return json(200, rotated);
      },

      'POST /v1/ops/webhook-endpoints/{endpointId}/test': async (event) => json(202, await webhooks.test(endpointIdOf(event))),

      'POST /v1/ops/webhook-endpoints/{endpointId}/enable': async (event) => json(200, await webhooks.enable(endpointIdOf(event))),

      'GET /v1/ops/webhook-endpoints/{endpointId}/deliveries': async (event) => {
        const query = parseWith(deliveriesQuerySchema, event.queryStringParameters ?? {}, 'Query', 'query');
        return json(200, await webhooks.deliveries(endpointIdOf(event), { limit: query.limit, ...(query.status ? { status: query.status } : {}), ...(query.cursor ? { cursor: query.cursor } : {}) }));
      },

      'POST /v1/ops/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry': async (event) => {
        const endpointId = endpointIdOf(event);
        const deliveryId = pathParam(event, 'deliveryId', deliveryIdParam);
        const requeued = await webhooks.retryDelivery(endpointId, deliveryId);
        logger.info('Webhook delivery put back in line', { endpointId, deliveryId, actor: opsActor(event, opsGroup) });
        return json(202, requeued);
      },
    },
  });
}
