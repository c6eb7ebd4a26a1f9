import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { decode, encode } from './codec.js';
import { openSqlite, type SqliteDatabase, type SqliteStatement } from './sqlite-driver.js';
import type { Store } from './store.js';

/**
 * Store in a SQLite file (WAL mode) on better-sqlite3, the driver `@paymux/store-sqlite`
 * uses. Writes go to the file as they happen, no whole-database rewrite: the writes of one
 * state change run in one transaction that `flush` commits, so a crash never leaves half a
 * change. `synchronous=NORMAL`: a commit survives the sandbox process being killed.
 */
export class SqliteStore implements Store {
  readonly #db: SqliteDatabase;
  readonly #sql: Record<'get' | 'put' | 'list' | 'clear' | 'clearKind', SqliteStatement>;
  #inTransaction = false;

  private constructor(db: SqliteDatabase) {
    this.#db = db;
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA busy_timeout = 5000');
    db.exec(
      'CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID',
    );
    this.#sql = {
      get: db.prepare('SELECT value FROM records WHERE kind = ? AND key = ?'),
      put: db.prepare('INSERT OR REPLACE INTO records (kind, key, value) VALUES (?, ?, ?)'),
      list: db.prepare(
        'SELECT value FROM records WHERE kind = ? AND substr(key, 1, ?) = ? ORDER BY key',
      ),
      clear: db.prepare('DELETE FROM records'),
      clearKind: db.prepare('DELETE FROM records WHERE kind = ?'),
    };
  }

  static async open(file: string): Promise<SqliteStore> {
    mkdirSync(path.dirname(file), { recursive: true });
    return new SqliteStore(await openSqlite(file));
  }

  #begin(): void {
    if (this.#inTransaction) return;
    this.#db.exec('BEGIN IMMEDIATE');
    this.#inTransaction = true;
  }

  get<T>(kind: string, key: string): T | undefined {
    const row = this.#sql.get.get(kind, key) as { value: string } | undefined;
    return row ? decode<T>(row.value) : undefined;
  }

  put<T>(kind: string, key: string, value: T): void {
    this.#begin();
    this.#sql.put.run(kind, key, encode(value));
  }

  list<T>(kind: string, prefix = ''): T[] {
    const rows = this.#sql.list.all(kind, prefix.length, prefix) as Array<{ value: string }>;
    return rows.map((row) => decode<T>(row.value));
  }

  clear(): void {
    this.#begin();
    this.#sql.clear.run();
  }

  clearKind(kind: string): void {
    this.#begin();
    this.#sql.clearKind.run(kind);
  }

  flush(): void {
    if (!this.#inTransaction) return;
    this.#db.exec('COMMIT');
    this.#inTransaction = false;
  }

  close(): void {
    this.flush();
    this.#db.close();
  }
}
