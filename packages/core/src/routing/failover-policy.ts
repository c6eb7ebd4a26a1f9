import type { PaymuxError } from '../errors/paymux-error.js';

/**
 * True when `error` proves the operation took no effect at the provider, so the next
 * candidate may be tried: `rate_limited`, `provider_error`, `authentication`,
 * `unsupported`, `configuration`, `network` not flagged `outcomeUnknown`, and `timeout` of a read.
 * Never after `unknown_outcome`, a write's `timeout`, `validation`, `invalid_state`,
 * `not_found` or `signature_invalid`.
 */
export function mayFailover(error: PaymuxError, write: boolean): boolean {
  switch (error.code) {
    case 'rate_limited':
    case 'provider_error':
    case 'authentication':
    case 'unsupported':
    case 'configuration':
      return true;
    case 'network':
      return error.outcomeUnknown !== true;
    case 'timeout':
      return !write;
    default:
      return false;
  }
}
