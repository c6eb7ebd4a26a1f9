import { MemoryStore } from './memory-store.js';
import { SqliteStore } from './sqlite-store.js';
import type { Store, StoreOptions } from './store.js';

export type { Store, StoreOptions } from './store.js';

export async function openStore(options: StoreOptions = { kind: 'memory' }): Promise<Store> {
  return options.kind === 'sqlite' ? SqliteStore.open(options.file) : new MemoryStore();
}
