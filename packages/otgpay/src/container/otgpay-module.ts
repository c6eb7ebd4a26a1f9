import { providerModule } from '@paymux/core';
import { otgpay } from '../otgpay.js';
import type { OtgpayProviderOptions } from '../provider/options.js';

/**
 * An inversify `ContainerModule` binding one OTGPAY provider under the core's
 * `PAYMUX_PROVIDER` token (a singleton, built on first resolution). Load one per
 * country/appId, then `createPaymuxFromContainer(container)`.
 */
export function otgpayModule(options: OtgpayProviderOptions): ReturnType<typeof providerModule> {
  return providerModule(() => otgpay(options));
}
