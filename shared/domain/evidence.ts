/**
 * R-EVIDENCE: "accompanied with its picture and brief explanation or test report". Only
 * evidence whose upload was verified counts.
 */
import type { EvidenceKind, ReasonRule } from './policy/schema.js';
import type { Evidence } from './rma.js';

/** What is still missing before the RMA can be submitted; empty when complete. */
export function missingEvidence(rule: ReasonRule['evidence'], evidence: readonly Evidence[], explanation: string): string[] {
  const verified = evidence.filter((e) => e.status === 'verified');
  const count = (kinds: readonly EvidenceKind[]) => verified.filter((e) => kinds.includes(e.kind)).length;
  const missing: string[] = [];
  for (const group of rule.files) {
    if (count(group.anyOf) < group.min) missing.push(`${group.min} verified ${group.anyOf.join(' or ')}`);
  }
  const text = rule.explanation;
  if (text !== null && explanation.trim().length < text.minLength && count(text.orFileOf) === 0) {
    const alternative = text.orFileOf.length > 0 ? ` or a verified ${text.orFileOf.join(' or ')}` : '';
    missing.push(`an explanation of at least ${text.minLength} characters${alternative}`);
  }
  return missing;
}
