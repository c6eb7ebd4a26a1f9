import { createPaymux, MemoryStore, type Store } from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { describe, expect, it } from 'vitest';
import { PaymuxPaymentProviderService } from '../../src/index.js';

/** A Store that can be switched to fail every call, as a database outage would. */
function breakableStore(): { store: Store; broken: { value: boolean } } {
  const inner = new MemoryStore();
  const broken = { value: false };
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (broken.value) return Promise.reject(new Error('store unavailable'));
        return value.apply(target, args);
      };
    },
  }) as Store;
  return { store, broken };
}

describe('webhook errors', () => {
  const testing = new TestingProvider();
  const { store, broken } = breakableStore();
  const paymux = createPaymux({ providers: [testing], store });
  const warnings: string[] = [];
  const provider = new PaymuxPaymentProviderService(
    { logger: { warn: (m: string) => warnings.push(m) } },
    { paymux, country: 'ID' },
  );

  async function paidWebhook(reference: string) {
    await provider.initiatePayment({
      amount: '150000',
      currency_code: 'idr',
      data: { session_id: reference },
      context: {
        idempotency_key: reference,
        customer: {
          id: 'cus_1',
          email: 'budi@example.co.id',
          first_name: 'Budi',
          phone: '081234567890',
        },
      },
    });
    return testing.simulate.pay(reference);
  }

  it('ignores a callback whose signature does not verify', async () => {
    const webhook = await paidWebhook('payses_sig_1');
    const tampered = String(webhook.rawBody).replace('payses_sig_1', 'payses_sig_2');
    expect(
      await provider.getWebhookActionAndData({
        data: {},
        rawData: Buffer.from(tampered),
        headers: webhook.headers as Record<string, unknown>,
      }),
    ).toEqual({ action: 'not_supported' });
    expect(warnings.at(-1)).toMatch(/rejected/);
  });

  it('throws when paymux cannot record the callback, so Medusa retries instead of losing it', async () => {
    const webhook = await paidWebhook('payses_store_1');
    const payload = {
      data: {},
      rawData: Buffer.from(String(webhook.rawBody)),
      headers: webhook.headers as Record<string, unknown>,
    };
    broken.value = true;
    await expect(provider.getWebhookActionAndData(payload)).rejects.toThrow(/store unavailable/);
    broken.value = false;
    expect(await provider.getWebhookActionAndData(payload)).toEqual({
      action: 'captured',
      data: { session_id: 'payses_store_1', amount: '150000' },
    });
  });
});
