import { PaymuxEmitter } from '../events/emitter.js';
import { type ResolvedRetryOptions, resolveRetryOptions } from '../retry/retry-options.js';
import { Router } from '../routing/router.js';
import { IdempotencyLedger } from '../store/idempotency.js';
import { MemoryStore } from '../store/memory-store.js';
import { ReferenceIndex } from '../store/reference-index.js';
import type { Store } from '../store/store.js';
import type { PaymuxOptions } from './options.js';

/** The collaborators every resource namespace of one client shares. */
export interface Runtime {
  readonly router: Router;
  readonly store: Store;
  readonly ledger: IdempotencyLedger;
  readonly index: ReferenceIndex;
  readonly emitter: PaymuxEmitter;
  readonly retry: ResolvedRetryOptions;
  readonly logBodies: boolean;
  readonly clock: () => number;
  readonly webhookDedupeTtlMs: number;
  /** Writes running in this process, by operation key: a concurrent same-reference call joins. */
  readonly running: Map<string, Promise<unknown>>;
}

const SEVEN_DAYS_MS = 7 * 24 * 60 * 60 * 1000;

export function createRuntime(options: PaymuxOptions): Runtime {
  const clock = options.clock ?? Date.now;
  const store = options.store ?? new MemoryStore({ clock });
  return {
    router: new Router(options.providers, options.routing),
    store,
    ledger: new IdempotencyLedger(store, clock, options.idempotencyTtlMs),
    index: new ReferenceIndex(store, options.idempotencyTtlMs),
    emitter: new PaymuxEmitter(),
    retry: resolveRetryOptions(options.retry),
    logBodies: options.logBodies ?? false,
    clock,
    webhookDedupeTtlMs: options.webhookDedupeTtlMs ?? SEVEN_DAYS_MS,
    running: new Map(),
  };
}
