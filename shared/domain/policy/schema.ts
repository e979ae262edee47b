/**
 * The shape of a return policy document. Every number the business rules use lives in a
 * document of this shape (see `default-policy.ts`), never in code, so a change of terms is a
 * new document with a new version, and each RMA keeps the version it was opened under.
 */
import { z } from 'zod';
import { ANCHORS, EVIDENCE_KINDS, type Policy, PolicyError, RETURN_METHODS } from './book.js';

export * from './book.js';

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
export const window = z.strictObject({
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

/** Validates a policy document at load; an invalid document never reaches the rules. */
export function loadPolicy(document: unknown): Policy {
  const parsed = policySchema.safeParse(document);
  if (!parsed.success) {
    throw new PolicyError(`Invalid policy document: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}
