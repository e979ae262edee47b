/**
 * The web apps as the local gateway serves them (`npm start`): each page with the headers
 * CloudFront adds in AWS. The console may be framed by nobody; the returns page by the shop's
 * origins only (locally: the origins the local API admits), so a shop can embed it.
 */
import { describe, expect, it } from 'vitest';
import { stack } from '../support/client.js';

const get = (path: string) => fetch(stack().urls.api + path, { redirect: 'manual' });

describe('the web apps, served beside the API', () => {
  it('serves the returns page at /returns/ with its config, framable by the shop’s origins and nobody else', async () => {
    const page = await get('/returns/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'self' http://localhost:* http://127.0.0.1:*;");
    expect(csp).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBeNull();
    expect(await page.text()).toContain('<script type="module" src="./app.js"></script>');
    expect(await (await get('/returns/config.json')).json()).toEqual({ apiUrl: '' });
    expect((await get('/returns/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/returns')).headers.get('location')).toBe('/returns/');
  });

  it('keeps the console unframable, and serves nothing outside an app’s own files', async () => {
    const console = await get('/ops/');
    expect(console.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(console.headers.get('x-frame-options')).toBe('DENY');
    expect((await get('/returns/%2e%2e%2f%2e%2e%2fpackage.json')).status).toBe(404);
    expect((await get('/returns/%2e%2e%2fops%2findex.html')).status).toBe(404);
  });
});
