import type { ProviderFeature } from '../contract/capabilities.js';
import type { PaymentMethodType } from '../contract/method.js';

/** What a rule applies to; an absent field matches anything. */
export interface RouteMatch {
  /** ISO 3166-1 alpha-2 country of the operation. */
  readonly country?: string;
  /** ISO 4217 currency of the operation. */
  readonly currency?: string;
  /** Payment method family (charges only). */
  readonly method?: PaymentMethodType;
}

/** Try these providers, in this order. */
export interface OrderedRule {
  /** Which operations the rule applies to; absent: all. */
  readonly match?: RouteMatch;
  /**
   * Provider ids, best first. Only these are used for a matching operation (capable ones;
   * `UnsupportedError` when none of them is); an unknown id makes `createPaymux` throw.
   */
  readonly providers: readonly string[];
}

/**
 * Pick the first provider at random in proportion to its weight; the others follow as
 * fallbacks by descending weight.
 */
export interface WeightedRule {
  /** Which operations the rule applies to; absent: all. */
  readonly match?: RouteMatch;
  /**
   * Provider id → relative weight (e.g. `{ a: 80, b: 20 }`). Only these providers are used;
   * weight 0 is never first but stays as the last fallback.
   */
  readonly weights: Readonly<Record<string, number>>;
}

/** One routing rule: a fixed order or a weighted split. */
export type RoutingRule = OrderedRule | WeightedRule;

/**
 * How the client orders the capable providers of an operation.
 *
 * @example
 * ```ts
 * import type { RoutingOptions } from '@paymux/core';
 *
 * const routing: RoutingOptions = {
 *   rules: [
 *     { match: { country: 'ID', method: 'qr' }, weights: { 'psp-a': 80, 'psp-b': 20 } },
 *     { match: { country: 'TH' }, providers: ['psp-b', 'psp-a'] },
 *   ],
 * };
 * ```
 */
export interface RoutingOptions {
  /** The first rule whose `match` fits decides the order; no match → registration order. */
  readonly rules?: readonly RoutingRule[];
  /** Source of randomness in [0, 1) for weighted rules. Default `Math.random`. */
  readonly random?: () => number;
}

/** What one operation needs from a provider. */
export interface RouteRequest {
  /** The operation family the provider must offer. */
  readonly feature: ProviderFeature;
  /** The operation's country, when it has one. */
  readonly country?: string;
  /** The operation's currency, when it has one. */
  readonly currency?: string;
  /** The charge's payment method family. */
  readonly method?: PaymentMethodType;
}
