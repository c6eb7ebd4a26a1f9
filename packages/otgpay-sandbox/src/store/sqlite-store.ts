import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { decode, encode } from './codec.js';
import type { Store } from './store.js';

/**
 * Store backed by sql.js (SQLite compiled to WASM). The whole database is written
 * to `file` after each flush: write to a temp file, then rename over the old one,
 * so a crash never leaves a torn file.
 */
export class SqliteStore implements Store {
  readonly #db: Database;
  readonly #file: string;
  #dirty = false;

  private constructor(db: Database, file: string) {
    this.#db = db;
    this.#file = file;
  }

  static async open(file: string): Promise<SqliteStore> {
    const SQL = await initSqlJs();
    const db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
    db.run(
      'CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key))',
    );
    const store = new SqliteStore(db, file);
    store.#dirty = true;
    store.flush();
    return store;
  }

  get<T>(kind: string, key: string): T | undefined {
    const stmt = this.#db.prepare('SELECT value FROM records WHERE kind = ? AND key = ?');
    try {
      stmt.bind([kind, key]);
      if (!stmt.step()) return undefined;
      return decode<T>(String(stmt.get()[0]));
    } finally {
      stmt.free();
    }
  }

  put<T>(kind: string, key: string, value: T): void {
    this.#db.run('INSERT OR REPLACE INTO records (kind, key, value) VALUES (?, ?, ?)', [
      kind,
      key,
      encode(value),
    ]);
    this.#dirty = true;
  }

  list<T>(kind: string, prefix = ''): T[] {
    const stmt = this.#db.prepare(
      'SELECT key, value FROM records WHERE kind = ? AND substr(key, 1, ?) = ? ORDER BY key',
    );
    const out: T[] = [];
    try {
      stmt.bind([kind, prefix.length, prefix]);
      while (stmt.step()) out.push(decode<T>(String(stmt.get()[1])));
    } finally {
      stmt.free();
    }
    return out;
  }

  clear(): void {
    this.#db.run('DELETE FROM records');
    this.#dirty = true;
  }

  flush(): void {
    if (!this.#dirty) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    const tmp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(tmp, this.#db.export());
    renameSync(tmp, this.#file);
    this.#dirty = false;
  }

  close(): void {
    this.flush();
    this.#db.close();
  }
}
