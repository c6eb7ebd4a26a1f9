import { randomUUID } from 'node:crypto';
import {
  decodeStoreValue,
  encodeStoreValue,
  expiryOf,
  listLimitOf,
  type Store,
  type StoreEntry,
  type StoreListOptions,
  type StoreWriteOptions,
} from '@paymux/core';
import pg from 'pg';
import { migrate } from './migrations.js';

/**
 * Options of {@link PostgresStore.connect}: either `connectionString` (the store makes and
 * ends its own `pg.Pool`) or `pool` (yours, left open by `close()`).
 */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`. Or pass `pool`. */
  readonly connectionString?: string;
  /** A pool you own (not ended by `close()`). */
  readonly pool?: pg.Pool;
  /** Pool size when the store makes the pool. Default 10. */
  readonly max?: number;
  /** Schema holding the table (created when missing). Default `public`. */
  readonly schema?: string;
  /** Milliseconds since the epoch, used for expiry. Default `Date.now`. */
  readonly clock?: () => number;
  /** How often expired rows are deleted (also once at connect). Default 1 hour; 0: never. */
  readonly purgeIntervalMs?: number;
}

interface Row {
  readonly key: string;
  readonly value: string;
  readonly version: string;
  readonly expires_at: string | null;
}

/**
 * A `Store` on PostgreSQL, shared by every instance of a deployment. Each conditional
 * write is one statement whose row lock settles races between instances: `setIfAbsent` is
 * `INSERT … ON CONFLICT DO UPDATE … WHERE expired`, `compareAndSet` is
 * `UPDATE … WHERE version = $expected` (a racing update waits for the row lock, then
 * re-checks the version under READ COMMITTED). Migrations run at `connect` under an
 * advisory lock. Values are text JSON with `bigint` / `Date` tagged (`encodeStoreValue`).
 *
 * Guarantees: every write is one auto-committed statement, durable as PostgreSQL's commit
 * is (`synchronous_commit` of the server); of several instances racing a `setIfAbsent` or
 * `compareAndSet` on one key exactly one wins. Expiry uses the instance's clock: keep the
 * instances NTP-synced. The table is `<schema>.paymux_store`; {@link MIGRATIONS} lists its
 * history.
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { PostgresStore } from '@paymux/store-postgres';
 *
 * const store = await PostgresStore.connect({
 *   connectionString: process.env.DATABASE_URL, // postgres://user:password@host:5432/shop
 *   max: 10, // pool size
 *   schema: 'paymux', // created when missing
 * });
 * const paymux = createPaymux({ providers, store }); // providers: e.g. [otgpay({ country: indonesia(), … })]
 *
 * process.once('SIGTERM', () => void store.close()); // ends the pool it made
 * ```
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;
  readonly #ownsPool: boolean;
  readonly #table: string;
  readonly #clock: () => number;
  readonly #purge: ReturnType<typeof setInterval> | undefined;
  #closed = false;

  private constructor(
    pool: pg.Pool,
    ownsPool: boolean,
    schema: string,
    options: PostgresStoreOptions,
  ) {
    this.#pool = pool;
    this.#ownsPool = ownsPool;
    this.#table = `"${schema}".paymux_store`;
    this.#clock = options.clock ?? Date.now;
    const every = options.purgeIntervalMs ?? 60 * 60 * 1000;
    if (every > 0) {
      this.#purge = setInterval(() => {
        this.purgeExpired().catch(() => {});
      }, every);
      this.#purge.unref?.();
    }
  }

  /**
   * Connects, applies the missing {@link MIGRATIONS} (see {@link migrate}), and purges expired
   * rows once. Rejects — ending a pool it made — when the database cannot be reached or the
   * migration fails.
   *
   * @throws RangeError when `schema` is not a lower-case SQL identifier
   * @throws TypeError when neither `connectionString` nor `pool` is given
   */
  static async connect(options: PostgresStoreOptions): Promise<PostgresStore> {
    const schema = options.schema ?? 'public';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new RangeError('schema must match /^[a-z_][a-z0-9_]{0,62}$/');
    }
    if (!options.pool && !options.connectionString) {
      throw new TypeError('PostgresStore needs connectionString or pool');
    }
    const pool =
      options.pool ??
      new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 });
    const ownsPool = !options.pool;
    try {
      const client = await pool.connect();
      try {
        await migrate(client, schema);
      } finally {
        client.release();
      }
      const store = new PostgresStore(pool, ownsPool, schema, options);
      await store.purgeExpired();
      return store;
    } catch (error) {
      if (ownsPool) await pool.end().catch(() => {});
      throw error;
    }
  }

  async #query(sql: string, params: unknown[]): Promise<pg.QueryResult<Row>> {
    return this.#pool.query<Row>(sql, params);
  }

  /**
   * The live entry under `key` (value, version and expiry), or `undefined` when it is absent
   * or expired. One `SELECT`: sees every write committed by any instance.
   *
   * @typeParam T - the value type the caller stored under `key`
   */
  async get<T>(key: string): Promise<StoreEntry<T> | undefined> {
    const { rows } = await this.#query(
      `SELECT key, value, version, expires_at FROM ${this.#table} WHERE key = $1 AND ${LIVE(2)}`,
      [key, this.#clock()],
    );
    return rows[0] ? entryOf<T>(rows[0]) : undefined;
  }

  async set<T>(key: string, value: T, options?: StoreWriteOptions): Promise<string> {
    const version = randomUUID();
    await this.#query(
      `INSERT INTO ${this.#table} (key, value, version, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = EXCLUDED.version,
       expires_at = EXCLUDED.expires_at`,
      [key, encodeStoreValue(value), version, expiryOf(options, this.#clock()) ?? null],
    );
    return version;
  }

  async setIfAbsent<T>(
    key: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    const now = this.#clock();
    const version = randomUUID();
    const { rowCount } = await this.#query(
      `INSERT INTO ${this.#table} AS t (key, value, version, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, version = EXCLUDED.version,
       expires_at = EXCLUDED.expires_at
       WHERE t.expires_at IS NOT NULL AND t.expires_at <= $5`,
      [key, encodeStoreValue(value), version, expiryOf(options, now) ?? null, now],
    );
    return rowCount === 1 ? version : undefined;
  }

  async compareAndSet<T>(
    key: string,
    expected: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    const now = this.#clock();
    const version = randomUUID();
    const { rowCount } = await this.#query(
      `UPDATE ${this.#table} SET value = $1, version = $2, expires_at = $3
       WHERE key = $4 AND version = $5 AND ${LIVE(6)}`,
      [encodeStoreValue(value), version, expiryOf(options, now) ?? null, key, expected, now],
    );
    return rowCount === 1 ? version : undefined;
  }

  async delete(key: string, expected?: string): Promise<boolean> {
    const now = this.#clock();
    const { rowCount } =
      expected === undefined
        ? await this.#query(`DELETE FROM ${this.#table} WHERE key = $1 AND ${LIVE(2)}`, [key, now])
        : await this.#query(
            `DELETE FROM ${this.#table} WHERE key = $1 AND version = $3 AND ${LIVE(2)}`,
            [key, now, expected],
          );
    return rowCount === 1;
  }

  async list<T>(prefix: string, options?: StoreListOptions): Promise<StoreEntry<T>[]> {
    const limit = listLimitOf(options);
    const after = options?.after;
    const { rows } =
      after !== undefined && after >= prefix
        ? await this.#query(
            `SELECT key, value, version, expires_at FROM ${this.#table}
             WHERE key > $1 AND ${LIVE(2)} ORDER BY key LIMIT $3`,
            [after, this.#clock(), limit],
          )
        : await this.#query(
            `SELECT key, value, version, expires_at FROM ${this.#table}
             WHERE key >= $1 AND ${LIVE(2)} ORDER BY key LIMIT $3`,
            [prefix, this.#clock(), limit],
          );
    const page: StoreEntry<T>[] = [];
    for (const row of rows) {
      // Keys with the prefix form one contiguous range in byte order.
      if (!row.key.startsWith(prefix)) break;
      page.push(entryOf<T>(row));
    }
    return page;
  }

  /** Deletes expired rows now; the number deleted. */
  async purgeExpired(): Promise<number> {
    if (this.#closed) return 0;
    const { rowCount } = await this.#query(
      `DELETE FROM ${this.#table} WHERE expires_at IS NOT NULL AND expires_at <= $1`,
      [this.#clock()],
    );
    return rowCount ?? 0;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#purge) clearInterval(this.#purge);
    if (this.#ownsPool) await this.#pool.end();
  }
}

const LIVE = (n: number) => `(expires_at IS NULL OR expires_at > $${n})`;

function entryOf<T>(row: Row): StoreEntry<T> {
  return {
    key: row.key,
    value: decodeStoreValue<T>(row.value),
    version: row.version,
    ...(row.expires_at === null ? {} : { expiresAt: Number(row.expires_at) }),
  };
}
