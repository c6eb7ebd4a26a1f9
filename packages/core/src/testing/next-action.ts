import type { Money, NextAction, PaymentMethod } from '@paymux/core';
import { toDecimalString } from '@paymux/core';
import type { ReferenceSequence } from './reference-sequence.js';

/** Host of the testing provider's pretend checkout pages (`.test` is reserved, never resolves). */
export const TESTING_CHECKOUT_ORIGIN = 'https://checkout.paymux.test';

/**
 * What the payer must do for a new charge, by method type: `qr` → a QR payload,
 * `virtual_account` → a VA number at the chosen bank, anything else → a redirect URL.
 * Deterministic: built from the provider reference and a counter only.
 */
export function nextActionFor(
  method: PaymentMethod,
  providerReference: string,
  money: Money,
  references: ReferenceSequence,
): NextAction {
  const url = `${TESTING_CHECKOUT_ORIGIN}/pay/${providerReference}`;
  switch (method.type) {
    case 'qr':
      return {
        type: 'qr',
        payload: `PAYMUX-TESTING|${providerReference}|${money.currency}|${toDecimalString(money)}`,
        url,
      };
    case 'virtual_account':
      return {
        type: 'virtual_account',
        bank: method.channel ?? 'TESTBANK',
        accountNumber: `8808${references.nextDigits('va', 10)}`,
        url,
      };
    default:
      return { type: 'redirect', url };
  }
}
