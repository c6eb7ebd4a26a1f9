import type { Hono } from 'hono';
import { MARKETS, market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { badge, emptyState, statusLabel, timeText } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';

const STATUSES = [
  'pending',
  'processing',
  'succeeded',
  'failed',
  'partially_paid',
  'overpaid',
  'requires_review',
];

/** Back office: every order, filtered by status, country and a search text. */
export function ordersPage(app: Hono, ctx: DemoContext): void {
  app.get('/orders', async (c) => {
    const status = c.req.query('status') ?? '';
    const country = c.req.query('country') ?? '';
    const query = c.req.query('q') ?? '';
    const filtered = Boolean(status || country || query);
    const orders = await ctx.orders.list({ status, country, query });
    const option = (value: string, label: string, current: string) =>
      html`<option value="${value}"${value === current ? html` selected` : ''}>${label}</option>`;
    return c.html(
      layout({
        title: 'Orders',
        active: '/orders',
        body: html`<h1>Orders</h1>
<form class="filters card" method="get" action="/orders" role="search" aria-label="Filter orders">
<div class="field"><label for="f-status">Status</label><select id="f-status" name="status">${option('', 'Any status', status)}${STATUSES.map((s) => option(s, statusLabel(s), status))}</select></div>
<div class="field"><label for="f-country">Country</label><select id="f-country" name="country">${option('', 'All countries', country)}${MARKETS.map((m) => option(m.code, m.name, country))}</select></div>
<div class="field"><label for="f-q">Search</label><input id="f-q" name="q" value="${query}" placeholder="Reference, name or email"></div>
<button class="btn" type="submit">Filter</button>${filtered ? html` <a href="/orders">Clear</a>` : ''}
</form>
${
  orders.length === 0
    ? html`<div class="card">${
        filtered
          ? emptyState(
              'No orders match these filters',
              'Try another status or country.',
              html`<a class="btn secondary" href="/orders">Clear filters</a>`,
            )
          : emptyState(
              'No orders yet',
              'Orders appear here as soon as a customer checks out.',
              html`<a class="btn" href="/">Open the checkout</a>`,
            )
      }</div>`
    : html`<p class="muted">${orders.length} order${orders.length === 1 ? '' : 's'}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="Orders"><table data-testid="orders-table"><caption class="skip">Orders</caption>
<thead><tr><th scope="col">Order</th><th scope="col">Created</th><th scope="col">Customer</th><th scope="col">Country</th><th scope="col">Method</th><th scope="col" class="num">Amount</th><th scope="col">Status</th></tr></thead>
<tbody>${orders.map(
        (o) =>
          html`<tr data-reference="${o.reference}"><td><a href="/orders/${encodeURIComponent(o.reference)}">${o.reference}</a></td><td>${timeText(o.createdAt)}</td><td>${o.customer.name}</td><td>${market(o.country)?.name ?? o.country}</td><td>${o.methodLabel}</td><td class="num">${moneyText(o.money)}</td><td>${badge(o.status)}${o.refunded.amount > 0n ? html` ${badge('refunded')}` : ''}</td></tr>`,
      )}</tbody></table></div>`
}`,
      }),
    );
  });
}
