import type { Refund } from '@paymux/core';
import type { RefundData, WireRefund } from '../client/wire-types.js';
import type { MappingContext } from './mapping-context.js';
import { refundStatus } from './statuses.js';
import { wireMoney } from './wire-values.js';

/** A refund as listed in `GET /api/payment/{id}` or answered by the refund call. */
export function toRefund(
  wire: WireRefund | RefundData,
  chargeReference: string,
  context: MappingContext,
): Refund {
  const { adapter, provider } = context;
  const reason = 'reason' in wire ? wire.reason : undefined;
  return {
    object: 'refund',
    provider,
    reference: wire.refundId,
    chargeReference,
    providerReference: wire.refundNo,
    money: wireMoney(
      wire.amount,
      adapter.currency,
      adapter.wireExponent,
      provider,
      'refund.amount',
    ),
    status: refundStatus(wire.status),
    ...(reason === undefined ? {} : { reason }),
  };
}
