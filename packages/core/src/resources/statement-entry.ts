import type { Money } from '../money/money.js';

export type StatementEntryType = 'payment' | 'refund' | 'payout' | 'fee';

/** One movement of the merchant's total balance. `amount` is signed. */
export interface StatementEntry {
  readonly object: 'statement_entry';
  readonly provider: string;
  readonly reference: string;
  readonly time: Date;
  readonly type: StatementEntryType;
  /** The merchant reference of the charge, refund or payout behind the movement. */
  readonly orderReference?: string;
  readonly amount: Money;
  readonly balanceAfter: Money;
}
