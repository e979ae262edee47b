/** The RMA as the domain sees it (lifecycle.md, api.md "The RMA resource"). */
import type { EvidenceKind, Reason, ReturnMethod } from './policy/book.js';
import type { RmaStatus } from './rma-status.js';

export type ActorKind = 'customer' | 'ops' | 'system';

export type Actor =
  | { readonly kind: 'customer' }
  | { readonly kind: 'ops'; readonly sub: string; readonly email: string | null }
  | { readonly kind: 'system' };

export interface TimelineEntry {
  readonly at: string;
  readonly actor: ActorKind;
  /** Ops staff: the JWT `sub` and email. */
  readonly actorId?: string;
  readonly actorEmail?: string | null;
  readonly type: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface RmaLine {
  readonly lineId: string;
  readonly quantity: number;
}

export interface Evidence {
  readonly evidenceId: string;
  readonly kind: EvidenceKind;
  readonly status: 'pending' | 'verified' | 'rejected';
  readonly contentType: string;
  /** Declared size in bytes; the upload must match it exactly. */
  readonly size: number;
  readonly fileName: string;
  /** SHA-256 (hex) of the verified object, for ops and the carrier (R-DAMAGE-EVIDENCE). */
  readonly sha256: string | null;
  /**
   * The S3 version that was verified (versioned bucket), so downloads serve exactly the bytes
   * that were checked even if the key is written again; `null` where the store has no versions.
   */
  readonly versionId: string | null;
  /**
   * When the presigned upload form expires. A file still pending after that can no longer be
   * uploaded and stops counting against the file limit; absent on records from before this field.
   */
  readonly uploadExpiresAt?: string;
}

export interface Deadlines {
  readonly evidenceBy: string | null;
  readonly shipBy: string | null;
  readonly decisionDueBy: string | null;
  readonly resolutionDueBy: string | null;
}

export interface ReturnInstructions {
  readonly method: ReturnMethod;
  /** Where to send the item (method `ship`), else `null`. */
  readonly address: string | null;
  readonly shipBy: string | null;
}

export interface Shipment {
  readonly carrier: string;
  readonly trackingNumber: string;
  readonly at: string;
  readonly by: 'customer' | 'ops';
}

export interface Inspection {
  readonly result: 'pass' | 'fail';
  readonly note: string;
  readonly intact: boolean | null;
  readonly at: string;
}

export type Resolution =
  | { readonly type: 'refund'; readonly amount: number; readonly currency: string; readonly reference: string; readonly at: string }
  | {
      readonly type: 'exchange';
      readonly reference: string;
      readonly carrier: string;
      readonly trackingNumber: string;
      readonly at: string;
    };

export interface Rma {
  readonly rmaId: string;
  readonly number: string;
  readonly orderId: string;
  readonly reason: Reason;
  readonly lines: readonly RmaLine[];
  readonly explanation: string;
  readonly preferredResolution: 'refund' | 'exchange';
  /** The policy the RMA was opened under; its deadlines are computed with this one only. */
  readonly policyVersion: string;
  readonly status: RmaStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic concurrency: bumped by every write. */
  readonly version: number;
  /** Bumped by every change of status; a timer of an older generation is stale. */
  readonly generation: number;
  readonly noticeAt: string;
  readonly submittedAt: string | null;
  readonly approvedAt: string | null;
  readonly inspectedAt: string | null;
  readonly resolvedAt: string | null;
  readonly deadlines: Deadlines;
  readonly returnInstructions: ReturnInstructions | null;
  readonly decisionNote: string | null;
  readonly shipment: Shipment | null;
  readonly evidence: readonly Evidence[];
  readonly inspection: Inspection | null;
  readonly resolution: Resolution | null;
  readonly shipReminderSentAt: string | null;
  readonly slaBreached: boolean;
  readonly decisionSlaBreached: boolean;
  readonly timeline: readonly TimelineEntry[];
}

/** The emails of lifecycle.md ("Notifications"); each has a template in shared/notifications. */
export const EMAIL_TEMPLATES = [
  'rma_opened',
  'rma_submitted',
  'rma_approved',
  'rma_rejected',
  'rma_ship_reminder',
  'rma_expired',
  'rma_in_transit',
  'rma_received',
  'rma_inspection_result',
  'rma_refunded',
  'rma_exchanged',
  'rma_cancelled',
  'ops_new_submission',
  'ops_customer_shipped',
  'ops_decision_sla_breach',
  'ops_refund_sla_breach',
  'refund_inquiry',
] as const;

export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

/** Who hears about a change, and which email. */
export interface Notification {
  readonly to: 'customer' | 'ops' | 'refunds';
  readonly template: EmailTemplate;
}

/** States in which an RMA's units count against the line (R-QUANTITY). */
export function countsAgainstLine(status: RmaStatus): boolean {
  return status !== 'cancelled' && status !== 'rejected' && status !== 'expired';
}
