import type { Store } from './store.js';

interface Entry {
  readonly value: unknown;
  readonly expiresAt: number | undefined;
}

export interface MemoryStoreOptions {
  /** Milliseconds since the epoch; inject to test expiry. Default `Date.now`. */
  readonly clock?: () => number;
}

/**
 * A `Store` in process memory: values are kept as objects (a `bigint` stays a `bigint`),
 * expired entries are dropped when read. Fine for one process and for tests; use a
 * durable store when several processes or restarts must share idempotency records.
 */
export class MemoryStore implements Store {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.#clock = options.clock ?? Date.now;
  }

  #live(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= this.#clock()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }

  #put(key: string, value: unknown, ttlMs?: number): void {
    if (ttlMs !== undefined && !(ttlMs > 0)) throw new RangeError('ttlMs must be > 0');
    const expiresAt = ttlMs === undefined ? undefined : this.#clock() + ttlMs;
    this.#entries.set(key, { value, expiresAt });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.#live(key)?.value as T | undefined;
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.#put(key, value, ttlMs);
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    if (this.#live(key)) return false;
    this.#put(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.#entries.delete(key);
  }

  /** Number of live entries (expired ones are not counted). */
  get size(): number {
    let count = 0;
    for (const key of [...this.#entries.keys()]) if (this.#live(key)) count += 1;
    return count;
  }
}
