import type { Balance } from '@paymux/core';
import type { BalanceData } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { wireMoney } from './wire-values.js';

/** `total = available + pending + frozen` (protocol §8). */
export function toBalance(data: BalanceData, context: MappingContext): Balance {
  const { adapter, provider } = context;
  const money = (value: string, field: string) =>
    wireMoney(value, data.currency, adapter.wireExponent, provider, field, true);
  const available = money(data.available, 'available');
  const pending = money(data.pending, 'pending');
  const frozen = money(data.frozen, 'frozen');
  return {
    object: 'balance',
    provider,
    currency: data.currency,
    available,
    pending,
    frozen,
    total: {
      amount: available.amount + pending.amount + frozen.amount,
      currency: data.currency,
    },
  };
}
