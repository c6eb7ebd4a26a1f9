import { describe, expect, it } from 'vitest';
import { PAKISTAN_BANKS, PAKISTAN_PAYOUT_CHANNELS, pakistan } from '../src/index.js';
import { expectValidation } from './expect-validation.js';
import { payoutInput } from './inputs.js';

const pk = pakistan();

/** A valid PK IBAN for `bankCode` with account `account` (16 digits), check digits computed. */
function ibanFor(bankCode: string, account: string): string {
  const numeric = [...`${bankCode}${account}PK00`]
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
  const check = 98n - (BigInt(numeric) % 97n);
  return `PK${check.toString().padStart(2, '0')}${bankCode}${account}`;
}

describe('toPayoutFields: bank accounts by IBAN', () => {
  it('MCB IBAN (published example) -> BANK_ACCOUNT/MUCB/IBAN, CNIC and phone normalized', () => {
    expect(pk.toPayoutFields(payoutInput())).toEqual({
      accountType: 'BANK_ACCOUNT',
      bankCode: 'MUCB',
      accountNo: 'PK24MUCB0646609971000177',
      name: 'Bilal Ahmed',
      phone: '03217654321',
      email: 'bilal@example.pk',
      idCard: '4210176543211',
    });
  });

  it.each(PAKISTAN_BANKS.map((b) => [b.code, b.shortName] as const))(
    '%s (%s): code or short name -> BANK_ACCOUNT with that bankCode',
    (code, shortName) => {
      const iban = ibanFor(code, '0001234567890123');
      for (const bank of [code, code.toLowerCase(), shortName]) {
        const fields = pk.toPayoutFields(
          payoutInput({ destination: { bank, accountNumber: iban.toLowerCase() } }),
        );
        expect([fields.accountType, fields.bankCode, fields.accountNo]).toEqual([
          'BANK_ACCOUNT',
          code,
          iban,
        ]);
      }
    },
  );

  it('the Standard Chartered registry example goes to SCBL', () => {
    const fields = pk.toPayoutFields(
      payoutInput({
        destination: { bank: 'Standard Chartered', accountNumber: 'PK36SCBL0000001123456702' },
      }),
    );
    expect([fields.bankCode, fields.accountNo]).toEqual(['SCBL', 'PK36SCBL0000001123456702']);
  });

  it.each([
    ['IBAN of another bank', { bank: 'HBL' }, 'destination.accountNumber', 'iban_bank'],
    [
      'wrong check digits',
      { accountNumber: 'PK25MUCB0646609971000177' },
      'destination.accountNumber',
      'iban_checksum',
    ],
    [
      'a typo in the account',
      { accountNumber: 'PK24MUCB0646609971000178' },
      'destination.accountNumber',
      'iban_checksum',
    ],
    [
      'bare account number',
      { accountNumber: '0646609971000177' },
      'destination.accountNumber',
      'iban_format',
    ],
    [
      'foreign IBAN',
      { accountNumber: 'GB82WEST12345698765432' },
      'destination.accountNumber',
      'iban_format',
    ],
    ['unknown bank', { bank: 'Bank of America' }, 'destination.bank', 'enum'],
    ['wrong Habib Metro code', { bank: 'HMBK' }, 'destination.bank', 'enum'],
    ['wallet name as a bank', { bank: 'JAZZCASH' }, 'destination.bank', 'enum'],
  ] as const)('%s -> %s/%s', (_label, destination, field, rule) => {
    expectValidation(() => pk.toPayoutFields(payoutInput({ destination })), field, rule);
  });

  it('never echoes the IBAN in the error message', () => {
    const error = expectValidation(
      () => pk.toPayoutFields(payoutInput({ destination: { bank: 'HBL' } })),
      'destination.accountNumber',
      'iban_bank',
    );
    expect(error.message).not.toContain('0646609971000177');
  });
});

describe('toPayoutFields: wallets', () => {
  it.each([
    ['JAZZCASH', 'JAZZCASH'],
    ['jazzcash', 'JAZZCASH'],
    ['Jazz Cash', 'JAZZCASH'],
    ['EASYPAISA', 'EASYPAISA'],
    ['Easy-Paisa', 'EASYPAISA'],
  ])('%j -> EWALLET/%s, accountNo is the mobile 03XXXXXXXXX', (bank, code) => {
    const fields = pk.toPayoutFields(
      payoutInput({ destination: { type: 'ewallet', bank, accountNumber: '+92 345 1234567' } }),
    );
    expect([fields.accountType, fields.bankCode, fields.accountNo]).toEqual([
      'EWALLET',
      code,
      '03451234567',
    ]);
  });

  it.each([
    [
      'IBAN as wallet account',
      { accountNumber: 'PK24MUCB0646609971000177' },
      'destination.accountNumber',
      'phone',
    ],
    [
      'landline as wallet account',
      { accountNumber: '042 35761234' },
      'destination.accountNumber',
      'phone',
    ],
    ['unknown wallet', { bank: 'SADAPAY' }, 'destination.bank', 'enum'],
    ['bank as wallet', { bank: 'HBL' }, 'destination.bank', 'enum'],
  ] as const)('%s -> %s/%s', (_label, destination, field, rule) => {
    expectValidation(
      () =>
        pk.toPayoutFields(
          payoutInput({
            destination: {
              type: 'ewallet',
              bank: 'JAZZCASH',
              accountNumber: '03451234567',
              ...destination,
            },
          }),
        ),
      field,
      rule,
    );
  });
});

describe('toPayoutFields: every payout needs the CNIC, and the common checks', () => {
  it.each([
    ['no CNIC on a bank payout', {}, { nationalId: undefined }, 'recipient.nationalId', 'required'],
    [
      'no CNIC on a wallet payout',
      { type: 'ewallet', bank: 'EASYPAISA', accountNumber: '03001234567' },
      { nationalId: undefined },
      'recipient.nationalId',
      'required',
    ],
    ['bad CNIC', {}, { nationalId: '4210176543' }, 'recipient.nationalId', 'national_id'],
    ['bad phone', {}, { phone: '+44 7700 900123' }, 'recipient.phone', 'phone'],
    ['bad name', {}, { name: 'Bilal #1' }, 'recipient.name', 'characters'],
    ['bad email', {}, { email: 'bilal@' }, 'recipient.email', 'format'],
  ] as const)('%s -> %s/%s', (_label, destination, recipient, field, rule) => {
    expectValidation(() => pk.toPayoutFields(payoutInput({ destination, recipient })), field, rule);
  });

  it.each([
    [0n, 'money.amount', 'minimum'],
    [-1n, 'money.amount', 'minimum'],
  ] as const)('amount %s -> %s/%s', (amount, field, rule) => {
    expectValidation(
      () => pk.toPayoutFields(payoutInput({ money: { amount, currency: 'PKR' } })),
      field,
      rule,
    );
  });

  it('refuses another currency', () => {
    expectValidation(
      () => pk.toPayoutFields(payoutInput({ money: { amount: 100n, currency: 'IDR' } })),
      'money.currency',
      'currency',
    );
  });

  it('one paisa is a valid payout amount', () => {
    expect(
      pk.toPayoutFields(payoutInput({ money: { amount: 1n, currency: 'PKR' } })).bankCode,
    ).toBe('MUCB');
  });
});

describe('payout channel table', () => {
  it('one BANK_ACCOUNT channel per bank plus two EWALLET channels, all wire-safe codes', () => {
    expect(PAKISTAN_PAYOUT_CHANNELS).toHaveLength(PAKISTAN_BANKS.length + 2);
    for (const c of PAKISTAN_PAYOUT_CHANNELS) {
      expect(c.bankCode).toMatch(/^[A-Z0-9_]{1,20}$/);
      expect(c.accountType).toBe(c.type === 'bank_account' ? 'BANK_ACCOUNT' : 'EWALLET');
    }
  });
});
