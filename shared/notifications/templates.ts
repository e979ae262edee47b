/**
 * Every email of lifecycle.md ("Notifications"), built from one description per template that
 * renders to both the plain-text and the HTML part (./render.ts). Pure: the RMA, the order's
 * customer and the policy go in, the message comes out. The customer's emails are in English or,
 * when the order's `customer.locale` is Chinese, in Simplified Chinese (./templates-zh.ts);
 * ops and the refunds desk read English.
 */
import type { Policy } from '../domain/policy/book.js';
import type { EmailTemplate, Notification } from '../domain/rma.js';
import { formatMoney } from '../domain/money.js';
import { type Draft, type EmailContext, formatInstant, headerSafe, render, type RenderedEmail } from './render.js';
import { zhCustomerDrafts } from './templates-zh.js';

export { escapeHtml, formatInstant, formatInstantZh, headerSafe, type EmailContext, type RenderedEmail } from './render.js';
export { formatMoney };

/** The emails a customer receives (the others go to ops or the refunds desk). */
export type CustomerTemplate = Exclude<EmailTemplate, `ops_${string}` | 'refund_inquiry'>;

/** The language of a customer's emails: Simplified Chinese for any Chinese locale (`zh`, `zh-CN`, `zh-Hans-SG`, ...), else English. */
export function emailLanguage(locale: string | undefined): 'en' | 'zh-CN' {
  return locale !== undefined && /^zh(-|$)/i.test(locale) ? 'zh-CN' : 'en';
}

function whatToUpload(ctx: EmailContext): string[] {
  const rule = ctx.policy.reasons[ctx.rma.reason].evidence;
  const files = rule.files.map((g) => `at least ${g.min} ${g.anyOf.join(' or ').replace(/_/g, ' ')}`);
  const text = rule.explanation;
  const explanation =
    text === null
      ? []
      : [`a short explanation (at least ${text.minLength} characters)${text.orFileOf.length > 0 ? ` or a ${text.orFileOf.join(' or ').replace(/_/g, ' ')}` : ''}`];
  return [...files, ...explanation];
}

function drafts(ctx: EmailContext): Record<EmailTemplate, () => Draft> {
  const { rma, policy, customer } = ctx;
  const when = (iso: string | null) => (iso === null ? 'not set' : formatInstant(iso, policy.timeZone));
  const n = rma.number;
  const label = policy.reasons[rma.reason].label;
  const hello = { p: `Hello ${customer.name},` };
  const signOff = { p: `Your return ${n}. Questions? Reply to this email or write to ${policy.contacts.sales}.` };
  // The address given on approval (method `ship`), exactly as the RMA records it.
  const address = rma.returnInstructions?.address ?? null;
  const ops = (subject: string, ...blocks: Draft['blocks']): Draft => ({
    subject: `[${n}] ${subject}`,
    blocks: [...blocks, { facts: [['RMA', n], ['Order', rma.orderId], ['Reason', label], ['Status', rma.status]] }],
  });
  return {
    rma_opened: () => ({
      subject: `Return ${n} opened: please upload your evidence`,
      blocks: [
        hello,
        { p: `We have your return request ${n} (${label}). To continue, upload:` },
        { pre: whatToUpload(ctx).map((w) => `- ${w}`).join('\n') },
        { facts: [['Evidence by', when(rma.deadlines.evidenceBy)]] },
        { p: 'Then submit the return. A return still waiting for evidence after this time expires.' },
        signOff,
      ],
    }),
    rma_submitted: () => ({
      subject: `Return ${n} submitted`,
      blocks: [hello, { p: `Thank you: return ${n} is submitted with its evidence.` }, { facts: [['Our decision by', when(rma.deadlines.decisionDueBy)]] }, signOff],
    }),
    rma_approved: () => {
      const method = rma.returnInstructions?.method;
      const held = policy.reasons[rma.reason].holdUntilInstructed;
      return {
        subject: `Return ${n} approved`,
        blocks: [
          hello,
          { p: `Your return ${n} is approved.` },
          method === 'ship' && held && { p: 'You may now ship the damaged item: the "do not ship" hold is released.' },
          method === 'ship' && { p: 'Please send the item(s) to:' },
          method === 'ship' && address !== null && { pre: address },
          method === 'ship' && { facts: [['Ship by', when(rma.deadlines.shipBy)]] },
          method === 'ship' && { p: 'Then enter the carrier and tracking number in your return. A return not shipped by this time expires.' },
          method === 'collection' && { p: 'We will collect the item(s) from you; our carrier will contact you. Please do not ship anything yourself.' },
          method === 'none' && { p: 'You do not need to send anything back. We will resolve your return within 2 days.' },
          rma.decisionNote && { facts: [['Note from our team', rma.decisionNote]] },
          signOff,
        ],
      };
    },
    rma_rejected: () => ({
      subject: `Return ${n}: not approved`,
      blocks: [hello, { p: `We are sorry: return ${n} was not approved.` }, { facts: [['Why', rma.decisionNote ?? '']] }, signOff],
    }),
    rma_ship_reminder: () => ({
      subject: `Reminder: ship return ${n}`,
      blocks: [hello, { p: `Return ${n} is approved but we have no tracking number yet.` }, address !== null && { pre: address }, { facts: [['Ship by', when(rma.deadlines.shipBy)]] }, signOff],
    }),
    rma_expired: () => {
      const shipBy = rma.timeline.at(-1)?.type === 'expired_ship_by';
      return {
        subject: `Return ${n} expired`,
        blocks: [
          hello,
          {
            p: shipBy
              ? `Return ${n} expired: the item was not shipped by ${when(rma.deadlines.shipBy)}.`
              : `Return ${n} expired: the evidence was not submitted by ${when(rma.deadlines.evidenceBy)}.`,
          },
          signOff,
        ],
      };
    },
    rma_in_transit: () => ({
      subject: `Return ${n} is on its way`,
      blocks: [hello, { p: `We have the tracking details of return ${n}.` }, rma.shipment && { facts: [['Carrier', rma.shipment.carrier], ['Tracking number', rma.shipment.trackingNumber]] }, signOff],
    }),
    rma_received: () => ({
      subject: `Return ${n} received`,
      blocks: [hello, { p: `Our warehouse has received return ${n}. We will inspect it next.` }, signOff],
    }),
    rma_inspection_result: () => {
      const passed = rma.inspection?.result === 'pass';
      return {
        subject: `Return ${n}: inspection ${passed ? 'passed' : 'failed'}`,
        blocks: [
          hello,
          {
            p: passed
              ? `Return ${n} passed inspection. We will issue your ${rma.preferredResolution} by ${when(rma.deadlines.resolutionDueBy)}.`
              : `Return ${n} did not pass inspection, so we cannot refund or exchange it.`,
          },
          rma.inspection && { facts: [['Inspection note', rma.inspection.note]] },
          signOff,
        ],
      };
    },
    rma_refunded: () => {
      const r = rma.resolution?.type === 'refund' ? rma.resolution : null;
      return {
        subject: `Return ${n}: refund issued`,
        blocks: [
          hello,
          { p: `We have issued the refund for return ${n}.` },
          r && { facts: [['Amount', formatMoney(r.amount, r.currency)], ['Reference', r.reference], ['Date', when(r.at)]] },
          {
            p: `If you haven't received the refund yet, first check with your bank or card issuer; if it still has not arrived, contact us at ${policy.contacts.refunds} with the reference above.`,
          },
          signOff,
        ],
      };
    },
    rma_exchanged: () => {
      const r = rma.resolution?.type === 'exchange' ? rma.resolution : null;
      return {
        subject: `Return ${n}: replacement shipped`,
        blocks: [
          hello,
          { p: `We have shipped the replacement for return ${n}.` },
          r && { facts: [['Reference', r.reference], ['Carrier', r.carrier], ['Tracking number', r.trackingNumber]] },
          signOff,
        ],
      };
    },
    rma_cancelled: () => ({
      subject: `Return ${n} cancelled`,
      blocks: [hello, { p: `Return ${n} is cancelled. The items can be returned again while their return window is open.` }, signOff],
    }),
    ops_new_submission: () =>
      ops('New return submitted', { p: `${n} was submitted and waits for a decision.` }, { facts: [['Decide by', when(rma.deadlines.decisionDueBy)]] }),
    ops_customer_shipped: () =>
      ops(
        'Customer shipped the return',
        { p: `The customer shipped ${n}.` },
        rma.shipment && { facts: [['Carrier', rma.shipment.carrier], ['Tracking number', rma.shipment.trackingNumber]] },
      ),
    ops_decision_sla_breach: () =>
      ops('Decision SLA breached', { p: `${n} has waited for a decision since ${when(rma.submittedAt)}; it was due ${when(rma.deadlines.decisionDueBy)}.` }),
    ops_refund_sla_breach: () =>
      ops('Refund SLA breached', { p: `${n} was due to be resolved by ${when(rma.deadlines.resolutionDueBy)} (the 2-day refund promise) and is not.` }),
    refund_inquiry: () => {
      const inquiry = [...rma.timeline].reverse().find((t) => t.type === 'refund_inquiry');
      return ops(
        'Refund inquiry',
        { p: `${customer.name} <${customer.email}> asks about the refund of ${n}:` },
        { pre: String(inquiry?.data?.message ?? '') },
        rma.resolution?.type === 'refund' && { facts: [['Refund reference', rma.resolution.reference], ['Refunded', when(rma.resolution.at)]] },
      );
    },
  };
}

/** Renders `notification` for this RMA, addressed by its audience. */
export function renderEmail(notification: Notification, ctx: EmailContext): RenderedEmail {
  const lang = notification.to === 'customer' ? emailLanguage(ctx.customer.locale) : 'en';
  const draft = lang === 'zh-CN' ? zhCustomerDrafts(ctx)[notification.template as CustomerTemplate] : drafts(ctx)[notification.template];
  const to = { customer: ctx.customer.email, ops: ctx.policy.contacts.sales, refunds: ctx.policy.contacts.refunds }[notification.to];
  return {
    template: notification.template,
    to: [headerSafe(to)],
    // The refunds desk answers the customer directly.
    replyTo: notification.to === 'refunds' ? [headerSafe(ctx.customer.email)] : [],
    ...render(draft(), lang),
  };
}

/** Ops' notice that a webhook endpoint was disabled (events.md, "Delivery"): to the sales desk, like every ops email. */
export function renderEndpointDisabledEmail(
  endpoint: { readonly endpointId: string; readonly url: string; readonly failingSince: string | null; readonly disabledAt: string | null },
  policy: Policy,
): RenderedEmail {
  const when = (iso: string | null) => (iso === null ? 'not set' : formatInstant(iso, policy.timeZone));
  return {
    template: 'ops_webhook_endpoint_disabled',
    to: [headerSafe(policy.contacts.sales)],
    replyTo: [],
    ...render({
      subject: 'Webhook endpoint disabled',
      blocks: [
        { p: 'Every delivery to this webhook endpoint has failed for 3 days, so it was disabled. The shop no longer hears about returns through it.' },
        { facts: [['Endpoint', endpoint.endpointId], ['URL', endpoint.url], ['Failing since', when(endpoint.failingSince)], ['Disabled', when(endpoint.disabledAt)]] },
        { p: 'Once the receiver works again: enable the endpoint (POST /v1/ops/webhook-endpoints/{endpointId}/enable) and retry its failed deliveries. See docs/operations.md, "Webhook deliveries".' },
      ],
    }, 'en'),
  };
}
