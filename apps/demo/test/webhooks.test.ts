import { MemoryStore, type Store } from '@paymux/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { ID_CHECKOUT, postForm, startMemoryStack, until } from './support.js';

/** A store whose writes to the demo's orders can be made to fail, like a database outage. */
class FlakyStore extends MemoryStore {
  failOrderWrites = false;
  override compareAndSet<T>(key: string, expected: string, value: T): Promise<string | undefined> {
    if (this.failOrderWrites && key.startsWith('demo:order:'))
      return Promise.reject(new Error('database unavailable'));
    return super.compareAndSet(key, expected, value);
  }
}

let stack: Launched;
let store: FlakyStore;
beforeAll(async () => {
  store = new FlakyStore();
  stack = await startMemoryStack({ store: store as Store });
});
afterAll(() => stack.stop());

async function order(reference: string) {
  const res = await postForm(`${stack.demo.url}/checkout`, { ...ID_CHECKOUT, reference });
  expect(res.status).toBe(303);
}

describe('webhook endpoint', () => {
  it('answers SUCCESS only once the new state is stored; a failed write gets a 500 and the redelivery applies it', async () => {
    await order('wh-store-1');
    store.failOrderWrites = true;
    stack.sandbox?.control.pay('ID', 'wh-store-1');
    const first = await until(
      async () => stack.sandbox?.control.callbacks('ID', 'wh-store-1') ?? [],
      (log) => log.length >= 1,
    );
    expect(first[0]).toMatchObject({ httpStatus: 500, ok: false });
    expect((await stack.demo.context.orders.get('wh-store-1'))?.status).toBe('pending');
    store.failOrderWrites = false;
    const log = await until(
      async () => stack.sandbox?.control.callbacks('ID', 'wh-store-1') ?? [],
      (l) => l.some((d) => d.ok),
    );
    expect(log.at(-1)).toMatchObject({ httpStatus: 200, response: 'SUCCESS', ok: true });
    const stored = await stack.demo.context.orders.get('wh-store-1');
    expect(stored?.status).toBe('succeeded');
    expect(stored?.callbacks.map((c) => c.outcome)).toEqual(['handled']);
  });

  it('acknowledges a duplicate callback without applying it twice', async () => {
    await stack.demo.context.sandbox.setFaults({ duplicateCallbacks: true });
    try {
      await order('wh-dup-1');
      stack.sandbox?.control.pay('ID', 'wh-dup-1');
      const stored = await until(
        () => stack.demo.context.orders.get('wh-dup-1'),
        (o) => (o?.callbacks.length ?? 0) >= 2,
      );
      expect(stored?.callbacks.map((c) => [c.outcome, c.verified, c.httpStatus])).toEqual([
        ['handled', true, 200],
        ['duplicate', true, 200],
      ]);
      expect(stored?.history.filter((h) => h.status === 'succeeded')).toHaveLength(1);
    } finally {
      await stack.demo.context.sandbox.clearFaults();
    }
  });

  it('rejects a callback with a bad signature (400), shows it on the order, and changes nothing', async () => {
    await order('wh-forged-1');
    const body = JSON.stringify({
      appId: 1054,
      orderId: 'wh-forged-1',
      status: 2,
      amount: '150000',
      sign: 'AAAA',
    });
    const res = await fetch(`${stack.demo.url}/webhooks/otgpay-id`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBe(400);
    const stored = await stack.demo.context.orders.get('wh-forged-1');
    expect(stored?.status).toBe('pending');
    expect(stored?.callbacks.map((c) => [c.outcome, c.verified])).toEqual([['rejected', false]]);
  });

  it('404s an unknown provider', async () => {
    const res = await fetch(`${stack.demo.url}/webhooks/stripe`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});
