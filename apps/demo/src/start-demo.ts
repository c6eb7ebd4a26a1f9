import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { MerchantCredentials } from '@paymux/otgpay-sandbox';
import { ActivityLog } from './activity/activity-log.js';
import { createApp } from './app.js';
import type { DemoContext } from './context.js';
import { Changes } from './live/changes.js';
import { createClient } from './paymux/create-client.js';
import { Janitor } from './reconciliation/janitor.js';
import { OrderBook } from './records/orders.js';
import { PayoutBook } from './records/payouts.js';
import { SandboxControl } from './sandbox/sandbox-control.js';
import { openStore, type StoreChoice } from './store/open-store.js';

export interface DemoOptions {
  /** 0 picks a free port. Default 3000. */
  readonly port?: number;
  readonly host?: string;
  /** The URL the gateway and browsers reach this app at (default http://host:port). */
  readonly publicUrl?: string;
  /** The OTGPAY sandbox (its control API is used for payer/gateway actions only). */
  readonly sandboxUrl: string;
  /** OTGPAY credentials per country, as the gateway issued them. */
  readonly credentials: Readonly<Record<string, MerchantCredentials>>;
  readonly store: StoreChoice;
  /**
   * How often the reconciliation janitor repairs stuck orders of yesterday and today.
   * Default `DEMO_JANITOR_INTERVAL_MS` or 5 minutes; 0 turns it off.
   */
  readonly janitorIntervalMs?: number;
}

export interface RunningDemo {
  readonly url: string;
  readonly context: DemoContext;
  readonly storeKind: string;
  readonly storeLocation: string;
  stop(): Promise<void>;
}

/** Starts the merchant app: durable store, paymux from the inversify container, HTTP server. */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const host = options.host ?? '127.0.0.1';
  const opened = await openStore(options.store);
  let handle: (request: Request) => Response | Promise<Response> = () =>
    new Response('starting', { status: 503 });
  const server = serve({
    fetch: (request) => handle(request),
    port: options.port ?? 3000,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once('listening', () => resolve());
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = (options.publicUrl ?? `http://${host}:${port}`).replace(/\/$/, '');

  const { paymux } = createClient({
    credentials: options.credentials,
    store: opened.store,
    publicUrl: url,
  });
  const changes = new Changes();
  const activity = new ActivityLog();
  activity.watch(paymux);
  activity.onAdd(() => changes.notify('activity'));
  const context: DemoContext = {
    paymux,
    orders: new OrderBook(opened.store, (reference) => changes.notify(`order:${reference}`)),
    payouts: new PayoutBook(opened.store, (topic) => changes.notify(topic)),
    activity,
    changes,
    sandbox: new SandboxControl(options.sandboxUrl),
    storeLocation: opened.location,
  };
  const janitor = new Janitor(
    context,
    options.janitorIntervalMs ?? Number(process.env['DEMO_JANITOR_INTERVAL_MS'] ?? 300_000),
  );
  context.janitor = janitor;
  const app = createApp(context);
  handle = (request) => app.fetch(request);
  janitor.start();

  let stopped = false;
  return {
    url,
    context,
    storeKind: opened.kind,
    storeLocation: opened.location,
    async stop() {
      if (stopped) return;
      stopped = true;
      janitor.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await opened.close();
    },
  };
}
