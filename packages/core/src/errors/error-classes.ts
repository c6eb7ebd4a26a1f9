import type { ErrorCode } from './error-code.js';
import { PaymuxError, type PaymuxErrorOptions } from './paymux-error.js';

/** Options of a taxonomy error: `retryable` defaults per class. */
export type PaymuxErrorClassOptions = Omit<PaymuxErrorOptions, 'retryable'> & {
  /** Overrides the class's default (true for `RateLimitedError`, `NetworkError`, `TimeoutError`; false otherwise). */
  retryable?: boolean;
};

/**
 * The constructor of one class of the error taxonomy (`ValidationError`, `TimeoutError`, …).
 * Declared explicitly so the shipped declarations do not inherit `ErrorConstructor`'s
 * Node-only statics (`captureStackTrace`, `NodeJS.CallSite`): no `@types/node` needed.
 */
export interface PaymuxErrorClass {
  /** An error of this class's code, `retryable` defaulting to the class's default. */
  new (message: string, options?: PaymuxErrorClassOptions): PaymuxError;
  /** Every instance is a {@link PaymuxError}, so `instanceof PaymuxError` holds within one copy of the core. */
  readonly prototype: PaymuxError;
  /** True for a paymux error of this class's `code`, from any installed copy of the core. */
  isInstance(value: unknown): value is PaymuxError;
}

type Options = PaymuxErrorClassOptions;

function define(code: ErrorCode, name: string, retryableByDefault: boolean): PaymuxErrorClass {
  const ErrorClass = class extends PaymuxError {
    constructor(message: string, options: Options = {}) {
      super(code, message, { ...options, retryable: options.retryable ?? retryableByDefault });
      this.name = name;
    }
    static override isInstance(value: unknown): value is PaymuxError {
      return PaymuxError.isInstance(value) && value.code === code;
    }
  };
  Object.defineProperty(ErrorClass, 'name', { value: name });
  return ErrorClass;
}

/** The input is wrong; `field` and `rule` name where and why. Nothing was sent. */
export const ValidationError = define('validation', 'ValidationError', false);
export type ValidationError = InstanceType<typeof ValidationError>;
/**
 * The provider refused the credentials or the request signature (code `authentication`).
 * Fix the keys or the app id; retrying cannot help. Nothing took effect.
 */
export const AuthenticationError = define('authentication', 'AuthenticationError', false);
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
/**
 * The provider has no order under this reference (code `not_found`). When the core resolves
 * an unknown outcome, this is the proof that a create never happened there.
 */
export const NotFoundError = define('not_found', 'NotFoundError', false);
export type NotFoundError = InstanceType<typeof NotFoundError>;
/**
 * The order cannot take this operation (code `invalid_state`): e.g. refunding an unpaid or
 * fully refunded charge, or a `reference` reused for a different request (`field:
 * 'reference'`, `rule: 'unique'`, the message lists what differs).
 */
export const InvalidStateError = define('invalid_state', 'InvalidStateError', false);
export type InvalidStateError = InstanceType<typeof InvalidStateError>;
/**
 * The provider is busy and did not process the request (code `rate_limited`, retryable by
 * default). The core retries with backoff, then may fail over to another provider.
 */
export const RateLimitedError = define('rate_limited', 'RateLimitedError', true);
export type RateLimitedError = InstanceType<typeof RateLimitedError>;
/**
 * The provider refused or failed the request, definitely without effect (code
 * `provider_error`); `providerCode` carries its own code. The core may fail over.
 */
export const ProviderError = define('provider_error', 'ProviderError', false);
export type ProviderError = InstanceType<typeof ProviderError>;
/**
 * The request did not get through (code `network`, retryable by default). With
 * `outcomeUnknown: true` a write may have arrived and is resolved by a query, never resent blindly.
 */
export const NetworkError = define('network', 'NetworkError', true);
export type NetworkError = InstanceType<typeof NetworkError>;
/**
 * No answer in time (code `timeout`, retryable by default). On a write the core treats it as
 * a possible success and queries the reference (ending in `unknown_outcome` when nothing
 * decides), unless `outcomeUnknown: false` says the request was never sent.
 */
export const TimeoutError = define('timeout', 'TimeoutError', true);
export type TimeoutError = InstanceType<typeof TimeoutError>;
/**
 * A write may or may not have taken effect (code `unknown_outcome`). Resolve by querying
 * `reference` (`charges.retrieve`, `payouts.retrieve`), or call the same create again with
 * the same input: the core queries before it sends. Never retry under a new reference,
 * and never fail over: that could pay twice.
 */
export const UnknownOutcomeError = define('unknown_outcome', 'UnknownOutcomeError', false);
export type UnknownOutcomeError = InstanceType<typeof UnknownOutcomeError>;
/**
 * A webhook or a provider response failed signature verification (code `signature_invalid`).
 * Never trust its content; `webhooks.handle` answers such a webhook with 400.
 */
export const SignatureInvalidError = define('signature_invalid', 'SignatureInvalidError', false);
export type SignatureInvalidError = InstanceType<typeof SignatureInvalidError>;
/**
 * No registered provider offers this operation, country, currency or method (code
 * `unsupported`); `field` names the input at fault when one is (e.g. `money.currency`).
 */
export const UnsupportedError = define('unsupported', 'UnsupportedError', false);
export type UnsupportedError = InstanceType<typeof UnsupportedError>;
/**
 * The set-up is wrong (an option of a provider, a key, the base URL). `field` names the
 * option (`baseUrl`, `merchantPrivateKey`, `country`, ...) and the message shows a correct
 * example. Nothing was sent, or what was sent provably never reached the provider's API.
 */
export const ConfigurationError = define('configuration', 'ConfigurationError', false);
export type ConfigurationError = InstanceType<typeof ConfigurationError>;
/**
 * The caller's `AbortSignal` ended the operation. `outcomeUnknown` is true when a write
 * may already have landed: query its `reference` before creating anything in its place.
 */
export const CancelledError = define('cancelled', 'CancelledError', false);
export type CancelledError = InstanceType<typeof CancelledError>;
