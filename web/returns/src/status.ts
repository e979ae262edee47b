/** A return's state in words, the same on the order's list and on the return itself. */
import type { Rma } from './api.js';
import type { Messages } from './i18n.js';

/** A return approved with nothing to send back awaits its refund without an inspection: said so, not "passed inspection". */
export function stateOf(rma: Rma, t: Messages): { readonly label: string; readonly help: string } {
  if (rma.status === 'awaiting_resolution' && !rma.timeline.some((e) => e.type === 'inspected')) return { label: t.approvedNoReturn, help: t.approvedNoReturnHelp };
  return { label: t.statuses[rma.status], help: t.statusHelp[rma.status] };
}
