import { PaymuxEmitter } from '../events/emitter.js';
import { type ResolvedRetryOptions, resolveRetryOptions } from '../retry/retry-options.js';
import { Router } from '../routing/router.js';
import { BatchItemIndex } from '../store/batch-index.js';
import { DEFAULT_IDEMPOTENCY_LEASE_MS, IdempotencyLedger } from '../store/idempotency.js';
import { MemoryStore } from '../store/memory-store.js';
import { ReferenceIndex } from '../store/reference-index.js';
import type { Store } from '../store/store.js';
import { DEFAULT_WEBHOOK_LEASE_MS, WebhookClaims } from '../store/webhook-claims.js';
import type { PaymuxOptions } from './options.js';

/** The collaborators every resource namespace of one client shares. */
export interface Runtime {
  readonly router: Router;
  readonly store: Store;
  readonly ledger: IdempotencyLedger;
  readonly index: ReferenceIndex;
  /** Payout batch item reference → the chunk that sent it (compact, a few entries per chunk). */
  readonly batchIndex: BatchItemIndex;
  readonly webhookClaims: WebhookClaims;
  /** This client's owner id on idempotency records and webhook claims. */
  readonly instanceId: string;
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
  const instanceId = options.instanceId ?? globalThis.crypto.randomUUID();
  const webhookDedupeTtlMs = options.webhookDedupeTtlMs ?? SEVEN_DAYS_MS;
  return {
    router: new Router(options.providers, options.routing),
    store,
    instanceId,
    ledger: new IdempotencyLedger(store, clock, {
      owner: instanceId,
      leaseMs: options.idempotencyLeaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS,
      ...(options.idempotencyTtlMs === undefined ? {} : { ttlMs: options.idempotencyTtlMs }),
    }),
    webhookClaims: new WebhookClaims(store, clock, {
      owner: instanceId,
      ttlMs: webhookDedupeTtlMs,
      leaseMs: options.webhookLeaseMs ?? DEFAULT_WEBHOOK_LEASE_MS,
    }),
    index: new ReferenceIndex(store, options.idempotencyTtlMs),
    batchIndex: new BatchItemIndex(store, 'payout', options.idempotencyTtlMs),
    emitter: new PaymuxEmitter(),
    retry: resolveRetryOptions(options.retry),
    logBodies: options.logBodies ?? false,
    clock,
    webhookDedupeTtlMs,
    running: new Map(),
  };
}
