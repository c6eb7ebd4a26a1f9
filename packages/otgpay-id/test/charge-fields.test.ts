import { describe, expect, it } from 'vitest';
import { indonesia } from '../src/indonesia.js';
import { expectValidation } from './expect-validation.js';
import { chargeInput } from './inputs.js';

const adapter = indonesia();

describe('indonesia() adapter shape', () => {
  it('is IDR, whole rupiah on the wire, UTC+7', () => {
    expect(adapter.country).toBe('ID');
    expect(adapter.currency).toBe('IDR');
    expect(adapter.wireExponent).toBe(0);
    expect(adapter.utcOffset).toBe('+07:00');
    expect([...adapter.methodTypes].sort()).toEqual(['ewallet', 'qr', 'virtual_account']);
  });

  it('uses only protocol §5 wire values', () => {
    for (const m of adapter.methods) {
      expect(['QR', 'VA', 'EWALLET', 'BANK_TRANSFER', 'MOBILE_BANKING']).toContain(m.payType);
      expect(m.inBankCode).toMatch(/^(\d{3}|[A-Z]+)$/);
    }
  });
});

describe('method -> payType / inBankCode', () => {
  it.each([
    [{ type: 'qr' }, 'QR', '014'],
    [{ type: 'virtual_account', channel: '014' }, 'VA', '014'],
    [{ type: 'virtual_account', channel: '008' }, 'VA', '008'],
    [{ type: 'virtual_account', channel: '002' }, 'VA', '002'],
    [{ type: 'virtual_account', channel: '009' }, 'VA', '009'],
    [{ type: 'virtual_account', channel: '013' }, 'VA', '013'],
    [{ type: 'virtual_account', channel: '022' }, 'VA', '022'],
    [{ type: 'virtual_account', channel: '011' }, 'VA', '011'],
    [{ type: 'virtual_account', channel: '451' }, 'VA', '451'],
    [{ type: 'virtual_account', channel: 'BCA' }, 'VA', '014'],
    [{ type: 'virtual_account', channel: 'bank mandiri' }, 'VA', '008'],
    [{ type: 'virtual_account', channel: 'Bank Syariah Mandiri' }, 'VA', '451'],
    [{ type: 'ewallet', channel: 'OVO' }, 'EWALLET', 'OVO'],
    [{ type: 'ewallet', channel: 'DANA' }, 'EWALLET', 'DANA'],
    [{ type: 'ewallet', channel: 'GOPAY' }, 'EWALLET', 'GOPAY'],
    [{ type: 'ewallet', channel: 'gopay' }, 'EWALLET', 'GOPAY'],
    [{ type: 'ewallet', channel: 'SHOPEEPAY' }, 'EWALLET', 'SHOPEEPAY'],
    [{ type: 'ewallet', channel: 'Shopee Pay' }, 'EWALLET', 'SHOPEEPAY'],
    [{ type: 'ewallet', channel: 'LINKAJA' }, 'EWALLET', 'LINKAJA'],
    [{ type: 'ewallet', channel: 'Link Aja' }, 'EWALLET', 'LINKAJA'],
  ] as const)('%o -> %s %s', (method, payType, inBankCode) => {
    const wire = adapter.toChargeFields(chargeInput({ method }));
    expect({ payType: wire.payType, inBankCode: wire.inBankCode }).toEqual({ payType, inBankCode });
  });

  it('normalizes the party and passes id and description through', () => {
    const wire = adapter.toChargeFields(
      chargeInput({
        customer: {
          name: '  Budi   Santoso ',
          email: ' budi@example.co.id ',
          phone: '0062 812 3456 7890',
          id: 'cust-9',
        },
        description: 'Order 1',
      }),
    );
    expect(wire).toEqual({
      payType: 'QR',
      inBankCode: '014',
      name: 'Budi Santoso',
      phone: '081234567890',
      email: 'budi@example.co.id',
      partnerUserId: 'cust-9',
      subject: 'Order 1',
    });
  });

  it('sends a valid NIK as idCard, without separators', () => {
    const wire = adapter.toChargeFields(
      chargeInput({
        customer: { ...chargeInput().customer, nationalId: '3173 0101 0790 0001' },
      }),
    );
    expect(wire.idCard).toBe('3173010107900001');
  });

  it('maps wire methods back, QRIS whatever the acquiring bank', () => {
    expect(adapter.fromWireMethod('QR', '014')).toEqual({ type: 'qr' });
    expect(adapter.fromWireMethod('QR', '008')).toEqual({ type: 'qr' });
    expect(adapter.fromWireMethod('VA', '451')).toEqual({
      type: 'virtual_account',
      channel: '451',
    });
    expect(adapter.fromWireMethod('EWALLET', 'OVO')).toEqual({ type: 'ewallet', channel: 'OVO' });
    expect(adapter.fromWireMethod('VA', '999')).toBeUndefined();
  });

  it('follows the qrisBank option, resolved through the directory', () => {
    const wire = indonesia({ qrisBank: 'Mandiri' }).toChargeFields(chargeInput());
    expect(wire.inBankCode).toBe('008');
    expectValidation(() => indonesia({ qrisBank: 'Narnia' }), 'qrisBank', 'enum');
  });
});

describe('amount limits (IDR minor units, exponent 2)', () => {
  const at = (amount: bigint, method = chargeInput().method) =>
    adapter.toChargeFields(chargeInput({ money: { amount, currency: 'IDR' }, method }));

  it.each([
    ['QRIS min Rp 10.000', 1_000_000n, { type: 'qr' }],
    ['QRIS max Rp 10.000.000', 1_000_000_000n, { type: 'qr' }],
    ['VA min Rp 10.000', 1_000_000n, { type: 'virtual_account', channel: '014' }],
    ['VA max Rp 50.000.000', 5_000_000_000n, { type: 'virtual_account', channel: '014' }],
    ['OVO min Rp 10.000', 1_000_000n, { type: 'ewallet', channel: 'OVO' }],
    ['OVO max Rp 10.000.000', 1_000_000_000n, { type: 'ewallet', channel: 'OVO' }],
  ] as const)('accepts %s', (_label, amount, method) => {
    expect(at(amount, method).payType).toBeDefined();
  });

  it.each([
    ['QRIS Rp 9.999 (min - 1)', 999_900n, { type: 'qr' }, 'minimum'],
    ['QRIS Rp 10.000.001 (max + 1)', 1_000_000_100n, { type: 'qr' }, 'maximum'],
    ['VA Rp 9.999', 999_900n, { type: 'virtual_account', channel: '008' }, 'minimum'],
    ['VA Rp 50.000.001', 5_000_000_100n, { type: 'virtual_account', channel: '008' }, 'maximum'],
    ['DANA Rp 9.999', 999_900n, { type: 'ewallet', channel: 'DANA' }, 'minimum'],
    ['DANA Rp 10.000.001', 1_000_000_100n, { type: 'ewallet', channel: 'DANA' }, 'maximum'],
    ['zero', 0n, { type: 'qr' }, 'minimum'],
    ['negative', -1_000_000n, { type: 'qr' }, 'minimum'],
  ] as const)('refuses %s', (_label, amount, method, rule) => {
    expectValidation(() => at(amount, method), 'money.amount', rule);
  });

  it.each([
    ['Rp 150.000,50', 15_000_050n],
    ['Rp 10.000,01', 1_000_001n],
    ['Rp 10.000.000,99', 1_000_000_099n],
  ])('refuses a fractional rupiah: %s', (_label, amount) => {
    expectValidation(() => at(amount), 'money.amount', 'precision');
  });

  it('refuses another currency', () => {
    expectValidation(
      () => adapter.toChargeFields(chargeInput({ money: { amount: 15_000n, currency: 'THB' } })),
      'money.currency',
      'currency',
    );
  });
});

describe('charge input errors', () => {
  it.each([
    [{ type: 'virtual_account', channel: '999' }, 'method.channel'],
    [{ type: 'virtual_account', channel: 'Bank of Narnia' }, 'method.channel'],
    [{ type: 'virtual_account', channel: '200' }, 'method.channel'],
    [{ type: 'virtual_account' }, 'method.channel'],
    [{ type: 'ewallet', channel: 'PAYPAL' }, 'method.channel'],
    [{ type: 'ewallet' }, 'method.channel'],
    [{ type: 'mobile_banking' }, 'method.type'],
    [{ type: 'bank_transfer', channel: '014' }, 'method.type'],
  ] as const)('%o -> ValidationError on %s', (method, field) => {
    expectValidation(() => adapter.toChargeFields(chargeInput({ method })), field, 'enum');
  });

  const customer = chargeInput().customer;
  it.each([
    [{ ...customer, phone: '021 5550 1234' }, 'customer.phone', 'phone'],
    [{ ...customer, phone: '0812345' }, 'customer.phone', 'phone'],
    [{ ...customer, phone: '' }, 'customer.phone', 'required'],
    [{ ...customer, name: '' }, 'customer.name', 'required'],
    [{ ...customer, name: 'Budi123' }, 'customer.name', 'characters'],
    [{ ...customer, name: 'A'.repeat(31) }, 'customer.name', 'maxLength'],
    [{ ...customer, email: 'budi@' }, 'customer.email', 'format'],
    [{ ...customer, nationalId: '1234567890123456' }, 'customer.nationalId', 'national_id'],
  ])('%o -> %s %s', (c, field, rule) => {
    expectValidation(() => adapter.toChargeFields(chargeInput({ customer: c })), field, rule);
  });

  it.each([
    ['Nyoman Wiraguna', 'Nyoman Wiraguna'],
    ['Ni Luh Putu Ayu', 'Ni Luh Putu Ayu'],
    ['Dr. Siti Nurhaliza-Putri', 'Dr. Siti Nurhaliza-Putri'],
    ["Ma'ruf Amin", "Ma'ruf Amin"],
    ['Andrés Müller', 'Andrés Müller'],
    ['Lê Văn Tâm', 'Lê Văn Tâm'],
    ['A'.repeat(30), 'A'.repeat(30)],
    ['Le\u0302 Va\u0306n Ta\u0302m', 'Lê Văn Tâm'],
  ])('accepts the name %s', (name, wire) => {
    const c = { ...customer, name };
    expect(adapter.toChargeFields(chargeInput({ customer: c })).name).toBe(wire);
  });
});
