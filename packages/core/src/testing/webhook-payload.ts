import type { ChargeStatus, PayoutStatus, WebhookEvent, WebhookEventType } from '@paymux/core';
import { fromDecimalString, toDecimalString, ValidationError } from '@paymux/core';

/**
 * The JSON body of a testing-provider webhook. Amounts are exact decimal strings with the
 * currency's ISO exponent (`"150000.00"` for Rp 150.000), never JSON numbers.
 */
export interface TestingWebhookPayload {
  /** The event type, e.g. `charge.succeeded`. */
  readonly type: WebhookEventType;
  /** The merchant reference of the charge or payout. */
  readonly reference: string;
  /** The testing provider's reference (`tp_ch_000001`). */
  readonly providerReference: string;
  /** The order's amount in major units with the ISO decimals, e.g. `"150000.00"`. */
  readonly amount: string;
  /** ISO 4217 code of `amount` and `fee`. */
  readonly currency: string;
  /** The provider's fee, same format as `amount`. */
  readonly fee?: string;
  /** The order's status after the event (`succeeded` or `failed`). */
  readonly status: ChargeStatus | PayoutStatus;
  /** ISO 8601 UTC. */
  readonly occurredAt?: string;
  /** Why a charge or payout failed. */
  readonly failureReason?: string;
}

const EVENT_TYPES: readonly WebhookEventType[] = [
  'charge.succeeded',
  'charge.failed',
  'payout.succeeded',
  'payout.failed',
];

const STATUS_OF: Readonly<Record<WebhookEventType, ChargeStatus | PayoutStatus>> = {
  'charge.succeeded': 'succeeded',
  'charge.failed': 'failed',
  'payout.succeeded': 'succeeded',
  'payout.failed': 'failed',
};

export function toWebhookPayload(event: WebhookEvent): TestingWebhookPayload {
  return {
    type: event.type,
    reference: event.reference,
    providerReference: event.providerReference,
    amount: toDecimalString(event.money),
    currency: event.money.currency,
    ...(event.fee ? { fee: toDecimalString(event.fee) } : {}),
    status: event.status,
    ...(event.occurredAt ? { occurredAt: event.occurredAt.toISOString() } : {}),
    ...(event.failureReason ? { failureReason: event.failureReason } : {}),
  };
}

/** A normalized `WebhookEvent` from a verified body; malformed bodies are `ValidationError`s. */
export function fromWebhookBody(rawBody: string, provider: string): WebhookEvent {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new ValidationError('Webhook body is not JSON', { field: 'rawBody', rule: 'json' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('Webhook body must be a JSON object', {
      field: 'rawBody',
      rule: 'object',
    });
  }
  const record = body as Record<string, unknown>;
  const text = (key: string, optional = false): string | undefined => {
    const value = record[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || value === '') {
      throw new ValidationError(`Webhook field ${key} must be a non-empty string`, {
        field: `body.${key}`,
        rule: 'required',
      });
    }
    return value;
  };

  const type = text('type') as WebhookEventType;
  if (!EVENT_TYPES.includes(type)) {
    throw new ValidationError(`Unknown webhook type "${type}"`, {
      field: 'body.type',
      rule: 'enum',
    });
  }
  const reference = text('reference') as string;
  const currency = text('currency') as string;
  const money = fromDecimalString(text('amount') as string, currency, undefined, 'body.amount');
  const fee = text('fee', true);
  const occurredAt = text('occurredAt', true);
  const when = occurredAt === undefined ? undefined : new Date(occurredAt);
  if (when && Number.isNaN(when.getTime())) {
    throw new ValidationError('occurredAt is not a date', {
      field: 'body.occurredAt',
      rule: 'date',
    });
  }
  const failureReason = text('failureReason', true);
  return {
    object: 'webhook_event',
    id: `${type}:${reference}`,
    type,
    provider,
    reference,
    providerReference: text('providerReference') as string,
    money,
    ...(fee === undefined ? {} : { fee: fromDecimalString(fee, currency, undefined, 'body.fee') }),
    status: STATUS_OF[type],
    ...(when ? { occurredAt: when } : {}),
    ...(failureReason === undefined ? {} : { failureReason }),
  };
}
