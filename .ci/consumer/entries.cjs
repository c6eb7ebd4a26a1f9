// Run by .ci/check-packages.sh in a project that installed the packed tarballs: the
// `/testing` entries share the main entry's classes under `require` (no second copy of
// BaseProvider, PaymuxError or the signer's errors), so `instanceof` holds across entries.
const { BaseProvider, createPaymux, NotFoundError, PaymuxError } = require('@paymux/core');
const { TestingProvider } = require('@paymux/core/testing');
const { KeyFormatError } = require('@paymux/otgpay');
const { signOtgpayCallback } = require('@paymux/otgpay/testing');

const fail = (message) => {
  throw new Error(`cjs entries: ${message}`);
};
const caught = async (run) => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  fail('nothing was thrown');
};

(async () => {
  const provider = new TestingProvider();
  if (!(provider instanceof BaseProvider)) fail('a TestingProvider is not a BaseProvider');
  const direct = await caught(() => provider.simulate.pay('no-such-order'));
  if (!(direct instanceof NotFoundError) || !(direct instanceof PaymuxError)) {
    fail(
      `the TestingProvider's NotFoundError is not the main entry's (${direct?.constructor?.name})`,
    );
  }
  const paymux = createPaymux({ providers: [provider] });
  const viaClient = await caught(() => paymux.charges.retrieve('no-such-order'));
  if (!(viaClient instanceof PaymuxError)) fail('an error through createPaymux is no PaymuxError');
  const signing = await caught(() => signOtgpayCallback({ a: '1' }, 'not a key', 'api-key'));
  if (!(signing instanceof KeyFormatError)) {
    fail("@paymux/otgpay/testing's key error is not @paymux/otgpay's KeyFormatError");
  }
  console.log(`cjs entries ok on node ${process.version}: instanceof holds across entries`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
