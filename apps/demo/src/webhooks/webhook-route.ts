import type { WebhookResponse } from '@paymux/core';
import type { Hono } from 'hono';
import { MARKETS } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import type { CallbackRecord } from '../records/orders.js';
import { applyEvent } from './apply-event.js';

/**
 * `POST /webhooks/<provider id>`: the gateway's callbacks. `webhooks.handle` verifies the
 * signature, claims the event id in the durable store (one handler run per event, across
 * instances), runs `applyEvent`, and answers what OTGPAY expects (`SUCCESS`) only after
 * that stored the new state; a handler failure answers 500 so the gateway redelivers.
 */
export function registerWebhooks(app: Hono, ctx: DemoContext): void {
  app.post('/webhooks/:provider', async (c) => {
    const providerId = c.req.param('provider');
    if (!MARKETS.some((m) => m.providerId === providerId)) return c.text('unknown provider', 404);
    const rawBody = await c.req.text();
    const headers = Object.fromEntries(c.req.raw.headers);
    const result = await ctx.paymux.webhooks.handle(providerId, { rawBody, headers }, (event) =>
      applyEvent(ctx, event),
    );
    if (result.outcome !== 'handled') await logUnhandled(ctx, result, rawBody);
    return new Response(result.body, { status: result.status, headers: { ...result.headers } });
  });
}

/** Duplicates, stale and rejected callbacks are shown on the order too. */
async function logUnhandled(ctx: DemoContext, result: WebhookResponse, rawBody: string) {
  const reference = result.event?.reference ?? orderIdOf(rawBody);
  if (!reference) return;
  const entry: CallbackRecord = {
    at: new Date().toISOString(),
    ...(result.event ? { eventId: result.event.id, type: result.event.type } : {}),
    outcome: result.outcome,
    verified: result.outcome !== 'rejected',
    httpStatus: result.status,
  };
  ctx.activity.add(
    'event',
    `callback for ${reference}: ${result.outcome} (HTTP ${result.status})`,
    reference,
  );
  const kind = result.event?.type.split('.')[0];
  if (kind !== 'payout') {
    const order = await ctx.orders.update(reference, (o) => ({
      ...o,
      callbacks: [...o.callbacks, entry],
    }));
    if (order || kind === 'charge') return;
  }
  await ctx.payouts.update(reference, (p) => ({ ...p, callbacks: [...p.callbacks, entry] }));
}

/** A rejected callback is not trusted, but its orderId tells which order to show it on. */
function orderIdOf(rawBody: string): string | undefined {
  try {
    const body = JSON.parse(rawBody) as { orderId?: unknown };
    return typeof body.orderId === 'string' ? body.orderId.slice(0, 48) : undefined;
  } catch {
    return undefined;
  }
}
