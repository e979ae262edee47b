/**
 * What the rules need of a policy at run time: its vocabulary, its type, and the book of versions
 * an RMA may have been opened under. Deliberately free of the schema library: functions that only
 * apply the policy (timers, deliveries) do not carry the validator (./schema.ts), which checks
 * documents where they come in (tests check the default one).
 */
import type { z } from 'zod';
import type { policySchema, window } from './schema.js';

export const REASONS = ['faulty', 'damaged_in_transit', 'incorrect_item', 'other'] as const;
export type Reason = (typeof REASONS)[number];

export const RETURN_METHODS = ['ship', 'collection', 'none'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const ANCHORS = ['invoicedAt', 'deliveredAt', 'noticeAt', 'approvedAt', 'inspectedAt'] as const;
export type Anchor = (typeof ANCHORS)[number];

export const EVIDENCE_KINDS = ['photo', 'video', 'test_report'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type Policy = z.infer<typeof policySchema>;
export type ReasonRule = Policy['reasons'][Reason];
export type PolicyWindow = z.infer<typeof window>;

export class PolicyError extends Error {
  override name = 'PolicyError';
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
