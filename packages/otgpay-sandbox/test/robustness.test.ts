import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
beforeAll(async () => {
  sb = await start();
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());

async function raw(
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
) {
  const res = await fetch(sb.url + path, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, text: await res.text() };
}

describe('malformed input never crashes the server', () => {
  it('answers every bad request below 500, then still serves', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: Array<[string, string, (string | Buffer)?, Record<string, string>?]> = [
      ['POST', '/api/payment/create', '{not json', json],
      ['POST', '/api/payment/create', '[1,2,3]', json],
      ['POST', '/api/payment/create', 'null', json],
      ['POST', '/api/payment/create', '', json],
      [
        'POST',
        '/api/payment/create',
        'appId=1&sign=x',
        { 'content-type': 'application/x-www-form-urlencoded' },
      ],
      ['POST', '/api/payment/create', Buffer.from([0xff, 0xfe, 0x00, 0x7b]), json],
      ['POST', '/api/payment/create', JSON.stringify({ appId: { x: 1 }, sign: 'a' }), json],
      ['POST', '/api/payment/create', JSON.stringify({ appId: 1054, sign: ['a'] }), json],
      [
        'POST',
        '/api/payment/create',
        JSON.stringify({ appId: 1054, amount: 1.5, sign: 'abc' }),
        json,
      ],
      ['POST', '/api/payment/create', JSON.stringify({ appId: 1e300, sign: 'abc' }), json],
      ['GET', '/api/payment/create'],
      ['DELETE', '/api/balance'],
      ['GET', '/api/payment/%E0%A4%A'],
      ['GET', '/api/payment/x?appId=1054&appId=2&sign=%%%'],
      ['GET', '/api/nothing'],
      ['GET', '/'],
      ['GET', '/pay/unknown-token'],
      ['POST', '/pay/unknown-token/pay'],
      ['POST', '/__sandbox/faults', '{bad', json],
      ['POST', '/__sandbox/payments/ID/none/outcome', '{"status":2}', json],
      ['POST', '/__sandbox/payments/ID/none/outcome', '{"status":"x"}', json],
      ['POST', '/__sandbox/settle', '{"date":"2026-13-01"}', json],
      ['GET', '/__sandbox/orders/XX'],
      ['GET', '/__sandbox/nope'],
    ];
    for (const [method, path, body, headers] of cases) {
      const r = await raw(method, path, body, headers);
      expect(r.status, `${method} ${path}`).toBeLessThan(500);
      if (path.startsWith('/api/') && r.status === 200) {
        const env = JSON.parse(r.text) as { status: string; error: string };
        expect(env.status, `${method} ${path}`).toBe('0');
        expect(['1001', '1002', '4013']).toContain(env.error);
      }
    }
    expect((await id.createPayment(idPayment('after-junk'))).status).toBe('1');
  });

  it('oversized bodies are refused with 413', async () => {
    const big = JSON.stringify({ appId: 1054, pad: 'x'.repeat(1024 * 1024 + 10) });
    const r = await raw('POST', '/api/payment/create', big, { 'content-type': 'application/json' });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.text)).toMatchObject({
      status: '0',
      error: '1002',
      msg: 'Illegal Param: body too large',
    });
    expect((await id.balance()).status).toBe('1');
  });

  it('a chunked oversized body without content-length is cut off', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${sb.url}/api/payment/create`);
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      for (let i = 0; i < 20; i++) req.write(chunk);
      req.end();
    }).catch(() => 413); // a reset while we are still writing is as good as a 413
    expect(status).toBe(413);
    expect((await id.balance()).status).toBe('1');
  });

  it('a garbage HTTP request does not take the server down', async () => {
    const net = await import('node:net');
    const url = new URL(sb.url);
    await new Promise<void>((resolve) => {
      const s = net.connect(Number(url.port), url.hostname, () =>
        s.end('THIS IS NOT HTTP\r\n\r\n'),
      );
      s.on('close', () => resolve());
      s.on('error', () => resolve());
      s.resume();
    });
    expect((await id.balance()).status).toBe('1');
  });
});
