import type { WebhookRequest } from '../contract/inputs.js';
import type { WebhookAck, WebhookEvent } from '../resources/webhook-event.js';
import { asPaymuxError } from '../retry/classify.js';
import { validateInput } from '../validation/validate-input.js';
import type { Runtime } from './runtime.js';

export interface ConstructedWebhook {
  readonly event: WebhookEvent;
  /** True when this event id was already received (within the dedupe TTL). */
  readonly duplicate: boolean;
}

export interface WebhooksApi {
  /**
   * Verifies and normalizes a raw webhook with the provider's `parseWebhook` (throws
   * `SignatureInvalidError` for a bad signature), then deduplicates on
   * `webhook:<provider>:<event.id>` in the Store. Emits `webhook.received` or
   * `webhook.duplicate`.
   */
  constructEvent(providerId: string, request: WebhookRequest): Promise<ConstructedWebhook>;
  /** The HTTP reply the provider expects once the webhook was handled. */
  ack(providerId: string): WebhookAck;
}

export function webhooksApi(runtime: Runtime): WebhooksApi {
  return {
    async constructEvent(providerId, raw) {
      const request = validateInput('webhook', raw);
      const provider = runtime.router.byId(providerId);
      let event: WebhookEvent;
      try {
        event = await provider.parseWebhook(request);
      } catch (error) {
        throw asPaymuxError(error, { provider: provider.id, write: false });
      }
      const fresh = await runtime.store.setIfAbsent(
        `webhook:${provider.id}:${event.id}`,
        runtime.clock(),
        runtime.webhookDedupeTtlMs,
      );
      runtime.emitter.emit(fresh ? 'webhook.received' : 'webhook.duplicate', event);
      return { event, duplicate: !fresh };
    },

    ack(providerId) {
      return runtime.router.byId(providerId).webhookAck();
    },
  };
}
