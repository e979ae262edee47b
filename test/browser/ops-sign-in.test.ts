/**
 * The console's sign-in as it runs in AWS (authorization code with PKCE through Cognito's hosted
 * UI), in Chromium, against a stand-in for the hosted UI that checks what Cognito checks: the
 * client, the redirect URI, the state round trip and the S256 code verifier. The console is
 * served from its own origin, as CloudFront serves it, and calls the local API across origins.
 * The stand-in is the only fake here: no hosted UI runs offline.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../local/static.js';
import { webAppDir } from '../../web/build.js';
import { launchChromium } from '../support/browser.js';
import { opsToken, stack } from '../support/client.js';

const SHOWN = { timeout: 20_000 };
const CLIENT_ID = 'ops-console-client';

interface Authorization {
  readonly challenge: string;
  readonly redirectUri: string;
}

/** Cognito's /oauth2/authorize, /oauth2/token and /logout, as far as the console uses them. */
class HostedUi {
  readonly codes = new Map<string, Authorization>();
  readonly exchanges: { readonly ok: boolean; readonly why?: string }[] = [];
  /** Sends the browser back with a state other than the one it brought (a forged answer). */
  forgeState = false;
  private server: Server | undefined;
  url = '';

  async start(consoleOrigin: () => string): Promise<void> {
    this.server = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', 'http://hosted-ui');
      const cors = { 'access-control-allow-origin': consoleOrigin() };
      if (url.pathname === '/oauth2/authorize') {
        const q = url.searchParams;
        if (q.get('client_id') !== CLIENT_ID || q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256') return void res.writeHead(400).end('bad request');
        const code = randomBytes(16).toString('hex');
        this.codes.set(code, { challenge: q.get('code_challenge')!, redirectUri: q.get('redirect_uri')! });
        const back = new URL(q.get('redirect_uri')!);
        back.searchParams.set('code', code);
        back.searchParams.set('state', this.forgeState ? 'forged' : q.get('state')!);
        return void res.writeHead(302, { location: back.toString() }).end();
      }
      if (url.pathname === '/oauth2/token' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        const form = new URLSearchParams(body);
        const granted = this.codes.get(form.get('code') ?? '');
        this.codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        const why =
          granted === undefined ? 'unknown or used code'
          : form.get('client_id') !== CLIENT_ID ? 'wrong client'
          : form.get('redirect_uri') !== granted.redirectUri ? 'redirect_uri differs'
          : createHash('sha256').update(verifier).digest('base64url') !== granted.challenge ? 'code_verifier does not match the challenge'
          : undefined;
        this.exchanges.push({ ok: why === undefined, ...(why ? { why } : {}) });
        if (why !== undefined) return void res.writeHead(400, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_grant' }));
        const idToken = await opsToken({ sub: 'ops-ada', email: 'ada@example.com' });
        return void res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ id_token: idToken, access_token: 'unused', token_type: 'Bearer', expires_in: 3600 }));
      }
      if (url.pathname === '/logout') return void res.writeHead(302, { location: url.searchParams.get('logout_uri')! }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): void {
    this.server?.closeAllConnections();
    this.server?.close();
  }
}

let browser: Browser;
let site: Server;
let consoleUrl: string;
const hostedUi = new HostedUi();

beforeAll(async () => {
  browser = await launchChromium();
  await hostedUi.start(() => new URL(consoleUrl).origin);
  // The console's files with the config.json the CDK app writes, from an origin of their own.
  const ops = {
    prefix: '/ops/',
    dir: webAppDir('ops'),
    generated: { 'config.json': { apiUrl: stack().urls.api, auth: { kind: 'cognito', url: hostedUi.url, clientId: CLIENT_ID } } },
    mediaOrigins: [stack().urls.s3, hostedUi.url, stack().urls.api],
  };
  site = createServer((req, res) => void serveStatic(ops, new URL(req.url ?? '/', 'http://site').pathname, res));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  consoleUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/ops/`;
});

afterAll(async () => {
  await browser?.close();
  site?.close();
  hostedUi.close();
});

describe('signing in to the console through the hosted UI (authorization code + PKCE)', () => {
  it('goes to the hosted UI and back, exchanges the code with its verifier, calls the API with the ID token, and signs out through the hosted UI', async () => {
    const tab = await browser.newPage();
    await tab.goto(consoleUrl);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await tab.getByRole('heading', { name: 'Queue', level: 1 }).waitFor(SHOWN);
    expect(hostedUi.exchanges).toEqual([{ ok: true }]);
    // Signed in as the token says, the code gone from the address bar, the API answering.
    expect(await tab.getByText('ada@example.com').count()).toBe(1);
    expect(new URL(tab.url()).search).toBe('');
    await tab.getByRole('term').filter({ hasText: /^Submitted$/ }).waitFor(SHOWN);

    await tab.getByRole('button', { name: 'Sign out' }).click();
    await tab.getByRole('button', { name: 'Sign in' }).waitFor(SHOWN);
    expect(new URL(tab.url()).pathname).toBe('/ops/');
    await tab.close();
  });

  it('refuses an answer whose state is not the one it sent, and exchanges no code', async () => {
    hostedUi.forgeState = true;
    try {
      const before = hostedUi.exchanges.length;
      const tab = await browser.newPage();
      await tab.goto(consoleUrl);
      await tab.getByRole('button', { name: 'Sign in' }).click();
      await tab.getByRole('alert').filter({ hasText: 'The sign-in answer does not match the request (state); sign in again.' }).waitFor(SHOWN);
      expect(hostedUi.exchanges.length).toBe(before);
      await tab.close();
    } finally {
      hostedUi.forgeState = false;
    }
  });
});
