/**
 * One HTTP exchange of the OTGPAY client: the request as the client built it (URL, method,
 * JSON body), answered with the status and the whole body as text. A transport makes exactly
 * one attempt, never retries, and enforces one deadline per attempt (headers and body).
 *
 * Failures are thrown as errors `classifyTransportFailure` reads: `name` `TimeoutError` (the
 * deadline passed), `AbortError` (the caller's signal), or a system `code` such as
 * `ECONNREFUSED` / `ECONNRESET` on the error or its `cause`.
 */
export interface TransportRequest {
  readonly method: 'GET' | 'POST';
  /** Absolute URL, query string included. */
  readonly url: string;
  /** JSON text of a POST body. */
  readonly body?: string;
  /** The caller's cancellation. */
  readonly signal?: AbortSignal;
  /** The deadline of this attempt, response body included. */
  readonly timeoutMs: number;
}

export interface TransportResponse {
  readonly status: number;
  readonly text: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

function named(name: 'TimeoutError' | 'AbortError', message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** The error of a passed deadline, as `AbortSignal.timeout` would name it. */
export function timeoutError(timeoutMs: number): Error {
  return named('TimeoutError', `no answer within ${timeoutMs} ms`);
}

/** The error of a cancellation by the caller's signal. */
export function abortError(): Error {
  return named('AbortError', 'the operation was aborted');
}
