import type { Money } from '../money/money.js';

/** `pending` until the provider confirms; `succeeded` and `failed` are final. */
export type RefundStatus = 'pending' | 'succeeded' | 'failed';

export interface Refund {
  readonly object: 'refund';
  readonly provider: string;
  /** The merchant's refund reference (unique per merchant account). */
  readonly reference: string;
  /** The charge this refund belongs to (merchant reference). */
  readonly chargeReference: string;
  readonly providerReference: string;
  readonly money: Money;
  readonly status: RefundStatus;
  readonly reason?: string;
}
