/**
 * Where the core keeps idempotency records, the reference → provider index and webhook
 * dedupe marks. Async so that Redis, SQL or KV stores fit.
 *
 * Values are structured objects that contain `bigint` amounts and `Date`s. `MemoryStore`
 * keeps the objects themselves; a durable store MUST serialize them losslessly
 * (e.g. `bigint` as `{ "$bigint": "150000" }`, never through `Number`).
 */
export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  /** Sets `value`, replacing any; expires after `ttlMs` when given. */
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  /** Sets `value` only when `key` is absent (or expired); true when it did. Atomic. */
  setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<void>;
}
