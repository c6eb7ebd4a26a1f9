import type { ErrorCode } from './error-code.js';

const MARKER = Symbol.for('paymux.error');

export interface PaymuxErrorOptions {
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
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly provider?: string;
  readonly providerCode?: string;
  readonly field?: string;
  readonly rule?: string;
  readonly reference?: string;
  readonly raw?: unknown;
  readonly outcomeUnknown?: boolean;

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
    };
  }
}
