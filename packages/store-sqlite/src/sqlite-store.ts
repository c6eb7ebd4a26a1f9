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
import {
  openDatabase,
  type SqliteDatabase,
  type SqliteDriverName,
  type SqliteStatement,
} from './driver.js';
import { SCHEMA } from './schema.js';

/**
 * Options of {@link SqliteStore.open}. Only `file` is required; the defaults are the durable
 * choice (`synchronous: 'full'`, WAL, a 5 s busy timeout).
 */
export interface SqliteStoreOptions {
  /** Database file (created when missing). `:memory:` for a throw-away store. */
  readonly file: string;
  /** Milliseconds since the epoch, used for expiry. Default `Date.now`. */
  readonly clock?: () => number;
  /** SQLite binding. Default `auto` (better-sqlite3, else node:sqlite); see `SqliteDriverName`. */
  readonly driver?: SqliteDriverName;
  /** How long a write waits for another process's write lock. Default 5000 ms. */
  readonly busyTimeoutMs?: number;
  /**
   * `full` (default): a commit survives a power loss. `normal`: survives a process crash
   * (SIGKILL) but the last commits may be lost on power loss; about twice as fast.
   */
  readonly synchronous?: 'full' | 'normal';
  /** How often expired rows are deleted (also once at open). Default 1 hour; 0: never. */
  readonly purgeIntervalMs?: number;
}

interface Row {
  readonly key: string;
  readonly value: string;
  readonly version: string;
  readonly expires_at: number | null;
}

/**
 * A `Store` in one SQLite file in WAL mode: it survives restarts and is shared by the
 * processes of one machine that open the same file (writes are serialized by SQLite's
 * lock; every conditional write is one atomic statement). Values are JSON with `bigint`
 * and `Date` tagged (`encodeStoreValue`), so nothing passes through a float.
 *
 * Guarantees: with the default `synchronous: 'full'` a write is on disk before its promise
 * resolves, so a process killed right after it (SIGKILL, power loss) keeps it; of two
 * processes racing a `setIfAbsent` or `compareAndSet` on one key exactly one wins. Expired
 * entries are invisible at once and deleted at open and every `purgeIntervalMs`. One machine
 * only: for several hosts use `PostgresStore` from `@paymux/store-postgres` (SQLite's lock
 * does not work over network file systems).
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { SqliteStore } from '@paymux/store-sqlite';
 *
 * const store = await SqliteStore.open({ file: './paymux.db' }); // created when missing
 * const paymux = createPaymux({ providers, store }); // providers: e.g. [otgpay({ country: indonesia(), … })]
 *
 * process.once('SIGTERM', () => void store.close());
 * ```
 */
export class SqliteStore implements Store {
  readonly #db: SqliteDatabase;
  readonly #clock: () => number;
  readonly #sql: Record<keyof typeof STATEMENTS, SqliteStatement>;
  readonly #purge: ReturnType<typeof setInterval> | undefined;
  /** The binding in use. */
  readonly driver: 'better-sqlite3' | 'node:sqlite';
  #closed = false;

  private constructor(
    db: SqliteDatabase,
    driver: 'better-sqlite3' | 'node:sqlite',
    options: SqliteStoreOptions,
  ) {
    this.#db = db;
    this.driver = driver;
    this.#clock = options.clock ?? Date.now;
    db.exec(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec(`PRAGMA synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.exec(SCHEMA);
    this.#sql = Object.fromEntries(
      Object.entries(STATEMENTS).map(([name, sql]) => [name, db.prepare(sql)]),
    ) as Record<keyof typeof STATEMENTS, SqliteStatement>;
    this.purgeExpired();
    const every = options.purgeIntervalMs ?? 60 * 60 * 1000;
    if (every > 0) {
      this.#purge = setInterval(() => this.purgeExpired(), every);
      this.#purge.unref?.();
    }
  }

  /**
   * Opens (creating when needed) the store in `options.file`: loads the SQLite binding,
   * switches the file to WAL, creates the table if absent and purges expired rows once.
   * Rejects when the binding cannot load or the file cannot be opened (e.g. its directory
   * does not exist).
   */
  static async open(options: SqliteStoreOptions): Promise<SqliteStore> {
    const { db, driver } = await openDatabase(options.file, options.driver ?? 'auto');
    try {
      return new SqliteStore(db, driver, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * The live entry under `key` (value, version and expiry), or `undefined` when it is absent
   * or expired. Reads see every write committed by any process on the file.
   *
   * @typeParam T - the value type the caller stored under `key`
   */
  async get<T>(key: string): Promise<StoreEntry<T> | undefined> {
    const row = this.#sql.get.get(key, this.#clock()) as Row | undefined;
    return row ? entryOf<T>(row) : undefined;
  }

  async set<T>(key: string, value: T, options?: StoreWriteOptions): Promise<string> {
    const expiresAt = expiryOf(options, this.#clock()) ?? null;
    const version = randomUUID();
    this.#sql.set.run(key, encodeStoreValue(value), version, expiresAt);
    return version;
  }

  async setIfAbsent<T>(
    key: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    const now = this.#clock();
    const expiresAt = expiryOf(options, now) ?? null;
    const version = randomUUID();
    const { changes } = this.#sql.setIfAbsent.run(
      key,
      encodeStoreValue(value),
      version,
      expiresAt,
      now,
    );
    return Number(changes) === 1 ? version : undefined;
  }

  async compareAndSet<T>(
    key: string,
    expected: string,
    value: T,
    options?: StoreWriteOptions,
  ): Promise<string | undefined> {
    const now = this.#clock();
    const expiresAt = expiryOf(options, now) ?? null;
    const version = randomUUID();
    const { changes } = this.#sql.compareAndSet.run(
      encodeStoreValue(value),
      version,
      expiresAt,
      key,
      expected,
      now,
    );
    return Number(changes) === 1 ? version : undefined;
  }

  async delete(key: string, expected?: string): Promise<boolean> {
    const now = this.#clock();
    const { changes } =
      expected === undefined
        ? this.#sql.delete.run(key, now)
        : this.#sql.deleteAt.run(key, expected, now);
    return Number(changes) === 1;
  }

  async list<T>(prefix: string, options?: StoreListOptions): Promise<StoreEntry<T>[]> {
    const limit = listLimitOf(options);
    const from = options?.after !== undefined && options.after > prefix ? options.after : prefix;
    const inclusive = from === prefix && options?.after !== prefix ? 1 : 0;
    const rows = this.#sql.list.all(from, inclusive, from, this.#clock(), limit) as Row[];
    const page: StoreEntry<T>[] = [];
    for (const row of rows) {
      // Keys with the prefix form one contiguous range in byte order.
      if (!row.key.startsWith(prefix)) break;
      page.push(entryOf<T>(row));
    }
    return page;
  }

  /** Deletes expired rows now; the number deleted. */
  purgeExpired(): number {
    if (this.#closed) return 0;
    return Number(this.#sql.purge.run(this.#clock()).changes);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#purge) clearInterval(this.#purge);
    this.#db.close();
  }
}

const LIVE = '(expires_at IS NULL OR expires_at > ?)';

const STATEMENTS = {
  get: `SELECT key, value, version, expires_at FROM paymux_store WHERE key = ? AND ${LIVE}`,
  set: `INSERT INTO paymux_store (key, value, version, expires_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version,
        expires_at = excluded.expires_at`,
  setIfAbsent: `INSERT INTO paymux_store (key, value, version, expires_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, version = excluded.version,
        expires_at = excluded.expires_at
        WHERE paymux_store.expires_at IS NOT NULL AND paymux_store.expires_at <= ?`,
  compareAndSet: `UPDATE paymux_store SET value = ?, version = ?, expires_at = ?
        WHERE key = ? AND version = ? AND ${LIVE}`,
  delete: `DELETE FROM paymux_store WHERE key = ? AND ${LIVE}`,
  deleteAt: `DELETE FROM paymux_store WHERE key = ? AND version = ? AND ${LIVE}`,
  list: `SELECT key, value, version, expires_at FROM paymux_store
        WHERE (key > ? OR (? = 1 AND key = ?)) AND ${LIVE} ORDER BY key LIMIT ?`,
  purge: 'DELETE FROM paymux_store WHERE expires_at IS NOT NULL AND expires_at <= ?',
} as const;

function entryOf<T>(row: Row): StoreEntry<T> {
  return {
    key: row.key,
    value: decodeStoreValue<T>(row.value),
    version: row.version,
    ...(row.expires_at === null ? {} : { expiresAt: Number(row.expires_at) }),
  };
}
