import type { OperationContext, ProviderRequestEvent } from '../contract/provider.js';
import { redact } from '../events/redact.js';
import type { Runtime } from './runtime.js';

/** A path with its query string redacted (GET requests may carry `sign` there). */
function safePath(path: string): string {
  const at = path.indexOf('?');
  if (at < 0) return path;
  return `${path.slice(0, at)}?${String(redact(path.slice(at + 1)))}`;
}

function bodyOf(runtime: Runtime, event: ProviderRequestEvent): { body?: unknown } {
  return runtime.logBodies && event.body !== undefined ? { body: redact(event.body) } : {};
}

/**
 * The `OperationContext` of one provider attempt. Its observer turns the provider's
 * wire events into `request`/`response` events with provider, operation and attempt;
 * bodies only with `logBodies`, always through the redactor.
 */
export function operationContext(
  runtime: Runtime,
  call: { provider: string; operation: string; idempotencyKey: string; attempt: number },
  signal?: AbortSignal,
): OperationContext {
  const common = { provider: call.provider, operation: call.operation, attempt: call.attempt };
  return {
    idempotencyKey: call.idempotencyKey,
    attempt: call.attempt,
    ...(signal ? { signal } : {}),
    observer: {
      bodies: runtime.logBodies,
      request: (event) => {
        // Nobody listens (the common case): build nothing.
        if (runtime.emitter.listenerCount('request') === 0) return;
        runtime.emitter.emit('request', {
          ...common,
          method: event.method,
          path: safePath(event.path),
          idempotencyKey: event.idempotencyKey ?? call.idempotencyKey,
          ...bodyOf(runtime, event),
        });
      },
      response: (event) => {
        if (runtime.emitter.listenerCount('response') === 0) return;
        runtime.emitter.emit('response', {
          ...common,
          method: event.method,
          path: safePath(event.path),
          idempotencyKey: event.idempotencyKey ?? call.idempotencyKey,
          durationMs: event.durationMs,
          ...(event.status === undefined ? {} : { status: event.status }),
          ...(event.providerCode === undefined ? {} : { providerCode: event.providerCode }),
          ...bodyOf(runtime, event),
        });
      },
    },
  };
}
