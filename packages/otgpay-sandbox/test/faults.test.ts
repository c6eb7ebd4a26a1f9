import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, idPayout, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;

beforeAll(async () => {
  sb = await start();
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());
beforeEach(() => sb.control.reset());

describe('fault injection', () => {
  it('latency delays answers', async () => {
    // The lower bound is exact (the sandbox waits at least latencyMs); the upper bound
    // only has to tell "no added latency" from a whole second on a loaded CI machine.
    sb.control.setFaults({ latencyMs: 1_000 });
    const t0 = Date.now();
    expect((await id.balance()).status).toBe('1');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(990);
    sb.control.clearFaults();
    const t1 = Date.now();
    await id.balance();
    expect(Date.now() - t1).toBeLessThan(990);
  });

  it('busyRate 1 answers 1004 before processing (nothing is created)', async () => {
    sb.control.setFaults({ busyRate: 1 });
    expect(await id.createPayment(idPayment('busy-1'))).toEqual({
      status: '0',
      error: '1004',
      msg: 'system is busy',
    });
    sb.control.clearFaults();
    expect(await id.getPayment('busy-1')).toMatchObject({ error: '4013' });
  });

  it('commitThen1003: the write commits, the answer is 1003, a query finds it once', async () => {
    sb.control.setFaults({ commitThen1003: 1 });
    expect(await id.createPayment(idPayment('c-1'))).toEqual({
      status: '0',
      error: '1003',
      msg: 'system exception',
    });
    const q = await id.getPayment('c-1');
    expect(q.data).toMatchObject({ orderId: 'c-1', status: 0 });
    expect(await id.createPayment(idPayment('c-1'))).toMatchObject({
      msg: 'Illegal Param: orderId duplicate',
    });
    expect(sb.control.orders('ID').payments.filter((p) => p['orderId'] === 'c-1')).toHaveLength(1);
    expect(sb.control.getFaults().commitThen1003).toBe(0);
    expect((await id.createPayment(idPayment('c-2'))).status).toBe('1');
  });

  it('dropAfterCommit: the socket dies after the commit', async () => {
    sb.control.setFaults({ dropAfterCommit: 1 });
    await expect(id.createPayment(idPayment('d-1'))).rejects.toThrow();
    expect((await id.getPayment('d-1')).data).toMatchObject({ orderId: 'd-1' });
  });

  it('paths restricts faults', async () => {
    sb.control.setFaults({ busyRate: 1, paths: ['/api/payout/submit'] });
    expect((await id.createPayment(idPayment('p-1'))).status).toBe('1');
    expect(await id.submitPayout(idPayout('p-2'))).toMatchObject({ error: '1004' });
    sb.control.setFaults({ busyRate: 1, paths: ['/api/payment/{id}'] });
    expect(await id.getPayment('p-1')).toMatchObject({ error: '1004' });
  });

  it('faults are served over HTTP too', async () => {
    const set = await fetch(`${sb.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ commitThen1003: 2, bogus: true }),
    });
    expect(await set.json()).toEqual({ commitThen1003: 2 });
    expect(await (await fetch(`${sb.url}/__sandbox/faults`)).json()).toEqual({ commitThen1003: 2 });
    await fetch(`${sb.url}/__sandbox/faults`, { method: 'DELETE' });
    expect(await (await fetch(`${sb.url}/__sandbox/faults`)).json()).toEqual({});
  });
});
