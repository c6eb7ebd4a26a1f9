import { ValidationError } from '../errors/error-classes.js';
import { currencyExponent } from './currency.js';
import type { Money } from './money.js';

const MAJOR = /^(-?)(\d+(?:_\d+)*)(?:\.(\d+))?$/;

/**
 * Money from an amount written in the currency's MAJOR unit, exactly: `fromMajor('75000',
 * 'IDR')` is Rp 75.000 (`7_500_000n` minor units), `fromMajor('150.50', 'THB')` is ฿150.50
 * (`15_050n`), `fromMajor(2500n, 'PKR')` is PKR 2,500.00. Only a string or a bigint: a
 * `number` could already hold a rounded float, so it is refused. The string is digits with
 * an optional `.` and at most the currency's ISO 4217 decimals (`_` may group digits, as in
 * `'1_000_000'`); no thousands separators, since `75.000` means 75 in one locale and 75,000
 * in another. Anything else is a `ValidationError` naming `field`.
 */
export function fromMajor(value: string | bigint, currency: string, field = 'money.amount'): Money {
  const exponent = currencyExponent(currency, field.replace(/\.amount$/, '.currency'));
  const scale = 10n ** BigInt(exponent);
  if (typeof value === 'bigint') return { amount: value * scale, currency };
  if (typeof value !== 'string') {
    throw new ValidationError(
      `${field} takes the amount as a string or bigint of ${currency}, e.g. fromMajor('75000.50', '${currency}'); a number can already be a rounded float`,
      { field, rule: 'type' },
    );
  }
  const match = MAJOR.exec(value.trim());
  if (!match) {
    throw new ValidationError(
      `"${value}" is not an amount in ${currency}: write digits with an optional "." and no thousands separators, e.g. '75000' or '75000.50'`,
      { field, rule: 'decimal' },
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new ValidationError(
      `"${value}" has ${fraction.length} decimals; ${currency} has ${exponent}`,
      { field, rule: 'precision' },
    );
  }
  const minor =
    BigInt(whole.replace(/_/g, '')) * scale + BigInt(fraction.padEnd(exponent, '0') || '0');
  return { amount: sign === '-' ? -minor : minor, currency };
}

/** The amount of `money` in its major unit, exactly, as a string: `7_500_000n` IDR → `'75000.00'`. */
export function toMajor(money: Money): string {
  const exponent = currencyExponent(money.currency);
  if (typeof money.amount !== 'bigint') {
    throw new ValidationError('money.amount must be a bigint of minor units', {
      field: 'money.amount',
      rule: 'integer',
    });
  }
  const negative = money.amount < 0n;
  const digits = (negative ? -money.amount : money.amount).toString().padStart(exponent + 1, '0');
  const body = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return negative ? `-${body}` : body;
}

/**
 * Money with the unit in the name, for code that reads like the price tag:
 * `money.idr('75000')` is Rp 75.000, `money.thb('150.50')` is ฿150.50, `money.pkr('2500')`
 * is PKR 2,500.00, `money.of('19.99', 'USD')` any known currency. Strings or bigints in the
 * MAJOR unit only (see `fromMajor`); a `number`, thousands separators or too many decimals
 * are a `ValidationError`.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from '@paymux/core';
 *
 * const price = money.idr('150000'); // { amount: 15_000_000n, currency: 'IDR' }
 * formatMoney(price); // 'Rp 150.000' (a no-break space after Rp, from Intl)
 * money.thb('99.5').amount; // 9_950n
 * ```
 */
export const money = Object.freeze({
  /** Major units of any known `currency`: `money.of('19.99', 'USD')` is `{ amount: 1999n, currency: 'USD' }`. */
  of: (value: string | bigint, currency: string): Money => fromMajor(value, currency),
  /** Indonesian rupiah in rupiah: `money.idr('150000')` is `15_000_000n` IDR minor units. */
  idr: (value: string | bigint): Money => fromMajor(value, 'IDR'),
  /** Thai baht in baht: `money.thb('150.50')` is `15_050n` satang. */
  thb: (value: string | bigint): Money => fromMajor(value, 'THB'),
  /** Pakistani rupees in rupees: `money.pkr('2500')` is `250_000n` paisa. */
  pkr: (value: string | bigint): Money => fromMajor(value, 'PKR'),
});
