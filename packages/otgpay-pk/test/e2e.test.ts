import { createPaymux, type Paymux, PaymuxError } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pakistan } from '../src/index.js';

/** Pakistan end to end: createPaymux -> otgpay -> real HTTP on 127.0.0.1 -> the sandbox. */
describe('Pakistan through createPaymux and the OTGPAY sandbox', () => {
  let sandbox: Sandbox;
  let paymux: Paymux;
  let requests = 0;
  /** POST bodies as they went over the wire (observed, then sent unchanged by real fetch). */
  const sent: { path: string; body: Record<string, unknown> }[] = [];
  const observingFetch = async (input: Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests += 1;
    if (request.method === 'POST') {
      sent.push({
        path: new URL(request.url).pathname,
        body: (await request.clone().json()) as Record<string, unknown>,
      });
    }
    return fetch(request);
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ payoutDelayMs: 20, magicDelayMs: 10, logger: () => {} });
    const m = sandbox.merchants.PK;
    paymux = createPaymux({
      providers: [
        otgpay({
          country: pakistan(),
          appId: m.appId,
          apiKey: m.apiKey,
          merchantPrivateKey: m.merchantPrivateKey,
          platformPublicKey: m.platformPublicKey,
          baseUrl: m.baseUrl,
          fetch: observingFetch,
          // this test reads outcomes with get*; it takes no callbacks, and says so
          notifyUrl: false,
        }),
      ],
    });
    sandbox.control.fund('PK', '100000.00');
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  // The core's input schema (packages/core/src/validation/schema-parts.ts) admits only
  // `^\+?[0-9]{6,20}$` phones and `^[A-Za-z0-9+]{4,40}$` account numbers, so printed forms
  // (`+92 300 1234567`, `0300-1234567`, `PK24 MUCB 0646 ...`) cannot reach the adapter through
  // createPaymux; the adapter's own tests cover them. Here: `+92...`, a dashed CNIC, a bank name.
  it('charges PKR 1,507.77 by JazzCash (+92 phone, dashed CNIC), and sees it paid', async () => {
    const charge = await paymux.charges.create({
      reference: 'e2e-pk-charge-1',
      money: { amount: 150_777n, currency: 'PKR' }, // ends in 777: the sandbox pays it
      country: 'PK',
      method: { type: 'ewallet', channel: 'JAZZCASH' },
      customer: {
        name: 'Ayesha Khan',
        email: 'ayesha@example.pk',
        phone: '+923001234567',
        nationalId: '35202-1234567-2',
      },
    });
    expect(charge).toMatchObject({
      object: 'charge',
      reference: 'e2e-pk-charge-1',
      money: { amount: 150_777n, currency: 'PKR' },
    });
    expect(['pending', 'processing', 'succeeded']).toContain(charge.status);

    let status = charge.status;
    for (let i = 0; i < 50 && status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await paymux.charges.retrieve('e2e-pk-charge-1')).status;
    }
    expect(status).toBe('succeeded');
    const stored = sandbox.control
      .orders('PK')
      .payments.find((p) => p['orderId'] === 'e2e-pk-charge-1');
    expect(stored).toMatchObject({ amount: '1507.77', payType: 'EWALLET' });
    const wire = sent.filter((r) => r.path === '/api/payment/create').map((r) => r.body);
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      orderId: 'e2e-pk-charge-1',
      amount: '1507.77',
      payType: 'EWALLET',
      inBankCode: 'JAZZCASH',
      phone: '03001234567',
      idCard: '3520212345672',
    });
  });

  it('pays out PKR 2,500.50 to an MCB IBAN given by bank name, and sees it succeed', async () => {
    const payout = await paymux.payouts.create({
      reference: 'e2e-pk-payout-1',
      money: { amount: 250_050n, currency: 'PKR' },
      country: 'PK',
      destination: {
        type: 'bank_account',
        bank: 'MCB',
        accountNumber: 'pk24mucb0646609971000177',
      },
      recipient: {
        name: 'Bilal Ahmed',
        email: 'bilal@example.pk',
        phone: '923217654321',
        nationalId: '42101-7654321-1',
      },
    });
    expect(payout).toMatchObject({
      object: 'payout',
      reference: 'e2e-pk-payout-1',
      money: { amount: 250_050n, currency: 'PKR' },
    });
    let status = payout.status;
    for (let i = 0; i < 50 && status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      status = (await paymux.payouts.retrieve('e2e-pk-payout-1')).status;
    }
    expect(status).toBe('succeeded');
    const stored = sandbox.control
      .orders('PK')
      .payouts.find((p) => p['orderId'] === 'e2e-pk-payout-1');
    expect(stored).toMatchObject({ amount: '2500.50', status: 2 });
    const wire = sent.filter((r) => r.path === '/api/payout/submit').map((r) => r.body);
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      orderId: 'e2e-pk-payout-1',
      amount: '2500.50',
      accountType: 'BANK_ACCOUNT',
      bankCode: 'MUCB',
      accountNo: 'PK24MUCB0646609971000177',
      phone: '03217654321',
      idCard: '4210176543211',
    });
  });

  it('refuses an IBAN of another bank before any request is sent', async () => {
    const before = requests;
    const error = await paymux.payouts
      .create({
        reference: 'e2e-pk-payout-2',
        money: { amount: 10_000n, currency: 'PKR' },
        country: 'PK',
        destination: {
          type: 'bank_account',
          bank: 'HBL',
          accountNumber: 'PK24MUCB0646609971000177',
        },
        recipient: {
          name: 'Bilal Ahmed',
          email: 'bilal@example.pk',
          phone: '03217654321',
          nationalId: '4210176543211',
        },
      })
      .catch((e: unknown) => e);
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      code: 'validation',
      field: 'destination.accountNumber',
      rule: 'iban_bank',
    });
    expect(requests).toBe(before);
  });
});
