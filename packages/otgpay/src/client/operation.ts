/**
 * What a wire call is about, so failures can be classified: a `write` whose outcome is
 * unknown becomes `UnknownOutcomeError`, a `read` stays retryable; `subject` decides
 * which neutral field a wire field name maps back to.
 */
export interface WireOperation {
  /** `write` (create, refund, payout: an ambiguous failure is an unknown outcome) or `read`. */
  readonly kind: 'write' | 'read';
  /**
   * What the call is about: a `charge`, `refund` or `payout`, or the `account` (balance, statement,
   * settlements).
   */
  readonly subject: 'charge' | 'refund' | 'payout' | 'account';
  /** The merchant reference the call is about (orderId, refundId, batchId). */
  readonly reference?: string;
  /** Id of the provider instance, put on every error. */
  readonly provider: string;
}
