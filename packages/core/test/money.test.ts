import { describe, expect, it } from 'vitest';
import {
  currencyExponent,
  fromDecimalString,
  PaymuxError,
  toDecimalString,
  toMoney,
  ValidationError,
} from '../src/index.js';

function validationOf(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (ValidationError.isInstance(error)) return error as ValidationError;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('currencyExponent', () => {
  it.each([
    ['IDR', 2],
    ['THB', 2],
    ['PKR', 2],
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
  ])('%s has exponent %i', (currency, exponent) => {
    expect(currencyExponent(currency)).toBe(exponent);
  });

  it('refuses an unknown currency naming the field', () => {
    const error = validationOf(() => currencyExponent('XXX', 'items.0.money.currency'));
    expect(error.field).toBe('items.0.money.currency');
    expect(error.rule).toBe('currency');
  });
});

describe('toDecimalString', () => {
  it('writes zero with the currency decimals', () => {
    expect(toDecimalString({ amount: 0n, currency: 'USD' })).toBe('0.00');
    expect(toDecimalString({ amount: 0n, currency: 'JPY' })).toBe('0');
    expect(toDecimalString({ amount: 0n, currency: 'IDR' }, 0)).toBe('0');
  });

  it('writes small and negative amounts with leading zeros', () => {
    expect(toDecimalString({ amount: 5n, currency: 'THB' })).toBe('0.05');
    expect(toDecimalString({ amount: -5n, currency: 'THB' })).toBe('-0.05');
    expect(toDecimalString({ amount: -12345n, currency: 'PKR' })).toBe('-123.45');
  });

  it('writes each exponent exactly', () => {
    expect(toDecimalString({ amount: 12345n, currency: 'IDR' })).toBe('123.45');
    expect(toDecimalString({ amount: 12345n, currency: 'EUR' })).toBe('123.45');
    expect(toDecimalString({ amount: 12345n, currency: 'JPY' })).toBe('12345');
    expect(toDecimalString({ amount: 12345n, currency: 'KWD' })).toBe('12.345');
  });

  it('writes IDR with wire exponent 0: 15000000n is "150000"', () => {
    expect(toDecimalString({ amount: 15000000n, currency: 'IDR' }, 0)).toBe('150000');
  });

  it('refuses IDR cents that wire exponent 0 cannot carry, never rounds', () => {
    const error = validationOf(() => toDecimalString({ amount: 15000050n, currency: 'IDR' }, 0));
    expect(error.rule).toBe('precision');
    expect(error.field).toBe('money.amount');
  });

  it('pads when the wire has more decimals than the currency', () => {
    expect(toDecimalString({ amount: 300n, currency: 'JPY' }, 2)).toBe('300.00');
  });

  it('handles amounts beyond Number.MAX_SAFE_INTEGER exactly', () => {
    const max = BigInt(Number.MAX_SAFE_INTEGER);
    expect(toDecimalString({ amount: max, currency: 'USD' })).toBe('90071992547409.91');
    expect(toDecimalString({ amount: max + 2n, currency: 'USD' })).toBe('90071992547409.93');
    expect(toDecimalString({ amount: 10n ** 30n + 1n, currency: 'USD' })).toBe(
      '10000000000000000000000000000.01',
    );
  });
});

describe('fromDecimalString', () => {
  it('parses IDR wire exponent 0: "150000" is 15000000n', () => {
    expect(fromDecimalString('150000', 'IDR', 0)).toEqual({ amount: 15000000n, currency: 'IDR' });
  });

  it('parses zero, negatives and each exponent', () => {
    expect(fromDecimalString('0', 'USD').amount).toBe(0n);
    expect(fromDecimalString('0.00', 'USD').amount).toBe(0n);
    expect(fromDecimalString('-1.50', 'THB').amount).toBe(-150n);
    expect(fromDecimalString('123.45', 'PKR').amount).toBe(12345n);
    expect(fromDecimalString('123.4', 'EUR').amount).toBe(12340n);
    expect(fromDecimalString('500', 'JPY').amount).toBe(500n);
    expect(fromDecimalString('1.234', 'BHD').amount).toBe(1234n);
  });

  it('parses amounts beyond the safe integer range exactly', () => {
    expect(fromDecimalString('90071992547409.93', 'USD').amount).toBe(
      BigInt(Number.MAX_SAFE_INTEGER) + 2n,
    );
    expect(fromDecimalString('123456789012345678901234567890', 'JPY').amount).toBe(
      123456789012345678901234567890n,
    );
  });

  it.each([
    '1e3',
    '1.',
    '.5',
    '+1',
    ' 1',
    '1 ',
    '1,000',
    '0x10',
    '',
    '-',
    '1.2.3',
    'NaN',
    'Infinity',
  ])('refuses malformed %j with rule decimal', (value) => {
    const error = validationOf(() => fromDecimalString(value, 'USD', undefined, 'data.amount'));
    expect(error.rule).toBe('decimal');
    expect(error.field).toBe('data.amount');
  });

  it('refuses non-string input', () => {
    const error = validationOf(() => fromDecimalString(100 as unknown as string, 'USD'));
    expect(error.rule).toBe('decimal');
  });

  it('refuses more precision than the currency (0.125 USD), never rounds', () => {
    const error = validationOf(() => fromDecimalString('0.125', 'USD'));
    expect(error.rule).toBe('precision');
    expect(validationOf(() => fromDecimalString('1.5', 'JPY')).rule).toBe('precision');
  });

  it('refuses more decimals than the exponent, even zeros ("1.010" is no THB wire amount)', () => {
    expect(validationOf(() => fromDecimalString('0.120', 'USD')).rule).toBe('precision');
    expect(validationOf(() => fromDecimalString('1.010', 'THB')).rule).toBe('precision');
    expect(fromDecimalString('1.01', 'THB').amount).toBe(101n);
  });

  it('enforces the exact wire decimals when a wire exponent is given', () => {
    expect(validationOf(() => fromDecimalString('150.0', 'THB', 2)).rule).toBe('decimal');
    expect(validationOf(() => fromDecimalString('150.00', 'IDR', 0)).rule).toBe('decimal');
    expect(fromDecimalString('150.00', 'THB', 2).amount).toBe(15000n);
  });

  it('refuses an unknown currency', () => {
    expect(validationOf(() => fromDecimalString('1', 'ABC')).rule).toBe('currency');
  });
});

describe('toMoney', () => {
  it('keeps bigint amounts, including zero, negatives and beyond safe range', () => {
    expect(toMoney({ amount: 0n, currency: 'USD' })).toEqual({ amount: 0n, currency: 'USD' });
    expect(toMoney({ amount: -1n, currency: 'USD' }).amount).toBe(-1n);
    expect(toMoney({ amount: 2n ** 80n, currency: 'IDR' }).amount).toBe(2n ** 80n);
  });

  it('converts safe integers exactly', () => {
    expect(toMoney({ amount: 15000000, currency: 'IDR' }).amount).toBe(15000000n);
    expect(toMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }).amount).toBe(
      9007199254740991n,
    );
  });

  it.each([
    0.1 + 0.2,
    0.30000000000000004,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 1,
    2 ** 60,
  ])('refuses the number %d with rule integer', (amount) => {
    const error = validationOf(() => toMoney({ amount, currency: 'USD' }, 'items.2.money'));
    expect(error.field).toBe('items.2.money.amount');
    expect(error.rule).toBe('integer');
    expect(PaymuxError.isInstance(error)).toBe(true);
  });

  it('refuses strings and unknown currencies', () => {
    const asString = { amount: '100' as unknown as number, currency: 'USD' };
    expect(validationOf(() => toMoney(asString)).field).toBe('money.amount');
    const unknown = validationOf(() => toMoney({ amount: 1n, currency: 'usd' }));
    expect(unknown.field).toBe('money.currency');
    expect(unknown.rule).toBe('currency');
  });
});

describe('round trips', () => {
  const cases: Array<[bigint, string, number | undefined]> = [
    [0n, 'USD', undefined],
    [1n, 'USD', undefined],
    [-99n, 'THB', undefined],
    [15000000n, 'IDR', 0],
    [15000000n, 'IDR', undefined],
    [123n, 'JPY', undefined],
    [123n, 'JPY', 2],
    [BigInt(Number.MAX_SAFE_INTEGER) * 1000n + 7n, 'PKR', undefined],
    [1001n, 'KWD', undefined],
  ];
  it.each(cases)('%s %s (wire %s) survives string and back', (amount, currency, wire) => {
    const text = toDecimalString({ amount, currency }, wire);
    expect(fromDecimalString(text, currency, wire)).toEqual({ amount, currency });
  });
});
