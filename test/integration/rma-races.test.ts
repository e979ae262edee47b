/**
 * Racing commands on one RMA, with the interleaving forced against the real DynamoDB Local: the
 * late command reads the RMA, then waits while the other command reads, decides and commits;
 * only then does the late one try to write what it decided on the old state.
 */
import { describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/adapters/aws-clients.js';
import { OrderStore } from '../../shared/adapters/order-store.js';
import { RmaStore } from '../../shared/adapters/rma-store.js';
import { WebhookEndpointStore } from '../../shared/adapters/webhook-endpoints.js';
import { readTogether } from '../../shared/adapters/batch-get.js';
import { RmaEvents } from '../../shared/app/rma-events.js';
import { RmaService } from '../../shared/app/rma-service.js';
import type { DomainError } from '../../shared/domain/errors.js';
import type { Command } from '../../shared/domain/lifecycle.js';
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { policyBook } from '../../shared/domain/policy/schema.js';
import type { Actor, Rma } from '../../shared/domain/rma.js';
import { sdkOptions, stack } from '../support/client.js';
import { submittedRma } from '../support/evidence.js';

/** An RMA store whose next read, once armed, returns only when the gate opens. */
class GatedStore extends RmaStore {
  private gate: Promise<void> | null = null;
  private readDone: () => void = () => undefined;
  open: () => void = () => undefined;

  /** Arms the gate; resolves once a read is held at it. */
  arm(): Promise<void> {
    this.gate = new Promise((resolve) => (this.open = resolve));
    return new Promise((resolve) => (this.readDone = resolve));
  }

  override async get(rmaId: string): Promise<Rma | null> {
    const rma = await super.get(rmaId);
    const gate = this.gate;
    if (gate !== null) {
      this.gate = null;
      this.readDone();
      await gate;
    }
    return rma;
  }
}

function service(rmas: RmaStore): RmaService {
  const ddb = createDocumentClient(sdkOptions(stack().urls.dynamodb));
  const endpoints = new WebhookEndpointStore(ddb, stack().names.tableName);
  return new RmaService({
    book: policyBook(defaultPolicy),
    orders: new OrderStore(ddb, stack().names.tableName),
    rmas,
    endpoints,
    events: new RmaEvents(endpoints),
    readTogether: (reads) => readTogether(ddb, stack().names.tableName, reads),
    now: () => new Date(),
  });
}

const OPS: Actor = { kind: 'ops', sub: 'ops-lin', email: null };
const CUSTOMER: Actor = { kind: 'customer' };
const COMMANDS: Record<'approve' | 'cancel', { command: Command; actor: Actor }> = {
  approve: { command: { type: 'approve', method: 'ship', note: 'ok' }, actor: OPS },
  cancel: { command: { type: 'cancel' }, actor: CUSTOMER },
};

describe('a command decided on a state another command has just left', () => {
  it.each([
    ['approve', 'cancel'],
    ['cancel', 'approve'],
  ] as const)('%s commits first, %s was decided on `submitted`: it is refused with invalid_state and changes nothing', async (first, late) => {
    const { rma } = await submittedRma();
    const ddb = createDocumentClient(sdkOptions(stack().urls.dynamodb));
    const gated = new GatedStore(ddb, stack().names.tableName);
    const held = gated.arm();
    const lateRun = service(gated).act(rma.rmaId, COMMANDS[late].command, COMMANDS[late].actor);
    await held; // the late command has read `submitted`
    const winner = await service(gated).act(rma.rmaId, COMMANDS[first].command, COMMANDS[first].actor);
    gated.open();
    const refused = await lateRun.then(
      () => undefined,
      (error: DomainError) => error,
    );
    expect(refused?.code).toBe('invalid_state');
    const final = (await service(gated).get(rma.rmaId))!;
    expect(final.status).toBe(winner.status);
    expect(final.timeline.filter((t) => t.type === 'approved' || t.type === 'cancelled').map((t) => t.type)).toEqual([
      first === 'approve' ? 'approved' : 'cancelled',
    ]);
  });
});
