import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { PaymuxError } from '@paymux/core';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchTransport } from '../src/client/transport/fetch-transport.js';
import { nodeHttpTransport } from '../src/client/transport/node-http-transport.js';
import type { Transport } from '../src/client/transport/transport.js';
import { OtgpayClient } from '../src/index.js';
import { platformSigner } from './fixtures/fake-otgpay.js';
import { API_KEY, APP_ID, merchantKeys, platformKeys } from './fixtures/keys.js';
import { created, payment } from './fixtures/wire-bodies.js';

/**
 * The client's own transports over real HTTP on loopback: `node:http` (the default on Node)
 * and `fetch` (the default on Deno, Bun and workerd, here Node's global fetch). The server is
 * a plain `node:http` server that misbehaves on purpose: silent, stalls mid-body, drops the
 * connection mid-body.
 */

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

interface TestServer {
  readonly url: string;
  readonly connections: number;
  readonly received: Array<{
    method: string;
    url: string;
    headers: IncomingMessage['headers'];
    body: string;
  }>;
  close(): Promise<void>;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Handler): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const received: TestServer['received'] = [];
  let connections = 0;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body,
      });
      handler(request, response, body);
    });
  });
  server.on('connection', (socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const handle: TestServer = {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return connections;
    },
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  servers.push(handle);
  return handle;
}

const HEADERS = { accept: 'application/json', 'user-agent': 'paymux-otgpay/test' };

function transports(base: string): Array<[string, Transport]> {
  const node = nodeHttpTransport(new URL(base), HEADERS);
  if (!node) throw new Error('node:http transport must exist on Node');
  return [
    ['node:http', node],
    ['fetch', fetchTransport(HEADERS)],
  ];
}

async function failure(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  const outcome = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(outcome instanceof Error)) throw new Error('expected a rejection');
  return outcome as Error & { code?: string };
}

describe.each(['node:http', 'fetch'])('the %s transport over real HTTP', (name) => {
  const pick = (server: TestServer) => {
    const found = transports(server.url).find(([label]) => label === name);
    if (!found) throw new Error(name);
    return found[1];
  };

  it('POSTs the JSON body with its headers and reads the whole answer as text', async () => {
    const answer = JSON.stringify({ status: '1', data: { note: 'é€😀'.repeat(3000) } });
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // In pieces, so the answer spans several reads.
      res.write(answer.slice(0, 5000));
      setTimeout(() => res.end(answer.slice(5000)), 10);
    });
    const body = JSON.stringify({ name: 'Budi Santoso ñ', amount: '150000' });
    const response = await pick(server)({
      method: 'POST',
      url: `${server.url}/api/payment/create`,
      body,
      timeoutMs: 5000,
    });
    expect(response).toEqual({ status: 200, text: answer });
    const [request] = server.received;
    expect(request?.body).toBe(body);
    expect(request?.url).toBe('/api/payment/create');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['user-agent']).toBe('paymux-otgpay/test');
  });

  // The fetch transport's connections belong to the runtime's own pool (undici on Node).
  it.runIf(name === 'node:http')(
    'reuses one keep-alive connection for requests in sequence',
    async () => {
      const server = await serve((_req, res) => res.end('{}'));
      const transport = pick(server);
      for (let i = 0; i < 5; i++) {
        await transport({
          method: 'GET',
          url: `${server.url}/api/balance?appId=1`,
          timeoutMs: 5000,
        });
      }
      expect(server.received).toHaveLength(5);
      expect(server.connections).toBe(1);
    },
  );

  it('a server that never answers: TimeoutError at the deadline', async () => {
    const server = await serve(() => {});
    const started = performance.now();
    const error = await failure(
      pick(server)({ method: 'POST', url: `${server.url}/api/x`, body: '{}', timeoutMs: 80 }),
    );
    expect(error.name).toBe('TimeoutError');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('headers sent, body stalled: the deadline covers the body too', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"status":"1",');
    });
    const error = await failure(
      pick(server)({ method: 'POST', url: `${server.url}/api/x`, body: '{}', timeoutMs: 100 }),
    );
    expect(error.name).toBe('TimeoutError');
  });

  it('the connection dropped mid-body: an error with a code, never a short answer', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"status":"1",');
      setTimeout(() => req.socket.destroy(), 10);
    });
    const error = await failure(
      pick(server)({ method: 'POST', url: `${server.url}/api/x`, body: '{}', timeoutMs: 5000 }),
    );
    expect(error.name).not.toBe('TimeoutError');
  });

  it("the caller's signal: AbortError, before sending or while waiting", async () => {
    const server = await serve(() => {});
    const transport = pick(server);
    const early = new AbortController();
    early.abort();
    const before = await failure(
      transport({ method: 'GET', url: `${server.url}/a`, signal: early.signal, timeoutMs: 5000 }),
    );
    expect(before.name).toBe('AbortError');
    expect(server.received).toHaveLength(0);
    const late = new AbortController();
    setTimeout(() => late.abort(), 30);
    const during = await failure(
      transport({ method: 'GET', url: `${server.url}/a`, signal: late.signal, timeoutMs: 5000 }),
    );
    expect(during.name).toBe('AbortError');
  });
});

describe('OtgpayClient on its default transport (node:http on Node)', () => {
  function client(url: string, timeoutMs = 5000) {
    return new OtgpayClient({
      appId: APP_ID,
      apiKey: API_KEY,
      merchantPrivateKey: merchantKeys.privateBase64,
      platformPublicKey: platformKeys.publicBase64,
      // A trailing slash is dropped: the path is appended once.
      baseUrl: `${url}/`,
      timeoutMs,
    });
  }

  it('a signed create and its verified answer', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          status: '1',
          error: '00000000',
          msg: '',
          data: platformSigner.signed(created),
        }),
      );
    });
    await expect(client(server.url).createPayment(payment)).resolves.toMatchObject(created);
    const [request] = server.received;
    expect(request?.url).toBe('/api/payment/create');
    expect(request?.headers['user-agent']).toMatch(/^paymux-otgpay\//);
    const sent = JSON.parse(request?.body ?? '{}') as Record<string, unknown>;
    expect(sent).toMatchObject({ ...payment, appId: APP_ID });
    expect(typeof sent['sign']).toBe('string');
  });

  it('a write without an answer in time is an unknown outcome caused by a timeout', async () => {
    const server = await serve(() => {});
    const error = await client(server.url, 60)
      .createPayment(payment)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(PaymuxError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'unknown_outcome', reference: 'order-1' });
    expect(((error as PaymuxError).cause as PaymuxError).code).toBe('timeout');
  });

  it('a write whose connection drops mid-answer is an unknown outcome, a read is retryable', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-length': '500' });
      res.write('{"status":"1"');
      setTimeout(() => req.socket.destroy(), 5);
    });
    const write = await client(server.url)
      .createPayment(payment)
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(write).toMatchObject({ code: 'unknown_outcome', providerCode: 'ECONNRESET' });
    const read = await client(server.url)
      .getPayment('order-1')
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(read).toMatchObject({ code: 'network', retryable: true });
  });
});
