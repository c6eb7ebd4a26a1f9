import { describe, expect, it } from 'vitest';
import { formatMoney } from '../src/index.js';

// formatMoney lives in core; its tests sit beside the testing provider's because the
// quickstart prints every amount through it.
describe('formatMoney', () => {
  it('formats in the currency home locale, hiding a zero fraction where the locale does', () => {
    expect(formatMoney({ amount: 15_000_000n, currency: 'IDR' })).toBe('Rp\u00a0150.000');
    expect(formatMoney({ amount: 123_450n, currency: 'THB' })).toBe('฿1,234.50');
    expect(formatMoney({ amount: 100_000n, currency: 'THB' })).toBe('฿1,000.00');
  });

  it('never rounds: a non-zero fraction is always shown in full', () => {
    expect(formatMoney({ amount: 15_000_050n, currency: 'IDR' })).toBe('Rp\u00a0150.000,50');
    expect(formatMoney({ amount: 123_450n, currency: 'PKR' })).toBe('Rs\u00a01,234.50');
    expect(formatMoney({ amount: 1_234_567n, currency: 'KWD' }, 'en-US')).toBe(
      'KWD\u00a01,234.567',
    );
  });

  it('is exact beyond Number.MAX_SAFE_INTEGER and for negatives and sub-unit amounts', () => {
    expect(formatMoney({ amount: 12_345_678_901_234_567_891n, currency: 'USD' })).toBe(
      '$123,456,789,012,345,678.91',
    );
    expect(formatMoney({ amount: -5n, currency: 'USD' })).toBe('-$0.05');
    expect(formatMoney({ amount: 1500n, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
  });

  it('takes an explicit locale and refuses unknown currencies', () => {
    expect(formatMoney({ amount: 15_000_000n, currency: 'IDR' }, 'en-US')).toBe('IDR\u00a0150,000');
    expect(() => formatMoney({ amount: 1n, currency: 'XXX' })).toThrowError(
      expect.objectContaining({ code: 'validation', field: 'money.currency' }),
    );
  });
});
