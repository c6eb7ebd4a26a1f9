import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from '@paymux/core';
import {
  type CountryCode,
  loadOrCreateKeys,
  type MerchantCredentials,
  type Sandbox,
  startSandbox,
} from '@paymux/otgpay-sandbox';
import { MARKETS } from './config/countries.js';
import { type RunningDemo, startDemo } from './start-demo.js';

export interface LaunchOptions {
  /** Keys, the sandbox's SQLite file, the demo's SQLite file, the credentials file. */
  readonly dataDir: string;
  readonly port?: number;
  readonly sandboxPort?: number;
  /** Use a sandbox that is already running (e.g. started by another demo instance). */
  readonly sandboxUrl?: string;
  readonly databaseUrl?: string;
  /** Test hook: keep everything in memory. */
  readonly memory?: boolean;
  /** Test hook: use this store (e.g. one shared by two instances). */
  readonly store?: Store;
  readonly log?: (line: string) => void;
}

export interface Launched {
  readonly demo: RunningDemo;
  readonly sandbox?: Sandbox;
  readonly sandboxUrl: string;
  stop(): Promise<void>;
}

const CREDENTIALS_FILE = 'otgpay-credentials.json';

/**
 * `pnpm demo`: the OTGPAY sandbox (unless one is given) and the merchant app in one process.
 * The sandbox plays the gateway; its merchant credentials are saved in the data dir the way
 * a merchant stores what the gateway issued, so a second instance can use the same ones.
 */
export async function launch(options: LaunchOptions): Promise<Launched> {
  const log = options.log ?? console.log;
  await mkdir(options.dataDir, { recursive: true });
  let sandbox: Sandbox | undefined;
  let credentials: Record<CountryCode, MerchantCredentials>;
  let sandboxUrl: string;
  if (options.sandboxUrl) {
    sandboxUrl = options.sandboxUrl.replace(/\/$/, '');
    credentials = JSON.parse(await readFile(path.join(options.dataDir, CREDENTIALS_FILE), 'utf8'));
  } else {
    const { keys } = await loadOrCreateKeys(path.join(options.dataDir, 'sandbox-keys'));
    sandbox = await listenWithFallback(options.sandboxPort, 4010, (port) =>
      startSandbox({
        port,
        keys,
        store: options.memory
          ? { kind: 'memory' }
          : { kind: 'sqlite', file: path.join(options.dataDir, 'sandbox.sqlite') },
        payoutDelayMs: 1500,
        callbackRetryDelaysMs: [1000, 5000, 30_000, 120_000],
        logger: (m) => log(m),
      }),
    );
    sandboxUrl = sandbox.url;
    credentials = sandbox.merchants;
    await writeFile(
      path.join(options.dataDir, CREDENTIALS_FILE),
      JSON.stringify(credentials, null, 2),
      { mode: 0o600 },
    );
    fundIfEmpty(sandbox);
  }
  const demo = await listenWithFallback(options.port, 3000, (port) =>
    startDemo({
      port,
      sandboxUrl,
      credentials,
      store: options.store
        ? { store: options.store }
        : options.memory
          ? { memory: true }
          : {
              ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
              sqliteFile: path.join(options.dataDir, 'demo.sqlite'),
            },
    }),
  );
  return {
    demo,
    ...(sandbox ? { sandbox } : {}),
    sandboxUrl,
    async stop() {
      await demo.stop();
      await sandbox?.stop();
    },
  };
}

/** A fresh sandbox merchant has no money to pay out; give each country a float. */
function fundIfEmpty(sandbox: Sandbox): void {
  for (const m of MARKETS) {
    const { available } = sandbox.control.balance(m.code);
    if (available === '0' || available === '0.00') {
      sandbox.control.fund(m.code, m.adapter.wireExponent === 0 ? '100000000' : '1000000.00');
    }
  }
}

/** `port` undefined: try the usual port, and take any free one if it is busy. */
async function listenWithFallback<T>(
  port: number | undefined,
  usual: number,
  start: (port: number) => Promise<T>,
): Promise<T> {
  if (port !== undefined) return start(port);
  try {
    return await start(usual);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return start(0);
  }
}
