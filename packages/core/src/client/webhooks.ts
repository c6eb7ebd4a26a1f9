import type { WebhookRequest } from '../contract/inputs.js';
import type { PaymentProvider } from '../contract/provider.js';
import { InvalidStateError } from '../errors/error-classes.js';
import type { WebhookAck, WebhookEvent } from '../resources/webhook-event.js';
import { asPaymuxError } from '../retry/classify.js';
import { validateInput } from '../validation/validate-input.js';
import type { Runtime } from './runtime.js';

/** What `webhooks.constructEvent` returns: the verified event and whether to apply it. */
export interface ConstructedWebhook {
  /** The verified, normalized event. */
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

/** What `handle` passes to the handler beside the event. */
export interface WebhookHandlerContext {
  /**
   * Aborted when this delivery's claim lease runs out (`webhookLeaseMs`, default 60 s):
   * a redelivery may then retake the event and run the handler again. Pass it to the
   * work that applies the effect (or check it before committing) so a late finisher does
   * not apply the effect a second time.
   */
  readonly signal: AbortSignal;
  /** When the claim lease ends, in milliseconds since the epoch (the client's clock). */
  readonly leaseUntil: number;
  /**
   * True when an earlier delivery of this event claimed it and its lease ran out without
   * an answer (that process died or hung): its effect may be partly applied.
   */
  readonly retaken: boolean;
}

/** What `handle` tells the provider's server. */
export interface WebhookResponse extends WebhookAck {
  /**
   * `handled`, `duplicate`, `stale`, `in_progress` (another delivery holds a live claim;
   * 409, the provider redelivers), `rejected` (400), `failed` (the handler threw; 500), or
   * `expired` (the handler finished after its lease and another delivery had retaken the
   * event; acknowledged, nothing recorded by this one).
   */
  readonly outcome:
    | 'handled'
    | 'duplicate'
    | 'stale'
    | 'in_progress'
    | 'rejected'
    | 'failed'
    | 'expired';
  /** The verified event; undefined when the webhook was `rejected`. */
  readonly event?: WebhookEvent;
}

/** `paymux.webhooks`: verify, deduplicate and handle provider notifications. */
export interface WebhooksApi {
  /**
   * Verifies and normalizes a raw webhook with the provider's `parseWebhook` (throws
   * `SignatureInvalidError` for a bad signature, `ValidationError` for a malformed body),
   * then deduplicates on `webhook:<provider>:<event.id>` and guards final states in the
   * Store. The event counts as seen as soon as it is verified; to mark it seen only after
   * your handler succeeded, use `handle`. Emits `webhook.received` or `webhook.duplicate`.
   * Throws `UnsupportedError` for an unknown `providerId`.
   *
   * @example
   * ```ts
   * // e.g. in a Hono route; the body must be the raw text, not re-serialized JSON
   * app.post('/hooks/otgpay-id', async (c) => {
   *   const { event, duplicate, stale } = await paymux.webhooks.constructEvent('otgpay-id', {
   *     rawBody: await c.req.text(),
   *     headers: c.req.header(),
   *   });
   *   if (!duplicate && !stale && event.type === 'charge.succeeded') {
   *     await orders.markPaid(event.reference, event.money);
   *   }
   *   const ack = paymux.webhooks.ack('otgpay-id');
   *   return c.body(ack.body, ack.status as 200, ack.headers);
   * });
   * ```
   */
  constructEvent(providerId: string, request: WebhookRequest): Promise<ConstructedWebhook>;
  /**
   * Verifies, deduplicates and runs `handler` once per event id, then answers what the
   * provider expects. The event is claimed in the Store with a lease (`webhookLeaseMs`,
   * default 60 s): a redelivery while the claim is live gets a 409; after the lease (the
   * process died or hung) a redelivery retakes it and runs `handler`. If `handler` throws,
   * the claim is released and a 500 is returned, so the provider redelivers; a bad
   * signature or body gets a 400. Duplicates and stale events (another final status of
   * the same order came first) are acknowledged without calling `handler`.
   *
   * @example
   * ```ts
   * app.post('/hooks/otgpay-id', async (c) => {
   *   const reply = await paymux.webhooks.handle(
   *     'otgpay-id',
   *     { rawBody: await c.req.text(), headers: c.req.header() },
   *     async (event, { signal }) => {
   *       if (event.type === 'charge.succeeded') await orders.markPaid(event.reference, { signal });
   *     },
   *   );
   *   return c.body(reply.body, reply.status as 200, reply.headers);
   * });
   * ```
   */
  handle(
    providerId: string,
    request: WebhookRequest,
    handler: (event: WebhookEvent, context: WebhookHandlerContext) => unknown | Promise<unknown>,
  ): Promise<WebhookResponse>;
  /** The HTTP reply the provider expects once the webhook was handled. */
  ack(providerId: string): WebhookAck;
}

const TEXT = { 'content-type': 'text/plain' } as const;

const seenKey = (provider: PaymentProvider, event: WebhookEvent) =>
  `webhook:${provider.id}:${event.id}`;
/** `webhook-final:<provider>:<charge|payout>:<reference>` holds the order's first final event type. */
export const finalKey = (provider: PaymentProvider, event: WebhookEvent) =>
  `webhook-final:${provider.id}:${event.type.split('.')[0]}:${event.reference}`;

export function webhooksApi(runtime: Runtime): WebhooksApi {
  const claims = runtime.webhookClaims;

  async function verify(providerId: string, raw: WebhookRequest) {
    const request = validateInput('webhook', raw);
    const provider = runtime.router.byId(providerId);
    try {
      return { provider, event: await provider.parseWebhook(request) };
    } catch (error) {
      throw asPaymuxError(error, { provider: provider.id, write: false });
    }
  }

  return {
    async constructEvent(providerId, raw) {
      const { provider, event } = await verify(providerId, raw);
      const fresh = await claims.markSeen(seenKey(provider, event));
      runtime.emitter.emit(fresh ? 'webhook.received' : 'webhook.duplicate', event);
      // Every webhook type is a final status; the first one recorded for an order wins.
      const stale = fresh
        ? (await claims.guardFinal(finalKey(provider, event), event.type)).stale
        : false;
      return { event, duplicate: !fresh, stale };
    },

    async handle(providerId, raw, handler) {
      let verified: Awaited<ReturnType<typeof verify>>;
      try {
        verified = await verify(providerId, raw);
      } catch {
        return { status: 400, headers: TEXT, body: 'rejected', outcome: 'rejected' };
      }
      return handleVerifiedEvent(runtime, verified.provider, verified.event, handler);
    },

    ack(providerId) {
      return runtime.router.byId(providerId).webhookAck();
    },
  };
}

/**
 * The part of `webhooks.handle` after verification: claim the event id with a lease, guard
 * the order's final status, run `handler` once, record the outcome. `paymux.reconcile`'s
 * repair applies the events it derives from provider queries through it, so the merchant's
 * handler runs once whether the webhook or the repair comes first.
 */
export async function handleVerifiedEvent(
  runtime: Runtime,
  provider: PaymentProvider,
  event: WebhookEvent,
  handler: (event: WebhookEvent, context: WebhookHandlerContext) => unknown | Promise<unknown>,
): Promise<WebhookResponse> {
  const claims = runtime.webhookClaims;
  const ack = provider.webhookAck();
  const seen = seenKey(provider, event);
  const claim = await claims.claim(seen);
  if (claim.kind === 'duplicate' || claim.kind === 'in_progress') {
    runtime.emitter.emit('webhook.duplicate', event);
    return claim.kind === 'in_progress'
      ? { status: 409, headers: TEXT, body: 'in progress', outcome: 'in_progress', event }
      : { ...ack, outcome: 'duplicate', event };
  }
  runtime.emitter.emit('webhook.received', event);
  const guard = await claims.guardFinal(finalKey(provider, event), event.type);
  if (guard.stale) {
    await claims.finish(seen, claim.version);
    return { ...ack, outcome: 'stale', event };
  }
  const lease = new AbortController();
  const timer = setTimeout(
    () => lease.abort(new Error(`The webhook claim lease of ${event.id} ran out`)),
    Math.max(0, claim.leaseUntil - runtime.clock()),
  );
  try {
    await handler(event, {
      signal: lease.signal,
      leaseUntil: claim.leaseUntil,
      retaken: claim.kind === 'retaken',
    });
  } catch (error) {
    // Only while this delivery still holds the claim: a late failure must not release
    // (or un-guard) a redelivery that retook the event.
    if ((await claims.release(seen, claim.version)) && guard.version !== undefined) {
      await claims.dropFinal(finalKey(provider, event), guard.version);
    }
    runtime.emitter.emit('error', {
      operation: 'webhook',
      provider: provider.id,
      error: asPaymuxError(error, { provider: provider.id, write: false }),
    });
    return { status: 500, headers: TEXT, body: 'handler failed', outcome: 'failed', event };
  } finally {
    clearTimeout(timer);
  }
  if (!(await claims.finish(seen, claim.version))) {
    runtime.emitter.emit('error', {
      operation: 'webhook',
      provider: provider.id,
      error: new InvalidStateError(
        `The handler of webhook ${event.id} finished after its claim lease; another delivery retook it`,
        { provider: provider.id, reference: event.reference },
      ),
    });
    return { ...ack, outcome: 'expired', event };
  }
  return { ...ack, outcome: 'handled', event };
}
