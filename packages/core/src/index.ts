// Contract

// Client
export type { BalanceApi, BalanceQuery } from './client/balance.js';
export type { CallOptions } from './client/call-options.js';
export type { ChargesApi } from './client/charges.js';
export { createPaymux, type Paymux } from './client/create-paymux.js';
export type { ListApi, ListQuery } from './client/listings.js';
export type { PaymuxOptions } from './client/options.js';
export type { StreamPayoutBatchInput } from './client/payout-stream.js';
export type { PayoutsApi } from './client/payouts.js';
export type { ReconcileOptions } from './client/reconcile-options.js';
export type { RefundsApi } from './client/refunds.js';
export type {
  ConstructedWebhook,
  WebhookHandlerContext,
  WebhookResponse,
  WebhooksApi,
} from './client/webhooks.js';
export { BaseProvider } from './contract/base-provider.js';
export type { ProviderCapabilities, ProviderFeature } from './contract/capabilities.js';
export type {
  CreateChargeInput,
  CreatePayoutBatchInput,
  CreatePayoutInput,
  CreateRefundInput,
  GetBalanceInput,
  GetChargeInput,
  GetPayoutInput,
  ListRangeInput,
  WebhookRequest,
} from './contract/inputs.js';
export {
  PAYMENT_METHOD_TYPES,
  type PaymentMethod,
  type PaymentMethodType,
  type PayoutDestination,
  type PayoutDestinationType,
} from './contract/method.js';
export type { Party } from './contract/party.js';
export type {
  Normalized,
  NormalizedPayoutBatch,
  OperationContext,
  PaymentProvider,
  ProviderObserver,
  ProviderRequestEvent,
  ProviderResponseEvent,
} from './contract/provider.js';
export type { ReconciliationProfile } from './contract/reconciliation-profile.js';
export {
  AuthenticationError,
  CancelledError,
  ConfigurationError,
  InvalidStateError,
  NetworkError,
  NotFoundError,
  type PaymuxErrorClass,
  type PaymuxErrorClassOptions,
  ProviderError,
  RateLimitedError,
  SignatureInvalidError,
  TimeoutError,
  UnknownOutcomeError,
  UnsupportedError,
  ValidationError,
} from './errors/error-classes.js';
// Errors
export type { ErrorCode } from './errors/error-code.js';
export { PaymuxError, type PaymuxErrorOptions } from './errors/paymux-error.js';
export { PaymuxEmitter } from './events/emitter.js';
// Events
export type {
  ChargeUpdatedPayload,
  ErrorEventPayload,
  PaymuxEventMap,
  PaymuxEventName,
  PayoutBatchProgressPayload,
  PayoutUpdatedPayload,
  RequestEventPayload,
  ResponseEventPayload,
  RetryEventPayload,
} from './events/event-map.js';
export { maskPartially, REDACTED, redact } from './events/redact.js';
export {
  addMoney,
  compareMoney,
  equalMoney,
  subtractMoney,
  zeroMoney,
} from './money/arithmetic.js';
export { fromDecimalString, toDecimalString } from './money/convert.js';
export { CURRENCY_EXPONENTS, currencyExponent } from './money/currency.js';
export { formatMoney } from './money/format.js';
export { fromMajor, money, toMajor } from './money/major.js';
// Money
export type { Money, MoneyInput } from './money/money.js';
export { toMoney } from './money/normalize.js';
export { type BuildReportInput, buildReport } from './reconciliation/build-report.js';
// Reconciliation
export {
  addDays,
  type BusinessDay,
  businessDay,
  localDateIn,
  zoneOffsetMs,
} from './reconciliation/business-day.js';
export {
  RECONCILIATION_CATEGORIES,
  type ReconciliationCategory,
} from './reconciliation/category.js';
export type { MerchantRecord, ReconciliationKind } from './reconciliation/merchant-record.js';
export { groupOrders, type OrderGroup } from './reconciliation/order-group.js';
export { type OrderQuery, planQueries } from './reconciliation/plan-queries.js';
export type { ProviderRecords, QueriedOrder } from './reconciliation/provider-records.js';
export type {
  CategorySummary,
  ItemRepair,
  ItemSide,
  ReconciliationItem,
  ReconciliationReport,
  ReconciliationTotals,
  StatusPair,
} from './reconciliation/report.js';
export { RECONCILIATION_CSV_COLUMNS, reportToCsv } from './reconciliation/report-csv.js';
export { reportToJson } from './reconciliation/report-json.js';
export {
  type FeeRates,
  type ReconcileRules,
  type RulesInput,
  reconcileRules,
} from './reconciliation/rules.js';
export { merchantRecordsFromStore } from './reconciliation/store-records.js';
// Resources
export type { Balance } from './resources/balance.js';
export {
  type Charge,
  type ChargeStatus,
  FINAL_CHARGE_STATUSES,
  type NextAction,
} from './resources/charge.js';
export {
  FINAL_PAYOUT_STATUSES,
  type Payout,
  type PayoutBatchItemResult,
  type PayoutBatchResult,
  type PayoutStatus,
} from './resources/payout.js';
export type { Refund, RefundStatus } from './resources/refund.js';
export type { Settlement, SettlementStatus } from './resources/settlement.js';
export type { StatementEntry, StatementEntryType } from './resources/statement-entry.js';
export type { WebhookAck, WebhookEvent, WebhookEventType } from './resources/webhook-event.js';
// Retries
export { backoffCeiling, backoffDelay } from './retry/backoff.js';
export {
  asPaymuxError,
  isAmbiguousWriteFailure,
  isDuplicateReference,
} from './retry/classify.js';
export type { RetryOptions } from './retry/retry-options.js';
export { type RetryNotice, type RetryRun, runWithRetry } from './retry/run-with-retry.js';
export { runWrite, type WriteOperation, type WriteOutcome } from './retry/run-write.js';
// Routing
export { canServe } from './routing/capable-providers.js';
export { mayFailover } from './routing/failover-policy.js';
export { Router } from './routing/router.js';
export type {
  OrderedRule,
  RouteMatch,
  RouteRequest,
  RoutingOptions,
  RoutingRule,
  WeightedRule,
} from './routing/routing-rule.js';
export { weightedOrder } from './routing/weighted-order.js';
// Store
export { decodeStoreValue, encodeStoreValue } from './store/codec.js';
export {
  DEFAULT_IDEMPOTENCY_LEASE_MS,
  IDEMPOTENCY_PREFIX,
  IdempotencyLedger,
  type IdempotencyLedgerOptions,
  type IdempotencyRecord,
  type IdempotencyState,
  LeaseLostError,
  LedgerClaim,
  operationKey,
} from './store/idempotency.js';
export { compareKeys } from './store/key-order.js';
export { MemoryStore, type MemoryStoreOptions } from './store/memory-store.js';
export {
  type ReferenceEntry,
  ReferenceIndex,
  type ReferenceKind,
} from './store/reference-index.js';
export {
  expiryOf,
  listLimitOf,
  STORE_LIST_LIMIT,
  type Store,
  type StoreEntry,
  type StoreListOptions,
  type StoreWriteOptions,
} from './store/store.js';
export {
  DEFAULT_WEBHOOK_LEASE_MS,
  type WebhookClaim,
  WebhookClaims,
  type WebhookClaimsOptions,
  type WebhookMark,
} from './store/webhook-claims.js';
// Validation
export { MAX_BATCH_ITEMS, type ValidatedOperation } from './validation/operation-schemas.js';
export { type OperationInputs, validateInput } from './validation/validate-input.js';
