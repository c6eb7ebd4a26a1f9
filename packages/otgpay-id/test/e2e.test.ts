import { createPaymux, type Paymux, PaymuxError } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indonesia } from '../src/index.js';

/**
 * Indonesia end to end: createPaymux -> otgpay(indonesia()) -> real HTTP on 127.0.0.1 ->
 * the OTGPAY sandbox. The wrapped fetch only records what went over the wire; it sends
 * every request for real.
 */
let sandbox: Sandbox;
let paymux: Paymux;
const sent: { path: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ payoutCompletion: 'manual' });
  const id = sandbox.merchants.ID;
  paymux = createPaymux({
    providers: [
      otgpay({
        country: indonesia(),
        appId: id.appId,
        apiKey: id.apiKey,
        merchantPrivateKey: id.merchantPrivateKey,
        platformPublicKey: id.platformPublicKey,
        baseUrl: id.baseUrl,
        notifyUrl: 'https://merchant.example/otgpay',
        fetch: async (request: Request, init?: RequestInit) => {
          const text = request.method === 'POST' ? await request.clone().text() : '';
          sent.push({ path: new URL(request.url).pathname, body: text ? JSON.parse(text) : {} });
          return fetch(request, init);
        },
      }),
    ],
  });
}, 30_000);

afterAll(async () => {
  await sandbox?.stop();
});

function lastSent(path: string) {
  const found = sent.filter((s) => s.path === path).at(-1);
  if (!found) throw new Error(`nothing was sent to ${path}`);
  return found.body;
}

describe('Indonesia over real HTTP against the OTGPAY sandbox', () => {
  it('creates a BCA virtual-account charge named loosely and sees it paid', async () => {
    const charge = await paymux.charges.create({
      reference: 'id-e2e-va-1',
      money: { amount: 15_000_000n, currency: 'IDR' },
      country: 'ID',
      method: { type: 'virtual_account', channel: 'Bank Central Asia' },
      customer: { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '+6281234567890' },
    });
    expect(charge.money).toEqual({ amount: 15_000_000n, currency: 'IDR' });
    expect(charge.status).toBe('pending');
    expect(charge.nextAction?.type).toBe('virtual_account');
    expect(lastSent('/api/payment/create')).toMatchObject({
      orderId: 'id-e2e-va-1',
      amount: '150000',
      payType: 'VA',
      inBankCode: '014',
      phone: '081234567890',
      name: 'Budi Santoso',
    });

    sandbox.control.pay('ID', 'id-e2e-va-1');
    const paid = await paymux.charges.retrieve('id-e2e-va-1');
    expect(paid.status).toBe('succeeded');
    expect(paid.money.amount).toBe(15_000_000n);
  });

  it('creates a QRIS charge at the protocol minimum', async () => {
    const charge = await paymux.charges.create({
      reference: 'id-e2e-qr-1',
      money: { amount: 1_000_000n, currency: 'IDR' },
      country: 'ID',
      method: { type: 'qr' },
      customer: { name: 'Ni Luh Putu Ayu', email: 'ayu@example.co.id', phone: '6285712345678' },
    });
    expect(charge.status).toBe('pending');
    expect(charge.nextAction?.type).toBe('qr');
    expect(lastSent('/api/payment/create')).toMatchObject({
      amount: '10000',
      payType: 'QR',
      inBankCode: '014',
      phone: '085712345678',
    });
  });

  it('refuses a fractional rupiah before anything is sent', async () => {
    const before = sent.length;
    const error = await paymux.charges
      .create({
        reference: 'id-e2e-frac-1',
        money: { amount: 15_000_050n, currency: 'IDR' },
        country: 'ID',
        method: { type: 'qr' },
        customer: { name: 'Budi Santoso', email: 'budi@example.co.id', phone: '081234567890' },
      })
      .catch((e: unknown) => e);
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation', field: 'money.amount', rule: 'precision' });
    expect(sent.length).toBe(before);
  });

  it('pays out to a bank account named by alias and to a GoPay wallet', async () => {
    sandbox.control.fund('ID', '1000000');

    const payout = await paymux.payouts.create({
      reference: 'id-e2e-po-1',
      money: { amount: 25_000_000n, currency: 'IDR' },
      country: 'ID',
      destination: { type: 'bank_account', bank: 'bsm', accountNumber: '7123456789' },
      recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '6281298765432' },
    });
    expect(['pending', 'processing']).toContain(payout.status);
    expect(lastSent('/api/payout/submit')).toMatchObject({
      orderId: 'id-e2e-po-1',
      amount: '250000',
      accountType: 'BANK_ACCOUNT',
      bankCode: '451',
      accountNo: '7123456789',
      phone: '081298765432',
    });
    sandbox.control.payoutOutcome('ID', 'id-e2e-po-1', { status: 2 });
    expect((await paymux.payouts.retrieve('id-e2e-po-1')).status).toBe('succeeded');

    await paymux.payouts.create({
      reference: 'id-e2e-po-2',
      money: { amount: 5_000_000n, currency: 'IDR' },
      country: 'ID',
      destination: { type: 'ewallet', bank: 'GoPay', accountNumber: '+6287812345678' },
      recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '081298765432' },
    });
    expect(lastSent('/api/payout/submit')).toMatchObject({
      amount: '50000',
      accountType: 'EWALLET',
      bankCode: 'GOPAY',
      accountNo: '087812345678',
    });
  });

  it('takes phone and account numbers as people write them', async () => {
    await paymux.payouts.create({
      reference: 'id-e2e-po-3',
      money: { amount: 5_000_000n, currency: 'IDR' },
      country: 'ID',
      destination: { type: 'bank_account', bank: 'BCA', accountNumber: '123-456-7890' },
      recipient: { name: 'Siti Rahayu', email: 'siti@example.co.id', phone: '+62 812-9876-5432' },
    });
    expect(lastSent('/api/payout/submit')).toMatchObject({
      orderId: 'id-e2e-po-3',
      accountNo: '1234567890',
      phone: '081298765432',
    });
  });
});
