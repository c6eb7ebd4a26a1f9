import { ValidationError } from '../errors/error-classes.js';

/**
 * ISO 4217 minor-unit exponents of the currencies paymux knows. Amounts in the contract
 * are integers in these units: IDR has 2 (Rp 150.000 is `15000000n`), JPY has 0.
 */
export const CURRENCY_EXPONENTS: Readonly<Record<string, number>> = Object.freeze({
  IDR: 2,
  THB: 2,
  PKR: 2,
  USD: 2,
  EUR: 2,
  JPY: 0,
  SGD: 2,
  MYR: 2,
  PHP: 2,
  VND: 0,
  KRW: 0,
  GBP: 2,
  INR: 2,
  BHD: 3,
  KWD: 3,
});

/** The ISO 4217 exponent of `currency`; a `ValidationError` for a currency paymux does not know. */
export function currencyExponent(currency: string, field = 'money.currency'): number {
  const exponent = CURRENCY_EXPONENTS[currency];
  if (exponent === undefined) {
    throw new ValidationError(`Unknown currency "${currency}"`, { field, rule: 'currency' });
  }
  return exponent;
}
