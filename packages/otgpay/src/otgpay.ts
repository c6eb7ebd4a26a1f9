import type { OtgpayProviderOptions } from './provider/options.js';
import { OtgpayProvider } from './provider/otgpay-provider.js';

/**
 * An OTGPAY provider for `createPaymux({ providers: [otgpay({...})] })`: one country (the
 * adapter from `@paymux/otgpay-id`, `-th` or `-pk`), one merchant account (appId, API key,
 * keys), one environment (`baseUrl`). Register one per country; the core routes each call
 * by country and currency.
 *
 * Every option is checked here and keys are parsed once: a mistake (a swapped key, a
 * `baseUrl` ending in `/api`, a missing `notifyUrl`) is a `ConfigurationError` naming the
 * option now, not on the first payment. `await provider.verifyCredentials()` then proves
 * with one signed read that appId, keys and `baseUrl` belong together.
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { indonesia } from '@paymux/otgpay-id';
 *
 * const provider = otgpay({
 *   country: indonesia(),
 *   appId: process.env.OTGPAY_ID_APP_ID ?? '', // digits; a number works too
 *   apiKey: process.env.OTGPAY_ID_API_KEY ?? '',
 *   merchantPrivateKey: process.env.OTGPAY_MERCHANT_PRIVATE_KEY ?? '', // yours: PEM or base64 DER
 *   platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '', // OTGPAY's
 *   baseUrl: process.env.OTGPAY_ID_BASE_URL ?? '', // https://<host>, without /api
 *   notifyUrl: 'https://shop.example/webhooks/otgpay', // or false to poll instead
 * });
 * await provider.verifyCredentials(); // fails fast on a wrong key, appId or baseUrl
 *
 * const paymux = createPaymux({ providers: [provider] });
 * const charge = await paymux.charges.create({
 *   reference: 'order-1001',
 *   money: { amount: 15_000_000n, currency: 'IDR' }, // Rp 150.000 (ISO minor units)
 *   country: 'ID',
 *   method: { type: 'qr' },
 *   customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '0812-3456-7890' },
 * });
 * // charge.nextAction: { type: 'qr', payload, url }
 * ```
 */
export function otgpay(options: OtgpayProviderOptions): OtgpayProvider {
  return new OtgpayProvider(options);
}
