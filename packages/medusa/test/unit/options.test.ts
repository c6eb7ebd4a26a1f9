import { createPaymux } from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { describe, expect, it } from 'vitest';
import { PaymuxPaymentProviderService, resolveOptions } from '../../src/index.js';

const single = createPaymux({ providers: [new TestingProvider()] });

async function bootError(options: unknown): Promise<string> {
  try {
    await PaymuxPaymentProviderService.validateOptions(options as Record<string, unknown>);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('options checked at boot', () => {
  it('names the option and what to give', async () => {
    expect(await bootError(undefined)).toMatch(/options\.paymux is required/);
    expect(await bootError({ paymux: { charges: {} } })).toMatch(
      /options\.paymux must be a paymux client created with createPaymux/,
    );
    expect(await bootError({ paymux: single, provider: 'otgpay-xx' })).toMatch(
      /options\.provider "otgpay-xx" is not registered in the paymux client \(it has testing\)/,
    );
    expect(await bootError({ paymux: single })).toMatch(
      /options\.country is required: testing serves ID, TH, PK/,
    );
    expect(await bootError({ paymux: single, country: 'id' })).toMatch(
      /options\.country must be one of ID, TH, PK .* got "id"/,
    );
    expect(await bootError({ paymux: single, country: 'ID', notifyUrl: 'hooks/payment' })).toMatch(
      /options\.notifyUrl must be an absolute http\(s\) URL/,
    );
    expect(await bootError({ paymux: single, country: 'ID', method: 'cash' })).toMatch(
      /options\.method must be one of/,
    );
  });

  it('throws a Medusa invalid_data error', async () => {
    await expect(PaymuxPaymentProviderService.validateOptions({})).rejects.toMatchObject({
      type: 'invalid_data',
    });
  });

  it('takes a promise of the client (a durable store connects asynchronously)', async () => {
    const later = new Promise<typeof single>((resolve) => setTimeout(() => resolve(single), 10));
    expect(await bootError({ paymux: later, country: 'ID' })).toBe('no error');
    expect(await bootError({ paymux: Promise.resolve({}), country: 'ID' })).toMatch(
      /options\.paymux must be a paymux client/,
    );
    const service = new PaymuxPaymentProviderService({}, { paymux: later, country: 'ID' });
    expect(await service.paymuxProviderId()).toBe('testing');
    const session = await service.initiatePayment({
      amount: '150000',
      currency_code: 'idr',
      data: { session_id: 'payses_promise_1' },
      context: {
        idempotency_key: 'payses_promise_1',
        customer: {
          id: 'cus_1',
          email: 'budi@example.co.id',
          first_name: 'Budi',
          phone: '081234567890',
        },
      },
    });
    expect(session.status).toBe('pending_authorization');
  });

  it('defaults the provider and the method from the client', () => {
    const resolved = resolveOptions({ paymux: single, country: 'TH' });
    expect(resolved.provider).toBe(single.providers[0]);
    expect(resolved.country).toBe('TH');
    expect(resolved.method).toEqual({ type: 'qr' });
    expect(
      resolveOptions({
        paymux: single,
        country: 'ID',
        method: { type: 'virtual_account', channel: '014' },
      }).method,
    ).toEqual({ type: 'virtual_account', channel: '014' });
  });

  it('asks for the provider when the client has several', async () => {
    const two = createPaymux({
      providers: [new TestingProvider(), new TestingProvider({ id: 'testing-2' })],
    });
    expect(await bootError({ paymux: two, country: 'ID' })).toMatch(
      /options\.provider is required when the client has 2 providers: one of testing, testing-2/,
    );
    expect(resolveOptions({ paymux: two, provider: 'testing-2', country: 'ID' }).provider.id).toBe(
      'testing-2',
    );
  });

  it('does not put secrets or the client in its messages', async () => {
    expect(await bootError({ paymux: single, provider: 42 })).not.toMatch(/apiKey|PRIVATE/);
  });
});
