import type { PoolClient } from 'pg';

/** One schema change; `version` increases by one, applied once, in order, in a transaction. */
export interface Migration {
  /** 1, 2, 3 …: recorded in `<schema>.paymux_store_migrations` once applied. */
  readonly version: number;
  /** What the migration does, for the migrations table and logs. */
  readonly name: string;
  /** The SQL, given the quoted, schema-qualified store table name (`"public".paymux_store`). */
  readonly sql: (table: string) => string;
}

/** The store's schema history. Append only: never edit a released migration. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'store table',
    // COLLATE "C": keys compare as bytes, the order `Store.list` promises.
    sql: (table) => `
      CREATE TABLE ${table} (
        key text COLLATE "C" PRIMARY KEY,
        value text NOT NULL,
        version text NOT NULL,
        expires_at bigint
      );
      CREATE INDEX ON ${table} (expires_at) WHERE expires_at IS NOT NULL;`,
  },
];

/**
 * Applies the missing migrations of `schema` in one transaction under a transaction-scoped
 * advisory lock, so two instances starting at once apply each migration exactly once (the
 * second waits, then finds them applied). Returns the versions this call applied.
 */
export async function migrate(client: PoolClient, schema: string): Promise<number[]> {
  const quoted = `"${schema}"`;
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`paymux_store:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${quoted}.paymux_store_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await client.query<{ version: number }>(
      `SELECT version FROM ${quoted}.paymux_store_migrations`,
    );
    const have = new Set(done.rows.map((row) => Number(row.version)));
    for (const migration of MIGRATIONS) {
      if (have.has(migration.version)) continue;
      await client.query(migration.sql(`${quoted}.paymux_store`));
      await client.query(
        `INSERT INTO ${quoted}.paymux_store_migrations (version, name) VALUES ($1, $2)`,
        [migration.version, migration.name],
      );
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
