/**
 * The flow every edge runtime runs with the built packages: a QRIS charge against the
 * OTGPAY sandbox (real HTTP), then a real sandbox callback verified, deduplicated and
 * normalized by `webhooks.constructEvent`, and a tampered copy of it refused.
 */
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';

export async function runFlow({ runtime, credentials, callback }) {
  const provider = otgpay({
    country: indonesia(),
    appId: credentials.appId,
    apiKey: credentials.apiKey,
    merchantPrivateKey: credentials.merchantPrivateKey,
    platformPublicKey: credentials.platformPublicKey,
    baseUrl: credentials.baseUrl,
    notifyUrl: 'https://merchant.example/otgpay/callback',
  });
  const paymux = createPaymux({ providers: [provider] });
  const charge = await paymux.charges.create({
    reference: `edge-${runtime}-${Date.now()}`,
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
  });
  const { event, duplicate } = await paymux.webhooks.constructEvent(provider.id, callback);
  const again = await paymux.webhooks.constructEvent(provider.id, callback);
  let tampered = 'accepted';
  try {
    const body = JSON.parse(callback.rawBody);
    body.amount = `${body.amount}0`;
    await paymux.webhooks.constructEvent(provider.id, {
      ...callback,
      rawBody: JSON.stringify(body),
    });
  } catch (error) {
    tampered = error?.code ?? String(error);
  }
  return {
    runtime,
    charge: {
      status: charge.status,
      nextAction: charge.nextAction?.type,
      amount: String(charge.money.amount),
    },
    event: {
      type: event.type,
      amount: String(event.money.amount),
      duplicate,
      again: again.duplicate,
    },
    tampered,
  };
}
