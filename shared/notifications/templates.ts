/**
 * Every email of lifecycle.md ("Notifications"), built from one description per template that
 * renders to both the plain-text and the HTML part. Pure: the RMA, the order's customer and the
 * policy go in, the message comes out.
 *
 * Safety: every value is escaped in HTML; the subject and the addresses are single header lines,
 * so any CR/LF or other control character in them is removed (no header injection), and user
 * text never goes into a subject at all.
 */
import type { Policy } from '../domain/policy/book.js';
import type { EmailTemplate, Notification, Rma } from '../domain/rma.js';
import { formatMoney } from '../domain/money.js';

export interface EmailContext {
  readonly rma: Rma;
  readonly policy: Policy;
  readonly customer: { readonly name: string; readonly email: string };
}

export interface RenderedEmail {
  readonly template: string;
  readonly to: readonly string[];
  readonly replyTo: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** A piece of an email body; each renders to text and to HTML. */
type Block =
  | { readonly p: string }
  | { readonly facts: readonly (readonly [label: string, value: string])[] }
  | { readonly pre: string };

interface Draft {
  readonly subject: string;
  /** Falsy entries are left out, so optional parts read as `condition && block`. */
  readonly blocks: readonly (Block | false | null | undefined | '')[];
}

/** One header line: control characters (CR, LF, ...) become spaces, runs of space collapse. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One formatter per zone: making one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/** The parts of an instant's reading in a time zone (English names, 24-hour clock). */
function readingIn(instant: Date, timeZone: string): Record<'weekday' | 'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    formats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value])) as ReturnType<typeof readingIn>;
}

/** A deadline in the customer's terms: the seller's local time, and UTC ("Tue 24 Nov 2026, 16:00 (Asia/Shanghai time) = 2026-11-24 08:00 UTC"). */
export function formatInstant(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  const local = readingIn(instant, timeZone);
  const utc = instant.toISOString();
  return `${local.weekday} ${local.day} ${local.month} ${local.year}, ${local.hour}:${local.minute} (${timeZone} time) = ${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

export { formatMoney };

function render(draft: Draft): { subject: string; text: string; html: string } {
  const blocks = draft.blocks.filter((b): b is Block => Boolean(b));
  const text = blocks
    .map((b) => ('p' in b ? b.p : 'pre' in b ? b.pre : b.facts.map(([k, v]) => `${k}: ${v}`).join('\n')))
    .join('\n\n');
  const html = blocks
    .map((b) =>
      'p' in b
        ? `<p>${escapeHtml(b.p)}</p>`
        : 'pre' in b
          ? `<pre>${escapeHtml(b.pre)}</pre>`
          : `<table>${b.facts.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`,
    )
    .join('\n');
  return {
    subject: headerSafe(draft.subject),
    text: `${text}\n`,
    html: `<!doctype html>\n<html><body>\n${html}\n</body></html>\n`,
  };
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
  const draft = drafts(ctx)[notification.template];
  const to = { customer: ctx.customer.email, ops: ctx.policy.contacts.sales, refunds: ctx.policy.contacts.refunds }[notification.to];
  return {
    template: notification.template,
    to: [headerSafe(to)],
    // The refunds desk answers the customer directly.
    replyTo: notification.to === 'refunds' ? [headerSafe(ctx.customer.email)] : [],
    ...render(draft()),
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
    }),
  };
}
