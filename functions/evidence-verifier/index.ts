/** Lambda entry: wires the evidence verifier to AWS. */
import { createLogger } from '../../shared/runtime.js';
import { createEvidenceVerifier } from './handler.js';

export const handler = createEvidenceVerifier({ logger: createLogger('evidence-verifier') });
