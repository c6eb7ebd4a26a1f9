import path from 'node:path';
import { parseArgs } from 'node:util';
import { COUNTRY_CODES } from '../countries.js';
import { loadOrCreateKeys } from '../keys.js';
import { type Sandbox, startSandbox } from '../server.js';

export const HELP = `otgpay-sandbox — local OTGPAY gateway simulator

Usage:
  otgpay-sandbox start [options]

Options:
  --port <n>          port to listen on (default 4010; 0 = random)
  --host <addr>       interface to bind (default 127.0.0.1)
  --data-dir <dir>    where keys (and the sqlite file) live (default .sandbox-data)
  --store <kind>      memory | sqlite (default sqlite)
  --seed <s>          seed for API keys and tokens (default paymux-sandbox)
  --public-url <url>  base URL written into payUrl (default http://host:port)
  --payout <mode>     auto | manual payout completion (default auto)
  -h, --help          show this help

Control API: <base>/__sandbox/ (see the package README).`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** What a CLI run produced: an exit code, or a running sandbox. */
export type CliResult = { exitCode: number } | { sandbox: Sandbox };

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: '.sandbox-data' },
      store: { type: 'string', default: 'sqlite' },
      seed: { type: 'string', default: 'paymux-sandbox' },
      'public-url': { type: 'string' },
      payout: { type: 'string', default: 'auto' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** Parses `argv` (without node and script) and runs the command. */
export async function runCli(argv: string[], io: CliIo): Promise<CliResult> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    io.err(`${err instanceof Error ? err.message : String(err)}\n\n${HELP}`);
    return { exitCode: 1 };
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    io.out(HELP);
    return { exitCode: values.help ? 0 : 1 };
  }
  if (positionals[0] !== 'start' || positionals.length > 1) {
    io.err(`unknown command: ${positionals.join(' ')}\n\n${HELP}`);
    return { exitCode: 1 };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err('--port must be 0..65535');
    return { exitCode: 1 };
  }
  if (values.store !== 'memory' && values.store !== 'sqlite') {
    io.err('--store must be memory or sqlite');
    return { exitCode: 1 };
  }
  if (values.payout !== 'auto' && values.payout !== 'manual') {
    io.err('--payout must be auto or manual');
    return { exitCode: 1 };
  }
  const dataDir = path.resolve(values['data-dir']);
  const { keys, files } = await loadOrCreateKeys(dataDir);
  const sandbox = await startSandbox({
    port,
    host: values.host,
    seed: values.seed,
    keys,
    payoutCompletion: values.payout,
    store:
      values.store === 'sqlite'
        ? { kind: 'sqlite', file: path.join(dataDir, 'sandbox.sqlite') }
        : { kind: 'memory' },
    ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
  });
  const lines = [
    `OTGPAY sandbox listening on ${sandbox.url}`,
    `data dir: ${dataDir} (store: ${values.store})`,
    '',
  ];
  for (const c of COUNTRY_CODES) {
    const m = sandbox.merchants[c];
    lines.push(
      `${c} ${m.currency}  appId=${m.appId}  apiKey=${m.apiKey}`,
      `   merchant private key: ${files.merchantPrivateKey[c]}`,
      `   merchant public key:  ${files.merchantPublicKey[c]}`,
    );
  }
  lines.push(
    `platform public key: ${files.platformPublicKey}`,
    `control API: ${sandbox.url}/__sandbox/`,
    '',
  );
  io.out(lines.join('\n'));
  return { sandbox };
}
