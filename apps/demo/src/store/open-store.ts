import { MemoryStore, type Store } from '@paymux/core';
import { PostgresStore } from '@paymux/store-postgres';
import { SqliteStore } from '@paymux/store-sqlite';

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
  readonly kind: 'postgres' | 'sqlite' | 'memory' | 'given';
  /** Where the data lives, for the start-up banner (no credentials). */
  readonly location: string;
  close(): Promise<void>;
}

/**
 * The one place the demo picks its durable store: `DATABASE_URL` → PostgreSQL, else an
 * SQLite file. Both paymux's idempotency records and webhook claims and the demo's own
 * orders, payouts and batches live in it.
 */
export async function openStore(choice: StoreChoice): Promise<OpenedStore> {
  if (choice.store) {
    return {
      store: choice.store,
      kind: 'given',
      location: 'a store given by the caller',
      close: async () => {},
    };
  }
  if (choice.databaseUrl) {
    const store = await PostgresStore.connect({ connectionString: choice.databaseUrl });
    return {
      store,
      kind: 'postgres',
      location: `PostgreSQL ${withoutPassword(choice.databaseUrl)}`,
      close: () => store.close(),
    };
  }
  if (choice.sqliteFile && !choice.memory) {
    // `normal`: a commit survives a crash of the process (not a power loss), at half the cost.
    const store = await SqliteStore.open({ file: choice.sqliteFile, synchronous: 'normal' });
    return {
      store,
      kind: 'sqlite',
      location: `SQLite ${choice.sqliteFile}`,
      close: () => store.close(),
    };
  }
  return {
    store: new MemoryStore(),
    kind: 'memory',
    location: 'memory (lost on exit)',
    close: async () => {},
  };
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db`: never print a password. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'PostgreSQL (unparseable URL)';
  }
}
