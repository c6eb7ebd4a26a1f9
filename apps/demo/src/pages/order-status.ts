import type { Hono } from 'hono';
import { market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { liveStream } from '../live/live-route.js';
import type { OrderRecord } from '../records/orders.js';
import { emptyState } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import {
  callbacksTable,
  customerMessage,
  nextActionBlock,
  statusSlot,
  timeline,
} from './order-fragments.js';

export function notFound(what: string): string {
  return layout({
    title: 'Not found',
    active: '',
    body: emptyState(
      `${what} not found`,
      'Check the link, or find it in the back office.',
      html`<a class="btn" href="/orders">All orders</a>`,
    ),
  });
}

/** Live fragments shared by the customer page and the back-office detail page. */
export function orderLive(order: OrderRecord) {
  return {
    slots: {
      status: statusSlot(order).value,
      message: customerMessage(order).value,
      timeline: timeline(order).value,
      callbacks: callbacksTable(order).value,
    },
    // A paid order can still be refunded, so only a failed one is finished for good.
    state: order.status === 'failed' ? ('final' as const) : ('open' as const),
  };
}

/** What the customer sees after checkout: how to pay, and the status, live. */
export function orderStatusPage(app: Hono, ctx: DemoContext): void {
  app.get('/orders/:reference/pay', async (c) => {
    const order = await ctx.orders.get(c.req.param('reference'));
    if (!order) return c.html(notFound('Order'), 404);
    const open = order.status === 'pending' || order.status === 'processing';
    return c.html(
      layout({
        title: `Order ${order.reference}`,
        active: '/',
        body: html`<h1>Your order</h1>
<div class="grid" data-live="/orders/${encodeURIComponent(order.reference)}/events" data-testid="order-live">
<section class="card" aria-labelledby="sum-h"><h2 id="sum-h">Summary</h2>
<p class="amount-big" data-testid="order-amount">${moneyText(order.money)}</p>
<dl class="facts"><dt>Order</dt><dd>${order.reference}</dd><dt>Pay with</dt><dd>${order.methodLabel}</dd>
<dt>Country</dt><dd>${market(order.country)?.name ?? order.country}</dd>
<dt>Status</dt><dd data-slot="status" data-testid="order-status">${statusSlot(order)}</dd></dl>
<div data-slot="message" aria-live="polite">${customerMessage(order)}</div>
</section>
<section class="card" aria-labelledby="pay-h"><h2 id="pay-h">How to pay</h2>
${open ? await nextActionBlock(order.nextAction) : html`<p class="muted">Nothing left to do.</p>`}
</section></div>`,
      }),
    );
  });

  app.get('/orders/:reference/events', (c) => {
    const reference = c.req.param('reference');
    return liveStream(c, ctx.changes, `order:${reference}`, async () => {
      const order = await ctx.orders.get(reference);
      return order ? orderLive(order) : undefined;
    });
  });
}
