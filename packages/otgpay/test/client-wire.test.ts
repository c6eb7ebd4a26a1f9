import { createServer } from 'node:net';
import { PaymuxError, type ProviderRequestEvent, type ProviderResponseEvent } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { OtgpayClient, type OtgpayFetch, OtgpaySigner } from '../src/index.js';
import { fakeOtgpay, platformSigner } from './fixtures/fake-otgpay.js';
import { API_KEY, APP_ID, merchantKeys, otherKeys, platformKeys } from './fixtures/keys.js';
import { created, payment } from './fixtures/wire-bodies.js';

function client(
  fetch: OtgpayFetch,
  overrides: Partial<ConstructorParameters<typeof OtgpayClient>[0]> = {},
) {
  return new OtgpayClient({
    appId: APP_ID,
    apiKey: API_KEY,
    merchantPrivateKey: merchantKeys.privateBase64,
    platformPublicKey: platformKeys.publicBase64,
    baseUrl: 'https://otgpay.test/',
    fetch,
    providerId: 'otgpay-id',
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<PaymuxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

const paymentView = {
  orderId: 'order-1',
  orderNo: 'P1',
  amount: '150000',
  currency: 'IDR',
  payType: 'QR',
  status: 2,
  fee: '1050',
  refundedAmount: '0',
  refunds: [],
};

describe('OtgpayClient requests', () => {
  it('POSTs a JSON body with appId, signed with the merchant key, and a user-agent', async () => {
    const fake = fakeOtgpay(() => ({ data: created }));
    const data = await client(fake.fetch).createPayment(payment);
    expect(data).toMatchObject(created);
    const [request] = fake.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/api/payment/create');
    expect(request?.params).toMatchObject({ ...payment, appId: APP_ID });
    expect(request?.signatureValid).toBe(true);
    expect(request?.headers.get('user-agent')).toMatch(/^paymux-otgpay\/\d+\.\d+\.\d+/);
    expect(request?.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('signs a GET in the query string with the path id as orderId', async () => {
    const fake = fakeOtgpay(() => ({ data: paymentView }));
    await client(fake.fetch).getPayment('order-1');
    const [request] = fake.received;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/api/payment/order-1');
    expect(request?.params['appId']).toBe(String(APP_ID));
    expect(typeof request?.params['sign']).toBe('string');
    expect(request?.signatureValid).toBe(true);
    // The signature covers orderId: the same query with another id does not verify.
    expect(platformSigner.verify({ ...request?.params, orderId: 'order-2' })).toBe(false);
  });

  it('carries paging parameters of a listing in the query string, signed', async () => {
    const fake = fakeOtgpay(() => ({ data: { total: 0, page: 2, pageSize: 50, records: [] } }));
    await client(fake.fetch).listSettlementRecords({
      startDate: '2026-01-01',
      endDate: '2026-01-31',
      page: 2,
      pageSize: 50,
    });
    const [request] = fake.received;
    expect(request?.params).toMatchObject({ page: '2', pageSize: '50', startDate: '2026-01-01' });
    expect(request?.signatureValid).toBe(true);
  });

  it('signs without the &key= suffix when appendSecretKey is false', async () => {
    const fake = fakeOtgpay(() => ({ data: created }));
    const noKeySigner = new OtgpaySigner({
      privateKey: platformKeys.privateKey,
      verifyKey: merchantKeys.publicKey,
      apiKey: API_KEY,
      appendSecretKey: false,
    });
    const fetch: OtgpayFetch = async (request) => {
      const body = JSON.parse(await request.clone().text()) as Record<string, unknown>;
      expect(noKeySigner.verify(body)).toBe(true);
      expect(platformSigner.verify(body)).toBe(false);
      return new Response(
        JSON.stringify({
          status: '1',
          error: '00000000',
          msg: '',
          data: noKeySigner.signed(created),
        }),
      );
    };
    await expect(
      client(fetch, { appendSecretKey: false }).createPayment(payment),
    ).resolves.toMatchObject(created);
    expect(fake.received).toHaveLength(0);
  });

  it('reports request/response events without keys or signatures', async () => {
    const fake = fakeOtgpay(() => ({ data: created }));
    const events: Array<ProviderRequestEvent | ProviderResponseEvent> = [];
    await client(fake.fetch).createPayment(payment, {
      observer: { request: (e) => events.push(e), response: (e) => events.push(e) },
      idempotencyKey: 'k-1',
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      method: 'POST',
      path: '/api/payment/create',
      idempotencyKey: 'k-1',
      body: { orderId: 'order-1', sign: '[redacted]' },
    });
    expect(events[1]).toMatchObject({ status: 200, providerCode: '00000000' });
    expect((events[1] as ProviderResponseEvent).durationMs).toBeGreaterThanOrEqual(0);
    // The response body is there, as redacted text.
    expect(JSON.parse(String((events[1] as ProviderResponseEvent).body))).toMatchObject({
      data: { orderId: 'order-1', sign: '[redacted]' },
    });
    const text = JSON.stringify(events);
    expect(text).not.toContain(API_KEY);
    const signs = fake.received.map((request) => String(request.params['sign']));
    for (const sign of signs) expect(text).not.toContain(sign.slice(0, 16));
  });
});

describe('OtgpayClient events without bodies', () => {
  it('builds no body when the observer does not want them (logBodies off)', async () => {
    const fake = fakeOtgpay(() => ({ data: created }));
    const events: Array<ProviderRequestEvent | ProviderResponseEvent> = [];
    await client(fake.fetch).createPayment(payment, {
      observer: {
        bodies: false,
        request: (e) => events.push(e),
        response: (e) => events.push(e),
      },
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({ method: 'POST', path: '/api/payment/create' });
    expect(events[1]).not.toHaveProperty('body');
    expect(events[1]).toMatchObject({ status: 200, providerCode: '00000000' });
  });
});

describe('OtgpayClient response verification', () => {
  it('a write whose answer was tampered with is an unknown outcome (cause SignatureInvalidError), data not accepted', async () => {
    const fetch: OtgpayFetch = async () => {
      const data = platformSigner.signed(created);
      const tampered = { ...data, payUrl: 'https://evil.example/' };
      return new Response(
        JSON.stringify({ status: '1', error: '00000000', msg: '', data: tampered }),
      );
    };
    const error = await rejection(client(fetch).createPayment(payment));
    expect(error.code).toBe('unknown_outcome');
    expect((error.cause as { code?: string }).code).toBe('signature_invalid');
    expect(error.message).toMatch(/platformPublicKey/);
    expect(JSON.stringify(error.raw)).not.toContain(
      (platformSigner.signed(created) as { sign: string }).sign,
    );
    expect(JSON.stringify(error.raw)).toContain('[redacted]');
  });

  it('rejects data without data.sign', async () => {
    const fetch: OtgpayFetch = async () =>
      new Response(JSON.stringify({ status: '1', error: '00000000', msg: '', data: created }));
    const error = await rejection(client(fetch).getPayment('order-1'));
    expect(error.code).toBe('signature_invalid');
    expect(error.message).toMatch(/no data.sign/);
  });

  it('rejects data signed with another key', async () => {
    const stranger = new OtgpaySigner({
      privateKey: otherKeys.privateKey,
      verifyKey: otherKeys.publicKey,
      apiKey: API_KEY,
    });
    const fetch: OtgpayFetch = async () =>
      new Response(
        JSON.stringify({
          status: '1',
          error: '00000000',
          msg: '',
          data: stranger.signed(paymentView),
        }),
      );
    expect((await rejection(client(fetch).getPayment('order-1'))).code).toBe('signature_invalid');
  });

  it('rejects correctly signed data that breaks the schema (amount as a JSON number)', async () => {
    const fake = fakeOtgpay(() => ({ data: { ...paymentView, amount: 150000 } }));
    const error = await rejection(client(fake.fetch).getPayment('order-1'));
    expect(error.code).toBe('provider_error');
    expect(error.message).toMatch(/\/amount must be string/);
  });

  it('a schema break on a write is an unknown outcome (signed success: query it)', async () => {
    const fake = fakeOtgpay(() => ({ data: { orderId: 'order-1', status: 0 } }));
    const error = await rejection(client(fake.fetch).createPayment(payment));
    expect(error.code).toBe('unknown_outcome');
    expect(error.reference).toBe('order-1');
  });
});

describe('OtgpayClient HTTP and transport failures', () => {
  const proxyError: OtgpayFetch = async () =>
    new Response('<html>502 Bad Gateway</html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
  const notJson: OtgpayFetch = async () => new Response('OK', { status: 200 });
  const neverAnswers: OtgpayFetch = () => new Promise<Response>(() => {});
  const reset: OtgpayFetch = async () => {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
    });
  };

  it('HTTP 502 from a proxy: write → UnknownOutcomeError, read → retryable ProviderError', async () => {
    const write = await rejection(client(proxyError).createPayment(payment));
    expect(write).toMatchObject({
      code: 'unknown_outcome',
      reference: 'order-1',
      providerCode: 'http_502',
    });
    const read = await rejection(client(proxyError).getPayment('order-1'));
    expect(read).toMatchObject({
      code: 'provider_error',
      retryable: true,
      providerCode: 'http_502',
    });
  });

  it('a 200 that is not a JSON envelope: write → unknown outcome, read → retryable', async () => {
    expect(
      (
        await rejection(
          client(notJson).submitPayout({
            ...payment,
            accountType: 'BANK_ACCOUNT',
            bankCode: '014',
            accountNo: '123456',
          }),
        )
      ).code,
    ).toBe('unknown_outcome');
    expect(await rejection(client(notJson).getBalance())).toMatchObject({
      code: 'provider_error',
      retryable: true,
    });
  });

  it('timeout: write → UnknownOutcomeError caused by TimeoutError; read → retryable TimeoutError', async () => {
    const started = performance.now();
    const write = await rejection(client(neverAnswers, { timeoutMs: 50 }).createPayment(payment));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(write.code).toBe('unknown_outcome');
    expect(write.reference).toBe('order-1');
    expect((write.cause as PaymuxError).code).toBe('timeout');
    const events: Array<ProviderRequestEvent | ProviderResponseEvent> = [];
    const read = await rejection(
      client(neverAnswers, { timeoutMs: 50 }).getPayout('po-1', {
        observer: { request: (e) => events.push(e), response: (e) => events.push(e) },
      }),
    );
    expect(read).toMatchObject({ code: 'timeout', retryable: true });
    expect(events[1]).toMatchObject({ path: '/api/payout/po-1', providerCode: 'timeout' });
    expect(events[1]).not.toHaveProperty('status');
  });

  it('reset after sending: write → UnknownOutcomeError caused by NetworkError; read → retryable NetworkError', async () => {
    const write = await rejection(
      client(reset).refundPayment('order-1', { refundId: 'rf-1', amount: '10' }),
    );
    expect(write).toMatchObject({
      code: 'unknown_outcome',
      reference: 'rf-1',
      providerCode: 'ECONNRESET',
    });
    expect((write.cause as PaymuxError).code).toBe('network');
    const read = await rejection(client(reset).getPayment('order-1'));
    expect(read).toMatchObject({ code: 'network', retryable: true });
  });

  it('connection refused (nothing sent) is a retryable NetworkError even for a write', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const real = new OtgpayClient({
      appId: APP_ID,
      apiKey: API_KEY,
      merchantPrivateKey: merchantKeys.privateBase64,
      platformPublicKey: platformKeys.publicBase64,
      baseUrl: `http://127.0.0.1:${port}`,
    });
    const error = await rejection(real.createPayment(payment));
    expect(error).toMatchObject({ code: 'network', retryable: true, providerCode: 'ECONNREFUSED' });
  });

  it('never puts the signed URL or the API key in an error', async () => {
    const error = await rejection(client(neverAnswers, { timeoutMs: 20 }).getPayment('order-1'));
    const text = `${error.message} ${JSON.stringify(error)} ${JSON.stringify(error.raw)} ${String(error.cause)}`;
    expect(text).not.toContain('sign=');
    expect(text).not.toContain(API_KEY);
  });
});
