import type { OrderGroup } from './order-group.js';
import type { QueriedOrder } from './provider-records.js';

function providerReferenceOf(query: QueriedOrder | undefined): string | undefined {
  if (!query?.found) return undefined;
  return query.kind === 'charge' ? query.charge.providerReference : query.payout.providerReference;
}

/** A merchant order the provider's books hold under another merchant reference. */
const merchantOnly = (g: OrderGroup) =>
  g.orders.length === 1 &&
  g.orders[0]?.providerReference !== undefined &&
  g.main.length === 0 &&
  g.fees.length === 0 &&
  g.refundEntries.length === 0;

const providerOnly = (g: OrderGroup) =>
  g.orders.length === 0 && g.refunds.length === 0 && g.main.length > 0;

/** True when some merchant order could be matched by its provider reference. */
export function wantsProviderReferences(groups: Iterable<OrderGroup>): boolean {
  for (const g of groups) if (merchantOnly(g)) return true;
  return false;
}

/** The provider-only groups whose provider reference a query must tell. */
export function providerOnlyGroups(groups: Iterable<OrderGroup>): OrderGroup[] {
  return [...groups].filter(providerOnly);
}

/**
 * Second matching pass: a merchant order with no provider record under its reference, whose
 * `providerReference` is the provider's own reference of an order the provider holds under
 * another merchant reference, is one order. The two groups merge under the merchant's id,
 * with the provider's entries; the provider's query answers for it. Returns the merged ids
 * with the provider reference they matched through and the query to use.
 */
export function matchByProviderReference(
  groups: Map<string, OrderGroup>,
  queried: ReadonlyMap<string, QueriedOrder>,
): Map<string, { readonly via: string; readonly query: QueriedOrder }> {
  const merged = new Map<string, { via: string; query: QueriedOrder }>();
  const byProviderReference = new Map<string, { group: OrderGroup; query: QueriedOrder }>();
  for (const g of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!providerOnly(g)) continue;
    const query = queried.get(`${g.kind}:${g.reference}`);
    const reference = providerReferenceOf(query);
    if (query && reference !== undefined) {
      byProviderReference.set(`${g.kind}:${reference}`, { group: g, query });
    }
  }
  for (const g of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!merchantOnly(g)) continue;
    const key = `${g.kind}:${g.orders[0]?.providerReference}`;
    const match = byProviderReference.get(key);
    if (!match || !groups.has(match.group.id)) continue;
    groups.set(g.id, {
      ...g,
      main: match.group.main,
      fees: match.group.fees,
      refundEntries: match.group.refundEntries,
      providerOrderReference: match.group.reference,
    });
    groups.delete(match.group.id);
    byProviderReference.delete(key);
    merged.set(g.id, { via: key.slice(g.kind.length + 1), query: match.query });
  }
  return merged;
}
