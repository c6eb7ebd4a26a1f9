import { randomBytes } from 'node:crypto';
import { describeStoreContract } from '@paymux/core/testing';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, PostgresStore } from '../src/index.js';
import { PG_URL } from './pg-env.js';

const schemas: string[] = [];
const schema = () => {
  const name = `paymux_test_${randomBytes(6).toString('hex')}`;
  schemas.push(name);
  return name;
};

describe.runIf(PG_URL)('PostgresStore', () => {
  const admin = new pg.Pool({ connectionString: PG_URL, max: 2 });
  afterAll(async () => {
    for (const name of schemas) await admin.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    await admin.end();
  });

  describeStoreContract(
    'PostgresStore',
    ({ clock }) =>
      PostgresStore.connect({ connectionString: PG_URL, schema: schema(), clock, max: 30 }),
    { describe, it },
  );

  it('applies each migration once when five instances start at once (advisory lock)', async () => {
    const name = schema();
    const stores = await Promise.all(
      Array.from({ length: 5 }, () =>
        PostgresStore.connect({ connectionString: PG_URL, schema: name, max: 2 }),
      ),
    );
    const { rows } = await admin.query(
      `SELECT version FROM "${name}".paymux_store_migrations ORDER BY version`,
    );
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    await stores[0]?.set('k', { amount: 1n });
    expect((await stores[4]?.get<{ amount: bigint }>('k'))?.value.amount).toBe(1n);
    await Promise.all(stores.map((store) => store.close()));
    // A restart finds everything applied and keeps the data.
    const again = await PostgresStore.connect({ connectionString: PG_URL, schema: name });
    expect((await again.get<{ amount: bigint }>('k'))?.value.amount).toBe(1n);
    await again.close();
  });

  it('two instances racing compareAndSet on one key: increments are never lost', async () => {
    const name = schema();
    const [a, b] = await Promise.all([
      PostgresStore.connect({ connectionString: PG_URL, schema: name, max: 5 }),
      PostgresStore.connect({ connectionString: PG_URL, schema: name, max: 5 }),
    ]);
    if (!a || !b) throw new Error('unreachable');
    await a.set('n', 0n);
    const bump = async (store: PostgresStore) => {
      for (;;) {
        const entry = await store.get<bigint>('n');
        if (entry && (await store.compareAndSet('n', entry.version, entry.value + 1n))) return;
      }
    };
    await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 ? a : b)));
    expect((await a.get<bigint>('n'))?.value).toBe(40n);
    await a.close();
    await b.close();
  });

  it('refuses an unsafe schema name', async () => {
    await expect(
      PostgresStore.connect({ connectionString: PG_URL, schema: 'x"; drop' }),
    ).rejects.toThrow(RangeError);
  });
});
