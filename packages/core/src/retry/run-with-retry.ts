import type { PaymuxError } from '../errors/paymux-error.js';
import { backoffDelay } from './backoff.js';
import { asPaymuxError } from './classify.js';
import type { ResolvedRetryOptions } from './retry-options.js';
import { sleepOrCancel } from './sleep-or-cancel.js';

export interface RetryNotice {
  /** The attempt that failed. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: PaymuxError;
}

export interface RetryRun {
  readonly provider: string;
  readonly options: ResolvedRetryOptions;
  readonly onRetry?: (notice: RetryNotice) => void;
  readonly signal?: AbortSignal;
}

/**
 * Runs a read (an operation that changes nothing) up to `maxAttempts` times, waiting a
 * full-jitter backoff between attempts. Whether to retry is decided ONLY by the error's
 * `retryable` flag; the last error is thrown as a `PaymuxError`.
 */
export async function runWithRetry<T>(
  operation: (attempt: number) => Promise<T>,
  run: RetryRun,
): Promise<T> {
  const { options } = run;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (thrown) {
      const error = asPaymuxError(thrown, { provider: run.provider, write: false });
      if (!error.retryable || attempt >= options.maxAttempts) throw error;
      const delayMs = backoffDelay(attempt, options);
      run.onRetry?.({ attempt, delayMs, error });
      await sleepOrCancel(options, delayMs, run, {}, false);
    }
  }
}
