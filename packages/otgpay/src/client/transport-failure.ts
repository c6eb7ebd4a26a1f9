import {
  ConfigurationError,
  NetworkError,
  type PaymuxError,
  ProviderError,
  TimeoutError,
  UnknownOutcomeError,
} from '@paymux/core';
import type { WireOperation } from './operation.js';

/** System error codes meaning the request never left this host: nothing was sent. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function errorCodeOf(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || error === null || typeof error !== 'object') return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && code !== '') return code;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = errorCodeOf(inner, depth + 1);
      if (found) return found;
    }
  }
  return errorCodeOf(cause, depth + 1);
}

function isTlsFailure(code: string): boolean {
  return (
    code.startsWith('ERR_SSL_') ||
    code.startsWith('ERR_TLS_') ||
    code === 'EPROTO' ||
    code.startsWith('CERT_') ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
    code === 'SELF_SIGNED_CERT_IN_CHAIN'
  );
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

function baseOf(op: WireOperation, providerCode: string, raw: unknown) {
  return {
    provider: op.provider,
    providerCode,
    raw,
    ...(op.reference === undefined ? {} : { reference: op.reference }),
  };
}

/**
 * Classifies an error thrown by `fetch` (protocol §3, transport):
 * - connection refused, DNS failure, unreachable host: nothing was sent → retryable
 *   `NetworkError` for reads and writes alike;
 * - timeout: a write → `UnknownOutcomeError` (cause `TimeoutError`), a read → retryable
 *   `TimeoutError`;
 * - reset or any other failure after connecting: a write → `UnknownOutcomeError`
 *   (cause `NetworkError`), a read → retryable `NetworkError`;
 * - aborted by the caller's signal: as a reset, but not retryable.
 *
 * The low-level error is never attached: its message can hold the signed URL.
 */
export function classifyTransportFailure(
  error: unknown,
  op: WireOperation,
  durationMs: number,
): PaymuxError {
  const name = nameOf(error);
  const code = errorCodeOf(error);
  if (name === 'TimeoutError') {
    const base = baseOf(op, 'timeout', { transport: 'timeout', durationMs });
    const timeout = new TimeoutError(`OTGPAY did not answer within ${durationMs} ms`, base);
    return op.kind === 'write'
      ? new UnknownOutcomeError(
          `OTGPAY did not answer within ${durationMs} ms; the outcome is unknown, query before resending`,
          { ...base, cause: timeout },
        )
      : timeout;
  }
  if (code !== undefined && NOT_SENT.has(code)) {
    // Proven at the transport level: no byte of the request reached OTGPAY.
    return new NetworkError(`OTGPAY unreachable (${code}); nothing was sent`, {
      ...baseOf(op, code, { transport: code }),
      retryable: true,
      outcomeUnknown: false,
    });
  }
  if (code !== undefined && isTlsFailure(code)) {
    // The TLS handshake failed before any byte of the request was sent: a wrong scheme or
    // host in baseUrl (e.g. https:// against a plain-HTTP endpoint), never a payment outcome.
    return new ConfigurationError(
      `TLS with the OTGPAY base URL failed (${code}); nothing was sent. Check that baseUrl ` +
        'has the scheme and host OTGPAY gave you for this environment',
      { ...baseOf(op, code, { transport: code }), field: 'baseUrl', outcomeUnknown: false },
    );
  }
  if (code === 'ERR_INVALID_URL') {
    return new NetworkError(
      'The OTGPAY base URL cannot be parsed (ERR_INVALID_URL); nothing was sent. ' +
        "Give baseUrl with its scheme, e.g. 'https://api.example-otgpay.com'",
      { ...baseOf(op, code, { transport: code }), retryable: false, outcomeUnknown: false },
    );
  }
  const aborted = name === 'AbortError';
  const label = aborted ? 'aborted' : (code ?? 'network_error');
  const base = baseOf(op, label, { transport: label });
  const network = new NetworkError(`OTGPAY connection failed after sending (${label})`, {
    ...base,
    retryable: !aborted,
  });
  return op.kind === 'write'
    ? new UnknownOutcomeError(
        `OTGPAY connection failed after sending (${label}); the outcome is unknown, query before resending`,
        { ...base, cause: network },
      )
    : network;
}

/**
 * A response that is not an OTGPAY envelope (HTTP non-200, non-JSON, a proxy's 5xx page):
 * a write's outcome is unknown, a read is a retryable `ProviderError`.
 */
export function classifyBadResponse(
  reason: string,
  op: WireOperation,
  providerCode: string,
  raw: unknown,
): PaymuxError {
  const base = baseOf(op, providerCode, raw);
  return op.kind === 'write'
    ? new UnknownOutcomeError(
        `OTGPAY answered without a valid envelope (${reason}); the outcome is unknown, query before resending`,
        base,
      )
    : new ProviderError(`OTGPAY answered without a valid envelope (${reason})`, {
        ...base,
        retryable: true,
      });
}
