import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  createPaymux,
  InvalidStateError,
  mayFailover,
  NetworkError,
  ProviderError,
  RateLimitedError,
  Router,
  TimeoutError,
  UnknownOutcomeError,
  UnsupportedError,
  ValidationError,
  weightedOrder,
} from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry } from './support/inputs.js';

function ids(providers: readonly { id: string }[]): string[] {
  return providers.map((provider) => provider.id);
}

describe('Router', () => {
  const id = new FakeProvider('otg-id');
  const th = new FakeProvider('otg-th', {
    countries: ['TH'],
    currencies: ['THB'],
    methods: ['qr'],
  });
  const idVaOnly = new FakeProvider('va-id', { methods: ['virtual_account'] });
  const noPayout = new FakeProvider('charge-only', { features: ['charge'] });

  it('keeps providers whose capabilities cover country, currency, method and feature', () => {
    const router = new Router([id, th, idVaOnly, noPayout]);
    expect(
      ids(router.route({ feature: 'charge', country: 'ID', currency: 'IDR', method: 'qr' })),
    ).toEqual(['otg-id', 'charge-only']);
    expect(ids(router.route({ feature: 'payout', country: 'ID', currency: 'IDR' }))).toEqual([
      'otg-id',
      'va-id',
    ]);
    expect(
      ids(router.route({ feature: 'charge', country: 'TH', currency: 'THB', method: 'qr' })),
    ).toEqual(['otg-th']);
  });

  it('throws UnsupportedError when nothing can serve', () => {
    const router = new Router([id, th]);
    expect(() => router.route({ feature: 'charge', country: 'PK', currency: 'PKR' })).toThrow(
      UnsupportedError,
    );
    expect(() => router.route({ feature: 'charge', country: 'ID', currency: 'THB' })).toThrow(
      UnsupportedError,
    );
  });

  it('orders by the first matching rule and uses only its providers', () => {
    const router = new Router([id, idVaOnly, noPayout], {
      rules: [
        { match: { method: 'qr' }, providers: ['charge-only', 'otg-id'] },
        { providers: ['va-id'] },
      ],
    });
    expect(
      ids(router.route({ feature: 'charge', country: 'ID', currency: 'IDR', method: 'qr' })),
    ).toEqual(['charge-only', 'otg-id']);
    expect(
      ids(
        router.route({
          feature: 'charge',
          country: 'ID',
          currency: 'IDR',
          method: 'virtual_account',
        }),
      ),
    ).toEqual(['va-id']);
  });

  it('picks weighted routes deterministically from the injected random', () => {
    const draws = [0.1, 0.69, 0.7, 0.99];
    const router = new Router([id, noPayout], {
      rules: [{ match: { currency: 'IDR' }, weights: { 'otg-id': 70, 'charge-only': 30 } }],
      random: () => draws.shift() ?? 0,
    });
    const request = {
      feature: 'charge' as const,
      country: 'ID',
      currency: 'IDR',
      method: 'qr' as const,
    };
    expect(ids(router.route(request))).toEqual(['otg-id', 'charge-only']);
    expect(ids(router.route(request))).toEqual(['otg-id', 'charge-only']);
    expect(ids(router.route(request))).toEqual(['charge-only', 'otg-id']);
    expect(ids(router.route(request))).toEqual(['charge-only', 'otg-id']);
  });

  it('draws weights only among capable providers', () => {
    const router = new Router([id, th], {
      rules: [{ weights: { 'otg-th': 99, 'otg-id': 1 } }],
      random: () => 0,
    });
    expect(ids(router.route({ feature: 'charge', country: 'ID', currency: 'IDR' }))).toEqual([
      'otg-id',
    ]);
  });

  it('weightedOrder: proportional first pick, rest by weight, zero weights last', () => {
    const weights: Array<[string, number]> = [
      ['a', 1],
      ['b', 3],
      ['z', 0],
    ];
    expect(weightedOrder(weights, () => 0.2)).toEqual(['a', 'b', 'z']);
    expect(weightedOrder(weights, () => 0.25)).toEqual(['b', 'a', 'z']);
    const counts = { a: 0, b: 0 };
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 4000; i++) counts[weightedOrder(weights, random)[0] as 'a' | 'b'] += 1;
    expect(counts.b / 4000).toBeGreaterThan(0.7);
    expect(counts.b / 4000).toBeLessThan(0.8);
  });

  it('refuses duplicate ids and rules naming unknown providers', () => {
    expect(() => new Router([id, id])).toThrow(/Two providers/);
    expect(() => new Router([id], { rules: [{ providers: ['nope'] }] })).toThrow(
      /unknown provider/,
    );
  });
});

describe('failover policy', () => {
  it('fails over only when the error proves nothing took effect', () => {
    expect(mayFailover(new RateLimitedError('busy'), true)).toBe(true);
    expect(mayFailover(new ProviderError('down'), true)).toBe(true);
    expect(mayFailover(new AuthenticationError('bad key'), true)).toBe(true);
    expect(mayFailover(new UnsupportedError('no'), true)).toBe(true);
    expect(mayFailover(new NetworkError('refused'), true)).toBe(true);
    expect(mayFailover(new NetworkError('reset', { outcomeUnknown: true }), true)).toBe(false);
    expect(mayFailover(new TimeoutError('slow'), true)).toBe(false);
    expect(mayFailover(new TimeoutError('slow'), false)).toBe(true);
    expect(mayFailover(new UnknownOutcomeError('?'), true)).toBe(false);
    expect(mayFailover(new ValidationError('bad'), true)).toBe(false);
    expect(mayFailover(new InvalidStateError('final'), true)).toBe(false);
  });
});

describe('failover through the client', () => {
  function pair() {
    const first = new FakeProvider('first');
    const second = new FakeProvider('second');
    const paymux = createPaymux({ providers: [first, second], retry: instantRetry(2).options });
    return { first, second, paymux };
  }

  it('moves to the next candidate after retries are exhausted on a no-effect error', async () => {
    const { first, second, paymux } = pair();
    first.fail('createCharge', new RateLimitedError('busy'), new RateLimitedError('busy'));
    const charge = await paymux.charges.create(chargeInput());
    expect(charge.provider).toBe('second');
    expect(first.callsOf('createCharge')).toHaveLength(2);
    expect(second.callsOf('createCharge')).toHaveLength(1);
    const retrieved = await paymux.charges.retrieve('order-1');
    expect(retrieved.provider).toBe('second');
    expect(first.callsOf('getCharge')).toHaveLength(0);
  });

  it('does NOT fail over after an unknown outcome', async () => {
    const { first, second, paymux } = pair();
    first.fail('createCharge', new UnknownOutcomeError('1003'));
    first.fail('getCharge', new TimeoutError('q1'), new TimeoutError('q2'));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
      provider: 'first',
    });
    expect(second.calls).toHaveLength(0);
  });

  it('does NOT fail over after a write timeout even when the query says not found', async () => {
    const { first, second, paymux } = pair();
    first.fail('createCharge', new TimeoutError('t1'), new TimeoutError('t2'));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'unknown_outcome',
    });
    expect(second.calls).toHaveLength(0);
  });

  it('does NOT fail over after validation or invalid_state errors from the provider', async () => {
    const { first, second, paymux } = pair();
    first.fail(
      'createCharge',
      new ValidationError('Illegal Param: phone', { field: 'customer.phone', rule: 'pattern' }),
    );
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'validation',
      field: 'customer.phone',
    });
    first.fail('createCharge', new InvalidStateError('end status'));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'invalid_state',
    });
    expect(second.calls).toHaveLength(0);
    expect(first.callsOf('createCharge')).toHaveLength(2);
  });

  it('throws the last error when every candidate failed without effect', async () => {
    const { first, second, paymux } = pair();
    first.fail('createCharge', new AuthenticationError('bad key'));
    second.fail('createCharge', new ProviderError('declined'));
    await expect(paymux.charges.create(chargeInput())).rejects.toMatchObject({
      code: 'provider_error',
      provider: undefined,
    });
    expect(first.callsOf('createCharge')).toHaveLength(1);
    expect(second.callsOf('createCharge')).toHaveLength(1);
  });
});
