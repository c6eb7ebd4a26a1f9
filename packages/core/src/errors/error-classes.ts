import type { ErrorCode } from './error-code.js';
import { PaymuxError, type PaymuxErrorOptions } from './paymux-error.js';

/** Options of a taxonomy error: `retryable` defaults per class. */
export type PaymuxErrorClassOptions = Omit<PaymuxErrorOptions, 'retryable'> & {
  retryable?: boolean;
};

/**
 * The constructor of one class of the error taxonomy (`ValidationError`, `TimeoutError`, …).
 * Declared explicitly so the shipped declarations do not inherit `ErrorConstructor`'s
 * Node-only statics (`captureStackTrace`, `NodeJS.CallSite`): no `@types/node` needed.
 */
export interface PaymuxErrorClass {
  new (message: string, options?: PaymuxErrorClassOptions): PaymuxError;
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
export const AuthenticationError = define('authentication', 'AuthenticationError', false);
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
export const NotFoundError = define('not_found', 'NotFoundError', false);
export type NotFoundError = InstanceType<typeof NotFoundError>;
export const InvalidStateError = define('invalid_state', 'InvalidStateError', false);
export type InvalidStateError = InstanceType<typeof InvalidStateError>;
export const RateLimitedError = define('rate_limited', 'RateLimitedError', true);
export type RateLimitedError = InstanceType<typeof RateLimitedError>;
export const ProviderError = define('provider_error', 'ProviderError', false);
export type ProviderError = InstanceType<typeof ProviderError>;
export const NetworkError = define('network', 'NetworkError', true);
export type NetworkError = InstanceType<typeof NetworkError>;
export const TimeoutError = define('timeout', 'TimeoutError', true);
export type TimeoutError = InstanceType<typeof TimeoutError>;
/** A write may or may not have taken effect. Resolve by querying `reference`. */
export const UnknownOutcomeError = define('unknown_outcome', 'UnknownOutcomeError', false);
export type UnknownOutcomeError = InstanceType<typeof UnknownOutcomeError>;
export const SignatureInvalidError = define('signature_invalid', 'SignatureInvalidError', false);
export type SignatureInvalidError = InstanceType<typeof SignatureInvalidError>;
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
