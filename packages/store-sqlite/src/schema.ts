/**
 * One table: key → JSON value, opaque version, expiry (ms since the epoch, NULL = never).
 * `TEXT` keys compare as bytes (BINARY collation), the order `Store.list` promises.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS paymux_store (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL,
  version TEXT NOT NULL,
  expires_at INTEGER
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS paymux_store_expires_at ON paymux_store (expires_at)
  WHERE expires_at IS NOT NULL;
`;
