import { OtgpaySigner } from '@paymux/otgpay-signing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, idPayout, receiver, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
let platform: OtgpaySigner;

beforeAll(async () => {
  sb = await start({ callbackRetryDelaysMs: [10, 20, 40] });
  id = new TestClient(sb.merchants.ID);
  platform = new OtgpaySigner({
    privateKey: sb.merchants.ID.merchantPrivateKey,
    verifyKey: sb.merchants.ID.platformPublicKey,
    apiKey: sb.merchants.ID.apiKey,
  });
});
afterAll(() => sb.stop());
beforeEach(() => sb.control.reset());

describe('callbacks', () => {
  it('delivers a signed payment.completed and stops on SUCCESS', async () => {
    const rx = await receiver(() => ({ status: 200, body: ' SUCCESS\n' }));
    try {
      await id.createPayment(idPayment('cb-1', { notifyUrl: rx.url }));
      sb.control.pay('ID', 'cb-1');
      await sb.control.callbacksIdle();
      expect(rx.received).toHaveLength(1);
      const body = rx.received[0]!;
      expect(platform.verify(body)).toBe(true);
      expect(body).toMatchObject({
        event: 'payment.completed',
        appId: sb.merchants.ID.appId,
        orderId: 'cb-1',
        amount: '150000',
        currency: 'IDR',
        fee: '3750',
        status: 2,
      });
      expect(String(body['payTime'])).toMatch(/\+07:00$/);
      const log = sb.control.callbacks('ID', 'cb-1');
      expect(log).toMatchObject([
        { attempt: 1, httpStatus: 200, ok: true, event: 'payment.completed' },
      ]);
    } finally {
      await rx.close();
    }
  });

  it('retries on failure until acknowledged', async () => {
    const rx = await receiver((n) =>
      n < 3 ? { status: n === 1 ? 500 : 200, body: 'nope' } : { status: 200, body: 'SUCCESS' },
    );
    try {
      await id.createPayment(idPayment('cb-2', { notifyUrl: rx.url }));
      sb.control.paymentOutcome('ID', 'cb-2', { status: 3 });
      await sb.control.callbacksIdle();
      expect(rx.received).toHaveLength(3);
      expect(rx.received.every((b) => b['event'] === 'payment.failed' && platform.verify(b))).toBe(
        true,
      );
      const log = sb.control.callbacks('ID', 'cb-2');
      expect(log.map((l) => [l.attempt, l.httpStatus, l.ok])).toEqual([
        [1, 500, false],
        [2, 200, false],
        [3, 200, true],
      ]);
      expect(log[1]?.response).toBe('nope');
    } finally {
      await rx.close();
    }
  });

  it('gives up after the schedule; connection errors are logged', async () => {
    const rx = await receiver(() => ({ status: 200, body: 'x' }));
    const dead = rx.url;
    await rx.close();
    await id.createPayment(idPayment('cb-3', { notifyUrl: dead }));
    sb.control.pay('ID', 'cb-3');
    await sb.control.callbacksIdle();
    const log = sb.control.callbacks('ID', 'cb-3');
    expect(log).toHaveLength(4);
    expect(log.every((l) => !l.ok && l.error !== undefined)).toBe(true);
  });

  it('payout callbacks and batch notifyUrl', async () => {
    const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
    try {
      sb.control.fund('ID', '1000000');
      await id.submitPayout(idPayout('po-cb', { notifyUrl: rx.url }));
      sb.control.payoutOutcome('ID', 'po-cb', { status: 2 });
      await id.post('/api/payout/batch', {
        batchId: 'b',
        notifyUrl: rx.url,
        items: [idPayout('po-b1')],
      });
      sb.control.payoutOutcome('ID', 'po-b1', { status: 3, errorMsg: 'closed account' });
      await sb.control.callbacksIdle();
      const byId = Object.fromEntries(rx.received.map((b) => [b['orderId'], b]));
      expect(byId['po-cb']).toMatchObject({
        event: 'payout.completed',
        status: 2,
        amount: '50000',
        fee: '500',
      });
      expect(byId['po-b1']).toMatchObject({
        event: 'payout.failed',
        status: 3,
        errorMsg: 'closed account',
      });
      expect(String(byId['po-cb']?.['finishTime'])).toMatch(/\+07:00$/);
      expect(rx.received.every((b) => platform.verify(b))).toBe(true);
    } finally {
      await rx.close();
    }
  });

  it('duplicate and out-of-order callbacks', async () => {
    const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
    try {
      sb.control.setFaults({ duplicateCallbacks: true, reorderCallbacks: true });
      for (const o of ['dup-1', 'dup-2', 'dup-3']) {
        await id.createPayment(idPayment(o, { notifyUrl: rx.url }));
      }
      // finalised in one tick, so all three fall into one reorder window
      for (const o of ['dup-1', 'dup-2', 'dup-3']) sb.control.pay('ID', o);
      await sb.control.callbacksIdle();
      expect(rx.received).toHaveLength(6);
      const order = rx.received.map((b) => b['orderId']);
      expect(order).toEqual(['dup-3', 'dup-3', 'dup-2', 'dup-2', 'dup-1', 'dup-1']);
      expect(rx.received.every((b) => platform.verify(b))).toBe(true);
      expect(sb.control.callbacks('ID', 'dup-1')).toHaveLength(2);
    } finally {
      await rx.close();
    }
  });

  it('delivery log is served over HTTP', async () => {
    const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
    try {
      await id.createPayment(idPayment('cb-h', { notifyUrl: rx.url }));
      const r = await fetch(`${sb.url}/__sandbox/payments/${sb.merchants.ID.appId}/cb-h/outcome`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ status: 2 }),
      });
      expect(await r.json()).toMatchObject({ orderId: 'cb-h', status: 2 });
      await sb.control.callbacksIdle();
      const log = (await (await fetch(`${sb.url}/__sandbox/callbacks/ID/cb-h`)).json()) as {
        deliveries: unknown[];
      };
      expect(log.deliveries).toHaveLength(1);
    } finally {
      await rx.close();
    }
  });
});
