import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  formatMoney,
  fromDecimalString,
  fromMajor,
  type Money,
  money,
  PaymuxError,
  subtractMoney,
  toDecimalString,
  toMajor,
  ValidationError,
} from '../src/index.js';

function refusal(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error as ValidationError;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

const float = (amount: number) => ({ amount, currency: 'IDR' }) as unknown as Money;

describe('the money helpers check their input at the boundary (issue 8.4)', () => {
  it('toDecimalString refuses a float instead of printing "0.300000000000000.04"', () => {
    const error = refusal(() => toDecimalString(float(0.1 + 0.2), 0));
    expect(error).toMatchObject({ field: 'money.amount', rule: 'integer' });
    expect(error.message).toContain('fromMajor');
  });

  it('addMoney, subtractMoney and compareMoney refuse numbers instead of returning floats', () => {
    expect(refusal(() => addMoney(float(0.1), float(0.2)))).toMatchObject({ field: 'a.amount' });
    expect(refusal(() => subtractMoney(money.idr('1'), float(0.2)))).toMatchObject({
      field: 'b.amount',
    });
    expect(refusal(() => compareMoney(money.idr('1'), { amount: 1n } as Money))).toMatchObject({
      field: 'b.currency',
    });
    expect(addMoney(money.idr('0.10'), money.idr('0.20'))).toEqual(money.idr('0.30'));
  });

  it('formatMoney refuses a number instead of printing NaN', () => {
    expect(refusal(() => formatMoney(float(150000)))).toMatchObject({ rule: 'integer' });
    expect(formatMoney(money.idr('150000'))).toMatch(/^Rp\s?150\.000$/);
  });

  it('fromDecimalString: no sign in strict wire mode unless signed; no extra decimals', () => {
    expect(refusal(() => fromDecimalString('-1.00', 'THB', 2))).toMatchObject({ rule: 'minimum' });
    expect(fromDecimalString('-1.00', 'THB', 2, 'amount', { signed: true }).amount).toBe(-100n);
    expect(refusal(() => fromDecimalString('1.010', 'THB'))).toMatchObject({ rule: 'precision' });
  });

  it('a wire exponent outside 0-18 is refused instead of giving "1."', () => {
    expect(refusal(() => toDecimalString(money.thb('1'), -1))).toMatchObject({
      field: 'wireExponent',
      rule: 'range',
    });
    expect(refusal(() => toDecimalString(money.thb('1'), 1.5))).toMatchObject({ rule: 'range' });
    expect(refusal(() => fromDecimalString('1', 'THB', -1))).toMatchObject({ rule: 'range' });
  });
});

describe('helpers that make the unit explicit', () => {
  it.each<[Money, bigint, string]>([
    [money.idr('75000'), 7_500_000n, 'IDR'],
    [money.idr(75_000n), 7_500_000n, 'IDR'],
    [money.idr('1_000_000_000'), 100_000_000_000n, 'IDR'],
    [money.thb('150.5'), 15_050n, 'THB'],
    [fromMajor('75000.50', 'THB'), 7_500_050n, 'THB'],
    [money.pkr('2500.50'), 250_050n, 'PKR'],
    [money.of('1000', 'JPY'), 1000n, 'JPY'],
  ])('%o is %s minor units', (value, amount, currency) => {
    expect(value).toEqual({ amount, currency });
  });

  it('refuses numbers, thousands separators, too many decimals and unknown currencies', () => {
    expect(refusal(() => fromMajor(75000 as unknown as string, 'IDR'))).toMatchObject({
      rule: 'type',
    });
    expect(refusal(() => money.idr('75.000,00'))).toMatchObject({ rule: 'decimal' });
    expect(refusal(() => money.idr('75,000'))).toMatchObject({ rule: 'decimal' });
    expect(refusal(() => money.thb('1.005'))).toMatchObject({ rule: 'precision' });
    expect(PaymuxError.isInstance(refusal(() => money.of('1', 'XYZ')))).toBe(true);
  });

  it('toMajor writes it back exactly', () => {
    expect(toMajor(money.idr('75000'))).toBe('75000.00');
    expect(toMajor({ amount: -5n, currency: 'THB' })).toBe('-0.05');
  });
});
