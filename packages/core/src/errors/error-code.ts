/**
 * Stable error codes. Branch on `error.code`, never on messages.
 * - `validation`: the input is wrong; `field` and `rule` say where and why. Nothing was sent.
 * - `authentication`: credentials or signature refused by the provider.
 * - `not_found`: the provider has no such order.
 * - `invalid_state`: the order cannot take this operation (e.g. it is final).
 * - `rate_limited`: the provider is busy; the request was not processed. Retryable.
 * - `provider_error`: the provider refused or failed, definitely without effect.
 * - `network`: the request did not reach the provider (no effect). Retryable.
 * - `timeout`: no answer in time. For a read, retryable; on a write the core queries the
 *   reference and ends with `unknown_outcome` when nothing decides (unless the provider set
 *   `outcomeUnknown: false`: the request was never sent).
 * - `unknown_outcome`: a write may or may not have taken effect; resolve by querying
 *   `reference`, never by resending blindly.
 * - `signature_invalid`: a response or webhook failed signature verification.
 * - `unsupported`: the provider does not offer this operation, country, currency or method.
 * - `configuration`: the SDK or provider is set up wrong (an option, a key, the base URL);
 *   `field` names the option. Thrown when a provider is built, or when an answer proves a
 *   request never reached the provider's API. Fix the set-up; retrying cannot help.
 * - `cancelled`: the caller's `AbortSignal` ended the operation; `outcomeUnknown` is true
 *   when a write may already have landed (query `reference` before anything else).
 */
export type ErrorCode =
  | 'validation'
  | 'authentication'
  | 'not_found'
  | 'invalid_state'
  | 'rate_limited'
  | 'provider_error'
  | 'network'
  | 'timeout'
  | 'unknown_outcome'
  | 'signature_invalid'
  | 'unsupported'
  | 'configuration'
  | 'cancelled';
