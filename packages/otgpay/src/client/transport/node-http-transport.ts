import type { Agent, ClientRequest, IncomingMessage, RequestOptions } from 'node:http';
import { isNode } from '@paymux/otgpay-signing';
import { abortError, type Transport, timeoutError } from './transport.js';

/** What this module uses of `node:http` / `node:https` (the same shape for both). */
interface HttpModule {
  Agent: new (options: { keepAlive: boolean; timeout: number }) => Agent;
  request(options: RequestOptions, onResponse: (response: IncomingMessage) => void): ClientRequest;
}

/**
 * `node:http` or `node:https` when this is Node itself ({@link isNode}: Deno, Bun and workerd
 * expose `process` and a `node:http` built on their `fetch`, and use `fetch` directly),
 * otherwise undefined. Never a static `node:` import: those runtimes load this package
 * without any Node built-in.
 */
function nodeHttpModule(protocol: string): HttpModule | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
  if (!isNode() || typeof proc?.getBuiltinModule !== 'function') return undefined;
  const id = protocol === 'https:' ? 'node:https' : protocol === 'http:' ? 'node:http' : undefined;
  return id === undefined ? undefined : (proc.getBuiltinModule(id) as HttpModule | undefined);
}

/** An error with a system code, as `node:http` reports a connection that went away. */
function connectionClosed(): Error {
  return Object.assign(new Error('the connection closed before the whole answer arrived'), {
    code: 'ECONNRESET',
  });
}

/** Idle keep-alive sockets are closed after this (undici's default; below Node's 5 s). */
const IDLE_SOCKET_MS = 4_000;

/**
 * On Node, a transport over `node:http`/`node:https` with a keep-alive `Agent` of its own:
 * no `Request`/`Response` objects, no web streams, one timer per attempt, the body written
 * as one string with its length and read once as UTF-8 text. Undefined elsewhere (the
 * client then uses `fetch`). A server's `Keep-Alive: timeout=` hint shortens the idle time.
 */
export function nodeHttpTransport(
  base: URL,
  headers: Readonly<Record<string, string>>,
): Transport | undefined {
  const http = nodeHttpModule(base.protocol);
  if (!http) return undefined;
  const agent = new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
  const target = {
    agent,
    protocol: base.protocol,
    hostname: base.hostname.startsWith('[') ? base.hostname.slice(1, -1) : base.hostname,
    ...(base.port === '' ? {} : { port: Number(base.port) }),
  };
  const postHeaders = { ...headers, 'content-type': 'application/json' };
  return ({ method, url, body, signal, timeoutMs }) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError());
        return;
      }
      const at = url.indexOf('/', url.indexOf('//') + 2);
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let request: ClientRequest | undefined;
      const onAbort = () => fail(abortError());
      const finish = () => {
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const fail = (error: Error) => {
        if (done) return;
        finish();
        request?.destroy();
        reject(error);
      };
      timer = setTimeout(() => fail(timeoutError(timeoutMs)), timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        request = http.request(
          {
            ...target,
            method,
            path: at < 0 ? '/' : url.slice(at),
            headers:
              body === undefined
                ? headers
                : { ...postHeaders, 'content-length': String(byteLength(body)) },
          },
          (response) => {
            response.setEncoding('utf8');
            let text = '';
            response.on('data', (chunk: string) => {
              text += chunk;
            });
            response.on('end', () => {
              if (done) return;
              finish();
              resolve({ status: response.statusCode ?? 0, text });
            });
            response.on('error', fail);
            response.on('close', () => {
              if (!response.complete) fail(connectionClosed());
            });
          },
        );
        request.on('error', fail);
        request.end(body);
      } catch (error) {
        // Options Node refuses before sending (e.g. a header with a control character).
        fail(error as Error);
      }
    });
}

const encoder = new TextEncoder();

/** UTF-8 length of a string, without allocating when it is ASCII. */
function byteLength(text: string): number {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return encoder.encode(text).length;
  }
  return text.length;
}
