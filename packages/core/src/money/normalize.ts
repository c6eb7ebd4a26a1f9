import { ValidationError } from '../errors/error-classes.js';
import { currencyExponent } from './currency.js';
import type { Money, MoneyInput } from './money.js';

/**
 * Exact `Money` from caller input: a `bigint`, or a `number` that is a safe integer.
 * Fractions, NaN, infinities, unsafe integers, strings and unknown currencies are refused
 * with a `ValidationError` naming `field`, never rounded.
 */
export function toMoney(input: MoneyInput, field = 'money'): Money {
  currencyExponent(input.currency, `${field}.currency`);
  const { amount } = input;
  if (typeof amount === 'bigint') return { amount, currency: input.currency };
  if (typeof amount === 'number' && Number.isSafeInteger(amount)) {
    return { amount: BigInt(amount), currency: input.currency };
  }
  throw new ValidationError(
    `${field}.amount must be an integer number of minor units (bigint or safe integer), e.g. ` +
      "7_500_000n, or money.idr('75000') for Rp 75.000 (fromMajor(value, currency) in general)",
    { field: `${field}.amount`, rule: 'integer' },
  );
}
