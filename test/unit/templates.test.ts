import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { EMAIL_TEMPLATES, type EmailTemplate as Template, type Notification, type Rma } from '../../shared/domain/rma.js';
import { escapeHtml, formatInstant, formatMoney, headerSafe, renderEmail } from '../../shared/notifications/templates.js';
import { apply, rmaIn } from '../support/domain.js';

const customer = { name: 'Ada Lovelace', email: 'ada@example.com' };
const render = (to: Notification['to'], template: Template, rma: Rma, who = customer) =>
  renderEmail({ to, template }, { rma, policy: defaultPolicy, customer: who });

const expired = (rma: Rma, type: string): Rma => ({ ...rma, status: 'expired', timeline: [...rma.timeline, { at: rma.updatedAt, actor: 'system', type }] });
const inquired = apply(rmaIn('resolved'), { type: 'inquire', message: 'No refund on my card yet.' }, { kind: 'customer' });

/** Every email of lifecycle.md, its audience, and what it must say. */
const EMAILS: [Template, Notification['to'], Rma, RegExp[]][] = [
  ['rma_opened', 'customer', rmaIn('awaiting_evidence'), [/upload/i, /photo/, /Evidence by: .*Asia\/Shanghai time\) = \d{4}-\d\d-\d\d \d\d:\d\d UTC/]],
  ['rma_submitted', 'customer', rmaIn('submitted'), [/Our decision by: /]],
  ['rma_approved', 'customer', rmaIn('approved'), [/No\. 328, Hengyong Road/, /Ship by: /, /approved/]],
  ['rma_approved', 'customer', rmaIn('approved', 'damaged_in_transit'), [/"do not ship" hold is released/]],
  ['rma_approved', 'customer', rmaIn('approved', 'incorrect_item'), [/We will collect/]],
  ['rma_rejected', 'customer', rmaIn('rejected'), [/not approved/, /Why: No fault found on photos\./]],
  ['rma_ship_reminder', 'customer', rmaIn('approved'), [/Ship by: /, /no tracking number yet/]],
  ['rma_expired', 'customer', expired(rmaIn('awaiting_evidence'), 'expired_evidence_by'), [/evidence was not submitted by/]],
  ['rma_expired', 'customer', expired(rmaIn('approved'), 'expired_ship_by'), [/not shipped by/]],
  ['rma_in_transit', 'customer', rmaIn('in_transit'), [/Tracking number: JD0146000011/]],
  ['rma_received', 'customer', rmaIn('received'), [/received/]],
  ['rma_inspection_result', 'customer', rmaIn('awaiting_resolution'), [/passed inspection/]],
  ['rma_inspection_result', 'customer', rmaIn('inspection_failed'), [/did not pass inspection/, /Works fine\./]],
  ['rma_refunded', 'customer', rmaIn('resolved'), [/Amount: 5\.98 USD/, /Reference: RF-1/, /haven't received the refund yet.*info@mitkco\.com/]],
  [
    'rma_exchanged',
    'customer',
    apply(rmaIn('awaiting_resolution'), { type: 'exchange', reference: 'EX-1', carrier: 'SF', trackingNumber: 'SF99999' }),
    [/Tracking number: SF99999/],
  ],
  ['rma_cancelled', 'customer', rmaIn('cancelled'), [/cancelled/]],
  ['ops_new_submission', 'ops', rmaIn('submitted'), [/Decide by: /, /Order: /]],
  ['ops_customer_shipped', 'ops', rmaIn('in_transit'), [/Tracking number: JD0146000011/]],
  ['ops_decision_sla_breach', 'ops', rmaIn('submitted'), [/due/]],
  ['ops_refund_sla_breach', 'ops', rmaIn('awaiting_resolution'), [/2-day refund promise/]],
  ['refund_inquiry', 'refunds', inquired, [/No refund on my card yet\./, /Refund reference: RF-1/]],
];

describe('the emails of lifecycle.md', () => {
  it.each(EMAILS)('%s to %s: names the RMA in subject and both parts, and says what it must', (template, to, rma, says) => {
    const email = render(to, template, rma);
    expect(email.to).toEqual([{ customer: 'ada@example.com', ops: 'sales@mitkco.com', refunds: 'info@mitkco.com' }[to]]);
    expect(email.subject).toContain('RMA-2026-000001');
    expect(email.text).toContain('RMA-2026-000001');
    expect(email.html).toContain('RMA-2026-000001');
    for (const pattern of says) expect(email.text).toMatch(pattern);
    expect(email.html).toMatch(/^<!doctype html>/);
  });

  it('covers every email the lifecycle can send', () => {
    expect(new Set(EMAILS.map(([t]) => t))).toEqual(new Set(EMAIL_TEMPLATES));
  });

  it('lets the refunds desk reply to the customer directly', () => {
    expect(render('refunds', 'refund_inquiry', inquired).replyTo).toEqual(['ada@example.com']);
    expect(render('customer', 'rma_refunded', rmaIn('resolved')).replyTo).toEqual([]);
  });
});

describe('user text in emails', () => {
  const hostile = { ...rmaIn('rejected'), decisionNote: '<script>alert(1)</script> & "quotes"\r\nBcc: victim@example.com' };

  it('is escaped in HTML', () => {
    const { html, text } = render('customer', 'rma_rejected', hostile, { name: '<b>Eve</b>', email: 'eve@example.com' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Hello &lt;b&gt;Eve&lt;/b&gt;');
    expect(text).toContain('<script>'); // plain text is inert
  });

  it('never reaches a header: CR/LF in an address is neutralised, and subjects carry no user text', () => {
    const email = render('refunds', 'refund_inquiry', inquired, { name: 'Eve\r\nBcc: x@example.com', email: 'eve@example.com\r\nBcc: x@example.com' });
    for (const header of [email.subject, ...email.to, ...email.replyTo]) expect(header).not.toMatch(/[\r\n]/);
    expect(email.replyTo).toEqual(['eve@example.com Bcc: x@example.com']);
    expect(render('customer', 'rma_rejected', hostile).subject).toBe('Return RMA-2026-000001: not approved');
    expect(headerSafe('a\r\nb\u2028c\td')).toBe('a b c d');
  });
});

describe('formats in the customer’s terms', () => {
  it('gives a deadline in the seller’s time zone and in UTC', () => {
    expect(formatInstant('2026-12-01T15:59:59.999Z', 'Asia/Shanghai')).toBe('Tue 1 Dec 2026, 23:59 (Asia/Shanghai time) = 2026-12-01 15:59 UTC');
    expect(formatInstant('2026-09-06T16:05:00.000Z', 'Asia/Shanghai')).toBe('Mon 7 Sep 2026, 00:05 (Asia/Shanghai time) = 2026-09-06 16:05 UTC');
  });

  it('reads any instant in any zone as luxon does (the library it replaced, as the oracle)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.constantFrom('Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC'),
        (instant, zone) => {
          const iso = instant.toISOString();
          const local = DateTime.fromISO(iso, { zone });
          const utc = DateTime.fromISO(iso, { zone: 'utc' });
          expect(formatInstant(iso, zone)).toBe(`${local.toFormat('ccc d LLL yyyy, HH:mm')} (${zone} time) = ${utc.toFormat("yyyy-LL-dd HH:mm 'UTC'")}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives money in the currency’s own minor units', () => {
    expect(formatMoney(1299, 'USD')).toBe('12.99 USD');
    expect(formatMoney(1299, 'JPY')).toBe('1299 JPY');
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;');
  });
});
