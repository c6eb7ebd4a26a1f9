import { describe, expect, it } from 'vitest';
import {
  createPaymux,
  MemoryStore,
  NetworkError,
  TimeoutError,
  UnknownOutcomeError,
} from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry, payoutInput } from './support/inputs.js';

describe('unknown outcome reconcile', () => {
  it('create times out after the charge was made: found by query, one charge, create sent once', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', { error: new TimeoutError('read timeout'), afterEffect: true });
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    const created: string[] = [];
    paymux.on('charge.created', (charge) => created.push(charge.reference));
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.reference).toBe('order-1');
    expect(provider.charges.size).toBe(1);
    expect(provider.callsOf('createCharge')).toHaveLength(1);
    expect(provider.callsOf('getCharge')).toHaveLength(1);
    expect(created).toEqual(['order-1']);
  });

  it('unknown outcome but not found: resent with the same reference and idempotency key', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail(
      'createCharge',
      new UnknownOutcomeError('system exception', { providerCode: '1003' }),
    );
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await paymux.charges.create(chargeInput());
    const creates = provider.callsOf('createCharge');
    expect(creates).toHaveLength(2);
    expect(creates[0]?.idempotencyKey).toBe(creates[1]?.idempotencyKey);
    expect(creates.every((call) => call.reference === 'order-1')).toBe(true);
    expect(provider.callsOf('getCharge')).toHaveLength(1);
    expect(provider.charges.size).toBe(1);
  });

  it('a create that lands after the query said not found: the resend collides, the query finds it', async () => {
    const provider = new FakeProvider('fake-id');
    // The first send times out without effect yet; the gateway commits it only after our
    // query answered "not found", so the resend is refused as a duplicate reference.
    provider.fail('createCharge', new TimeoutError('read timeout'));
    const query = provider.getCharge.bind(provider);
    let queries = 0;
    provider.getCharge = async (input, ctx) => {
      queries += 1;
      const answer = query(input, ctx);
      if (queries === 1) {
        await answer.catch(() => undefined);
        await provider.createCharge(
          { ...chargeInput(), money: { amount: 15_000_000n, currency: 'IDR' } },
          ctx,
        );
      }
      return answer;
    };
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.reference).toBe('order-1');
    expect(provider.charges.size).toBe(1);
    expect(queries).toBe(2);
  });

  it('a reset flagged outcomeUnknown is reconciled too; a plain network error is just retried', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createPayout', {
      error: new NetworkError('socket hang up', { outcomeUnknown: true }),
      afterEffect: true,
    });
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await paymux.payouts.create(payoutInput());
    expect(provider.callsOf('createPayout')).toHaveLength(1);
    expect(provider.callsOf('getPayout')).toHaveLength(1);

    const other = new FakeProvider('fake-2');
    other.fail('createPayout', new NetworkError('ECONNREFUSED'));
    await createPaymux({ providers: [other], retry: instantRetry().options }).payouts.create(
      payoutInput(),
    );
    expect(other.callsOf('createPayout')).toHaveLength(2);
    expect(other.callsOf('getPayout')).toHaveLength(0);
  });

  it('still ambiguous after bounded queries: UnknownOutcomeError with reference and provider', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', new TimeoutError('read timeout'));
    provider.fail(
      'getCharge',
      new TimeoutError('q1'),
      new TimeoutError('q2'),
      new TimeoutError('q3'),
    );
    const paymux = createPaymux({ providers: [provider], retry: instantRetry(3).options });
    const errors: string[] = [];
    paymux.on('error', (event) => errors.push(event.error.code));
    const failure = await paymux.charges.create(chargeInput()).catch((error: unknown) => error);
    expect(UnknownOutcomeError.isInstance(failure)).toBe(true);
    expect(failure).toMatchObject({ reference: 'order-1', provider: 'fake-id' });
    expect(provider.callsOf('createCharge')).toHaveLength(1);
    expect(provider.callsOf('getCharge')).toHaveLength(3);
    expect(errors).toEqual(['unknown_outcome']);
  });

  it('not found on every query until attempts run out: unknown outcome, no more sends', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', new TimeoutError('t1'), new TimeoutError('t2'));
    const paymux = createPaymux({ providers: [provider], retry: instantRetry(2).options });
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
      reference: 'order-1',
    });
    expect(provider.callsOf('createCharge')).toHaveLength(2);
    expect(provider.callsOf('getCharge')).toHaveLength(2);
  });

  it('a later call after an unknown outcome queries first and does not resend if it exists', async () => {
    const store = new MemoryStore();
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', { error: new TimeoutError('t'), afterEffect: true });
    provider.fail(
      'getCharge',
      new TimeoutError('q1'),
      new TimeoutError('q2'),
      new TimeoutError('q3'),
    );
    const paymux = createPaymux({ providers: [provider], store, retry: instantRetry().options });
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
    });
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.reference).toBe('order-1');
    expect(provider.callsOf('createCharge')).toHaveLength(1);
    expect(provider.charges.size).toBe(1);
  });

  it('refund reconcile finds the refund on the charge by reference', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    await paymux.charges.create(chargeInput());
    provider.fail('refund', { error: new TimeoutError('t'), afterEffect: true });
    const refunds: string[] = [];
    paymux.on('refund.created', (refund) => refunds.push(refund.reference));
    const refund = await paymux.refunds.create({
      chargeReference: 'order-1',
      reference: 'refund-1',
      money: { amount: 5000000n, currency: 'IDR' },
    });
    expect(refund.reference).toBe('refund-1');
    expect(provider.callsOf('refund')).toHaveLength(1);
    expect(provider.charges.get('order-1')?.refunds).toHaveLength(1);
    expect(refunds).toEqual(['refund-1']);
  });
});
