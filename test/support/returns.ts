/** Ops calls and whole returns, as the API tests drive them. */
import { expect } from 'vitest';
import { call, opsToken } from './client.js';
import { submittedRma } from './evidence.js';

export async function asOps(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) {
  return call(method, path, { headers: { authorization: `Bearer ${await opsToken({ sub: 'ops-lin' })}` }, ...(body === undefined ? {} : { body }) });
}

/** A whole return, from opening to refund: 7 transitions, 9 emails (customer and sales). */
export async function wholeReturn(): Promise<{ rmaId: string; number: string }> {
  const { shopper, rma } = await submittedRma('faulty');
  const ops = (path: string, body: unknown) => asOps('POST', `/v1/ops/rmas/${rma.rmaId}/${path}`, body);
  expect((await ops('decision', { decision: 'approve', returnMethod: 'ship', note: 'Send it.' })).status).toBe(200);
  expect((await call('POST', `/v1/rmas/${rma.rmaId}/shipment`, { headers: shopper.headers, body: { carrier: 'SF', trackingNumber: 'SF1234567890' } })).status).toBe(200);
  expect((await ops('receipt', {})).status).toBe(200);
  expect((await ops('inspection', { result: 'pass', note: 'Dead USB.' })).status).toBe(200);
  expect((await ops('resolution', { type: 'refund', amount: 299, currency: 'USD', reference: `RF-${rma.number}` })).status).toBe(200);
  return { rmaId: rma.rmaId, number: rma.number };
}

/** The events of that whole return, in order (events.md). */
export const WHOLE_RETURN_EVENTS = [
  'rma.opened',
  'rma.evidence_verified',
  'rma.evidence_verified',
  'rma.submitted',
  'rma.approved',
  'rma.in_transit',
  'rma.received',
  'rma.inspected',
  'rma.resolved',
];
