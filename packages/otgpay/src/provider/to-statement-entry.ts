import type { StatementEntry, StatementEntryType } from '@paymux/core';
import type { WireEntryType, WireStatementEntry } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { wireMoney, wireTime } from './wire-values.js';

const TYPES: Readonly<Record<WireEntryType, StatementEntryType>> = {
  PAYMENT: 'payment',
  REFUND: 'refund',
  PAYOUT: 'payout',
  FEE: 'fee',
};

/** One ledger movement; `amount` is signed (`-` for refunds, payouts and fees). */
export function toStatementEntry(
  entry: WireStatementEntry,
  context: MappingContext,
): StatementEntry {
  const { adapter, provider } = context;
  const money = (value: string, field: string) =>
    wireMoney(value, adapter.currency, adapter.wireExponent, provider, field, true);
  return {
    object: 'statement_entry',
    provider,
    reference: entry.entryNo,
    time: wireTime(entry.time, provider, 'time'),
    type: TYPES[entry.type],
    ...(entry.orderId === undefined ? {} : { orderReference: entry.orderId }),
    amount: money(entry.amount, 'amount'),
    balanceAfter: money(entry.balanceAfter, 'balanceAfter'),
  };
}
