import { describe, expect, it } from 'vitest';
import {
  createPaymux,
  type NormalizedPayoutBatch,
  type OperationContext,
  type PayoutBatchResult,
  RateLimitedError,
  SignatureInvalidError,
  TimeoutError,
  UnknownOutcomeError,
} from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry, payoutInput } from './support/inputs.js';

describe('review: no double charge after an ambiguous attempt', () => {
  it('does not fail over when a resend after an ambiguous attempt ends in a no-effect error', async () => {
    const first = new FakeProvider('first');
    const second = new FakeProvider('second');
    const paymux = createPaymux({ providers: [first, second], retry: instantRetry(2).options });
    // send 1 times out (may land later), the query says not found, the resend is refused busy.
    first.fail('createCharge', new TimeoutError('t1'), new RateLimitedError('busy'));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
      provider: 'first',
      reference: 'order-1',
    });
    expect(second.calls).toHaveLength(0);

    // The first send lands late; the merchant calls again: a query finds it, nothing is resent.
    await first.createCharge(
      { ...chargeInput(), money: { amount: 15_000_000n, currency: 'IDR' } },
      { idempotencyKey: 'late', attempt: 1, observer: { request() {}, response() {} } },
    );
    const sendsBefore = first.callsOf('createCharge').length;
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('first');
    expect(first.callsOf('createCharge')).toHaveLength(sendsBefore);
    expect(second.calls).toHaveLength(0);
  });
});

describe('review: batch items with an unknown outcome', () => {
  it('a single create with the reference of an unknown batch item queries before sending', async () => {
    const provider = new FakeProvider('fake-id');
    const original = provider.createPayoutBatch.bind(provider);
    // The gateway took both items, but the answer for item-2 is unknown to the provider.
    provider.createPayoutBatch = async (input: NormalizedPayoutBatch, ctx: OperationContext) => {
      const result: PayoutBatchResult = await original(input, ctx);
      return {
        ...result,
        items: result.items.map((item) =>
          item.reference === 'item-2'
            ? {
                index: item.index,
                reference: item.reference,
                ok: false as const,
                error: new UnknownOutcomeError('batch outcome unknown', {
                  provider: 'fake-id',
                  reference: 'item-2',
                }),
              }
            : item,
        ),
      };
    };
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await paymux.payouts.createBatch({
      reference: 'b-unknown',
      items: [payoutInput({ reference: 'item-1' }), payoutInput({ reference: 'item-2' })],
    });
    expect(provider.payouts.size).toBe(2);
    const payout = await paymux.payouts.create(payoutInput({ reference: 'item-2' }));
    expect(payout.reference).toBe('item-2');
    expect(provider.callsOf('createPayout')).toHaveLength(0);
    expect(provider.callsOf('getPayout')).toHaveLength(1);
  });
});

describe('review: a write answered with a bad signature', () => {
  it('is resolved by a query at the same provider, never resent or routed elsewhere', async () => {
    const first = new FakeProvider('first');
    const second = new FakeProvider('second');
    const paymux = createPaymux({ providers: [first, second], retry: instantRetry(2).options });
    // The create took effect; its (success) answer does not verify.
    first.fail('createCharge', {
      error: new SignatureInvalidError('data.sign does not verify'),
      afterEffect: true,
    });
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('first');
    expect(first.callsOf('createCharge')).toHaveLength(1);
    expect(first.callsOf('getCharge')).toHaveLength(1);
    expect(second.calls).toHaveLength(0);
  });
});
