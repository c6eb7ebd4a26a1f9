import type { Money } from '../money/money.js';

/**
 * The merchant account's balance at one provider, in one currency. Every amount is in minor
 * units of `currency`, and `total = available + pending + frozen`.
 */
export interface Balance {
  /** Always `'balance'`: tells the resource types apart. */
  readonly object: 'balance';
  /** Id of the provider instance that reported it. */
  readonly provider: string;
  /** ISO 4217 code of every amount below. */
  readonly currency: string;
  /** Can be paid out now. */
  readonly available: Money;
  /** Collected, not yet settled. */
  readonly pending: Money;
  /** Held for payouts in flight. */
  readonly frozen: Money;
  /** `available + pending + frozen`. */
  readonly total: Money;
}
