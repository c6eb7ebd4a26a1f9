import { describe, expect, it } from 'vitest';
import { indonesia } from '../src/indonesia.js';
import { expectValidation } from './expect-validation.js';
import { chargeInput } from './inputs.js';

const idr = (amount: bigint) => ({ amount, currency: 'IDR' });

describe('indonesia({ limits })', () => {
  it('overrides a family, and a single method over its family', () => {
    const adapter = indonesia({
      limits: {
        virtual_account: { max: 10_000_000_000n },
        'virtual_account:014': { min: 5_000_000n },
      },
    });
    const bca = adapter.methods.find((m) => m.inBankCode === '014' && m.payType === 'VA');
    const bri = adapter.methods.find((m) => m.inBankCode === '002');
    expect([bca?.minAmount, bca?.maxAmount]).toEqual([5_000_000n, 10_000_000_000n]);
    expect([bri?.minAmount, bri?.maxAmount]).toEqual([1_000_000n, 10_000_000_000n]);

    const va = { type: 'virtual_account', channel: '014' } as const;
    expect(
      adapter.toChargeFields(chargeInput({ method: va, money: idr(5_000_000n) })).payType,
    ).toBe('VA');
    expectValidation(
      () => adapter.toChargeFields(chargeInput({ method: va, money: idr(4_999_900n) })),
      'money.amount',
      'minimum',
    );
  });

  it('leaves the defaults of other adapters alone', () => {
    indonesia({ limits: { qr: { max: 200_000_000n } } });
    const qris = indonesia().methods.find((m) => m.payType === 'QR');
    expect(qris?.maxAmount).toBe(1_000_000_000n);
  });

  it.each([
    [{ qr: { min: 150n } }, 'limits.qr.min', 'precision'],
    [{ qr: { min: 0n } }, 'limits.qr.min', 'minimum'],
    [{ qr: { min: 500_000_000n, max: 100_000_000n } }, 'limits.qr.min', 'maximum'],
    [{ 'ewallet:PAYPAL': { max: 100n } }, 'limits.ewallet:PAYPAL', 'enum'],
    [{ qr: { max: 1.5 as unknown as bigint } }, 'limits.qr.max', 'minimum'],
  ])('refuses %o', (limits, field, rule) => {
    expectValidation(() => indonesia({ limits }), field, rule);
  });
});
