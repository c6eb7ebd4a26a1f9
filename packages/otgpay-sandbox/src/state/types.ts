/** Records the sandbox keeps (money as bigint minor units, times as epoch ms). */

import type { PaymentInput, PayoutInput } from '../validation/requests.js';

export type PaymentStatus = 0 | 1 | 2 | 3 | 4 | 5 | -1;
export type PayoutStatus = 1 | 2 | 3;
export type EntryType = 'PAYMENT' | 'REFUND' | 'PAYOUT' | 'FEE';

/**
 * Deviations set through the control API so reconciliation has something to find
 * (`POST /__sandbox/payments/{merchant}/{orderId}/quirks`). Set before the order is final.
 */
export interface OrderQuirks {
  /** The final callback is never sent (a lost notification). */
  loseCallback?: boolean;
  /** Payments: the fee charged on success instead of the fee schedule's. */
  fee?: bigint;
  /** Payments: the success is not booked in the ledger (no statement entries, never settled). */
  unbooked?: boolean;
}

export interface RefundRecord {
  refundId: string;
  refundNo: string;
  amount: bigint;
  status: 2;
  reason?: string;
  time: number;
}

/** A payment as created (the validated request) plus what the gateway adds to it. */
export interface PaymentRecord extends Omit<PaymentInput, 'wireAmount' | 'payType'> {
  appId: number;
  orderNo: string;
  token: string;
  /** Amount actually paid (set on success/partial/overpayment). */
  paidAmount?: bigint;
  payType: string;
  bankNo?: string;
  qrCode?: string;
  status: PaymentStatus;
  fee: bigint;
  createdAt: number;
  payTime?: number;
  refundedAmount: bigint;
  refunds: RefundRecord[];
  quirks?: OrderQuirks;
}

/** A payout as submitted (the validated request) plus what the gateway adds to it. */
export interface PayoutRecord extends PayoutInput {
  appId: number;
  orderNo: string;
  fee: bigint;
  batchId?: string;
  status: PayoutStatus;
  createdAt: number;
  finishTime?: number;
  errorMsg?: string;
  quirks?: OrderQuirks;
}

export interface Balance {
  available: bigint;
  pending: bigint;
  frozen: bigint;
}

export interface LedgerEntry {
  seq: number;
  entryNo: string;
  time: number;
  /** Country-local date of `time`. */
  date: string;
  type: EntryType;
  orderId?: string;
  amount: bigint;
  balanceAfter: bigint;
  /** Which bucket the entry moved: payment-side entries settle, payout-side do not. */
  bucket: 'pending' | 'frozen';
  /** settlementNo once this entry's day has been settled (pending-bucket entries only). */
  settlementNo?: string;
}

export interface SettlementRecord {
  seq: number;
  settlementNo: string;
  settleDate: string;
  gross: bigint;
  fee: bigint;
  refunds: bigint;
  net: bigint;
  status: 2;
  createdAt: number;
}

export const FINAL_PAYMENT: readonly PaymentStatus[] = [2, 3];
