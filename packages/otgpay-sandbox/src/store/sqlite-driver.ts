/** The synchronous subset of better-sqlite3 and node:sqlite the sandbox uses. */
export interface SqliteStatement {
  run(...params: Array<string | number | null>): unknown;
  get(...params: Array<string | number | null>): unknown;
  all(...params: Array<string | number | null>): unknown[];
}

export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

/**
 * Opens `file` with better-sqlite3 12 (the driver of `@paymux/store-sqlite`), or with
 * `node:sqlite` when the addon cannot load (built for another Node ABI).
 */
export async function openSqlite(file: string): Promise<SqliteDatabase> {
  try {
    const module = await import('better-sqlite3');
    const Database = (module.default ?? module) as unknown as new (file: string) => SqliteDatabase;
    return new Database(file);
  } catch (error) {
    try {
      const { DatabaseSync } = (await import(/* @vite-ignore */ NODE_SQLITE)) as {
        DatabaseSync: new (file: string) => SqliteDatabase;
      };
      return new DatabaseSync(file);
    } catch {
      throw error;
    }
  }
}

const NODE_SQLITE = 'node:sqlite';
