import type { ResolvedRetryOptions } from './retry-options.js';

/** The upper bound of the wait after failed attempt `attempt` (1-based): `min(cap, base * 2^(attempt-1))`. */
export function backoffCeiling(
  attempt: number,
  options: Pick<ResolvedRetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
): number {
  const exponential = options.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(options.maxDelayMs, exponential);
}

/**
 * "Full jitter" backoff: a uniformly random wait in `[0, ceiling)` after failed attempt
 * `attempt`, so clients that failed together do not retry together.
 */
export function backoffDelay(
  attempt: number,
  options: Pick<ResolvedRetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  return Math.floor(options.random() * backoffCeiling(attempt, options));
}
