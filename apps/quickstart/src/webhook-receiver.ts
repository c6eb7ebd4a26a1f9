import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Paymux, WebhookEvent } from '@paymux/core';

/**
 * The merchant's webhook endpoint: reads the raw body, lets paymux verify and deduplicate
 * it, and answers with the provider's acknowledgement (`SUCCESS` for OTGPAY). A body that
 * fails verification gets a 400, so the provider retries it later.
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
  onEvent: (event: WebhookEvent, duplicate: boolean) => void,
): Promise<WebhookReceiver> {
  const seen: WebhookEvent[] = [];
  const waiting: { predicate: (e: WebhookEvent) => boolean; resolve: (e: WebhookEvent) => void }[] =
    [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const { event, duplicate } = await paymux.webhooks.constructEvent(providerId, {
        rawBody: Buffer.concat(chunks),
        headers: req.headers,
      });
      onEvent(event, duplicate);
      if (!duplicate) {
        seen.push(event);
        for (const w of waiting.filter((w) => w.predicate(event))) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve(event);
        }
      }
      const ack = paymux.webhooks.ack(providerId);
      res.writeHead(ack.status, ack.headers).end(ack.body);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('rejected');
    }
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
