/** Per-call options of every `Paymux` operation. */
export interface CallOptions {
  /**
   * Aborts waits between retries and is passed to the provider. An abort ends the call with
   * `CancelledError`; `outcomeUnknown: true` on it means a write may have landed, and the next
   * call with the same reference queries the provider before sending again.
   */
  readonly signal?: AbortSignal;
}
