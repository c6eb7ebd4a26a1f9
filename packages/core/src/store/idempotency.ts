import { randomUUID } from 'node:crypto';
import type { Store } from './store.js';

export type IdempotencyState = 'in_flight' | 'completed' | 'failed';

/**
 * What the core remembers about one logical write. `idempotencyKey` is generated once
 * and sent on every attempt and on every later call with the same reference.
 */
export interface IdempotencyRecord<T = unknown> {
  readonly idempotencyKey: string;
  /** The provider the operation was (last) sent to. */
  readonly provider?: string;
  readonly state: IdempotencyState;
  /** The created object, once `completed`. */
  readonly outcome?: T;
  /** Code of the last definitive failure, once `failed`. */
  readonly failure?: { readonly code: string; readonly message: string };
  readonly updatedAt: number;
}

/** Logical operation keys: one per merchant reference (and parent charge for refunds). */
export const operationKey = {
  charge: (reference: string) => `charge:${reference}`,
  refund: (chargeReference: string, reference: string) => `refund:${chargeReference}:${reference}`,
  payout: (reference: string) => `payout:${reference}`,
  payoutBatch: (reference: string) => `payout_batch:${reference}`,
} as const;

const PREFIX = 'idem:';

/** Idempotency records in a `Store`, created atomically with `setIfAbsent`. */
export class IdempotencyLedger {
  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    private readonly ttlMs?: number,
  ) {}

  /** The record of `key`, if any, without creating one. */
  peek<T>(key: string): Promise<IdempotencyRecord<T> | undefined> {
    return this.store.get<IdempotencyRecord<T>>(PREFIX + key);
  }

  /** The record of `key`, created (state `in_flight`, fresh UUID key) when there is none. */
  async open<T>(key: string): Promise<IdempotencyRecord<T>> {
    const existing = await this.store.get<IdempotencyRecord<T>>(PREFIX + key);
    if (existing) return existing;
    const fresh: IdempotencyRecord<T> = {
      idempotencyKey: randomUUID(),
      state: 'in_flight',
      updatedAt: this.clock(),
    };
    if (await this.store.setIfAbsent(PREFIX + key, fresh, this.ttlMs)) return fresh;
    const winner = await this.store.get<IdempotencyRecord<T>>(PREFIX + key);
    return winner ?? fresh;
  }

  /**
   * Marks `key` completed with `outcome` unless a record exists (used for the items of a
   * batch, so a later single create with an item's reference is not sent again).
   */
  async recordCompleted<T>(key: string, done: { provider: string; outcome: T }): Promise<void> {
    const record: IdempotencyRecord<T> = {
      idempotencyKey: randomUUID(),
      provider: done.provider,
      state: 'completed',
      outcome: done.outcome,
      updatedAt: this.clock(),
    };
    await this.store.setIfAbsent(PREFIX + key, record, this.ttlMs);
  }

  async update<T>(
    key: string,
    record: IdempotencyRecord<T>,
    change: Partial<Omit<IdempotencyRecord<T>, 'idempotencyKey' | 'updatedAt'>>,
  ): Promise<IdempotencyRecord<T>> {
    const next = { ...record, ...change, updatedAt: this.clock() };
    await this.store.set(PREFIX + key, next, this.ttlMs);
    return next;
  }
}
