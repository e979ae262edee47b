/**
 * A real browser (Chromium) runs the shopper flow from a page on another local origin: sign in,
 * open a return, upload a photo and a test report straight to S3 with the presigned POST, see
 * them verified, submit. It works only because the local API and S3 answer CORS as AWS does.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, drain, stack } from '../support/client.js';
import { launchChromium } from '../support/browser.js';
import { JPEG, PDF } from '../support/files.js';
import { orderBody } from '../support/fixtures.js';
import { shopperWithOrder } from '../support/shopper.js';

/** Waits for what the page shows, as a person would look again, up to a generous limit (CI has 2 cores). */
const shown = { timeout: 20_000, interval: 50 };

let browser: Browser;
let page: Server;
let pageOrigin: string;

beforeAll(async () => {
  browser = await launchChromium();
  const html = readFileSync(new URL('./shopper-page.html', import.meta.url));
  page = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  page?.close();
});

describe('the shopper flow in a real browser, from another origin', () => {
  it('signs in, opens a return, uploads a photo and a test report to S3, sees them verified and submits', async () => {
    const shopper = await shopperWithOrder();
    const { orderNumber } = (await call('GET', `/v1/orders/${shopper.orderId}`, { headers: shopper.headers })).body;
    expect(new URL(pageOrigin).port).not.toBe(new URL(stack().urls.api).port);

    const tab = await browser.newPage();
    const failed: string[] = [];
    tab.on('requestfailed', (request) => failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
    await tab.goto(`${pageOrigin}/?api=${encodeURIComponent(stack().urls.api)}`);
    const status = tab.getByRole('status');

    await tab.getByLabel('Order number').fill(orderNumber);
    await tab.getByLabel('Email').fill(orderBody().customer.email);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => status.textContent(), shown).toBe('Signed in');

    await tab.getByRole('button', { name: 'Open a return' }).click();
    await expect.poll(() => status.textContent(), shown).toMatch(/^Opened RMA-\d{4}-\d{6}$/);

    await tab.getByLabel('Photo').setInputFiles({ name: 'board.jpg', mimeType: 'image/jpeg', buffer: JPEG });
    await tab.getByRole('button', { name: 'Upload photo' }).click();
    await expect.poll(() => status.textContent(), shown).toBe('photo uploaded (204)');
    await tab.getByLabel('Test report').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: PDF });
    await tab.getByRole('button', { name: 'Upload test report' }).click();
    await expect.poll(() => status.textContent(), shown).toBe('test_report uploaded (204)');

    // The verifier runs on the stack's event plumbing: deliver what the uploads caused, then look.
    await drain();
    await tab.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => tab.getByRole('list', { name: 'Evidence' }).getByRole('listitem').allTextContents(), shown).toEqual(['photo: verified', 'test_report: verified']);

    await tab.getByRole('button', { name: 'Submit' }).click();
    await expect.poll(() => status.textContent(), shown).toMatch(/is submitted$/);
    expect(await tab.getByRole('alert').textContent()).toBe('');
    expect(failed).toEqual([]);
  });
});
