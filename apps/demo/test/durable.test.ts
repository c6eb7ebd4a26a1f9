import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type Launched, launch } from '../src/launcher.js';
import { ID_CHECKOUT, postForm, tempDir, until } from './support.js';

const PG_URL = process.env['PAYMUX_PG_URL'];
if (!PG_URL && process.env['CI'] === 'true') {
  throw new Error(
    'PAYMUX_PG_URL is not set, and CI=true: the PostgreSQL demo test must run (.ci/postgres.sh sets it).',
  );
}

const running: Launched[] = [];
afterAll(async () => {
  for (const l of running.reverse()) await l.stop();
});

async function start(options: Parameters<typeof launch>[0]): Promise<Launched> {
  const l = await launch({ port: 0, sandboxPort: 0, log: () => {}, ...options });
  running.push(l);
  return l;
}

describe('durable store', () => {
  it('SQLite by default: a restart keeps every order, and a repeated checkout after it charges once', async () => {
    const dataDir = await tempDir();
    const first = await start({ dataDir });
    expect(first.demo.storeKind).toBe('sqlite');
    const reference = `dur-${randomBytes(3).toString('hex')}`;
    expect(
      (await postForm(`${first.demo.url}/checkout`, { ...ID_CHECKOUT, reference })).status,
    ).toBe(303);
    first.sandbox?.control.pay('ID', reference);
    await until(
      () => first.demo.context.orders.get(reference),
      (o) => o?.status === 'succeeded',
    );
    const ports = {
      port: Number(new URL(first.demo.url).port),
      sandboxPort: Number(new URL(first.sandboxUrl).port),
    };
    await first.stop();

    const second = await start({ dataDir, ...ports });
    const order = await second.demo.context.orders.get(reference);
    expect(order).toMatchObject({
      status: 'succeeded',
      money: { amount: 15_000_000n, currency: 'IDR' },
    });
    expect(order?.callbacks.map((c) => c.outcome)).toEqual(['handled']);
    expect(await (await fetch(`${second.demo.url}/orders`)).text()).toContain(reference);
    // The browser's back button resubmits the old form: paymux's idempotency record survived.
    expect(
      (await postForm(`${second.demo.url}/checkout`, { ...ID_CHECKOUT, reference })).status,
    ).toBe(303);
    expect(
      second.sandbox?.control.orders('ID').payments.filter((p) => p['orderId'] === reference),
    ).toHaveLength(1);
  });

  it.skipIf(!PG_URL)('DATABASE_URL: two instances share one PostgreSQL database', async () => {
    const dataDir = await tempDir();
    const a = await start({ dataDir, databaseUrl: PG_URL });
    const b = await start({ dataDir, databaseUrl: PG_URL, sandboxUrl: a.sandboxUrl });
    expect([a.demo.storeKind, b.demo.storeKind]).toEqual(['postgres', 'postgres']);
    expect(a.demo.storeLocation).not.toMatch(/:[^/@:]+@/); // no password in the banner
    const reference = `pg-${randomBytes(4).toString('hex')}`;
    expect((await postForm(`${b.demo.url}/checkout`, { ...ID_CHECKOUT, reference })).status).toBe(
      303,
    );
    a.sandbox?.control.pay('ID', reference);
    const onA = await until(
      () => a.demo.context.orders.get(reference),
      (o) => o?.status === 'succeeded',
    );
    expect(onA?.callbacks.map((c) => c.outcome)).toEqual(['handled']);
    expect(await (await fetch(`${a.demo.url}/orders?q=${reference}`)).text()).toContain(reference);
    expect(
      (await postForm(`${a.demo.url}/orders/${reference}/refunds`, { 'money.amount': '50000' }))
        .status,
    ).toBe(303);
    expect((await b.demo.context.orders.get(reference))?.refunded).toEqual({
      amount: 5_000_000n,
      currency: 'IDR',
    });
  });
});
