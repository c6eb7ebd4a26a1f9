import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createPaymux,
  MemoryStore,
  NetworkError,
  ProviderError,
  TimeoutError,
  UnknownOutcomeError,
  ValidationError,
} from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry } from './support/inputs.js';

function two() {
  const primary = new FakeProvider('primary');
  const backup = new FakeProvider('backup');
  const paymux = createPaymux({ providers: [primary, backup], retry: instantRetry().options });
  return { primary, backup, paymux };
}

describe('failover only after a refusal that is proven', () => {
  it('a refusal in an answer after the charge landed: the query finds it, no failover', async () => {
    const { primary, backup, paymux } = two();
    // The envelope's error fields are not signed: a refusal may arrive for a charge that exists.
    primary.fail('createCharge', {
      error: new ProviderError('OTGPAY 1002: Illegal Param: amount', { providerCode: '1002' }),
      afterEffect: true,
    });
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('primary');
    expect(backup.callsOf('createCharge')).toHaveLength(0);
    expect(primary.callsOf('getCharge')).toHaveLength(1);
  });

  it('a refusal in an answer with nothing created: confirmed by a query, then failover', async () => {
    const { primary, backup, paymux } = two();
    primary.fail('createCharge', new AuthenticationError('refused', { providerCode: '1002' }));
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('backup');
    expect(primary.callsOf('getCharge')).toHaveLength(1);
    expect(primary.charges.size + backup.charges.size).toBe(1);
  });

  it('a connection refused before any byte: failover without a query', async () => {
    const { primary, backup, paymux } = two();
    const refused = () =>
      new NetworkError('ECONNREFUSED', { providerCode: 'ECONNREFUSED', outcomeUnknown: false });
    primary.fail('createCharge', refused(), refused(), refused());
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('backup');
    expect(primary.callsOf('getCharge')).toHaveLength(0);
    expect(backup.charges.size).toBe(1);
  });

  it('an unknown outcome is never failed over, even when the query cannot answer', async () => {
    const { primary, backup, paymux } = two();
    primary.fail('createCharge', new UnknownOutcomeError('OTGPAY 9999', { providerCode: '9999' }));
    primary.fail(
      'getCharge',
      new TimeoutError('slow'),
      new TimeoutError('slow'),
      new TimeoutError('slow'),
    );
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
      reference: 'order-1',
      provider: 'primary',
    });
    expect(backup.callsOf('createCharge')).toHaveLength(0);
  });

  it('a refusal whose confirming query fails is an unknown outcome, not a failover', async () => {
    const { primary, backup, paymux } = two();
    primary.fail('createCharge', new AuthenticationError('refused', { providerCode: '1002' }));
    primary.fail('getCharge', new AuthenticationError('refused', { providerCode: '1002' }));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
    });
    expect(backup.callsOf('createCharge')).toHaveLength(0);
  });
});

describe('a duplicate reference means: query it, adopt it if it matches', () => {
  it('a new client with an empty store recovers the charge an earlier process created', async () => {
    const provider = new FakeProvider('fake-id');
    const first = createPaymux({ providers: [provider] });
    const original = await first.charges.create(chargeInput());
    const second = createPaymux({ providers: [provider], store: new MemoryStore() });
    const created: string[] = [];
    second.on('charge.created', (charge) => created.push(charge.reference));
    const recovered = await second.charges.create(chargeInput());
    expect(recovered).toEqual(original);
    expect(created).toEqual(['order-1']);
    expect(provider.charges.size).toBe(1);
    // Recorded: a third call is answered from the store.
    await second.charges.create(chargeInput());
    expect(provider.callsOf('createCharge')).toHaveLength(2);
  });

  it('a reused reference with another amount is InvalidStateError saying what differs', async () => {
    const provider = new FakeProvider('fake-id');
    await createPaymux({ providers: [provider] }).charges.create(chargeInput());
    const other = createPaymux({ providers: [provider] });
    const error = await other.charges
      .create(chargeInput({ money: { amount: 20000000n, currency: 'IDR' } }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_state',
      field: 'reference',
      reference: 'order-1',
    });
    expect((error as Error).message).toContain('money: 20000000 IDR asked, 15000000 IDR found');
  });

  it('after the idempotency record expired, the same call adopts instead of failing', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({
      providers: [provider],
      clock,
      store: new MemoryStore({ clock }),
      idempotencyTtlMs: 1000,
    });
    const original = await paymux.charges.create(chargeInput());
    now += 5000;
    await expect(paymux.charges.create(chargeInput())).resolves.toEqual(original);
    expect(provider.charges.size).toBe(1);
  });

  it('never lets validation/duplicate reach the caller, even when the query finds nothing', async () => {
    const provider = new FakeProvider('fake-id');
    // The reference is taken at the provider (say by another kind of object) but no charge has it.
    provider.fail(
      'createCharge',
      new ValidationError('OTGPAY 1002: Illegal Param: orderId duplicate', {
        providerCode: '1002',
        field: 'reference',
        rule: 'duplicate',
      }),
    );
    const paymux = createPaymux({ providers: [provider], retry: instantRetry(2).options });
    const error = await paymux.charges.create(chargeInput()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_state', field: 'reference', rule: 'unique' });
    expect(provider.callsOf('getCharge').length).toBeGreaterThan(0);
  });
});

describe('cancellation', () => {
  it('an abort during the wait between attempts is cancelled, not a provider failure', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', new NetworkError('refused', { outcomeUnknown: false }));
    const controller = new AbortController();
    const paymux = createPaymux({
      providers: [provider],
      retry: {
        ...instantRetry().options,
        sleep: async () => {
          controller.abort();
          throw controller.signal.reason;
        },
      },
    });
    await expect(
      paymux.charges.create(chargeInput(), { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled', outcomeUnknown: false, reference: 'order-1' });
  });

  it('keeps outcomeUnknown when an earlier attempt may have landed', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', { error: new TimeoutError('slow'), afterEffect: true });
    const controller = new AbortController();
    const paymux = createPaymux({
      providers: [provider],
      retry: {
        ...instantRetry().options,
        sleep: async () => {
          controller.abort();
          throw controller.signal.reason;
        },
      },
    });
    const error = await paymux.charges
      .create(chargeInput(), { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'cancelled', outcomeUnknown: true });
    expect((error as Error).message).toMatch(/query it by reference/);
    // The record stays open: the next call queries first and returns the charge, unsent.
    await expect(paymux.charges.create(chargeInput())).resolves.toMatchObject({
      reference: 'order-1',
    });
    expect(provider.callsOf('createCharge')).toHaveLength(1);
  });
});
