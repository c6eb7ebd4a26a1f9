import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const MERCHANT_SCRIPT = fileURLToPath(new URL('./merchant.ts', import.meta.url));

/** A merchant child process driven by JSON lines. */
export class Merchant {
  readonly child: ChildProcessWithoutNullStreams;
  readonly #pending = new Map<number, (message: Record<string, unknown>) => void>();
  readonly #started: Array<(message: Record<string, unknown>) => void> = [];
  #next = 1;
  readonly ready: Promise<void>;
  readonly exited: Promise<NodeJS.Signals | number | null>;
  stderr = '';

  constructor(env: Record<string, string>) {
    this.child = spawn(
      process.execPath,
      ['--conditions=@paymux/source', '--import', 'tsx', MERCHANT_SCRIPT],
      { env: { ...process.env, ...env }, stdio: 'pipe' },
    );
    this.child.stderr.on('data', (chunk) => {
      this.stderr += chunk;
    });
    this.exited = new Promise((resolve) =>
      this.child.on('exit', (code, signal) => resolve(signal ?? code)),
    );
    let buffer = '';
    let onReady: () => void = () => {};
    this.ready = new Promise((resolve, reject) => {
      onReady = resolve;
      void this.exited.then((how) =>
        reject(new Error(`merchant exited (${how}) before ready: ${this.stderr}`)),
      );
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('{')) continue;
        const message = JSON.parse(line) as Record<string, unknown>;
        if (message.ready) onReady();
        else if (message.started) for (const listener of this.#started.splice(0)) listener(message);
        else this.#pending.get(message.id as number)?.(message);
      }
    });
  }

  /** Sends one command; resolves with its answer (never, if the process dies first). */
  send(command: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.child.stdin.write(`${JSON.stringify({ ...command, id })}\n`);
    });
  }

  /** Resolves when a handler reports it started (`hang` webhooks). */
  nextStarted(): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.#started.push(resolve));
  }

  kill(): Promise<unknown> {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await this.send({ op: 'close' });
    this.child.stdin.end();
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

/** A callback as the gateway sent it. */
export interface Callback {
  readonly rawBody: string;
  readonly headers: Record<string, string>;
  readonly orderId: string;
}

/** The merchant's notifyUrl: records every callback and acknowledges it to the gateway. */
export async function callbackInbox(): Promise<{
  url: string;
  received: Callback[];
  close(): Promise<void>;
}> {
  const received: Callback[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        rawBody: body,
        headers: flat(req.headers),
        orderId: JSON.parse(body).orderId,
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('SUCCESS');
    });
  });
  const url = await listen(server);
  return { url: `${url}/otgpay`, received, close: () => close(server) };
}

/**
 * A loopback proxy in front of the gateway. `onCommitted(path, body)` sees each answer
 * after the gateway processed the request; returning `'swallow'` keeps the answer from the
 * client (the caller kills the client at that moment).
 */
export async function gatewayProxy(
  target: string,
  onCommitted: (path: string, requestBody: string, responseBody: string) => 'forward' | 'swallow',
): Promise<{ url: string; creates: Map<string, number>; close(): Promise<void> }> {
  const creates = new Map<string, number>();
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      if (path.startsWith('/api/payment/create')) {
        const orderId = JSON.parse(body).orderId as string;
        creates.set(orderId, (creates.get(orderId) ?? 0) + 1);
      }
      const forward = httpRequest(
        {
          host: upstream.hostname,
          port: upstream.port,
          path,
          method: req.method,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          let text = '';
          answer.on('data', (chunk) => {
            text += chunk;
          });
          answer.on('end', () => {
            if (onCommitted(path, body, text) === 'swallow') return;
            res.writeHead(answer.statusCode ?? 502, flat(answer.headers)).end(text);
          });
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  server.on('connection', (socket) => socket.on('error', () => {}));
  const url = await listen(server);
  return { url, creates, close: () => close(server) };
}

function flat(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined && key !== 'content-length' && key !== 'transfer-encoding') {
      out[key] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return out;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** Effects the handlers applied: one line per application. */
export function countEffects(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const id = line.split('\t')[0] as string;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** Deterministic shuffle (mulberry32), so a failing order can be replayed. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
