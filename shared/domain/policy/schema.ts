/**
 * The shape of a return policy document. Every number the business rules use lives in a
 * document of this shape (see `default-policy.ts`), never in code, so a change of terms is a
 * new document with a new version, and each RMA keeps the version it was opened under.
 */
import { z } from 'zod';

export const REASONS = ['faulty', 'damaged_in_transit', 'incorrect_item', 'other'] as const;
export type Reason = (typeof REASONS)[number];

export const RETURN_METHODS = ['ship', 'collection', 'none'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const ANCHORS = ['invoicedAt', 'deliveredAt', 'noticeAt', 'approvedAt', 'inspectedAt'] as const;
export type Anchor = (typeof ANCHORS)[number];

export const EVIDENCE_KINDS = ['photo', 'video', 'test_report'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

const ianaZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone' },
);

/** "within N calendar days of <anchor>", closing at local end of day. */
const window = z.strictObject({
  anchor: z.enum(ANCHORS),
  days: z.int().positive(),
  clause: z.string().min(1),
});

/** Evidence needed before submission: every group in `allOf` must be met. */
const evidenceRule = z.strictObject({
  /** Each entry is satisfied by at least `min` verified files of any of the kinds listed. */
  files: z.array(z.strictObject({ anyOf: z.array(z.enum(EVIDENCE_KINDS)).min(1), min: z.int().positive() })),
  /** An explanation of at least this many characters, or (when listed) a file of these kinds instead. */
  explanation: z
    .strictObject({ minLength: z.int().nonnegative(), orFileOf: z.array(z.enum(EVIDENCE_KINDS)) })
    .nullable(),
  clause: z.string().min(1),
});

const reasonRule = z.strictObject({
  label: z.string().min(1),
  openUntil: window,
  /** Still openable after the acceptance deadline (R-ACCEPTANCE). */
  survivesAcceptance: z.boolean(),
  evidence: evidenceRule,
  /** Return methods ops may pick on approval; the first is the default. */
  returnMethods: z.array(z.enum(RETURN_METHODS)).min(1),
  /** The customer may not ship until ops approves with method `ship` (R-HOLD). */
  holdUntilInstructed: z.boolean(),
  /** Ship-by bounds; the earliest wins (R-SHIP-BY). */
  shipBy: z.array(window).min(1),
  /** Inspection must record whether the item is intact (R-INSPECTION). */
  requiresIntact: z.boolean(),
});

const upload = z.strictObject({ contentTypes: z.array(z.string().min(1)).min(1), maxBytes: z.int().positive() });

export const policySchema = z.strictObject({
  version: z.string().min(1),
  timeZone: ianaZone,
  reasons: z.strictObject({
    faulty: reasonRule,
    damaged_in_transit: reasonRule,
    incorrect_item: reasonRule,
    other: reasonRule,
  }),
  acceptance: z.strictObject({ window, clause: z.string().min(1) }),
  evidenceBy: window,
  shipBy: z.strictObject({ minDaysAfterApproval: z.int().positive(), reminderDaysBefore: z.int().positive() }),
  sla: z.strictObject({
    resolutionHours: z.int().positive(),
    decisionHours: z.int().positive(),
  }),
  uploads: z.strictObject({
    maxFilesPerRma: z.int().positive(),
    kinds: z.strictObject({ photo: upload, video: upload, test_report: upload }),
  }),
  tracking: z.strictObject({ pattern: z.string().min(1), minLength: z.int().positive(), maxLength: z.int().positive() }),
  returnAddress: z.strictObject({ lines: z.array(z.string().min(1)).min(1), phone: z.string().min(1) }),
  contacts: z.strictObject({ sales: z.email(), refunds: z.email() }),
});

export type Policy = z.infer<typeof policySchema>;
export type ReasonRule = Policy['reasons'][Reason];
export type PolicyWindow = z.infer<typeof window>;

export class PolicyError extends Error {
  override name = 'PolicyError';
}

/** Validates a policy document at load; an invalid document never reaches the rules. */
export function loadPolicy(document: unknown): Policy {
  const parsed = policySchema.safeParse(document);
  if (!parsed.success) {
    throw new PolicyError(`Invalid policy document: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

/** The policies an RMA may have been opened under, by version; `current` governs new RMAs. */
export interface PolicyBook {
  readonly current: Policy;
  forVersion(version: string): Policy;
}

export function policyBook(current: Policy, older: readonly Policy[] = []): PolicyBook {
  const byVersion = new Map([...older, current].map((p) => [p.version, p]));
  return {
    current,
    forVersion(version) {
      const policy = byVersion.get(version);
      if (policy === undefined) throw new PolicyError(`No policy with version ${version} is known`);
      return policy;
    },
  };
}
