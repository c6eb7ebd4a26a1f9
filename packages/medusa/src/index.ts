import { ModuleProvider, Modules } from '@medusajs/framework/utils';
import { PaymuxPaymentProviderService } from './paymux-provider-service.js';

export { exactDecimal, type MedusaAmount, toMajorUnits, toMoney } from './amount.js';
export { type MedusaCustomer, type SessionCustomer, toParty } from './customer.js';
export { toMedusaError } from './medusa-error.js';
export { chosenMethod } from './method.js';
export {
  type PaymuxMedusaOptions,
  PaymuxOptionsError,
  type ResolvedOptions,
  resolveOptions,
} from './options.js';
export { PaymuxPaymentProviderService } from './paymux-provider-service.js';
export {
  type PaymuxSessionData,
  type SessionNextAction,
  type SessionRefund,
  toSessionData,
  toSessionNextAction,
} from './session-data.js';
export { type MedusaSessionStatus, sessionStatus } from './status.js';
export { type MedusaWebhookAction, rawBodyOf, toWebhookAction } from './webhook.js';

/**
 * The Medusa module provider: `{ resolve: '@paymux/medusa', id, options }` in
 * `medusa-config.ts`, once per country or OTGPAY account. Medusa registers it as
 * `pp_paymux_<id>` and serves its webhook at `/hooks/payment/paymux_<id>`: register that URL
 * with OTGPAY and pass it as `notifyUrl`. The options ({@link PaymuxMedusaOptions}) are
 * checked at boot.
 *
 * @example
 * ```ts
 * // medusa-config.ts
 * import { defineConfig, loadEnv } from '@medusajs/framework/utils';
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { indonesia } from '@paymux/otgpay-id';
 *
 * loadEnv(process.env.NODE_ENV || 'development', process.cwd());
 *
 * const paymux = createPaymux({
 *   providers: [
 *     otgpay({
 *       country: indonesia(),
 *       appId: process.env.OTGPAY_ID_APP_ID ?? '',
 *       apiKey: process.env.OTGPAY_ID_API_KEY ?? '',
 *       merchantPrivateKey: process.env.OTGPAY_ID_PRIVATE_KEY ?? '',
 *       platformPublicKey: process.env.OTGPAY_PLATFORM_PUBLIC_KEY ?? '',
 *       baseUrl: process.env.OTGPAY_ID_BASE_URL ?? '',
 *     }),
 *   ],
 * });
 *
 * module.exports = defineConfig({
 *   projectConfig: {
 *     databaseUrl: process.env.DATABASE_URL,
 *     http: {
 *       storeCors: process.env.STORE_CORS ?? '',
 *       adminCors: process.env.ADMIN_CORS ?? '',
 *       authCors: process.env.AUTH_CORS ?? '',
 *     },
 *   },
 *   modules: [
 *     {
 *       resolve: '@medusajs/medusa/payment',
 *       options: {
 *         providers: [
 *           {
 *             resolve: '@paymux/medusa',
 *             id: 'otgpay-id', // → pp_paymux_otgpay-id
 *             options: {
 *               paymux,
 *               method: 'qr',
 *               notifyUrl: 'https://shop.example.co.id/hooks/payment/paymux_otgpay-id',
 *               returnUrl: 'https://shop.example.co.id/order/confirmed',
 *             },
 *           },
 *         ],
 *       },
 *     },
 *   ],
 * });
 * ```
 */
export default ModuleProvider(Modules.PAYMENT, { services: [PaymuxPaymentProviderService] });
