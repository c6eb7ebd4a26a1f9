import { MemoryStore } from '@paymux/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { ID_CHECKOUT, postForm, startMemoryStack, tempDir, until } from './support.js';

// Two demo instances, one database (here one Store object; with DATABASE_URL, one PostgreSQL).
let a: Launched;
let b: Launched;
beforeAll(async () => {
  const store = new MemoryStore();
  const dataDir = await tempDir(); // holds the OTGPAY credentials file both instances use
  a = await startMemoryStack({ store, dataDir });
  b = await startMemoryStack({ store, dataDir, sandboxUrl: a.sandboxUrl });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

it('an order taken by one instance and paid through the other is the same order on both', async () => {
  expect(b.sandbox).toBeUndefined();
  const res = await postForm(`${b.demo.url}/checkout`, { ...ID_CHECKOUT, reference: 'shared-1' });
  expect(res.status).toBe(303);
  a.sandbox?.control.pay('ID', 'shared-1');
  const onA = await until(
    () => a.demo.context.orders.get('shared-1'),
    (o) => o?.status === 'succeeded',
  );
  expect(onA?.callbacks.map((c) => c.outcome)).toEqual(['handled']);
  const list = await (await fetch(`${a.demo.url}/orders`)).text();
  expect(list).toContain('shared-1');
  expect(list).toMatch(/data-reference="shared-1"[\s\S]*?data-status="succeeded"/);
  // the refund goes through A for an order B created: the core's reference index is shared too
  const refund = await postForm(`${a.demo.url}/orders/shared-1/refunds`, {
    'money.amount': '50000',
  });
  expect(refund.status).toBe(303);
  expect((await b.demo.context.orders.get('shared-1'))?.refunded).toEqual({
    amount: 5_000_000n,
    currency: 'IDR',
  });
});
