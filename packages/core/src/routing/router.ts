import type { PaymentProvider } from '../contract/provider.js';
import { UnsupportedError } from '../errors/error-classes.js';
import { canServe } from './capable-providers.js';
import { noRouteError } from './no-route.js';
import type { RouteMatch, RouteRequest, RoutingOptions, RoutingRule } from './routing-rule.js';
import { weightedOrder } from './weighted-order.js';

function matches(match: RouteMatch | undefined, request: RouteRequest): boolean {
  if (!match) return true;
  return (
    (match.country === undefined || match.country === request.country) &&
    (match.currency === undefined || match.currency === request.currency) &&
    (match.method === undefined || match.method === request.method)
  );
}

function ruleIds(rule: RoutingRule): string[] {
  return 'providers' in rule ? [...rule.providers] : Object.keys(rule.weights);
}

/**
 * Chooses the ordered candidates of one operation. Candidates are the registered
 * providers whose capabilities cover the request. The first rule whose `match` fits
 * orders them (and only its listed providers are used); without a matching rule they
 * keep registration order. No candidate → `UnsupportedError`.
 */
export class Router {
  readonly #providers: readonly PaymentProvider[];
  readonly #byId = new Map<string, PaymentProvider>();
  readonly #rules: readonly RoutingRule[];
  readonly #random: () => number;

  /**
   * Throws `TypeError` when two providers share an id or a rule names an unregistered one.
   */
  constructor(providers: readonly PaymentProvider[], options: RoutingOptions = {}) {
    for (const provider of providers) {
      if (this.#byId.has(provider.id)) {
        throw new TypeError(`Two providers are registered with the id "${provider.id}"`);
      }
      this.#byId.set(provider.id, provider);
    }
    this.#providers = providers;
    this.#rules = options.rules ?? [];
    this.#random = options.random ?? Math.random;
    this.#rules.forEach((rule, index) => {
      for (const id of ruleIds(rule)) {
        if (!this.#byId.has(id)) {
          throw new TypeError(`routing.rules.${index} names unknown provider "${id}"`);
        }
      }
    });
  }

  /** Every registered provider, in registration order. */
  get providers(): readonly PaymentProvider[] {
    return this.#providers;
  }

  /** The provider registered as `id`, or `UnsupportedError`. */
  byId(id: string): PaymentProvider {
    const provider = this.#byId.get(id);
    if (!provider) throw new UnsupportedError(`No provider is registered as "${id}"`);
    return provider;
  }

  /** The candidates for `request`, best first. */
  route(request: RouteRequest): PaymentProvider[] {
    const capable = this.#providers.filter((provider) => canServe(provider, request));
    const rule = this.#rules.find((candidate) => matches(candidate.match, request));
    let ordered = capable;
    if (rule) {
      const ids =
        'providers' in rule
          ? [...rule.providers]
          : weightedOrder(
              Object.entries(rule.weights).filter(([id]) => capable.some((p) => p.id === id)),
              this.#random,
            );
      ordered = ids
        .map((id) => capable.find((provider) => provider.id === id))
        .filter((provider): provider is PaymentProvider => provider !== undefined);
    }
    if (ordered.length === 0) {
      throw capable.length === 0
        ? noRouteError(this.#providers, request)
        : new UnsupportedError(
            `The routing rule for ${request.country ?? ''}/${request.currency ?? ''} lists none of the capable providers (${capable.map((p) => p.id).join(', ')})`,
          );
    }
    return ordered;
  }
}
