import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, receiver, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
beforeAll(async () => {
  sb = await start({ callbackRetryDelaysMs: [150, 150, 150] });
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('reset() drops pending callback retries: no stale callback reaches a reused orderId', async () => {
  const rx = await receiver(() => ({ status: 500, body: 'down' }));
  try {
    await id.createPayment(idPayment('reuse-1', { notifyUrl: rx.url }));
    sb.control.pay('ID', 'reuse-1');
    for (let i = 0; i < 50 && rx.received.length === 0; i++) await sleep(10);
    expect(rx.received).toHaveLength(1);
    sb.control.reset();
    // after a reset the same orderId is a new, unpaid order
    await id.createPayment(idPayment('reuse-1', { notifyUrl: rx.url }));
    await sleep(600); // the three 150 ms retries would all have fired by now
    expect(rx.received).toHaveLength(1);
    expect(sb.control.callbacks('ID', 'reuse-1')).toEqual([]);
    await sb.control.callbacksIdle(); // resolves: nothing is left waiting
  } finally {
    await rx.close();
  }
});

it('callbacksIdle() still resolves after stop() while a delivery was in flight', async () => {
  const other = await start({ callbackTimeoutMs: 60_000 });
  const silent = createServer(() => {}); // accepts the callback, never answers
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const port = (silent.address() as AddressInfo).port;
  try {
    const c = new TestClient(other.merchants.ID);
    await c.createPayment(idPayment('stop-1', { notifyUrl: `http://127.0.0.1:${port}/cb` }));
    other.control.pay('ID', 'stop-1');
    await sleep(50);
    await other.stop();
    await sleep(20);
    const idle = await Promise.race([
      other.control.callbacksIdle().then(() => 'idle'),
      sleep(500).then(() => 'stuck'),
    ]);
    expect(idle).toBe('idle');
  } finally {
    silent.closeAllConnections();
    await new Promise<void>((r) => silent.close(() => r()));
  }
});
