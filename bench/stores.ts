/**
 * `pnpm bench:stores` (`--smoke`: tiny sizes, judges nothing): what a durable Store costs per create and per webhook, as a ratio to
 * the in-memory store measured in the same run (interleaved rounds, medians). PostgreSQL is
 * measured when PAYMUX_PG_URL is set (`bash .ci/postgres.sh npx -y pnpm@10.34.8 bench:stores`).
 * Cases:
 * - create, in process: `charges.create` against the in-memory TestingProvider (no network):
 *   validation, routing, the idempotency record (acquire, in-flight, completed) and the
 *   reference index — the store's share is as large as it gets;
 * - create over HTTP: the same against the OTGPAY sandbox on loopback (RSA both ways);
 * - webhook: `webhooks.handle` of a signed TestingProvider webhook: claim with a lease,
 *   final-state guard, handler, done.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { createPaymux, MemoryStore, type Paymux, type Store } from '@paymux/core';
import { signTestingWebhook, TestingProvider } from '@paymux/core/testing';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { startSandbox } from '@paymux/otgpay-sandbox';
import { PostgresStore } from '@paymux/store-postgres';
import { SqliteStore } from '@paymux/store-sqlite';

const SMOKE = process.argv.includes('--smoke');
const ROUNDS = SMOKE ? 1 : 7;
const dir = mkdtempSync(join(os.tmpdir(), 'paymux-bench-stores-'));
const pgUrl = process.env.PAYMUX_PG_URL;
const pgSchema = `paymux_bench_${randomBytes(4).toString('hex')}`;

const sqliteFull = await SqliteStore.open({ file: join(dir, 'full.db') });
const stores: Array<{ name: string; store: Store }> = [
  { name: 'memory', store: new MemoryStore() },
  { name: 'sqlite (synchronous=FULL)', store: sqliteFull },
  {
    name: 'sqlite (synchronous=NORMAL)',
    store: await SqliteStore.open({ file: join(dir, 'normal.db'), synchronous: 'normal' }),
  },
];
if (pgUrl) {
  stores.push({
    name: 'postgres',
    store: await PostgresStore.connect({ connectionString: pgUrl, schema: pgSchema }),
  });
}

const SECRET = 'whsec_bench';
const sandbox = await startSandbox();
const merchant = sandbox.merchants.ID;
const clients = stores.map(({ name, store }) => ({
  name,
  local: createPaymux({ providers: [new TestingProvider({ webhookSecret: SECRET })], store }),
  http: createPaymux({
    providers: [
      otgpay({
        country: indonesia(),
        appId: merchant.appId,
        apiKey: merchant.apiKey,
        merchantPrivateKey: merchant.merchantPrivateKey,
        platformPublicKey: merchant.platformPublicKey,
        baseUrl: merchant.baseUrl,
        notifyUrl: 'https://merchant.example/otgpay',
      }),
    ],
    store,
  }),
}));

let sequence = 0;
const charge = (paymux: Paymux, amount: bigint) =>
  paymux.charges.create({
    reference: `bench-${++sequence}`,
    money: { amount, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Siti Rahma', email: 'siti@example.co.id', phone: '081234567890' },
  });

type Case = {
  name: string;
  ops: number;
  run: (client: (typeof clients)[number]) => Promise<unknown>;
};
const cases: Case[] = [
  {
    name: 'create, in process (TestingProvider)',
    ops: SMOKE ? 5 : 400,
    run: (c) => charge(c.local, 15_000_000n),
  },
  {
    name: 'create over HTTP (OTGPAY sandbox)',
    ops: SMOKE ? 3 : 60,
    run: (c) => charge(c.http, 15_000_000n),
  },
  {
    name: 'webhook handle (claim, guard, handler, done)',
    ops: SMOKE ? 5 : 400,
    run: (c) => {
      const reference = `hook-${++sequence}`;
      const signed = signTestingWebhook(
        {
          type: 'charge.succeeded',
          reference,
          providerReference: `tp_${reference}`,
          amount: '150000.00',
          currency: 'IDR',
          status: 'succeeded',
        },
        SECRET,
      );
      return c.local.webhooks.handle('testing', signed, () => {});
    },
  },
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

console.log(
  `paymux bench:stores${SMOKE ? ' (smoke)' : ''}: node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}; ` +
    `sqlite driver ${sqliteFull.driver}; postgres ${pgUrl ? 'on loopback' : 'skipped (PAYMUX_PG_URL not set)'}`,
);
const table: Record<string, Record<string, string>> = {};
for (const c of cases) {
  const times = new Map<string, number[]>(clients.map((client) => [client.name, []]));
  for (const client of clients) for (let i = 0; i < Math.ceil(c.ops / 10); i++) await c.run(client); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const client of clients) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < c.ops; i++) await c.run(client);
      times.get(client.name)?.push(Number(process.hrtime.bigint() - start) / 1e6 / c.ops);
    }
  }
  const base = median(times.get('memory') ?? []);
  for (const client of clients) {
    const ms = median(times.get(client.name) ?? []);
    table[`${c.name} — ${client.name}`] = {
      'ms per op': ms.toFixed(3),
      'cost vs memory': `${(ms / base).toFixed(2)}x`,
    };
  }
}
console.table(table);

for (const { store } of stores) await store.close?.();
if (pgUrl) {
  const { default: pg } = (await import('pg')) as unknown as {
    default: {
      Pool: new (options: object) => { query(sql: string): Promise<unknown>; end(): Promise<void> };
    };
  };
  const admin = new pg.Pool({ connectionString: pgUrl, max: 1 });
  await admin.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
  await admin.end();
}
await sandbox.stop();
rmSync(dir, { recursive: true, force: true });
