/**
 * The ops console in a real browser (Debian's Chromium through Playwright), served by the local
 * gateway at /ops/ as `npm start` serves it: a whole return decided from the screen (the photo
 * viewed), refusals shown in the API's words, an expired token back to the sign-in, no serious or
 * critical axe-core violation on any page, at 1280 px and at 390 px wide.
 *
 * Screenshots go to .build/screenshots/; with RMA_UPDATE_SCREENSHOTS=1 to docs/screenshots/,
 * the ones the README shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceClock, call, drain, localNow } from '../support/client.js';
import { accessibilityViolations, chromiumForFile, overflows, SCREENSHOTS, SHOWN, stateShown } from '../support/browser.js';
import { submittedRma } from '../support/evidence.js';
import { Receiver } from '../support/receiver.js';
import { asOps } from '../support/returns.js';
import { stack } from '../support/client.js';


const browser = chromiumForFile();

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function consoleTab(width: number, height: number): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser().newPage({ viewport: { width, height } });
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && !/status of 4\d\d/.test(message.text()) && problems.push(`console: ${message.text()}`));
  tab.on('requestfailed', (request) => problems.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  await tab.goto(`${stack().urls.api}/ops/`);
  await tab.getByRole('button', { name: 'Sign in' }).waitFor(SHOWN);
  return { tab, problems };
}

async function signIn(tab: Page): Promise<void> {
  await tab.getByLabel('Email').fill('lin@example.com');
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.getByRole('heading', { name: 'Queue', level: 1 }).waitFor(SHOWN);
}

async function openReturn(tab: Page, number: string): Promise<void> {
  await tab.getByLabel('Search (RMA number, order number or email)').fill(number);
  await tab.getByRole('button', { name: 'Show' }).click();
  await tab.getByRole('link', { name: number }).click();
  await tab.getByRole('heading', { name: new RegExp(`^${number}`), level: 1 }).waitFor(SHOWN);
}

/** Clicks `button` and waits for the API's answer to the request it sends (so a click that sends nothing fails here, saying so). */
async function submits(tab: Page, button: string, path: RegExp): Promise<number> {
  const [response] = await Promise.all([
    tab.waitForResponse((r) => r.request().method() === 'POST' && path.test(new URL(r.url()).pathname), SHOWN),
    tab.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return response.status();
}

describe('the ops console, from sign-in to a refund', () => {
  it('decides a whole return from the screen: photo viewed, approved, received, inspected, a refund over the cap refused in words, then refunded', async () => {
    const { shopper, rma } = await submittedRma('faulty');
    const { tab, problems } = await consoleTab(1280, 900);
    await expect.poll(() => tab.title(), SHOWN).toBe('Sign in · Returns ops');
    expect(await accessibilityViolations(tab)).toEqual([]);
    await signIn(tab);

    await openReturn(tab, rma.number);
    await stateShown(tab, 'Submitted');
    const photo = tab.getByRole('img', { name: /^Evidence: photo/ });
    await photo.waitFor(SHOWN);
    await expect.poll(() => photo.evaluate((img: { complete: boolean; naturalWidth: number }) => (img.complete ? img.naturalWidth : 0)), SHOWN).toBeGreaterThan(0);
    expect(await tab.getByText(/^SHA-256 [0-9a-f]{64}$/).count()).toBe(2);
    expect(await accessibilityViolations(tab)).toEqual([]);
    await tab.screenshot({ path: join(SCREENSHOTS, 'ops-rma.png'), fullPage: true });

    const note = tab.getByLabel('Note to the customer');
    await note.fill('Send it back; we will test it.');
    expect(await note.inputValue()).toBe('Send it back; we will test it.');
    expect(await submits(tab, 'Approve', /\/decision$/)).toBe(200);
    await stateShown(tab, 'Approved');
    expect(await tab.getByRole('status').filter({ hasText: 'Approved.' }).count()).toBe(1);

    // The shopper ships it, as the returns page would.
    const shipped = await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { headers: shopper.headers, body: { carrier: 'SF Express', trackingNumber: 'SF1234567890' } });
    expect(shipped.status).toBe(200);
    await tab.getByRole('button', { name: 'Refresh' }).click();
    await stateShown(tab, 'In transit');
    await tab.getByRole('button', { name: 'Record receipt' }).click();
    await stateShown(tab, 'Received');
    await tab.getByLabel('Note', { exact: true }).fill('Dead on arrival: no USB enumeration.');
    await tab.getByRole('button', { name: 'Record inspection' }).click();
    await stateShown(tab, 'Awaiting resolution');

    // Over the cap: the API refuses, the console says why, nothing changes.
    await tab.getByLabel(/^Amount/).fill('999.00');
    await tab.getByLabel('Reference').fill('RF-20261124-1');
    await tab.getByRole('button', { name: 'Refund', exact: true }).click();
    const refusal = tab.getByRole('alert').filter({ hasText: /^Refused: / });
    await refusal.waitFor(SHOWN);
    expect(await refusal.textContent()).toBe('Refused: At most 2.99 USD was paid for the returned units.');
    await stateShown(tab, 'Awaiting resolution');

    await tab.getByLabel(/^Amount/).fill('2.99');
    await tab.getByRole('button', { name: 'Refund', exact: true }).click();
    await stateShown(tab, 'Resolved');
    expect(await tab.getByText('Refund USD 2.99, RF-20261124-1').count()).toBe(1);
    expect(await tab.getByText('This return is closed: nothing more to do.').count()).toBe(1);
    await drain();
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe.each(WIDTHS)('at $width px ($name)', ({ name, width, height }) => {
  it('shows the queue with its summary and badges, and a return, without a horizontal scroll bar or a serious accessibility problem', async () => {
    const { rma } = await submittedRma('other');
    const { tab, problems } = await consoleTab(width, height);
    await signIn(tab);
    await tab.getByRole('table').getByRole('link').first().waitFor(SHOWN);
    await tab.getByRole('term').filter({ hasText: /^Submitted$/ }).waitFor(SHOWN);
    expect(await overflows(tab)).toBe(false);
    expect(await accessibilityViolations(tab)).toEqual([]);
    await tab.screenshot({ path: join(SCREENSHOTS, `ops-queue-${name}.png`) });

    await openReturn(tab, rma.number);
    await stateShown(tab, 'Submitted');
    await tab.getByRole('img', { name: /^Evidence: photo/ }).waitFor(SHOWN);
    expect(await overflows(tab)).toBe(false);
    expect(await accessibilityViolations(tab)).toEqual([]);
    if (name === 'phone') await tab.screenshot({ path: join(SCREENSHOTS, 'ops-rma-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('evidence of every kind, shown in the page', () => {
  it('plays a video in place (damaged in transit)', async () => {
    const { rma } = await submittedRma('damaged_in_transit');
    const { tab, problems } = await consoleTab(1280, 900);
    await signIn(tab);
    await openReturn(tab, rma.number);
    const video = tab.locator('video[controls]');
    await video.waitFor(SHOWN);
    expect(await video.getAttribute('aria-label')).toBe('Evidence: video.bin');
    expect(await video.getAttribute('src')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rma-evidence-local\/evidence\//);
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('webhook endpoints and the outbox, from the screen', () => {
  it('registers an endpoint (its secret shown once), sends a test the receiver verifies, lists the delivery, deletes the endpoint', async () => {
    const receiver = await new Receiver().start();
    try {
      const { tab, problems } = await consoleTab(1280, 900);
      await signIn(tab);
      await tab.getByRole('link', { name: 'Webhooks' }).click();
      await tab.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor(SHOWN);
      await tab.getByLabel('URL').fill(receiver.url);
      await tab.getByLabel('Description (optional)').fill('Shop returns feed');
      await tab.getByRole('button', { name: 'Register' }).click();
      const secret = tab.locator('code.secret');
      await secret.waitFor(SHOWN);
      const shownSecret = String(await secret.textContent());
      expect(shownSecret).toMatch(/^whsec_/);
      expect(await accessibilityViolations(tab)).toEqual([]);
      await tab.screenshot({ path: join(SCREENSHOTS, 'ops-webhooks.png'), fullPage: true });

      const endpoint = tab.getByRole('listitem').filter({ hasText: receiver.url });
      const arrived = receiver.next();
      await endpoint.getByRole('button', { name: 'Send a test' }).click();
      const delivery = await arrived;
      // Verified with the library a shop's receiver uses, with the secret the screen showed.
      expect(new Webhook(shownSecret).verify(delivery.body, delivery.headers as Record<string, string>)).toMatchObject({ type: 'webhook.test' });

      await endpoint.getByRole('link', { name: 'Deliveries' }).click();
      await tab.getByRole('heading', { name: 'Deliveries', level: 1 }).waitFor(SHOWN);
      await tab.getByRole('cell', { name: 'webhook.test' }).waitFor(SHOWN);
      expect(await accessibilityViolations(tab)).toEqual([]);

      await tab.getByRole('link', { name: '← Webhooks' }).click();
      tab.once('dialog', (dialog) => void dialog.accept());
      await tab.getByRole('listitem').filter({ hasText: receiver.url }).getByRole('button', { name: 'Delete' }).click();
      await tab.getByRole('status').filter({ hasText: `${receiver.url} deleted.` }).waitFor(SHOWN);
      expect((await asOps('GET', '/v1/ops/webhook-endpoints')).body.items.map((e: { url: string }) => e.url)).not.toContain(receiver.url);
      expect(problems).toEqual([]);
      await tab.close();
    } finally {
      await receiver.stop();
    }
  });

  it('lists the email that waits while SES is down; it leaves once SES is back', async () => {
    const { rma } = await submittedRma('other');
    await call('POST', '/_local/ses', { body: { running: false } });
    try {
      expect((await asOps('POST', `/v1/ops/rmas/${rma.rmaId}/decision`, { decision: 'reject', note: 'Not covered.' })).status).toBe(200);
      await drain();
      const { tab, problems } = await consoleTab(1280, 900);
      await signIn(tab);
      await tab.getByRole('link', { name: 'Outbox' }).click();
      await tab.getByLabel('Show').selectOption('pending');
      await tab.getByRole('row').filter({ hasText: rma.rmaId }).filter({ hasText: 'email' }).first().waitFor(SHOWN);
      expect(await accessibilityViolations(tab)).toEqual([]);
      expect(problems).toEqual([]);
      await tab.close();
    } finally {
      await call('POST', '/_local/ses', { body: { running: true } });
    }
    // Its retry is due a minute after the failed attempt: delivered then, nothing left waiting
    // (an email left behind would share the next SES outage of another test).
    await advanceClock(60);
    await drain();
    const pending = (await asOps('GET', '/v1/ops/outbox?status=pending&limit=100')).body.items as { rmaId: string | null }[];
    expect(pending.filter((m) => m.rmaId === rma.rmaId)).toEqual([]);
  });
});

describe('reports, from the screen', () => {
  it('shows the returns report of a period and downloads its RMAs as CSV, one row per return the report counts', async () => {
    const { rma } = await submittedRma('incorrect_item');
    // The period: today in the seller's calendar, by the local clock the RMAs are dated by.
    const today = (await localNow()).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const { tab, problems } = await consoleTab(1280, 900);
    await signIn(tab);
    await tab.getByRole('link', { name: 'Reports' }).click();
    await tab.getByLabel('From').fill(today);
    await tab.getByLabel('To').fill(today);
    await tab.getByRole('button', { name: 'Show report' }).click();
    const heading = tab.getByRole('heading', { name: new RegExp(`^Returns opened ${today} to ${today} \\(Asia/Shanghai\\): \\d+$`) });
    await heading.waitFor(SHOWN);
    const total = Number((await heading.textContent())!.split(': ').at(-1));
    expect(total).toBeGreaterThan(0);
    expect(await tab.getByRole('table', { name: 'By reason' }).getByRole('row').count()).toBe(5);
    expect(await tab.getByRole('table', { name: 'By SKU' }).getByRole('cell', { name: /^STM32F103C8T6/ }).count()).toBe(1);
    expect(await accessibilityViolations(tab)).toEqual([]);
    await tab.screenshot({ path: join(SCREENSHOTS, 'ops-reports.png'), fullPage: true });

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`returns-${today}-to-${today}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('number,rmaId,orderId,status,reason,preferredResolution,units,openedAt,submittedAt,decidedAt,resolvedAt,resolution,amount,currency,reference,refundSlaBreached,decisionSlaBreached');
    expect(csv).toHaveLength(total + 1);
    expect(csv.find((line) => line.startsWith(`${rma.number},${rma.rmaId},`))).toContain(',Submitted,Incorrect item,refund,1,');
    expect(problems).toEqual([]);
    await tab.close();
  });
});

describe('a session that ends', () => {
  it('sends an expired token back to the sign-in, saying why, and signs in again', async () => {
    const { tab } = await consoleTab(1280, 900);
    // The local issuer makes the token the console asks for already expired (as an ID token is
    // an hour later), so the API's gateway refuses it with 401 on the first call.
    await tab.route('**/_local/tokens/ops', (route) => route.continue({ postData: JSON.stringify({ ...route.request().postDataJSON(), ttlSeconds: 0 }) }));
    await tab.getByLabel('Email').fill('lin@example.com');
    await tab.getByRole('button', { name: 'Sign in' }).click();
    const notice = tab.getByRole('alert').filter({ hasText: 'Your session has ended. Sign in again to continue.' });
    await notice.waitFor(SHOWN);
    await expect.poll(() => tab.title(), SHOWN).toBe('Sign in · Returns ops');
    await tab.unroute('**/_local/tokens/ops');
    await signIn(tab);
    await tab.close();
  });
});
