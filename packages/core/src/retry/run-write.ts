import { InvalidStateError, UnknownOutcomeError } from '../errors/error-classes.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import { backoffDelay } from './backoff.js';
import {
  asPaymuxError,
  isAmbiguousWriteFailure,
  isDuplicateReference,
  isUnconfirmedRefusal,
} from './classify.js';
import type { RetryRun } from './run-with-retry.js';
import { cancelled, sleepOrCancel } from './sleep-or-cancel.js';

/** One create against one provider, with the query that tells whether it took effect. */
export interface WriteOperation<T> {
  /** The merchant reference of the object created: what `find` looks up and errors carry. */
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

/** How {@link runWrite} ended well: the object, and whether it came from a query. */
export interface WriteOutcome<T> {
  /** The created (or found) object. */
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
 *   → backoff, then send again with the same idempotency key and reference;
 * - an ambiguous failure (`unknown_outcome`, `signature_invalid`, `timeout`, flagged
 *   `network`) → backoff, then `find` by reference: found → that result; `not_found` → send
 *   again (same reference and key) while attempts remain;
 * - a refusal because the reference is already used, at any attempt (an earlier attempt of
 *   this run, an earlier process, an expired idempotency record) → `find`: found → that
 *   result, `reconciled` (the caller adopts it if it matches the request); never the
 *   duplicate error itself;
 * - a definite refusal the provider sent in an answer (`providerCode` set, `outcomeUnknown`
 *   not `false`) → `find` once more before it is believed, because an answer's error fields
 *   may be unauthenticated (OTGPAY signs only `data`): found → that result; `not_found` →
 *   the refusal is confirmed and thrown; the query failing → `UnknownOutcomeError`;
 * - still ambiguous after the bounded attempts, or `not_found` with no attempt left →
 *   `UnknownOutcomeError` carrying `reference` and `provider`, for later reconciliation;
 * - anything else (a refusal made before anything was sent) → thrown as is.
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
      if (run.signal?.aborted) {
        throw cancelled(run, write, mayExist || isAmbiguousWriteFailure(error), error);
      }
      if (isAmbiguousWriteFailure(error)) {
        ambiguous = error;
        mayExist = true;
      } else if (isDuplicateReference(error)) {
        // An object with this reference exists at this provider: look it up, never report
        // the duplicate. It may take a moment to become visible, so ask with backoff.
        const found = await reconcileExisting(write, run);
        if (found !== NOT_FOUND) return { result: found, reconciled: true, sends };
        if (mayExist) throw unresolved(write, run, error, 'collided with itself but was not found');
        throw new InvalidStateError(
          `Reference ${write.reference} is already used at ${run.provider} by another object ` +
            'than the one this call creates; use a new reference.',
          {
            provider: run.provider,
            reference: write.reference,
            field: 'reference',
            rule: 'unique',
            cause: error,
          },
        );
      } else if (!error.retryable || sends >= options.maxAttempts) {
        if (!mayExist && !isUnconfirmedRefusal(error)) throw error;
        // An earlier ambiguous attempt may still land, or the refusal came in an answer whose
        // error fields nobody signed: a query decides before anyone acts on "nothing happened".
        const found = await reconcile(write, run);
        if (found !== NOT_FOUND) return { result: found, reconciled: true, sends };
        if (!mayExist) throw error;
        throw unresolved(write, run, error, 'was refused after an ambiguous attempt');
      }
      const delayMs = backoffDelay(sends, options);
      run.onRetry?.({ attempt: sends, delayMs, error });
      await sleepOrCancel(options, delayMs, run, write, mayExist);
    }
  }
}

/** After a duplicate refusal: `find` with backoff while it says `not_found`. */
async function reconcileExisting<T>(
  write: WriteOperation<T>,
  run: RetryRun,
): Promise<T | typeof NOT_FOUND> {
  const { options } = run;
  for (let attempt = 1; ; attempt++) {
    const found = await reconcile(write, run);
    if (found !== NOT_FOUND || attempt >= options.maxAttempts) return found;
    await sleepOrCancel(options, backoffDelay(attempt, options), run, write, true);
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
      if (run.signal?.aborted) throw cancelled(run, write, true, thrown);
      const error = asPaymuxError(thrown, { provider: run.provider, write: false });
      if (error.code === 'not_found') return NOT_FOUND;
      if (!(error.retryable || error.code === 'timeout') || attempt >= options.maxAttempts) {
        throw unresolved(write, run, error, 'could not be confirmed by a query');
      }
      const delayMs = backoffDelay(attempt, options);
      run.onRetry?.({ attempt, delayMs, error });
      await sleepOrCancel(options, delayMs, run, write, true);
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
