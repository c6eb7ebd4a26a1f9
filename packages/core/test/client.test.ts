import { describe, expect, it } from 'vitest';
import { createPaymux, type PayoutBatchResult, TimeoutError } from '../src/index.js';
import { FakeProvider } from './support/fake-provider.js';
import { chargeInput, instantRetry, payoutInput } from './support/inputs.js';

describe('charges.retrieve', () => {
  it('goes to the provider holding the charge and emits charge.updated on a status change', async () => {
    const a = new FakeProvider('a');
    const b = new FakeProvider('b');
    const paymux = createPaymux({
      providers: [a, b],
      routing: { rules: [{ providers: ['b', 'a'] }] },
    });
    await paymux.charges.create(chargeInput());
    const updates: Array<[string, string]> = [];
    paymux.on('charge.updated', ({ charge, previousStatus }) =>
      updates.push([previousStatus, charge.status]),
    );
    await paymux.charges.retrieve('order-1');
    expect(updates).toEqual([]);
    const stored = b.charges.get('order-1');
    if (stored) b.charges.set('order-1', { ...stored, status: 'succeeded' });
    const charge = await paymux.charges.retrieve('order-1');
    expect(charge.status).toBe('succeeded');
    expect(updates).toEqual([['pending', 'succeeded']]);
    expect(a.callsOf('getCharge')).toHaveLength(0);
  });

  it('searches registered providers for an unknown reference', async () => {
    const a = new FakeProvider('a');
    const b = new FakeProvider('b');
    await createPaymux({ providers: [b] }).charges.create(chargeInput());
    const fresh = createPaymux({ providers: [a, b] });
    expect((await fresh.charges.retrieve('order-1')).provider).toBe('b');
    await expect(fresh.charges.retrieve('missing')).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('refunds', () => {
  it('refunds at the provider holding the charge', async () => {
    const a = new FakeProvider('a');
    const b = new FakeProvider('b');
    const paymux = createPaymux({ providers: [a, b], routing: { rules: [{ providers: ['b'] }] } });
    await paymux.charges.create(chargeInput());
    const refund = await paymux.refunds.create({
      chargeReference: 'order-1',
      reference: 'r-1',
      money: { amount: 15000000n, currency: 'IDR' },
    });
    expect(refund.provider).toBe('b');
    expect(a.calls).toHaveLength(0);
  });

  it('refuses a partial refund at a provider without partial_refund', async () => {
    const provider = new FakeProvider('p', { features: ['charge', 'refund'] });
    const paymux = createPaymux({ providers: [provider] });
    await paymux.charges.create(chargeInput());
    await expect(
      paymux.refunds.create({
        chargeReference: 'order-1',
        reference: 'r-1',
        money: { amount: 1n, currency: 'IDR' },
      }),
    ).rejects.toMatchObject({ code: 'unsupported' });
    expect(provider.callsOf('refund')).toHaveLength(0);
  });
});

describe('payouts', () => {
  it('creates, retrieves and emits payout.updated', async () => {
    const provider = new FakeProvider('p');
    const paymux = createPaymux({ providers: [provider] });
    const events: string[] = [];
    paymux.on('payout.created', (payout) => events.push(`created:${payout.reference}`));
    paymux.on('payout.updated', ({ payout }) => events.push(`updated:${payout.status}`));
    await paymux.payouts.create(payoutInput());
    const stored = provider.payouts.get('payout-1');
    if (stored) provider.payouts.set('payout-1', { ...stored, status: 'succeeded' });
    expect((await paymux.payouts.retrieve('payout-1')).status).toBe('succeeded');
    expect(events).toEqual(['created:payout-1', 'updated:succeeded']);
  });

  it('sends a validated batch in one call and reports progress', async () => {
    const provider = new FakeProvider('p');
    const paymux = createPaymux({ providers: [provider] });
    const progress: Array<[number, number]> = [];
    let created = 0;
    paymux.on('payout_batch.progress', ({ done, total }) => progress.push([done, total]));
    paymux.on('payout.created', () => {
      created += 1;
    });
    const items = Array.from({ length: 250 }, (_, i) => payoutInput({ reference: `p-${i}` }));
    const result = await paymux.payouts.createBatch({ reference: 'batch-1', items });
    expect(result.items).toHaveLength(250);
    expect(provider.callsOf('createPayoutBatch')).toHaveLength(1);
    expect(progress).toEqual([
      [0, 250],
      [250, 250],
    ]);
    expect(created).toBe(250);
    expect((await paymux.payouts.retrieve('p-7')).provider).toBe('p');
  });

  it('refuses a batch mixing currencies or repeating a reference before sending', async () => {
    const provider = new FakeProvider('p', { currencies: ['IDR', 'THB'] });
    const paymux = createPaymux({ providers: [provider] });
    await expect(
      paymux.payouts.createBatch({
        reference: 'b',
        items: [
          payoutInput({ reference: 'x' }),
          payoutInput({ reference: 'y', money: { amount: 1n, currency: 'THB' } }),
        ],
      }),
    ).rejects.toMatchObject({ field: 'items.1.money.currency', rule: 'sameCurrency' });
    await expect(
      paymux.payouts.createBatch({ reference: 'b', items: [payoutInput(), payoutInput()] }),
    ).rejects.toMatchObject({ field: 'items.1.reference', rule: 'uniqueItems' });
    expect(provider.calls).toHaveLength(0);
  });

  it('reconciles an ambiguous batch item by item instead of resending', async () => {
    const provider = new FakeProvider('p');
    provider.fail('createPayoutBatch', { error: new TimeoutError('t'), afterEffect: true });
    const paymux = createPaymux({ providers: [provider], retry: instantRetry().options });
    const items = Array.from({ length: 20 }, (_, i) => payoutInput({ reference: `q-${i}` }));
    const result: PayoutBatchResult = await paymux.payouts.createBatch({ reference: 'b-2', items });
    expect(result.items.every((item) => item.ok)).toBe(true);
    expect(provider.callsOf('createPayoutBatch')).toHaveLength(1);
    expect(provider.callsOf('getPayout')).toHaveLength(20);
  });
});

describe('balance and listings', () => {
  it('retrieves a balance by currency or named provider', async () => {
    const a = new FakeProvider('a');
    const paymux = createPaymux({ providers: [a, new FakeProvider('b')] });
    expect((await paymux.balance.retrieve({ currency: 'IDR' })).provider).toBe('a');
    expect((await paymux.balance.retrieve({ currency: 'IDR', provider: 'b' })).total.amount).toBe(
      123n,
    );
    await expect(paymux.balance.retrieve({ currency: 'THB' })).rejects.toMatchObject({
      code: 'unsupported',
    });
    await expect(
      paymux.balance.retrieve({ currency: 'IDR', provider: 'zz' }),
    ).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  it('lists settlements and validates the range before any call', async () => {
    const provider = new FakeProvider('a');
    const paymux = createPaymux({ providers: [provider] });
    const dates: string[] = [];
    for await (const settlement of paymux.settlements.list({
      currency: 'IDR',
      startDate: '2026-11-01',
      endDate: '2026-11-02',
    })) {
      dates.push(settlement.date);
    }
    expect(dates).toEqual(['2026-11-01', '2026-11-02']);
    expect(() =>
      paymux.settlements.list({ currency: 'IDR', startDate: '2026-11-02', endDate: '2026-11-01' }),
    ).toThrow(expect.objectContaining({ rule: 'dateRange' }));
    expect(() => paymux.statement.list({ startDate: '2026-11-01', endDate: '2026-11-01' })).toThrow(
      expect.objectContaining({ field: 'currency', rule: 'required' }),
    );
    expect(provider.callsOf('listSettlements')).toHaveLength(1);
  });
});

describe('webhooks', () => {
  const body = JSON.stringify({ orderId: 'order-1', amount: '15000000' });

  it('verifies, deduplicates and emits', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('a')] });
    const seen: string[] = [];
    paymux.on('webhook.received', (event) => seen.push(`received:${event.id}`));
    paymux.on('webhook.duplicate', (event) => seen.push(`duplicate:${event.id}`));
    const first = await paymux.webhooks.constructEvent('a', {
      rawBody: body,
      headers: { 'x-sign': 'valid' },
    });
    const again = await paymux.webhooks.constructEvent('a', {
      rawBody: new TextEncoder().encode(body),
      headers: { 'x-sign': 'valid' },
    });
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(first.event.money.amount).toBe(15000000n);
    expect(seen).toEqual([
      'received:charge.succeeded:order-1',
      'duplicate:charge.succeeded:order-1',
    ]);
    expect(paymux.webhooks.ack('a')).toMatchObject({ status: 200 });
  });

  it('rejects a bad signature and does not mark the event as seen', async () => {
    const paymux = createPaymux({ providers: [new FakeProvider('a')] });
    await expect(
      paymux.webhooks.constructEvent('a', { rawBody: body, headers: { 'x-sign': 'forged' } }),
    ).rejects.toMatchObject({ code: 'signature_invalid' });
    const real = await paymux.webhooks.constructEvent('a', {
      rawBody: body,
      headers: { 'x-sign': 'valid' },
    });
    expect(real.duplicate).toBe(false);
  });
});
