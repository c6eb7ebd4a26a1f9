import { OtgpaySigner } from '@paymux/otgpay-signing';
import {
  COUNTRIES,
  COUNTRY_CODES,
  type Country,
  type CountryCode,
  type CurrencyCode,
} from './countries.js';
import type { SandboxKeys } from './keys.js';
import { digest } from './prng.js';

/** What a merchant (and a test) needs to talk to the sandbox for one country. */
export interface MerchantCredentials {
  /** The merchant's market: `ID`, `TH` or `PK`. */
  country: CountryCode;
  /** The merchant's only currency: IDR, THB or PKR. */
  currency: CurrencyCode;
  /** The OTGPAY appId: 1054 (ID), 1066 (TH), 1092 (PK). */
  appId: number;
  /** The API ("secret") key, `sbx_<cc>_<32 hex>` derived from the sandbox `seed`. */
  apiKey: string;
  /** Merchant private key, base64 DER PKCS#8. */
  merchantPrivateKey: string;
  /** Merchant public key, base64 DER SPKI (the sandbox verifies requests with it). */
  merchantPublicKey: string;
  /** Platform public key, base64 DER SPKI (verifies `data.sign` and callbacks). */
  platformPublicKey: string;
  /** The sandbox's URL (`sandbox.url`), the client's `baseUrl`. */
  baseUrl: string;
}

/** Server-side view of a merchant: credentials plus the platform signer for this appId. */
export interface Merchant {
  country: Country;
  credentials: MerchantCredentials;
  /** Signs with the platform private key, verifies with the merchant public key. */
  signer: OtgpaySigner;
}

export function buildMerchants(
  keys: SandboxKeys,
  seed: string,
  baseUrl: string,
): Record<CountryCode, Merchant> {
  const out = {} as Record<CountryCode, Merchant>;
  for (const code of COUNTRY_CODES) {
    const country = COUNTRIES[code];
    const apiKey = `sbx_${code.toLowerCase()}_${digest('apiKey', seed, code).slice(0, 32)}`;
    const pair = keys.merchants[code];
    out[code] = {
      country,
      credentials: {
        country: code,
        currency: country.currency,
        appId: country.appId,
        apiKey,
        merchantPrivateKey: pair.privateKey,
        merchantPublicKey: pair.publicKey,
        platformPublicKey: keys.platform.publicKey,
        baseUrl,
      },
      signer: new OtgpaySigner({
        privateKey: keys.platform.privateKey,
        verifyKey: pair.publicKey,
        apiKey,
      }),
    };
  }
  return out;
}
