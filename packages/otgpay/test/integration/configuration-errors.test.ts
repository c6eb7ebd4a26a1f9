import { createPaymux } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxProvider, startTestSandbox } from '../fixtures/sandbox-provider.js';

const charge = {
  reference: 'cfg-1',
  money: { amount: 1_500_000n, currency: 'IDR' },
  country: 'ID',
  method: { type: 'qr' as const },
  customer: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
};

describe('an answer that proves the request never reached OTGPAY is a configuration error', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startTestSandbox();
  });
  afterAll(() => sb.stop());

  it('HTTP 404 on the API path (baseUrl with a wrong prefix) → ConfigurationError naming baseUrl, no order', async () => {
    const paymux = createPaymux({
      providers: [sandboxProvider(sb, { baseUrl: `${sb.url}/v2` })],
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });
    await expect(paymux.charges.create(charge)).rejects.toMatchObject({
      code: 'configuration',
      field: 'baseUrl',
      outcomeUnknown: false,
    });
    expect(sb.control.orders('ID').payments).toHaveLength(0);
  });

  it('https:// against the plain-HTTP endpoint (TLS fails before any byte) → ConfigurationError', async () => {
    const paymux = createPaymux({
      providers: [sandboxProvider(sb, { baseUrl: sb.url.replace('http://', 'https://') })],
      retry: { maxAttempts: 1 },
    });
    await expect(paymux.charges.create(charge)).rejects.toMatchObject({
      code: 'configuration',
      field: 'baseUrl',
    });
  });
});
