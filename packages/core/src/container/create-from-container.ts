import { createPaymux, type Paymux } from '@paymux/core';
import type { Container } from 'inversify';
import { PAYMUX_OPTIONS, PAYMUX_PROVIDER, PAYMUX_STORE } from './tokens.js';

/**
 * A `Paymux` client from an inversify container: providers from every
 * `PAYMUX_PROVIDER` binding (e.g. loaded `providerModule`s), plus `PAYMUX_STORE` and
 * `PAYMUX_OPTIONS` when bound. Throws as `createPaymux` does (e.g. two providers with one id).
 *
 * @example
 * ```ts
 * import { MemoryStore } from '@paymux/core';
 * import { createPaymuxFromContainer, PAYMUX_OPTIONS, PAYMUX_STORE, providerModule } from '@paymux/core/inversify';
 * import { TestingProvider } from '@paymux/core/testing';
 * import { Container } from 'inversify';
 *
 * const container = new Container();
 * await container.load(providerModule(() => new TestingProvider({ id: 'testing-id' })));
 * container.bind(PAYMUX_STORE).toConstantValue(new MemoryStore()); // a durable Store in production
 * container.bind(PAYMUX_OPTIONS).toConstantValue({ retry: { maxAttempts: 4 } });
 * const paymux = createPaymuxFromContainer(container);
 * ```
 */
export function createPaymuxFromContainer(container: Container): Paymux {
  const providers = container.isBound(PAYMUX_PROVIDER) ? container.getAll(PAYMUX_PROVIDER) : [];
  const options = container.isBound(PAYMUX_OPTIONS) ? container.get(PAYMUX_OPTIONS) : {};
  const store = container.isBound(PAYMUX_STORE) ? container.get(PAYMUX_STORE) : undefined;
  return createPaymux({ ...options, providers, ...(store ? { store } : {}) });
}
