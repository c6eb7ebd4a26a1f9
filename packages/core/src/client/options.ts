import type { PaymentProvider } from '../contract/provider.js';
import type { RetryOptions } from '../retry/retry-options.js';
import type { RoutingOptions } from '../routing/routing-rule.js';
import type { Store } from '../store/store.js';

export interface PaymuxOptions {
  /** Provider instances, in registration order (the default routing order). */
  readonly providers: readonly PaymentProvider[];
  readonly routing?: RoutingOptions;
  /** Idempotency records, reference index and webhook dedupe. Default a `MemoryStore`. */
  readonly store?: Store;
  readonly retry?: RetryOptions;
  /** Include (redacted) request and response bodies in `request`/`response` events. */
  readonly logBodies?: boolean;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly clock?: () => number;
  /** How long idempotency records and the reference index live. Default: forever. */
  readonly idempotencyTtlMs?: number;
  /** How long a webhook event id is remembered for dedupe. Default 7 days. */
  readonly webhookDedupeTtlMs?: number;
}
