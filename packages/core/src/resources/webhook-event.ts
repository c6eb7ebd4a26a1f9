import type { Money } from '../money/money.js';
import type { ChargeStatus } from './charge.js';
import type { PayoutStatus } from './payout.js';

export type WebhookEventType =
  | 'charge.succeeded'
  | 'charge.failed'
  | 'payout.succeeded'
  | 'payout.failed';

/** A verified, normalized provider notification. */
export interface WebhookEvent {
  readonly object: 'webhook_event';
  /** Stable across redeliveries of the same notification: `${type}:${reference}`. Deduplicate on it. */
  readonly id: string;
  readonly type: WebhookEventType;
  readonly provider: string;
  /** Merchant reference of the charge or payout. */
  readonly reference: string;
  readonly providerReference: string;
  readonly money: Money;
  readonly fee?: Money;
  readonly status: ChargeStatus | PayoutStatus;
  readonly occurredAt?: Date;
  readonly failureReason?: string;
}

/** What a provider's server expects back once a webhook has been handled. */
export interface WebhookAck {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}
