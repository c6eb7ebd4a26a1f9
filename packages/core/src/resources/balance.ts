import type { Money } from '../money/money.js';

/** `total = available + pending + frozen`. */
export interface Balance {
  readonly object: 'balance';
  readonly provider: string;
  readonly currency: string;
  /** Can be paid out now. */
  readonly available: Money;
  /** Collected, not yet settled. */
  readonly pending: Money;
  /** Held for payouts in flight. */
  readonly frozen: Money;
  readonly total: Money;
}
