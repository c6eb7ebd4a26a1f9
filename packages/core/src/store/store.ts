/** A value in a `Store` with the version that guards conditional writes. */
export interface StoreEntry<T = unknown> {
  /** The entry's key, e.g. `idem:charge:order-1`. */
  readonly key: string;
  /** The value as written (`bigint`s and `Date`s intact). */
  readonly value: T;
  /**
   * Opaque token that changes on every successful write of the key (also when the key is
   * re-created after expiry or deletion) and is never reused for that key.
   */
  readonly version: string;
  /** Milliseconds since the epoch after which the entry is gone; absent: kept until deleted. */
  readonly expiresAt?: number;
}

/** Options of `Store.set`, `setIfAbsent` and `compareAndSet`. */
export interface StoreWriteOptions {
  /** The entry expires this many milliseconds after the write (> 0). Absent: no expiry. */
  readonly ttlMs?: number;
}

/** Paging of `Store.list`. */
export interface StoreListOptions {
  /** Only keys strictly greater than this one (the last key of the previous page). */
  readonly after?: string;
  /** At most this many entries (default and maximum: 1000). */
  readonly limit?: number;
}

/**
 * Where the core keeps what must survive a restart and be shared between instances:
 * idempotency records (`idem:`), the reference → provider index (`ref:`), webhook claims
 * (`webhook:`) and the per-order final-state guard (`webhook-final:`).
 *
 * Six operations, chosen to be implementable on SQLite, PostgreSQL, Redis (a hash per key
 * plus a sorted set of keys for `list`, Lua for the conditional writes) and DynamoDB
 * (conditional expressions on a version attribute, a GSI or a scan for `list`):
 * - `get` reads a live entry with its `version`;
 * - `set` writes unconditionally; `setIfAbsent` creates only when the key is absent or
 *   expired; `compareAndSet` replaces only when the version is still `expected`; each is
 *   atomic and returns the new version, or `undefined` when the condition failed;
 * - `delete` removes the key (only at version `expected` when given);
 * - `list` enumerates live entries whose key starts with `prefix`, in ascending key order
 *   (byte order of the UTF-8 key), a page at a time: pass the last key of a page as `after`
 *   to get the next one. Reconciliation uses it to list what the store knows, e.g. every
 *   `idem:charge:` record still `in_flight`.
 *
 * An expired entry behaves exactly as an absent one for every operation (implementations
 * may purge it lazily). Values are structured objects that contain `bigint` amounts and
 * `Date`s: `MemoryStore` keeps the objects themselves; a durable store MUST serialize them
 * losslessly — `encodeStoreValue` / `decodeStoreValue` do it (a `bigint` becomes
 * `{ "$bigint": "150000" }`, never a `Number`). `describeStoreContract` from
 * `@paymux/core/testing` is the test suite every implementation must pass.
 */
export interface Store {
  /** The live entry of `key` with its version, or `undefined` when absent or expired. */
  get<T>(key: string): Promise<StoreEntry<T> | undefined>;
  /** Writes `value`, replacing any entry. Returns the new version. */
  set<T>(key: string, value: T, options?: StoreWriteOptions): Promise<string>;
  /** Writes `value` only when `key` is absent (or expired). The new version, or `undefined`. */
  setIfAbsent<T>(key: string, value: T, options?: StoreWriteOptions): Promise<string | undefined>;
  /**
   * Replaces the entry only when its live version is `expected`. The new version, or
   * `undefined` when the entry changed, expired or was deleted meanwhile.
   */
  compareAndSet<T>(
    key: string,
    expected: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined>;
  /** Removes `key` (only when its version is `expected`, if given). True when it removed one. */
  delete(key: string, expected?: string): Promise<boolean>;
  /** Live entries whose key starts with `prefix`, in ascending key order, one page. */
  list<T>(prefix: string, options?: StoreListOptions): Promise<StoreEntry<T>[]>;
  /** Releases connections or file handles (optional). */
  close?(): Promise<void>;
}

/** The default and largest page size of `Store.list`. */
export const STORE_LIST_LIMIT = 1000;

/** Checks a `ttlMs` write option; throws `RangeError` unless absent or a finite number > 0. */
export function expiryOf(options: StoreWriteOptions | undefined, now: number): number | undefined {
  const ttlMs = options?.ttlMs;
  if (ttlMs === undefined) return undefined;
  if (typeof ttlMs !== 'number' || !Number.isFinite(ttlMs) || !(ttlMs > 0)) {
    throw new RangeError('ttlMs must be a finite number > 0');
  }
  return now + ttlMs;
}

/** Checks a `list` page size; throws `RangeError` unless an integer in 1..1000. */
export function listLimitOf(options: StoreListOptions | undefined): number {
  const limit = options?.limit ?? STORE_LIST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > STORE_LIST_LIMIT) {
    throw new RangeError(`limit must be an integer in 1..${STORE_LIST_LIMIT}`);
  }
  return limit;
}
