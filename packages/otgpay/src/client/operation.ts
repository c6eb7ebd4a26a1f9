/**
 * What a wire call is about, so failures can be classified: a `write` whose outcome is
 * unknown becomes `UnknownOutcomeError`, a `read` stays retryable; `subject` decides
 * which neutral field a wire field name maps back to.
 */
export interface WireOperation {
  readonly kind: 'write' | 'read';
  readonly subject: 'charge' | 'refund' | 'payout' | 'account';
  /** The merchant reference the call is about (orderId, refundId, batchId). */
  readonly reference?: string;
  /** Id of the provider instance, put on every error. */
  readonly provider: string;
}
