import { describe, expect, it } from 'vitest';
import { RMA_STATUSES } from '../../shared/domain/rma-status.js';
import { advanceClock, call, opsToken } from '../support/client.js';

const summary = (token?: string) =>
  call('GET', '/v1/ops/summary', token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });

describe('ops routes behind the JWT authorizer', () => {
  it('serves the summary to a member of rma-ops', async () => {
    const reply = await summary(await opsToken({ sub: 'u-1', email: 'lin@example.com' }));
    expect(reply.status).toBe(200);
    // Other files' RMAs share this stack, so the numbers are whatever they left; the shape is the contract.
    expect(Object.keys(reply.body.countsByStatus).sort()).toEqual([...RMA_STATUSES].sort());
    for (const n of [...Object.values(reply.body.countsByStatus), reply.body.openSlaBreaches.refund, reply.body.openSlaBreaches.decision]) {
      expect(Number.isInteger(n) && (n as number) >= 0).toBe(true);
    }
  });

  it('refuses a missing or malformed token at the authorizer, as API Gateway does', async () => {
    for (const reply of [await summary(), await summary('not-a-jwt')]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({ message: 'Unauthorized' });
    }
  });

  it('refuses a token whose signature was altered', async () => {
    const token = await opsToken();
    const [header, payload] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), sub: 'mallory' }))
      .toString('base64url');
    expect((await summary(`${header}.${forged}.${token.split('.')[2]}`)).status).toBe(401);
  });

  it('refuses a valid token of someone outside rma-ops with 403 forbidden', async () => {
    const reply = await summary(await opsToken({ groups: ['warehouse'] }));
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('forbidden');
  });

  it('matches the group name exactly: a group named "evil,rma-ops" is not rma-ops', async () => {
    const reply = await summary(await opsToken({ groups: ['evil,rma-ops'] }));
    expect(reply).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    // Cognito allows no white space in a group name, so the local issuer mints no such token.
    expect((await call('POST', '/_local/tokens/ops', { body: { groups: ['evil rma-ops'] } })).status).toBe(400);
  });

  it('refuses a token once it has expired on the local clock', async () => {
    const token = await opsToken();
    expect((await summary(token)).status).toBe(200);
    await advanceClock(3601);
    expect((await summary(token)).status).toBe(401);
  });
});
