/**
 * The RMA as the shopper sees it: the customer API's RMA resource (api.md) and the `data.rma` of
 * every event (events.md), so a webhook tells exactly what the API would answer at that version.
 * The API layer checks at compile time that it matches the contract's schema.
 */
import type { Rma } from '../domain/rma.js';

/** What the shopper sees: who at the seller acted is not shown, only that ops did. */
export function rmaView(rma: Rma) {
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

export type CustomerRmaView = ReturnType<typeof rmaView>;
