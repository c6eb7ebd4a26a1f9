import { ValidationError } from '../errors/error-classes.js';
import { checkExponent, checkMoney } from './check-money.js';
import { currencyExponent } from './currency.js';
import type { Money } from './money.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The decimal string a provider expects for `money`, with `wireExponent` decimals
 * (default: the ISO exponent). `{15000000n, 'IDR'}` with wireExponent 0 is `"150000"`;
 * `{12345n, 'THB'}` is `"123.45"`. Throws `ValidationError` (rule `precision`) when the
 * amount cannot be written exactly with that many decimals; never rounds. Anything that is
 * not `Money` with a `bigint` amount (a float such as `0.1 + 0.2`, a number, a string) and
 * a `wireExponent` outside 0–18 are refused with a `ValidationError`.
 */
export function toDecimalString(
  money: Money,
  wireExponent?: number,
  field = 'money.amount',
): string {
  checkMoney(money, field.endsWith('.amount') ? field.slice(0, -'.amount'.length) : 'money');
  const exponent = currencyExponent(money.currency);
  const wire = wireExponent === undefined ? exponent : checkExponent(wireExponent);
  const negative = money.amount < 0n;
  const abs = negative ? -money.amount : money.amount;
  let units = abs;
  if (wire < exponent) {
    const factor = 10n ** BigInt(exponent - wire);
    if (abs % factor !== 0n) {
      throw new ValidationError(
        `${money.currency} amount ${money.amount} minor units cannot be sent with ${wire} decimals: ` +
          `the provider takes whole ${wire === 0 ? 'units' : `${wire}-decimal amounts`}; round it yourself (paymux never rounds)`,
        { field, rule: 'precision' },
      );
    }
    units = abs / factor;
  } else if (wire > exponent) {
    units = abs * 10n ** BigInt(wire - exponent);
  }
  const digits = units.toString().padStart(wire + 1, '0');
  const body = wire === 0 ? digits : `${digits.slice(0, -wire)}.${digits.slice(-wire)}`;
  return negative ? `-${body}` : body;
}

/**
 * Exact `Money` from a provider's decimal string. Accepts only `-?digits(.digits)?`:
 * no exponent (`1e3`), sign `+`, spaces, separators or bare dots. With `wireExponent`
 * given (strict wire mode), the string must have exactly that many decimals (`"300"` for
 * exponent 0, `"150.00"` for 2) and no sign unless `options.signed` (ledger entries);
 * without it, at most the ISO exponent's decimals (`"1.010"` is refused for THB). More
 * precision than the currency's minor unit is refused, never rounded.
 */
export function fromDecimalString(
  value: string,
  currency: string,
  wireExponent?: number,
  field = 'amount',
  options: { readonly signed?: boolean } = {},
): Money {
  const exponent = currencyExponent(currency);
  if (wireExponent !== undefined) checkExponent(wireExponent);
  const match = typeof value === 'string' ? DECIMAL.exec(value) : null;
  if (!match) {
    throw new ValidationError(`"${String(value)}" is not a decimal amount`, {
      field,
      rule: 'decimal',
    });
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  if (sign === '-' && wireExponent !== undefined && options.signed !== true) {
    throw new ValidationError(`"${value}" is negative; this amount cannot be`, {
      field,
      rule: 'minimum',
    });
  }
  if (wireExponent === undefined && fraction.length > exponent) {
    throw new ValidationError(`"${value}" has more than ${exponent} decimals for ${currency}`, {
      field,
      rule: 'precision',
    });
  }
  if (wireExponent !== undefined && fraction.length !== wireExponent) {
    throw new ValidationError(`"${value}" must have exactly ${wireExponent} decimals`, {
      field,
      rule: 'decimal',
    });
  }
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    throw new ValidationError(`"${value}" is more precise than a ${currency} minor unit`, {
      field,
      rule: 'precision',
    });
  }
  const minor = BigInt(whole + fraction.padEnd(exponent, '0').slice(0, exponent));
  return { amount: sign === '-' ? -minor : minor, currency };
}
