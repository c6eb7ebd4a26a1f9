import { createPaymux } from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { describe, expect, it } from 'vitest';
import { PaymuxPaymentProviderService, resolveOptions } from '../../src/index.js';

const single = createPaymux({ providers: [new TestingProvider()] });

function bootError(options: unknown): string {
  try {
    PaymuxPaymentProviderService.validateOptions(options as Record<string, unknown>);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('options checked at boot', () => {
  it('names the option and what to give', () => {
    expect(bootError(undefined)).toMatch(/options\.paymux is required/);
    expect(bootError({ paymux: { charges: {} } })).toMatch(
      /options\.paymux must be a paymux client created with createPaymux/,
    );
    expect(bootError({ paymux: single, provider: 'otgpay-xx' })).toMatch(
      /options\.provider "otgpay-xx" is not registered in the paymux client \(it has testing\)/,
    );
    expect(bootError({ paymux: single })).toMatch(
      /options\.country is required: testing serves ID, TH, PK/,
    );
    expect(bootError({ paymux: single, country: 'id' })).toMatch(
      /options\.country must be one of ID, TH, PK .* got "id"/,
    );
    expect(bootError({ paymux: single, country: 'ID', notifyUrl: 'hooks/payment' })).toMatch(
      /options\.notifyUrl must be an absolute http\(s\) URL/,
    );
    expect(bootError({ paymux: single, country: 'ID', method: 'cash' })).toMatch(
      /options\.method must be one of/,
    );
  });

  it('throws a Medusa invalid_data error', () => {
    try {
      PaymuxPaymentProviderService.validateOptions({});
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ type: 'invalid_data' });
    }
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

  it('asks for the provider when the client has several', () => {
    const two = createPaymux({
      providers: [new TestingProvider(), new TestingProvider({ id: 'testing-2' })],
    });
    expect(bootError({ paymux: two, country: 'ID' })).toMatch(
      /options\.provider is required when the client has 2 providers: one of testing, testing-2/,
    );
    expect(resolveOptions({ paymux: two, provider: 'testing-2', country: 'ID' }).provider.id).toBe(
      'testing-2',
    );
  });

  it('does not put secrets or the client in its messages', () => {
    expect(bootError({ paymux: single, provider: 42 })).not.toMatch(/apiKey|PRIVATE/);
  });
});
