import type { Money } from '../money/money.js';

export type SettlementStatus = 'pending' | 'settled';

export interface Settlement {
  readonly object: 'settlement';
  readonly provider: string;
  readonly reference: string;
  /** Settlement day, `yyyy-MM-dd` in the provider's country time. */
  readonly date: string;
  readonly gross: Money;
  readonly fee: Money;
  readonly net: Money;
  readonly status: SettlementStatus;
}
