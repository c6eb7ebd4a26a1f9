import type { ProviderFeature } from '../contract/capabilities.js';
import type { PaymentProvider } from '../contract/provider.js';
import { UnsupportedError, ValidationError } from '../errors/error-classes.js';
import { canServe } from '../routing/capable-providers.js';
import type { Runtime } from './runtime.js';

/**
 * The one provider a read-only account operation (balance, settlements, statement) goes
 * to: the named one (it must offer `feature` for `currency`), else the first routed
 * candidate for `currency`. Such reads never fail over: each provider has its own books.
 */
export function pickProvider(
  runtime: Runtime,
  feature: ProviderFeature,
  choice: { provider?: string; currency?: string },
): PaymentProvider {
  if (choice.provider !== undefined) {
    const provider = runtime.router.byId(choice.provider);
    const request = { feature, ...(choice.currency ? { currency: choice.currency } : {}) };
    if (!canServe(provider, request)) {
      throw new UnsupportedError(`${provider.id} does not offer ${feature}`, {
        provider: provider.id,
      });
    }
    return provider;
  }
  if (choice.currency === undefined) {
    throw new ValidationError('Give a provider or a currency to choose one', {
      field: 'currency',
      rule: 'required',
    });
  }
  const [first] = runtime.router.route({ feature, currency: choice.currency });
  return first as PaymentProvider;
}
