import type { ErrorCode } from './error-code.js';

const MARKER = Symbol.for('paymux.error');

/** What a {@link PaymuxError} carries beside its code and message; see the matching properties. */
export interface PaymuxErrorOptions {
  /** Whether the same request may simply be tried again. Default false. */
  readonly retryable?: boolean;
  /** Id of the provider instance that produced the error. */
  readonly provider?: string;
  /** The provider's own error code, e.g. OTGPAY `1002`. */
  readonly providerCode?: string;
  /** For validation errors: the input path, e.g. `money.amount` or `customer.phone`. */
  readonly field?: string;
  /** For validation errors: the rule broken, e.g. `required`, `pattern`, `minimum`. */
  readonly rule?: string;
  /** The merchant reference the failed operation was about. */
  readonly reference?: string;
  /** The provider's response, already redacted (no keys, no signatures). */
  readonly raw?: unknown;
  /** The underlying error, kept as the standard `Error.cause`. */
  readonly cause?: unknown;
  /**
   * For `network` and `timeout` errors of a write: true when the request may have
   * reached the provider (e.g. a reset after the body was sent). The core then
   * reconciles by querying instead of resending or failing over.
   */
  readonly outcomeUnknown?: boolean;
}

/**
 * Base class of every error paymux throws. Messages never contain keys or secrets.
 * Use `PaymuxError.isInstance(e)` rather than `instanceof`: it also recognises errors
 * from a second installed copy of `@paymux/core`.
 */
export class PaymuxError extends Error {
  /** The stable code to branch on; see {@link ErrorCode}. */
  readonly code: ErrorCode;
  /**
   * True when the same request may be sent again as is (busy provider, request that never
   * arrived). The core already retried it with backoff before throwing.
   */
  readonly retryable: boolean;
  /** Id of the provider instance that produced the error, e.g. `otgpay-id`. */
  readonly provider?: string;
  /** The provider's own error code, e.g. OTGPAY `1002`, when the provider answered with one. */
  readonly providerCode?: string;
  /**
   * The input path at fault, e.g. `money.amount`, `customer.phone`, `items.3.reference`
   * (or an option name for `configuration`). Set on validation errors and wherever an input is to blame.
   */
  readonly field?: string;
  /** The rule broken, e.g. `required`, `pattern`, `integer`, `duplicate`, `unique`. */
  readonly rule?: string;
  /** The merchant reference of the operation that failed: query it after an `unknown_outcome`. */
  readonly reference?: string;
  /** The provider's response, already redacted (no keys, no signatures). Not part of `toJSON()`. */
  readonly raw?: unknown;
  /**
   * True when a write may have reached the provider (a reset after the body was sent, an
   * abort mid-request): query `reference` before sending anything in its place. False when
   * the request provably never arrived; undefined when the error says nothing about it.
   */
  readonly outcomeUnknown?: boolean;

  /**
   * @param code - the taxonomy code; prefer the class of that code (`new ValidationError(...)`).
   * @param message - what went wrong and, where possible, how to fix it; never a secret.
   * @param options - provider, field, rule, reference and the rest.
   */
  constructor(code: ErrorCode, message: string, options: PaymuxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PaymuxError';
    this.code = code;
    this.retryable = options.retryable ?? false;
    if (options.provider !== undefined) this.provider = options.provider;
    if (options.providerCode !== undefined) this.providerCode = options.providerCode;
    if (options.field !== undefined) this.field = options.field;
    if (options.rule !== undefined) this.rule = options.rule;
    if (options.reference !== undefined) this.reference = options.reference;
    if (options.raw !== undefined) this.raw = options.raw;
    if (options.outcomeUnknown !== undefined) this.outcomeUnknown = options.outcomeUnknown;
    Object.defineProperty(this, MARKER, { value: true });
  }

  /** True for any paymux error, from this copy of the package or another. */
  static isInstance(value: unknown): value is PaymuxError {
    return typeof value === 'object' && value !== null && MARKER in value;
  }

  /**
   * A plain object for logs and API answers: `name`, `code`, `message`, `retryable`,
   * `provider`, `providerCode`, `field`, `rule`, `reference`, `outcomeUnknown` (a logged or
   * queued error keeps "this write may have gone through"). `raw` and `cause` are left out.
   */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      provider: this.provider,
      providerCode: this.providerCode,
      field: this.field,
      rule: this.rule,
      reference: this.reference,
      outcomeUnknown: this.outcomeUnknown,
    };
  }
}
