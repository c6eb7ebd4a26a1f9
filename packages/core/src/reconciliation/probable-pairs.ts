import type { OrderVerdict } from './classify-order.js';
import type { GroupFacts } from './group-facts.js';
import type { OrderGroup } from './order-group.js';

interface Candidate {
  readonly group: OrderGroup;
  readonly facts: GroupFacts;
  readonly verdict: OrderVerdict;
}

/**
 * Pairs orders only the merchant has (`missing_at_provider`) with orders only the provider
 * has (`missing_in_merchant_records`) of the same kind, currency and amount, at most
 * `windowMs` apart. Each merchant order, in time then reference order, takes the closest
 * free provider order. Returns merchant group id → its partner, partner id → `absorbed`.
 */
export function pairProbable<C extends Candidate>(
  classified: readonly C[],
  windowMs: number,
): Map<string, C | 'absorbed'> {
  const result = new Map<string, C | 'absorbed'>();
  if (windowMs <= 0) return result;
  const time = (side: GroupFacts['merchant']) => side?.time?.getTime() ?? Number.NaN;
  const merchantOnly = classified
    .filter((c) => c.verdict.category === 'missing_at_provider' && c.facts.merchantHasOrder)
    .sort(
      (a, b) =>
        time(a.facts.merchant) - time(b.facts.merchant) || (a.group.id < b.group.id ? -1 : 1),
    );
  const providerOnly = classified.filter(
    (c) => c.verdict.category === 'missing_in_merchant_records' && c.facts.booked,
  );
  const taken = new Set<string>();
  for (const mine of merchantOnly) {
    const m = mine.facts.merchant;
    let best: C | undefined;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const theirs of providerOnly) {
      const p = theirs.facts.provider;
      if (taken.has(theirs.group.id) || theirs.group.kind !== mine.group.kind) continue;
      if (p?.currency !== m?.currency || p?.amount !== m?.amount) continue;
      const gap = Math.abs(time(p) - time(m));
      if (!(gap <= windowMs)) continue;
      if (gap < bestGap || (gap === bestGap && best && theirs.group.id < best.group.id)) {
        best = theirs;
        bestGap = gap;
      }
    }
    if (best) {
      taken.add(best.group.id);
      result.set(mine.group.id, best);
      result.set(best.group.id, 'absorbed');
    }
  }
  return result;
}
