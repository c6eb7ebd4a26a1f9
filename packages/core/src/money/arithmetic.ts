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

export function zeroMoney(currency: string): Money {
  return { amount: 0n, currency };
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

/** -1, 0 or 1. Throws for different currencies. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function equalMoney(a: Money, b: Money): boolean {
  checkMoney(a, 'a');
  checkMoney(b, 'b');
  return a.currency === b.currency && a.amount === b.amount;
}
