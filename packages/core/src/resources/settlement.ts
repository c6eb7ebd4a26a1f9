import type { Money } from '../money/money.js';

/** `pending`: computed but not yet paid to the merchant; `settled`: paid out to the merchant's account. */
export type SettlementStatus = 'pending' | 'settled';

/** One settlement: the provider paying the merchant a day's collected money, net of fees. */
export interface Settlement {
  /** Always `'settlement'`. */
  readonly object: 'settlement';
  /** Id of the provider instance that reported it. */
  readonly provider: string;
  /** The provider's settlement number. */
  readonly reference: string;
  /** Settlement day, `yyyy-MM-dd` in the provider's country time. */
  readonly date: string;
  /** Money collected, before fees. */
  readonly gross: Money;
  /** Fees the provider kept. */
  readonly fee: Money;
  /** What the merchant receives: `gross - fee`. */
  readonly net: Money;
  /** Whether the money has been paid to the merchant yet. */
  readonly status: SettlementStatus;
}
