import { compareKeys } from './key-order.js';
import {
  expiryOf,
  listLimitOf,
  type Store,
  type StoreEntry,
  type StoreListOptions,
  type StoreWriteOptions,
} from './store.js';

interface Entry {
  readonly value: unknown;
  readonly version: string;
  readonly expiresAt: number | undefined;
}

/** Options of {@link MemoryStore}. */
export interface MemoryStoreOptions {
  /** Milliseconds since the epoch; inject to test expiry. Default `Date.now`. */
  readonly clock?: () => number;
}

/**
 * A `Store` in process memory: values are kept as objects (a `bigint` stays a `bigint`),
 * expired entries are dropped when read. Fine for one process and for tests; use a
 * durable store (`@paymux/store-sqlite`, `@paymux/store-postgres`) when restarts or
 * several processes must share idempotency records and webhook claims.
 */
export class MemoryStore implements Store {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: () => number;
  #sequence = 0;

  /** An empty store; `options.clock` decides expiry (default `Date.now`). */
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

  #put(key: string, value: unknown, options: StoreWriteOptions | undefined): string {
    const expiresAt = expiryOf(options, this.#clock());
    this.#sequence += 1;
    const version = String(this.#sequence);
    this.#entries.set(key, { value, version, expiresAt });
    return version;
  }

  #view<T>(key: string, entry: Entry): StoreEntry<T> {
    return {
      key,
      value: entry.value as T,
      version: entry.version,
      ...(entry.expiresAt === undefined ? {} : { expiresAt: entry.expiresAt }),
    };
  }

  async get<T>(key: string): Promise<StoreEntry<T> | undefined> {
    const entry = this.#live(key);
    return entry ? this.#view<T>(key, entry) : undefined;
  }

  async set<T>(key: string, value: T, options?: StoreWriteOptions): Promise<string> {
    return this.#put(key, value, options);
  }

  async setIfAbsent<T>(
    key: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    expiryOf(options, 0);
    if (this.#live(key)) return undefined;
    return this.#put(key, value, options);
  }

  async compareAndSet<T>(
    key: string,
    expected: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    expiryOf(options, 0);
    if (this.#live(key)?.version !== expected) return undefined;
    return this.#put(key, value, options);
  }

  async delete(key: string, expected?: string): Promise<boolean> {
    const entry = this.#live(key);
    if (!entry || (expected !== undefined && entry.version !== expected)) return false;
    return this.#entries.delete(key);
  }

  async list<T>(prefix: string, options?: StoreListOptions): Promise<StoreEntry<T>[]> {
    const limit = listLimitOf(options);
    const after = options?.after;
    const keys = [...this.#entries.keys()]
      .filter(
        (key) => key.startsWith(prefix) && (after === undefined || compareKeys(key, after) > 0),
      )
      .sort(compareKeys);
    const page: StoreEntry<T>[] = [];
    for (const key of keys) {
      const entry = this.#live(key);
      if (!entry) continue;
      page.push(this.#view<T>(key, entry));
      if (page.length === limit) break;
    }
    return page;
  }

  /** Number of live entries (expired ones are not counted). */
  get size(): number {
    let count = 0;
    for (const key of [...this.#entries.keys()]) if (this.#live(key)) count += 1;
    return count;
  }
}
