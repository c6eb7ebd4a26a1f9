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

/**
 * Charge statuses that never change again: `succeeded` and `failed`. Webhooks and
 * reconciliation repair never move a charge out of one.
 */
export const FINAL_CHARGE_STATUSES: readonly ChargeStatus[] = ['succeeded', 'failed'];

/** What the payer must do next to complete the charge. */
export type NextAction =
  | {
      /** Send the payer to `url` (a bank's or wallet's payment page). */
      readonly type: 'redirect';
      /** The page where the payer completes the payment. */
      readonly url: string;
    }
  | {
      /** Show a QR code the payer scans (e.g. QRIS, PromptPay). */
      readonly type: 'qr';
      /** The QR content to render as a QR code, as the provider returned it. */
      readonly payload: string;
      /** A hosted page showing the same QR code, when the provider offers one. */
      readonly url?: string;
    }
  | {
      /** Have the payer transfer to a virtual account. */
      readonly type: 'virtual_account';
      /** The bank holding the virtual account (the provider's bank code). */
      readonly bank: string;
      /** The virtual account number to transfer to. */
      readonly accountNumber: string;
      /** A hosted page with the payment instructions, when the provider offers one. */
      readonly url?: string;
    };

/**
 * A charge as the provider holds it. `money` is what was asked; the status tells whether it
 * was paid. Read {@link FINAL_CHARGE_STATUSES} before treating a status as the end.
 */
export interface Charge {
  /** Always `'charge'`. */
  readonly object: 'charge';
  /** Id of the provider instance that holds this charge. */
  readonly provider: string;
  /** The merchant's reference (unique per merchant account). */
  readonly reference: string;
  /** The provider's own reference. */
  readonly providerReference: string;
  /** The amount asked of the payer, in minor units. */
  readonly money: Money;
  /** Where the charge stands; `succeeded` and `failed` are final. */
  readonly status: ChargeStatus;
  /** The method the charge was created with, when the provider reports it. */
  readonly method?: PaymentMethod;
  /** What the payer must do to pay; set on a fresh `pending` charge, usually absent on a query. */
  readonly nextAction?: NextAction;
  /** The provider's fee for this charge, when it reports one (on queries, once known). */
  readonly fee?: Money;
  /** When the payer paid; undefined until the charge is paid. */
  readonly paidAt?: Date;
  /** Sum of successful refunds so far. */
  readonly refunded: Money;
  /** The refunds of this charge known to the provider (empty on the create response). */
  readonly refunds: readonly Refund[];
}
