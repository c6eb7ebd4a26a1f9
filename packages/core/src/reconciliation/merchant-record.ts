import type { Money } from '../money/money.js';

/** What a merchant record is: a charge, a refund of a charge, or a payout. */
export type ReconciliationKind = 'charge' | 'refund' | 'payout';

/**
 * One order as the merchant's books know it: read from the paymux `Store`, or yielded by
 * the merchant's own source when their database is the truth.
 */
export interface MerchantRecord {
  /** What the record is. */
  readonly kind: ReconciliationKind;
  /** The merchant's reference (for a refund: the refund's own reference). */
  readonly reference: string;
  /** Refunds only: the merchant reference of the refunded charge. */
  readonly chargeReference?: string;
  /** The provider's reference, when the merchant stored it; lets an order match under it. */
  readonly providerReference?: string;
  /** The amount, in minor units (positive; a refund's own amount). */
  readonly money: Money;
  /** The last status the merchant knows (`pending`, `succeeded`, `failed`, ...). */
  readonly status: string;
  /** The fee the merchant recorded, when known (e.g. from the webhook). */
  readonly fee?: Money;
  /**
   * When the merchant dates the order: when it was paid or finished if known, else when it
   * was created. Decides the business day on the merchant's side.
   */
  readonly time: Date;
}
