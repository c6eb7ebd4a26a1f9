import { describe, expect, it } from 'vitest';
import { THAI_BANKS, thailand } from '../src/index.js';
import { expectValidation } from './expect-validation.js';
import { payoutInput } from './inputs.js';

const th = thailand();
const recipientWire = { name: 'Malee Srisuk', phone: '0912345678', email: 'malee@example.co.th' };

describe('toPayoutFields: channels', () => {
  it('offers a bank account payout at every bank of the table, plus PromptPay and TrueMoney', () => {
    const banks = th.payoutChannels.filter((c) => c.type === 'bank_account').map((c) => c.bankCode);
    expect(banks).toEqual(THAI_BANKS.map((b) => b.code));
    const wallets = th.payoutChannels.filter((c) => c.type === 'ewallet').map((c) => c.bankCode);
    expect(wallets).toEqual(['PROMPTPAY', 'TRUEMONEY']);
    for (const c of th.payoutChannels) {
      expect(['BANK_ACCOUNT', 'EWALLET']).toContain(c.accountType);
      expect(c.bankCode).toMatch(/^(\d{3}|[A-Z][A-Z0-9_]*)$/);
    }
  });

  it.each(THAI_BANKS.map((b) => [b.shortName, b.code] as const))(
    'bank account at %s (%s)',
    (_name, code) => {
      const destination = {
        type: 'bank_account',
        bank: code,
        accountNumber: '123-4-56789-0',
      } as const;
      expect(th.toPayoutFields(payoutInput({ destination }))).toEqual({
        accountType: 'BANK_ACCOUNT',
        bankCode: code,
        accountNo: '1234567890',
        ...recipientWire,
      });
    },
  );

  it.each([
    ['short name', 'KBANK', '004'],
    ['lower case', 'scb', '014'],
    ['alias', 'Krungsri', '025'],
    ['full name', 'Government Savings Bank', '030'],
    ['Thai name', 'ธนาคารกรุงเทพ', '002'],
  ])('bank named by %s (%s) -> bankCode %s', (_why, bank, code) => {
    const destination = { type: 'bank_account', bank, accountNumber: '020012345678' } as const;
    expect(th.toPayoutFields(payoutInput({ destination }))).toMatchObject({
      accountType: 'BANK_ACCOUNT',
      bankCode: code,
      accountNo: '020012345678',
    });
  });

  it.each([
    ['mobile', '081-234-5678', '0812345678'],
    ['mobile, +66', '+66 81 234 5678', '0812345678'],
    ['mobile, 0066', '0066812345678', '0812345678'],
    ['citizen id', '3100600445635', '3100600445635'],
    ['citizen id, dashed', '1-2345-45678-78-1', '1234545678781'],
  ])('PromptPay to a %s: %s -> %s', (_why, accountNumber, accountNo) => {
    const destination = { type: 'ewallet', bank: 'PROMPTPAY', accountNumber } as const;
    expect(th.toPayoutFields(payoutInput({ destination }))).toEqual({
      accountType: 'EWALLET',
      bankCode: 'PROMPTPAY',
      accountNo,
      ...recipientWire,
    });
  });

  it.each([
    ['+66 95 555 0101', '0955550101'],
    ['0955550101', '0955550101'],
  ])('TrueMoney wallet %s -> %s', (accountNumber, accountNo) => {
    const destination = { type: 'ewallet', bank: 'truemoney', accountNumber } as const;
    expect(th.toPayoutFields(payoutInput({ destination }))).toEqual({
      accountType: 'EWALLET',
      bankCode: 'TRUEMONEY',
      accountNo,
      ...recipientWire,
    });
  });
});

describe('toPayoutFields: refusals', () => {
  it.each([
    [
      'an unknown bank',
      { type: 'bank_account', bank: 'Bank of Nowhere', accountNumber: '1234567890' },
    ],
    ['an unknown bank code', { type: 'bank_account', bank: '999', accountNumber: '1234567890' }],
    [
      'a wallet as a bank',
      { type: 'bank_account', bank: 'PROMPTPAY', accountNumber: '0812345678' },
    ],
    ['a bank as a wallet', { type: 'ewallet', bank: 'SCB', accountNumber: '0812345678' }],
    ['an unknown wallet', { type: 'ewallet', bank: 'LINEPAY', accountNumber: '0812345678' }],
  ] as const)('%s -> destination.bank', (_why, destination) => {
    expectValidation(
      () => th.toPayoutFields(payoutInput({ destination })),
      'destination.bank',
      'enum',
    );
  });

  it('a missing bank -> destination.bank required', () => {
    const destination = { type: 'bank_account', bank: ' ', accountNumber: '1234567890' } as const;
    expectValidation(
      () => th.toPayoutFields(payoutInput({ destination })),
      'destination.bank',
      'required',
    );
  });

  it.each([
    ['bank account of 9 digits', 'bank_account', '014', '123-4-5678-0'],
    ['bank account of 13 digits', 'bank_account', '014', '1234567890123'],
    ['bank account with letters', 'bank_account', '014', '12345ABCDE'],
    ['PromptPay citizen id, bad check digit', 'ewallet', 'PROMPTPAY', '3100600445636'],
    ['PromptPay landline', 'ewallet', 'PROMPTPAY', '021234567'],
    ['PromptPay 11 digits', 'ewallet', 'PROMPTPAY', '08123456789'],
    ['TrueMoney citizen id (wallet needs a mobile)', 'ewallet', 'TRUEMONEY', '3100600445635'],
    ['TrueMoney landline', 'ewallet', 'TRUEMONEY', '0212345678'],
  ] as const)('%s -> destination.accountNumber', (_why, type, bank, accountNumber) => {
    const destination = { type, bank, accountNumber };
    expectValidation(
      () => th.toPayoutFields(payoutInput({ destination })),
      'destination.accountNumber',
      'account_number',
    );
  });

  it.each([
    ['zero', { amount: 0n, currency: 'THB' }, 'money.amount', 'minimum'],
    ['negative', { amount: -1n, currency: 'THB' }, 'money.amount', 'minimum'],
    ['wrong currency', { amount: 100n, currency: 'PKR' }, 'money.currency', 'currency'],
  ] as const)('amount %s', (_why, money, field, rule) => {
    expectValidation(() => th.toPayoutFields(payoutInput({ money })), field, rule);
  });

  it.each([
    ['name', { name: 'Malee 1' }, 'recipient.name', 'characters'],
    ['phone', { phone: '02-123-4567' }, 'recipient.phone', 'phone'],
    ['email', { email: 'nope' }, 'recipient.email', 'format'],
    ['national id', { nationalId: '1234545678789' }, 'recipient.nationalId', 'national_id'],
  ] as const)('recipient %s', (_why, over, field, rule) => {
    const recipient = { ...payoutInput().recipient, ...over };
    expectValidation(() => th.toPayoutFields(payoutInput({ recipient })), field, rule);
  });

  it('a national id is optional for Thai payouts, and normalized when given', () => {
    expect(th.toPayoutFields(payoutInput()).idCard).toBeUndefined();
    const recipient = { ...payoutInput().recipient, nationalId: '1 2345 45678 78 1' };
    expect(th.toPayoutFields(payoutInput({ recipient })).idCard).toBe('1234545678781');
  });
});
