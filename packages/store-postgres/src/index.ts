export { MIGRATIONS, type Migration, migrate } from './migrations.js';
export { PostgresStore, type PostgresStoreOptions } from './postgres-store.js';
