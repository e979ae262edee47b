import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { EMAIL_TEMPLATES, type EmailTemplate as Template, type Notification, type Rma } from '../../shared/domain/rma.js';
import { type EmailContext, emailLanguage, escapeHtml, formatInstant, formatInstantZh, formatMoney, headerSafe, renderEmail } from '../../shared/notifications/templates.js';
import { apply, rmaIn } from '../support/domain.js';

const customer = { name: 'Ada Lovelace', email: 'ada@example.com' };
const render = (to: Notification['to'], template: Template, rma: Rma, who: EmailContext['customer'] = customer) =>
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

describe('the customer’s emails in Simplified Chinese (customer.locale)', () => {
  const zh = { ...customer, locale: 'zh-CN' };
  const customerEmails = EMAILS.filter(([, to]) => to === 'customer');

  it.each(customerEmails)('%s: in Chinese, naming the RMA, for an order whose customer reads Chinese', (template, to, rma) => {
    const email = render(to, template, rma, zh);
    expect(email.subject).toContain('RMA-2026-000001');
    expect(email.subject).toMatch(/[\u4e00-\u9fff]/);
    expect(email.text).toContain('Ada Lovelace，您好：');
    expect(email.text).not.toMatch(/\bHello\b|Questions\?/);
    expect(email.html).toContain('<html lang="zh-CN">');
    expect(email.to).toEqual(['ada@example.com']);
  });

  it('says what the English email says, with each fact in its place', () => {
    expect(render('customer', 'rma_opened', rmaIn('awaiting_evidence'), zh).text).toMatch(/至少 1 个照片[\s\S]*证明材料截止时间: .*（Asia\/Shanghai 时间）= \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(render('customer', 'rma_approved', rmaIn('approved'), zh).text).toMatch(/No\. 328, Hengyong Road[\s\S]*寄回截止时间: /);
    expect(render('customer', 'rma_approved', rmaIn('approved', 'damaged_in_transit'), zh).text).toContain('“在我们通知之前请勿寄回”的限制已解除');
    expect(render('customer', 'rma_approved', rmaIn('approved', 'incorrect_item'), zh).text).toContain('上门取件');
    expect(render('customer', 'rma_refunded', rmaIn('resolved'), zh).text).toMatch(/金额: 5\.98 USD[\s\S]*参考号: RF-1[\s\S]*info@mitkco\.com/);
    expect(render('customer', 'rma_rejected', rmaIn('rejected'), zh).text).toContain('原因: No fault found on photos.');
  });

  it('quotes the terms in their original English where a sentence states them', () => {
    const opened = render('customer', 'rma_opened', rmaIn('awaiting_evidence'), zh).text;
    expect(opened).toContain(`退货条款原文（英文）：${defaultPolicy.reasons.faulty.evidence.clause}`);
    expect(opened).toContain('"accompanied with its picture and brief explanation or test report"');
    const approved = render('customer', 'rma_approved', rmaIn('approved'), zh).text;
    expect(approved).toContain('"All returns should be made within 60 days of date of invoice"');
    const other = render('customer', 'rma_approved', rmaIn('approved', 'other'), zh).text;
    expect(other).toContain('"Then you have 53 days to return the item intact"');
    expect(render('customer', 'rma_expired', expired(rmaIn('approved'), 'expired_ship_by'), zh).text).toContain('"All returns should be made within 60 days of date of invoice"');
  });

  it('keeps ops and the refunds desk in English whatever the customer reads', () => {
    expect(render('ops', 'ops_new_submission', rmaIn('submitted'), zh).subject).toBe('[RMA-2026-000001] New return submitted');
    expect(render('refunds', 'refund_inquiry', inquired, zh).html).toContain('<html lang="en">');
  });

  it('reads any Chinese locale as Simplified Chinese and anything else as English', () => {
    expect(['zh', 'zh-CN', 'ZH-cn', 'zh-Hans', 'zh-Hans-SG', 'zh-TW'].map(emailLanguage)).toEqual(Array(6).fill('zh-CN'));
    expect(['en', 'en-GB', 'de-DE', 'zha', undefined].map(emailLanguage)).toEqual(Array(5).fill('en'));
    expect(render('customer', 'rma_cancelled', rmaIn('cancelled'), { ...customer, locale: 'de-DE' }).subject).toBe('Return RMA-2026-000001 cancelled');
  });

  it('gives a deadline in the seller’s time zone and in UTC, in Chinese', () => {
    expect(formatInstantZh('2026-12-01T15:59:59.999Z', 'Asia/Shanghai')).toBe('2026年12月1日星期二 23:59（Asia/Shanghai 时间）= 2026-12-01 15:59 UTC');
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
