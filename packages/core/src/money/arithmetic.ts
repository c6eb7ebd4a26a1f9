import { ValidationError } from '../errors/error-classes.js';
import { checkMoney } from './check-money.js';
import type { Money } from './money.js';

/** Both operands checked (bigint amounts, known currencies) and of one currency. */
function sameCurrency(a: Money, b: Money): void {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  if (a.currency !== b.currency) {
    throw new ValidationError(`Cannot combine ${a.currency} with ${b.currency}`, {
      field: 'money.currency',
      rule: 'currency',
    });
  }
}

/** `{ amount: 0n, currency }`. The currency is not checked here. */
export function zeroMoney(currency: string): Money {
  return { amount: 0n, currency };
}

/**
 * `a + b`, exactly. Throws `ValidationError` when the currencies differ (rule `currency`) or
 * an operand is not `Money` with a `bigint` amount and a known currency.
 *
 * @example
 * ```ts
 * import { addMoney, money, subtractMoney, toMajor } from '@paymux/core';
 *
 * const total = addMoney(money.idr('150000'), money.idr('25000.50')); // 17_500_050n
 * const net = subtractMoney(total, { amount: 437_501n, currency: 'IDR' });
 * toMajor(net); // '170625.49'
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

/** `a - b`, exactly (may be negative). Same checks as {@link addMoney}. */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

/**
 * -1, 0 or 1 as `a` is less than, equal to or greater than `b`; usable as a sort comparator.
 * Throws `ValidationError` for different currencies or an invalid operand.
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/**
 * True when both have the same currency and amount; different currencies are simply unequal.
 * Throws `ValidationError` when an operand is not valid `Money`.
 */
export function equalMoney(a: Money, b: Money): boolean {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  return a.currency === b.currency && a.amount === b.amount;
}
