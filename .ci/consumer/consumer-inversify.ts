// Type-checked by .ci/check-packages.sh under nodenext and bundler only: inversify 8 ships
// `exports`-only ESM, so neither it nor the entries that re-export its types resolve under node10.
import { createPaymuxFromContainer, PAYMUX_PROVIDER } from '@paymux/core/inversify';
import { otgpayModule } from '@paymux/otgpay/inversify';
import type { Sandbox } from '@paymux/otgpay-sandbox';
import { thailand } from '@paymux/otgpay-th';
import { Container } from 'inversify';

export async function viaContainer(sandbox: Sandbox): Promise<number> {
  const container = new Container();
  const merchant = sandbox.merchants.TH;
  container.load(
    otgpayModule({
      country: thailand(),
      appId: merchant.appId,
      apiKey: merchant.apiKey,
      merchantPrivateKey: merchant.merchantPrivateKey,
      platformPublicKey: merchant.platformPublicKey,
      baseUrl: merchant.baseUrl,
    }),
  );
  const paymux = createPaymuxFromContainer(container);
  return paymux.providers.length + (container.isBound(PAYMUX_PROVIDER) ? 1 : 0);
}
