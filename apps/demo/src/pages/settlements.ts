import type { Hono } from 'hono';
import type { DemoContext } from '../context.js';
import { alert, badge, emptyState } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { listPage, rangeQuery } from './paged-list.js';
import { pager, rangeForm } from './range-form.js';

/** Back office: daily settlements (T+1) per country, paged. */
export function settlementsPage(app: Hono, ctx: DemoContext): void {
  app.get('/settlements', async (c) => {
    const r = rangeQuery((n) => c.req.query(n));
    const page = await listPage(ctx.paymux.settlements, r);
    const settled = c.req.query('settled');
    return c.html(
      layout({
        title: 'Settlements',
        active: '/settlements',
        body: html`<h1>Settlements</h1>
<p class="lead">OTGPAY settles each day's payments the next day (T+1): gross, fees, net.</p>
${settled !== undefined ? alert('ok', `Sandbox settlement run: ${settled} day(s) settled.`) : ''}
${rangeForm('/settlements', r)}
<form method="post" action="/settlements/run?country=${r.m.code}"><p><button class="btn secondary" type="submit">Run the gateway's settlement now (sandbox)</button></p></form>
${page.error ? alert('bad', `Could not load settlements: ${page.error}`) : ''}
${
  page.items.length === 0 && !page.error
    ? html`<div class="card">${emptyState('No settlements in this range', 'Paid orders settle the next day; use the sandbox button to settle now.')}</div>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Settlements"><table data-testid="settlements-table"><caption class="skip">Settlements</caption><thead><tr><th scope="col">Day</th><th scope="col">Settlement</th><th scope="col" class="num">Gross</th><th scope="col" class="num">Fees</th><th scope="col" class="num">Net</th><th scope="col">Status</th></tr></thead>
<tbody>${page.items.map((s) => html`<tr><td>${s.date}</td><td>${s.reference}</td><td class="num">${moneyText(s.gross)}</td><td class="num">${moneyText(s.fee)}</td><td class="num">${moneyText(s.net)}</td><td>${badge(s.status === 'settled' ? 'succeeded' : 'pending')}</td></tr>`)}</tbody></table></div>`
}
${pager('/settlements', r, page)}`,
      }),
    );
  });

  // The gateway's nightly run, brought forward: only the sandbox can do that.
  app.post('/settlements/run', async (c) => {
    const r = rangeQuery((n) => c.req.query(n));
    const result = await ctx.sandbox.settle(r.m.code);
    return c.redirect(`/settlements?country=${r.m.code}&settled=${result.records.length}`, 303);
  });
}
