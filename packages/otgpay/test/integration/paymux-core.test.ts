import { createPaymux, PaymuxError, type RetryEventPayload } from '@paymux/core';
import { createPaymuxFromContainer } from '@paymux/core/inversify';
import { TestingProvider } from '@paymux/core/testing';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { Container } from 'inversify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { otgpayModule } from '../../src/inversify.js';
import { customer } from '../fixtures/provider-options.js';
import { sandboxProvider, startTestSandbox } from '../fixtures/sandbox-provider.js';
import { testCountry } from '../fixtures/test-country.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ seed: 'otgpay-core-it' });
}, 60_000);

afterAll(async () => {
  await sandbox?.stop();
});

beforeEach(() => sandbox.control.clearFaults());

const fastRetry = { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 5 };

function chargeInput(reference: string, rupiah = 150_000) {
  return {
    reference,
    money: { amount: BigInt(rupiah) * 100n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' as const },
    customer: { ...customer, phone: '081234567890' },
  };
}

function paymentsAt(orderId: string): number {
  return sandbox.control.orders('ID').payments.filter((p) => p['orderId'] === orderId).length;
}

describe('OTGPAY through createPaymux (core retries and reconcile) over real HTTP', () => {
  it('a create whose answer was dropped after commit ends with exactly one order', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    sandbox.control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/create'] });
    const charge = await paymux.charges.create(chargeInput('core-drop-1'));
    expect(charge).toMatchObject({
      reference: 'core-drop-1',
      provider: 'otgpay-id',
      status: 'pending',
    });
    expect(paymentsAt('core-drop-1')).toBe(1);
    expect(sandbox.control.getFaults().dropAfterCommit).toBe(0);
  });

  it('a create answered 1003 after commit ends with exactly one order', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    sandbox.control.setFaults({ commitThen1003: 1, paths: ['/api/payment/create'] });
    const charge = await paymux.charges.create(chargeInput('core-1003-1'));
    expect(charge.reference).toBe('core-1003-1');
    expect(paymentsAt('core-1003-1')).toBe(1);
    expect(sandbox.control.getFaults().commitThen1003).toBe(0);
  });

  it('a refund whose answer was dropped is reconciled from the charge refunds, once', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    await paymux.charges.create(chargeInput('core-refund-1'));
    sandbox.control.pay('ID', 'core-refund-1');
    sandbox.control.setFaults({ dropAfterCommit: 1, paths: ['/api/payment/{id}/refund'] });
    const refund = await paymux.refunds.create({
      chargeReference: 'core-refund-1',
      reference: 'core-refund-1-r1',
      money: { amount: 1_000_000n, currency: 'IDR' },
    });
    expect(refund).toMatchObject({ reference: 'core-refund-1-r1', status: 'succeeded' });
    const [payment] = sandbox.control
      .orders('ID')
      .payments.filter((p) => p['orderId'] === 'core-refund-1');
    expect(payment?.['refunds']).toHaveLength(1);
    expect(sandbox.control.getFaults().dropAfterCommit).toBe(0);
  });

  it('a payout whose answer was dropped after commit is reconciled, not resent', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    sandbox.control.fund('ID', '500000');
    sandbox.control.setFaults({ dropAfterCommit: 1, paths: ['/api/payout/submit'] });
    const payout = await paymux.payouts.create({
      reference: 'core-po-drop',
      money: { amount: 5_000_000n, currency: 'IDR' },
      country: 'ID',
      destination: { type: 'bank_account', bank: '014', accountNumber: '1234567890' },
      recipient: { ...customer, phone: '081234567890' },
    });
    expect(payout).toMatchObject({ reference: 'core-po-drop', provider: 'otgpay-id' });
    const payouts = sandbox.control
      .orders('ID')
      .payouts.filter((p) => p['orderId'] === 'core-po-drop');
    expect(payouts).toHaveLength(1);
    expect(sandbox.control.getFaults().dropAfterCommit).toBe(0);
  });

  it('1004 (system busy) is retried by the core until it goes through', async () => {
    const paymux = createPaymux({
      providers: [sandboxProvider(sandbox)],
      retry: { ...fastRetry, maxAttempts: 20 },
    });
    const retries: RetryEventPayload[] = [];
    paymux.on('retry', (event) => retries.push(event));
    sandbox.control.setFaults({ busyRate: 0.6, paths: ['/api/payment/create'] });
    for (let n = 0; n < 5; n += 1) {
      const charge = await paymux.charges.create(chargeInput(`core-busy-${n}`));
      expect(charge.status).toBe('pending');
      expect(paymentsAt(`core-busy-${n}`)).toBe(1);
    }
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.every((r) => r.code === 'rate_limited')).toBe(true);
  });

  it('a batch refused as busy (1004) is paid out item by item with backoff, each exactly once', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    sandbox.control.fund('ID', '500000');
    sandbox.control.setFaults({ busyRate: 1, paths: ['/api/payout/batch'] });
    const references = ['core-busy-batch-0', 'core-busy-batch-1', 'core-busy-batch-2'];
    const result = await paymux.payouts.createBatch({
      reference: 'core-busy-batch',
      items: references.map((reference) => ({
        reference,
        money: { amount: 1_000_000n, currency: 'IDR' },
        country: 'ID',
        destination: { type: 'bank_account' as const, bank: '014', accountNumber: '1234567890' },
        recipient: { ...customer, phone: '081234567890' },
      })),
    });
    expect(result.items.map((item) => [item.reference, item.ok])).toEqual(
      references.map((reference) => [reference, true]),
    );
    const sent = sandbox.control.orders('ID').payouts.map((p) => p['orderId']);
    for (const reference of references) {
      expect(sent.filter((orderId) => orderId === reference)).toHaveLength(1);
    }
  });

  it('a refund over the paid amount is a ValidationError', async () => {
    const paymux = createPaymux({ providers: [sandboxProvider(sandbox)], retry: fastRetry });
    await paymux.charges.create(chargeInput('core-over-1', 20_000));
    sandbox.control.pay('ID', 'core-over-1');
    const error = await paymux.refunds
      .create({
        chargeReference: 'core-over-1',
        reference: 'core-over-1-r1',
        money: { amount: 2_000_100n, currency: 'IDR' },
      })
      .catch((e: unknown) => e);
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation', field: 'money.amount' });
  });

  it('routes OTGPAY and the core testing provider side by side in one client', async () => {
    const testing = new TestingProvider({ countries: ['TH'], currencies: ['THB'] });
    const paymux = createPaymux({
      providers: [sandboxProvider(sandbox), testing],
      retry: fastRetry,
    });
    const id = await paymux.charges.create(chargeInput('core-side-id'));
    const th = await paymux.charges.create({
      reference: 'core-side-th',
      money: { amount: 50_000n, currency: 'THB' },
      country: 'TH',
      method: { type: 'qr' },
      customer: { ...customer, phone: '0812345678' },
    });
    expect(id.provider).toBe('otgpay-id');
    expect(th.provider).toBe('testing');
    expect(paymentsAt('core-side-id')).toBe(1);
    expect(paymentsAt('core-side-th')).toBe(0);
    expect((await paymux.charges.retrieve('core-side-id')).provider).toBe('otgpay-id');
  });

  it('registers through an inversify container with otgpayModule', async () => {
    const credentials = sandbox.merchants.ID;
    const container = new Container();
    container.load(
      otgpayModule({
        country: testCountry,
        appId: credentials.appId,
        apiKey: credentials.apiKey,
        merchantPrivateKey: credentials.merchantPrivateKey,
        platformPublicKey: credentials.platformPublicKey,
        baseUrl: sandbox.url,
      }),
    );
    const paymux = createPaymuxFromContainer(container);
    expect(paymux.providers.map((p) => p.id)).toEqual(['otgpay-id']);
    const balance = await paymux.balance.retrieve({ currency: 'IDR' });
    expect(balance.provider).toBe('otgpay-id');
  });
});
