import { localDateIn } from './business-day.js';
import type { ReconciliationCategory } from './category.js';
import type { GroupFacts } from './group-facts.js';
import type { OrderGroup } from './order-group.js';
import type { StatusPair } from './report.js';
import type { ReconcileRules } from './rules.js';

export interface OrderVerdict {
  readonly category: ReconciliationCategory;
  readonly detail: string;
  readonly statusPair?: StatusPair;
  readonly cutOff: boolean;
  /** Provider minus merchant money of this order (see `ReconciliationItem.difference`). */
  readonly difference: bigint;
  readonly amount: bigint;
}

const abs = (value: bigint) => (value < 0n ? -value : value);

/** The instants of every record of the group, to see whether it crosses the day. */
function times(group: OrderGroup, facts: GroupFacts): number[] {
  const all = [
    ...group.orders.map((r) => r.time.getTime()),
    ...group.refunds.map((r) => r.time.getTime()),
    ...group.main.map((e) => e.time.getTime()),
    ...group.fees.map((e) => e.time.getTime()),
    ...group.refundEntries.map((e) => e.time.getTime()),
  ];
  const queriedTime = facts.provider?.time?.getTime();
  if (queriedTime !== undefined) all.push(queriedTime);
  return all;
}

/** What the order's money is worth on one side: what it paid (if it succeeded) minus refunds. */
function worth(status: string | undefined, amount: bigint | undefined, refunded: bigint): bigint {
  return (status === 'succeeded' ? (amount ?? 0n) : 0n) - refunded;
}

function expectedFee(
  group: OrderGroup,
  amount: bigint | undefined,
  rules: ReconcileRules,
): bigint | undefined {
  const bps = group.kind === 'charge' ? rules.fees?.chargeBps : rules.fees?.payoutBps;
  if (bps === undefined || amount === undefined) return undefined;
  const unit = rules.fees?.unit ?? 1n;
  return ((amount * BigInt(bps)) / 10_000n / unit) * unit;
}

/** The one category of an order group (the first difference in precedence order). */
export function classifyOrder(
  group: OrderGroup,
  facts: GroupFacts,
  rules: ReconcileRules,
): OrderVerdict {
  const { merchant, provider } = facts;
  const cutOff = times(group, facts).some((t) => t < rules.day.start || t >= rules.day.end);
  const amount =
    merchant?.amount ?? merchant?.refunded ?? provider?.amount ?? provider?.refunded ?? 0n;
  const difference =
    worth(provider?.status, provider?.amount, facts.providerRefunded) -
    worth(merchant?.status, merchant?.amount, facts.merchantRefunded);
  const verdict = (
    category: ReconciliationCategory,
    detail: string,
    extra: Partial<OrderVerdict> = {},
  ): OrderVerdict => ({ category, detail, cutOff, difference, amount, ...extra });
  const pair =
    merchant?.status !== undefined && provider?.status !== undefined
      ? { statusPair: { merchant: merchant.status, provider: provider.status } }
      : {};

  if (group.orders.length > 1) {
    return verdict(
      'duplicate',
      `the merchant records ${group.reference} ${group.orders.length} times`,
    );
  }
  if (group.main.length > 1) {
    return verdict(
      'duplicate',
      `the provider booked ${group.reference} ${group.main.length} times`,
    );
  }
  if (!merchant) {
    return verdict(
      'missing_in_merchant_records',
      `the provider moved money for ${group.reference}, which the merchant does not know`,
    );
  }
  if (!provider) {
    return verdict(
      'missing_at_provider',
      `the provider has no ${group.kind} ${group.reference} (not in the statement, query: not found)`,
    );
  }
  if (merchant.currency !== provider.currency) {
    return verdict(
      'currency_mismatch',
      `merchant ${merchant.currency}, provider ${provider.currency}`,
      pair,
    );
  }
  const tolerance = rules.tolerance;
  let withinTolerance = false;
  if (facts.merchantHasOrder && merchant.amount !== undefined && provider.amount !== undefined) {
    const gap = abs(provider.amount - merchant.amount);
    if (gap > tolerance) {
      return verdict(
        'amount_mismatch',
        `merchant ${merchant.amount}, provider ${provider.amount} (minor units)`,
        pair,
      );
    }
    if (gap > 0n) withinTolerance = true;
  }
  if (
    facts.booked &&
    facts.merchantHasOrder &&
    provider.status !== 'succeeded' &&
    merchant.status !== 'succeeded'
  ) {
    return verdict(
      'settled_not_succeeded',
      `the provider booked ${group.reference} but reports it ${provider.status}; the merchant has it ${merchant.status}`,
      pair,
    );
  }
  if (facts.merchantHasOrder && merchant.status !== provider.status) {
    return verdict(
      'status_mismatch',
      `merchant ${merchant.status}, provider ${provider.status}`,
      pair,
    );
  }
  const refundGap = abs(facts.providerRefunded - facts.merchantRefunded);
  if (refundGap > tolerance) {
    return verdict(
      'refund_mismatch',
      `refunds: merchant ${facts.merchantRefunded}, provider ${facts.providerRefunded} (minor units)`,
      pair,
    );
  }
  if (refundGap > 0n) withinTolerance = true;
  if (provider.status === 'succeeded' && provider.fee !== undefined) {
    const expected = expectedFee(group, provider.amount, rules);
    for (const [source, value] of [
      ['configured rate', expected],
      ['merchant record', merchant.fee],
    ] as const) {
      if (value === undefined) continue;
      const gap = abs(provider.fee - value);
      if (gap > tolerance) {
        return verdict('fee_mismatch', `fee ${provider.fee}, ${source} ${value} (minor units)`, {
          ...pair,
          difference: difference + value - provider.fee,
        });
      }
      if (gap > 0n) withinTolerance = true;
    }
  }
  if (group.kind === 'charge' && facts.merchantHasOrder && provider.status === 'succeeded') {
    const paidAt = provider.time?.getTime();
    if (paidAt !== undefined) {
      const bookedDay = localDateIn(paidAt, rules.day.timeZone);
      const due = rules.settlementDue(bookedDay);
      if (rules.now >= due && !(facts.booked && rules.settledDays.has(bookedDay))) {
        return verdict(
          'succeeded_not_settled',
          facts.booked
            ? `paid on ${bookedDay}, and no settlement for that day by ${new Date(due).toISOString()}`
            : `the provider reports ${group.reference} succeeded, but its ledger never booked it`,
          pair,
        );
      }
    }
  }
  if (cutOff) {
    return verdict('cut_off_timing', 'both sides agree, on different sides of midnight', pair);
  }
  if (withinTolerance) {
    return verdict(
      'matched_within_tolerance',
      `differs by at most ${tolerance} (minor units)`,
      pair,
    );
  }
  return verdict('matched', 'both sides agree', pair);
}
