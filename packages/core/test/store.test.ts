import { describe, expect, it } from 'vitest';
import {
  decodeStoreValue,
  encodeStoreValue,
  IdempotencyLedger,
  MemoryStore,
  operationKey,
  WebhookClaims,
} from '../src/index.js';
import { describeStoreContract } from '../src/testing.js';

describeStoreContract('MemoryStore', ({ clock }) => new MemoryStore({ clock }), { describe, it });

describe('MemoryStore', () => {
  it('counts live entries only', async () => {
    let now = 0;
    const store = new MemoryStore({ clock: () => now });
    await store.set('a', 1, { ttlMs: 10 });
    await store.set('b', 2);
    now = 10;
    expect(store.size).toBe(1);
  });
});

describe('store value codec', () => {
  it('round-trips bigint, Date and tag look-alikes, and never makes a Number of an amount', () => {
    const value = { amount: 2n ** 64n + 1n, at: new Date(5), tag: { $bigint: '1' }, list: [1n] };
    const text = encodeStoreValue(value);
    expect(text).toContain('"$bigint":"18446744073709551617"');
    expect(decodeStoreValue(text)).toEqual(value);
    expect(() => encodeStoreValue({ x: Number.NaN })).toThrow(TypeError);
  });
});

describe('IdempotencyLedger', () => {
  it('creates one record per key with a UUID key owned by this instance', async () => {
    const ledger = new IdempotencyLedger(new MemoryStore(), () => 5, { owner: 'a' });
    const first = await ledger.acquire(operationKey.charge('order-1'));
    expect(first.record).toMatchObject({ state: 'in_flight', owner: 'a', leaseUntil: 5 + 60_000 });
    await first.release();
    expect(first.record.owner).toBeUndefined();
    const second = await ledger.acquire(operationKey.charge('order-1'));
    const other = await ledger.acquire(operationKey.charge('order-2'));
    expect(first.record.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.record.idempotencyKey).toBe(first.record.idempotencyKey);
    expect(other.record.idempotencyKey).not.toBe(first.record.idempotencyKey);
  });

  it('keeps the key through updates and completion', async () => {
    const ledger = new IdempotencyLedger(new MemoryStore(), () => 5);
    const key = operationKey.refund('order-1', 'refund-1');
    expect(key).toBe('refund:order-1:refund-1');
    const claim = await ledger.acquire(key);
    await claim.complete({ amount: 1n }, 'p');
    const reread = await ledger.peek<{ amount: bigint }>(key);
    expect(reread).toMatchObject({
      idempotencyKey: claim.record.idempotencyKey,
      state: 'completed',
    });
    expect(reread?.outcome?.amount).toBe(1n);
  });

  it('waits for a live owner, then returns what it completed', async () => {
    const store = new MemoryStore();
    const a = new IdempotencyLedger(store, Date.now, { owner: 'a', leaseMs: 10_000 });
    const b = new IdempotencyLedger(store, Date.now, { owner: 'b', leaseMs: 10_000 });
    const claimA = await a.acquire<string>('charge:x');
    await claimA.update({ provider: 'p', state: 'in_flight' });
    const waiting = b.acquire<string>('charge:x');
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(settled).toBe(false);
    await claimA.complete('the-charge', 'p');
    const claimB = await waiting;
    expect(claimB.record).toMatchObject({ state: 'completed', outcome: 'the-charge' });
  });

  it('takes over an in-flight record whose owner died after its lease, query first', async () => {
    let now = 1_000;
    const store = new MemoryStore({ clock: () => now });
    const a = new IdempotencyLedger(store, () => now, { owner: 'a', leaseMs: 1_000 });
    const b = new IdempotencyLedger(store, () => now, { owner: 'b', leaseMs: 1_000 });
    const dead = await a.acquire('charge:x');
    await dead.update({ provider: 'p', state: 'in_flight' });
    now += 1_000;
    const taken = await b.acquire('charge:x');
    expect(taken.mayExist).toBe(true);
    expect(taken.record).toMatchObject({ owner: 'b', provider: 'p' });
    // The dead owner's late writes are refused; its completion defers to a recorded one.
    await expect(dead.update({ state: 'failed' })).rejects.toThrow(/taken over/);
    await taken.complete('by-b', 'p');
    expect((await dead.complete('by-a', 'p')).outcome).toBe('by-b');
  });

  it('a record whose owner died before choosing a provider is routed afresh', async () => {
    let now = 0;
    const store = new MemoryStore({ clock: () => now });
    await new IdempotencyLedger(store, () => now, { owner: 'a', leaseMs: 10 }).acquire('payout:y');
    now = 10;
    const taken = await new IdempotencyLedger(store, () => now, { owner: 'b' }).acquire('payout:y');
    expect(taken.mayExist).toBe(false);
  });

  it('names logical operations', () => {
    expect(operationKey.payout('p')).toBe('payout:p');
    expect(operationKey.payoutBatch('b')).toBe('payout_batch:b');
  });
});

describe('WebhookClaims', () => {
  it('claims once; in progress during the lease; retaken after it; the late finisher changes nothing', async () => {
    let now = 0;
    const store = new MemoryStore({ clock: () => now });
    const options = { ttlMs: 100_000, leaseMs: 1_000 };
    const a = new WebhookClaims(store, () => now, { ...options, owner: 'a' });
    const b = new WebhookClaims(store, () => now, { ...options, owner: 'b' });
    const first = await a.claim('webhook:p:e1');
    expect(first.kind).toBe('fresh');
    expect((await b.claim('webhook:p:e1')).kind).toBe('in_progress');
    now = 1_000;
    const second = await b.claim('webhook:p:e1');
    expect(second.kind).toBe('retaken');
    if (first.kind !== 'fresh' || second.kind !== 'retaken') throw new Error('unreachable');
    expect(await a.finish('webhook:p:e1', first.version)).toBe(false);
    expect(await a.release('webhook:p:e1', first.version)).toBe(false);
    expect(await b.finish('webhook:p:e1', second.version)).toBe(true);
    expect((await a.claim('webhook:p:e1')).kind).toBe('duplicate');
  });

  it('guards the first final status of an order', async () => {
    const claims = new WebhookClaims(new MemoryStore(), Date.now, {
      ttlMs: 1_000,
      leaseMs: 1_000,
      owner: 'a',
    });
    expect(await claims.guardFinal('f', 'charge.succeeded')).toMatchObject({ stale: false });
    expect(await claims.guardFinal('f', 'charge.succeeded')).toEqual({ stale: false });
    expect(await claims.guardFinal('f', 'charge.failed')).toEqual({ stale: true });
  });
});
