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

/** The Medusa module provider: `{ resolve: '@paymux/medusa', id, options }` in `medusa-config.ts`. */
export default ModuleProvider(Modules.PAYMENT, { services: [PaymuxPaymentProviderService] });
