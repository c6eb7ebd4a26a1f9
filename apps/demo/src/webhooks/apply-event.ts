import type { WebhookEvent } from '@paymux/core';
import type { DemoContext } from '../context.js';
import { moneyText } from '../ui/money-text.js';

/**
 * The shop's state machine for one verified, first-seen callback: the order or payout
 * takes the event's final status. The core already refused duplicates and events that
 * would move a final order back (`stale`); this runs inside `webhooks.handle`, so the
 * gateway gets `SUCCESS` only after the new state is stored.
 */
export async function applyEvent(ctx: DemoContext, event: WebhookEvent): Promise<void> {
  const at = new Date().toISOString();
  const callback = {
    at,
    eventId: event.id,
    type: event.type,
    outcome: 'handled' as const,
    verified: true,
    httpStatus: 200,
  };
  if (event.type === 'charge.succeeded' || event.type === 'charge.failed') {
    const status = event.status as 'succeeded' | 'failed';
    const text =
      status === 'succeeded'
        ? `Paid ${moneyText(event.money)}${event.fee ? ` (fee ${moneyText(event.fee)})` : ''} — callback`
        : `Payment failed${event.failureReason ? `: ${event.failureReason}` : ''} — callback`;
    await ctx.orders.update(event.reference, (order) => ({
      ...order,
      status,
      ...(event.fee ? { fee: event.fee } : {}),
      history: [...order.history, { at, kind: 'status', status, text }],
      callbacks: [...order.callbacks, callback],
    }));
    return;
  }
  await ctx.payouts.update(event.reference, (payout) => ({
    ...payout,
    status: event.status as 'succeeded' | 'failed',
    ...(event.fee ? { fee: event.fee } : {}),
    ...(event.failureReason ? { failureReason: event.failureReason } : {}),
    callbacks: [...payout.callbacks, callback],
  }));
}
