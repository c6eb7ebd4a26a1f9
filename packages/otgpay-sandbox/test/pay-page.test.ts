import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, receiver, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
beforeAll(async () => {
  sb = await start();
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());

it('QR order page shows amount, merchant, a QR SVG and Pay/Fail; Pay drives the state and callback', async () => {
  const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
  try {
    const r = await id.createPayment(idPayment('page-1', { notifyUrl: rx.url, amount: '123456' }));
    const payUrl = String(r.data?.['payUrl']);
    const html = await (await fetch(payUrl)).text();
    expect(html).toContain('123456 IDR');
    expect(html).toContain('page-1');
    expect(html).toContain('<svg');
    expect(html).toContain(String(r.data?.['qrCode']));
    expect(html).toMatch(/action="\/pay\/[0-9a-f]+\/pay"/);
    expect(html).toMatch(/action="\/pay\/[0-9a-f]+\/fail"/);
    const post = await fetch(`${payUrl}/pay`, {
      method: 'POST',
      redirect: 'manual',
      body: 'action=pay',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(post.status).toBe(303);
    expect((await id.getPayment('page-1')).data?.['status']).toBe(2);
    await sb.control.callbacksIdle();
    expect(rx.received).toMatchObject([{ event: 'payment.completed', orderId: 'page-1' }]);
    const done = await (await fetch(payUrl)).text();
    expect(done).toContain('Paid');
    expect(done).not.toContain('>Pay</button>');
  } finally {
    await rx.close();
  }
});

it('VA order page shows the VA number; Fail fails the order', async () => {
  const r = await id.createPayment(idPayment('page-2', { payType: 'VA', inBankCode: '014' }));
  const payUrl = String(r.data?.['payUrl']);
  const html = await (await fetch(payUrl)).text();
  expect(html).toContain(String(r.data?.['bankNo']));
  expect(html).not.toContain('<svg');
  await fetch(`${payUrl}/fail`, { method: 'POST', redirect: 'manual' });
  expect((await id.getPayment('page-2')).data?.['status']).toBe(3);
});
