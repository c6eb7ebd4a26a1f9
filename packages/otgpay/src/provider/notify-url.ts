import { ValidationError } from '@paymux/core';

/**
 * The callback URL of one create: the call's own, else the provider default, else — unless
 * the merchant opted out with `otgpay({ notifyUrl: false })` — a `ValidationError`
 * (field `notifyUrl`, rule `required`) before anything is sent: without a callback URL no
 * webhook ever reports the order's end, and nothing tells the merchant so.
 */
export function resolveNotifyUrl(
  own: string | undefined,
  providerDefault: string | false | undefined,
  field = 'notifyUrl',
): string | undefined {
  if (own !== undefined) return own;
  if (typeof providerDefault === 'string') return providerDefault;
  if (providerDefault === false) return undefined;
  throw new ValidationError(
    `${field} is required: pass \`notifyUrl: 'https://shop.example/webhooks/otgpay'\` on this call, ` +
      'or set a default with `otgpay({ ..., notifyUrl })`; to take no callbacks and poll ' +
      'getCharge/getPayout instead, opt out with `otgpay({ ..., notifyUrl: false })`',
    { field, rule: 'required' },
  );
}
