import { fromDecimalString, type Money, subtractMoney } from '@paymux/core';
import type { Hono } from 'hono';
import { market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import type { OrderRecord } from '../records/orders.js';
import { alert, badge, field, timeText } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { amountInput, moneyText } from '../ui/money-text.js';
import { type FormErrors, formErrors, NO_ERRORS, text } from './form-errors.js';
import { callbacksTable, statusSlot, timeline } from './order-fragments.js';
import { notFound } from './order-status.js';

function refundable(order: OrderRecord): Money {
  return order.status === 'succeeded'
    ? subtractMoney(order.money, order.refunded)
    : { amount: 0n, currency: order.money.currency };
}

function render(
  order: OrderRecord,
  errors: FormErrors,
  values: Record<string, string> = {},
  notice?: string,
): string {
  const m = market(order.country);
  const rest = refundable(order);
  const ref = encodeURIComponent(order.reference);
  return layout({
    title: `Order ${order.reference}`,
    active: '/orders',
    body: html`<p><a href="/orders">← All orders</a></p>
<h1>Order ${order.reference}</h1>
${notice ? alert('ok', notice) : ''}${errors.form ? alert('bad', errors.form) : ''}
<div class="grid" data-live="/orders/${ref}/events">
<section class="card" aria-labelledby="o-h"><h2 id="o-h">Payment</h2>
<p class="amount-big">${moneyText(order.money)}</p>
<dl class="facts">
<dt>Status</dt><dd data-slot="status" data-testid="order-status">${statusSlot(order)}</dd>
<dt>Method</dt><dd>${order.methodLabel}</dd>
<dt>Country</dt><dd>${m?.name ?? order.country}</dd>
<dt>Customer</dt><dd>${order.customer.name} · ${order.customer.email}</dd>
<dt>OTGPAY order</dt><dd>${order.providerReference}</dd>
<dt>Fee</dt><dd>${order.fee ? moneyText(order.fee) : '—'}</dd>
<dt>Created</dt><dd>${timeText(order.createdAt)}</dd>
</dl>
<form method="post" action="/orders/${ref}/sync"><p><button class="btn secondary" type="submit">Check status with the gateway</button></p></form>
</section>
<section class="card" aria-labelledby="r-h"><h2 id="r-h">Refunds</h2>
${order.refunds.length === 0 ? html`<p class="muted">No refunds.</p>` : html`<ul class="timeline">${order.refunds.map((r) => html`<li>${moneyText(r.money)} ${badge(r.status, 'refund')} <span class="muted">${r.reference}</span><br>${timeText(r.at)}</li>`)}</ul>`}
${
  rest.amount > 0n && m
    ? html`<form method="post" action="/orders/${ref}/refunds" novalidate data-testid="refund-form">
${field({ name: 'money.amount', label: `Refund amount (${order.money.currency})`, value: values['money.amount'] ?? amountInput(rest, m.adapter.wireExponent), error: errors.fields['money.amount'], hint: `Up to ${moneyText(rest)}`, inputmode: 'decimal' })}
${field({ name: 'reason', label: 'Reason (optional)', value: values['reason'] ?? '', error: errors.fields['reason'] })}
<button class="btn danger" type="submit">Refund</button></form>`
    : html`<p class="muted">${order.status === 'succeeded' ? 'Fully refunded.' : 'Only a paid order can be refunded.'}</p>`
}
</section>
<section class="card" aria-labelledby="t-h"><h2 id="t-h">Status changes</h2><div data-slot="timeline">${timeline(order)}</div></section>
<section class="card" style="grid-column:1/-1" aria-labelledby="c-h"><h2 id="c-h">Callbacks received</h2><div data-slot="callbacks">${callbacksTable(order)}</div></section>
</div>`,
  });
}

/** Back office: one order with its timeline, callbacks, refunds and a refund form. */
export function orderDetailPage(app: Hono, ctx: DemoContext): void {
  app.get('/orders/:reference', async (c) => {
    const order = await ctx.orders.get(c.req.param('reference'));
    if (!order) return c.html(notFound('Order'), 404);
    const notice = c.req.query('refunded') ? `Refund ${c.req.query('refunded')} done.` : undefined;
    return c.html(render(order, NO_ERRORS, {}, notice));
  });

  app.post('/orders/:reference/refunds', async (c) => {
    const order = await ctx.orders.get(c.req.param('reference'));
    if (!order) return c.html(notFound('Order'), 404);
    const body = await c.req.parseBody();
    const values = { 'money.amount': text(body, 'money.amount'), reason: text(body, 'reason') };
    const reference = `${order.reference}-r${order.refunds.length + 1}`;
    try {
      const money = fromDecimalString(
        values['money.amount'].replace(/[\s,]/g, ''),
        order.money.currency,
        undefined,
        'money.amount',
      );
      const refund = await ctx.paymux.refunds.create({
        chargeReference: order.reference,
        reference,
        money,
        ...(values.reason ? { reason: values.reason } : {}),
      });
      const at = new Date().toISOString();
      await ctx.orders.update(order.reference, (o) => {
        if (o.refunds.some((r) => r.reference === refund.reference)) return undefined;
        return {
          ...o,
          refunded: { amount: o.refunded.amount + refund.money.amount, currency: o.money.currency },
          refunds: [
            ...o.refunds,
            { reference: refund.reference, money: refund.money, status: refund.status, at },
          ],
          history: [
            ...o.history,
            {
              at,
              kind: 'refund',
              text: `Refunded ${moneyText(refund.money)} (${refund.reference}, ${refund.status})`,
            },
          ],
        };
      });
      return c.redirect(
        `/orders/${encodeURIComponent(order.reference)}?refunded=${encodeURIComponent(refund.reference)}`,
        303,
      );
    } catch (error) {
      return c.html(render(order, formErrors(error, ['money.amount', 'reason']), values), 422);
    }
  });

  app.post('/orders/:reference/sync', async (c) => {
    const order = await ctx.orders.get(c.req.param('reference'));
    if (!order) return c.html(notFound('Order'), 404);
    try {
      const charge = await ctx.paymux.charges.retrieve(order.reference);
      const at = new Date().toISOString();
      await ctx.orders.update(order.reference, (o) =>
        o.status === charge.status
          ? undefined
          : {
              ...o,
              status: charge.status,
              ...(charge.fee ? { fee: charge.fee } : {}),
              history: [
                ...o.history,
                {
                  at,
                  kind: 'status',
                  status: charge.status,
                  text: `Gateway says ${charge.status} — status query`,
                },
              ],
            },
      );
      return c.redirect(`/orders/${encodeURIComponent(order.reference)}`, 303);
    } catch (error) {
      return c.html(render(order, formErrors(error, [])), 502);
    }
  });
}
