import { PaymuxError } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS, type Market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { liveStream } from '../live/live-route.js';
import type { FaultSettings } from '../sandbox/sandbox-control.js';
import { alert, timeText } from '../ui/components.js';
import { html, type SafeHtml } from '../ui/html.js';
import { layout } from '../ui/layout.js';
import { moneyText } from '../ui/money-text.js';
import { describeError, text } from './form-errors.js';

/** The faults a visitor can inject, each a body for the sandbox's `/__sandbox/faults`. */
const PRESETS: Record<string, { label: string; description: string; faults: FaultSettings }> = {
  'drop-charge': {
    label: 'Commit, then drop the answer (next charge)',
    description:
      'The gateway creates the next charge, then closes the connection without answering. paymux must find the charge by querying, not charge twice.',
    faults: { dropAfterCommit: 1, paths: ['/api/payment/create'] },
  },
  'error-after-commit': {
    label: 'Commit, then answer 1003 (next charge)',
    description:
      'The gateway creates the next charge and answers "system exception". paymux resolves it by querying the order.',
    faults: { commitThen1003: 1, paths: ['/api/payment/create'] },
  },
  busy: {
    label: 'Gateway busy half of the time',
    description:
      'Half of the requests are refused with 1004 before any processing: paymux backs off and retries.',
    faults: { busyRate: 0.5 },
  },
  'duplicate-callbacks': {
    label: 'Deliver every callback twice',
    description: 'The webhook endpoint must acknowledge the second copy without applying it again.',
    faults: { duplicateCallbacks: true },
  },
};

function activityList(ctx: DemoContext): SafeHtml {
  const entries = ctx.activity.recent(40);
  if (entries.length === 0)
    return html`<p class="muted">Nothing yet. Inject a fault, then create a test charge.</p>`;
  return html`<ol class="timeline">${entries.map((e) => html`<li><span class="badge ${e.kind === 'error' ? 'error' : e.kind === 'retry' ? 'duplicate' : ''}">${e.kind}</span> ${e.text}<br>${timeText(e.at)}</li>`)}</ol>`;
}

async function render(ctx: DemoContext, notice?: SafeHtml): Promise<string> {
  let current: FaultSettings | undefined;
  let error: string | undefined;
  try {
    current = await ctx.sandbox.faults();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const active = current && Object.keys(current).length > 0 ? JSON.stringify(current) : 'none';
  return layout({
    title: 'Sandbox faults',
    active: '/sandbox',
    body: html`<h1>Sandbox faults</h1>
<p class="lead">Make the OTGPAY sandbox misbehave and watch paymux recover: the SDK's requests, retries and reconciliation appear below as they happen.</p>
${notice ?? ''}${error ? alert('bad', `The sandbox's control API is not reachable: ${error}`) : ''}
<div class="grid">
<section class="card" aria-labelledby="f-h"><h2 id="f-h">Inject a fault</h2>
<p>Active faults: <code data-testid="active-faults">${active}</code></p>
${Object.entries(PRESETS).map(([id, p]) => html`<form method="post" action="/sandbox/faults" class="stack"><input type="hidden" name="preset" value="${id}"><p><button class="btn secondary" type="submit">${p.label}</button><br><span class="muted">${p.description}</span></p></form>`)}
<form method="post" action="/sandbox/faults/clear"><button class="btn danger" type="submit">Clear all faults</button></form>
</section>
<section class="card" aria-labelledby="t-h"><h2 id="t-h">Create a test charge</h2>
<p class="muted">A QR charge through paymux, exactly like the checkout does.</p>
<form method="post" action="/sandbox/test-charge"><div class="field"><label for="f-tc">Country</label><select id="f-tc" name="country">${MARKETS.map((m) => html`<option value="${m.code}">${m.name}</option>`)}</select></div><button class="btn" type="submit">Create test charge</button></form>
</section>
<section class="card" style="grid-column:1/-1" aria-labelledby="a-h" data-live="/sandbox/activity/events"><h2 id="a-h">What paymux did <span class="live">(live)</span></h2><div data-slot="activity" data-testid="activity">${activityList(ctx)}</div></section>
</div>`,
  });
}

/** The sandbox's fault injection, and the SDK activity that shows the recovery. */
export function sandboxPage(app: Hono, ctx: DemoContext): void {
  app.get('/sandbox', async (c) => c.html(await render(ctx)));

  app.post('/sandbox/faults', async (c) => {
    const preset = PRESETS[text(await c.req.parseBody(), 'preset')];
    if (!preset) return c.html(await render(ctx, alert('bad', 'Unknown fault.')), 400);
    await ctx.sandbox.setFaults(preset.faults);
    ctx.activity.add('event', `sandbox fault injected: ${preset.label}`);
    return c.redirect('/sandbox', 303);
  });

  app.post('/sandbox/faults/clear', async (c) => {
    await ctx.sandbox.clearFaults();
    ctx.activity.add('event', 'sandbox faults cleared');
    return c.redirect('/sandbox', 303);
  });

  app.post('/sandbox/test-charge', async (c) => {
    const country = text(await c.req.parseBody(), 'country');
    const m = MARKETS.find((x) => x.code === country) ?? (MARKETS[0] as Market);
    const method = m.adapter.methods.find((x) => x.method.type === 'qr') ?? m.adapter.methods[0];
    if (!method) return c.html(await render(ctx, alert('bad', 'No method.')), 400);
    const reference = `test-${m.code.toLowerCase()}-${Date.now().toString(36)}`;
    const money = { amount: method.minAmount * 10n, currency: m.currency };
    try {
      const charge = await ctx.paymux.charges.create({
        reference,
        money,
        country: m.code,
        method: method.method,
        customer: { ...m.sampleCustomer },
        description: 'fault drill',
      });
      const now = new Date().toISOString();
      await ctx.orders.add({
        reference,
        country: m.code,
        money: charge.money,
        method: method.method,
        methodLabel: method.label,
        customer: {
          name: m.sampleCustomer.name,
          email: m.sampleCustomer.email,
          phone: m.sampleCustomer.phone,
        },
        description: 'fault drill',
        status: charge.status,
        providerReference: charge.providerReference,
        ...(charge.nextAction ? { nextAction: charge.nextAction } : {}),
        refunded: charge.refunded,
        refunds: [],
        createdAt: now,
        updatedAt: now,
        history: [
          {
            at: now,
            kind: 'created',
            status: charge.status,
            text: `Charge created: ${moneyText(charge.money)} by ${method.label} (test charge)`,
          },
        ],
        callbacks: [],
      });
      return c.html(
        await render(
          ctx,
          alert(
            'ok',
            `Charge ${reference} exists exactly once at the gateway (${charge.status}, OTGPAY ${charge.providerReference}).`,
          ),
        ),
      );
    } catch (error) {
      const message = PaymuxError.isInstance(error) ? describeError(error) : String(error);
      return c.html(await render(ctx, alert('bad', `Charge ${reference}: ${message}`)), 502);
    }
  });

  app.get('/sandbox/activity/events', (c) =>
    liveStream(c, ctx.changes, 'activity', async () => ({
      slots: { activity: activityList(ctx).value },
    })),
  );
}
