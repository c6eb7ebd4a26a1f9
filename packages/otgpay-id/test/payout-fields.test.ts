import { describe, expect, it } from 'vitest';
import { INDONESIA_BANKS } from '../src/banks.js';
import { indonesia } from '../src/indonesia.js';
import { INDONESIA_PAYOUT_CHANNELS } from '../src/payout-channels.js';
import { expectValidation } from './expect-validation.js';
import { payoutInput } from './inputs.js';

const adapter = indonesia();

/** A syntactically valid account number for a bank of the table. */
function accountFor(code: string): string {
  const lengths = INDONESIA_BANKS.find((b) => b.code === code)?.accountNumberLengths;
  return '1234567890123456'.slice(0, lengths?.[0] ?? 12);
}

describe('payout channels', () => {
  it('offer a bank account at every bank of the table and five e-wallets', () => {
    const banks = INDONESIA_PAYOUT_CHANNELS.filter((c) => c.type === 'bank_account');
    expect(banks.map((c) => c.bankCode)).toEqual(INDONESIA_BANKS.map((b) => b.code));
    const wallets = INDONESIA_PAYOUT_CHANNELS.filter((c) => c.type === 'ewallet');
    expect(wallets.map((c) => c.bankCode)).toEqual([
      'OVO',
      'DANA',
      'GOPAY',
      'SHOPEEPAY',
      'LINKAJA',
    ]);
  });

  it.each(INDONESIA_BANKS.map((b) => [b.code, b.shortName] as const))(
    'bank %s (%s) -> BANK_ACCOUNT with its clearing code',
    (code, shortName) => {
      for (const bank of [code, shortName, shortName.toLowerCase()]) {
        const wire = adapter.toPayoutFields(
          payoutInput({
            destination: { type: 'bank_account', bank, accountNumber: accountFor(code) },
          }),
        );
        expect([wire.accountType, wire.bankCode, wire.accountNo]).toEqual([
          'BANK_ACCOUNT',
          code,
          accountFor(code),
        ]);
      }
    },
  );

  it.each([
    ['OVO', 'OVO'],
    ['DANA', 'DANA'],
    ['GOPAY', 'GOPAY'],
    ['GoPay', 'GOPAY'],
    ['SHOPEEPAY', 'SHOPEEPAY'],
    ['ShopeePay', 'SHOPEEPAY'],
    ['LINKAJA', 'LINKAJA'],
    ['LinkAja', 'LINKAJA'],
  ])('e-wallet %s -> EWALLET %s, accountNo = wallet phone in wire form', (bank, code) => {
    const wire = adapter.toPayoutFields(
      payoutInput({ destination: { type: 'ewallet', bank, accountNumber: '+62 857-1234-5678' } }),
    );
    expect([wire.accountType, wire.bankCode, wire.accountNo]).toEqual([
      'EWALLET',
      code,
      '085712345678',
    ]);
  });

  it('normalizes the whole payout', () => {
    const wire = adapter.toPayoutFields(
      payoutInput({
        destination: {
          type: 'bank_account',
          bank: 'Bank Central Asia',
          accountNumber: '123-456 7890',
        },
        recipient: {
          name: 'Siti  Rahayu',
          email: 'siti@example.co.id',
          phone: '62 812 9876 5432',
          nationalId: '3173014107900001',
        },
      }),
    );
    expect(wire).toEqual({
      accountType: 'BANK_ACCOUNT',
      bankCode: '014',
      accountNo: '1234567890',
      name: 'Siti Rahayu',
      phone: '081298765432',
      email: 'siti@example.co.id',
      idCard: '3173014107900001',
    });
  });
});

describe('payout input errors', () => {
  it.each([
    [{ type: 'bank_account', bank: '999', accountNumber: '1234567890' }],
    [{ type: 'bank_account', bank: 'Bank of Narnia', accountNumber: '1234567890' }],
    [{ type: 'bank_account', bank: 'OVO', accountNumber: '1234567890' }],
    [{ type: 'ewallet', bank: 'PAYPAL', accountNumber: '081234567890' }],
    [{ type: 'ewallet', bank: '014', accountNumber: '081234567890' }],
  ] as const)('%o -> destination.bank enum', (destination) => {
    expectValidation(
      () => adapter.toPayoutFields(payoutInput({ destination })),
      'destination.bank',
      'enum',
    );
  });

  it.each([
    ['BCA', '123456789', 'BCA has 10 digits, 9 given'],
    ['BCA', '12345678901', 'BCA has 10 digits, 11 given'],
    ['Mandiri', '123456789012', 'Mandiri has 13 digits'],
    ['BRI', '12345678901234', 'BRI has 15 digits'],
    ['BNI', '12345', 'fewer than 6 digits'],
    ['BNI', '123456789012345678901', 'more than 20 digits'],
    ['BNI', '12345ABC90', 'letters'],
    ['BNI', '', 'empty'],
  ])('bank account %s %s -> account_number (%s)', (bank, accountNumber) => {
    expectValidation(
      () =>
        adapter.toPayoutFields(
          payoutInput({ destination: { type: 'bank_account', bank, accountNumber } }),
        ),
      'destination.accountNumber',
      'account_number',
    );
  });

  it.each([
    ['021 5550 1234', 'landline'],
    ['0812345', 'too short'],
    ['1234567890', 'bank-style number'],
  ])('e-wallet account %s -> account_number (%s)', (accountNumber) => {
    expectValidation(
      () =>
        adapter.toPayoutFields(
          payoutInput({ destination: { type: 'ewallet', bank: 'OVO', accountNumber } }),
        ),
      'destination.accountNumber',
      'account_number',
    );
  });

  it.each([
    [25_000_050n, 'precision', 'Rp 250.000,50'],
    [1n, 'precision', 'one sen'],
    [0n, 'minimum', 'zero'],
    [-100n, 'minimum', 'negative'],
  ])('amount %s -> money.amount %s (%s)', (amount, rule) => {
    expectValidation(
      () => adapter.toPayoutFields(payoutInput({ money: { amount, currency: 'IDR' } })),
      'money.amount',
      rule,
    );
  });

  it('accepts a whole rupiah payout (Rp 1)', () => {
    const wire = adapter.toPayoutFields(payoutInput({ money: { amount: 100n, currency: 'IDR' } }));
    expect(wire.bankCode).toBe('014');
  });

  it.each([
    [{ phone: '021 5550 1234' }, 'recipient.phone', 'phone'],
    [{ name: 'Siti 2' }, 'recipient.name', 'characters'],
    [{ email: 'siti' }, 'recipient.email', 'format'],
    [{ nationalId: '31730101079000' }, 'recipient.nationalId', 'national_id'],
  ])('recipient %o -> %s %s', (patch, field, rule) => {
    const recipient = { ...payoutInput().recipient, ...patch };
    expectValidation(() => adapter.toPayoutFields(payoutInput({ recipient })), field, rule);
  });

  it('refuses another currency', () => {
    expectValidation(
      () => adapter.toPayoutFields(payoutInput({ money: { amount: 100n, currency: 'PKR' } })),
      'money.currency',
      'currency',
    );
  });
});
