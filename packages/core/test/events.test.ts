import { describe, expect, it } from 'vitest';
import { createPaymux, maskPartially, REDACTED, redact, TimeoutError } from '../src/index.js';
import {
  FakeProvider,
  SECRET_API_KEY,
  SECRET_PRIVATE_KEY,
  SECRET_SIGNATURE,
} from './support/fake-provider.js';
import { chargeInput, instantRetry } from './support/inputs.js';

const SECRETS = [
  SECRET_API_KEY,
  SECRET_SIGNATURE,
  SECRET_PRIVATE_KEY,
  encodeURIComponent(SECRET_SIGNATURE),
];

function serialize(value: unknown): string {
  return JSON.stringify(value, (_key, inner) => (typeof inner === 'bigint' ? `${inner}n` : inner));
}

describe('redact', () => {
  it('masks secret-like keys at any depth and leaves the input untouched', () => {
    const input = {
      appId: 7,
      sign: 'abc',
      apiKey: 'k1',
      api_key: 'k2',
      privateKey: 'k3',
      secret: 's',
      password: 'p',
      token: 't',
      headers: { Authorization: 'Bearer x' },
      nested: [{ key: 'k4', amount: '150000' }],
    };
    const out = redact(input) as Record<string, unknown>;
    expect(out).toEqual({
      appId: 7,
      sign: REDACTED,
      apiKey: REDACTED,
      api_key: REDACTED,
      privateKey: REDACTED,
      secret: REDACTED,
      password: REDACTED,
      token: REDACTED,
      headers: { Authorization: REDACTED },
      nested: [{ key: REDACTED, amount: '150000' }],
    });
    expect(input.sign).toBe('abc');
  });

  it('partially masks personal data', () => {
    expect(
      redact({
        phone: '081234567890',
        email: 'budi@example.com',
        accountNo: '1234567890',
        idCard: '3520011234567890',
      }),
    ).toEqual({
      phone: '********7890',
      email: 'b***@example.com',
      accountNo: '******7890',
      idCard: '************7890',
    });
    expect(maskPartially('12')).toBe('**');
  });

  it('redacts JSON and query strings', () => {
    expect(redact('{"sign":"abc","amount":"1"}')).toBe('{"sign":"[REDACTED]","amount":"1"}');
    expect(redact('appId=7&sign=abc&amount=1')).toBe('appId=7&sign=%5BREDACTED%5D&amount=1');
    expect(redact('plain text')).toBe('plain text');
  });
});

describe('request and response events', () => {
  it('carry provider, operation, attempt and key, and no bodies by default', async () => {
    const provider = new FakeProvider('fake-id');
    const paymux = createPaymux({ providers: [provider] });
    const seen: unknown[] = [];
    paymux.on('request', (event) => seen.push(event));
    paymux.on('response', (event) => seen.push(event));
    await paymux.charges.create(chargeInput());
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({
      provider: 'fake-id',
      operation: 'createCharge',
      method: 'POST',
      attempt: 1,
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(seen[1]).toMatchObject({ status: 200, durationMs: 3 });
    expect(seen[0]).not.toHaveProperty('body');
    for (const secret of SECRETS) expect(serialize(seen)).not.toContain(secret);
  });

  it('tell the provider whether bodies are wanted, so it can skip building them', async () => {
    const quiet = new FakeProvider('fake-id');
    await createPaymux({ providers: [quiet] }).charges.create(chargeInput());
    expect(quiet.bodiesWanted).toEqual([false]);
    const verbose = new FakeProvider('fake-id');
    await createPaymux({ providers: [verbose], logBodies: true }).charges.create(chargeInput());
    expect(verbose.bodiesWanted).toEqual([true]);
  });

  it('never carry apiKey, sign or privateKey in any payload, even with logBodies', async () => {
    const provider = new FakeProvider('fake-id');
    provider.fail('createCharge', { error: new TimeoutError('t'), afterEffect: true });
    const paymux = createPaymux({
      providers: [provider],
      logBodies: true,
      retry: instantRetry().options,
    });
    const all: unknown[] = [];
    for (const name of ['request', 'response', 'retry', 'error', 'charge.created'] as const) {
      paymux.on(name, (event: unknown) => all.push(event));
    }
    await paymux.charges.create(chargeInput());
    const text = serialize(all);
    expect(all.length).toBeGreaterThan(3);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(text).not.toContain('081234567890');
    const withBody = all.find((event) => (event as { body?: unknown }).body !== undefined) as {
      body: Record<string, unknown>;
      path: string;
    };
    expect(withBody.body).toMatchObject({ apiKey: REDACTED, sign: REDACTED, privateKey: REDACTED });
    expect(withBody.body['phone']).toBe('********7890');
    expect(withBody.path).toContain('sign=%5BREDACTED%5D');
  });

  it('a throwing listener does not break the operation', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('fake-id')] });
    paymux.on('charge.created', () => {
      throw new Error('listener bug');
    });
    await expect(paymux.charges.create(chargeInput())).resolves.toMatchObject({
      reference: 'order-1',
    });
  });

  it('once and off', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('fake-id')] });
    const once: string[] = [];
    const removed: string[] = [];
    const listener = (charge: { reference: string }) => removed.push(charge.reference);
    paymux
      .once('charge.created', (charge) => once.push(charge.reference))
      .on('charge.created', listener);
    paymux.off('charge.created', listener);
    await paymux.charges.create(chargeInput({ reference: 'a' }));
    await paymux.charges.create(chargeInput({ reference: 'b' }));
    expect(once).toEqual(['a']);
    expect(removed).toEqual([]);
  });
});
