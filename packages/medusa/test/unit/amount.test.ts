import { BigNumber } from '@medusajs/framework/utils';
import { PaymuxError } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { exactDecimal, toMajorUnits, toMoney } from '../../src/index.js';

describe('Medusa amounts to paymux money, exactly', () => {
  it('reads every form of BigNumberInput without a float', () => {
    expect(exactDecimal({ value: '50000.5', precision: 20 })).toBe('50000.5');
    expect(exactDecimal({ value: '50000.50000000000000', precision: 20 })).toBe('50000.5');
    expect(exactDecimal(new BigNumber('1234.56'))).toBe('1234.56');
    expect(exactDecimal(new BigNumber({ value: '0.1', precision: 20 }))).toBe('0.1');
    expect(exactDecimal(new BigNumber(150000))).toBe('150000');
    expect(exactDecimal(150000)).toBe('150000');
    expect(exactDecimal(0.1)).toBe('0.1');
    expect(exactDecimal(1e21)).toBe('1000000000000000000000');
    expect(exactDecimal('1.5e-1')).toBe('0.15');
    expect(exactDecimal('00012.3400')).toBe('12.34');
    expect(exactDecimal(123456789012345678901234n)).toBe('123456789012345678901234');
  });

  it('keeps digits a float would lose', () => {
    // 2^53 + 1 is not representable as a double; the string and raw forms keep it.
    expect(exactDecimal('9007199254740993.01')).toBe('9007199254740993.01');
    expect(toMoney({ value: '9007199254740993.01', precision: 20 }, 'thb')).toEqual({
      amount: 900719925474099301n,
      currency: 'THB',
    });
  });

  it('converts Medusa major units to ISO minor units per currency', () => {
    // Medusa gives IDR and PKR 0 decimals; ISO 4217 and paymux give them 2.
    expect(toMoney('150000', 'idr')).toEqual({ amount: 15_000_000n, currency: 'IDR' });
    expect(toMoney({ value: '50000.5', precision: 20 }, 'idr')).toEqual({
      amount: 5_000_050n,
      currency: 'IDR',
    });
    expect(toMoney(5000, 'pkr')).toEqual({ amount: 500_000n, currency: 'PKR' });
    expect(toMoney('1234.56', 'thb')).toEqual({ amount: 123_456n, currency: 'THB' });
  });

  it('refuses more decimals than the minor unit, naming the field, never rounding', () => {
    const error = (() => {
      try {
        toMoney('12.345', 'thb');
      } catch (e) {
        return e;
      }
    })();
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation', field: 'amount', rule: 'precision' });
  });

  it('refuses what is not a decimal amount', () => {
    for (const bad of ['', 'abc', '1,5', Number.NaN, Number.POSITIVE_INFINITY, null, {}, '1e999']) {
      expect(() => exactDecimal(bad)).toThrow(/amount|decimal|finite|range/);
    }
  });

  it('writes paymux money back as Medusa major units', () => {
    expect(toMajorUnits({ amount: 15_000_000n, currency: 'IDR' })).toBe('150000');
    expect(toMajorUnits({ amount: 123_450n, currency: 'THB' })).toBe('1234.5');
    expect(toMajorUnits({ amount: 1n, currency: 'PKR' })).toBe('0.01');
  });
});
