import type { OperationContext, PaymentProvider } from '../contract/provider.js';
import { runWithRetry } from '../retry/run-with-retry.js';
import { operationContext } from './operation-context.js';
import { retryReporter } from './retry-reporter.js';
import type { Runtime } from './runtime.js';

/**
 * One read at one provider with retries on retryable errors. Reads never fail over:
 * the object, the balance or the ledger lives at that provider.
 */
export function executeRead<T>(
  runtime: Runtime,
  provider: PaymentProvider,
  operation: string,
  call: (ctx: OperationContext) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const idempotencyKey = globalThis.crypto.randomUUID();
  return runWithRetry(
    (attempt) =>
      call(
        operationContext(
          runtime,
          { provider: provider.id, operation, idempotencyKey, attempt },
          signal,
        ),
      ),
    {
      provider: provider.id,
      options: runtime.retry,
      onRetry: retryReporter(runtime, provider.id, operation),
      ...(signal ? { signal } : {}),
    },
  );
}
