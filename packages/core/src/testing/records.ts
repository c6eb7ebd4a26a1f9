import type {
  Charge,
  ChargeStatus,
  Money,
  NextAction,
  PaymentMethod,
  Payout,
  PayoutDestination,
  PayoutStatus,
  Refund,
} from '@paymux/core';

/** The testing provider's mutable state of one charge. Callers only ever see snapshots. */
export interface ChargeRecord {
  readonly reference: string;
  readonly providerReference: string;
  readonly money: Money;
  readonly method: PaymentMethod;
  readonly nextAction: NextAction;
  status: ChargeStatus;
  fee?: Money;
  paidAt?: Date;
  refunded: bigint;
  readonly refunds: Refund[];
}

export interface PayoutRecord {
  readonly reference: string;
  readonly providerReference: string;
  readonly money: Money;
  readonly destination: PayoutDestination;
  readonly fee: Money;
  status: PayoutStatus;
  completedAt?: Date;
  failureReason?: string;
}

export function chargeSnapshot(record: ChargeRecord, provider: string): Charge {
  return {
    object: 'charge',
    provider,
    reference: record.reference,
    providerReference: record.providerReference,
    money: record.money,
    status: record.status,
    method: record.method,
    ...(record.status === 'pending' ? { nextAction: record.nextAction } : {}),
    ...(record.fee ? { fee: record.fee } : {}),
    ...(record.paidAt ? { paidAt: record.paidAt } : {}),
    refunded: { amount: record.refunded, currency: record.money.currency },
    refunds: [...record.refunds],
  };
}

export function payoutSnapshot(record: PayoutRecord, provider: string): Payout {
  return {
    object: 'payout',
    provider,
    reference: record.reference,
    providerReference: record.providerReference,
    money: record.money,
    status: record.status,
    destination: record.destination,
    fee: record.fee,
    ...(record.completedAt ? { completedAt: record.completedAt } : {}),
    ...(record.failureReason ? { failureReason: record.failureReason } : {}),
  };
}
