import type { RetryNotice } from '../retry/run-with-retry.js';
import type { Runtime } from './runtime.js';

/** Turns retry notices of one operation into `retry` events. */
export function retryReporter(runtime: Runtime, provider: string, operation: string) {
  return (notice: RetryNotice): void => {
    runtime.emitter.emit('retry', {
      provider,
      operation,
      attempt: notice.attempt,
      delayMs: notice.delayMs,
      code: notice.error.code,
    });
  };
}
