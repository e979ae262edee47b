/** The RMA resource of the contract (api.md, "The RMA resource"), from the domain's RMA. */
import type { z } from 'zod';
import type { Rma } from '../domain/rma.js';
import type { opsRmaSchema, rmaSchema } from './schemas.js';

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

export type OpsRmaResource = z.input<typeof opsRmaSchema>;

export interface OpsRmaExtras {
  readonly customer: { readonly name: string; readonly email: string };
  readonly maxRefund: { readonly amount: number; readonly currency: string };
  /** Presigned downloads of verified evidence, by evidence id. */
  readonly downloads: ReadonlyMap<string, { readonly url: string; readonly expiresAt: string }>;
}

/** What ops see: the customer, each file's SHA-256 and download, notes, and who did what. */
export function opsRmaView(rma: Rma, extras: OpsRmaExtras): OpsRmaResource {
  return {
    ...rmaView(rma),
    customer: { ...extras.customer },
    evidence: rma.evidence.map((e) => {
      const download = extras.downloads.get(e.evidenceId);
      return {
        evidenceId: e.evidenceId,
        kind: e.kind,
        status: e.status,
        contentType: e.contentType,
        size: e.size,
        fileName: e.fileName,
        sha256: e.sha256,
        downloadUrl: download?.url ?? null,
        downloadExpiresAt: download?.expiresAt ?? null,
      };
    }),
    decisionNote: rma.decisionNote,
    inspection: rma.inspection && { ...rma.inspection },
    maxRefund: { ...extras.maxRefund },
    timeline: rma.timeline.map((t) => ({ ...t, ...(t.data ? { data: { ...t.data } } : {}) })),
  };
}
