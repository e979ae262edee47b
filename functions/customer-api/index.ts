/** Lambda entry: wires the customer API to AWS. */
import { defaultPolicy } from '../../shared/domain/policy/default-policy.js';
import { createLogger } from '../../shared/runtime.js';
import { createCustomerApi } from './handler.js';

export const handler = createCustomerApi({ logger: createLogger('customer-api'), policy: defaultPolicy });
