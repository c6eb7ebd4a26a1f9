/** Per-call options of every `Paymux` operation. */
export interface CallOptions {
  /** Aborts waits between retries and is passed to the provider. */
  readonly signal?: AbortSignal;
}
