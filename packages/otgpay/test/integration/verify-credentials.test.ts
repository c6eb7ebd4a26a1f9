import { createServer } from 'node:net';
import { ConfigurationError, PaymuxError } from '@paymux/core';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otherKeys } from '../fixtures/keys.js';
import { customer, recordingContext } from '../fixtures/provider-options.js';
import { sandboxProvider, startTestSandbox } from '../fixtures/sandbox-provider.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox?.stop();
});

async function failure(promise: Promise<unknown>): Promise<PaymuxError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!PaymuxError.isInstance(error))
    throw new Error(`expected a PaymuxError, got ${String(error)}`);
  return error;
}

/** A loopback port nobody listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('verifyCredentials(): a read-only deploy-time check against the sandbox', () => {
  it('passes with the right credentials and reports the merchant account', async () => {
    const check = await sandboxProvider(sandbox).verifyCredentials();
    expect(check).toMatchObject({
      ok: true,
      provider: 'otgpay-id',
      appId: sandbox.merchants.ID.appId,
      country: 'ID',
      currency: 'IDR',
      balance: { object: 'balance', currency: 'IDR' },
    });
    expect(sandbox.control.orders('ID').payments).toHaveLength(0);
  });

  it('gives each wrong setting its own ConfigurationError naming the option', async () => {
    const other = sandbox.merchants.TH;
    const cases = [
      {
        overrides: { apiKey: 'sbx_id_not_the_key' },
        field: 'apiKey',
        says: 'apiKey or merchantPrivateKey',
      },
      {
        overrides: { merchantPrivateKey: otherKeys.privateBase64 },
        field: 'apiKey',
        says: 'public half of merchantPrivateKey',
      },
      {
        overrides: { platformPublicKey: otherKeys.publicBase64 },
        field: 'platformPublicKey',
        says: 'did not verify with platformPublicKey',
      },
      { overrides: { appId: 999_999 }, field: 'appId', says: 'does not know appId 999999' },
      { overrides: { appId: other.appId }, field: 'apiKey', says: `appId ${other.appId}` },
      {
        overrides: { baseUrl: `http://127.0.0.1:${await closedPort()}` },
        field: 'baseUrl',
        says: 'nothing usable answered',
      },
      {
        overrides: {
          appId: other.appId,
          apiKey: other.apiKey,
          merchantPrivateKey: other.merchantPrivateKey,
        },
        field: 'country',
        says: 'is a THB merchant account',
      },
    ];
    const messages = new Set<string>();
    for (const { overrides, field, says } of cases) {
      const error = await failure(sandboxProvider(sandbox, overrides).verifyCredentials());
      expect(error, JSON.stringify(overrides)).toBeInstanceOf(ConfigurationError);
      expect(error.field).toBe(field);
      expect(error.message).toContain(says);
      expect(error.message).not.toContain('sbx_');
      messages.add(error.message.replace(/\d+/g, 'N'));
    }
    // a wrong apiKey, a wrong merchantPrivateKey and another account's appId look the same
    // to the gateway ("Illegal Param: sign") and honestly share one message naming all
    // three; every other mistake has its own
    expect(messages.size).toBe(cases.length - 2);
  });

  it('turns "Illegal Param: amount" from a country adapter that does not fit the credentials into a ConfigurationError', async () => {
    const pk = sandbox.merchants.PK;
    const provider = sandboxProvider(sandbox, {
      appId: pk.appId,
      apiKey: pk.apiKey,
      merchantPrivateKey: pk.merchantPrivateKey,
    });
    const error = await failure(
      provider.createCharge(
        {
          reference: 'mismatch-1',
          money: { amount: 15_000_000n, currency: 'IDR' },
          country: 'ID',
          method: { type: 'qr' },
          customer,
        },
        recordingContext(),
      ),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ field: 'country', rule: 'merchant_mismatch' });
    expect(error.message).toContain("`country: pakistan()` from '@paymux/otgpay-pk'");
    // known from now on: the next create is refused before any request
    const sent: string[] = [];
    const again = await failure(
      provider.createCharge(
        {
          reference: 'mismatch-2',
          money: { amount: 15_000_000n, currency: 'IDR' },
          country: 'ID',
          method: { type: 'qr' },
          customer,
        },
        {
          ...recordingContext(),
          observer: { request: (e) => sent.push(e.path), response: () => {} },
        },
      ),
    );
    expect(again).toMatchObject({ code: 'configuration', field: 'country' });
    expect(sent).toEqual([]);
  });
});
