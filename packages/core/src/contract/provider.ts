import type { Money } from '../money/money.js';
import type { Balance } from '../resources/balance.js';
import type { Charge } from '../resources/charge.js';
import type { Payout, PayoutBatchResult } from '../resources/payout.js';
import type { Refund } from '../resources/refund.js';
import type { Settlement } from '../resources/settlement.js';
import type { StatementEntry } from '../resources/statement-entry.js';
import type { WebhookAck, WebhookEvent } from '../resources/webhook-event.js';
import type { ProviderCapabilities } from './capabilities.js';
import type {
  CreateChargeInput,
  CreatePayoutBatchInput,
  CreatePayoutInput,
  CreateRefundInput,
  GetBalanceInput,
  GetChargeInput,
  GetPayoutInput,
  ListRangeInput,
  WebhookRequest,
} from './inputs.js';
import type { PayoutDestination } from './method.js';
import type { ReconciliationProfile } from './reconciliation-profile.js';

/**
 * An operation input as a provider receives it: validated by the core, with `money` normalized
 * from {@link MoneyInput} to exact {@link Money} (`bigint` minor units). Inputs without
 * `money` are unchanged.
 */
export type Normalized<T> = T extends {
  /** Any input carrying money is normalized. */
  readonly money: unknown;
}
  ? Omit<T, 'money'> & {
      /** The validated amount: a positive `bigint` of minor units and its ISO 4217 currency. */
      readonly money: Money;
    }
  : T;

/** Events a provider reports about its own wire traffic. The core adds the rest. */
export interface ProviderRequestEvent {
  /** HTTP method, e.g. `POST`. */
  readonly method: string;
  /** Request path (and query); the core redacts the query string before emitting it. */
  readonly path: string;
  /** The key sent with the request, when the wire protocol carries one; else the core uses `ctx.idempotencyKey`. */
  readonly idempotencyKey?: string;
  /** Only when the client opted in to bodies; always redacted. */
  readonly body?: unknown;
}

/** What a provider reports once a request it sent ended, with or without an answer. */
export interface ProviderResponseEvent extends ProviderRequestEvent {
  /** HTTP status, or undefined when no response arrived. */
  readonly status?: number;
  /** Milliseconds from sending the request to the answer (or the failure). */
  readonly durationMs: number;
  /** The provider's own result code, e.g. OTGPAY `1002`. */
  readonly providerCode?: string;
}

/**
 * Where a provider reports its wire traffic (`ctx.observer`); the core turns each report into
 * a redacted `request` / `response` event. Both methods are synchronous and never throw.
 */
export interface ProviderObserver {
  /**
   * False when the observer drops request and response bodies (the client's `logBodies`
   * is off): a provider may then skip building their redacted copies.
   */
  readonly bodies?: boolean;
  /** Call once per HTTP request, just before it is sent. */
  request(event: ProviderRequestEvent): void;
  /** Call once per HTTP request when it ended: answered, failed or timed out. */
  response(event: ProviderResponseEvent): void;
}

/**
 * Passed by the core to every provider call. A provider never sleeps or retries on its
 * own: it makes one attempt and classifies failures (`retryable`, `unknown_outcome`).
 */
export interface OperationContext {
  /** One key per logical operation, identical on every attempt. */
  readonly idempotencyKey: string;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The caller's abort signal: pass it to the HTTP request so an abort stops the attempt. */
  readonly signal?: AbortSignal;
  /** Report every HTTP request and response here (it feeds the `request`/`response` events). */
  readonly observer: ProviderObserver;
}

/**
 * The contract every provider implements. Operations a provider does not offer throw
 * `UnsupportedError` (extend `BaseProvider` to get that for free).
 *
 * Ambiguous writes: when a create may have taken effect but no answer says so
 * (timeout, reset, provider fault), throw `UnknownOutcomeError`; the core then calls the
 * matching `get*` with the same reference before anything is sent again.
 *
 * A create refused because its reference is already used throws `ValidationError` with
 * `field: 'reference'` and `rule: 'duplicate'`: the core reads that as "an object with this
 * reference exists here", queries it and adopts it when it matches the request; it never
 * fails over on it and the duplicate error never reaches the caller.
 *
 * Write failures are an allow-list: a provider throws a definite refusal (`validation`,
 * `invalid_state`, `not_found`, `authentication`, `rate_limited`, `provider_error`,
 * `network` without `outcomeUnknown`) only when it proves nothing happened. Anything it
 * does not recognise — an unknown code, an answer it cannot parse or verify — is
 * `unknown_outcome`. A refusal that came in an answer carries `providerCode`; unless
 * `outcomeUnknown: false` says the request never reached the provider, the core confirms it
 * with a query by reference before reporting it or failing over.
 */
export interface PaymentProvider {
  /** Unique id of this provider instance, e.g. `otgpay-id`. */
  readonly id: string;
  /** The provider's family name, e.g. `otgpay`. */
  readonly name: string;
  /** What this instance serves; the router never sends it an operation outside it. */
  readonly capabilities: ProviderCapabilities;

  /**
   * One attempt to create a charge under `input.reference`, sending `ctx.idempotencyKey` where
   * the wire protocol allows. Resolves with the charge as created (usually `pending` with a
   * `nextAction`). Failures follow the write allow-list above.
   */
  createCharge(input: Normalized<CreateChargeInput>, ctx: OperationContext): Promise<Charge>;
  /**
   * The charge created under `input.reference`, with its current status and refunds. Throws
   * `NotFoundError` when this provider has no such charge (the core reads that as "never
   * created here" when it resolves an unknown outcome).
   */
  getCharge(input: GetChargeInput, ctx: OperationContext): Promise<Charge>;
  /**
   * One attempt to refund `input.money` of the charge `input.chargeReference` under the refund
   * reference `input.reference`. A refund already under that reference is found later through
   * `getCharge(...).refunds`.
   */
  refund(input: Normalized<CreateRefundInput>, ctx: OperationContext): Promise<Refund>;
  /** One attempt to send a payout under `input.reference`; failures follow the write allow-list above. */
  createPayout(input: Normalized<CreatePayoutInput>, ctx: OperationContext): Promise<Payout>;
  /** The payout created under `input.reference`; `NotFoundError` when this provider has none. */
  getPayout(input: GetPayoutInput, ctx: OperationContext): Promise<Payout>;
  /**
   * One attempt to send a whole batch (items already validated, one currency and country).
   * Resolves with one result per item, in input order; an item refused alone is `ok: false`
   * with its error, and an item whose own outcome is unclear carries `unknown_outcome`.
   * Throw only when the batch as a whole failed.
   */
  createPayoutBatch(
    input: NormalizedPayoutBatch,
    ctx: OperationContext,
  ): Promise<PayoutBatchResult>;
  /** The merchant account's balance in `input.currency` at this provider. */
  getBalance(input: GetBalanceInput, ctx: OperationContext): Promise<Balance>;
  /** Settlements dated within the range, fetched page by page as the caller iterates. */
  listSettlements(input: ListRangeInput, ctx: OperationContext): AsyncIterable<Settlement>;
  /** Balance movements (statement entries) within the range, fetched page by page as the caller iterates. */
  listStatement(input: ListRangeInput, ctx: OperationContext): AsyncIterable<StatementEntry>;
  /** Verify and normalize a webhook. Throws `SignatureInvalidError` or `ValidationError`. */
  parseWebhook(request: WebhookRequest): Promise<WebhookEvent>;
  /** The reply the provider's server expects once a webhook was handled. */
  webhookAck(): WebhookAck;
  /**
   * Time zone, settlement lag and fee rates of `currency`'s books, for `paymux.reconcile`.
   * Optional: without it, reconcile needs `timeZone` (and `fees` to check fee rates).
   * `BaseProvider` throws `UnsupportedError`.
   */
  reconciliationProfile?(currency: string): ReconciliationProfile;
  /**
   * Optional: `input.destination` in the one form this provider sends it (bank code instead
   * of a bank name, account number without separators), so the core can tell whether a
   * payout found under a reference pays the destination a create asks for. Without it the
   * destinations are compared as given. Throws `ValidationError` as `createPayout` would.
   */
  canonicalPayoutDestination?(input: Normalized<CreatePayoutInput>): PayoutDestination;
}

/** A payout batch as a provider receives it: validated, every item's money normalized to `bigint`. */
export interface NormalizedPayoutBatch extends Omit<CreatePayoutBatchInput, 'items'> {
  /** The payouts, in the caller's order; one currency, one country, unique references. */
  readonly items: readonly Normalized<CreatePayoutInput>[];
}
