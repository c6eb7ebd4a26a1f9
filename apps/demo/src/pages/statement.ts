import type { Hono } from 'hono';
import type { DemoContext } from '../context.js';
import { alert, emptyState, timeText } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { listPage, rangeQuery } from './paged-list.js';
import { pager, rangeForm } from './range-form.js';

const TYPE_LABEL: Record<string, string> = {
  payment: 'Payment',
  refund: 'Refund',
  payout: 'Payout',
  fee: 'Fee',
};

/** Back office: every movement of the balance, with the running balance, paged. */
export function statementPage(app: Hono, ctx: DemoContext): void {
  app.get('/statement', async (c) => {
    const r = rangeQuery((n) => c.req.query(n));
    const page = await listPage(ctx.paymux.statement, r);
    return c.html(
      layout({
        title: 'Statement',
        active: '/statement',
        body: html`<h1>Statement</h1>
<p class="lead">Every movement of the ${r.m.currency} balance, oldest first.</p>
${rangeForm('/statement', r)}
${page.error ? alert('bad', `Could not load the statement: ${page.error}`) : ''}
${
  page.items.length === 0 && !page.error
    ? html`<div class="card">${emptyState('No movements in this range', 'Payments, refunds, payouts and fees show up here.')}</div>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Statement"><table data-testid="statement-table"><caption class="skip">Statement</caption><thead><tr><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Order</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Balance after</th></tr></thead>
<tbody>${page.items.map((e) => html`<tr><td>${timeText(e.time.toISOString())}</td><td>${TYPE_LABEL[e.type] ?? e.type}</td><td>${e.orderReference ?? '—'}</td><td class="num">${moneyText(e.amount)}</td><td class="num">${moneyText(e.balanceAfter)}</td></tr>`)}</tbody></table></div>`
}
${pager('/statement', r, page)}`,
      }),
    );
  });
}
