export type { DeliveryAttempt } from './callbacks.js';
export { ControlError, type MerchantRef, SandboxControl } from './control/control.js';
export { COUNTRIES, type CountryCode, type CurrencyCode } from './countries.js';
export type { AfterCommitFault, ByteFlip, FaultConfig, InjectedCounts } from './faults.js';
export { DEFAULT_FEES, type FeeSchedule, feeFor } from './fees.js';
export { type KeyFiles, type KeyPairText, loadOrCreateKeys, type SandboxKeys } from './keys.js';
export { MAGIC_FAIL_ACCOUNT, MAGIC_FAIL_SUFFIX, MAGIC_PAY_SUFFIX } from './magic.js';
export type { MerchantCredentials } from './merchants.js';
export {
  DEFAULT_RETRY_DELAYS_MS,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from './server.js';
export type { StoreOptions } from './store/index.js';
export { ACCOUNT_TYPES, PAY_TYPES } from './validation/requests.js';
