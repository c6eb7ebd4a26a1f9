import {
  type CreateChargeInput,
  type CreatePayoutInput,
  createPaymux,
  money,
  type Paymux,
} from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { thailand } from '@paymux/otgpay-th';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Every input form issue 14 lists, typed as people type them, sent through createPaymux to
 * the sandbox over real HTTP: each is accepted and reaches the wire in its exact wire form.
 * The recording fetch only copies what is sent; every request goes out for real.
 */
let sandbox: Sandbox;
const sent: Record<string, unknown>[] = [];
const clients = {} as Record<'ID' | 'TH' | 'PK', Paymux>;
const ADAPTERS = { ID: indonesia, TH: thailand, PK: pakistan } as const;

beforeAll(async () => {
  sandbox = await startSandbox({ logger: () => {}, payoutCompletion: 'manual' });
  for (const country of ['ID', 'TH', 'PK'] as const) {
    const m = sandbox.merchants[country];
    clients[country] = createPaymux({
      providers: [
        otgpay({
          country: ADAPTERS[country](),
          // as an env file holds them: appId a string, the key PEM with literal \n
          appId: String(m.appId),
          apiKey: m.apiKey,
          merchantPrivateKey: `-----BEGIN PRIVATE KEY-----\\n${(m.merchantPrivateKey.match(/.{1,64}/g) ?? []).join('\\n')}\\n-----END PRIVATE KEY-----\\n`,
          platformPublicKey: m.platformPublicKey,
          baseUrl: ` ${m.baseUrl}/ `,
          notifyUrl: false,
          fetch: async (request: Request, init?: RequestInit) => {
            if (request.method === 'POST') sent.push(JSON.parse(await request.clone().text()));
            return fetch(request, init);
          },
        }),
      ],
    });
  }
  sandbox.control.fund('ID', '100000000');
  sandbox.control.fund('TH', '1000000.00');
  sandbox.control.fund('PK', '1000000.00');
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

let n = 0;
const ref = () => `forms-${++n}`;

async function wireOfCharge(
  country: 'ID' | 'TH' | 'PK',
  input: Omit<CreateChargeInput, 'reference' | 'country'>,
) {
  const reference = ref();
  await clients[country].charges.create({ ...input, reference, country });
  return sent.find((b) => b['orderId'] === reference) as Record<string, unknown>;
}

async function wireOfPayout(
  country: 'ID' | 'TH' | 'PK',
  input: Omit<CreatePayoutInput, 'reference' | 'country'>,
) {
  const reference = ref();
  await clients[country].payouts.create({ ...input, reference, country });
  return sent.find((b) => b['orderId'] === reference) as Record<string, unknown>;
}

const idCustomer = { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '081234567890' };
const thCustomer = { name: 'Somchai Jaidee', email: 'somchai@example.co.th', phone: '0812345678' };
const pkCustomer = {
  name: 'Ayesha Khan',
  email: 'ayesha@example.pk',
  phone: '03001234567',
  nationalId: '35202-1234567-2',
};

describe('Indonesia: the forms people type reach the wire exactly', () => {
  it.each([
    ['(+62) 812-3456-7890', '081234567890'],
    [' 0812 3456 7890', '081234567890'],
    ['+62 (0) 857.1234.5678', '085712345678'],
  ])('customer.phone %j → %s', async (phone, wire) => {
    const body = await wireOfCharge('ID', {
      money: money.idr('150000'),
      method: { type: 'qr' },
      customer: { ...idCustomer, phone },
    });
    expect(body).toMatchObject({ phone: wire, amount: '150000' });
  });

  it('names with a typographic apostrophe, QRIS named as channel, a VA bank by full name, a NIK with dots', async () => {
    const qr = await wireOfCharge('ID', {
      money: money.idr('75000'),
      method: { type: 'qr', channel: 'QRIS' },
      customer: { ...idCustomer, name: 'Ma’ruf Amin', nationalId: '3173.0101.0190.0001' },
    });
    expect(qr).toMatchObject({
      name: "Ma'ruf Amin",
      payType: 'QR',
      amount: '75000',
      idCard: '3173010101900001',
    });
    const va = await wireOfCharge('ID', {
      money: money.idr('150000'),
      method: { type: 'virtual_account', channel: 'Bank Central Asia' },
      customer: idCustomer,
    });
    expect(va).toMatchObject({ payType: 'VA', inBankCode: '014' });
  });

  it.each([
    [
      { type: 'ewallet', bank: 'OVO', accountNumber: '(0812) 3456-7890' },
      { accountType: 'EWALLET', bankCode: 'OVO', accountNo: '081234567890' },
    ],
    [
      { type: 'bank_account', bank: 'bank central asia', accountNumber: ' 123-456-7890' },
      { accountType: 'BANK_ACCOUNT', bankCode: '014', accountNo: '1234567890' },
    ],
  ] as const)('payout destination %o', async (destination, wire) => {
    const body = await wireOfPayout('ID', {
      money: money.idr('250000'),
      destination,
      recipient: { ...idCustomer, phone: '(+62) 812-9876-5432' },
    });
    expect(body).toMatchObject({ ...wire, amount: '250000', phone: '081298765432' });
  });
});

describe('Thailand: the forms people type reach the wire exactly', () => {
  it.each([
    ['(+66) 81 234 5678', '0812345678'],
    [' 081-234-5678', '0812345678'],
  ])('customer.phone %j → %s', async (phone, wire) => {
    const body = await wireOfCharge('TH', {
      money: money.thb('150.50'),
      method: { type: 'qr' },
      customer: { ...thCustomer, phone },
    });
    expect(body).toMatchObject({ phone: wire, amount: '150.50' });
  });

  it('a Thai name with vowel and tone marks, NFC-composed and within 30 code points', async () => {
    const body = await wireOfCharge('TH', {
      money: money.thb('150'),
      method: { type: 'ewallet', channel: 'TrueMoney Wallet' },
      customer: { ...thCustomer, name: 'สมศักดิ์ ใจดี' },
    });
    expect(body).toMatchObject({ name: 'สมศักดิ์ ใจดี', payType: 'EWALLET', inBankCode: 'TRUEMONEY' });
  });

  it.each([
    [
      { type: 'bank_account', bank: 'TMBThanachart', accountNumber: '(123) 4-56789-0' },
      { bankCode: '011', accountNo: '1234567890' },
    ],
    [
      { type: 'bank_account', bank: 'Kiatnakin Phatra', accountNumber: '1234567890' },
      { bankCode: '069', accountNo: '1234567890' },
    ],
    [
      { type: 'ewallet', bank: 'TrueMoney Wallet', accountNumber: '(+66) 81 234 5678' },
      { bankCode: 'TRUEMONEY', accountNo: '0812345678' },
    ],
    [
      { type: 'ewallet', bank: 'PromptPay', accountNumber: '3-1006-00445-63-5' },
      { bankCode: 'PROMPTPAY', accountNo: '3100600445635' },
    ],
  ] as const)('payout destination %o', async (destination, wire) => {
    const body = await wireOfPayout('TH', {
      money: money.thb('1000'),
      destination,
      recipient: thCustomer,
    });
    expect(body).toMatchObject({ ...wire, amount: '1000.00' });
  });
});

describe('Pakistan: the forms people type reach the wire exactly', () => {
  it.each([
    ['(+92) 300 1234567', '03001234567'],
    [' 0300-1234567', '03001234567'],
  ])('customer.phone %j → %s', async (phone, wire) => {
    const body = await wireOfCharge('PK', {
      money: money.pkr('1500'),
      method: { type: 'ewallet', channel: 'JazzCash' },
      customer: { ...pkCustomer, phone },
    });
    expect(body).toMatchObject({ phone: wire, amount: '1500.00', idCard: '3520212345672' });
  });

  it('an Urdu name with a zero-width non-joiner', async () => {
    const body = await wireOfCharge('PK', {
      money: money.pkr('1500'),
      method: { type: 'ewallet', channel: 'EASYPAISA' },
      customer: { ...pkCustomer, name: 'محمد\u200Cعلی' },
    });
    expect(body).toMatchObject({ name: 'محمدعلی' });
  });

  it.each([
    [
      {
        type: 'bank_account',
        bank: 'Standard Chartered',
        accountNumber: ' PK36 SCBL 0000 0011 2345 6702',
      },
      { bankCode: 'SCBL', accountNo: 'PK36SCBL0000001123456702' },
    ],
    [
      {
        type: 'bank_account',
        bank: 'Habib Metropolitan Bank',
        accountNumber: 'pk55-mpbl-0101-0000-1234-5678',
      },
      { bankCode: 'MPBL', accountNo: 'PK55MPBL0101000012345678' },
    ],
    [
      { type: 'ewallet', bank: 'JazzCash', accountNumber: '(+92) 321 7654321' },
      { bankCode: 'JAZZCASH', accountNo: '03217654321' },
    ],
  ] as const)('payout destination %o', async (destination, wire) => {
    const body = await wireOfPayout('PK', {
      money: money.pkr('2500.50'),
      destination,
      recipient: { ...pkCustomer, nationalId: '42101 7654321 1' },
    });
    expect(body).toMatchObject({ ...wire, amount: '2500.50', idCard: '4210176543211' });
  });
});
