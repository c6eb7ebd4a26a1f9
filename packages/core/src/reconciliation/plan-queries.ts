import type { OrderGroup } from './order-group.js';
import { providerOnlyGroups, wantsProviderReferences } from './provider-reference-match.js';

/** One order to ask the provider about (`getCharge` or `getPayout`). */
export interface OrderQuery {
  /** Which query: `getCharge` or `getPayout`. */
  readonly kind: 'charge' | 'payout';
  /** The merchant reference to query. */
  readonly reference: string;
}

/**
 * The orders whose state the statement alone does not settle: every merchant charge or
 * payout the provider's ledger does not show as booked and succeeded in agreement with the
 * merchant, and every charge whose refunds differ. Sorted, so the same inputs ask the
 * same queries. When a merchant order carries a provider reference but has no provider
 * record under its own reference, the provider-only orders are asked too (their answer
 * names their provider reference).
 */
export function planQueries(all: Iterable<OrderGroup>): OrderQuery[] {
  const groups = [...all];
  const queries: OrderQuery[] = [];
  // Provider-only orders are asked for their provider reference when a merchant order could
  // match through it.
  if (wantsProviderReferences(groups)) {
    for (const group of providerOnlyGroups(groups)) {
      if (!group.id.startsWith('entry:'))
        queries.push({ kind: group.kind, reference: group.reference });
    }
  }
  for (const group of groups) {
    if (group.id.startsWith('entry:')) continue;
    const order = group.orders[0];
    const merchantRefunded = group.refunds
      .filter((refund) => refund.status !== 'failed')
      .reduce((sum, refund) => sum + refund.money.amount, 0n);
    const providerRefunded = group.refundEntries.reduce(
      (sum, entry) => sum - entry.amount.amount,
      0n,
    );
    const refundsAgree = merchantRefunded === providerRefunded;
    if (order) {
      const confirmed = order.status === 'succeeded' && group.main.length > 0 && refundsAgree;
      if (!confirmed) queries.push({ kind: group.kind, reference: group.reference });
    } else if (group.refunds.length > 0 && !refundsAgree) {
      queries.push({ kind: 'charge', reference: group.reference });
    }
  }
  return queries.sort((a, b) =>
    a.kind === b.kind ? (a.reference < b.reference ? -1 : 1) : a.kind < b.kind ? -1 : 1,
  );
}
