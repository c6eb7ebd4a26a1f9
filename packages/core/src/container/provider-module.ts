import type { PaymentProvider } from '@paymux/core';
import { ContainerModule, type ResolutionContext } from 'inversify';
import { PAYMUX_PROVIDER } from './tokens.js';

/**
 * A `ContainerModule` that registers one provider under `PAYMUX_PROVIDER` (a singleton
 * built on first resolution). A provider package ships `otgpayModule(config)` as
 * `providerModule(() => otgpay(config))`; the factory may resolve other bindings from
 * the `ResolutionContext`. No decorators or reflect metadata involved.
 */
export function providerModule(
  factory: (context: ResolutionContext) => PaymentProvider,
): ContainerModule {
  return new ContainerModule(({ bind }) => {
    bind(PAYMUX_PROVIDER).toDynamicValue(factory).inSingletonScope();
  });
}
