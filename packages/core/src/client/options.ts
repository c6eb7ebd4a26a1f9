import type { PaymentProvider } from '../contract/provider.js';
import type { RetryOptions } from '../retry/retry-options.js';
import type { RoutingOptions } from '../routing/routing-rule.js';
import type { Store } from '../store/store.js';

/** How {@link createPaymux} builds a client. Only `providers` is required. */
export interface PaymuxOptions {
  /** Provider instances, in registration order (the default routing order). */
  readonly providers: readonly PaymentProvider[];
  /** Which capable provider is tried first, per country/currency/method. Default: registration order. */
  readonly routing?: RoutingOptions;
  /** Idempotency records, reference index and webhook dedupe. Default a `MemoryStore`. */
  readonly store?: Store;
  /** Attempts per provider and the backoff between them. Default 3 attempts, 200 ms base, 5 s cap. */
  readonly retry?: RetryOptions;
  /** Include (redacted) request and response bodies in `request`/`response` events. */
  readonly logBodies?: boolean;
  /** Milliseconds since the epoch. Default `Date.now`. */
  readonly clock?: () => number;
  /** How long idempotency records and the reference index live. Default: forever. */
  readonly idempotencyTtlMs?: number;
  /**
   * How long a webhook event id is remembered for dedupe, and the first final status of an
   * order for the final-state guard. Default 7 days.
   */
  readonly webhookDedupeTtlMs?: number;
  /**
   * How long one delivery may run the `webhooks.handle` handler before a redelivery may
   * retake the event (the process is presumed dead or hung). Default 60 s.
   */
  readonly webhookLeaseMs?: number;
  /**
   * How long an instance holds an in-flight idempotency record without writing it; after
   * it another instance calling with the same reference takes over, starting with a query
   * by reference. Renewed on every write of the record. Default 60 s.
   */
  readonly idempotencyLeaseMs?: number;
  /**
   * This client's id as the owner of idempotency records and webhook claims in a shared
   * Store. Default a random UUID per client.
   */
  readonly instanceId?: string;
}
