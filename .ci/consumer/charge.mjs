// Run by .ci/check-packages.sh in a project that installed the packed tarballs: a charge
// against the sandbox over real HTTP through `import`. `--inversify` also registers the
// provider through `@paymux/otgpay/inversify` (inversify + reflect-metadata installed).
import { createPaymux, PaymuxError } from '@paymux/core';
import { otgpay } from '@paymux/otgpay';
import { indonesia } from '@paymux/otgpay-id';
import { startSandbox } from '@paymux/otgpay-sandbox';

const fail = (message) => {
  throw new Error(`esm: ${message}`);
};
const sandbox = await startSandbox({ port: 0 });
try {
  const merchant = sandbox.merchants.ID;
  const options = {
    country: indonesia(),
    appId: merchant.appId,
    apiKey: merchant.apiKey,
    merchantPrivateKey: merchant.merchantPrivateKey,
    platformPublicKey: merchant.platformPublicKey,
    baseUrl: merchant.baseUrl,
    notifyUrl: 'http://127.0.0.1:9/webhooks/otgpay',
  };
  const paymux = createPaymux({ providers: [otgpay(options)] });
  if (typeof Reflect.getMetadata === 'function') fail('plain @paymux/core loaded reflect-metadata');
  const input = {
    reference: 'esm-order-1',
    money: { amount: 15_000_000n, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Siti Rahma', email: 'siti@example.com', phone: '081234567890' },
  };
  const charge = await paymux.charges.create(input);
  if (charge.status !== 'pending' || charge.nextAction?.type !== 'qr')
    fail('charge not pending/qr');
  if (charge.money.amount !== 15_000_000n) fail('wrong amount');
  try {
    await paymux.charges.create({ ...input, reference: 'esm-order-2', customer: { name: 'x' } });
    fail('validation did not fire');
  } catch (error) {
    if (!PaymuxError.isInstance(error) || error.code !== 'validation') throw error;
  }
  if (process.argv.includes('--inversify')) {
    const { Container } = await import('inversify');
    const { createPaymuxFromContainer } = await import('@paymux/core/inversify');
    const { otgpayModule } = await import('@paymux/otgpay/inversify');
    const container = new Container();
    container.load(otgpayModule(options));
    const viaDi = createPaymuxFromContainer(container);
    const again = await viaDi.charges.create({ ...input, reference: 'esm-order-3' });
    if (again.status !== 'pending') fail('charge through the container');
  }
  console.log(`esm ok on node ${process.version}: ${charge.reference} ${charge.status}`);
} finally {
  await sandbox.stop();
}
