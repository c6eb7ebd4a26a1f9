import type { ChargeStatus, PayoutStatus, RefundStatus } from '@paymux/core';

/** OTGPAY payment statuses (protocol §6). */
const CHARGE: Readonly<Record<number, ChargeStatus>> = {
  0: 'pending',
  1: 'processing',
  2: 'succeeded',
  3: 'failed',
  4: 'partially_paid',
  5: 'overpaid',
  [-1]: 'requires_review',
};

export function chargeStatus(wire: number): ChargeStatus {
  return CHARGE[wire] ?? 'requires_review';
}

/** Refunds use 1 processing, 2 success, 3 failed; the core has no `processing` refund. */
export function refundStatus(wire: number): RefundStatus {
  return wire === 2 ? 'succeeded' : wire === 3 ? 'failed' : 'pending';
}

/** Payouts use 1 processing, 2 success, 3 failed (0 is treated as not yet processing). */
export function payoutStatus(wire: number): PayoutStatus {
  if (wire === 2) return 'succeeded';
  if (wire === 3) return 'failed';
  return wire === 0 ? 'pending' : 'processing';
}
