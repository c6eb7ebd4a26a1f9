import { RECONCILIATION_CATEGORIES, type ReconciliationReport, reportToCsv } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS, type Market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { marketDay, reconcileMarket } from '../reconciliation/run-reconcile.js';
import { alert, emptyState } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function query(ctx: DemoContext, read: (name: string) => string | undefined) {
  const m: Market = MARKETS.find((x) => x.code === read('country')) ?? (MARKETS[0] as Market);
  const asked = read('day');
  const day = asked !== undefined && DAY.test(asked) ? asked : marketDay(ctx, m);
  const category = RECONCILIATION_CATEGORIES.find((c) => c === read('category'));
  return { m, day, category };
}

const label = (category: string) => category.replaceAll('_', ' ');

function page(
  ctx: DemoContext,
  m: Market,
  day: string,
  report: ReconciliationReport,
  category: string | undefined,
  repaired: string | undefined,
) {
  const money = (amount: bigint) => moneyText({ amount, currency: report.currency });
  const items = report.items.filter((i) => !category || i.category === category);
  const link = (c?: string) =>
    `/reconciliation?country=${m.code}&day=${day}${c ? `&category=${c}` : ''}`;
  const janitor = ctx.janitor?.last;
  return html`<h1>Reconciliation</h1>
<p class="lead">The shop's records against OTGPAY's statement, settlements and order queries for one business day (${report.timeZone}, ${report.start.toISOString()} – ${report.end.toISOString()}).</p>
${repaired !== undefined ? alert('ok', `Repair run: ${repaired} order(s) brought to their final state.`) : ''}
<form class="filters card" method="get" action="/reconciliation" aria-label="Business day">
<div class="field"><label for="r-country">Country</label><select id="r-country" name="country">${MARKETS.map((x) => html`<option value="${x.code}"${x.code === m.code ? html` selected` : ''}>${x.name} · ${x.currency}</option>`)}</select></div>
<div class="field"><label for="r-day">Day</label><input id="r-day" type="date" name="day" value="${day}"></div>
<button class="btn" type="submit">Reconcile</button>
<a class="btn secondary" href="/reconciliation.csv?country=${m.code}&day=${day}" download data-testid="reconciliation-csv">Download CSV</a>
</form>
<form method="post" action="/reconciliation/repair?country=${m.code}&day=${day}"><p><button class="btn secondary" type="submit">Repair stuck orders now</button> <span class="muted">Janitor: ${ctx.janitor && ctx.janitor.intervalMs > 0 ? `every ${Math.round(ctx.janitor.intervalMs / 1000)} s` : 'off'}${janitor ? `; last run ${janitor.at}, ${janitor.repaired} repaired` : ''}</span></p></form>
<div class="table-wrap" tabindex="0" role="region" aria-label="Summary"><table data-testid="reconciliation-summary"><caption class="skip">Summary per category</caption><thead><tr><th scope="col">Category</th><th scope="col" class="num">Items</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Difference</th></tr></thead>
<tbody>${RECONCILIATION_CATEGORIES.filter((c) => report.summary[c].count > 0).map((c) => html`<tr data-category="${c}"><td><a href="${link(c)}">${label(c)}</a></td><td class="num">${report.summary[c].count}</td><td class="num">${money(report.summary[c].amount)}</td><td class="num">${money(report.summary[c].difference)}</td></tr>`)}</tbody></table></div>
<div class="table-wrap" tabindex="0" role="region" aria-label="Totals"><table data-testid="reconciliation-totals"><caption class="skip">Totals</caption><tbody>
<tr><th scope="row">Gross</th><td class="num">${money(report.totals.gross)}</td></tr>
<tr><th scope="row">Fees</th><td class="num">${money(report.totals.fees)}</td></tr>
<tr><th scope="row">Refunds</th><td class="num">${money(report.totals.refunds)}</td></tr>
<tr><th scope="row">Net</th><td class="num">${money(report.totals.net)}</td></tr>
<tr><th scope="row">Settled</th><td class="num">${money(report.totals.settled)}</td></tr>
<tr><th scope="row">Variance to explain</th><td class="num" data-testid="variance">${money(report.totals.variance)}</td></tr>
</tbody></table></div>
<h2>${category ? html`${label(category)} <a class="btn secondary" href="${link()}">All</a>` : 'Items'}</h2>
${
  items.length === 0
    ? html`<div class="card">${emptyState('Nothing for this day', 'No order of this day on either side.')}</div>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-label="Items"><table data-testid="reconciliation-items"><caption class="skip">Items</caption><thead><tr><th scope="col">Category</th><th scope="col">Kind</th><th scope="col">Reference</th><th scope="col">Shop</th><th scope="col">OTGPAY</th><th scope="col" class="num">Amount</th><th scope="col" class="num">Difference</th><th scope="col">Detail</th></tr></thead>
<tbody>${items.map((i) => html`<tr data-id="${i.id}" data-category="${i.category}"><td>${label(i.category)}</td><td>${i.kind}</td><td>${i.reference}${i.probableReference ? html` ≈ ${i.probableReference}` : ''}</td><td>${i.merchant?.status ?? '—'}</td><td>${i.provider?.status ?? '—'}</td><td class="num">${money(i.amount)}</td><td class="num">${money(i.difference)}</td><td>${i.detail}${i.repair ? html` <strong>repair: ${i.repair.to} (${i.repair.outcome})</strong>` : ''}</td></tr>`)}</tbody></table></div>`
}`;
}

/** Back office: the day's reconciliation per country, its items, a CSV, and a repair button. */
export function reconciliationPage(app: Hono, ctx: DemoContext): void {
  app.get('/reconciliation', async (c) => {
    const { m, day, category } = query(ctx, (n) => c.req.query(n));
    let body: ReturnType<typeof html>;
    try {
      const report = await reconcileMarket(ctx, m, day);
      body = page(ctx, m, day, report, category, c.req.query('repaired'));
    } catch (error) {
      body = html`<h1>Reconciliation</h1>${alert('bad', `Could not reconcile ${m.name} on ${day}: ${(error as Error).message}`)}`;
    }
    return c.html(layout({ title: 'Reconciliation', active: '/reconciliation', body }));
  });

  app.get('/reconciliation.csv', async (c) => {
    const { m, day } = query(ctx, (n) => c.req.query(n));
    const report = await reconcileMarket(ctx, m, day);
    return c.body(reportToCsv(report), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="reconciliation-${m.providerId}-${day}.csv"`,
    });
  });

  app.post('/reconciliation/repair', async (c) => {
    const { m, day } = query(ctx, (n) => c.req.query(n));
    const report = await reconcileMarket(ctx, m, day, true);
    return c.redirect(
      `/reconciliation?country=${m.code}&day=${day}&repaired=${report.repaired}`,
      303,
    );
  });
}
