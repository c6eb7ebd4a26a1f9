/**
 * Persistence boundary of the sandbox. State code reads and writes records by
 * (kind, key); `flush` makes the last mutation durable. All calls are synchronous,
 * so one request's state change never interleaves with another's.
 */
export interface Store {
  get<T>(kind: string, key: string): T | undefined;
  put<T>(kind: string, key: string, value: T): void;
  /** Records of `kind` whose key starts with `prefix`, in key order. */
  list<T>(kind: string, prefix?: string): T[];
  /** Removes every record. */
  clear(): void;
  /** Removes every record of `kind`. */
  clearKind(kind: string): void;
  /** Persists pending changes (no-op for memory). */
  flush(): void;
  close(): void;
}

/**
 * Where the sandbox keeps its state: `memory` (default; gone when the process ends) or a
 * `sqlite` file (WAL, one transaction per state change, survives the sandbox being killed
 * and restarted: orders, balances, ledger, settlements and the callback log).
 */
export type StoreOptions =
  | {
      /** In memory: fast, nothing survives `stop()`. */
      kind: 'memory';
    }
  | {
      /** A SQLite file (better-sqlite3). */
      kind: 'sqlite';
      /** Path of the database file; created when missing. */
      file: string;
    };
