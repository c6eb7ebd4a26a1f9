/**
 * Where the time of one callback goes: `node --conditions=@paymux/source --import tsx
 * bench/profile-callback.ts`. Times each step of `parseWebhook` on a real sandbox-signed
 * callback shape, against the bare `JSON.parse` + canonical string + RSA verify.
 */
import { generateKeyPairSync } from 'node:crypto';
import { otgpay } from '@paymux/otgpay';
import { signOtgpayCallback } from '@paymux/otgpay/testing';
import { indonesia } from '@paymux/otgpay-id';
import { canonicalString, OtgpayVerifier, WebCryptoSigner } from '@paymux/otgpay-signing';
import { validateCallbackBody } from '../packages/otgpay/src/client/schemas.js';
import { parseCallback } from '../packages/otgpay/src/webhook/parse-callback.js';
import { HandClient, handCanonical } from './support/hand-written.js';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const b64 = (k: { export(o: object): Buffer }, type: string) =>
  k.export({ format: 'der', type }).toString('base64');
const credentials = {
  appId: 1054,
  apiKey: 'sk_test_profile',
  merchantPrivateKey: b64(merchant.privateKey, 'pkcs8'),
  platformPublicKey: b64(platform.publicKey, 'spki'),
  baseUrl: 'http://127.0.0.1:1',
};
const rawBody = signOtgpayCallback(
  {
    appId: 1054,
    event: 'payment.completed',
    orderId: 'cb-profile-1',
    orderNo: 'OTG202611270001',
    amount: '150000',
    currency: 'IDR',
    fee: '1050',
    status: 2,
    payTime: '2026-11-27T14:05:00+07:00',
  },
  b64(platform.privateKey, 'pkcs8'),
  credentials.apiKey,
);
const request = { rawBody, headers: { 'content-type': 'application/json' } };
const provider = otgpay({
  country: indonesia(),
  ...credentials,
  notifyUrl: 'https://m.example/cb',
});
const hand = new HandClient(credentials);

async function time(label: string, n: number, fn: () => unknown): Promise<number> {
  for (let i = 0; i < n / 4; i++) await fn();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    best = Math.min(best, ((performance.now() - t0) * 1000) / n);
  }
  console.log(`${label.padEnd(40)} ${best.toFixed(2)} µs`);
  return best;
}

const body = JSON.parse(rawBody) as Record<string, unknown>;
const bare = await time('bare JSON.parse + canonical + verify', 4000, () => {
  const b = JSON.parse(rawBody) as Record<string, unknown>;
  if (!hand.verify(b)) throw new Error('bad');
});
const paymux = await time('provider.parseWebhook', 4000, () => provider.parseWebhook(request));
const verifier = new OtgpayVerifier({
  verifyKey: credentials.platformPublicKey,
  apiKey: credentials.apiKey,
});
await time('OtgpayVerifier.verify', 4000, () => verifier.verify(body));
await time('hand.verify', 4000, () => hand.verify(body));
await time('validateCallbackBody', 20000, () => validateCallbackBody(body));
const webcrypto = new WebCryptoSigner({
  privateKey: credentials.merchantPrivateKey,
  verifyKey: credentials.platformPublicKey,
  apiKey: credentials.apiKey,
});
const context = { provider: 'otgpay-id', adapter: indonesia() };
const before = {
  appId: credentials.appId,
  verify: (p: Record<string, unknown>) => webcrypto.verify(p),
};
await time('parseCallback, WebCrypto verify (before)', 4000, () =>
  parseCallback(request, before, context),
);
const always = { appId: credentials.appId, verify: async () => true };
await time('parseCallback, verify skipped', 20000, () => parseCallback(request, always, context));
await time('handCanonical', 20000, () => handCanonical(body, 'k'));
await time('JSON.parse', 20000, () => JSON.parse(rawBody));
await time('canonicalString', 20000, () => canonicalString(body, { secretKey: 'k' }));
console.log(`ratio (bare / paymux time): ${(bare / paymux).toFixed(2)}`);
