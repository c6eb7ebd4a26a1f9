import { describe, expect, it } from 'vitest';
import { createPaymux, IdempotencyLedger, MemoryStore, TimeoutError } from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry } from './support/inputs.js';

describe('idempotency records with an owner and a lease', () => {
  it('an in-flight record of a dead owner is taken over after the lease and resolved by query, not resent', async () => {
    const time = { now: 1_000 };
    const clock = () => time.now;
    const store = new MemoryStore({ clock });
    const provider = new FakeProvider('fake-id');
    // Instance "dead" sent the create (the provider committed it), then died before recording.
    const dead = await new IdempotencyLedger(store, clock, {
      owner: 'dead',
      leaseMs: 5_000,
    }).acquire('charge:order-1');
    await dead.update({ provider: 'fake-id', state: 'in_flight' });
    await createPaymux({ providers: [provider], retry: instantRetry().options }).charges.create(
      chargeInput(),
    );
    provider.calls.length = 0;

    const survivor = createPaymux({
      providers: [provider],
      store,
      clock,
      idempotencyLeaseMs: 5_000,
    });
    time.now += 5_000;
    const charge = await survivor.charges.create(chargeInput());
    expect(charge.reference).toBe('order-1');
    expect(provider.callsOf('createCharge')).toHaveLength(0);
    expect(provider.callsOf('getCharge')).toHaveLength(1);
    expect(provider.charges.size).toBe(1);
    expect((await store.get('idem:charge:order-1'))?.value).toMatchObject({ state: 'completed' });
  });

  it('a second instance waits for a live owner and returns its outcome (one create)', async () => {
    const store = new MemoryStore();
    const provider = new FakeProvider('fake-id');
    const a = createPaymux({ providers: [provider], store, instanceId: 'a' });
    const b = createPaymux({ providers: [provider], store, instanceId: 'b' });
    const results = await Promise.all([
      a.charges.create(chargeInput()),
      b.charges.create(chargeInput()),
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });

  it('an unresolved call releases its lease: the next call queries at once', async () => {
    const store = new MemoryStore();
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', { error: new TimeoutError('t'), afterEffect: true });
    provider.fail('getCharge', new TimeoutError('t'), new TimeoutError('t'), new TimeoutError('t'));
    const a = createPaymux({ providers: [provider], store, retry: instantRetry().options });
    await expect(a.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
    });
    const record = (await store.get<{ owner?: string; state: string }>('idem:charge:order-1'))
      ?.value;
    expect(record).toMatchObject({ state: 'in_flight' });
    expect(record?.owner).toBeUndefined();
    const b = createPaymux({ providers: [provider], store, retry: instantRetry().options });
    const charge = await b.charges.create(chargeInput());
    expect(charge.reference).toBe('order-1');
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });
});
