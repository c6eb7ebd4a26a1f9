import { PaymuxError } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { otgpay } from '../src/index.js';
import { signOtgpayCallback } from '../src/testing.js';
import { fakeOtgpay } from './fixtures/fake-otgpay.js';
import { API_KEY, APP_ID, otherKeys, platformKeys } from './fixtures/keys.js';
import { providerOptions } from './fixtures/provider-options.js';

const provider = otgpay(providerOptions(fakeOtgpay(() => ({ data: {} })).fetch));

const paid = {
  appId: APP_ID,
  event: 'payment.completed',
  orderId: 'order-1',
  orderNo: 'P1',
  amount: '150000',
  currency: 'IDR',
  fee: '1050',
  status: 2,
  payTime: '2026-11-24T14:05:00+07:00',
};

async function rejection(promise: Promise<unknown>): Promise<PaymuxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

describe('OTGPAY webhooks', () => {
  it('verifies and normalizes a payment.completed callback', async () => {
    const rawBody = signOtgpayCallback(paid, platformKeys.privateBase64, API_KEY);
    const event = await provider.parseWebhook({ rawBody, headers: {} });
    expect(event).toMatchObject({
      object: 'webhook_event',
      id: 'charge.succeeded:order-1',
      type: 'charge.succeeded',
      provider: 'otgpay-id',
      reference: 'order-1',
      providerReference: 'P1',
      money: { amount: 15_000_000n, currency: 'IDR' },
      fee: { amount: 105_000n, currency: 'IDR' },
      status: 'succeeded',
    });
    expect(event.occurredAt?.toISOString()).toBe('2026-11-24T07:05:00.000Z');
  });

  it('accepts the raw body as bytes and maps the payout events', async () => {
    const failed = {
      appId: APP_ID,
      event: 'payout.failed',
      orderId: 'po-1',
      orderNo: 'W1',
      amount: '50000',
      currency: 'IDR',
      fee: '0',
      status: 3,
      finishTime: '2026-11-24T15:00:00+07:00',
      errorMsg: 'account closed',
    };
    const rawBody = new TextEncoder().encode(
      signOtgpayCallback(failed, platformKeys.privateKey, API_KEY),
    );
    const event = await provider.parseWebhook({ rawBody });
    expect(event).toMatchObject({
      id: 'payout.failed:po-1',
      type: 'payout.failed',
      status: 'failed',
      failureReason: 'account closed',
    });
    const completed = signOtgpayCallback(
      { ...failed, event: 'payout.completed', status: 2, errorMsg: undefined },
      platformKeys.privateKey,
      API_KEY,
    );
    expect(await provider.parseWebhook({ rawBody: completed })).toMatchObject({
      type: 'payout.succeeded',
      status: 'succeeded',
    });
    const chargeFailed = signOtgpayCallback(
      { ...paid, event: 'payment.failed', status: 3 },
      platformKeys.privateKey,
      API_KEY,
    );
    expect(await provider.parseWebhook({ rawBody: chargeFailed })).toMatchObject({
      type: 'charge.failed',
      status: 'failed',
    });
  });

  it('rejects a tampered body with SignatureInvalidError', async () => {
    const rawBody = signOtgpayCallback(paid, platformKeys.privateBase64, API_KEY).replace(
      '"amount":"150000"',
      '"amount":"950000"',
    );
    const error = await rejection(provider.parseWebhook({ rawBody }));
    expect(error.code).toBe('signature_invalid');
    expect(JSON.stringify(error.raw)).toContain('[redacted]');
  });

  it('rejects a callback signed by someone else, or signed without the API key suffix', async () => {
    const stranger = signOtgpayCallback(paid, otherKeys.privateKey, API_KEY);
    expect((await rejection(provider.parseWebhook({ rawBody: stranger }))).code).toBe(
      'signature_invalid',
    );
    const noSuffix = signOtgpayCallback(paid, platformKeys.privateKey, API_KEY, {
      appendSecretKey: false,
    });
    expect((await rejection(provider.parseWebhook({ rawBody: noSuffix }))).code).toBe(
      'signature_invalid',
    );
  });

  it('rejects malformed JSON with a ValidationError', async () => {
    for (const rawBody of ['{"appId":', '[]', 'SUCCESS', new Uint8Array([0xff, 0xfe])]) {
      const error = await rejection(provider.parseWebhook({ rawBody }));
      expect(error).toMatchObject({ code: 'validation', field: 'body' });
    }
  });

  it('rejects a correctly signed callback for another appId', async () => {
    const rawBody = signOtgpayCallback({ ...paid, appId: 4242 }, platformKeys.privateKey, API_KEY);
    const error = await rejection(provider.parseWebhook({ rawBody }));
    expect(error).toMatchObject({ code: 'validation', field: 'appId' });
  });
});
