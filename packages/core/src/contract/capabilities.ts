import type { PaymentMethodType } from './method.js';

/**
 * An operation family a provider instance offers. The router only sends an operation to a
 * provider listing its feature (`charge` for `charges.create`, `payout_batch` for
 * `payouts.createBatch`, …); `partial_refund` is needed for a refund smaller than the charge.
 */
export type ProviderFeature =
  | 'charge'
  | 'refund'
  | 'partial_refund'
  | 'payout'
  | 'payout_batch'
  | 'balance'
  | 'settlements'
  | 'statement'
  | 'webhooks';

/** What a provider instance can serve. The router reads it; nothing is sent to a provider outside it. */
export interface ProviderCapabilities {
  /** ISO 3166-1 alpha-2 codes of the countries served, e.g. `['ID']`. */
  readonly countries: readonly string[];
  /** ISO 4217 codes of the currencies accepted, e.g. `['IDR']`. */
  readonly currencies: readonly string[];
  /** Payment method families offered for charges. */
  readonly methods: readonly PaymentMethodType[];
  /** Operation families offered; an operation whose feature is missing is never routed here. */
  readonly features: readonly ProviderFeature[];
}
