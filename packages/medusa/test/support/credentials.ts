import type { Sandbox } from '@paymux/otgpay-sandbox';

/** The otgpay() credential options of one sandbox merchant (its other fields are not options). */
export function credentials(sandbox: Sandbox, country: 'ID' | 'TH' | 'PK') {
  const { appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl } =
    sandbox.merchants[country];
  return { appId, apiKey, merchantPrivateKey, platformPublicKey, baseUrl };
}
