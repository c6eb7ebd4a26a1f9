import type { OtgpayProviderOptions } from './provider/options.js';
import { OtgpayProvider } from './provider/otgpay-provider.js';

/**
 * An OTGPAY provider for `createPaymux({ providers: [otgpay({...})] })`.
 * Keys are parsed here, once; a bad key fails now rather than on the first payment.
 */
export function otgpay(options: OtgpayProviderOptions): OtgpayProvider {
  return new OtgpayProvider(options);
}
