import type { MoneyInput } from '../money/money.js';
import type { PaymentMethod, PayoutDestination } from './method.js';
import type { Party } from './party.js';

/** Take money from a payer. `reference` is the merchant's unique id for the charge (max 48). */
export interface CreateChargeInput {
  readonly reference: string;
  readonly money: MoneyInput;
  /** ISO 3166-1 alpha-2, e.g. `ID`, `TH`, `PK`. */
  readonly country: string;
  readonly method: PaymentMethod;
  readonly customer: Party;
  readonly description?: string;
  /** Where the provider posts webhooks for this charge. */
  readonly notifyUrl?: string;
  /** Where the payer returns after paying. */
  readonly returnUrl?: string;
}

export interface GetChargeInput {
  readonly reference: string;
}

/** Give back some or all of a paid charge. Repeatable until the paid amount is used up. */
export interface CreateRefundInput {
  readonly chargeReference: string;
  /** The merchant's unique id for this refund (max 48). */
  readonly reference: string;
  readonly money: MoneyInput;
  readonly reason?: string;
}

/** Send money to a bank account or e-wallet. */
export interface CreatePayoutInput {
  readonly reference: string;
  readonly money: MoneyInput;
  readonly country: string;
  readonly destination: PayoutDestination;
  readonly recipient: Party;
  readonly notifyUrl?: string;
}

export interface GetPayoutInput {
  readonly reference: string;
}

export interface CreatePayoutBatchInput {
  /** The merchant's unique id for the batch. */
  readonly reference: string;
  readonly items: readonly CreatePayoutInput[];
  readonly notifyUrl?: string;
}

export interface GetBalanceInput {
  readonly currency: string;
}

/** A date range in the provider's country time, both ends inclusive, `yyyy-MM-dd`. */
export interface ListRangeInput {
  readonly startDate: string;
  readonly endDate: string;
  /** Items fetched per page from the provider. */
  readonly pageSize?: number;
}

/** A webhook exactly as received: the raw body bytes or text, and the headers. */
export interface WebhookRequest {
  readonly rawBody: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
}
