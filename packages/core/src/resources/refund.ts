import type { Money } from '../money/money.js';

/** `pending` until the provider confirms; `succeeded` and `failed` are final. */
export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** Money given back from a paid charge. */
export interface Refund {
  /** Always `'refund'`. */
  readonly object: 'refund';
  /** Id of the provider instance that holds the charge and the refund. */
  readonly provider: string;
  /** The merchant's refund reference (unique per merchant account). */
  readonly reference: string;
  /** The charge this refund belongs to (merchant reference). */
  readonly chargeReference: string;
  /** The provider's own reference of the refund. */
  readonly providerReference: string;
  /** The amount given back, in minor units of the charge's currency. */
  readonly money: Money;
  /** `pending` until the provider confirms; `succeeded` and `failed` are final. */
  readonly status: RefundStatus;
  /** The reason given when the refund was created, when the provider keeps it. */
  readonly reason?: string;
}
