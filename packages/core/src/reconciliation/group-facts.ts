import type { StatementEntry } from '../resources/statement-entry.js';
import type { OrderGroup } from './order-group.js';
import type { QueriedOrder } from './provider-records.js';
import type { ItemSide } from './report.js';

const abs = (value: bigint) => (value < 0n ? -value : value);
const sumAbs = (entries: readonly StatementEntry[]) =>
  entries.reduce((sum, entry) => sum + abs(entry.amount.amount), 0n);

/** What each side says about one order group, reduced to comparable facts. */
export interface GroupFacts {
  readonly merchant?: ItemSide;
  readonly provider?: ItemSide;
  /** The merchant has the charge/payout itself (not only refunds of it). */
  readonly merchantHasOrder: boolean;
  /** The provider's ledger booked the order (a payment or payout entry). */
  readonly booked: boolean;
  readonly providerFound: boolean;
  readonly merchantRefunded: bigint;
  readonly providerRefunded: bigint;
}

function queriedSide(query: QueriedOrder | undefined): ItemSide | undefined {
  if (!query?.found) return undefined;
  if (query.kind === 'charge') {
    const { charge } = query;
    return {
      status: charge.status,
      currency: charge.money.currency,
      amount: charge.money.amount,
      ...(charge.fee === undefined ? {} : { fee: charge.fee.amount }),
      refunded: charge.refunded.amount,
      ...(charge.paidAt === undefined ? {} : { time: charge.paidAt }),
    };
  }
  const { payout } = query;
  return {
    status: payout.status,
    currency: payout.money.currency,
    amount: payout.money.amount,
    ...(payout.fee === undefined ? {} : { fee: payout.fee.amount }),
    ...(payout.completedAt === undefined ? {} : { time: payout.completedAt }),
  };
}

export function groupFacts(group: OrderGroup, query: QueriedOrder | undefined): GroupFacts {
  const order = group.orders[0];
  const merchantRefunded = group.refunds
    .filter((refund) => refund.status !== 'failed')
    .reduce((sum, refund) => sum + refund.money.amount, 0n);
  const merchantHasOrder = order !== undefined;
  let merchant: ItemSide | undefined;
  if (order) {
    merchant = {
      status: order.status,
      currency: order.money.currency,
      amount: order.money.amount,
      ...(order.fee === undefined ? {} : { fee: order.fee.amount }),
      ...(group.kind === 'charge' ? { refunded: merchantRefunded } : {}),
      time: order.time,
    };
  } else if (group.refunds.length > 0) {
    const first = [...group.refunds].sort((a, b) => a.time.getTime() - b.time.getTime())[0];
    merchant = {
      currency: group.refunds[0]?.money.currency as string,
      refunded: merchantRefunded,
      ...(first ? { time: first.time } : {}),
    };
  }

  const booked = group.main.length > 0;
  const providerRefunded = sumAbs(group.refundEntries);
  const queried = queriedSide(query);
  let provider: ItemSide | undefined;
  if (booked || group.fees.length > 0 || group.refundEntries.length > 0) {
    const first = group.main[0] ?? group.refundEntries[0] ?? group.fees[0];
    provider = {
      // A query says what the order is now; a booked entry means it succeeded.
      ...(queried?.status !== undefined
        ? { status: queried.status }
        : booked
          ? { status: 'succeeded' }
          : {}),
      currency: first?.amount.currency as string,
      ...(booked ? { amount: sumAbs(group.main) } : queried ? { amount: queried.amount } : {}),
      ...(booked || group.fees.length > 0
        ? { fee: sumAbs(group.fees) }
        : queried?.fee !== undefined
          ? { fee: queried.fee }
          : {}),
      ...(group.kind === 'charge' ? { refunded: providerRefunded } : {}),
      ...(booked && first ? { time: first.time } : queried?.time ? { time: queried.time } : {}),
    };
  } else if (queried) {
    provider = { ...queried, ...(group.kind === 'charge' ? { refunded: providerRefunded } : {}) };
  }
  return {
    ...(merchant ? { merchant } : {}),
    ...(provider ? { provider } : {}),
    merchantHasOrder,
    booked,
    providerFound: provider !== undefined,
    merchantRefunded,
    providerRefunded,
  };
}
