/** The parts of a request's URL the handlers read (`URL` has them). */
export interface RequestTarget {
  readonly pathname: string;
  readonly searchParams: URLSearchParams;
}

/**
 * A path that `new URL` would leave exactly as it is: one leading slash (`//x` would be a
 * host), no dot (no `.`/`..` segment to resolve), no `%`, `\`, query or fragment.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9_~/-]*$/;

/**
 * The request target of `req.url`: a plain path (every OTGPAY write, e.g.
 * `/api/payment/create`) skips the WHATWG URL parser, anything else goes through it.
 */
export function requestTarget(raw: string | undefined): RequestTarget {
  const target = raw ?? '/';
  if (PLAIN_PATH.test(target)) return { pathname: target, searchParams: new URLSearchParams() };
  return new URL(target, 'http://sandbox.local');
}
