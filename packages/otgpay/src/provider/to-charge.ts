import type { Charge, Money, PaymentMethod } from '@paymux/core';
import type { PaymentCreateData, PaymentData } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { toNextAction } from './next-action.js';
import { methodFromWire } from './payment-method.js';
import { chargeStatus } from './statuses.js';
import { toRefund } from './to-refund.js';
import { wireMoney, wireTime } from './wire-values.js';

/** The charge just created: the amount is the caller's, the rest from `data`. */
export function chargeFromCreate(
  data: PaymentCreateData,
  money: Money,
  method: PaymentMethod,
  context: MappingContext,
): Charge {
  const nextAction = toNextAction(data);
  return {
    object: 'charge',
    provider: context.provider,
    reference: data.orderId,
    providerReference: data.orderNo,
    money,
    status: chargeStatus(data.status),
    method,
    ...(nextAction === undefined ? {} : { nextAction }),
    refunded: { amount: 0n, currency: money.currency },
    refunds: [],
  };
}

/** The charge as `GET /api/payment/{id}` reports it, refunds included. */
export function chargeFromQuery(data: PaymentData, context: MappingContext): Charge {
  const { adapter, provider } = context;
  const money = (value: string, field: string) =>
    wireMoney(value, data.currency, adapter.wireExponent, provider, field);
  const method = methodFromWire(adapter, data.payType, data.inBankCode);
  return {
    object: 'charge',
    provider,
    reference: data.orderId,
    providerReference: data.orderNo,
    money: money(data.amount, 'amount'),
    status: chargeStatus(data.status),
    ...(method === undefined ? {} : { method }),
    fee: money(data.fee, 'fee'),
    ...(data.payTime === undefined ? {} : { paidAt: wireTime(data.payTime, provider, 'payTime') }),
    refunded: money(data.refundedAmount, 'refundedAmount'),
    refunds: data.refunds.map((refund) => toRefund(refund, data.orderId, context)),
  };
}
