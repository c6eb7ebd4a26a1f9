import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, idPayout, start, TestClient, today } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
const logs: string[] = [];
beforeAll(async () => {
  sb = await start({ logger: (m) => logs.push(m) });
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());

describe('hostile but signed input', () => {
  it('non-string JSON values where strings are expected are 1002 naming the field', async () => {
    const cases: Array<[string, unknown]> = [
      ['orderId', 123],
      ['orderId', ['a']],
      ['amount', 150000],
      ['amount', { value: '150000' }],
      ['amount', true],
      ['payType', ['QR']],
      ['name', { first: 'Siti' }],
      ['phone', 81234567890],
      ['email', ['a@b.co']],
      ['notifyUrl', 7],
      ['subject', { x: 1 }],
      ['currency', 360],
    ];
    for (const [field, value] of cases) {
      const r = await id.createPayment(idPayment(`typed-${field}`, { [field]: value }));
      expect(r, `${field}=${JSON.stringify(value)}`).toMatchObject({
        status: '0',
        error: '1002',
        msg: `Illegal Param: ${field}`,
      });
    }
    const refund = await id.refund('nope', { refundId: 5, amount: '1' });
    expect(refund).toMatchObject({ error: '1002', msg: 'Illegal Param: refundId' });
    const page = await id.post('/api/payout/batch', { batchId: 'b-typed', items: 'x' });
    expect(page).toMatchObject({ error: '1002', msg: 'Illegal Param: items' });
    expect(logs).toEqual([]);
  });

  it('__proto__ / constructor keys in bodies and batch items pollute nothing', async () => {
    const evil = JSON.parse(
      '{"__proto__":{"polluted":"yes","status":2},"constructor":{"prototype":{"polluted":"yes"}}}',
    ) as Record<string, unknown>;
    const r = await id.createPayment({ ...idPayment('proto-1'), ...evil });
    expect(r.status).toBe('1');
    const q = await id.getPayment('proto-1');
    expect(q.data?.['status']).toBe(0);
    sb.control.fund('ID', '1000000');
    const b = await id.post('/api/payout/batch', {
      batchId: 'proto-b',
      items: [{ ...idPayout('proto-po'), ...evil }, evil],
    });
    expect(b.status).toBe('1');
    expect(b.data?.['results']).toMatchObject([
      { orderId: 'proto-po', status: 1 },
      { error: '1001', msg: 'param is null: orderId' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(logs).toEqual([]);
  });

  it('an extra signed query key named like an Object.prototype member is not silently dropped', async () => {
    // any extra key the merchant signs is part of the signature; `foo` works, so must `constructor`
    expect((await id.get('/api/balance', { foo: '1' })).status).toBe('1');
    expect((await id.get('/api/balance', { constructor: '1' })).status).toBe('1');
    expect((await id.get('/api/balance', { toString: 'x', valueOf: 'y' })).status).toBe('1');
    expect((await id.get('/api/balance', { ['__proto__']: 'z' })).status).toBe('1');
    expect(Object.prototype).not.toHaveProperty('z');
  });

  it('repeated query keys: the first one counts, and the signature must match it', async () => {
    const ok = await id.get('/api/statement', { startDate: today(), endDate: today() });
    expect(ok.status).toBe('1');
    const params = { appId: String(id.m.appId), startDate: today(), endDate: today() };
    const sign = id.signer.sign(params);
    const qs = `appId=${id.m.appId}&startDate=${today()}&endDate=${today()}&sign=${encodeURIComponent(sign)}`;
    const first = await fetch(`${sb.url}/api/statement?${qs}&startDate=1999-01-01`);
    expect(((await first.json()) as { status: string }).status).toBe('1');
    const swapped = await fetch(`${sb.url}/api/statement?startDate=1999-01-01&${qs}`);
    expect(await swapped.json()).toMatchObject({ status: '0', msg: 'Illegal Param: sign' });
  });

  it('extremely long and unicode orderIds are refused cleanly, in bodies and paths', async () => {
    const long = 'x'.repeat(100_000);
    expect(await id.createPayment(idPayment(long))).toMatchObject({
      error: '1002',
      msg: 'Illegal Param: orderId',
    });
    for (const oid of ['ünïcödé', '订单-1', '😀', 'a b', 'a\u0000b', 'x'.repeat(49)]) {
      expect(await id.createPayment(idPayment(oid)), oid).toMatchObject({
        error: '1002',
        msg: 'Illegal Param: orderId',
      });
      expect((await id.getPayment(oid)).error, oid).toBe('4013');
    }
    const path = await fetch(`${sb.url}/api/payment/${'y'.repeat(60_000)}`);
    expect(path.status).toBeLessThan(500);
    expect((await id.balance()).status).toBe('1');
    expect(logs).toEqual([]);
  });

  it('unicode names (Thai, accented) are accepted; control characters and letterless names are not', async () => {
    const th = new TestClient(sb.merchants.TH);
    const base = {
      amount: '100.00',
      payType: 'QR',
      inBankCode: 'PROMPTPAY',
      phone: '0812345678',
      email: 'a@example.com',
    };
    expect((await th.createPayment({ ...base, orderId: 'u-1', name: 'สมชาย ใจดี' })).status).toBe(
      '1',
    );
    expect((await th.createPayment({ ...base, orderId: 'u-2', name: 'José Ñúñez' })).status).toBe(
      '1',
    );
    expect(await th.createPayment({ ...base, orderId: 'u-3', name: 'a\nb' })).toMatchObject({
      msg: 'Illegal Param: name',
    });
    // §5 "1–30 letters, spaces, '.-": punctuation and spaces alone are not a name
    for (const [i, name] of ['   ', '...', "-'", ' . '].entries()) {
      expect(await th.createPayment({ ...base, orderId: `u-4${i}`, name }), name).toMatchObject({
        error: '1002',
        msg: 'Illegal Param: name',
      });
    }
  });
});

describe('hostile unsigned input', () => {
  it('deeply nested JSON values and odd content types are refused without a 5xx or a log', async () => {
    const sign = Buffer.alloc(256, 1).toString('base64'); // right length, wrong signature
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const bodies = [
      `{"appId":1054,"sign":"${sign}","x":${deep}}`,
      `{"appId":1054,"sign":"${sign}","items":[${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}]}`,
      deep,
    ];
    for (const body of bodies) {
      const r = await fetch(`${sb.url}/api/payout/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(r.status).toBe(200);
      expect(((await r.json()) as { error: string }).error).toBe('1002');
    }
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const r = await fetch(`${sb.url}/api/payment/create`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"appId":1054}',
      });
      expect(await r.json()).toMatchObject({ error: '1002', msg: 'Illegal Param: Content-Type' });
    }
    expect((await id.balance()).status).toBe('1');
    expect(logs).toEqual([]);
  });
});

describe('callback receivers cannot block the server', () => {
  it('a receiver that never answers and one that refuses connections do not stall the API', async () => {
    const hung: Server = createServer(() => {}); // accepts, never answers
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const hungUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}/cb`;
    const closed: Server = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/cb`;
    await new Promise<void>((r) => closed.close(() => r()));

    const slow = await start({ callbackTimeoutMs: 60_000, callbackRetryDelaysMs: [60_000] });
    try {
      const c = new TestClient(slow.merchants.ID);
      for (let i = 0; i < 5; i++) {
        await c.createPayment(idPayment(`hang-${i}`, { notifyUrl: hungUrl }));
        slow.control.pay('ID', `hang-${i}`);
        await c.createPayment(idPayment(`refused-${i}`, { notifyUrl: closedUrl }));
        slow.control.pay('ID', `refused-${i}`);
      }
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) expect((await c.balance()).status).toBe('1');
      expect(performance.now() - t0).toBeLessThan(2_000);
      await new Promise((r) => setTimeout(r, 100));
      expect(slow.control.callbacks('ID', 'refused-0')[0]).toMatchObject({ ok: false });
      expect(slow.control.callbacks('ID', 'hang-0')).toEqual([]); // still in flight
      const s0 = performance.now();
      await slow.stop();
      expect(performance.now() - s0).toBeLessThan(2_000);
    } finally {
      await slow.stop();
      hung.closeAllConnections();
      await new Promise<void>((r) => hung.close(() => r()));
    }
  });
});
