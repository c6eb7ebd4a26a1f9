/**
 * PostgreSQL for the Medusa Payment Module tests, from the env `.ci/postgres.sh` exports
 * (`DB_HOST`, `DB_PORT`, `DB_USERNAME`, `DB_PASSWORD`). Absent: skipped locally with a
 * message, a failure in CI (`CI=true`), where these tests must run.
 */
export function medusaDatabase(): { available: boolean; reason?: string } {
  if (process.env.DB_HOST && process.env.DB_USERNAME) return { available: true };
  const reason =
    'No PostgreSQL for the Medusa integration tests: set DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD (CI gets them from .ci/postgres.sh)';
  if (process.env.CI === 'true') throw new Error(`${reason}. They must run in CI.`);
  console.warn(`[skipped] ${reason}`);
  return { available: false, reason };
}

/** The same server as a connection URL (`PAYMUX_PG_URL` when set, else built from DB_*). */
export function pgUrl(): string {
  if (process.env.PAYMUX_PG_URL) return process.env.PAYMUX_PG_URL;
  const { DB_HOST, DB_PORT = '5432', DB_USERNAME = '', DB_PASSWORD = '' } = process.env;
  const auth = DB_PASSWORD
    ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}`
    : encodeURIComponent(DB_USERNAME);
  return `postgres://${auth}@${DB_HOST}:${DB_PORT}/postgres`;
}
