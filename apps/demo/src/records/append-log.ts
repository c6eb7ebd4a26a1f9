import type { Store } from '@paymux/core';

/**
 * An append-only list on top of any `Store`: entry N lives at `<name>#N` and is claimed
 * with `setIfAbsent`, so several processes sharing one database append without losing
 * or overwriting each other's entries. Entries never change, so they are cached.
 */
export class AppendLog<T> {
  readonly #store: Store;
  readonly #name: string;
  readonly #cache: T[] = [];

  constructor(store: Store, name: string) {
    this.#store = store;
    this.#name = name;
  }

  async append(value: T): Promise<number> {
    let index = this.#cache.length;
    while (!(await this.#store.setIfAbsent(this.#key(index), value))) index++;
    return index;
  }

  /** Every entry, oldest first (re-reads only what this process has not seen yet). */
  async list(): Promise<readonly T[]> {
    for (;;) {
      const next = await this.#store.get<T>(this.#key(this.#cache.length));
      if (next === undefined) return this.#cache;
      this.#cache.push(next);
    }
  }

  #key(index: number): string {
    return `${this.#name}#${index}`;
  }
}
