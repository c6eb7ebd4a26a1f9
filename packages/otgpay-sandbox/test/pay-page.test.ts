import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, PAYER, receiver, start, TestClient } from './helpers.js';

let sb: Sandbox;
let id: TestClient;
let clock = Date.now();
beforeAll(async () => {
  sb = await start({ now: () => clock });
  id = new TestClient(sb.merchants.ID);
});
afterAll(() => sb.stop());

it('QR order page shows amount, merchant, a QR SVG and Pay/Fail; Pay drives the state and callback', async () => {
  const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
  try {
    const r = await id.createPayment(idPayment('page-1', { notifyUrl: rx.url, amount: '123456' }));
    const payUrl = String(r.data?.['payUrl']);
    const html = await (await fetch(payUrl)).text();
    expect(html).toContain('Rp 123.456');
    expect(html).toContain('QRIS');
    expect(html).toContain('Sandbox simulator controls');
    expect(html).toMatch(/data-remaining-ms="\d+"/);
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

it('shows each country its own currency format and method name', async () => {
  const th = new TestClient(sb.merchants.TH);
  const pk = new TestClient(sb.merchants.PK);
  const cases = [
    [
      await id.createPayment(
        idPayment('page-id-va', { payType: 'VA', inBankCode: '014', amount: '150000' }),
      ),
      'Rp 150.000',
      'BCA Virtual Account',
    ],
    [
      await th.createPayment({
        orderId: 'page-th',
        amount: '1500.00',
        payType: 'QR',
        inBankCode: 'PROMPTPAY',
        ...PAYER.TH,
      }),
      '฿1,500.00',
      'PromptPay',
    ],
    [
      await th.createPayment({
        orderId: 'page-th-mb',
        amount: '1500.00',
        payType: 'MOBILE_BANKING',
        inBankCode: '004',
        ...PAYER.TH,
      }),
      '฿1,500.00',
      'K PLUS',
    ],
    [
      await pk.createPayment({
        orderId: 'page-pk',
        amount: '1500.00',
        payType: 'EWALLET',
        inBankCode: 'EASYPAISA',
        ...PAYER.PK,
      }),
      'Rs 1,500.00',
      'Easypaisa',
    ],
  ] as const;
  for (const [r, amount, method] of cases) {
    expect(r.status, JSON.stringify(r)).toBe('1');
    const html = await (await fetch(String(r.data?.['payUrl']))).text();
    expect(html).toContain(`data-testid="amount">${amount}<`);
    expect(html).toContain(`data-testid="method">${method}<`);
  }
});

it('refuses Pay once the payment window has closed; the order stays open', async () => {
  const r = await id.createPayment(idPayment('page-late'));
  const payUrl = String(r.data?.['payUrl']);
  clock += 31 * 60_000;
  try {
    const html = await (await fetch(payUrl)).text();
    expect(html).toContain('This payment has expired');
    expect(html).toMatch(/data-testid="sim-pay" disabled/);
    const post = await fetch(`${payUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect(post.headers.get('location')).toMatch(/\?expired=1$/);
    expect((await id.getPayment('page-late')).data?.['status']).toBe(0);
  } finally {
    clock -= 31 * 60_000;
  }
});
