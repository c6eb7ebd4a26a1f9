import type { PayoutDestination } from '../contract/method.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import type { Money } from '../money/money.js';

/** `pending`/`processing` until the provider finishes; `succeeded` and `failed` are final. */
export type PayoutStatus = 'pending' | 'processing' | 'succeeded' | 'failed';

export const FINAL_PAYOUT_STATUSES: readonly PayoutStatus[] = ['succeeded', 'failed'];

export interface Payout {
  readonly object: 'payout';
  readonly provider: string;
  readonly reference: string;
  readonly providerReference: string;
  readonly money: Money;
  readonly status: PayoutStatus;
  readonly destination?: PayoutDestination;
  readonly fee?: Money;
  readonly completedAt?: Date;
  readonly failureReason?: string;
}

/** The outcome of one item of a batch, in the order the items were given. */
export type PayoutBatchItemResult =
  | {
      readonly index: number;
      readonly reference: string;
      readonly ok: true;
      readonly payout: Payout;
    }
  | {
      readonly index: number;
      readonly reference: string;
      readonly ok: false;
      readonly error: PaymuxError;
    };

export interface PayoutBatchResult {
  readonly object: 'payout_batch';
  readonly provider: string;
  readonly reference: string;
  readonly items: readonly PayoutBatchItemResult[];
}
