import { describe, expect, it } from 'vitest';
import { type CreateChargeInput, createPaymux } from '../src/index.js';
import { TestingProvider } from '../src/testing.js';

const START = new Date('2026-11-24T03:00:00Z');

function charge(reference: string, amount: bigint): CreateChargeInput {
  return {
    reference,
    money: { amount, currency: 'IDR' },
    country: 'ID',
    method: { type: 'qr' },
    customer: { name: 'Budi Santoso', email: 'budi@example.com', phone: '081234567890' },
  };
}

function client(...providers: TestingProvider[]) {
  const waits: number[] = [];
  const paymux = createPaymux({
    providers,
    retry: { random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
  });
  return { paymux, waits };
}

describe('TestingProvider through createPaymux', () => {
  it('runs charge → webhook (deduplicated) → refund → settle → balance and statement', async () => {
    const provider = new TestingProvider({ clock: () => START });
    const { paymux } = client(provider);
    const created = await paymux.charges.create(charge('order-1', 15_000_000n));
    expect(created).toMatchObject({ provider: 'testing', status: 'pending' });

    const webhook = provider.simulate.pay('order-1');
    const first = await paymux.webhooks.constructEvent('testing', webhook);
    const again = await paymux.webhooks.constructEvent('testing', webhook);
    expect([first.duplicate, again.duplicate]).toEqual([false, true]);
    expect(first.event.id).toBe('charge.succeeded:order-1');
    const tampered = { ...webhook, rawBody: webhook.rawBody.replace('order-1', 'order-2') };
    await expect(paymux.webhooks.constructEvent('testing', tampered)).rejects.toMatchObject({
      code: 'signature_invalid',
    });

    await paymux.refunds.create({
      chargeReference: 'order-1',
      reference: 'refund-1',
      money: { amount: 5_000_000n, currency: 'IDR' },
    });
    await expect(
      paymux.refunds.create({
        chargeReference: 'order-1',
        reference: 'refund-2',
        money: { amount: 10_000_100n, currency: 'IDR' },
      }),
    ).rejects.toMatchObject({ code: 'validation', field: 'money.amount' });
    provider.settle();

    const balance = await paymux.balance.retrieve({ currency: 'IDR' });
    expect(balance.available.amount).toBe(9_625_000n);
    const entries = [];
    for await (const entry of paymux.statement.list({
      currency: 'IDR',
      startDate: '2026-11-24',
      endDate: '2026-11-24',
    })) {
      entries.push(entry);
    }
    expect(entries.at(-1)?.balanceAfter).toEqual(balance.total);
  });

  it('…03: the core reconciles by query and returns the charge that was created, once', async () => {
    const provider = new TestingProvider({ clock: () => START });
    const { paymux } = client(provider);
    const created = await paymux.charges.create(charge('order-3', 15_000_003n));
    expect(created).toMatchObject({ reference: 'order-3', providerReference: 'tp_ch_000001' });
    const retrieved = await paymux.charges.retrieve('order-3');
    expect(retrieved.providerReference).toBe('tp_ch_000001');
  });

  it('…02 is retried with backoff and succeeds; …01 is not retried', async () => {
    const provider = new TestingProvider({ clock: () => START });
    const { paymux, waits } = client(provider);
    await expect(paymux.charges.create(charge('order-2', 15_000_002n))).resolves.toMatchObject({
      status: 'pending',
    });
    expect(waits).toHaveLength(1);
    await expect(paymux.charges.create(charge('order-1', 15_000_001n))).rejects.toMatchObject({
      code: 'provider_error',
    });
    expect(waits).toHaveLength(1);
  });

  it('…08 is retried, then fails over to the next provider, which takes the charge', async () => {
    const primary = new TestingProvider({ id: 'primary', clock: () => START });
    const backup = new TestingProvider({ id: 'backup', clock: () => START, magicValues: false });
    const { paymux, waits } = client(primary, backup);
    const attempts: string[] = [];
    paymux.on('request', (event) => attempts.push(event.provider));
    const created = await paymux.charges.create(charge('order-8', 15_000_008n));
    expect(created).toMatchObject({ provider: 'backup', status: 'pending' });
    expect(attempts).toEqual(['primary', 'primary', 'primary', 'backup']);
    expect(waits).toHaveLength(2);
    await expect(primary.getCharge({ reference: 'order-8' }, ctx())).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('…06 is not retried at the provider; a query confirms nothing took effect, then the core fails over', async () => {
    const primary = new TestingProvider({ id: 'primary', clock: () => START });
    const backup = new TestingProvider({ id: 'backup', clock: () => START, magicValues: false });
    const { paymux, waits } = client(primary, backup);
    const attempts: string[] = [];
    paymux.on('request', (event) => attempts.push(`${event.provider} ${event.operation}`));
    const created = await paymux.charges.create(charge('order-6', 15_000_006n));
    expect(created.provider).toBe('backup');
    // The refusal came in the provider's answer (it has a providerCode): a query by reference
    // confirms the charge does not exist at the primary before the backup is asked.
    expect(attempts).toEqual(['primary createCharge', 'primary getCharge', 'backup createCharge']);
    expect(waits).toEqual([]);
  });
});

function ctx() {
  return { idempotencyKey: 'k', attempt: 1, observer: { request() {}, response() {} } };
}
