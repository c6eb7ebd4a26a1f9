import type { Store } from '@paymux/core';

/**
 * Records of one kind in the shared `Store`, under `<prefix><id>`. Updates are
 * compare-and-set on the entry's version, retried on conflict, so several demo instances
 * sharing one database never overwrite each other's changes.
 */
export class RecordTable<T> {
  readonly #store: Store;
  readonly #prefix: string;

  constructor(store: Store, prefix: string) {
    this.#store = store;
    this.#prefix = prefix;
  }

  /** Creates the record; false when one with this id exists already. */
  async create(id: string, value: T): Promise<boolean> {
    return (await this.#store.setIfAbsent(this.#prefix + id, value)) !== undefined;
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.#store.get<T>(this.#prefix + id))?.value;
  }

  /** Read-modify-write; `change` returns undefined to leave the record as it is. */
  async update(id: string, change: (value: T) => T | undefined): Promise<T | undefined> {
    for (;;) {
      const entry = await this.#store.get<T>(this.#prefix + id);
      if (!entry) return undefined;
      const next = change(entry.value);
      if (next === undefined) return entry.value;
      if (await this.#store.compareAndSet(this.#prefix + id, entry.version, next)) return next;
    }
  }

  /** Every record, page by page. */
  async all(): Promise<T[]> {
    const out: T[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.#store.list<T>(this.#prefix, after === undefined ? {} : { after });
      for (const entry of page) out.push(entry.value);
      const last = page.at(-1);
      if (!last || page.length < 1000) return out;
      after = last.key;
    }
  }
}
