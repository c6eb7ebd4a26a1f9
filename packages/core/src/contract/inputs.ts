import type { MoneyInput } from '../money/money.js';
import type { PaymentMethod, PayoutDestination } from './method.js';
import type { Party } from './party.js';

/** Take money from a payer. `reference` is the merchant's unique id for the charge (max 48). */
export interface CreateChargeInput {
  /**
   * The merchant's id for this charge: 1–48 characters of `A-Z a-z 0-9 _ -`. It is the
   * idempotency key of the create: repeating the call with it never charges twice, and
   * reusing it for a different amount or currency throws `InvalidStateError`.
   */
  readonly reference: string;
  /** The amount to collect: a positive integer in the currency's minor units (`bigint`, or a safe-integer `number`). */
  readonly money: MoneyInput;
  /** ISO 3166-1 alpha-2, e.g. `ID`, `TH`, `PK`. */
  readonly country: string;
  /** How the payer pays; must be one of the routed provider's `capabilities.methods`. */
  readonly method: PaymentMethod;
  /** The payer. The country adapter normalizes and checks the phone (and national id where required). */
  readonly customer: Party;
  /** Free text shown to the payer where the provider supports it, at most 255 characters. */
  readonly description?: string;
  /** Where the provider posts webhooks for this charge. */
  readonly notifyUrl?: string;
  /** Where the payer returns after paying. */
  readonly returnUrl?: string;
}

/** Look up a charge by the merchant's reference. */
export interface GetChargeInput {
  /** The reference the charge was created with. */
  readonly reference: string;
}

/** Give back some or all of a paid charge. Repeatable until the paid amount is used up. */
export interface CreateRefundInput {
  /** The `reference` of the charge to refund; the refund goes to the provider that holds it. */
  readonly chargeReference: string;
  /** The merchant's unique id for this refund (max 48). */
  readonly reference: string;
  /**
   * The amount to give back, in minor units of the charge's currency; less than the charge is
   * a partial refund (the provider must offer `partial_refund`).
   */
  readonly money: MoneyInput;
  /** Why the money is returned, at most 255 characters. */
  readonly reason?: string;
}

/** Send money to a bank account or e-wallet. */
export interface CreatePayoutInput {
  /**
   * The merchant's id for this payout (1–48 characters of `A-Z a-z 0-9 _ -`), the idempotency
   * key of the send: repeating the call never pays twice; reusing it for a different amount,
   * currency or destination throws `InvalidStateError`.
   */
  readonly reference: string;
  /** The amount to send: a positive integer in the currency's minor units. */
  readonly money: MoneyInput;
  /** ISO 3166-1 alpha-2 country of the destination account, e.g. `TH`. */
  readonly country: string;
  /** The bank account or e-wallet that receives the money. */
  readonly destination: PayoutDestination;
  /** The account holder being paid. */
  readonly recipient: Party;
  /** Where the provider posts the payout's final-status webhook. */
  readonly notifyUrl?: string;
}

/** Look up a payout by the merchant's reference. */
export interface GetPayoutInput {
  /** The reference the payout was created with. */
  readonly reference: string;
}

/**
 * Several payouts sent to one provider in one call. All items share one currency and one
 * country, and their references are unique within the batch.
 */
export interface CreatePayoutBatchInput {
  /** The merchant's unique id for the batch, the idempotency key of the whole batch. */
  readonly reference: string;
  /** 1 to {@link MAX_BATCH_ITEMS} payouts; each keeps its own `reference`. */
  readonly items: readonly CreatePayoutInput[];
  /** Where the provider posts item webhooks, for items that do not name their own `notifyUrl`. */
  readonly notifyUrl?: string;
}

/** Which balance a provider reports. */
export interface GetBalanceInput {
  /** ISO 4217 code of the balance, e.g. `PKR`. */
  readonly currency: string;
}

/** A date range in the provider's country time, both ends inclusive, `yyyy-MM-dd`. */
export interface ListRangeInput {
  /** First day of the range, `yyyy-MM-dd`, inclusive. */
  readonly startDate: string;
  /** Last day of the range, `yyyy-MM-dd`, inclusive. */
  readonly endDate: string;
  /** Items fetched per page from the provider, 1 to 100. */
  readonly pageSize?: number;
}

/** A webhook exactly as received: the raw body bytes or text, and the headers. */
export interface WebhookRequest {
  /**
   * The body exactly as it arrived, before any JSON parsing: signatures are computed over
   * these bytes, so a re-serialized body fails verification.
   */
  readonly rawBody: string | Uint8Array;
  /** The request headers as the HTTP framework gives them (names in any case). */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
}
