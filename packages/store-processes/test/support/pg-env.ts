/**
 * The PostgreSQL the tests use: `PAYMUX_PG_URL` (set by `.ci/postgres.sh`). In CI
 * (`CI=true`) its absence is a failure, never a skip.
 */
export const PG_URL = process.env.PAYMUX_PG_URL;

export const PG_MISSING =
  'PostgreSQL tests skipped: PAYMUX_PG_URL is not set. Run them with ' +
  '`bash .ci/postgres.sh npx -y pnpm@10.34.8 --filter @paymux/store-processes test` ' +
  '(or `PG_PORT=55432 PG_DIR=/tmp/pg-stores source .ci/postgres.sh` first).';

if (!PG_URL) {
  if (process.env.CI === 'true') {
    throw new Error(
      `PAYMUX_PG_URL is not set, and CI=true: the PostgreSQL tests must run. ${PG_MISSING}`,
    );
  }
  console.warn(PG_MISSING);
}
