import type { Money, Payout, PayoutDestination } from '@paymux/core';
import type { PayoutData } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { payoutStatus } from './statuses.js';
import { wireMoney, wireTime } from './wire-values.js';

/** A payout just submitted (alone or in a batch): amount and destination are the caller's. */
export function payoutFromSubmit(
  submitted: { readonly orderId: string; readonly orderNo?: string; readonly status?: number },
  money: Money,
  destination: PayoutDestination,
  context: MappingContext,
): Payout {
  return {
    object: 'payout',
    provider: context.provider,
    reference: submitted.orderId,
    providerReference: submitted.orderNo ?? '',
    money,
    status: payoutStatus(submitted.status ?? 1),
    destination,
  };
}

/** The payout as `GET /api/payout/{id}` reports it. */
export function payoutFromQuery(data: PayoutData, context: MappingContext): Payout {
  const { adapter, provider } = context;
  const money = (value: string, field: string) =>
    wireMoney(value, adapter.currency, adapter.wireExponent, provider, field);
  return {
    object: 'payout',
    provider,
    reference: data.orderId,
    providerReference: data.orderNo,
    money: money(data.amount, 'amount'),
    status: payoutStatus(data.status),
    fee: money(data.fee, 'fee'),
    ...(data.accountType === undefined ||
    data.bankCode === undefined ||
    data.accountNo === undefined
      ? {}
      : {
          destination: {
            type: data.accountType === 'EWALLET' ? 'ewallet' : 'bank_account',
            bank: data.bankCode,
            accountNumber: data.accountNo,
          },
        }),
    ...(data.finishTime === undefined
      ? {}
      : { completedAt: wireTime(data.finishTime, provider, 'finishTime') }),
    ...(data.errorMsg === undefined ? {} : { failureReason: data.errorMsg }),
  };
}
