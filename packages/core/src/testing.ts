export {
  MAGIC_AMOUNT_SUFFIXES,
  MAGIC_REFERENCE_PREFIXES,
  type MagicBehaviour,
  type MagicReferenceCode,
  magicBehaviourOf,
  magicReferenceCodeOf,
} from './testing/magic-values.js';
export type { TestingFees, TestingProviderOptions } from './testing/options.js';
export {
  DEFAULT_CHARGE_FEE_BPS,
  DEFAULT_PAYOUT_FEE_BPS,
  DEFAULT_TESTING_WEBHOOK_SECRET,
} from './testing/options.js';
export {
  describeStoreContract,
  type StoreContractContext,
  type StoreContractTestApi,
  type StoreFactory,
} from './testing/store-contract.js';
export {
  TestingProvider,
  type TestingSimulator,
  type TestingWebhooks,
} from './testing/testing-provider.js';
export type { TestingWebhookPayload } from './testing/webhook-payload.js';
export {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  type SignedWebhook,
  type SignOptions,
  signTestingWebhook,
  TESTING_SIGNATURE_HEADER,
  type VerifyOptions,
  verifyTestingWebhook,
} from './testing/webhook-signature.js';
