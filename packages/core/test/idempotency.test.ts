import { describe, expect, it } from 'vitest';
import {
  createPaymux,
  MemoryStore,
  NetworkError,
  RateLimitedError,
  TimeoutError,
} from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry, payoutInput } from './support/inputs.js';

describe('idempotency', () => {
  it('sends the same key on every retry of one create', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', new NetworkError('refused'), new RateLimitedError('busy'));
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await paymux.charges.create(chargeInput());
    const calls = provider.callsOf('createCharge');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(1);
    expect(calls.map((call) => call.attempt)).toEqual([1, 2, 3]);
  });

  it('returns the stored charge on a second call with the same reference, without a provider call', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    const created: string[] = [];
    paymux.on('charge.created', (charge) => created.push(charge.reference));
    const first = await paymux.charges.create(chargeInput());
    const second = await paymux.charges.create(chargeInput());
    expect(second).toEqual(first);
    expect(second.money.amount).toBe(15000000n);
    expect(provider.callsOf('createCharge')).toHaveLength(1);
    expect(created).toEqual(['order-1']);
  });

  it('reuses the key when the merchant calls again after a definitive failure', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createPayout', new RateLimitedError('busy'), new RateLimitedError('busy'));
    const paymux = createPaymux({ providers: [provider], retry: instantRetry(2).options });
    await expect(paymux.payouts.create(payoutInput())).rejects.toMatchObject({
      code: 'rate_limited',
    });
    const payout = await paymux.payouts.create(payoutInput());
    expect(payout.reference).toBe('payout-1');
    const keys = provider.callsOf('createPayout').map((call) => call.idempotencyKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  it('joins a concurrent call with the same reference instead of sending twice', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    const [a, b] = await Promise.all([
      paymux.charges.create(chargeInput()),
      paymux.charges.create(chargeInput()),
    ]);
    expect(a).toBe(b);
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });

  it('refuses a concurrent call that reuses the reference for another amount', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    const [first, second] = await Promise.allSettled([
      paymux.charges.create(chargeInput()),
      paymux.charges.create(chargeInput({ money: { amount: 99_000_000n, currency: 'IDR' } })),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({
      status: 'rejected',
      reason: { code: 'invalid_state', field: 'reference', rule: 'unique' },
    });
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });

  it('shares records through a common Store: a second client returns the outcome', async () => {
    const store = new MemoryStore();
    const provider = new FakeProvider('fake-id');
    await createPaymux({ providers: [provider], store }).charges.create(chargeInput());
    const again = await createPaymux({ providers: [provider], store }).charges.create(
      chargeInput(),
    );
    expect(again.reference).toBe('order-1');
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });

  it('uses different keys for different references', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    await paymux.charges.create(chargeInput({ reference: 'a' }));
    await paymux.charges.create(chargeInput({ reference: 'b' }));
    const [first, second] = provider.callsOf('createCharge');
    expect(first?.idempotencyKey).not.toBe(second?.idempotencyKey);
  });
});

describe('reference reuse', () => {
  it('refuses a second call with the same reference but another amount, without a provider call', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    await paymux.charges.create(chargeInput());
    await expect(
      paymux.charges.create(chargeInput({ money: { amount: 99n, currency: 'IDR' } })),
    ).rejects.toMatchObject({ code: 'invalid_state', field: 'reference', rule: 'unique' });
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });

  it('refuses a reconciled object that is not the one asked for', async () => {
    const provider = new FakeProvider('fake-id');
    await createPaymux({ providers: [provider] }).charges.create(chargeInput());
    // Another client (no shared store) reuses the reference with another amount; the
    // provider refuses the duplicate ambiguously, the query finds the first charge.
    provider.fail('createCharge', new TimeoutError('t'));
    const other = createPaymux({ providers: [provider], retry: instantRetry().options });
    await expect(
      other.charges.create(chargeInput({ money: { amount: 99n, currency: 'IDR' } })),
    ).rejects.toMatchObject({ code: 'invalid_state', reference: 'order-1' });
  });

  it('marks batch items as done so a single create with an item reference is not sent', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    await paymux.payouts.createBatch({
      reference: 'b-1',
      items: [payoutInput({ reference: 'item-1' })],
    });
    const payout = await paymux.payouts.create(payoutInput({ reference: 'item-1' }));
    expect(payout.reference).toBe('item-1');
    expect(provider.callsOf('createPayout')).toHaveLength(0);
  });
});
