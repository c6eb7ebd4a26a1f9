import { localDateIn, type ReconciliationReport } from '@paymux/core';
import type { Market } from '../config/countries.js';
import type { DemoContext } from '../context.js';
import { applyEvent } from '../webhooks/apply-event.js';

/** The shop's contract with OTGPAY: 2.5 % on payments, 1 % on payouts (the sandbox's rates). */
export const CONTRACT_FEES = { chargeBps: 250, payoutBps: 100 } as const;

/** The market's time zone, as its provider keeps its books (`Asia/Jakarta` …). */
export function timeZoneOf(ctx: DemoContext, market: Market): string {
  const provider = ctx.paymux.providers.find((p) => p.id === market.providerId);
  return provider?.reconciliationProfile?.(market.currency).timeZone ?? 'UTC';
}

/** Today in the market's zone, shifted by `days`. */
export function marketDay(ctx: DemoContext, market: Market, days = 0): string {
  return localDateIn(Date.now() + days * 86_400_000, timeZoneOf(ctx, market));
}

/**
 * One reconciliation of a market's day. With `repair`, orders the gateway reports final
 * while the shop still waits are applied through the webhook path with the shop's own
 * handler (`applyEvent`), so each runs once, exactly as if the callback had arrived.
 */
export function reconcileMarket(
  ctx: DemoContext,
  market: Market,
  day: string,
  repair = false,
): Promise<ReconciliationReport> {
  return ctx.paymux.reconcile({
    provider: market.providerId,
    day,
    fees: CONTRACT_FEES,
    ...(repair ? { repair: true, handler: (event) => applyEvent(ctx, event) } : {}),
  });
}
