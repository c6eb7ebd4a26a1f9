import type { Paymux, Store } from '@paymux/core';
import { createPaymuxFromContainer, PAYMUX_OPTIONS, PAYMUX_STORE } from '@paymux/core/inversify';
import { otgpayModule } from '@paymux/otgpay/inversify';
import type { MerchantCredentials } from '@paymux/otgpay-sandbox';
import { Container } from 'inversify';
import { MARKETS } from '../config/countries.js';

export interface ClientSetup {
  /** The credentials OTGPAY issued per country (here: by the sandbox). */
  readonly credentials: Readonly<Record<string, MerchantCredentials>>;
  readonly store: Store;
  /** This app's public base URL; webhooks go to `<url>/webhooks/<provider id>`. */
  readonly publicUrl: string;
}

/**
 * The merchant's wiring: one OTGPAY provider module per country in an inversify container,
 * the durable store bound as `PAYMUX_STORE`, and the client built from the container.
 */
export function createClient(setup: ClientSetup): { paymux: Paymux; container: Container } {
  const container = new Container();
  for (const market of MARKETS) {
    const c = setup.credentials[market.code];
    if (!c) throw new Error(`no OTGPAY credentials for ${market.code}`);
    container.load(
      otgpayModule({
        id: market.providerId,
        country: market.adapter,
        appId: c.appId,
        apiKey: c.apiKey,
        merchantPrivateKey: c.merchantPrivateKey,
        platformPublicKey: c.platformPublicKey,
        baseUrl: c.baseUrl,
        notifyUrl: `${setup.publicUrl}/webhooks/${market.providerId}`,
        // Several requests per CSV upload, so the batch progress is visible.
        maxBatchSize: 25,
        batchConcurrency: 1,
      }),
    );
  }
  container.bind(PAYMUX_STORE).toConstantValue(setup.store);
  container.bind(PAYMUX_OPTIONS).toConstantValue({ retry: { maxAttempts: 4 } });
  return { paymux: createPaymuxFromContainer(container), container };
}
