import type { Store } from './store.js';
import { waitForLease } from './wait-for-lease.js';

/**
 * - `in_flight`: sent or about to be sent; the outcome is not known yet (with `provider` set,
 *   the object may exist there, so the next call queries first).
 * - `completed`: the object exists; `outcome` holds it and is returned to every later call.
 * - `failed`: the last provider refused definitively; a later call with the reference tries again.
 */
export type IdempotencyState = 'in_flight' | 'completed' | 'failed';

/**
 * What the core remembers about one logical write. `idempotencyKey` is generated once
 * and sent on every attempt and on every later call with the same reference.
 */
export interface IdempotencyRecord<T = unknown> {
  /** A random UUID, created with the record and never changed. */
  readonly idempotencyKey: string;
  /** The provider the operation was (last) sent to. */
  readonly provider?: string;
  /** Where the operation stands. */
  readonly state: IdempotencyState;
  /** The created object, once `completed`. */
  readonly outcome?: T;
  /** Code of the last definitive failure, once `failed`. */
  readonly failure?: {
    /** The `ErrorCode` of the refusal. */
    readonly code: string;
    /** Its message. */
    readonly message: string;
  };
  /** Last write of the record, in milliseconds since the epoch (the client's clock). */
  readonly updatedAt: number;
  /** The client instance running the operation (while `in_flight`). */
  readonly owner?: string;
  /**
   * Until when (ms since the epoch) `owner` holds the record. Another instance waits for
   * it; after it, the owner is presumed dead and the record is taken over — starting with
   * a query by reference when a provider may already have it, never with a blind resend.
   */
  readonly leaseUntil?: number;
}

/** Logical operation keys: one per merchant reference (and parent charge for refunds). */
export const operationKey = {
  /** `charge:<reference>`. */
  charge: (reference: string) => `charge:${reference}`,
  /** `refund:<chargeReference>:<reference>`: a refund reference is unique per charge. */
  refund: (chargeReference: string, reference: string) => `refund:${chargeReference}:${reference}`,
  /** `payout:<reference>`, for a single payout (batch items are found through their batch). */
  payout: (reference: string) => `payout:${reference}`,
  /** `payout_batch:<reference>`, for a whole batch (a stream's chunks included). */
  payoutBatch: (reference: string) => `payout_batch:${reference}`,
} as const;

/** Store key prefix of idempotency records (`idem:charge:order-1`). */
export const IDEMPOTENCY_PREFIX = 'idem:';

/** Default lease of an in-flight idempotency record: 60 s. */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 60_000;

/** How an {@link IdempotencyLedger} keeps records. */
export interface IdempotencyLedgerOptions {
  /** How long records live. Default: forever. */
  readonly ttlMs?: number;
  /** How long an owner holds an in-flight record without writing it. Default 60 s. */
  readonly leaseMs?: number;
  /** This instance's id. Default a random UUID. */
  readonly owner?: string;
}

/** The owner's lease ran out and another instance took the record over. */
export class LeaseLostError extends Error {
  /** @param key - the Store key of the record whose lease was lost. */
  constructor(readonly key: string) {
    super(`The lease on ${key} was taken over by another instance`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Idempotency records in a `Store`. `acquire` makes this instance the owner of a key:
 * it creates the record (`setIfAbsent`), returns a completed one as it is, waits while
 * another live owner holds it, and takes over (`compareAndSet`) an in-flight record whose
 * owner's lease ran out. Every later write is a compare-and-set on the version it holds.
 */
export class IdempotencyLedger {
  /** This instance's owner id on the records it holds. */
  readonly owner: string;
  /** How long a held record stays this instance's without a write, in milliseconds. */
  readonly leaseMs: number;
  readonly #ttl: { ttlMs?: number };

  /**
   * @param store - where records live, under {@link IDEMPOTENCY_PREFIX}.
   * @param clock - milliseconds since the epoch, for leases and `updatedAt`.
   * @param options - TTL, lease and owner id. Throws `RangeError` when `leaseMs` is not > 0.
   */
  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    options: IdempotencyLedgerOptions = {},
  ) {
    this.owner = options.owner ?? globalThis.crypto.randomUUID();
    this.leaseMs = options.leaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
    if (!(this.leaseMs > 0)) throw new RangeError('idempotencyLeaseMs must be > 0');
    this.#ttl = options.ttlMs === undefined ? {} : { ttlMs: options.ttlMs };
  }

  /** The record of `key`, if any, without creating one. */
  async peek<T>(key: string): Promise<IdempotencyRecord<T> | undefined> {
    return (await this.store.get<IdempotencyRecord<T>>(IDEMPOTENCY_PREFIX + key))?.value;
  }

  /**
   * Owns `key`: a fresh `in_flight` record, or the existing one. A `completed` record is
   * returned as it is (nothing to own). While another instance holds a live lease this
   * waits (at most one lease of wall time), then takes the record over.
   */
  async acquire<T>(key: string, signal?: AbortSignal): Promise<LedgerClaim<T>> {
    const storeKey = IDEMPOTENCY_PREFIX + key;
    const waitedSince = Date.now();
    for (;;) {
      signal?.throwIfAborted();
      const now = this.clock();
      const entry = await this.store.get<IdempotencyRecord<T>>(storeKey);
      if (!entry) {
        const fresh: IdempotencyRecord<T> = {
          idempotencyKey: globalThis.crypto.randomUUID(),
          state: 'in_flight',
          owner: this.owner,
          leaseUntil: now + this.leaseMs,
          updatedAt: now,
        };
        const version = await this.store.setIfAbsent(storeKey, fresh, this.#ttl);
        if (version) return new LedgerClaim(this, storeKey, fresh, version, false);
        continue;
      }
      const record = entry.value;
      if (record.state === 'completed') {
        return new LedgerClaim(this, storeKey, record, entry.version, false);
      }
      const held =
        record.state === 'in_flight' &&
        record.owner !== undefined &&
        record.owner !== this.owner &&
        (record.leaseUntil ?? 0) > now;
      if (held && Date.now() - waitedSince < this.leaseMs) {
        await waitForLease((record.leaseUntil ?? now) - now, signal);
        continue;
      }
      const taken: IdempotencyRecord<T> = {
        ...record,
        owner: this.owner,
        leaseUntil: now + this.leaseMs,
        updatedAt: now,
      };
      const version = await this.store.compareAndSet(storeKey, entry.version, taken, this.#ttl);
      if (version) {
        const mayExist = record.state === 'in_flight' && record.provider !== undefined;
        return new LedgerClaim(this, storeKey, taken, version, mayExist);
      }
    }
  }

  /**
   * Marks `key` completed with `outcome` unless a completed record exists (used for the
   * items of a batch, so a later single create with an item's reference is not sent again).
   */
  async recordCompleted<T>(key: string, done: { provider: string; outcome: T }): Promise<void> {
    await this.#settle<T>(key, (existing) =>
      existing?.state === 'completed'
        ? undefined
        : {
            idempotencyKey: existing?.idempotencyKey ?? globalThis.crypto.randomUUID(),
            provider: done.provider,
            state: 'completed',
            outcome: done.outcome,
            updatedAt: this.clock(),
          },
    );
  }

  /**
   * Records that `key` may exist at `provider` (a batch item with an unknown outcome):
   * a later create with that reference starts with a query there. No owner holds it.
   */
  async recordMaybe(key: string, provider: string): Promise<void> {
    await this.#settle(key, (existing) =>
      existing?.state === 'completed'
        ? undefined
        : {
            idempotencyKey: existing?.idempotencyKey ?? globalThis.crypto.randomUUID(),
            provider,
            state: 'in_flight',
            updatedAt: this.clock(),
          },
    );
  }

  async #settle<T>(
    key: string,
    next: (existing: IdempotencyRecord<T> | undefined) => IdempotencyRecord<T> | undefined,
  ): Promise<void> {
    const storeKey = IDEMPOTENCY_PREFIX + key;
    for (;;) {
      const entry = await this.store.get<IdempotencyRecord<T>>(storeKey);
      const value = next(entry?.value);
      if (!value) return;
      const version = entry
        ? await this.store.compareAndSet(storeKey, entry.version, value, this.#ttl)
        : await this.store.setIfAbsent(storeKey, value, this.#ttl);
      if (version) return;
    }
  }

  /** @internal */
  write<T>(
    storeKey: string,
    expected: string,
    record: IdempotencyRecord<T>,
  ): Promise<string | undefined> {
    return this.store.compareAndSet(storeKey, expected, record, this.#ttl);
  }

  /** @internal */
  read<T>(storeKey: string) {
    return this.store.get<IdempotencyRecord<T>>(storeKey);
  }

  /** @internal */
  now(): number {
    return this.clock();
  }
}

/** This instance's hold on one idempotency record; every write is a compare-and-set. */
export class LedgerClaim<T> {
  /** Made by {@link IdempotencyLedger.acquire}; not meant to be constructed directly. */
  constructor(
    private readonly ledger: IdempotencyLedger,
    private readonly storeKey: string,
    private current: IdempotencyRecord<T>,
    private version: string,
    /**
     * The record was in flight at a provider under an earlier call or a dead owner: the
     * operation may exist there, so the first step is a query by reference.
     */
    readonly mayExist: boolean,
  ) {}

  /** The record as this claim last wrote or read it. */
  get record(): IdempotencyRecord<T> {
    return this.current;
  }

  /** Writes `change` and renews the lease; `LeaseLostError` when another instance took over. */
  async update(
    change: Partial<Omit<IdempotencyRecord<T>, 'idempotencyKey' | 'updatedAt' | 'owner'>>,
  ): Promise<IdempotencyRecord<T>> {
    const now = this.ledger.now();
    const next: IdempotencyRecord<T> = {
      ...this.current,
      ...change,
      owner: this.ledger.owner,
      leaseUntil: now + this.ledger.leaseMs,
      updatedAt: now,
    };
    const version = await this.ledger.write(this.storeKey, this.version, next);
    if (!version) throw new LeaseLostError(this.storeKey);
    this.current = next;
    this.version = version;
    return next;
  }

  /**
   * Records the created object. The object exists at the provider, so this wins even after
   * the lease was lost — unless another instance already recorded it, whose record is kept.
   */
  async complete(outcome: T, provider: string): Promise<IdempotencyRecord<T>> {
    for (;;) {
      try {
        return await this.update({ state: 'completed', outcome, provider });
      } catch (error) {
        if (!(error instanceof LeaseLostError)) throw error;
        const entry = await this.ledger.read<T>(this.storeKey);
        if (!entry) throw error;
        if (entry.value.state === 'completed') return entry.value;
        this.current = entry.value;
        this.version = entry.version;
      }
    }
  }

  /** Lets another instance take the record over at once (the call ended, unresolved). */
  async release(): Promise<void> {
    if (this.current.state !== 'in_flight' || this.current.owner !== this.ledger.owner) return;
    const { owner: _owner, leaseUntil: _lease, ...rest } = this.current;
    const next: IdempotencyRecord<T> = { ...rest, updatedAt: this.ledger.now() };
    const version = await this.ledger.write(this.storeKey, this.version, next);
    if (version) {
      this.current = next;
      this.version = version;
    }
  }
}
