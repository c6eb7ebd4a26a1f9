import { ValidationError } from '../errors/error-classes.js';
import { currencyExponent } from './currency.js';
import type { Money } from './money.js';

function shown(value: unknown): string {
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'string') return 'a string';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : String(typeof value);
}

/**
 * `value` as `Money` if it is one: an object with a `bigint` amount and a currency paymux
 * knows. A float (`0.1 + 0.2`), a number, a string or a missing field is a
 * `ValidationError` naming `field` and saying how to make money exactly.
 */
export function checkMoney(value: unknown, field = 'money'): Money {
  if (typeof value !== 'object' || value === null) {
    throw new ValidationError(
      `${field} must be { amount: bigint (minor units), currency }, got ${shown(value)}; e.g. fromMajor('75000', 'IDR')`,
      { field, rule: 'type' },
    );
  }
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof amount !== 'bigint') {
    throw new ValidationError(
      `${field}.amount must be a bigint of minor units, got ${shown(amount)}; never a float: ` +
        "write 7_500_000n, or fromMajor('75000', 'IDR') for Rp 75.000",
      { field: `${field}.amount`, rule: 'integer' },
    );
  }
  if (typeof currency !== 'string') {
    throw new ValidationError(`${field}.currency must be an ISO 4217 code, e.g. 'IDR'`, {
      field: `${field}.currency`,
      rule: 'currency',
    });
  }
  currencyExponent(currency, `${field}.currency`);
  return value as Money;
}

/** A number of decimals on a wire: an integer from 0 to 18. */
export function checkExponent(value: unknown, field = 'wireExponent'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 18) {
    throw new ValidationError(`${field} must be an integer from 0 to 18, got ${String(value)}`, {
      field,
      rule: 'range',
    });
  }
  return value;
}
