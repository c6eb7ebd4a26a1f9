import type { Settlement } from '@paymux/core';
import type { WireSettlementRecord } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { wireMoney } from './wire-values.js';

/** A settlement record; status `2` (success) is `settled`, anything else `pending`. */
export function toSettlement(record: WireSettlementRecord, context: MappingContext): Settlement {
  const { adapter, provider } = context;
  const money = (value: string, field: string) =>
    wireMoney(value, record.currency, adapter.wireExponent, provider, field, true);
  const settled = record.status === 2 || record.status === '2' || record.status === 'SETTLED';
  return {
    object: 'settlement',
    provider,
    reference: record.settlementNo,
    date: record.settleDate,
    gross: money(record.grossAmount, 'grossAmount'),
    fee: money(record.fee, 'fee'),
    net: money(record.netAmount, 'netAmount'),
    status: settled ? 'settled' : 'pending',
  };
}
