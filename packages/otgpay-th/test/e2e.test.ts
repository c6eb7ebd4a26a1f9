import { createPaymux, type Paymux, PaymuxError } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { thailand } from '../src/index.js';

// Over real HTTP on 127.0.0.1 to the OTGPAY sandbox: createPaymux -> otgpay(thailand()) -> sandbox.
let sandbox: Sandbox;
let paymux: Paymux;
/** What actually went over HTTP: recorded by a pass-through fetch, nothing is mocked. */
const wire: { method: string; path: string; body: Record<string, unknown> }[] = [];

async function recordingFetch(request: Request, init?: RequestInit): Promise<Response> {
  const text = request.method === 'POST' ? await request.clone().text() : '';
  wire.push({
    method: request.method,
    path: new URL(request.url).pathname,
    body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>),
  });
  return fetch(request, init);
}

const customer = {
  name: 'สมชาย ใจดี',
  email: 'somchai@example.co.th',
  // The core's input schema takes phones as `^\+?[0-9]{6,20}$` (no spaces or dashes); the
  // adapter turns this international form into the wire's 0812345678.
  phone: '+66812345678',
};

function sentBody(path: string): Record<string, unknown> {
  const request = wire.findLast((r) => r.method === 'POST' && r.path === path);
  expect(request, `a POST ${path} was sent`).toBeDefined();
  return request?.body ?? {};
}

beforeAll(async () => {
  sandbox = await startSandbox({ logger: () => {}, callbackRetryDelaysMs: [10] });
  const th = sandbox.merchants.TH;
  paymux = createPaymux({
    providers: [
      otgpay({
        country: thailand(),
        appId: th.appId,
        apiKey: th.apiKey,
        merchantPrivateKey: th.merchantPrivateKey,
        platformPublicKey: th.platformPublicKey,
        baseUrl: sandbox.url,
        timeoutMs: 5000,
        fetch: recordingFetch,
        // this test reads outcomes with get*; it takes no callbacks, and says so
        notifyUrl: false,
      }),
    ],
  });
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

describe('Thailand end to end through the sandbox', () => {
  it('charges ฿150.00 by SCB mobile banking, then sees it paid', async () => {
    const charge = await paymux.charges.create({
      reference: 'th-e2e-charge-1',
      money: { amount: 15000n, currency: 'THB' },
      country: 'TH',
      method: { type: 'mobile_banking', channel: 'SCB' },
      customer,
    });
    expect(charge).toMatchObject({
      reference: 'th-e2e-charge-1',
      money: { amount: 15000n, currency: 'THB' },
    });
    expect(charge.status).not.toBe('failed');
    expect(charge.providerReference).not.toBe('');

    const body = sentBody('/api/payment/create');
    expect(body).toMatchObject({
      orderId: 'th-e2e-charge-1',
      amount: '150.00',
      payType: 'MOBILE_BANKING',
      inBankCode: '014',
      name: 'สมชาย ใจดี',
      phone: '0812345678',
      email: 'somchai@example.co.th',
    });
    expect(body['appId']).toBe(sandbox.merchants.TH.appId);
    expect(typeof body['sign']).toBe('string');

    sandbox.control.pay('TH', 'th-e2e-charge-1');
    const paid = await paymux.charges.retrieve('th-e2e-charge-1');
    expect(paid.status).toBe('succeeded');
    expect(paid.money).toEqual({ amount: 15000n, currency: 'THB' });
  });

  it('charges by PromptPay QR and gets a QR to show', async () => {
    const charge = await paymux.charges.create({
      reference: 'th-e2e-qr-1',
      money: { amount: 10001n, currency: 'THB' },
      country: 'TH',
      method: { type: 'qr' },
      customer,
    });
    expect(sentBody('/api/payment/create')).toMatchObject({
      amount: '100.01',
      payType: 'QR',
      inBankCode: 'PROMPTPAY',
    });
    expect(charge.nextAction?.type).toBe('qr');
  });

  it('pays out ฿1,000.00 to a PromptPay citizen id', async () => {
    sandbox.control.fund('TH', '5000.00');
    const payout = await paymux.payouts.create({
      reference: 'th-e2e-payout-1',
      money: { amount: 100000n, currency: 'THB' },
      country: 'TH',
      destination: { type: 'ewallet', bank: 'PromptPay', accountNumber: '3100600445635' },
      recipient: {
        name: 'Malee Srisuk',
        email: 'malee@example.co.th',
        phone: '66912345678',
        nationalId: '1-2345-45678-78-1',
      },
    });
    expect(payout).toMatchObject({
      reference: 'th-e2e-payout-1',
      money: { amount: 100000n, currency: 'THB' },
    });
    expect(['pending', 'processing', 'succeeded']).toContain(payout.status);
    expect(sentBody('/api/payout/submit')).toMatchObject({
      amount: '1000.00',
      accountType: 'EWALLET',
      bankCode: 'PROMPTPAY',
      accountNo: '3100600445635',
      phone: '0912345678',
      idCard: '1234545678781',
    });

    sandbox.control.payoutOutcome('TH', 'th-e2e-payout-1', { status: 2 });
    const done = await paymux.payouts.retrieve('th-e2e-payout-1');
    expect(done.status).toBe('succeeded');
  });

  it('pays out to a bank account named by alias', async () => {
    await paymux.payouts.create({
      reference: 'th-e2e-payout-2',
      money: { amount: 25050n, currency: 'THB' },
      country: 'TH',
      destination: { type: 'bank_account', bank: 'Krungsri', accountNumber: '1234567890' },
      recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '0912345678' },
    });
    expect(sentBody('/api/payout/submit')).toMatchObject({
      orderId: 'th-e2e-payout-2',
      amount: '250.50',
      accountType: 'BANK_ACCOUNT',
      bankCode: '025',
      accountNo: '1234567890',
    });
  });

  it('pays out to a TrueMoney wallet given in international form', async () => {
    await paymux.payouts.create({
      reference: 'th-e2e-payout-3',
      money: { amount: 99n, currency: 'THB' },
      country: 'TH',
      destination: { type: 'ewallet', bank: 'truemoney', accountNumber: '+66955550101' },
      recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '0912345678' },
    });
    expect(sentBody('/api/payout/submit')).toMatchObject({
      orderId: 'th-e2e-payout-3',
      amount: '0.99',
      accountType: 'EWALLET',
      bankCode: 'TRUEMONEY',
      accountNo: '0955550101',
    });
  });

  it('takes dashed phone and account numbers as people write them', async () => {
    await paymux.payouts.create({
      reference: 'th-e2e-payout-dashed',
      money: { amount: 10000n, currency: 'THB' },
      country: 'TH',
      destination: { type: 'bank_account', bank: 'SCB', accountNumber: '123-4-56789-0' },
      recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '091-234-5678' },
    });
    expect(sentBody('/api/payout/submit')).toMatchObject({
      orderId: 'th-e2e-payout-dashed',
      accountNo: '1234567890',
      phone: '0912345678',
    });
  });

  it('refuses a bad PromptPay id before anything is sent', async () => {
    const before = wire.length;
    const error = await paymux.payouts
      .create({
        reference: 'th-e2e-payout-bad',
        money: { amount: 100000n, currency: 'THB' },
        country: 'TH',
        destination: { type: 'ewallet', bank: 'PROMPTPAY', accountNumber: '3100600445636' },
        recipient: { name: 'Malee Srisuk', email: 'malee@example.co.th', phone: '0912345678' },
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'validation',
      field: 'destination.accountNumber',
      rule: 'account_number',
    });
    expect(wire.length).toBe(before);
    const orders = sandbox.control.orders('TH');
    expect(orders.payouts.map((p) => p['orderId'])).not.toContain('th-e2e-payout-bad');
  });
});
