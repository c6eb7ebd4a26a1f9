import { type Balance, PaymuxError } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS, market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { alert } from '../ui/components.js';
import { html } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { describeError } from './form-errors.js';

/** Back office: the merchant balance in each country, straight from the gateway. */
export function balancesPage(app: Hono, ctx: DemoContext): void {
  app.get('/balances', async (c) => {
    const results = await Promise.all(
      MARKETS.map(async (m) => {
        try {
          return { m, balance: await ctx.paymux.balance.retrieve({ currency: m.currency }) };
        } catch (error) {
          return { m, error: PaymuxError.isInstance(error) ? describeError(error) : String(error) };
        }
      }),
    );
    const funded = c.req.query('funded');
    return c.html(
      layout({
        title: 'Balances',
        active: '/balances',
        body: html`<h1>Balances</h1>
<p class="lead">What OTGPAY holds for the shop in each country. Payments become available after the daily settlement.</p>
${funded ? alert('ok', `Sandbox funds added in ${market(funded)?.name ?? funded}.`) : ''}
<div class="grid">${results.map(
          ({
            m,
            balance,
            error,
          }: {
            m: (typeof MARKETS)[number];
            balance?: Balance;
            error?: string;
          }) =>
            html`<section class="card" aria-labelledby="b-${m.code}" data-testid="balance-${m.code}"><h2 id="b-${m.code}">${m.name} · ${m.currency}</h2>
${
  balance
    ? html`<p class="amount-big">${moneyText(balance.available)}</p><p class="muted">available to pay out</p>
<dl class="facts"><dt>Pending settlement</dt><dd>${moneyText(balance.pending)}</dd><dt>Held for payouts</dt><dd>${moneyText(balance.frozen)}</dd><dt>Total</dt><dd>${moneyText(balance.total)}</dd></dl>`
    : alert('bad', `Could not load the balance: ${error ?? 'unknown error'}`)
}
<form method="post" action="/balances/${m.code}/fund"><p><button class="btn secondary" type="submit">Add sandbox funds</button></p></form>
</section>`,
        )}</div>`,
      }),
    );
  });

  // A gateway-side action (money arriving from elsewhere), so it goes to the sandbox's control API.
  app.post('/balances/:country/fund', async (c) => {
    const m = market(c.req.param('country'));
    if (!m) return c.text('unknown country', 404);
    await ctx.sandbox.fund(m.code, m.adapter.wireExponent === 0 ? '50000000' : '500000.00');
    return c.redirect(`/balances?funded=${m.code}`, 303);
  });
}
