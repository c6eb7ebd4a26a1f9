/** The synchronous subset of better-sqlite3 and node:sqlite that the store uses. */
export interface SqliteStatement {
  run(...params: SqliteValue[]): { changes: number | bigint };
  get(...params: SqliteValue[]): unknown;
  all(...params: SqliteValue[]): unknown[];
}

export interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

export type SqliteValue = string | number | null;

/**
 * Which SQLite binding to use: `better-sqlite3` (a maintained native addon, Node 20–24) or
 * `node:sqlite` (built into Node ≥ 22.13, no native build). `auto` (the default) takes
 * better-sqlite3 and falls back to node:sqlite when the addon cannot load (not built, or
 * built for another Node ABI).
 */
export type SqliteDriverName = 'better-sqlite3' | 'node:sqlite' | 'auto';

/** Opens `file` with the chosen binding; the name of the binding actually used comes back. */
export async function openDatabase(
  file: string,
  driver: SqliteDriverName,
): Promise<{ db: SqliteDatabase; driver: 'better-sqlite3' | 'node:sqlite' }> {
  if (driver !== 'node:sqlite') {
    try {
      const module = await import('better-sqlite3');
      const Database = (module.default ?? module) as unknown as new (
        file: string,
      ) => SqliteDatabase;
      return { db: new Database(file), driver: 'better-sqlite3' };
    } catch (error) {
      if (driver === 'better-sqlite3') throw error;
    }
  }
  const { DatabaseSync } = (await import(/* @vite-ignore */ NODE_SQLITE)) as {
    DatabaseSync: new (file: string) => SqliteDatabase;
  };
  return { db: new DatabaseSync(file), driver: 'node:sqlite' };
}

// A variable, so bundlers and Node 20 type checks do not resolve the module up front.
const NODE_SQLITE = 'node:sqlite';
