/**
 * The sandbox as its own process, so a benchmark's client and server never share an event
 * loop. Prints one JSON line (url, merchants) when listening; stops on SIGTERM or when
 * its parent goes away.
 */
import { startSandbox } from '@paymux/otgpay-sandbox';

const sandbox = await startSandbox({
  payoutCompletion: 'manual',
  autoSettle: false,
  logger: (message) => process.stderr.write(`${message}\n`),
});
process.stdout.write(`${JSON.stringify({ url: sandbox.url, merchants: sandbox.merchants })}\n`);
const stop = () => {
  sandbox.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
