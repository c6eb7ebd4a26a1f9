import type { PayoutDestination } from '../contract/method.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import type { Money } from '../money/money.js';

/** `pending`/`processing` until the provider finishes; `succeeded` and `failed` are final. */
export type PayoutStatus = 'pending' | 'processing' | 'succeeded' | 'failed';

/** Payout statuses that never change again: `succeeded` and `failed`. */
export const FINAL_PAYOUT_STATUSES: readonly PayoutStatus[] = ['succeeded', 'failed'];

/** Money sent to a bank account or e-wallet, as the provider holds it. */
export interface Payout {
  /** Always `'payout'`. */
  readonly object: 'payout';
  /** Id of the provider instance that holds this payout. */
  readonly provider: string;
  /** The merchant's reference the payout was created with. */
  readonly reference: string;
  /** The provider's own reference. */
  readonly providerReference: string;
  /** The amount sent to the recipient, in minor units. */
  readonly money: Money;
  /** `pending`/`processing` until the provider finishes; `succeeded` and `failed` are final. */
  readonly status: PayoutStatus;
  /** The destination account, when the provider reports it (in its own canonical form). */
  readonly destination?: PayoutDestination;
  /** The provider's fee for this payout, when it reports one. */
  readonly fee?: Money;
  /** When the payout reached a final status; undefined before. */
  readonly completedAt?: Date;
  /** The provider's explanation of a `failed` payout, when it gives one. */
  readonly failureReason?: string;
}

/** The outcome of one item of a batch, in the order the items were given. */
export type PayoutBatchItemResult =
  | {
      /** Position of the item in the batch input (0-based). */
      readonly index: number;
      /** The item's payout reference. */
      readonly reference: string;
      /** The provider accepted the item; `payout` holds it (not necessarily final yet). */
      readonly ok: true;
      /** The payout created for the item. */
      readonly payout: Payout;
    }
  | {
      /** Position of the item in the batch input (0-based). */
      readonly index: number;
      /** The item's payout reference (empty when the item had none). */
      readonly reference: string;
      /** The item failed; `error` says why. */
      readonly ok: false;
      /**
       * Why the item failed. `unknown_outcome` means it may exist: a later `payouts.create`
       * or `payouts.retrieve` with its reference queries the provider first.
       */
      readonly error: PaymuxError;
    };

/** The outcome of `payouts.createBatch`: one result per item, in input order. */
export interface PayoutBatchResult {
  /** Always `'payout_batch'`. */
  readonly object: 'payout_batch';
  /** Id of the provider instance the batch went to. */
  readonly provider: string;
  /** The batch reference. */
  readonly reference: string;
  /** One result per input item, `items[i].index === i`. */
  readonly items: readonly PayoutBatchItemResult[];
}
