import {
  PAYMENT_METHOD_TYPES,
  type PaymentMethod,
  type PaymentMethodType,
  ValidationError,
} from '@paymux/core';

/**
 * The method the payer chose in the storefront, from the session `data.method`:
 * `"qr"`, or `{ type: "virtual_account", channel: "BCA" }`. Absent → the configured default.
 */
export function chosenMethod(value: unknown, fallback: PaymentMethod | undefined): PaymentMethod {
  if (value === undefined || value === null) {
    if (fallback) return fallback;
    throw new ValidationError(
      'data.method is required: this provider has no default method, so the storefront must pass the method the payer chose',
      { field: 'data.method', rule: 'required' },
    );
  }
  const method = typeof value === 'string' ? { type: value } : value;
  const type = (method as { type?: unknown }).type;
  const channel = (method as { channel?: unknown }).channel;
  if (!PAYMENT_METHOD_TYPES.includes(type as PaymentMethodType)) {
    throw new ValidationError(
      `data.method must be one of ${PAYMENT_METHOD_TYPES.join(', ')} or { type, channel }`,
      { field: 'data.method', rule: 'enum' },
    );
  }
  if (channel !== undefined && typeof channel !== 'string') {
    throw new ValidationError('data.method.channel must be a bank code or wallet name', {
      field: 'data.method.channel',
      rule: 'type',
    });
  }
  return channel === undefined
    ? { type: type as PaymentMethodType }
    : { type: type as PaymentMethodType, channel };
}
