import type { WebhookEvent } from '@paymux/core';
import { describe, expect, it } from 'vitest';
import { rawBodyOf, sessionStatus, toWebhookAction } from '../../src/index.js';

const paid: WebhookEvent = {
  object: 'webhook_event',
  id: 'charge.succeeded:payses_1',
  type: 'charge.succeeded',
  provider: 'otgpay-id',
  reference: 'payses_1',
  providerReference: 'OTG1',
  money: { amount: 15_000_000n, currency: 'IDR' },
  status: 'succeeded',
};

describe('status and webhook mapping', () => {
  it('maps paymux charge statuses onto Medusa session statuses', () => {
    expect(sessionStatus('pending')).toBe('pending_authorization');
    expect(sessionStatus('processing')).toBe('pending_authorization');
    expect(sessionStatus('succeeded')).toBe('captured');
    expect(sessionStatus('failed')).toBe('error');
    expect(sessionStatus('partially_paid')).toBe('requires_more');
    expect(sessionStatus('overpaid')).toBe('requires_more');
    expect(sessionStatus('requires_review')).toBe('requires_more');
  });

  it('turns a paid charge into captured with the session id and major-unit amount', () => {
    expect(toWebhookAction({ event: paid, duplicate: false, stale: false })).toEqual({
      action: 'captured',
      data: { session_id: 'payses_1', amount: '150000' },
    });
    // A redelivery maps the same way: Medusa's records make it a no-op, and a
    // retried Medusa handler must not lose the capture.
    expect(toWebhookAction({ event: paid, duplicate: true, stale: false }).action).toBe('captured');
  });

  it('ignores stale and payout events', () => {
    expect(toWebhookAction({ event: paid, duplicate: false, stale: true })).toEqual({
      action: 'not_supported',
    });
    expect(
      toWebhookAction({
        event: { ...paid, type: 'payout.succeeded' },
        duplicate: false,
        stale: false,
      }),
    ).toEqual({ action: 'not_supported' });
    expect(
      toWebhookAction({
        event: { ...paid, type: 'charge.failed', status: 'failed' },
        duplicate: false,
        stale: false,
      }).action,
    ).toBe('failed');
  });

  it('takes the raw body as Medusa hands it over', () => {
    const bytes = Buffer.from('{"a":1}');
    expect(rawBodyOf(bytes, {})).toBe(bytes);
    expect(rawBodyOf({ type: 'Buffer', data: [...bytes] }, {})).toEqual(Uint8Array.from(bytes));
    expect(rawBodyOf(undefined, { a: 1 })).toBe('{"a":1}');
  });
});
