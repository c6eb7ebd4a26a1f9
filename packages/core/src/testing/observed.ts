import type { ErrorCode, OperationContext, ProviderResponseEvent } from '@paymux/core';
import { PaymuxError } from '@paymux/core';

/** HTTP status a comparable REST provider would answer with; `undefined` = no answer. */
const STATUS_OF: Readonly<Record<ErrorCode, number | undefined>> = {
  validation: 400,
  authentication: 401,
  not_found: 404,
  invalid_state: 409,
  rate_limited: 429,
  provider_error: 402,
  network: undefined,
  timeout: undefined,
  unknown_outcome: undefined,
  signature_invalid: 401,
  unsupported: 400,
  configuration: undefined,
  cancelled: undefined,
};

/**
 * Run one provider operation as if it were one HTTP exchange: report the request and the
 * response (status, provider code) to `ctx.observer`, honour `ctx.signal`.
 */
export async function observed<T>(
  ctx: OperationContext,
  method: string,
  path: string,
  run: () => T,
): Promise<T> {
  ctx.signal?.throwIfAborted();
  const request = { method, path, idempotencyKey: ctx.idempotencyKey };
  ctx.observer.request(request);
  try {
    const result = run();
    ctx.observer.response({ ...request, status: 200, durationMs: 0 });
    return result;
  } catch (error) {
    const response: ProviderResponseEvent = PaymuxError.isInstance(error)
      ? {
          ...request,
          status: STATUS_OF[error.code],
          durationMs: 0,
          ...(error.providerCode ? { providerCode: error.providerCode } : {}),
        }
      : { ...request, durationMs: 0 };
    ctx.observer.response(response);
    throw error;
  }
}
