import { abortError, type Transport, timeoutError } from './transport.js';

/** A `fetch` the client can use instead of its own transport; it always receives a `Request`. */
export type OtgpayFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/**
 * A transport over `fetch`: the global one (Deno, Bun, workerd, browsers), or one the caller
 * injects (`OtgpayFetch`, for tests, proxies or an undici dispatcher), which receives a
 * `Request`. One `AbortController` and one timer per attempt: the timer aborts the fetch and
 * also wins a race against a `fetch` that ignores its signal, so the deadline holds for the
 * headers and the body alike.
 */
export function fetchTransport(
  headers: Readonly<Record<string, string>>,
  injected?: OtgpayFetch,
): Transport {
  const postHeaders = { ...headers, 'content-type': 'application/json' };
  return ({ method, url, body, signal, timeoutMs }) => {
    if (signal?.aborted) return Promise.reject(abortError());
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const deadline = new Promise<never>((_, reject) => {
      const stop = (error: Error) => {
        controller.abort(error);
        reject(error);
      };
      timer = setTimeout(() => stop(timeoutError(timeoutMs)), timeoutMs);
      if (signal) {
        onAbort = () => stop(abortError());
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
    const init: RequestInit = {
      method,
      headers: body === undefined ? headers : postHeaders,
      signal: controller.signal,
      ...(body === undefined ? {} : { body }),
    };
    const exchange = (async () => {
      const response = injected
        ? await injected(new Request(url, init))
        : await globalThis.fetch(url, init);
      return { status: response.status, text: await response.text() };
    })();
    return Promise.race([exchange, deadline]).finally(() => {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    });
  };
}
