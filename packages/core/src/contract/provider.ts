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

/** Money as a provider receives it: already validated and normalized to `bigint`. */
export type Normalized<T> = T extends { readonly money: unknown }
  ? Omit<T, 'money'> & { readonly money: Money }
  : T;

/** Events a provider reports about its own wire traffic. The core adds the rest. */
export interface ProviderRequestEvent {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey?: string;
  /** Only when the client opted in to bodies; always redacted. */
  readonly body?: unknown;
}

export interface ProviderResponseEvent extends ProviderRequestEvent {
  /** HTTP status, or undefined when no response arrived. */
  readonly status?: number;
  readonly durationMs: number;
  /** The provider's own result code, e.g. OTGPAY `1002`. */
  readonly providerCode?: string;
}

export interface ProviderObserver {
  request(event: ProviderRequestEvent): void;
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
  readonly signal?: AbortSignal;
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
  readonly capabilities: ProviderCapabilities;

  createCharge(input: Normalized<CreateChargeInput>, ctx: OperationContext): Promise<Charge>;
  getCharge(input: GetChargeInput, ctx: OperationContext): Promise<Charge>;
  refund(input: Normalized<CreateRefundInput>, ctx: OperationContext): Promise<Refund>;
  createPayout(input: Normalized<CreatePayoutInput>, ctx: OperationContext): Promise<Payout>;
  getPayout(input: GetPayoutInput, ctx: OperationContext): Promise<Payout>;
  createPayoutBatch(
    input: NormalizedPayoutBatch,
    ctx: OperationContext,
  ): Promise<PayoutBatchResult>;
  getBalance(input: GetBalanceInput, ctx: OperationContext): Promise<Balance>;
  listSettlements(input: ListRangeInput, ctx: OperationContext): AsyncIterable<Settlement>;
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

export interface NormalizedPayoutBatch extends Omit<CreatePayoutBatchInput, 'items'> {
  readonly items: readonly Normalized<CreatePayoutInput>[];
}
