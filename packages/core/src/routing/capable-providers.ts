import type { PaymentProvider } from '../contract/provider.js';
import type { RouteRequest } from './routing-rule.js';

/** True when `provider`'s capabilities cover every part of `request`. */
export function canServe(provider: PaymentProvider, request: RouteRequest): boolean {
  const { capabilities } = provider;
  return (
    capabilities.features.includes(request.feature) &&
    (request.country === undefined || capabilities.countries.includes(request.country)) &&
    (request.currency === undefined || capabilities.currencies.includes(request.currency)) &&
    (request.method === undefined || capabilities.methods.includes(request.method))
  );
}
