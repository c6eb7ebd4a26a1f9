import type { PaymentMethodType } from './method.js';

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
  readonly countries: readonly string[];
  readonly currencies: readonly string[];
  readonly methods: readonly PaymentMethodType[];
  readonly features: readonly ProviderFeature[];
}
