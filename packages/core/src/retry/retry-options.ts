/** How the core retries one provider before giving up or failing over. */
export interface RetryOptions {
  /** Total attempts per provider, the first included. Default 3. */
  readonly maxAttempts?: number;
  /** Backoff base in ms: attempt n waits up to `base * 2^(n-1)`. Default 200. */
  readonly baseDelayMs?: number;
  /** Cap of one wait in ms. Default 5000. */
  readonly maxDelayMs?: number;
  /** Source of jitter in [0, 1). Default `Math.random`; inject for deterministic tests. */
  readonly random?: () => number;
  /** How to wait. Default a timer; inject for tests. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Waits `ms`, or rejects early with the signal's reason when it aborts. */
export function timerSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function resolveRetryOptions(options: RetryOptions = {}): ResolvedRetryOptions {
  const resolved = {
    maxAttempts: options.maxAttempts ?? 3,
    baseDelayMs: options.baseDelayMs ?? 200,
    maxDelayMs: options.maxDelayMs ?? 5000,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? timerSleep,
  };
  if (!Number.isInteger(resolved.maxAttempts) || resolved.maxAttempts < 1) {
    throw new RangeError('retry.maxAttempts must be an integer >= 1');
  }
  if (resolved.baseDelayMs < 0 || resolved.maxDelayMs < 0) {
    throw new RangeError('retry delays must be >= 0');
  }
  return resolved;
}
