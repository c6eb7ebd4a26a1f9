import { MemoryStore, type Store } from '@paymux/core';

export interface StoreChoice {
  /** PostgreSQL connection string: several demo instances can share it. */
  readonly databaseUrl?: string;
  /** Embedded SQLite file (the default durable store). */
  readonly sqliteFile?: string;
  /** `memory`: nothing survives a restart (tests of pages only). */
  readonly memory?: boolean;
  /** An already open store (tests: two instances sharing one). */
  readonly store?: Store;
}

export interface OpenedStore {
  readonly store: Store;
  readonly kind: 'postgres' | 'sqlite' | 'memory';
  /** Where the data lives, for the start-up banner (no credentials). */
  readonly location: string;
  close(): Promise<void>;
}

/**
 * The one place the demo picks its durable store: `DATABASE_URL` → PostgreSQL, else an
 * SQLite file. Both paymux's idempotency/webhook records and the demo's own orders live in it.
 */
export async function openStore(choice: StoreChoice): Promise<OpenedStore> {
  if (choice.store) {
    return {
      store: choice.store,
      kind: 'memory',
      location: 'a store given by the caller',
      close: async () => {},
    };
  }
  if (choice.memory) {
    return { store: new MemoryStore(), kind: 'memory', location: 'memory', close: async () => {} };
  }
  // TODO(stores): @paymux/store-postgres and @paymux/store-sqlite are not in main yet; until
  // they are, the demo keeps its state in memory.
  return {
    store: new MemoryStore(),
    kind: 'memory',
    location: 'memory (durable stores not available yet)',
    close: async () => {},
  };
}
