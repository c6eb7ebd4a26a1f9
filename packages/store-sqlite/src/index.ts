export type { SqliteDriverName } from './driver.js';
export { SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
