/**
 * The sandbox as its own process, so a benchmark's client and server never share an event
 * loop. Prints one JSON line (url, merchants) when listening; stops on SIGTERM or when
 * its parent goes away. Over IPC, `{ profile: 'start', intervalUs }` starts a CPU profile
 * of this process and `{ profile: 'stop' }` sends it back (`bench/profile-sandbox.ts`).
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

let session: import('node:inspector/promises').Session | undefined;
process.on('message', async (message: { profile?: 'start' | 'stop'; intervalUs?: number }) => {
  if (message.profile === 'start') {
    const { Session } = await import('node:inspector/promises');
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: message.intervalUs ?? 200 });
    await session.post('Profiler.start');
    process.send?.({ profile: 'started' });
  } else if (message.profile === 'stop' && session) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    session = undefined;
    process.send?.({ profile: 'stopped', data: profile });
  }
});
