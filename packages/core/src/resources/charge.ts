import type { PaymentMethod } from '../contract/method.js';
import type { Money } from '../money/money.js';
import type { Refund } from './refund.js';

/**
 * Provider-neutral charge status.
 * - `pending`: created, waiting for the payer.
 * - `processing`: the payer acted; the provider has not decided yet.
 * - `succeeded`: paid in full (final). Refunds do not change it; see `refunded`.
 * - `failed`: expired, declined or cancelled (final).
 * - `partially_paid`: the payer paid less than asked.
 * - `overpaid`: the payer paid more than asked.
 * - `requires_review`: the provider reports an abnormal state awaiting confirmation.
 */
export type ChargeStatus =
  | 'pending'
  | 'processing'
  | 'succeeded'
  | 'failed'
  | 'partially_paid'
  | 'overpaid'
  | 'requires_review';

export const FINAL_CHARGE_STATUSES: readonly ChargeStatus[] = ['succeeded', 'failed'];

/** What the payer must do next to complete the charge. */
export type NextAction =
  | { readonly type: 'redirect'; readonly url: string }
  | { readonly type: 'qr'; readonly payload: string; readonly url?: string }
  | {
      readonly type: 'virtual_account';
      readonly bank: string;
      readonly accountNumber: string;
      readonly url?: string;
    };

export interface Charge {
  readonly object: 'charge';
  /** Id of the provider instance that holds this charge. */
  readonly provider: string;
  /** The merchant's reference (unique per merchant account). */
  readonly reference: string;
  /** The provider's own reference. */
  readonly providerReference: string;
  readonly money: Money;
  readonly status: ChargeStatus;
  readonly method?: PaymentMethod;
  readonly nextAction?: NextAction;
  readonly fee?: Money;
  readonly paidAt?: Date;
  /** Sum of successful refunds so far. */
  readonly refunded: Money;
  readonly refunds: readonly Refund[];
}
