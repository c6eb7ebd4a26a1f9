import { UnknownOutcomeError } from '../errors/error-classes.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import { backoffDelay } from './backoff.js';
import { asPaymuxError, isAmbiguousWriteFailure, isDuplicateReference } from './classify.js';
import type { RetryRun } from './run-with-retry.js';

/** One create against one provider, with the query that tells whether it took effect. */
export interface WriteOperation<T> {
  readonly reference: string;
  /** Sends the create; `attempt` is 1-based. The same idempotency key on every call. */
  send(attempt: number): Promise<T>;
  /**
   * Looks the created object up by the same reference: resolves with it when it exists,
   * throws `not_found` when it does not.
   */
  find(attempt: number): Promise<T>;
  /**
   * True when an earlier call may already have sent this create (an in-flight
   * idempotency record): the first step is then a query, not a send.
   */
  readonly startAmbiguous?: boolean;
}

export interface WriteOutcome<T> {
  readonly result: T;
  /** True when the result came from a query after an ambiguous failure. */
  readonly reconciled: boolean;
  /** How many times the create was sent. */
  readonly sends: number;
}

const NOT_FOUND = Symbol('not_found');

/**
 * Runs a create with retries and unknown-outcome handling, never sending twice blindly:
 * - success → the result;
 * - a retryable error that proves nothing happened (`rate_limited`, `network` before send)
 *   → backoff, then send again with the same idempotency key;
 * - an ambiguous failure (`unknown_outcome`, `timeout`, flagged `network`) → backoff, then
 *   `find` by reference: found → that result; `not_found` → send again (same reference and
 *   key) while attempts remain;
 * - a resend refused as a duplicate reference after an ambiguous attempt (the earlier
 *   attempt landed after the query) → `find` again, never an error for the merchant;
 * - still ambiguous after the bounded attempts, or `not_found` with no attempt left →
 *   `UnknownOutcomeError` carrying `reference` and `provider`, for later reconciliation;
 * - anything else → thrown as is.
 */
export async function runWrite<T>(
  write: WriteOperation<T>,
  run: RetryRun,
): Promise<WriteOutcome<T>> {
  const { options } = run;
  let sends = 0;
  let ambiguous: PaymuxError | undefined;
  /** An earlier attempt of this very operation may have landed (this run or a prior call). */
  let mayExist = write.startAmbiguous === true;
  if (write.startAmbiguous) {
    ambiguous = new UnknownOutcomeError('An earlier attempt of this operation did not finish', {
      provider: run.provider,
      reference: write.reference,
    });
  }
  for (;;) {
    if (ambiguous) {
      const found = await reconcile(write, run);
      if (found !== NOT_FOUND) return { result: found, reconciled: true, sends };
      if (sends >= options.maxAttempts) {
        throw unresolved(write, run, ambiguous, 'was not found after the last ambiguous attempt');
      }
      ambiguous = undefined;
    }
    sends += 1;
    try {
      return { result: await write.send(sends), reconciled: false, sends };
    } catch (thrown) {
      const error = asPaymuxError(thrown, {
        provider: run.provider,
        write: true,
        reference: write.reference,
      });
      if (isAmbiguousWriteFailure(error)) {
        ambiguous = error;
        mayExist = true;
      } else if (mayExist && isDuplicateReference(error)) {
        // The query said not found, yet the resend collides: the earlier attempt landed late.
        ambiguous = error;
        if (sends >= options.maxAttempts) {
          const found = await reconcile(write, run);
          if (found !== NOT_FOUND) return { result: found, reconciled: true, sends };
          throw unresolved(write, run, error, 'collided with itself but was not found');
        }
      } else if (!error.retryable || sends >= options.maxAttempts) {
        if (!mayExist) throw error;
        // An earlier ambiguous attempt may still land: never end with a "nothing happened"
        // error (which would allow failover or a fresh send elsewhere).
        const found = await reconcile(write, run);
        if (found !== NOT_FOUND) return { result: found, reconciled: true, sends };
        throw unresolved(write, run, error, 'was refused after an ambiguous attempt');
      }
      const delayMs = backoffDelay(sends, options);
      run.onRetry?.({ attempt: sends, delayMs, error });
      await options.sleep(delayMs, run.signal);
    }
  }
}

async function reconcile<T>(
  write: WriteOperation<T>,
  run: RetryRun,
): Promise<T | typeof NOT_FOUND> {
  const { options } = run;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write.find(attempt);
    } catch (thrown) {
      const error = asPaymuxError(thrown, { provider: run.provider, write: false });
      if (error.code === 'not_found') return NOT_FOUND;
      if (!(error.retryable || error.code === 'timeout') || attempt >= options.maxAttempts) {
        throw unresolved(write, run, error, 'could not be confirmed by a query');
      }
      const delayMs = backoffDelay(attempt, options);
      run.onRetry?.({ attempt, delayMs, error });
      await options.sleep(delayMs, run.signal);
    }
  }
}

function unresolved(
  write: WriteOperation<unknown>,
  run: RetryRun,
  cause: PaymuxError,
  why: string,
): UnknownOutcomeError {
  return new UnknownOutcomeError(
    `The outcome of ${write.reference} at ${run.provider} is unknown: it ${why}. ` +
      'Query it later by reference; do not resend with a new reference.',
    { provider: run.provider, reference: write.reference, cause },
  );
}
