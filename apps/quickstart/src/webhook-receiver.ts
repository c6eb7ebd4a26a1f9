import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Paymux, WebhookEvent, WebhookResponse } from '@paymux/core';

/**
 * The merchant's webhook endpoint: reads the raw body and lets `paymux.webhooks.handle`
 * verify it, deduplicate it, guard final states, run the handler once and answer what the
 * provider expects (`200 SUCCESS` for OTGPAY; 400 for a forged body; 500 if the handler
 * failed, so the provider redelivers).
 */
export interface WebhookReceiver {
  readonly url: string;
  /** Resolves with the first verified, non-duplicate event matching `predicate`. */
  next(predicate: (event: WebhookEvent) => boolean): Promise<WebhookEvent>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(
  paymux: Paymux,
  providerId: string,
  onEvent: (event: WebhookEvent, outcome: WebhookResponse['outcome']) => void,
): Promise<WebhookReceiver> {
  const seen: WebhookEvent[] = [];
  const waiting: { predicate: (e: WebhookEvent) => boolean; resolve: (e: WebhookEvent) => void }[] =
    [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = { rawBody: Buffer.concat(chunks), headers: req.headers };
    const response = await paymux.webhooks.handle(providerId, request, (event) => {
      // Your business logic goes here: mark the order paid, ship, ... It runs at most once per
      // event; if it throws, paymux answers 500 and OTGPAY redelivers later.
      seen.push(event);
      for (const w of waiting.filter((w) => w.predicate(event))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(event);
      }
    });
    if (response.event) onEvent(response.event, response.outcome);
    res.writeHead(response.status, response.headers).end(response.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/otgpay`,
    next(predicate) {
      const found = seen.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiting.push({ predicate, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
