import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { idPayment, PAYER, receiver, start, TestClient } from './helpers.js';
import { decodeSvgQr } from './svg-qr.js';

let sb: Sandbox;
let id: TestClient;
let th: TestClient;
beforeAll(async () => {
  sb = await start();
  id = new TestClient(sb.merchants.ID);
  th = new TestClient(sb.merchants.TH);
});
afterAll(() => sb.stop());

const svgOf = (html: string) =>
  /<div class="qr" data-testid="qr">(<svg[\s\S]*?<\/svg>)/.exec(html)?.[1];

it('the QR image on the hosted page scans to exactly the qrCode of the create response', async () => {
  const orders = [
    await id.createPayment(idPayment('qr-scan-id', { amount: '987654' })),
    await th.createPayment({
      orderId: 'qr-scan-th',
      amount: '1234.56',
      payType: 'QR',
      inBankCode: 'PROMPTPAY',
      ...PAYER.TH,
    }),
  ];
  for (const r of orders) {
    expect(r.status).toBe('1');
    const qrCode = String(r.data?.['qrCode']);
    const html = await (await fetch(String(r.data?.['payUrl']))).text();
    const svg = svgOf(html);
    expect(svg, 'page has an SVG QR').toBeDefined();
    expect(decodeSvgQr(svg ?? '')).toBe(qrCode);
  }
  // the decoder is not vacuous: a damaged picture does not decode to the payload
  const html = await (await fetch(String(orders[0]?.data?.['payUrl']))).text();
  const broken = (svgOf(html) ?? '').replace(/h(\d+)/g, (_m, n: string) => `h${Number(n) + 1}`);
  expect(decodeSvgQr(broken)).not.toBe(String(orders[0]?.data?.['qrCode']));
});

it('user-provided text is HTML-escaped on the page (XSS attempt through callBackUrl and subject)', async () => {
  const evil = 'http://x.test/"><script>alert(1)</script><a/b="';
  const r = await id.createPayment(
    idPayment('xss-1', {
      subject: '<img src=x onerror=alert(2)>',
      callBackUrl: evil,
    }),
  );
  expect(r.status).toBe('1');
  const payUrl = String(r.data?.['payUrl']);
  await fetch(`${payUrl}/fail`, { method: 'POST', redirect: 'manual' });
  const html = await (await fetch(payUrl)).text();
  expect(html).toContain('Back to merchant');
  expect(html).not.toContain('<script>alert(1)</script>');
  expect(html).not.toContain('<img src=x');
  expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
});

it('double-click Pay books the payment once; Pay after Fail and Fail after Pay change nothing', async () => {
  const rx = await receiver(() => ({ status: 200, body: 'SUCCESS' }));
  try {
    const r = await id.createPayment(idPayment('dbl-1', { notifyUrl: rx.url, amount: '200000' }));
    const payUrl = String(r.data?.['payUrl']);
    const clicks = await Promise.all(
      [1, 2, 3].map(() => fetch(`${payUrl}/pay`, { method: 'POST', redirect: 'manual' })),
    );
    expect(clicks.map((c) => c.status)).toEqual([303, 303, 303]);
    await fetch(`${payUrl}/fail`, { method: 'POST', redirect: 'manual' });
    expect((await id.getPayment('dbl-1')).data).toMatchObject({ status: 2, fee: '5000' });
    const entries = sb.control.orders('ID');
    expect(entries.payments.filter((p) => p['orderId'] === 'dbl-1')).toHaveLength(1);
    expect(sb.control.balance('ID')).toMatchObject({ pending: '195000' });
    await sb.control.callbacksIdle();
    expect(rx.received.map((b) => b['event'])).toEqual(['payment.completed']);

    const f = await id.createPayment(idPayment('dbl-2'));
    const failUrl = String(f.data?.['payUrl']);
    await fetch(`${failUrl}/fail`, { method: 'POST', redirect: 'manual' });
    await fetch(`${failUrl}/pay`, { method: 'POST', redirect: 'manual' });
    expect((await id.getPayment('dbl-2')).data?.['status']).toBe(3);
    expect(() => sb.control.pay('ID', 'dbl-2')).toThrow(/4014/);
    expect(() => sb.control.paymentOutcome('ID', 'dbl-1', { status: 3 })).toThrow(/4014/);
    expect(() => sb.control.paymentOutcome('ID', 'dbl-1', { status: 1 })).toThrow(/4014/);
    expect(sb.control.balance('ID')).toMatchObject({ pending: '195000' });
  } finally {
    await rx.close();
  }
});
