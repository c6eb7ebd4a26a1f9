import type { Money } from '../money/money.js';

/** What moved the balance: a charge paid, a refund, a payout, or a fee. */
export type StatementEntryType = 'payment' | 'refund' | 'payout' | 'fee';

/** One movement of the merchant's total balance. `amount` is signed. */
export interface StatementEntry {
  /** Always `'statement_entry'`. */
  readonly object: 'statement_entry';
  /** Id of the provider instance that reported it. */
  readonly provider: string;
  /** The provider's id of this entry. */
  readonly reference: string;
  /** When the balance moved. */
  readonly time: Date;
  /** What moved it. */
  readonly type: StatementEntryType;
  /** The merchant reference of the charge, refund or payout behind the movement. */
  readonly orderReference?: string;
  /** Signed minor units: positive adds to the balance, negative takes from it. */
  readonly amount: Money;
  /** The total balance right after this movement. */
  readonly balanceAfter: Money;
}
