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
 * MAJOR unit only (see `fromMajor`).
 */
export const money = Object.freeze({
  of: (value: string | bigint, currency: string): Money => fromMajor(value, currency),
  idr: (value: string | bigint): Money => fromMajor(value, 'IDR'),
  thb: (value: string | bigint): Money => fromMajor(value, 'THB'),
  pkr: (value: string | bigint): Money => fromMajor(value, 'PKR'),
});
