// Run by .ci/check-packages.sh in a project that installed the packed tarballs: the
// `/testing` entries share the main entry's classes under `import` (no second copy of
// BaseProvider, PaymuxError or the signer's errors), so `instanceof` holds across entries.
import { BaseProvider, createPaymux, NotFoundError, PaymuxError } from '@paymux/core';
import { TestingProvider } from '@paymux/core/testing';
import { KeyFormatError } from '@paymux/otgpay';
import { signOtgpayCallback } from '@paymux/otgpay/testing';

const fail = (message) => {
  throw new Error(`esm entries: ${message}`);
};
const caught = async (run) => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  fail('nothing was thrown');
};

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
console.log(`esm entries ok on node ${process.version}: instanceof holds across entries`);
