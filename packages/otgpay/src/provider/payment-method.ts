import type { PaymentMethod, PaymentMethodType } from '@paymux/core';
import type { CountryAdapter } from '../country-adapter.js';

const FAMILY: Readonly<Record<string, PaymentMethodType>> = {
  QR: 'qr',
  VA: 'virtual_account',
  EWALLET: 'ewallet',
  MOBILE_BANKING: 'mobile_banking',
  BANK_TRANSFER: 'bank_transfer',
};

/** The core method behind a wire `payType` (+ `inBankCode` when the platform sends it). */
export function methodFromWire(
  adapter: CountryAdapter,
  payType: string,
  inBankCode: string | undefined,
): PaymentMethod | undefined {
  if (inBankCode) {
    const known = adapter.fromWireMethod(payType, inBankCode);
    if (known) return known;
  }
  const type = FAMILY[payType];
  if (type === undefined) return undefined;
  return inBankCode ? { type, channel: inBankCode } : { type };
}
