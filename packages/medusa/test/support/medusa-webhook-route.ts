import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IPaymentModuleService, WebhookActionResult } from '@medusajs/framework/types';

export interface ProcessedWebhook {
  readonly provider: string;
  readonly rawBody: string;
  readonly result?: WebhookActionResult;
  readonly error?: string;
}

/**
 * Stands in for Medusa's `POST /hooks/payment/:provider` route and its
 * `payment.webhook_received` subscriber (from @medusajs/medusa 2.21), over real HTTP:
 *
 * - the route answers `200 OK` before anything is verified (`res.sendStatus(200)`), so a
 *   gateway that waits for `SUCCESS` (OTGPAY) redelivers: duplicates are the normal case;
 * - the subscriber calls `getWebhookActionAndData({ provider, payload: { data, rawData,
 *   headers } })` on the Payment Module, ignores `failed`, `canceled`, `pending`,
 *   `pending_authorization`, `requires_more`, `not_supported` and results without a
 *   session id, and otherwise runs `processPaymentWorkflow`, whose payment-only branches
 *   (no cart) are reproduced with the module's own methods: `captured` → capture the
 *   session's payment, or authorize the session first when it has none yet (autocapture).
 */
export class MedusaWebhookRoute {
  readonly processed: ProcessedWebhook[] = [];
  #server: Server;
  #queue: Promise<void> = Promise.resolve();
  #module: () => IPaymentModuleService;

  private constructor(server: Server, module: () => IPaymentModuleService) {
    this.#server = server;
    this.#module = module;
  }

  static async start(module: () => IPaymentModuleService): Promise<MedusaWebhookRoute> {
    const server = createServer();
    const route = new MedusaWebhookRoute(server, module);
    server.on('request', (req, res) => {
      const match = /^\/hooks\/payment\/([^/?]+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' || !match?.[1]) {
        res.writeHead(404).end();
        return;
      }
      const provider = decodeURIComponent(match[1]);
      readBody(req).then((raw) => {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
        route.#enqueue(provider, raw, req.headers);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return route;
  }

  /** The webhook URL Medusa serves for a provider key such as `paymux_otgpay-id`. */
  url(providerKey: string): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/hooks/payment/${providerKey}`;
  }

  /** Resolves once every webhook received so far has been processed. */
  async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.#queue;
      await current;
    } while (current !== this.#queue);
  }

  forProvider(provider: string): ProcessedWebhook[] {
    return this.processed.filter((p) => p.provider === provider);
  }

  async stop(): Promise<void> {
    await this.idle();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #enqueue(provider: string, raw: Buffer, headers: IncomingMessage['headers']): void {
    this.#queue = this.#queue.then(async () => {
      const rawBody = raw.toString('utf8');
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(rawBody) as Record<string, unknown>;
      } catch {
        // Medusa's JSON body parser would have refused it; keep the raw body only.
      }
      try {
        const result = await this.#module().getWebhookActionAndData({
          provider,
          payload: { data, rawData: raw, headers: headers as Record<string, unknown> },
        });
        await processPayment(this.#module(), result);
        this.processed.push({ provider, rawBody, result });
      } catch (error) {
        this.processed.push({ provider, rawBody, error: String(error) });
      }
    });
  }
}

const IGNORED = new Set([
  'not_supported',
  'canceled',
  'failed',
  'requires_more',
  'pending_authorization',
  'pending',
]);

/** The payment-only branches of Medusa's `processPaymentWorkflow`. */
async function processPayment(
  payments: IPaymentModuleService,
  result: WebhookActionResult,
): Promise<void> {
  const sessionId = result.data?.session_id;
  if (!sessionId || IGNORED.has(result.action)) return;
  const [existing] = await payments.listPayments({ payment_session_id: sessionId });
  if (result.action === 'captured') {
    const payment = existing ?? (await payments.authorizePaymentSession(sessionId, {}));
    if (payment) {
      await payments.capturePayment({ payment_id: payment.id, amount: result.data?.amount });
    }
  } else if (result.action === 'authorized' && !existing) {
    await payments.authorizePaymentSession(sessionId, {});
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
