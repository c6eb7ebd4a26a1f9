import type { WebhookRequest } from '../contract/inputs.js';
import type { PaymentProvider } from '../contract/provider.js';
import type { WebhookAck, WebhookEvent } from '../resources/webhook-event.js';
import { asPaymuxError } from '../retry/classify.js';
import { validateInput } from '../validation/validate-input.js';
import type { Runtime } from './runtime.js';

export interface ConstructedWebhook {
  readonly event: WebhookEvent;
  /** This event id was already received (within the dedupe TTL): do not apply it again. */
  readonly duplicate: boolean;
  /**
   * The order already reached a different final status through an earlier event (e.g. a
   * late `charge.failed` after `charge.succeeded`): do not apply it, a final order never
   * moves back.
   */
  readonly stale: boolean;
}

/** What `handle` tells the provider's server. */
export interface WebhookResponse extends WebhookAck {
  /** `handled`, `duplicate`, `stale`, `in_progress`, `rejected` or `failed`. */
  readonly outcome: 'handled' | 'duplicate' | 'stale' | 'in_progress' | 'rejected' | 'failed';
  readonly event?: WebhookEvent;
}

export interface WebhooksApi {
  /**
   * Verifies and normalizes a raw webhook with the provider's `parseWebhook` (throws
   * `SignatureInvalidError` for a bad signature, `ValidationError` for a malformed body),
   * then deduplicates on `webhook:<provider>:<event.id>` and guards final states in the
   * Store. The event counts as seen as soon as it is verified; to mark it seen only after
   * your handler succeeded, use `handle`. Emits `webhook.received` or `webhook.duplicate`.
   */
  constructEvent(providerId: string, request: WebhookRequest): Promise<ConstructedWebhook>;
  /**
   * Verifies, deduplicates and runs `handler` at most once per event id, then answers what
   * the provider expects. If `handler` throws, the event is released and a 500 is returned,
   * so the provider redelivers it; a bad signature or body gets a 400. Duplicates and stale
   * events are acknowledged without calling `handler`.
   */
  handle(
    providerId: string,
    request: WebhookRequest,
    handler: (event: WebhookEvent) => unknown | Promise<unknown>,
  ): Promise<WebhookResponse>;
  /** The HTTP reply the provider expects once the webhook was handled. */
  ack(providerId: string): WebhookAck;
}

type Mark = 'processing' | 'done';

const TEXT = { 'content-type': 'text/plain' } as const;

export function webhooksApi(runtime: Runtime): WebhooksApi {
  const seenKey = (provider: PaymentProvider, event: WebhookEvent) =>
    `webhook:${provider.id}:${event.id}`;
  const finalKey = (provider: PaymentProvider, event: WebhookEvent) =>
    `webhook-final:${provider.id}:${event.type.split('.')[0]}:${event.reference}`;

  async function verify(providerId: string, raw: WebhookRequest) {
    const request = validateInput('webhook', raw);
    const provider = runtime.router.byId(providerId);
    try {
      return { provider, event: await provider.parseWebhook(request) };
    } catch (error) {
      throw asPaymuxError(error, { provider: provider.id, write: false });
    }
  }

  /** Every webhook type is a final status; the first one recorded for an order wins. */
  async function isStale(provider: PaymentProvider, event: WebhookEvent): Promise<boolean> {
    const key = finalKey(provider, event);
    const ttl = runtime.webhookDedupeTtlMs;
    if (await runtime.store.setIfAbsent(key, event.type, ttl)) return false;
    return (await runtime.store.get<string>(key)) !== event.type;
  }

  async function claim(provider: PaymentProvider, event: WebhookEvent, mark: Mark) {
    const fresh = await runtime.store.setIfAbsent<Mark>(
      seenKey(provider, event),
      mark,
      runtime.webhookDedupeTtlMs,
    );
    runtime.emitter.emit(fresh ? 'webhook.received' : 'webhook.duplicate', event);
    return fresh;
  }

  return {
    async constructEvent(providerId, raw) {
      const { provider, event } = await verify(providerId, raw);
      const fresh = await claim(provider, event, 'done');
      const stale = fresh ? await isStale(provider, event) : false;
      return { event, duplicate: !fresh, stale };
    },

    async handle(providerId, raw, handler) {
      const ack = runtime.router.byId(providerId).webhookAck();
      let verified: Awaited<ReturnType<typeof verify>>;
      try {
        verified = await verify(providerId, raw);
      } catch {
        return { status: 400, headers: TEXT, body: 'rejected', outcome: 'rejected' };
      }
      const { provider, event } = verified;
      if (!(await claim(provider, event, 'processing'))) {
        const mark = await runtime.store.get<Mark>(seenKey(provider, event));
        return mark === 'processing'
          ? { status: 409, headers: TEXT, body: 'in progress', outcome: 'in_progress', event }
          : { ...ack, outcome: 'duplicate', event };
      }
      if (await isStale(provider, event)) {
        await runtime.store.set<Mark>(seenKey(provider, event), 'done', runtime.webhookDedupeTtlMs);
        return { ...ack, outcome: 'stale', event };
      }
      try {
        await handler(event);
      } catch (error) {
        await runtime.store.delete(seenKey(provider, event));
        await runtime.store.delete(finalKey(provider, event));
        runtime.emitter.emit('error', {
          operation: 'webhook',
          provider: provider.id,
          error: asPaymuxError(error, { provider: provider.id, write: false }),
        });
        return { status: 500, headers: TEXT, body: 'handler failed', outcome: 'failed', event };
      }
      await runtime.store.set<Mark>(seenKey(provider, event), 'done', runtime.webhookDedupeTtlMs);
      return { ...ack, outcome: 'handled', event };
    },

    ack(providerId) {
      return runtime.router.byId(providerId).webhookAck();
    },
  };
}
