import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Launched } from '../src/launcher.js';
import { ID_CHECKOUT, postForm, startMemoryStack, until } from './support.js';

let stack: Launched;
beforeAll(async () => {
  stack = await startMemoryStack();
});
afterAll(() => stack.stop());

const payments = () =>
  stack.sandbox?.control
    .orders('ID')
    .payments.filter((p) => !String(p['orderId']).startsWith('sbx-')) ?? [];

describe('checkout over HTTP', () => {
  it('creates the charge through paymux and redirects to the order page with the QR and hosted page', async () => {
    const res = await postForm(`${stack.demo.url}/checkout`, {
      ...ID_CHECKOUT,
      reference: 'ord-http-1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/orders/ord-http-1/pay');
    const page = await (await fetch(`${stack.demo.url}/orders/ord-http-1/pay`)).text();
    expect(page).toContain('Rp 150.000');
    expect(page).toContain('data-testid="qr"><svg');
    expect(page).toMatch(/href="http:\/\/127\.0\.0\.1:\d+\/pay\/[0-9a-f]+"/);
    expect(payments().map((p) => [p['orderId'], p['amount'], p['payType']])).toEqual([
      ['ord-http-1', '150000', 'QR'],
    ]);
  });

  it('a repeated submit of the same form charges once', async () => {
    const again = await postForm(`${stack.demo.url}/checkout`, {
      ...ID_CHECKOUT,
      reference: 'ord-http-1',
    });
    expect(again.status).toBe(303);
    expect(payments().filter((p) => p['orderId'] === 'ord-http-1')).toHaveLength(1);
    expect((await stack.demo.context.orders.list()).map((o) => o.reference)).toEqual([
      'ord-http-1',
    ]);
  });

  it('puts the SDK validation error beside the field and sends nothing', async () => {
    const res = await postForm(`${stack.demo.url}/checkout`, {
      ...ID_CHECKOUT,
      reference: 'ord-bad',
      'customer.phone': '12',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<input id="f-customer-phone"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/data-error-for="customer.phone">[^<]*phone/i);
    expect(html).not.toContain('data-error-for="money.amount"');
    const amount = await (
      await postForm(`${stack.demo.url}/checkout`, {
        ...ID_CHECKOUT,
        reference: 'ord-bad',
        'money.amount': '5',
      })
    ).text();
    expect(amount).toMatch(/data-error-for="money.amount">/);
    expect(payments().some((p) => p['orderId'] === 'ord-bad')).toBe(false);
  });

  it('the live stream pushes the paid status when the callback arrives', async () => {
    const controller = new AbortController();
    const res = await fetch(`${stack.demo.url}/orders/ord-http-1/events`, {
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const first = await reader.read();
    text += decoder.decode(first.value);
    expect(text).toContain('Awaiting payment');
    stack.sandbox?.control.pay('ID', 'ord-http-1');
    while (!text.includes('paid-message')) text += decoder.decode((await reader.read()).value);
    controller.abort();
    const order = await until(
      () => stack.demo.context.orders.get('ord-http-1'),
      (o) => o?.status === 'succeeded',
    );
    expect(order?.history.map((h) => h.status)).toEqual(['pending', 'succeeded']);
  });
});
