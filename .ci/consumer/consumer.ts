// Type-checked by .ci/check-packages.sh against the packed tarballs, as a consumer would:
// nodenext (as .mts and .cts), bundler and node10, with and without @types/node.
// The inversify entries are in consumer-inversify.ts (inversify 8 has no node10 types).
// Libraries: ES2023 + DOM without @types/node; ES2023 + @types/node with it.
import {
  type Charge,
  createPaymux,
  type Money,
  PaymuxError,
  type PaymuxErrorClass,
  ValidationError,
} from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { type OtgpayProviderOptions, otgpay } from '@paymux/otgpay';
import { signOtgpayCallback } from '@paymux/otgpay/testing';
import { indonesia } from '@paymux/otgpay-id';
import { pakistan } from '@paymux/otgpay-pk';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { canonicalString, OtgpaySigner } from '@paymux/otgpay-signing';
import { thailand } from '@paymux/otgpay-th';

export async function charge(sandbox: Sandbox): Promise<Charge> {
  const merchant = sandbox.merchants.ID;
  const options: OtgpayProviderOptions = {
    country: indonesia(),
    appId: merchant.appId,
    apiKey: merchant.apiKey,
    merchantPrivateKey: merchant.merchantPrivateKey,
    platformPublicKey: merchant.platformPublicKey,
    baseUrl: merchant.baseUrl,
    notifyUrl: 'https://merchant.example/webhooks/otgpay',
  };
  const paymux = createPaymux({ providers: [otgpay(options)] });
  const money: Money = { amount: 15_000_000n, currency: 'IDR' };
  try {
    return await paymux.charges.create({
      reference: 'order-1',
      money,
      country: 'ID',
      method: { type: 'qr' },
      customer: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
    });
  } catch (error) {
    if (PaymuxError.isInstance(error) && error.code === 'validation') throw error;
    const taxonomy: PaymuxErrorClass = ValidationError;
    throw new taxonomy('unexpected', { field: 'reference', cause: error });
  }
}

export async function everything(): Promise<string> {
  const sandbox = await startSandbox({ port: 0 });
  try {
    const paid = await charge(sandbox);
    const testing = new TestingProvider();
    const signer = new OtgpaySigner({ privateKey: 'k', verifyKey: 'k', apiKey: 'a' });
    const body = signOtgpayCallback({ orderId: paid.reference }, 'k', 'a');
    return [
      paid.status,
      testing.id,
      pakistan().country,
      thailand().country,
      canonicalString({ a: 1 }),
      body,
    ].join(String(signer));
  } finally {
    await sandbox.stop();
  }
}
