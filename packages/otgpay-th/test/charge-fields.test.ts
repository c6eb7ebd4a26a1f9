import { toDecimalString } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { THAI_METHODS, thailand } from '../src/index.js';
import { expectValidation } from './expect-validation.js';
import { chargeInput } from './inputs.js';

const th = thailand();

describe('thailand() adapter', () => {
  it('describes Thailand: THB, 2 wire decimals, UTC+7', () => {
    expect(th).toMatchObject({
      country: 'TH',
      currency: 'THB',
      wireExponent: 2,
      utcOffset: '+07:00',
    });
    expect([...th.methodTypes].sort()).toEqual(['ewallet', 'mobile_banking', 'qr']);
  });

  it('every method uses a protocol §5 payType and inBankCode', () => {
    for (const m of th.methods) {
      expect(['QR', 'VA', 'EWALLET', 'BANK_TRANSFER', 'MOBILE_BANKING']).toContain(m.payType);
      expect(m.inBankCode).toMatch(/^(\d{3}|[A-Z][A-Z0-9_]*)$/);
      expect(m.minAmount).toBeGreaterThan(0n);
      expect(m.maxAmount).toBeGreaterThan(m.minAmount);
    }
  });
});

describe('toChargeFields: method -> payType / inBankCode', () => {
  it.each([
    ['PromptPay QR', { type: 'qr' }, 'QR', 'PROMPTPAY'],
    ['SCB by code', { type: 'mobile_banking', channel: '014' }, 'MOBILE_BANKING', '014'],
    ['KBANK by code', { type: 'mobile_banking', channel: '004' }, 'MOBILE_BANKING', '004'],
    ['KTB by code', { type: 'mobile_banking', channel: '006' }, 'MOBILE_BANKING', '006'],
    ['BBL by code', { type: 'mobile_banking', channel: '002' }, 'MOBILE_BANKING', '002'],
    ['BAY by code', { type: 'mobile_banking', channel: '025' }, 'MOBILE_BANKING', '025'],
    ['SCB by short name', { type: 'mobile_banking', channel: 'SCB' }, 'MOBILE_BANKING', '014'],
    ['BAY by alias', { type: 'mobile_banking', channel: 'krungsri' }, 'MOBILE_BANKING', '025'],
    ['KBANK by Thai name', { type: 'mobile_banking', channel: 'กสิกรไทย' }, 'MOBILE_BANKING', '004'],
    ['TrueMoney', { type: 'ewallet', channel: 'TRUEMONEY' }, 'EWALLET', 'TRUEMONEY'],
    ['TrueMoney, lower case', { type: 'ewallet', channel: 'truemoney' }, 'EWALLET', 'TRUEMONEY'],
  ] as const)('%s', (_label, method, payType, inBankCode) => {
    const wire = th.toChargeFields(chargeInput({ method }));
    expect(wire).toEqual({
      payType,
      inBankCode,
      name: 'Somchai Jaidee',
      phone: '0812345678',
      email: 'somchai@example.co.th',
    });
  });

  it.each([
    ['a family Thailand does not offer', { type: 'virtual_account' }, 'method.type'],
    ['bank transfer is not offered', { type: 'bank_transfer' }, 'method.type'],
    ['mobile banking without a bank', { type: 'mobile_banking' }, 'method.channel'],
    [
      'mobile banking at a bank without it (TTB)',
      { type: 'mobile_banking', channel: '011' },
      'method.channel',
    ],
    [
      'mobile banking at an unknown bank',
      { type: 'mobile_banking', channel: 'Bank of Nowhere' },
      'method.channel',
    ],
    ['an unknown wallet', { type: 'ewallet', channel: 'LINEPAY' }, 'method.channel'],
    ['a wallet without a name', { type: 'ewallet' }, 'method.channel'],
  ] as const)('refuses %s', (_why, method, field) => {
    expectValidation(() => th.toChargeFields(chargeInput({ method })), field, 'enum');
  });

  it('fromWireMethod maps each payType/inBankCode pair back to its method', () => {
    for (const m of THAI_METHODS) {
      expect(th.fromWireMethod(m.payType, m.inBankCode)).toEqual(m.method);
    }
    expect(th.fromWireMethod('QR', 'PROMPTPAY')).toEqual({ type: 'qr' });
    expect(th.fromWireMethod('MOBILE_BANKING', '014')).toEqual({
      type: 'mobile_banking',
      channel: '014',
    });
    expect(th.fromWireMethod('VA', '014')).toBeUndefined();
    expect(th.fromWireMethod('EWALLET', 'OVO')).toBeUndefined();
  });
});

describe('toChargeFields: amounts', () => {
  it.each([
    [15000n, '150.00'],
    [1n, '0.01'],
    [10001n, '100.01'],
    [70000000n, '700000.00'],
  ])('%s satang travels as "%s"', (amount, wire) => {
    expect(toDecimalString({ amount, currency: 'THB' }, th.wireExponent)).toBe(wire);
  });

  it('accepts satang: the THB wire has 2 decimals, so no fraction is ever refused', () => {
    const input = chargeInput({ money: { amount: 10001n, currency: 'THB' } });
    expect(th.toChargeFields(input).payType).toBe('QR');
  });

  it('has the documented limits for PromptPay QR and TrueMoney', () => {
    const qr = THAI_METHODS.find((m) => m.method.type === 'qr');
    const tmn = THAI_METHODS.find((m) => m.method.type === 'ewallet');
    expect([qr?.minAmount, qr?.maxAmount]).toEqual([100n, 70_000_000n]);
    expect([tmn?.minAmount, tmn?.maxAmount]).toEqual([100n, 3_000_000n]);
  });

  describe.each(THAI_METHODS.map((m) => [m.label, m] as const))('%s limits', (_label, m) => {
    const at = (amount: bigint) => () =>
      th.toChargeFields(chargeInput({ method: m.method, money: { amount, currency: 'THB' } }));
    it('accepts min and max', () => {
      expect(at(m.minAmount)().payType).toBe(m.payType);
      expect(at(m.maxAmount)().payType).toBe(m.payType);
    });
    it('refuses min - 1 and max + 1', () => {
      expectValidation(at(m.minAmount - 1n), 'money.amount', 'minimum');
      expectValidation(at(m.maxAmount + 1n), 'money.amount', 'maximum');
    });
  });

  it.each([0n, -100n])('refuses %s', (amount) => {
    expectValidation(
      () => th.toChargeFields(chargeInput({ money: { amount, currency: 'THB' } })),
      'money.amount',
      'minimum',
    );
  });

  it('refuses another currency', () => {
    expectValidation(
      () => th.toChargeFields(chargeInput({ money: { amount: 15000n, currency: 'IDR' } })),
      'money.currency',
      'currency',
    );
  });
});

describe('toChargeFields: limits overrides', () => {
  it('narrows a method to the merchant contract', () => {
    const custom = thailand({ limits: { qr: { min: 2000n, max: 5_000_000n } } });
    const at = (amount: bigint) => () =>
      custom.toChargeFields(chargeInput({ money: { amount, currency: 'THB' } }));
    expect(at(2000n)().payType).toBe('QR');
    expect(at(5_000_000n)().payType).toBe('QR');
    expectValidation(at(1999n), 'money.amount', 'minimum');
    expectValidation(at(5_000_001n), 'money.amount', 'maximum');
    // other methods keep their defaults; the default adapter is unchanged
    expect(
      custom.toChargeFields(
        chargeInput({
          method: { type: 'ewallet', channel: 'TRUEMONEY' },
          money: { amount: 100n, currency: 'THB' },
        }),
      ).payType,
    ).toBe('EWALLET');
    expect(
      th.toChargeFields(chargeInput({ money: { amount: 100n, currency: 'THB' } })).payType,
    ).toBe('QR');
  });

  it('takes a channel key, one end only', () => {
    const custom = thailand({ limits: { 'mobile_banking:014': { max: 1_000_000n } } });
    const scb = { type: 'mobile_banking', channel: '014' } as const;
    const at = (amount: bigint) => () =>
      custom.toChargeFields(chargeInput({ method: scb, money: { amount, currency: 'THB' } }));
    expect(at(100n)().inBankCode).toBe('014');
    expectValidation(at(1_000_001n), 'money.amount', 'maximum');
  });

  it.each([
    ['an unknown method', { va: { max: 100n } }, 'limits.va', 'enum'],
    ['min above max', { qr: { min: 500n, max: 400n } }, 'limits.qr.min', 'maximum'],
    ['zero min', { qr: { min: 0n } }, 'limits.qr.min', 'minimum'],
  ] as const)('refuses %s', (_why, limits, field, rule) => {
    expectValidation(() => thailand({ limits }), field, rule);
  });
});

describe('toChargeFields: customer', () => {
  it.each([
    ['Thai script with vowel and tone marks', 'สมชาย ใจดี', 'สมชาย ใจดี'],
    ['Thai script with thanthakhat', 'สมศักดิ์ รักไทย', 'สมศักดิ์ รักไทย'],
    ['Latin with diacritics', 'Zoë Nguyễn', 'Zoë Nguyễn'],
    ['apostrophe, dot, hyphen', "J. O'Neil-Smith", "J. O'Neil-Smith"],
    ['extra spaces folded', '  Somchai   Jaidee ', 'Somchai Jaidee'],
    ['30 characters', 'A'.repeat(30), 'A'.repeat(30)],
  ])('name: %s', (_why, name, wire) => {
    const input = chargeInput({ customer: { ...chargeInput().customer, name } });
    expect(th.toChargeFields(input).name).toBe(wire);
  });

  it.each([
    ['empty', '', 'required'],
    ['blank', '   ', 'required'],
    ['digits', 'Somchai 2', 'characters'],
    ['31 characters', 'A'.repeat(31), 'maxLength'],
    ['starts with a hyphen', '-Somchai', 'characters'],
    ['emoji', 'Somchai 🙂', 'characters'],
  ])('name refused: %s', (_why, name, rule) => {
    const input = chargeInput({ customer: { ...chargeInput().customer, name } });
    expectValidation(() => th.toChargeFields(input), 'customer.name', rule);
  });

  it.each([
    ['+66 81 234 5678', '0812345678'],
    ['66812345678', '0812345678'],
    ['0066812345678', '0812345678'],
    ['081-234-5678', '0812345678'],
  ])('phone %s -> %s', (phone, wire) => {
    const input = chargeInput({ customer: { ...chargeInput().customer, phone } });
    expect(th.toChargeFields(input).phone).toBe(wire);
  });

  it.each([
    ['a landline', '02 123 4567', 'phone'],
    ['an Indonesian mobile', '+62 812 3456 7890', 'phone'],
    ['missing', '', 'required'],
  ])('phone refused: %s', (_why, phone, rule) => {
    const input = chargeInput({ customer: { ...chargeInput().customer, phone } });
    expectValidation(() => th.toChargeFields(input), 'customer.phone', rule);
  });

  it.each([
    ['no domain dot', 'somchai@example', 'format'],
    ['missing', '', 'required'],
  ])('email refused: %s', (_why, email, rule) => {
    const input = chargeInput({ customer: { ...chargeInput().customer, email } });
    expectValidation(() => th.toChargeFields(input), 'customer.email', rule);
  });

  it('sends a valid citizen id as idCard, normalized', () => {
    const input = chargeInput({
      customer: { ...chargeInput().customer, nationalId: '3-1006-00445-63-5' },
    });
    expect(th.toChargeFields(input).idCard).toBe('3100600445635');
  });

  it('refuses a citizen id with a wrong check digit', () => {
    const input = chargeInput({
      customer: { ...chargeInput().customer, nationalId: '3100600445636' },
    });
    expectValidation(() => th.toChargeFields(input), 'customer.nationalId', 'national_id');
  });

  it('passes the merchant customer id and description through', () => {
    const input = chargeInput({
      customer: { ...chargeInput().customer, id: 'cust-42' },
      description: 'Order 1',
    });
    expect(th.toChargeFields(input)).toMatchObject({
      partnerUserId: 'cust-42',
      subject: 'Order 1',
    });
  });
});
