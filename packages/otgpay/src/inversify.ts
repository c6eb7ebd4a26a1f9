// `@paymux/otgpay/inversify`: the OTGPAY provider as an inversify `ContainerModule`. A separate
// entry point so that `import '@paymux/otgpay'` never loads inversify.
import { providerModule } from '@paymux/core/inversify';
import { type OtgpayProviderOptions, otgpay } from '@paymux/otgpay';

/**
 * An inversify `ContainerModule` binding one OTGPAY provider under the core's
 * `PAYMUX_PROVIDER` token (a singleton, built on first resolution). Load one per
 * country/appId, then `createPaymuxFromContainer(container)` from `@paymux/core/inversify`.
 */
export function otgpayModule(options: OtgpayProviderOptions): ReturnType<typeof providerModule> {
  return providerModule(() => otgpay(options));
}
