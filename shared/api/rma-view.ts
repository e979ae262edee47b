/** The RMA resource of the contract (api.md, "The RMA resource"), from the domain's RMA. */
import type * as z from 'zod/mini';
import { rmaView as customerView } from '../app/rma-view.js';
import type { Rma } from '../domain/rma.js';
import type { opsRmaSchema, rmaSchema } from './schemas.js';

export type RmaResource = z.input<typeof rmaSchema>;

/** What the shopper sees (shared with events, see ../app/rma-view.ts), checked against the contract here. */
export const rmaView: (rma: Rma) => RmaResource = customerView;

export type OpsRmaResource = z.input<typeof opsRmaSchema>;

export interface OpsRmaExtras {
  readonly customer: { readonly name: string; readonly email: string };
  readonly maxRefund: { readonly amount: number; readonly currency: string };
  readonly order: OpsRmaResource['order'];
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
    order: { ...extras.order, lines: extras.order.lines.map((l) => ({ ...l })) },
    timeline: rma.timeline.map((t) => ({ ...t, ...(t.data ? { data: { ...t.data } } : {}) })),
  };
}
