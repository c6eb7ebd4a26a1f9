import { describe, expect, it } from 'vitest';
import { pakistan } from '../src/index.js';
import { expectValidation } from './expect-validation.js';
import { chargeInput } from './inputs.js';

const pk = pakistan();

describe('pakistan() adapter shape', () => {
  it('is PKR, 2 wire decimals, UTC+5, ewallet and bank_transfer', () => {
    expect(pk.country).toBe('PK');
    expect(pk.currency).toBe('PKR');
    expect(pk.wireExponent).toBe(2);
    expect(pk.utcOffset).toBe('+05:00');
    expect(pk.methodTypes).toEqual(['ewallet', 'bank_transfer']);
  });
});

describe('toChargeFields: method -> payType/inBankCode', () => {
  it.each([
    ['ewallet', 'JAZZCASH', 'EWALLET', 'JAZZCASH'],
    ['ewallet', 'jazzcash', 'EWALLET', 'JAZZCASH'],
    ['ewallet', 'EASYPAISA', 'EWALLET', 'EASYPAISA'],
    ['bank_transfer', 'RAAST', 'BANK_TRANSFER', 'RAAST'],
  ] as const)('%s/%s -> %s/%s', (type, channel, payType, inBankCode) => {
    const fields = pk.toChargeFields(chargeInput({ method: { type, channel } }));
    expect(fields.payType).toBe(payType);
    expect(fields.inBankCode).toBe(inBankCode);
    expect(['QR', 'VA', 'EWALLET', 'BANK_TRANSFER', 'MOBILE_BANKING']).toContain(fields.payType);
    expect(pk.fromWireMethod(payType, inBankCode)).toEqual({
      type,
      channel: channel.toUpperCase(),
    });
  });

  it('normalizes the party: phone, CNIC, name, and passes id and description', () => {
    const fields = pk.toChargeFields(
      chargeInput({
        description: 'Order 1',
        customer: { name: '  Ayesha   Khan ', phone: '0092 300 1234567', id: 'cust-9' },
      }),
    );
    expect(fields).toEqual({
      payType: 'EWALLET',
      inBankCode: 'JAZZCASH',
      name: 'Ayesha Khan',
      phone: '03001234567',
      email: 'ayesha@example.pk',
      idCard: '3520212345672',
      partnerUserId: 'cust-9',
      subject: 'Order 1',
    });
  });

  it('Easypaisa and Raast do not need a CNIC and send none when absent', () => {
    for (const channel of ['EASYPAISA', 'RAAST']) {
      const type = channel === 'RAAST' ? 'bank_transfer' : 'ewallet';
      const fields = pk.toChargeFields(
        chargeInput({ method: { type, channel }, customer: { nationalId: undefined } }),
      );
      expect(fields).not.toHaveProperty('idCard');
    }
  });

  it.each([
    ['Muhammad Ali Jinnah'],
    ["D'Souza"],
    ['Dr. Fatima-Zahra'],
    ['محمد علی'],
    ['Zoë Ahmed'],
  ])('accepts the name %j', (name) => {
    expect(pk.toChargeFields(chargeInput({ customer: { name } })).name).toBe(name);
  });
});

describe('toChargeFields: refusals', () => {
  it.each([
    [
      'JazzCash without CNIC',
      { customer: { nationalId: undefined } },
      'customer.nationalId',
      'required',
    ],
    [
      'JazzCash with blank CNIC',
      { customer: { nationalId: '  ' } },
      'customer.nationalId',
      'required',
    ],
    [
      'bad CNIC',
      { customer: { nationalId: '12345-123456-1' } },
      'customer.nationalId',
      'national_id',
    ],
    [
      'bad optional CNIC on Easypaisa',
      { method: { type: 'ewallet', channel: 'EASYPAISA' }, customer: { nationalId: '123' } },
      'customer.nationalId',
      'national_id',
    ],
    ['landline phone', { customer: { phone: '021 34567890' } }, 'customer.phone', 'phone'],
    ['missing phone', { customer: { phone: '' } }, 'customer.phone', 'required'],
    ['digits in name', { customer: { name: 'Agent 007' } }, 'customer.name', 'characters'],
    ['31-character name', { customer: { name: 'A'.repeat(31) } }, 'customer.name', 'maxLength'],
    ['empty name', { customer: { name: ' ' } }, 'customer.name', 'required'],
    ['bad email', { customer: { email: 'ayesha.example.pk' } }, 'customer.email', 'format'],
    ['USD', { money: { amount: 150_000n, currency: 'USD' } }, 'money.currency', 'currency'],
    ['QR (not offered)', { method: { type: 'qr' } }, 'method.type', 'enum'],
    [
      'unknown wallet',
      { method: { type: 'ewallet', channel: 'SADAPAY' } },
      'method.channel',
      'enum',
    ],
    ['wallet without channel', { method: { type: 'ewallet' } }, 'method.channel', 'enum'],
    [
      'Raast as a wallet',
      { method: { type: 'ewallet', channel: 'RAAST' } },
      'method.channel',
      'enum',
    ],
  ] as const)('%s -> %s/%s', (_label, overrides, field, rule) => {
    expectValidation(() => pk.toChargeFields(chargeInput(overrides as never)), field, rule);
  });

  it('never echoes the CNIC in the error message', () => {
    const error = expectValidation(
      () => pk.toChargeFields(chargeInput({ customer: { nationalId: '35202-1234567' } })),
      'customer.nationalId',
      'national_id',
    );
    expect(error.message).not.toContain('1234567');
  });
});

describe('toChargeFields: limits at the boundaries (paisa)', () => {
  const cases = [
    ['JAZZCASH', 'ewallet', 1_000n, 5_000_000n],
    ['EASYPAISA', 'ewallet', 1_000n, 5_000_000n],
    ['RAAST', 'bank_transfer', 1_000n, 100_000_000n],
  ] as const;

  it.each(cases)('%s: min and max pass, min-1 and max+1 fail', (channel, type, min, max) => {
    const charge = (amount: bigint) =>
      pk.toChargeFields(
        chargeInput({ method: { type, channel }, money: { amount, currency: 'PKR' } }),
      );
    expect(charge(min).inBankCode).toBe(channel);
    expect(charge(max).inBankCode).toBe(channel);
    expectValidation(() => charge(min - 1n), 'money.amount', 'minimum');
    expectValidation(() => charge(max + 1n), 'money.amount', 'maximum');
  });

  it('zero and negative amounts are below the minimum', () => {
    for (const amount of [0n, -100n]) {
      expectValidation(
        () => pk.toChargeFields(chargeInput({ money: { amount, currency: 'PKR' } })),
        'money.amount',
        'minimum',
      );
    }
  });

  it('accepts paisa: PKR has 2 decimals on the wire, so no amount needs rounding', () => {
    expect(
      pk.toChargeFields(chargeInput({ money: { amount: 150_001n, currency: 'PKR' } })).payType,
    ).toBe('EWALLET');
  });

  it('pakistan({ limits }) overrides one end of one channel', () => {
    const custom = pakistan({ limits: { 'ewallet:JAZZCASH': { max: 10_000_000n } } });
    const jazz = custom.methods.find((m) => m.inBankCode === 'JAZZCASH');
    expect([jazz?.minAmount, jazz?.maxAmount]).toEqual([1_000n, 10_000_000n]);
    const charge = (amount: bigint) =>
      custom.toChargeFields(chargeInput({ money: { amount, currency: 'PKR' } }));
    expect(charge(10_000_000n).inBankCode).toBe('JAZZCASH');
    expectValidation(() => charge(10_000_001n), 'money.amount', 'maximum');
    expect(custom.methods.find((m) => m.inBankCode === 'EASYPAISA')?.maxAmount).toBe(5_000_000n);
    expect(pk.methods.find((m) => m.inBankCode === 'JAZZCASH')?.maxAmount).toBe(5_000_000n);
  });

  it.each([
    ['unknown channel', { 'ewallet:SADAPAY': { max: 1n } }, 'limits.ewallet:SADAPAY', 'enum'],
    [
      'min above max',
      { 'bank_transfer:RAAST': { min: 200n, max: 100n } },
      'limits.bank_transfer:RAAST.min',
      'maximum',
    ],
    [
      'min below one paisa',
      { 'bank_transfer:RAAST': { min: 0n } },
      'limits.bank_transfer:RAAST.min',
      'minimum',
    ],
    [
      'number instead of bigint',
      { 'bank_transfer:RAAST': { max: 5000 } },
      'limits.bank_transfer:RAAST.max',
      'minimum',
    ],
  ])('pakistan({ limits }) refuses %s', (_label, limits, field, rule) => {
    expectValidation(() => pakistan({ limits: limits as never }), field, rule);
  });
});
