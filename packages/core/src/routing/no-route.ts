import type { PaymentProvider } from '../contract/provider.js';
import { UnsupportedError } from '../errors/error-classes.js';
import type { RouteRequest } from './routing-rule.js';

/**
 * Why no registered provider can serve `request`, as precisely as the registrations allow.
 * When exactly one provider serves the request's country, its own capabilities say what is
 * wrong (`otgpay-id serves ID in IDR, not THB`; `ID offers qr, virtual_account, ewallet,
 * not mobile_banking`) with `field` on the input; otherwise the country itself, or the
 * request as a whole, is named.
 */
export function noRouteError(
  providers: readonly PaymentProvider[],
  request: RouteRequest,
): UnsupportedError {
  const what = [request.feature, request.country, request.currency, request.method]
    .filter(Boolean)
    .join('/');
  const registered = providers.map((p) => p.id).join(', ') || 'none';
  if (request.country !== undefined) {
    const forCountry = providers.filter((p) =>
      p.capabilities.countries.includes(request.country as string),
    );
    if (forCountry.length === 0) {
      const countries = [...new Set(providers.flatMap((p) => p.capabilities.countries))].join(', ');
      return new UnsupportedError(
        `No registered provider serves country ${request.country} (registered: ${registered}; countries: ${countries || 'none'})`,
        { field: 'country', rule: 'unsupported' },
      );
    }
    if (forCountry.length === 1) {
      const [only] = forCountry as [PaymentProvider];
      const caps = only.capabilities;
      if (request.currency !== undefined && !caps.currencies.includes(request.currency)) {
        return new UnsupportedError(
          `${request.country} takes ${caps.currencies.join(', ')}, not ${request.currency} (provider ${only.id})`,
          { field: 'money.currency', rule: 'currency', provider: only.id },
        );
      }
      if (request.method !== undefined && !caps.methods.includes(request.method)) {
        return new UnsupportedError(
          `${request.country} offers ${caps.methods.join(', ')}; not ${request.method} (provider ${only.id})`,
          { field: 'method.type', rule: 'enum', provider: only.id },
        );
      }
      if (!caps.features.includes(request.feature)) {
        return new UnsupportedError(
          `${only.id} does not support ${request.feature} (it supports ${caps.features.join(', ')})`,
          { provider: only.id, rule: 'feature' },
        );
      }
    }
  }
  return new UnsupportedError(
    `No registered provider can serve ${what} (registered: ${registered})`,
  );
}
