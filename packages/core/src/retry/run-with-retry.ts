import type { PaymuxError } from '../errors/paymux-error.js';
import { backoffDelay } from './backoff.js';
import { asPaymuxError } from './classify.js';
import type { ResolvedRetryOptions } from './retry-options.js';
import { sleepOrCancel } from './sleep-or-cancel.js';

/** Told to `onRetry` before each wait: which attempt failed, why, and how long the wait is. */
export interface RetryNotice {
  /** The attempt that failed. */
  readonly attempt: number;
  /** The jittered wait before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** Why the attempt failed. */
  readonly error: PaymuxError;
}

/** How {@link runWithRetry} and {@link runWrite} run: at which provider, with which options. */
export interface RetryRun {
  /** Id of the provider the attempts go to (put on errors that do not name one). */
  readonly provider: string;
  /** Attempts, backoff, jitter and sleep, every field filled in. */
  readonly options: ResolvedRetryOptions;
  /** Called before each wait between attempts (the client turns it into a `retry` event). */
  readonly onRetry?: (notice: RetryNotice) => void;
  /** Ends the waits: an abort is a `CancelledError`, with `outcomeUnknown` when a write may have landed. */
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
