import { PaymuxError } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { otgpay } from '../src/index.js';
import { fakeOtgpay } from './fixtures/fake-otgpay.js';
import { customer, providerOptions, recordingContext } from './fixtures/provider-options.js';

async function rejection(promise: Promise<unknown>): Promise<PaymuxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

const chargeInput = {
  reference: 'order-1',
  money: { amount: 15_000_000n, currency: 'IDR' },
  country: 'ID',
  method: { type: 'qr' as const },
  customer,
};

describe('OtgpayProvider', () => {
  it('advertises the adapter country, currency, methods and every feature', () => {
    const provider = otgpay(providerOptions(fakeOtgpay(() => ({ data: {} })).fetch));
    expect(provider.id).toBe('otgpay-id');
    expect(provider.name).toBe('otgpay');
    expect(provider.capabilities).toMatchObject({
      countries: ['ID'],
      currencies: ['IDR'],
      methods: ['qr', 'virtual_account', 'ewallet'],
    });
    expect(provider.capabilities.features).toContain('payout_batch');
    expect(JSON.stringify(provider)).not.toContain('PRIVATE');
  });

  it('creates a QR charge: exact wire amount, adapter fields, default notifyUrl, qr next action', async () => {
    const fake = fakeOtgpay(() => ({
      data: {
        orderId: 'order-1',
        orderNo: 'P9',
        payUrl: 'https://pay/p9',
        qrCode: '000201...',
        status: 0,
      },
    }));
    const provider = otgpay(
      providerOptions(fake.fetch, { notifyUrl: 'https://shop.example/hook' }),
    );
    const charge = await provider.createCharge(chargeInput, recordingContext());
    expect(fake.received[0]?.params).toMatchObject({
      orderId: 'order-1',
      amount: '150000',
      payType: 'QR',
      inBankCode: 'QRIS',
      phone: '081234567890',
      notifyUrl: 'https://shop.example/hook',
      currency: 'IDR',
    });
    expect(charge).toMatchObject({
      object: 'charge',
      provider: 'otgpay-id',
      reference: 'order-1',
      providerReference: 'P9',
      money: { amount: 15_000_000n, currency: 'IDR' },
      status: 'pending',
      nextAction: { type: 'qr', payload: '000201...', url: 'https://pay/p9' },
      refunded: { amount: 0n, currency: 'IDR' },
      refunds: [],
    });
  });

  it('maps bankNo to a virtual account and a bare payUrl to a redirect', async () => {
    let reply: Record<string, unknown> = {
      orderId: 'order-2',
      orderNo: 'P2',
      payUrl: 'https://pay/p2',
      bankCode: '014',
      bankNo: '8808123',
      status: 0,
    };
    const fake = fakeOtgpay(() => ({ data: reply }));
    const provider = otgpay(providerOptions(fake.fetch));
    const va = await provider.createCharge(
      { ...chargeInput, reference: 'order-2', method: { type: 'virtual_account', channel: '014' } },
      recordingContext(),
    );
    expect(va.nextAction).toEqual({
      type: 'virtual_account',
      bank: '014',
      accountNumber: '8808123',
      url: 'https://pay/p2',
    });
    reply = { orderId: 'order-3', orderNo: 'P3', payUrl: 'https://pay/p3', status: 0 };
    const wallet = await provider.createCharge(
      { ...chargeInput, reference: 'order-3', method: { type: 'ewallet', channel: 'OVO' } },
      recordingContext(),
    );
    expect(wallet.nextAction).toEqual({ type: 'redirect', url: 'https://pay/p3' });
  });

  it('refuses bad input with a ValidationError before any network call', async () => {
    const fake = fakeOtgpay(() => ({ data: {} }));
    const provider = otgpay(providerOptions(fake.fetch));
    const ctx = recordingContext();
    const cases: Array<[Parameters<typeof provider.createCharge>[0], string]> = [
      [{ ...chargeInput, customer: { ...customer, phone: '12345' } }, 'customer.phone'],
      [{ ...chargeInput, money: { amount: 15_000_050n, currency: 'IDR' } }, 'money.amount'],
      [{ ...chargeInput, money: { amount: 15_000_000n, currency: 'THB' } }, 'money.currency'],
      [{ ...chargeInput, reference: 'x'.repeat(49) }, 'reference'],
      [{ ...chargeInput, reference: 'a/b' }, 'reference'],
      [{ ...chargeInput, notifyUrl: 'not a url' }, 'notifyUrl'],
      [{ ...chargeInput, notifyUrl: `https://shop.example/${'x'.repeat(500)}` }, 'notifyUrl'],
      [{ ...chargeInput, description: 'd'.repeat(129) }, 'description'],
    ];
    for (const [input, field] of cases) {
      const error = await rejection(provider.createCharge(input, ctx));
      expect(error).toMatchObject({ code: 'validation', field });
    }
    const refund = await rejection(
      provider.refund(
        { chargeReference: 'order-1', reference: 'rf-1', money: { amount: 0n, currency: 'IDR' } },
        ctx,
      ),
    );
    expect(refund).toMatchObject({ code: 'validation', field: 'money.amount', rule: 'minimum' });
    expect(fake.received).toHaveLength(0);
    expect(ctx.events).toHaveLength(0);
  });

  it('getCharge returns the charge with its refunds, fee and paid time, amounts exact', async () => {
    const fake = fakeOtgpay(() => ({
      data: {
        orderId: 'order-1',
        orderNo: 'P1',
        amount: '150000',
        currency: 'IDR',
        payType: 'QR',
        status: 2,
        fee: '1050',
        payTime: '2026-11-24T14:05:00+07:00',
        refundedAmount: '50000',
        refunds: [
          { refundId: 'rf-1', refundNo: 'R1', amount: '50000', status: 2, reason: 'damaged' },
          { refundId: 'rf-2', refundNo: 'R2', amount: '1000', status: 1 },
        ],
      },
    }));
    const charge = await otgpay(providerOptions(fake.fetch)).getCharge(
      { reference: 'order-1' },
      recordingContext(),
    );
    expect(charge).toMatchObject({
      status: 'succeeded',
      money: { amount: 15_000_000n, currency: 'IDR' },
      fee: { amount: 105_000n, currency: 'IDR' },
      refunded: { amount: 5_000_000n, currency: 'IDR' },
      method: { type: 'qr' },
    });
    expect(charge.paidAt?.toISOString()).toBe('2026-11-24T07:05:00.000Z');
    expect(charge.refunds).toEqual([
      {
        object: 'refund',
        provider: 'otgpay-id',
        reference: 'rf-1',
        chargeReference: 'order-1',
        providerReference: 'R1',
        money: { amount: 5_000_000n, currency: 'IDR' },
        status: 'succeeded',
        reason: 'damaged',
      },
      expect.objectContaining({ reference: 'rf-2', status: 'pending' }),
    ]);
  });

  it('maps every payment status of protocol §6', async () => {
    const statuses: Array<[number, string]> = [
      [0, 'pending'],
      [1, 'processing'],
      [2, 'succeeded'],
      [3, 'failed'],
      [4, 'partially_paid'],
      [5, 'overpaid'],
      [-1, 'requires_review'],
    ];
    for (const [wire, status] of statuses) {
      const fake = fakeOtgpay(() => ({
        data: {
          orderId: 'o',
          orderNo: 'P',
          amount: '1',
          currency: 'IDR',
          payType: 'QR',
          status: wire,
          fee: '0',
          refundedAmount: '0',
          refunds: [],
        },
      }));
      const charge = await otgpay(providerOptions(fake.fetch)).getCharge(
        { reference: 'o' },
        recordingContext(),
      );
      expect(charge.status).toBe(status);
    }
  });

  it('submits and queries a payout', async () => {
    const fake = fakeOtgpay((request) =>
      request.method === 'POST'
        ? { data: { orderId: 'po-1', orderNo: 'W1', status: 1 } }
        : {
            data: {
              orderId: 'po-1',
              orderNo: 'W1',
              amount: '50000',
              status: 3,
              fee: '0',
              finishTime: '2026-11-24T15:00:00+07:00',
              errorMsg: 'account closed',
            },
          },
    );
    const provider = otgpay(providerOptions(fake.fetch));
    const destination = {
      type: 'bank_account' as const,
      bank: '014',
      accountNumber: '1234-5678-90',
    };
    const payout = await provider.createPayout(
      {
        reference: 'po-1',
        money: { amount: 5_000_000n, currency: 'IDR' },
        country: 'ID',
        destination,
        recipient: customer,
      },
      recordingContext(),
    );
    expect(fake.received[0]?.params).toMatchObject({
      amount: '50000',
      accountType: 'BANK_ACCOUNT',
      bankCode: '014',
      accountNo: '1234567890',
    });
    expect(payout).toMatchObject({ status: 'processing', providerReference: 'W1', destination });
    const queried = await provider.getPayout({ reference: 'po-1' }, recordingContext());
    expect(queried).toMatchObject({
      status: 'failed',
      failureReason: 'account closed',
      money: { amount: 5_000_000n, currency: 'IDR' },
    });
    expect(queried.completedAt?.toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });

  it('reads the balance with total = available + pending + frozen', async () => {
    const fake = fakeOtgpay(() => ({
      data: { currency: 'IDR', available: '1000', pending: '250', frozen: '5' },
    }));
    const balance = await otgpay(providerOptions(fake.fetch)).getBalance(
      { currency: 'IDR' },
      recordingContext(),
    );
    expect(balance.total).toEqual({ amount: 125_500n, currency: 'IDR' });
    expect(balance.available).toEqual({ amount: 100_000n, currency: 'IDR' });
  });

  it('treats a malformed amount in signed data as a provider fault, not a caller ValidationError', async () => {
    const fake = fakeOtgpay(() => ({
      data: { currency: 'IDR', available: '10.5', pending: '0', frozen: '0' },
    }));
    const error = await rejection(
      otgpay(providerOptions(fake.fetch)).getBalance({ currency: 'IDR' }, recordingContext()),
    );
    expect(error.code).toBe('provider_error');
  });

  it('acknowledges webhooks the way OTGPAY expects', () => {
    const provider = otgpay(providerOptions(fakeOtgpay(() => ({ data: {} })).fetch));
    expect(provider.webhookAck()).toEqual({
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'SUCCESS',
    });
  });
});
