import type { Money } from '../money/money.js';
import type { ChargeStatus } from './charge.js';
import type { PayoutStatus } from './payout.js';

/**
 * What a webhook reports. Every type is a final status of a charge or payout; the first final
 * event recorded for an order wins (a later, different one is `stale`).
 */
export type WebhookEventType =
  | 'charge.succeeded'
  | 'charge.failed'
  | 'payout.succeeded'
  | 'payout.failed';

/** A verified, normalized provider notification. */
export interface WebhookEvent {
  /** Always `'webhook_event'`. */
  readonly object: 'webhook_event';
  /** Stable across redeliveries of the same notification: `${type}:${reference}`. Deduplicate on it. */
  readonly id: string;
  /** What happened: a charge or payout reached `succeeded` or `failed`. */
  readonly type: WebhookEventType;
  /** Id of the provider instance that sent (and verified) it. */
  readonly provider: string;
  /** Merchant reference of the charge or payout. */
  readonly reference: string;
  /** The provider's own reference of the order. */
  readonly providerReference: string;
  /** The order's amount as the notification reports it, in minor units. */
  readonly money: Money;
  /** The provider's fee, when the notification carries one. */
  readonly fee?: Money;
  /** The order's status as the notification reports it (normally the final status `type` names). */
  readonly status: ChargeStatus | PayoutStatus;
  /** When it happened at the provider, when the notification says. */
  readonly occurredAt?: Date;
  /** The provider's explanation of a failure, when it gives one. */
  readonly failureReason?: string;
}

/** What a provider's server expects back once a webhook has been handled. */
export interface WebhookAck {
  /** HTTP status to answer with. */
  readonly status: number;
  /** Response headers, e.g. `content-type`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Response body, e.g. OTGPAY's `SUCCESS`. */
  readonly body: string;
}
