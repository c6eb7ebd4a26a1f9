// Run by .ci/check-packages.sh in a project that installed the packed tarballs: a charge
// against the sandbox over real HTTP through `require`. `--inversify` also registers the
// provider through `@paymux/otgpay/inversify` (inversify + reflect-metadata installed).
const { createPaymux, PaymuxError } = require('@paymux/core');
const { otgpay } = require('@paymux/otgpay');
const { indonesia } = require('@paymux/otgpay-id');
const { startSandbox } = require('@paymux/otgpay-sandbox');

const fail = (message) => {
  throw new Error(`cjs: ${message}`);
};
(async () => {
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
    if (typeof Reflect.getMetadata === 'function')
      fail('plain @paymux/core loaded reflect-metadata');
    if (Object.keys(require.cache).some((file) => file.includes('inversify'))) {
      fail('plain @paymux/core loaded inversify');
    }
    const input = {
      reference: 'cjs-order-1',
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
      await paymux.charges.create({ ...input, reference: 'cjs-order-2', customer: { name: 'x' } });
      fail('validation did not fire');
    } catch (error) {
      if (!PaymuxError.isInstance(error) || error.code !== 'validation') throw error;
    }
    if (process.argv.includes('--inversify')) {
      const { Container } = require('inversify');
      const { createPaymuxFromContainer } = require('@paymux/core/inversify');
      const { otgpayModule } = require('@paymux/otgpay/inversify');
      const container = new Container();
      container.load(otgpayModule(options));
      const viaDi = createPaymuxFromContainer(container);
      const again = await viaDi.charges.create({ ...input, reference: 'cjs-order-3' });
      if (again.status !== 'pending') fail('charge through the container');
    }
    console.log(`cjs ok on node ${process.version}: ${charge.reference} ${charge.status}`);
  } finally {
    await sandbox.stop();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
