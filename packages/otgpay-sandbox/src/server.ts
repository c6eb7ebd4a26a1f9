import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiContext, handleApi } from './api/handle.js';
import * as views from './api/views.js';
import { Automation } from './automation.js';
import { CallbackDispatcher } from './callbacks.js';
import { SandboxControl } from './control/control.js';
import { handleControl } from './control/http.js';
import { COUNTRY_CODES, type Country, type CountryCode } from './countries.js';
import { failure } from './envelope.js';
import { systemException } from './errors.js';
import { Faults } from './faults.js';
import { DEFAULT_FEES, type FeeSchedule } from './fees.js';
import { requestTarget } from './http/request-target.js';
import { sendJson } from './http/respond.js';
import { normaliseKeys, processKeys, type SandboxKeys } from './keys.js';
import { buildMerchants, type Merchant, type MerchantCredentials } from './merchants.js';
import { formatAmount } from './money.js';
import { handlePayPage } from './pay-page/handle.js';
import { createPrng } from './prng.js';
import { SandboxState } from './state/state.js';
import { openStore, type StoreOptions } from './store/index.js';

/** Options of {@link startSandbox}; every one is optional. */
export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Base URL written into payUrl and `url` (default http://host:port). */
  publicUrl?: string;
  /** Derives API keys, payment tokens and fault randomness (default 'paymux-sandbox'). */
  seed?: string;
  /** Where state lives: `{ kind: 'memory' }` (default) or `{ kind: 'sqlite', file }` to survive restarts. */
  store?: StoreOptions;
  /** Pre-made keys (skip RSA generation); default: generated once per process. */
  keys?: SandboxKeys;
  /** Delays between callback retries; default five retries 5 minutes apart. */
  callbackRetryDelaysMs?: number[];
  /** Per-attempt callback timeout (default 10 s). */
  callbackTimeoutMs?: number;
  /** 'auto' (default): a payout finishes after payoutDelayMs; 'manual': only via control. */
  payoutCompletion?: 'auto' | 'manual';
  /**
   * Daily T+1 settlement (default true): on each request, every finished day (country
   * time) still pending settles, as the gateway's nightly run would. `control.settle()`
   * settles on demand either way.
   */
  autoSettle?: boolean;
  /** Default 1000 ms. */
  payoutDelayMs?: number;
  /** Delay before magic-amount payments are paid/failed (default 50 ms). */
  magicDelayMs?: number;
  /** Fee basis points (default payment 250, payout 100). */
  feeBps?: Partial<FeeSchedule>;
  /** Clock (epoch ms), for tests that cross days. */
  now?: () => number;
  /** Where unexpected errors are reported (default console.error). */
  logger?: (message: string) => void;
}

/** A running sandbox, from {@link startSandbox}. */
export interface Sandbox {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:54321`: the client's `baseUrl`. */
  url: string;
  /** One merchant account per country: what OTGPAY would hand a merchant (keys, appId, API key). */
  merchants: Record<CountryCode, MerchantCredentials>;
  /** Drives and inspects the simulated gateway; see {@link SandboxControl}. */
  control: SandboxControl;
  /**
   * Closes the server and its connections, cancels payout timers and pending callback
   * retries, and closes the store. Idempotent.
   */
  stop(): Promise<void>;
}

/** Callback retry delays by default: five retries, five minutes apart (the OTGPAY family's schedule). */
export const DEFAULT_RETRY_DELAYS_MS = [300_000, 300_000, 300_000, 300_000, 300_000];

/**
 * Starts a local OTGPAY gateway on `node:http` (127.0.0.1, a free port by default) speaking
 * the wire protocol of `docs/protocol.md`: the nine signed endpoints with their field rules
 * and error codes, per-merchant state (orders, balance, ledger, T+1 settlement), a hosted
 * payment page, signed callbacks with retries, and the `/__sandbox/` control API. One
 * sandbox serves all three countries, each with its own merchant account.
 *
 * Without `options.keys` it generates RSA-2048 keys once per process (shared by every
 * sandbox in the process). Payments stay open until the hosted page's Pay button, the
 * control API or a magic amount (digits ending in `777` pay, `666` fail) finishes them;
 * payouts finish after `payoutDelayMs` (`0000000000` as account number fails).
 *
 * @example
 * ```ts
 * import { createPaymux } from '@paymux/core';
 * import { otgpay } from '@paymux/otgpay';
 * import { indonesia } from '@paymux/otgpay-id';
 * import { startSandbox } from '@paymux/otgpay-sandbox';
 *
 * const sandbox = await startSandbox({ callbackRetryDelaysMs: [10, 20, 40] });
 * const merchant = sandbox.merchants.ID;
 * const paymux = createPaymux({
 *   providers: [
 *     otgpay({
 *       country: indonesia(),
 *       appId: merchant.appId,
 *       apiKey: merchant.apiKey,
 *       merchantPrivateKey: merchant.merchantPrivateKey,
 *       platformPublicKey: merchant.platformPublicKey,
 *       baseUrl: merchant.baseUrl,
 *       notifyUrl: false, // this test polls instead of receiving callbacks
 *     }),
 *   ],
 * });
 *
 * const charge = await paymux.charges.create({
 *   reference: 'order-1',
 *   money: { amount: 15_000_000n, currency: 'IDR' }, // Rp 150.000
 *   country: 'ID',
 *   method: { type: 'qr' },
 *   customer: { name: 'Siti', email: 's@example.id', phone: '0812 3456 7890' },
 * });
 * sandbox.control.pay('ID', charge.reference);
 * await paymux.charges.retrieve('order-1'); // status 'succeeded'
 * await sandbox.stop();
 * ```
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const seed = options.seed ?? 'paymux-sandbox';
  const logger = options.logger ?? ((m: string) => console.error(m));
  const log = (message: string, err?: unknown) =>
    logger(
      `[otgpay-sandbox] ${message}${err ? `: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` : ''}`,
    );
  const keys = options.keys ? normaliseKeys(options.keys) : await processKeys();
  const store = await openStore(options.store);
  const fees: FeeSchedule = { ...DEFAULT_FEES, ...options.feeBps };
  const faults = new Faults(createPrng(`${seed}:faults`));
  const callbacks = new CallbackDispatcher({
    retryDelaysMs: options.callbackRetryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    timeoutMs: options.callbackTimeoutMs ?? 10_000,
    faults,
    store,
  });
  const automation = new Automation({
    payoutCompletion: options.payoutCompletion ?? 'auto',
    payoutDelayMs: options.payoutDelayMs ?? 1000,
    magicDelayMs: options.magicDelayMs ?? 50,
    log,
  });

  let handler: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) => {
    sendJson(res, 200, failure(systemException()));
  };
  const server = createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      log('unhandled request error', err);
      sendJson(res, 200, failure(systemException()));
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = (options.publicUrl ?? `http://${urlHost}:${port}`).replace(/\/$/, '');

  const merchants = buildMerchants(keys, seed, url);
  const byAppId = new Map<number, Merchant>();
  const countries = new Map<number, Country>();
  for (const code of COUNTRY_CODES) {
    byAppId.set(merchants[code].credentials.appId, merchants[code]);
    countries.set(merchants[code].credentials.appId, merchants[code].country);
  }
  const signerOf = (appId: number) => byAppId.get(appId)!.signer;

  const now = options.now ?? Date.now;
  const state = new SandboxState({
    store,
    countries,
    fees,
    now,
    seed,
    baseUrl: () => url,
    hooks: {
      paymentCreated: (p) =>
        automation.paymentCreated(p, formatAmount(p.amount, countries.get(p.appId)!)),
      paymentFinal: (p) => {
        if (!p.notifyUrl || p.quirks?.loseCallback) return;
        const body = views.paymentCallback(p, countries.get(p.appId)!);
        callbacks.enqueue({
          appId: p.appId,
          orderId: p.orderId,
          url: p.notifyUrl,
          body,
          signer: signerOf(p.appId),
        });
      },
      payoutSubmitted: (p) => automation.payoutSubmitted(p),
      payoutFinal: (p) => {
        if (!p.notifyUrl || p.quirks?.loseCallback) return;
        const body = views.payoutCallback(p, countries.get(p.appId)!);
        callbacks.enqueue({
          appId: p.appId,
          orderId: p.orderId,
          url: p.notifyUrl,
          body,
          signer: signerOf(p.appId),
        });
      },
    },
  });
  automation.attach(state);
  automation.resume(state, [...byAppId.keys()]);

  const control = new SandboxControl({
    state,
    faults,
    callbacks,
    merchants,
    onReset: () => {
      automation.cancelAll();
      state.reset();
      callbacks.cancel();
      callbacks.clearLog();
      faults.clear();
    },
  });

  const credentials = Object.fromEntries(
    COUNTRY_CODES.map((c) => [c, { ...merchants[c].credentials }]),
  ) as Record<CountryCode, MerchantCredentials>;
  const publicMerchants = () =>
    COUNTRY_CODES.map((c) => {
      const { merchantPrivateKey: _hidden, ...rest } = merchants[c].credentials;
      return rest as Record<string, unknown>;
    });

  const api: ApiContext = {
    state,
    faults,
    merchantByAppId: (id) => byAppId.get(id),
    autoSettle: options.autoSettle ?? true,
    log,
  };
  handler = async (req, res) => {
    const reqUrl = requestTarget(req.url);
    const path = reqUrl.pathname;
    if (path.startsWith('/api/')) return handleApi(api, req, res, reqUrl);
    if (path.startsWith('/__sandbox/'))
      return handleControl(control, publicMerchants, req, res, reqUrl);
    if (path.startsWith('/pay/')) return handlePayPage(state, req, res, reqUrl, now);
    sendJson(res, 404, { status: '0', error: '404', msg: 'not found' });
  };

  let stopped = false;
  return {
    url,
    merchants: credentials,
    control,
    async stop() {
      if (stopped) return;
      stopped = true;
      automation.cancelAll();
      callbacks.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
