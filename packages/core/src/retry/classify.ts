import { ProviderError, UnknownOutcomeError } from '../errors/error-classes.js';
import { PaymuxError } from '../errors/paymux-error.js';

/**
 * Any thrown value as a `PaymuxError`. Something else thrown by a provider is a bug whose
 * effect nobody knows: during a write it becomes `unknown_outcome` (so it is reconciled,
 * never resent blindly or failed over); during a read, a non-retryable `provider_error`.
 * The original is kept as `cause`, never copied into the message.
 */
export function asPaymuxError(
  error: unknown,
  context: { provider: string; write: boolean; reference?: string },
): PaymuxError {
  if (PaymuxError.isInstance(error)) return error;
  const options = { provider: context.provider, reference: context.reference, cause: error };
  return context.write
    ? new UnknownOutcomeError('The provider failed unexpectedly during a write', options)
    : new ProviderError('The provider failed unexpectedly', options);
}

/**
 * True when a failed write may have taken effect: `unknown_outcome`, `signature_invalid` (an
 * unverifiable answer, maybe a success), any `timeout` (unless
 * the provider says the request was never sent), or a `network` error the provider flagged
 * with `outcomeUnknown` (a reset after the body went out).
 */
export function isAmbiguousWriteFailure(error: PaymuxError): boolean {
  switch (error.code) {
    case 'unknown_outcome':
    // an answer whose signature does not verify tells nothing about whether the write landed
    case 'signature_invalid':
      return true;
    case 'timeout':
      return error.outcomeUnknown !== false;
    case 'network':
      return error.outcomeUnknown === true;
    default:
      return false;
  }
}

/**
 * True when a provider refused a create because its reference is already used (contract:
 * `field: 'reference'`, `rule: 'duplicate'`). After an ambiguous attempt of the same
 * operation this means the earlier attempt did land, so the core queries instead of failing.
 */
export function isDuplicateReference(error: PaymuxError): boolean {
  return error.field === 'reference' && error.rule === 'duplicate';
}

/**
 * True when a definite refusal of a write came in the provider's answer (it carries the
 * provider's `providerCode`) and nothing proves it at the transport level
 * (`outcomeUnknown: false` = the request never left or never reached the provider). Such
 * an answer may be unauthenticated — OTGPAY signs only `data`, not the `status`/`error`
 * fields of its envelope — so the core confirms with a signed query that the reference does
 * not exist before it reports the refusal or fails over.
 */
export function isUnconfirmedRefusal(error: PaymuxError): boolean {
  return error.providerCode !== undefined && error.outcomeUnknown !== false;
}
