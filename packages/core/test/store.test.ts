import { describe, expect, it } from 'vitest';
import { IdempotencyLedger, MemoryStore, operationKey } from '../src/index.js';

describe('MemoryStore', () => {
  it('expires entries after their TTL on the injected clock', async () => {
    let now = 1_000;
    const store = new MemoryStore({ clock: () => now });
    await store.set('a', { amount: 150000n }, 500);
    await store.set('forever', 1);
    now = 1_499;
    expect(await store.get('a')).toEqual({ amount: 150000n });
    now = 1_500;
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('forever')).toBe(1);
    expect(store.size).toBe(1);
  });

  it('setIfAbsent is true once, and true again after expiry', async () => {
    let now = 0;
    const store = new MemoryStore({ clock: () => now });
    expect(await store.setIfAbsent('k', 'first', 100)).toBe(true);
    expect(await store.setIfAbsent('k', 'second', 100)).toBe(false);
    expect(await store.get('k')).toBe('first');
    now = 100;
    expect(await store.setIfAbsent('k', 'third')).toBe(true);
    expect(await store.get('k')).toBe('third');
  });

  it('keeps bigint and Date values as they are (no JSON round trip)', async () => {
    const store = new MemoryStore();
    const value = { money: { amount: 2n ** 70n, currency: 'IDR' }, at: new Date(0) };
    await store.set('v', value);
    const read = await store.get<typeof value>('v');
    expect(read?.money.amount).toBe(2n ** 70n);
    expect(read?.at).toBeInstanceOf(Date);
  });

  it('deletes and refuses a non-positive TTL', async () => {
    const store = new MemoryStore();
    await store.set('x', 1);
    await store.delete('x');
    expect(await store.get('x')).toBeUndefined();
    await expect(store.set('y', 1, 0)).rejects.toThrow(RangeError);
  });
});

describe('IdempotencyLedger', () => {
  it('creates one record per key with a UUID key, and returns it on every open', async () => {
    const ledger = new IdempotencyLedger(new MemoryStore(), () => 5);
    const first = await ledger.open(operationKey.charge('order-1'));
    const second = await ledger.open(operationKey.charge('order-1'));
    const other = await ledger.open(operationKey.charge('order-2'));
    expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.idempotencyKey).toBe(first.idempotencyKey);
    expect(other.idempotencyKey).not.toBe(first.idempotencyKey);
    expect(first.state).toBe('in_flight');
  });

  it('keeps the key through updates', async () => {
    const ledger = new IdempotencyLedger(new MemoryStore(), () => 5);
    const key = operationKey.refund('order-1', 'refund-1');
    expect(key).toBe('refund:order-1:refund-1');
    const record = await ledger.open(key);
    await ledger.update(key, record, { state: 'completed', outcome: { amount: 1n } });
    const reread = await ledger.peek<{ amount: bigint }>(key);
    expect(reread).toMatchObject({ idempotencyKey: record.idempotencyKey, state: 'completed' });
    expect(reread?.outcome?.amount).toBe(1n);
  });

  it('names logical operations', () => {
    expect(operationKey.payout('p')).toBe('payout:p');
    expect(operationKey.payoutBatch('b')).toBe('payout_batch:b');
  });
});
