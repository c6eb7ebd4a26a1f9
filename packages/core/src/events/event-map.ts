import type { ErrorCode } from '../errors/error-code.js';
import type { PaymuxError } from '../errors/paymux-error.js';
import type { Charge, ChargeStatus } from '../resources/charge.js';
import type { Payout, PayoutStatus } from '../resources/payout.js';
import type { Refund } from '../resources/refund.js';
import type { WebhookEvent } from '../resources/webhook-event.js';

/** One HTTP request a provider sent. Bodies only with `logBodies: true`, always redacted. */
export interface RequestEventPayload {
  /** Id of the provider instance that sent it. */
  readonly provider: string;
  /** The contract operation, e.g. `createCharge`, `getCharge` (a reconcile query), `listStatement`. */
  readonly operation: string;
  /** HTTP method. */
  readonly method: string;
  /** Request path; a query string is redacted (it may carry a signature). */
  readonly path: string;
  /** The idempotency key of the logical operation: identical on every attempt of one create. */
  readonly idempotencyKey?: string;
  /** 1 for the first attempt of the operation (or of its reconcile query). */
  readonly attempt: number;
  /** The request body, redacted; present only with `logBodies: true`. */
  readonly body?: unknown;
}

/** The answer to a request; `status` is undefined when none arrived. */
export interface ResponseEventPayload extends RequestEventPayload {
  /** HTTP status; undefined on a timeout or a connection failure. */
  readonly status?: number;
  /** Milliseconds from sending to the answer or the failure. */
  readonly durationMs: number;
  /** The provider's own result code, e.g. OTGPAY `1002`, when the answer carried one. */
  readonly providerCode?: string;
}

/** The core is about to wait `delayMs` and try again after a retryable (or ambiguous) failure. */
export interface RetryEventPayload {
  /** Id of the provider being retried (retries never switch provider). */
  readonly provider: string;
  /** The operation retried, e.g. `createPayout`, or `getPayout` for a reconcile query. */
  readonly operation: string;
  /** The attempt that failed; the next one is `attempt + 1`. */
  readonly attempt: number;
  /** The jittered wait before the next attempt, in milliseconds. */
  readonly delayMs: number;
  /** The code of the failure that triggered the retry. */
  readonly code: ErrorCode;
}

/**
 * A write failed for good at a provider (after retries and reconcile), or a webhook handler
 * threw or finished after its lease. The same error is thrown to the caller (for writes) or
 * answered as a 500 (for a handler); the event is for logging and alerting.
 */
export interface ErrorEventPayload {
  /** Id of the provider instance involved, when one was. */
  readonly provider?: string;
  /** The operation, e.g. `createCharge`, `createPayoutBatch`, or `webhook` for a handler failure. */
  readonly operation: string;
  /** The merchant reference of the failed write, when there is one. */
  readonly reference?: string;
  /** The error, with `code`, `field`, `reference`; never a secret. */
  readonly error: PaymuxError;
}

/** A `charges.retrieve` found a charge in another status than the one last recorded. */
export interface ChargeUpdatedPayload {
  /** The charge as just retrieved. */
  readonly charge: Charge;
  /** The status recorded before this retrieval. */
  readonly previousStatus: ChargeStatus;
}

/** A `payouts.retrieve` found a payout in another status than the one last recorded. */
export interface PayoutUpdatedPayload {
  /** The payout as just retrieved. */
  readonly payout: Payout;
  /** The status recorded before this retrieval. */
  readonly previousStatus: PayoutStatus;
}

/**
 * Progress of a payout batch: `createBatch` emits `done: 0` when it sends the batch and
 * `done: total` once its results are recorded; `streamBatch` emits after each chunk, with the
 * stream's own reference.
 */
export interface PayoutBatchProgressPayload {
  /** Id of the provider instance the batch (or chunk) went to. */
  readonly provider: string;
  /** The batch reference (for `streamBatch`, the stream's reference, not a chunk's). */
  readonly reference: string;
  /** Items with a result so far. */
  readonly done: number;
  /** Items in the batch; for `streamBatch`, items read from the source so far. */
  readonly total: number;
}

/**
 * Every event a `Paymux` client emits, with its listener's argument. Listeners are typed:
 * `paymux.on('charge.created', (charge) => charge.reference)`.
 */
export interface PaymuxEventMap {
  /** A provider is sending one HTTP request (each attempt, each reconcile query, each page). */
  request: [RequestEventPayload];
  /** That request ended, with an answer or without one. */
  response: [ResponseEventPayload];
  /** A failed attempt will be tried again after a backoff. */
  retry: [RetryEventPayload];
  /**
   * A write failed for good, or a webhook handler failed. Unlike Node's `EventEmitter`, an
   * `error` event without a listener is ignored (the failure still reaches the caller).
   */
  error: [ErrorEventPayload];
  /** `charges.create` created a charge (not emitted when a repeated call returns the stored one). */
  'charge.created': [Charge];
  /** `charges.retrieve` saw a status change. Webhooks emit `webhook.received` instead. */
  'charge.updated': [ChargeUpdatedPayload];
  /** `refunds.create` created a refund. */
  'refund.created': [Refund];
  /** `payouts.create` created a payout, or a batch item was accepted. */
  'payout.created': [Payout];
  /** `payouts.retrieve` saw a status change. */
  'payout.updated': [PayoutUpdatedPayload];
  /** A payout batch or stream made progress. */
  'payout_batch.progress': [PayoutBatchProgressPayload];
  /** A verified webhook seen for the first time (within the dedupe TTL). */
  'webhook.received': [WebhookEvent];
  /** A verified webhook already seen, or one another delivery is handling right now. */
  'webhook.duplicate': [WebhookEvent];
}

/** The name of any event a `Paymux` client emits: `'charge.created'`, `'retry'`, … */
export type PaymuxEventName = keyof PaymuxEventMap;
