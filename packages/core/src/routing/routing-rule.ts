import type { ProviderFeature } from '../contract/capabilities.js';
import type { PaymentMethodType } from '../contract/method.js';

/** What a rule applies to; an absent field matches anything. */
export interface RouteMatch {
  readonly country?: string;
  readonly currency?: string;
  readonly method?: PaymentMethodType;
}

/** Try these providers, in this order. */
export interface OrderedRule {
  readonly match?: RouteMatch;
  readonly providers: readonly string[];
}

/**
 * Pick the first provider at random in proportion to its weight; the others follow as
 * fallbacks by descending weight.
 */
export interface WeightedRule {
  readonly match?: RouteMatch;
  readonly weights: Readonly<Record<string, number>>;
}

export type RoutingRule = OrderedRule | WeightedRule;

export interface RoutingOptions {
  /** The first rule whose `match` fits decides the order; no match → registration order. */
  readonly rules?: readonly RoutingRule[];
  /** Source of randomness in [0, 1) for weighted rules. Default `Math.random`. */
  readonly random?: () => number;
}

/** What one operation needs from a provider. */
export interface RouteRequest {
  readonly feature: ProviderFeature;
  readonly country?: string;
  readonly currency?: string;
  readonly method?: PaymentMethodType;
}
