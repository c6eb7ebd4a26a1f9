import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPaymux } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { type Sandbox, startSandbox } from '@paymux/otgpay-sandbox';
import { SqliteStore } from '@paymux/store-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Retention: an expired idempotency record never turns a landed order into a second charge. */
let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  dir = mkdtempSync(join(tmpdir(), 'paymux-retention-'));
});

afterAll(async () => {
  await sandbox?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('retention on SQLite', () => {
  it('after the idempotency record expired, the same reference does not create a second order', async () => {
    const time = { now: Date.now() };
    const store = await SqliteStore.open({
      file: join(dir, 'retention.db'),
      clock: () => time.now,
    });
    const id = sandbox.merchants.ID;
    const paymux = createPaymux({
      providers: [
        otgpay({
          country: indonesia(),
          appId: id.appId,
          apiKey: id.apiKey,
          merchantPrivateKey: id.merchantPrivateKey,
          platformPublicKey: id.platformPublicKey,
          baseUrl: id.baseUrl,
          notifyUrl: 'https://merchant.example/otgpay',
        }),
      ],
      store,
      clock: () => time.now,
      idempotencyTtlMs: 60_000,
    });
    const input = {
      reference: 'retained-1',
      money: { amount: 15_000_000n, currency: 'IDR' },
      country: 'ID',
      method: { type: 'qr' },
      customer: { name: 'Siti Rahma', email: 'siti@example.co.id', phone: '081234567890' },
    } as const;
    const first = await paymux.charges.create(input);
    time.now += 60_000;
    expect(store.purgeExpired()).toBeGreaterThan(0);
    expect(await store.get('idem:charge:retained-1')).toBeUndefined();
    // The record is gone; the gateway still refuses a second order under this reference.
    // (With duplicate-reference adoption the call returns the same order; without it, it fails.)
    const again = await paymux.charges.create(input).then(
      (charge) => charge,
      (error: { code?: string }) => error,
    );
    if ('providerReference' in again) expect(again.providerReference).toBe(first.providerReference);
    const orders = sandbox.control.orders('ID').payments.filter((p) => p.orderId === 'retained-1');
    expect(orders).toHaveLength(1);
    await store.close();
  });
});
