import {
  type ChargeStatus,
  type PayoutStatus,
  SignatureInvalidError,
  ValidationError,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookRequest,
} from '@paymux/core';
import { redact } from '../client/redact.js';
import { describeSchemaErrors, validateCallbackBody } from '../client/schemas.js';
import type { CallbackBody, CallbackEvent } from '../client/wire-types.js';
import type { MappingContext } from '../provider/mapping-context.js';
import { chargeStatus, payoutStatus } from '../provider/statuses.js';
import { wireMoney, wireTime } from '../provider/wire-values.js';

const EVENT_TYPES: Readonly<Record<CallbackEvent, WebhookEventType>> = {
  'payment.completed': 'charge.succeeded',
  'payment.failed': 'charge.failed',
  'payout.completed': 'payout.succeeded',
  'payout.failed': 'payout.failed',
};
const CHARGE_EVENTS: ReadonlySet<WebhookEventType> = new Set(['charge.succeeded', 'charge.failed']);

export interface CallbackVerifier {
  readonly appId: number;
  /** Verifies `sign` over the other fields with the platform public key. */
  verify(params: Record<string, unknown>): Promise<boolean>;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function bodyText(rawBody: string | Uint8Array): string {
  if (typeof rawBody === 'string') return rawBody;
  try {
    return UTF8.decode(rawBody);
  } catch {
    throw new ValidationError('webhook body is not UTF-8', { field: 'body', rule: 'encoding' });
  }
}

function parseJsonObject(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError('webhook body is not JSON', { field: 'body', rule: 'json' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('webhook body is not a JSON object', { field: 'body', rule: 'json' });
  }
  return body as Record<string, unknown>;
}

/** The verified, schema-checked body as a `WebhookEvent` (fields in the contract's order). */
function toEvent(callback: CallbackBody, context: MappingContext): WebhookEvent {
  const { provider, adapter } = context;
  const type = EVENT_TYPES[callback.event];
  const status: ChargeStatus | PayoutStatus = CHARGE_EVENTS.has(type)
    ? chargeStatus(callback.status)
    : payoutStatus(callback.status);
  const { currency } = callback;
  // Built in the contract's field order (stable JSON for logs and snapshots), no spreads.
  const event: { -readonly [K in keyof WebhookEvent]?: WebhookEvent[K] } = {
    object: 'webhook_event',
    id: `${type}:${callback.orderId}`,
    type,
    provider,
    reference: callback.orderId,
    providerReference: callback.orderNo,
    money: wireMoney(callback.amount, currency, adapter.wireExponent, provider, 'amount'),
  };
  if (callback.fee !== undefined) {
    event.fee = wireMoney(callback.fee, currency, adapter.wireExponent, provider, 'fee');
  }
  event.status = status;
  const time = callback.payTime ?? callback.finishTime;
  if (time !== undefined) event.occurredAt = wireTime(time, provider, 'time');
  if (callback.errorMsg !== undefined) event.failureReason = callback.errorMsg;
  return event as WebhookEvent;
}

/**
 * Verifies and normalizes an OTGPAY callback (protocol §7): JSON (else `ValidationError`),
 * `sign` valid with the platform public key (else `SignatureInvalidError`; nothing of an
 * unverified body is trusted), body shape, `appId` ours (else `ValidationError` field
 * `appId`). The event id `${type}:${orderId}` is stable across redeliveries. The body is
 * parsed once; the verifier sees the parsed object.
 */
export async function parseCallback(
  request: WebhookRequest,
  verifier: CallbackVerifier,
  context: MappingContext,
): Promise<WebhookEvent> {
  const { provider } = context;
  const body = parseJsonObject(bodyText(request.rawBody));
  if (!(await verifier.verify(body))) {
    throw new SignatureInvalidError(
      typeof body['sign'] === 'string'
        ? 'OTGPAY callback signature does not verify with the platform public key'
        : 'OTGPAY callback carries no sign',
      { provider, raw: redact(body) },
    );
  }
  if (!validateCallbackBody(body)) {
    throw new ValidationError(
      `OTGPAY callback does not match the protocol: ${describeSchemaErrors(validateCallbackBody)}`,
      { provider, field: 'body', rule: 'schema', raw: redact(body) },
    );
  }
  if (body.appId !== verifier.appId) {
    throw new ValidationError(`OTGPAY callback is for appId ${body.appId}, not ours`, {
      provider,
      field: 'appId',
      rule: 'mismatch',
      raw: redact(body),
    });
  }
  return toEvent(body, context);
}
