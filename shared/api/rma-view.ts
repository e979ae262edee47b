/** The RMA resource of the contract (api.md, "The RMA resource"), from the domain's RMA. */
import type { z } from 'zod';
import type { Rma } from '../domain/rma.js';
import type { rmaSchema } from './schemas.js';

export type RmaResource = z.input<typeof rmaSchema>;

/** What the shopper sees: who at the seller acted is not shown, only that ops did. */
export function rmaView(rma: Rma): RmaResource {
  return {
    rmaId: rma.rmaId,
    number: rma.number,
    orderId: rma.orderId,
    status: rma.status,
    reason: rma.reason,
    lines: rma.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
    explanation: rma.explanation,
    preferredResolution: rma.preferredResolution,
    policyVersion: rma.policyVersion,
    createdAt: rma.createdAt,
    updatedAt: rma.updatedAt,
    deadlines: { ...rma.deadlines },
    returnInstructions: rma.returnInstructions && { ...rma.returnInstructions },
    shipment: rma.shipment && { carrier: rma.shipment.carrier, trackingNumber: rma.shipment.trackingNumber, at: rma.shipment.at },
    evidence: rma.evidence.map((e) => ({ evidenceId: e.evidenceId, kind: e.kind, status: e.status, contentType: e.contentType, size: e.size })),
    resolution: rma.resolution && { ...rma.resolution },
    slaBreached: rma.slaBreached,
    decisionSlaBreached: rma.decisionSlaBreached,
    timeline: rma.timeline.map((t) => ({ at: t.at, actor: t.actor, type: t.type, ...(t.data ? { data: { ...t.data } } : {}) })),
  };
}
