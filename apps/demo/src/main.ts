/**
 * `pnpm demo`: the OTGPAY sandbox and the Paymux Demo Store in one process, until Ctrl-C.
 *
 *   PORT=3000 SANDBOX_PORT=4010   ports (a busy default falls back to a free port)
 *   DATABASE_URL=postgres://…      keep the shop's data in PostgreSQL (default: SQLite file)
 *   SANDBOX_URL=http://…           use a sandbox another instance started (same data dir)
 *   PAYMUX_DEMO_DATA=dir           where keys and SQLite files live (default apps/demo/.data)
 *
 * `--check` starts everything, loads the checkout once, prints the result and exits
 * (for CI and scripted smoke tests).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './launcher.js';

const env = process.env;
const intOf = (value: string | undefined) => (value ? Number.parseInt(value, 10) : undefined);
const defaultData = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.data');

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const launched = await launch({
    dataDir: path.resolve(env['PAYMUX_DEMO_DATA'] ?? defaultData),
    ...(intOf(env['PORT']) !== undefined ? { port: intOf(env['PORT']) as number } : {}),
    ...(intOf(env['SANDBOX_PORT']) !== undefined
      ? { sandboxPort: intOf(env['SANDBOX_PORT']) as number }
      : {}),
    ...(env['SANDBOX_URL'] ? { sandboxUrl: env['SANDBOX_URL'] } : {}),
    ...(env['DATABASE_URL'] ? { databaseUrl: env['DATABASE_URL'] } : {}),
  });
  const { demo } = launched;
  console.log('');
  console.log(`  Paymux Demo Store   ${demo.url}`);
  console.log(`  OTGPAY sandbox      ${launched.sandboxUrl}${launched.sandbox ? '' : ' (shared)'}`);
  console.log(`  Data                ${demo.storeLocation}`);
  console.log('');
  if (check) {
    const page = await fetch(`${demo.url}/`);
    const ok = page.ok && (await page.text()).includes('Checkout');
    console.log(
      ok ? '  Checkout page answered: OK' : `  Checkout page failed: HTTP ${page.status}`,
    );
    await launched.stop();
    process.exit(ok ? 0 : 1);
  }
  console.log(`  Open ${demo.url} in a browser. Ctrl-C stops both servers.`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n  ${signal}: stopping…`);
    await launched.stop();
    console.log('  Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
