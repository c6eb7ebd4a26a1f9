import type { ErrorCode } from '../errors/error-code.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import type { Charge, ChargeStatus } from '../resources/charge.js';
import type { Payout, PayoutStatus } from '../resources/payout.js';
import type { Refund } from '../resources/refund.js';
import type { WebhookEvent } from '../resources/webhook-event.js';

/** One HTTP request a provider sent. Bodies only with `logBodies: true`, always redacted. */
export interface RequestEventPayload {
  readonly provider: string;
  readonly operation: string;
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey?: string;
  readonly attempt: number;
  readonly body?: unknown;
}

/** The answer to a request; `status` is undefined when none arrived. */
export interface ResponseEventPayload extends RequestEventPayload {
  readonly status?: number;
  readonly durationMs: number;
  readonly providerCode?: string;
}

export interface RetryEventPayload {
  readonly provider: string;
  readonly operation: string;
  /** The attempt that failed; the next one is `attempt + 1`. */
  readonly attempt: number;
  readonly delayMs: number;
  readonly code: ErrorCode;
}

export interface ErrorEventPayload {
  readonly provider?: string;
  readonly operation: string;
  readonly reference?: string;
  readonly error: PaymuxError;
}

export interface ChargeUpdatedPayload {
  readonly charge: Charge;
  readonly previousStatus: ChargeStatus;
}

export interface PayoutUpdatedPayload {
  readonly payout: Payout;
  readonly previousStatus: PayoutStatus;
}

export interface PayoutBatchProgressPayload {
  readonly provider: string;
  readonly reference: string;
  readonly done: number;
  readonly total: number;
}

/**
 * Every event a `Paymux` client emits, with its listener's argument. Listeners are typed:
 * `paymux.on('charge.created', (charge) => charge.reference)`.
 */
export interface PaymuxEventMap {
  request: [RequestEventPayload];
  response: [ResponseEventPayload];
  retry: [RetryEventPayload];
  error: [ErrorEventPayload];
  'charge.created': [Charge];
  'charge.updated': [ChargeUpdatedPayload];
  'refund.created': [Refund];
  'payout.created': [Payout];
  'payout.updated': [PayoutUpdatedPayload];
  'payout_batch.progress': [PayoutBatchProgressPayload];
  'webhook.received': [WebhookEvent];
  'webhook.duplicate': [WebhookEvent];
}

export type PaymuxEventName = keyof PaymuxEventMap;
