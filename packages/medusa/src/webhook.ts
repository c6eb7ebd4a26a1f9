import type { ConstructedWebhook } from '@paymux/core';
import { toMajorUnits } from './amount.js';

/** Medusa's `WebhookActionResult` with the action values as plain strings. */
export interface MedusaWebhookAction {
  /**
   * What Medusa does with the payment session: `captured` for a paid charge, `failed` for a
   * failed one, `not_supported` for anything it should ignore (stale or payout events, bad
   * signatures). The other values complete Medusa's type; this provider does not return them.
   */
  readonly action:
    | 'authorized'
    | 'captured'
    | 'failed'
    | 'pending'
    | 'requires_more'
    | 'canceled'
    | 'not_supported'
    | 'pending_authorization';
  /** The session the event is about; absent with `not_supported`. */
  readonly data?: {
    /** The Medusa payment session id: the paymux charge reference of the event. */
    readonly session_id: string;
    /** The paid amount in Medusa major units, exact. */
    readonly amount: string;
  };
}

export const NOT_SUPPORTED: MedusaWebhookAction = { action: 'not_supported' };

/**
 * The Medusa action for a verified paymux webhook. A paid charge is `captured` with the
 * session id (the charge reference) and the paid amount in Medusa major units; a failed
 * one is `failed` (Medusa ignores it today: poll `getPaymentStatus` for expired QR codes).
 * A stale event (an order that already reached another final status) and payout events
 * are `not_supported`. A duplicate of a paid event maps to `captured` again: Medusa's
 * payment workflow is idempotent on its own records (one payment, one capture), and
 * answering `not_supported` would lose the capture when Medusa retries its handler.
 */
export function toWebhookAction(constructed: ConstructedWebhook): MedusaWebhookAction {
  const { event, stale } = constructed;
  if (stale) return NOT_SUPPORTED;
  const data = { session_id: event.reference, amount: toMajorUnits(event.money) };
  switch (event.type) {
    case 'charge.succeeded':
      return { action: 'captured', data };
    case 'charge.failed':
      return { action: 'failed', data };
    default:
      return NOT_SUPPORTED;
  }
}

/**
 * The raw body as Medusa hands it over: a Buffer from the route, or `{ type: 'Buffer',
 * data: [...] }` after a trip through a serializing event bus.
 */
export function rawBodyOf(rawData: unknown, data: unknown): string | Uint8Array {
  if (typeof rawData === 'string' || rawData instanceof Uint8Array) return rawData;
  if (
    typeof rawData === 'object' &&
    rawData !== null &&
    (rawData as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((rawData as { data?: unknown }).data)
  ) {
    return Uint8Array.from((rawData as { data: number[] }).data);
  }
  return JSON.stringify(data ?? {});
}
