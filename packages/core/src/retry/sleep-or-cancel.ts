import { CancelledError } from '../errors/error-classes.js';
import type { ResolvedRetryOptions } from './retry-options.js';
import type { RetryRun } from './run-with-retry.js';

/**
 * Waits between two attempts of an operation. When the caller's signal ends the wait the
 * operation is reported as cancelled (`CancelledError`), never as a provider failure;
 * `mayExist` says whether an earlier attempt of a write may already have landed.
 */
export async function sleepOrCancel(
  options: ResolvedRetryOptions,
  delayMs: number,
  run: RetryRun,
  subject: { readonly reference?: string },
  mayExist: boolean,
): Promise<void> {
  try {
    await options.sleep(delayMs, run.signal);
  } catch (error) {
    if (run.signal?.aborted) throw cancelled(run, subject, mayExist, error);
    throw error;
  }
  if (run.signal?.aborted) throw cancelled(run, subject, mayExist, run.signal.reason);
}

export function cancelled(
  run: RetryRun,
  subject: { readonly reference?: string },
  mayExist: boolean,
  cause: unknown,
): CancelledError {
  const what = subject.reference === undefined ? 'The operation' : subject.reference;
  return new CancelledError(
    mayExist
      ? `${what} was cancelled after an attempt whose outcome is unknown: query it by reference before creating it again`
      : `${what} was cancelled before anything took effect`,
    {
      provider: run.provider,
      ...(subject.reference === undefined ? {} : { reference: subject.reference }),
      outcomeUnknown: mayExist,
      cause,
    },
  );
}
