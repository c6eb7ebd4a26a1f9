export * from '@paymux/otgpay-signing';
export { mapOtgpayError, OTGPAY_CODES } from './client/error-mapping.js';
export type { WireOperation } from './client/operation.js';
export {
  type OtgpayCallOptions,
  OtgpayClient,
  type OtgpayClientOptions,
  type OtgpayFetch,
} from './client/otgpay-client.js';
export { classifyBadResponse, classifyTransportFailure } from './client/transport-failure.js';
export type * from './client/wire-types.js';
export {
  type BankDirectory,
  type BankInfo,
  createBankDirectory,
  foldName,
  looseName,
} from './country/bank-directory.js';
export { type CountrySpec, defineCountryAdapter } from './country/define-country-adapter.js';
export {
  describeAdapter,
  GENERATED_END,
  GENERATED_START,
  replaceGenerated,
  withGeneratedTables,
} from './country/describe-adapter.js';
export { type CountryPageData, describeCountry } from './country/describe-country.js';
export {
  type AmountLimits,
  applyLimitOverrides,
  applyPayoutLimitOverrides,
  type LimitOverrides,
  limitKey,
  payoutLimitKey,
} from './country/limit-overrides.js';
export { normalizeEmail, normalizeName } from './country/party-rules.js';
export type {
  ChargeWireFields,
  CollectionMethodInfo,
  CountryAdapter,
  CountryRules,
  OtgpayAccountType,
  OtgpayPayType,
  PayoutChannelInfo,
  PayoutWireFields,
} from './country-adapter.js';
export { otgpay } from './otgpay.js';
export type { OtgpayProviderOptions } from './provider/options.js';
export { OtgpayProvider } from './provider/otgpay-provider.js';
export type { PayoutBatchProgress } from './provider/payout-batch-progress.js';
export type { CredentialsCheck } from './provider/verify-credentials.js';
export { OTGPAY_SDK_VERSION } from './version.js';
