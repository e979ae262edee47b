/**
 * The shoppers' returns page in a real browser (Debian's Chromium through Playwright), served by
 * the local gateway at /returns/ as `npm start` serves it. A whole return per reason, driven from
 * the page on the shopper's side (real uploads straight to S3) and through the ops API on the
 * seller's; a refused file type and an upload whose answer was lost; closed windows explained; the
 * rate limit; the Chinese version; the page embedded in a shop's frame on another origin and
 * styled by its custom properties; axe-core on every screen; 1280 px and 390 px wide.
 *
 * Screenshots go to .build/screenshots/; with RMA_UPDATE_SCREENSHOTS=1 to docs/screenshots/.
 */
import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, call, drain, stack, storefront } from '../support/client.js';
import { accessibilityViolations, chromiumForFile, overflows, SCREENSHOTS, SHOWN, stateShown } from '../support/browser.js';
import { JPEG, MP4, PDF, PNG } from '../support/files.js';
import { orderBody } from '../support/fixtures.js';
import { asOps } from '../support/returns.js';
import { openRma, rmaRequest, type Shopper, shopperWithOrder } from '../support/shopper.js';

const EMAIL = orderBody().customer.email;
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const browser = chromiumForFile();

interface Tab {
  readonly tab: Page;
  /** Page errors, console errors, failed requests: none may happen. */
  readonly problems: string[];
  /** Every origin the page sent a request to. */
  readonly origins: Set<string>;
}

/** A fresh browser profile (as a shopper's), in English and New York time unless told otherwise. */
async function returnsTab(options: BrowserContextOptions = DESKTOP, path = '/returns/?lang=en'): Promise<Tab> {
  const context = await browser().newContext({ locale: 'en-US', timezoneId: 'America/New_York', ...options });
  const tab = await context.newPage();
  const problems: string[] = [];
  const origins = new Set<string>();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && problems.push(`console: ${message.text()}`));
  tab.on('requestfailed', (request) => problems.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  tab.on('request', (request) => origins.add(new URL(request.url()).origin));
  await tab.goto(stack().urls.api + path);
  return { tab, problems, origins };
}

/** The page may talk to the API (its own origin here) and the evidence bucket, and to nobody else. */
function expectNoThirdParty(origins: Set<string>): void {
  const allowed = new Set([new URL(stack().urls.api).origin, new URL(stack().urls.s3).origin]);
  expect([...origins].filter((o) => !allowed.has(o))).toEqual([]);
}

/** The page as it is: accessible, no horizontal scroll; a screenshot with `name`. */
async function looksRight(tab: Page, name?: string): Promise<void> {
  expect(await accessibilityViolations(tab)).toEqual([]);
  expect(await overflows(tab)).toBe(false);
  if (name) await tab.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function orderNumberOf(shopper: Shopper): Promise<string> {
  return (await call('GET', `/v1/orders/${shopper.orderId}`, { headers: shopper.headers })).body.orderNumber as string;
}

async function signIn(tab: Page, orderNumber: string, labels = { number: 'Order number', email: 'Email address', button: 'Sign in' }): Promise<void> {
  await tab.getByLabel(labels.number).fill(orderNumber);
  await tab.getByLabel(labels.email).fill(EMAIL.toLowerCase());
  await tab.getByRole('button', { name: labels.button }).click();
}

/** The storefront's session link: what a shop's server makes for a shopper already signed in there. */
async function sessionLink(orderId: string, query = '?lang=en'): Promise<string> {
  const { token } = (await storefront('POST', '/v1/storefront/sessions', { orderId })).body as { token: string };
  return `/returns/${query}#order=${encodeURIComponent(orderId)}&session=${encodeURIComponent(token)}`;
}

/** Starts a return from the order screen: reason, one unit of the first line, explanation, resolution. */
async function startReturn(tab: Page, reason: string, explanation: string, labels = { start: 'Start a return', quantity: 'Quantity of MCU STM32F103', submit: 'Start the return' }): Promise<string> {
  await tab.getByRole('link', { name: labels.start }).click();
  await tab.getByRole('radio', { name: new RegExp(`^${reason}`) }).check();
  await tab.getByLabel(labels.quantity).fill('1');
  await tab.locator('textarea[name="explanation"]').fill(explanation);
  await tab.getByRole('button', { name: labels.submit }).click();
  const heading = tab.getByRole('heading', { level: 1, name: /RMA-\d{4}-\d{6}/ });
  await heading.waitFor(SHOWN);
  return /RMA-\d{4}-\d{6}/.exec((await heading.textContent()) ?? '')![0];
}

/** Uploads files through the page's file picker; once they landed, delivers the S3 events and waits until each is accepted. */
async function upload(tab: Page, files: { name: string; mimeType: string; buffer: Buffer }[], accepted = /^(Accepted|已接受)$/): Promise<void> {
  await tab.locator('input[type="file"]').setInputFiles(files);
  const rows = tab.locator('.files li.file');
  await expect.poll(() => tab.locator('.files li.file.checking, .files li.file.verified').count(), SHOWN).toBe(files.length);
  await drain();
  for (const file of files) await rows.filter({ hasText: file.name }).locator('.file-state', { hasText: accepted }).waitFor(SHOWN);
}

async function rmaIdOf(number: string): Promise<string> {
  return ((await asOps('GET', `/v1/ops/rmas?number=${number}`)).body.items as { rmaId: string }[])[0]!.rmaId;
}

async function ops(rmaId: string, step: string, body: unknown): Promise<void> {
  const reply = await asOps('POST', `/v1/ops/rmas/${rmaId}/${step}`, body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
}

async function refresh(tab: Page, name = 'Refresh'): Promise<void> {
  await tab.getByRole('button', { name }).click();
}

describe('the returns page: a whole return per reason', () => {
  it('faulty, signed in with order number and email: eligibility in both zones, photo and test report uploaded, shipped with a tracking number, refunded', async () => {
    const shopper = await shopperWithOrder();
    const number = await orderNumberOf(shopper);
    const { tab, problems, origins } = await returnsTab();
    await tab.getByRole('heading', { name: 'Return an item', level: 1 }).waitFor(SHOWN);
    const ready = (await tab.evaluate("performance.getEntriesByName('rma-returns:ready')[0]?.startTime ?? -1")) as number;
    const script = statSync(join('.build', 'web', 'returns', 'app.js')).size;
    console.info(`returns page: app.js ${(script / 1024).toFixed(1)} KiB, ready ${ready.toFixed(0)} ms after navigation start`);
    expect(ready).toBeGreaterThan(0);
    await looksRight(tab, 'returns-sign-in');

    await signIn(tab, number);
    await tab.getByRole('heading', { name: `Order ${number}`, level: 1 }).waitFor(SHOWN);
    // Each line says until when, in the shopper's zone (New York) and the seller's (Shanghai).
    const faulty = tab.locator('.line').first().locator('li.open', { hasText: 'Faulty when received' });
    await expect.poll(() => faulty.textContent(), SHOWN).toMatch(/until .+\(your time\) · .+\(seller’s time, Asia\/Shanghai\)/);
    await looksRight(tab, 'returns-order');

    const rmaNumber = await startReturnWithCheck(tab);
    await stateShown(tab, 'Waiting for your files');
    await expect.poll(() => tab.locator('.deadline').textContent(), SHOWN).toMatch(/^Upload and submit by: .+ \d+ days? \d+ hours? left$/);
    await upload(tab, [
      { name: 'board.jpg', mimeType: 'image/jpeg', buffer: JPEG },
      { name: 'usb-test.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    await tab.getByText('Everything needed is here. You can submit.').waitFor(SHOWN);
    await looksRight(tab, 'returns-evidence');
    await tab.getByRole('button', { name: 'Submit the return' }).click();
    await stateShown(tab, 'Submitted: waiting for our decision');

    const rmaId = await rmaIdOf(rmaNumber);
    await ops(rmaId, 'decision', { decision: 'approve', returnMethod: 'ship', note: 'Send it back; we will test it.' });
    await refresh(tab);
    await stateShown(tab, 'Approved');
    await tab.getByText(/No\. 328, Hengyong Road/).waitFor(SHOWN);
    expect(await tab.locator('.terms [lang="en"]').allTextContents()).toContain('"All returns should be made within 60 days of date of invoice"');
    await looksRight(tab, 'returns-approved');
    await tab.getByLabel('Carrier').fill('SF Express');
    await tab.getByLabel('Tracking number').fill('SF1234567890');
    await tab.getByRole('button', { name: 'Save the tracking number' }).click();
    await stateShown(tab, 'On its way to us');
    await tab.getByText('SF1234567890').waitFor(SHOWN);

    await ops(rmaId, 'receipt', {});
    await ops(rmaId, 'inspection', { result: 'pass', note: 'Dead on arrival.' });
    await ops(rmaId, 'resolution', { type: 'refund', amount: 299, currency: 'USD', reference: `RF-${rmaNumber}` });
    await refresh(tab);
    await stateShown(tab, 'Resolved');
    await tab.getByText(`Refunded $2.99 (reference RF-${rmaNumber}).`).waitFor(SHOWN);
    const history = await tab.locator('.timeline li strong').allTextContents();
    expect(history).toEqual(expect.arrayContaining(['Return started', 'A file was accepted', 'Return submitted', 'Return approved', 'Item shipped', 'Item received at our warehouse', 'Return resolved']));
    await looksRight(tab);
    expect(problems).toEqual([]);
    expectNoThirdParty(origins);
  });

  it('damaged in transit, arriving from the shop by a session link at 390 px: the hold explained until approval, a video, nothing to send back, refunded', async () => {
    const shopper = await shopperWithOrder();
    const { tab, problems, origins } = await returnsTab(PHONE, await sessionLink(shopper.orderId));
    await tab.getByRole('heading', { name: /^Order SO-/, level: 1 }).waitFor(SHOWN);
    expect(new URL(tab.url()).hash).toBe('#/'); // the token left the address at once
    await looksRight(tab, 'returns-order-phone');

    const rmaNumber = await startReturn(tab, 'Damaged in transit', 'Box crushed, pins bent.');
    const hold = tab.getByRole('note', { name: 'Do not ship the item until we tell you' });
    await hold.waitFor(SHOWN);
    await upload(tab, [{ name: 'unboxing.mp4', mimeType: 'video/mp4', buffer: MP4 }]);
    await looksRight(tab, 'returns-hold-phone');
    await tab.getByRole('button', { name: 'Submit the return' }).click();
    await stateShown(tab, 'Submitted: waiting for our decision');
    expect(await hold.isVisible()).toBe(true);

    const rmaId = await rmaIdOf(rmaNumber);
    await ops(rmaId, 'decision', { decision: 'approve', returnMethod: 'none', note: 'Keep it; we claim with the carrier.' });
    await refresh(tab);
    await stateShown(tab, 'Approved: your refund or exchange is coming');
    await tab.getByText(/^You do not need to send anything back\./).waitFor(SHOWN);
    expect(await hold.count()).toBe(0);
    expect(await tab.getByLabel('Tracking number').count()).toBe(0);
    await ops(rmaId, 'resolution', { type: 'refund', amount: 299, currency: 'USD', reference: `RF-${rmaNumber}` });
    await refresh(tab);
    await stateShown(tab, 'Resolved');
    await looksRight(tab, 'returns-resolved-phone');
    expect(problems).toEqual([]);
    expectNoThirdParty(origins);
  });

  it('incorrect item, in Chinese from the browser’s language: the terms quoted in English, collected by the seller, exchanged; the switch back to English', async () => {
    const shopper = await shopperWithOrder();
    const number = await orderNumberOf(shopper);
    const { tab, problems, origins } = await returnsTab({ ...DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }, '/returns/');
    await tab.getByRole('heading', { name: '退货', level: 1 }).waitFor(SHOWN);
    expect(await tab.evaluate('document.documentElement.lang')).toBe('zh-CN');
    await looksRight(tab, 'returns-sign-in-zh');
    await signIn(tab, number, { number: '订单号', email: '电子邮箱', button: '登录' });
    await tab.getByRole('heading', { name: `订单 ${number}`, level: 1 }).waitFor(SHOWN);
    // In Shanghai the shopper's time is the seller's: said once.
    expect(await tab.locator('.line').first().locator('li.open').first().textContent()).not.toContain('卖家时间');

    await tab.getByRole('link', { name: '申请退货' }).click();
    await tab.getByRole('radio', { name: /^发错商品/ }).check();
    expect(await tab.locator('.terms [lang="en"]').allTextContents()).toContain('INCORRECT ITEM: "contact us within 7 days"');
    await tab.getByLabel('MCU STM32F103 的数量').fill('1');
    await tab.locator('textarea[name="explanation"]').fill('收到的是 5.0 V 的型号，不是 3.3 V。');
    await looksRight(tab, 'returns-open-zh');
    await tab.getByRole('button', { name: '提交退货申请' }).click();
    await tab.getByRole('heading', { level: 1, name: /^退货 RMA-/ }).waitFor(SHOWN);
    const rmaNumber = /RMA-\d{4}-\d{6}/.exec((await tab.getByRole('heading', { level: 1 }).textContent())!)![0];
    await stateShown(tab, '等待您上传文件');
    await upload(tab, [{ name: 'wrong-part.png', mimeType: 'image/png', buffer: PNG }]);
    await tab.getByRole('button', { name: '提交退货申请' }).click();
    await stateShown(tab, '已提交：等待我们的答复');

    const rmaId = await rmaIdOf(rmaNumber);
    await ops(rmaId, 'decision', { decision: 'approve', returnMethod: 'collection', note: 'We collect.' });
    await refresh(tab, '刷新');
    await stateShown(tab, '已批准');
    await tab.getByText('我们将安排上门取件，承运商会与您联系。请不要自行寄出任何物品。').waitFor(SHOWN);
    await ops(rmaId, 'collection', { carrier: 'SF', trackingNumber: 'SF24242424' });
    await ops(rmaId, 'receipt', {});
    await ops(rmaId, 'inspection', { result: 'pass', note: 'Wrong part, sealed.' });
    await ops(rmaId, 'resolution', { type: 'exchange', reference: `EX-${rmaNumber}`, carrier: 'SF', trackingNumber: 'SF24242425' });
    await refresh(tab, '刷新');
    await stateShown(tab, '已完成');
    await tab.getByText('换货商品已通过 SF 寄出，运单号 SF24242425。').waitFor(SHOWN);
    await looksRight(tab, 'returns-resolved-zh');

    await tab.getByRole('button', { name: 'English' }).click();
    await stateShown(tab, 'Resolved');
    expect(new URL(tab.url()).searchParams.get('lang')).toBe('en');
    expect(await tab.evaluate('document.documentElement.lang')).toBe('en');
    expect(problems).toEqual([]);
    expectNoThirdParty(origins);
  });

  it('another reason: a file type refused in words, an upload whose answer was lost retried without a second slot, shipped intact, refunded', async () => {
    const shopper = await shopperWithOrder();
    const { tab, problems, origins } = await returnsTab(DESKTOP, await sessionLink(shopper.orderId));
    await tab.getByRole('heading', { name: /^Order SO-/, level: 1 }).waitFor(SHOWN);
    const rmaNumber = await startReturn(tab, 'Another reason', 'Ordered the wrong package size.');
    const rmaId = await rmaIdOf(rmaNumber);

    // A GIF is no kind of evidence: refused on the page, no slot asked for.
    await tab.locator('input[type="file"]').setInputFiles({ name: 'anim.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await tab.getByRole('alert').filter({ hasText: 'anim.gif: this type of file cannot be used.' }).waitFor(SHOWN);

    // The photo reaches S3, but the browser never hears S3's answer (a dropped connection).
    // The upload is held on its way until the test has seen its progress bar.
    const posts: string[] = [];
    let dropped = false;
    let release!: () => void;
    const seen = new Promise<void>((resolve) => (release = resolve));
    await tab.route(`${stack().urls.s3}/**`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts.push(route.request().url());
      if (dropped) return route.continue();
      dropped = true;
      await seen;
      await route.fetch(); // it lands
      await route.abort('connectionreset'); // the answer is lost
    });
    await tab.locator('input[type="file"]').setInputFiles({ name: 'label.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await tab.getByRole('progressbar', { name: 'Upload of label.jpg' }).waitFor(SHOWN);
    release();
    await tab.locator('.files li.file.failed').filter({ hasText: 'label.jpg' }).waitFor(SHOWN);
    problems.splice(0); // the dropped connection, on purpose
    await drain(); // meanwhile the verifier checks what landed
    await tab.getByRole('button', { name: 'Try again' }).click();
    await tab.locator('.files li.file.verified').filter({ hasText: 'label.jpg' }).waitFor(SHOWN);
    expect(posts).toHaveLength(1); // the retry saw the file had landed: not sent again
    const evidence = (await call('GET', `/v1/rmas/${rmaId}`, { headers: shopper.headers })).body.evidence as { status: string }[];
    expect(evidence.map((e) => e.status)).toEqual(['verified']); // one slot, not two
    await tab.unroute(`${stack().urls.s3}/**`);

    await tab.getByRole('button', { name: 'Submit the return' }).click();
    await stateShown(tab, 'Submitted: waiting for our decision');
    await ops(rmaId, 'decision', { decision: 'approve', returnMethod: 'ship', note: 'Unopened, please.' });
    await refresh(tab);
    await stateShown(tab, 'Approved');
    expect(await tab.locator('.terms [lang="en"]').allTextContents()).toContain('"Then you have 53 days to return the item intact"');
    await tab.getByLabel('Carrier').fill('DHL');
    await tab.getByLabel('Tracking number').fill('JD0001112223');
    await tab.getByRole('button', { name: 'Save the tracking number' }).click();
    await stateShown(tab, 'On its way to us');
    await ops(rmaId, 'receipt', {});
    await ops(rmaId, 'inspection', { result: 'pass', note: 'Sealed.', intact: true });
    await ops(rmaId, 'resolution', { type: 'refund', amount: 299, currency: 'USD', reference: `RF-${rmaNumber}` });
    await refresh(tab);
    await stateShown(tab, 'Resolved');
    // The refund's follow-up: the terms' advice, then a question to the refunds desk.
    await tab.getByLabel('Your question').fill('Nothing on my card after a week.');
    await tab.getByRole('button', { name: 'Ask about the refund' }).click();
    await tab.getByRole('status').filter({ hasText: 'Sent: our refunds desk will answer you by email.' }).waitFor(SHOWN);
    expect(problems).toEqual([]);
    expectNoThirdParty(origins);
  });
});

describe('the returns page says what cannot be done, and why', () => {
  it('explains a closed window, an order not delivered and a line fully returned; cancels a return while allowed', async () => {
    const late = await shopperWithOrder({ deliveredDaysAgo: 20 });
    const { tab, problems } = await returnsTab(DESKTOP, await sessionLink(late.orderId));
    await tab.getByRole('heading', { name: /^Order SO-/, level: 1 }).waitFor(SHOWN);
    const line = tab.locator('.line').first();
    await expect.poll(() => line.locator('li.closed', { hasText: 'Damaged in transit' }).textContent(), SHOWN).toMatch(/Closed: the window ended .+\(your time\)/);
    expect(await line.locator('li.closed', { hasText: 'Incorrect item' }).count()).toBe(1);
    expect(await line.locator('li.open', { hasText: 'Faulty when received' }).count()).toBe(1);
    await tab.getByRole('link', { name: 'Start a return' }).click();
    expect(await tab.getByRole('radio', { name: /^Damaged in transit/ }).isDisabled()).toBe(true);
    await looksRight(tab, 'returns-closed-window');

    const undelivered = await shopperWithOrder({ deliveredDaysAgo: null });
    await tab.goto(stack().urls.api + (await sessionLink(undelivered.orderId)));
    await tab.getByText('Nothing in this order can be returned now.').waitFor(SHOWN);
    expect(await tab.locator('.line').first().locator('li.closed').first().textContent()).toContain('Not yet: returns open once the order is delivered.');

    const returned = await shopperWithOrder();
    const opened = await openRma(returned, rmaRequest(returned.orderId, { lines: [{ lineId: 'L2', quantity: 50 }] }));
    expect(opened.status).toBe(201);
    await tab.goto(stack().urls.api + (await sessionLink(returned.orderId)));
    const regulator = tab.locator('.line', { hasText: 'LDO regulator 3.3 V' });
    await expect.poll(() => regulator.locator('li.closed').first().textContent(), SHOWN).toContain('Not possible: every unit is already in a return.');

    // The open return can be cancelled from the page.
    await tab.getByRole('link', { name: `Return ${opened.body.number}` }).click();
    await stateShown(tab, 'Waiting for your files');
    await tab.getByRole('button', { name: 'Cancel this return' }).click();
    await tab.getByRole('button', { name: 'Yes, cancel it' }).click();
    await stateShown(tab, 'Cancelled');
    expect(await tab.getByRole('button', { name: 'Cancel this return' }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('says the rate limit plainly after too many wrong emails, and a stale link sends the shopper to the sign-in', async () => {
    const shopper = await shopperWithOrder();
    const number = await orderNumberOf(shopper);
    const { tab, problems } = await returnsTab(PHONE);
    const alert = tab.getByRole('alert');
    await tab.getByLabel('Order number').fill(number);
    await tab.getByLabel('Email address').fill('not-me@example.com');
    const attempt = async () =>
      (await Promise.all([tab.waitForResponse((r) => new URL(r.url()).pathname === '/v1/sessions', SHOWN), tab.getByRole('button', { name: 'Sign in' }).click()]))[0].status();
    expect(await attempt()).toBe(404);
    await alert.filter({ hasText: 'We found no order with this number and email address.' }).waitFor(SHOWN);
    // The API refuses the 6th failure within 15 minutes (sooner when this machine's address failed often lately).
    const answers = [404];
    while (answers.at(-1) === 404 && answers.length < 6) answers.push(await attempt());
    expect(answers.at(-1)).toBe(429);
    await alert.filter({ hasText: /^Too many attempts for this order number\. For your security, please wait \d+ minutes? before trying again\.$/ }).waitFor(SHOWN);
    await looksRight(tab, 'returns-rate-limited-phone');
    await advanceClock(15 * 60 + 1); // the limit ends, for the tests after this one too

    await tab.goto(`${stack().urls.api}/returns/?lang=en#order=${shopper.orderId}&session=not-a-token`);
    await tab.getByText('This link has expired or is not valid. Please sign in with your order number and email address.').waitFor(SHOWN);
    expect(problems).toEqual([]);
  });
});

describe('the returns page inside a shop', () => {
  let shop: Server;
  let shopOrigin: string;
  let shopPage = '';

  beforeAll(async () => {
    shop = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shopPage));
    await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
    shopOrigin = `http://127.0.0.1:${(shop.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    shop?.close();
  });

  it('is shown in a frame on the shop’s origin, styled by its custom properties, and tells the shop its height; the ops console refuses to be framed', async () => {
    const shopper = await shopperWithOrder();
    const link = await sessionLink(shopper.orderId, '?lang=en&--rma-accent=%23c2410c&--rma-radius=0px&--rma-accent=javascript:alert(1)');
    shopPage = `<!doctype html><html lang="en"><title>Shop</title><body><h1>My account</h1>
      <iframe title="Returns" src="${stack().urls.api}${link}" style="width:100%;height:600px;border:0"></iframe>
      <script>window.heights = []; addEventListener('message', (e) => e.data && e.data.type === 'rma-returns:height' && window.heights.push({ origin: e.origin, height: e.data.height }));</script>
      </body></html>`;
    const context = await browser().newContext(DESKTOP);
    const tab = await context.newPage();
    await tab.goto(`${shopOrigin}/account`);
    const frame = tab.frameLocator('iframe[title="Returns"]');
    await frame.getByRole('heading', { name: /^Order SO-/, level: 1 }).waitFor(SHOWN);
    const start = frame.getByRole('link', { name: 'Start a return' });
    // The last valid value of a property wins; a value that is no colour is ignored.
    expect(await start.evaluate((a: { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { backgroundColor: string; borderTopLeftRadius: string } } } }) => {
      const style = a.ownerDocument.defaultView.getComputedStyle(a);
      return [style.backgroundColor, style.borderTopLeftRadius];
    })).toEqual(['rgb(194, 65, 12)', '0px']);
    await expect.poll(() => tab.evaluate('window.heights.at(-1)?.height ?? 0'), SHOWN).toBeGreaterThan(300);
    expect(await tab.evaluate('window.heights.at(-1).origin')).toBe(new URL(stack().urls.api).origin);

    // The console may not be framed by anyone (frame-ancestors 'none'): the browser shows its error page instead.
    shopPage = `<!doctype html><html lang="en"><title>Shop</title><body><iframe title="Console" src="${stack().urls.api}/ops/"></iframe></body></html>`;
    await tab.goto(`${shopOrigin}/console`);
    const consoleFrame = tab.frames().find((f) => f !== tab.mainFrame());
    await expect.poll(() => consoleFrame?.url() ?? '', SHOWN).toMatch(/^chrome-error:/);
    await context.close();
  });
});

async function startReturnWithCheck(tab: Page): Promise<string> {
  // Before choosing, the evidence the reason needs is explained with the clause that asks for it.
  await tab.getByRole('link', { name: 'Start a return' }).click();
  // A new screen takes the focus to its start, for keyboard and screen reader users.
  await expect.poll(() => tab.evaluate('document.activeElement?.id'), SHOWN).toBe('main');
  await tab.getByRole('radio', { name: /^Faulty when received/ }).check();
  const needs = tab.getByRole('region', { name: 'What you will upload next' });
  expect(await needs.getByRole('listitem').allTextContents()).toEqual(['at least 1 photo', 'an explanation of at least 20 characters, or a test report']);
  expect(await needs.locator('.terms [lang="en"]').textContent()).toBe('"accompanied with its picture and brief explanation or test report"');
  await tab.getByLabel('Quantity of MCU STM32F103').fill('1');
  await tab.locator('textarea[name="explanation"]').fill('Does not enumerate over USB; tried two cables and hosts.');
  await looksRight(tab, 'returns-open');
  await tab.getByRole('button', { name: 'Start the return' }).click();
  const heading = tab.getByRole('heading', { level: 1, name: /RMA-\d{4}-\d{6}/ });
  await heading.waitFor(SHOWN);
  return /RMA-\d{4}-\d{6}/.exec((await heading.textContent()) ?? '')![0];
}
